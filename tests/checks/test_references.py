"""Each offline reference rule: a failing and a passing case, located in references.yaml."""

import datetime
import shutil

import pytest
import yaml

from casepub.build import prepare
from conftest import ROOT

GOOD = {
    "id": "schmidt2013", "type": "article-journal",
    "author": [{"family": "Schmidt", "given": "Enno"}, {"family": "Zillikens", "given": "Detlef"}],
    "title": "Pemphigoid diseases", "container-title": "The Lancet", "container-title-short": "Lancet",
    "volume": 381, "issue": 9863, "page": "320-332", "issued": {"date-parts": [[2013]]},
    "DOI": "10.1016/S0140-6736(12)61140-4", "PMID": "22237175",
}


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):  # case files may not use anchors; write shared values out
        return True


def make_case(tmp_path, refs, text="Cited [@schmidt2013].", author_extra=None, style="jaad-case-reports"):
    folder = tmp_path / "cases" / "c"
    folder.mkdir(parents=True)
    author = {"given": "Ann", "family": "Lee", "degrees": ["MD"], "affiliations": ["a"],
              "email": "ann@example.org", "corresponding": True, **(author_extra or {})}
    case = {"style": style, "title": "T", "authors": [author], "affiliations": [{"id": "a", "name": "Dept"}],
            "sections": [{"title": "Introduction", "text": text}], "consent": {"statement": "Given."}}
    (folder / "case.yaml").write_text(yaml.dump(case, Dumper=_NoAliases, sort_keys=False), encoding="utf-8")
    (folder / "references.yaml").write_text(yaml.dump({"references": refs}, Dumper=_NoAliases, sort_keys=False,
                                                      allow_unicode=True), encoding="utf-8")
    return folder


def codes(tmp_path, refs, **kw):
    _, _, findings = prepare(make_case(tmp_path, refs, **kw))
    return [(f.code, f.severity.value, f.line) for f in findings if f.code.startswith("ref-")]


def only(tmp_path, refs, code, **kw):
    return [c for c in codes(tmp_path, refs, **kw) if c[0] == code]


def test_clean_reference_has_no_findings(tmp_path):
    assert codes(tmp_path, [GOOD]) == []


def test_missing_and_uncited(tmp_path):
    refs = [GOOD, {**GOOD, "id": "other", "DOI": "10.1/x", "PMID": "1", "title": "Other"}]
    found = codes(tmp_path, refs, text="[@schmidt2013] and [@nobody2020].")
    assert [c[:2] for c in found if c[0] == "ref-missing"] == [("ref-missing", "error")]
    lines = (tmp_path / "cases" / "c" / "references.yaml").read_text().splitlines()
    other_line = lines.index("- id: other") + 1
    assert [c for c in found if c[0] == "ref-uncited"] == [("ref-uncited", "warning", other_line)]


@pytest.mark.parametrize("twin,how", [
    ({"DOI": "https://DOI.org/10.1016/s0140-6736(12)61140-4", "PMID": None}, "DOI"),
    ({"DOI": None, "PMID": "22237175"}, "PMID"),
    ({"DOI": None, "PMID": None, "title": "Pemphigoid diseases."}, "title"),
])
def test_duplicates_under_other_keys(tmp_path, twin, how):
    other = {k: v for k, v in {**GOOD, "id": "dup", **twin}.items() if v is not None}
    found = only(tmp_path, [GOOD, other], "ref-duplicate", text="[@schmidt2013; @dup]")
    assert len(found) == 1


def test_not_duplicates(tmp_path):
    other = {**GOOD, "id": "other", "DOI": "10.1016/j.jaad.2019.05.098", "PMID": "31158444",
             "title": "Janus kinase inhibition induces disease remission in sarcoidosis"}
    assert only(tmp_path, [GOOD, other], "ref-duplicate", text="[@schmidt2013; @other]") == []


@pytest.mark.parametrize("field,bad,good", [
    ("DOI", "10.1016", "10.1001/jamadermatol.2018.5635"),
    ("PMID", "3062457a", "30624574"),
    ("PMCID", "6400158", "PMC6400158"),
    ("ISBN", "978-0-306-40615-8", "978-0-306-40615-7"),
])
def test_identifiers(tmp_path, field, bad, good):
    code = f"ref-{field.lower()}-invalid"
    found = only(tmp_path, [{**GOOD, field: bad}], code)
    assert len(found) == 1 and found[0][1] == "error"
    assert only(tmp_path / "ok", [{**GOOD, field: good}], code) == []


def test_doi_prefix_is_stripped_and_reported(tmp_path):
    found = only(tmp_path, [{**GOOD, "DOI": "https://doi.org/10.1016/S0140-6736(12)61140-4"}], "ref-doi-invalid")
    assert found and found[0][1] == "warning"


def test_orcid_check_digit(tmp_path):
    assert only(tmp_path, [GOOD], "ref-orcid-invalid", author_extra={"orcid": "0000-0002-1825-0098"})
    assert not only(tmp_path / "ok", [GOOD], "ref-orcid-invalid", author_extra={"orcid": "0000-0002-1825-0097"})


@pytest.mark.parametrize("drop", ["author", "container-title", "volume", "page", "issued", "title"])
def test_incomplete_article(tmp_path, drop):
    ref = {k: v for k, v in GOOD.items() if k != drop}
    assert only(tmp_path, [ref], "ref-incomplete")


def test_article_number_instead_of_pages_and_other_types(tmp_path):
    ref = {k: v for k, v in GOOD.items() if k != "page"} | {"number": "e101143"}
    assert not only(tmp_path, [ref], "ref-incomplete")
    book = {"id": "schmidt2013", "type": "book", "author": GOOD["author"], "title": "Dermatology",
            "issued": {"date-parts": [[2018]]}}
    assert only(tmp_path / "b", [book], "ref-incomplete")  # no publisher
    assert not only(tmp_path / "c", [{**book, "publisher": "Elsevier"}], "ref-incomplete")


@pytest.mark.parametrize("issued", [{"date-parts": [[datetime.date.today().year + 1]]},
                                    {"date-parts": [[2021, 2, 30]]}, {"literal": "in press"}, "2019-13-01"])
def test_bad_dates(tmp_path, issued):
    assert only(tmp_path, [{**GOOD, "issued": issued}], "ref-date-invalid")


@pytest.mark.parametrize("issued", [{"date-parts": [[2019, 5, 1]]}, {"raw": "2019"}, {"date-parts": [["2019"]]}])
def test_good_dates(tmp_path, issued):
    assert not only(tmp_path, [{**GOOD, "issued": issued}], "ref-date-invalid")


@pytest.mark.parametrize("field,value", [("issued", 2019), ("issued", {"date-parts": [2019]}),
                                         ("author", "Smith"), ("author", ["Smith"]), ("title", ["a", "b"])])
def test_shapes_pandoc_cannot_read_are_caught_by_check(tmp_path, field, value):
    _, _, findings = prepare(make_case(tmp_path, [{**GOOD, field: value}]))
    [shape] = [f for f in findings if f.code == "wrong-type"]
    assert shape.file.endswith("references.yaml") and f"'{field}'" in shape.message and shape.hint


@pytest.mark.parametrize("key", ["schmidt:2013", "schmidt 2013", "-x"])
def test_reference_ids_must_be_safe_anchors(tmp_path, key):
    _, _, findings = prepare(make_case(tmp_path, [{**GOOD, "id": key}], text=f"[@{key}]"))
    assert any(f.code == "invalid-value" and key in f.message for f in findings)


@pytest.mark.parametrize("page,ok", [("455-459", True), ("41-3", True), ("343-60", True), ("e101143", True),
                                     ("1034-1038.e5", True), ("459-455", False), ("55-3", False),
                                     ("pp. 3 to 9", False)])
def test_pages(tmp_path, page, ok):
    assert bool(only(tmp_path, [{**GOOD, "page": page}], "ref-pages-invalid")) is not ok


def test_journal_abbreviation(tmp_path):
    ref = {k: v for k, v in GOOD.items() if k != "container-title-short"}
    assert only(tmp_path, [ref], "ref-journal-abbrev")[0][1] == "warning"
    assert only(tmp_path / "d", [{**GOOD, "container-title-short": "J. Am. Acad. Dermatol."}], "ref-journal-abbrev")


@pytest.mark.parametrize("change", [{"type": "personal_communication"}, {"note": "Unpublished data"},
                                    {"title": "Results in preparation"}])
def test_unpublished(tmp_path, change):
    assert only(tmp_path, [{**GOOD, **change}], "ref-unpublished")


def test_limit_from_the_style(tmp_path):
    folder = make_case(tmp_path, [GOOD, {**GOOD, "id": "b", "DOI": "10.1/b", "PMID": "2", "title": "B"}],
                       text="[@schmidt2013; @b]")
    style = tmp_path / "styles" / "jaad-case-reports"
    shutil.copytree(ROOT / "styles" / "jaad-case-reports", style)
    with open(style / "style.yaml", "a", encoding="utf-8") as spec:
        spec.write("limits: {references: 1}\n")
    _, _, findings = prepare(folder)
    [limit] = [f for f in findings if f.code == "ref-limit"]
    assert "2 references are cited" in limit.message and "allows 1" in limit.message


def test_parts_of_a_series_are_not_duplicates(tmp_path):
    part1 = {**GOOD, "title": "Janus kinase inhibitors in dermatology: Part I", "DOI": "10.1/p1", "PMID": "11"}
    part2 = {**GOOD, "id": "part2", "title": "Janus kinase inhibitors in dermatology: Part II",
             "DOI": "10.1/p2", "PMID": "12"}
    assert not only(tmp_path, [part1, part2], "ref-duplicate", text="[@schmidt2013; @part2]")


def test_blank_pmids_are_not_duplicates(tmp_path):
    a = {**GOOD, "PMID": None, "DOI": "10.1/a"}
    b = {**GOOD, "id": "b", "PMID": None, "DOI": "10.1/b", "title": "Another"}
    assert not only(tmp_path, [a, b], "ref-duplicate", text="[@schmidt2013; @b]")
