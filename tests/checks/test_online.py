"""`check --online` against a local Crossref/E-utilities stand-in on 127.0.0.1: no internet."""

import json

import pytest


from casepub.checks.online import check_online
from casepub.load import load_case
from casepub.online import Resolver
from conftest import run_cli
from test_references import GOOD, make_case

HASHEMI = {"id": "hashemi2019", "type": "article-journal",
           "author": [{"family": "Hashemi", "given": "Daniel A."}],
           "title": "Clinical features and comorbidities of patients with necrobiosis lipoidica with or without diabetes",
           "container-title": "JAMA Dermatology", "container-title-short": "JAMA Dermatol",
           "volume": 155, "issue": 4, "page": "455-459", "issued": {"date-parts": [[2019]]},
           "DOI": "10.1001/jamadermatol.2018.5635", "PMID": "30624574"}
MEHRA = {"id": "mehra2020", "type": "article-journal", "author": [{"family": "Mehra", "given": "Mandeep R."}],
         "title": "Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19: "
                  "a multinational registry analysis", "container-title": "The Lancet",
         "container-title-short": "Lancet", "number": "S0140-6736(20)31180-6", "volume": "395",
         "issued": {"date-parts": [[2020]]}, "DOI": "10.1016/S0140-6736(20)31180-6", "PMID": "32450107"}



def run(folder, **kw):
    case, _ = load_case(folder)
    resolver = Resolver(backoff=0.01, **kw)
    try:
        return check_online(case, resolver), resolver
    finally:
        resolver.close()


def test_matching_references_are_clean(registries, tmp_path):
    findings, _ = run(make_case(tmp_path, [GOOD, HASHEMI], text="[@schmidt2013; @hashemi2019]"))
    assert findings == []
    assert len(registries.requests) == 3  # two DOIs, and one batched esummary for both PMIDs


def test_mismatches_show_both_values(registries, tmp_path):
    wrong = {**HASHEMI, "title": "Necrobiosis lipoidica in patients with diabetes: a review",
             "issued": {"date-parts": [[2017]]}, "volume": 154, "author": [{"family": "Hashimi", "given": "D"}]}
    findings, _ = run(make_case(tmp_path, [wrong], text="[@hashemi2019]"))
    mismatches = [f for f in findings if f.code == "ref-mismatch"]
    fields = sorted({f.message.split(":")[1].split()[0] for f in mismatches})
    assert fields == ["author", "issued", "title", "volume"]
    year = next(f for f in mismatches if "issued" in f.message)
    assert "'2017' here but '2019' at" in year.message and "[[2019]]" in year.hint
    assert all(f.file.endswith("references.yaml") and f.line > 1 for f in mismatches)


def test_retracted_work(registries, tmp_path):
    findings, _ = run(make_case(tmp_path, [MEHRA], text="[@mehra2020]"))
    retracted = [f for f in findings if f.code == "ref-retracted"]
    assert {("Crossref" in f.message, "PubMed" in f.message) for f in retracted} == {(True, False), (False, True)}
    assert all(f.severity.value == "error" for f in retracted)


def test_unknown_identifiers(registries, tmp_path):
    ghost = {**GOOD, "id": "ghost", "DOI": "10.9999/does-not-exist", "PMID": "99999999", "title": "Ghost"}
    findings, _ = run(make_case(tmp_path, [ghost], text="[@ghost]"))
    assert sorted(f.message.split("'")[1] for f in findings if f.code == "ref-unresolved") == \
        ["10.9999/does-not-exist", "99999999"]


def test_second_run_is_answered_from_the_cache(registries, tmp_path):
    folder = make_case(tmp_path, [GOOD, HASHEMI], text="[@schmidt2013; @hashemi2019]")
    run(folder)
    before = len(registries.requests)
    findings, resolver = run(folder)
    assert findings == [] and resolver.requests == 0 and len(registries.requests) == before


def test_rate_limit_is_retried(registries, tmp_path):
    registries.rate_limit_first = 2
    findings, resolver = run(make_case(tmp_path, [GOOD], text="[@schmidt2013]"))
    assert findings == [] and resolver.requests >= 4


def test_failing_service_is_one_warning_per_service(registries, tmp_path):
    registries.fail_with = 503
    findings, _ = run(make_case(tmp_path, [GOOD, HASHEMI], text="[@schmidt2013; @hashemi2019]"), retries=1)
    assert [(f.code, f.severity.value) for f in findings] == [("ref-unverified", "warning")] * 2
    assert "Crossref" in findings[0].message and "PubMed" in findings[1].message


def test_network_down(monkeypatch, tmp_path):
    monkeypatch.setenv("CASEPUB_CROSSREF_URL", "http://127.0.0.1:9/crossref")  # nothing listens on port 9
    monkeypatch.setenv("CASEPUB_EUTILS_URL", "http://127.0.0.1:9/eutils")
    monkeypatch.setenv("CASEPUB_CACHE", str(tmp_path / "cache"))
    findings, _ = run(make_case(tmp_path, [GOOD], text="[@schmidt2013]"), retries=1)
    assert [f.code for f in findings] == ["ref-unverified", "ref-unverified"]


def test_concurrency_is_limited(registries, tmp_path):
    registries.delay = 0.05
    refs = [{**GOOD, "id": f"r{i}", "DOI": f"10.5555/r{i}", "PMID": None, "title": f"T{i}"} for i in range(10)]
    refs = [{k: v for k, v in r.items() if v is not None} for r in refs]
    run(make_case(tmp_path, refs, text="; ".join(f"[@r{i}]" for i in range(10))), concurrency=3)
    assert 1 < registries.max_in_flight <= 3


def test_cli_online_json(registries, tmp_path):
    folder = make_case(tmp_path, [GOOD, MEHRA], text="[@schmidt2013; @mehra2020]")
    result = run_cli("check", str(folder), "--online", "--json",
                     env={"CASEPUB_CROSSREF_URL": registries.base + "/crossref",
                          "CASEPUB_EUTILS_URL": registries.base + "/eutils"})
    data = json.loads(result.stdout)
    assert result.returncode == 1 and data["summary"]["by_code"]["ref-retracted"] == 2


@pytest.mark.parametrize("body", [[1, 2], "text", {"message": "oops"}, {"status": "ok"},
                                  {"message": {"title": "x", "updated-by": 5, "author": "me", "volume": None}}])
def test_odd_registry_answers_never_crash(registries, tmp_path, body):
    import json as _json

    from online_server import FIXTURES

    odd = FIXTURES / "crossref" / "10.5555_odd.json"
    odd.write_text(_json.dumps(body))
    try:
        ref = {**GOOD, "id": "odd2020", "DOI": "10.5555/odd", "PMID": None, "title": "x"}
        findings, _ = run(make_case(tmp_path, [{k: v for k, v in ref.items() if v is not None}], text="[@odd2020]"))
    finally:
        odd.unlink()
    assert all(f.code in ("ref-unverified", "ref-mismatch") for f in findings)
    assert not any("None" in f.message for f in findings)
