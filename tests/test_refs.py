"""`casepub refs import` and `refs add`: four formats, readable keys, a file left as it was."""

import shutil
from pathlib import Path

import yaml

from casepub.build import prepare
from casepub.refs import from_bibtex, from_csl_json, from_nbib, from_ris, import_files, make_key
from conftest import CASES, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "refs"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_bibtex():
    article, book = from_bibtex(read("library.bib"))
    assert article["type"] == "article-journal" and article["author"][1] == {"family": "Brown-Joel", "given": "Zoë O."}
    assert article["title"].startswith("Clinical Features") and article["page"] == "455-459"
    assert article["DOI"] == "10.1001/jamadermatol.2018.5635" and article["PMID"] == "30624574"
    assert article["container-title-short"] == "JAMA Dermatol" and article["issued"] == {"date-parts": [[2019]]}
    assert book["type"] == "book" and book["publisher"] == "Elsevier" and len(book["editor"]) == 3


def test_ris():
    lancet, second = from_ris(read("library.ris"))
    assert lancet["author"] == [{"family": "Schmidt", "given": "Enno"}, {"family": "Zillikens", "given": "Detlef"}]
    assert (lancet["container-title"], lancet["container-title-short"], lancet["page"]) == ("The Lancet", "Lancet", "320-332")


def test_csl_json_and_nbib():
    [cohen] = from_csl_json(read("library.json"))
    assert "id" not in cohen and cohen["PMID"] == "17655751"
    lancet, kawaguchi = from_nbib(read("pubmed.nbib"))
    assert lancet["PMID"] == "22237175" and lancet["title"] == "Pemphigoid diseases"
    assert kawaguchi["DOI"] == "10.1111/jdi.12877" and kawaguchi["container-title-short"] == "J Diabetes Investig"


def test_keys_are_readable_and_unique():
    taken = {"hashemi2019"}
    item = {"author": [{"family": "Hashemi"}], "issued": {"date-parts": [[2019]]}}
    assert [make_key(item, taken) for _ in range(2)] == ["hashemi2019a", "hashemi2019b"]
    assert make_key({"author": [{"family": "Janßen-Ørsted"}], "issued": {"date-parts": [[2022]]}}, set()) == \
        "janenrsted2022"


def test_import_merges_without_touching_the_file(tmp_path):
    case = tmp_path / "c"
    shutil.copytree(CASES / "sweet-syndrome", case)
    before = (case / "references.yaml").read_text(encoding="utf-8")
    files = [FIXTURES / n for n in ("library.bib", "library.ris", "library.json", "pubmed.nbib")]
    added, findings = import_files(case, files)
    after = (case / "references.yaml").read_text(encoding="utf-8")
    assert after.startswith(before)  # every existing entry and comment, byte for byte
    # Cohen 2007 (same DOI) and the Lancet paper in the .nbib (same as in the .ris) are skipped
    assert added == ["hashemi2019", "bolognia2018", "schmidt2013", "hashemi2019a", "kawaguchi2019"]
    skipped = [f.message for f in findings if f.code == "ref-duplicate"]
    assert len(skipped) == 2 and any("'cohen2007'" in m for m in skipped)
    data = yaml.safe_load(after)["references"]
    assert [r["id"] for r in data][-5:] == added
    _, _, check = prepare(case)
    problems = [f for f in check if f.code not in ("ref-uncited", "jats-schema-missing")]
    assert problems == [], [f.format() for f in problems]


def test_import_into_a_case_without_references(tmp_path):
    case = tmp_path / "c"
    case.mkdir()
    added, _ = import_files(case, [FIXTURES / "library.json"])
    assert added == ["cohen2007"]
    assert yaml.safe_load((case / "references.yaml").read_text())["references"][0]["id"] == "cohen2007"


def test_cli_import_errors(tmp_path):
    bad = tmp_path / "refs.docx"
    bad.write_text("x")
    result = run_cli("refs", "import", str(tmp_path), str(bad))
    assert result.returncode == 1 and "cannot read '.docx' files" in result.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = run_cli("refs", "import", str(tmp_path), str(broken))
    assert result.returncode == 1 and "could not be read as csl_json" in result.stderr



def test_refs_add_by_doi_and_pmid(registries, tmp_path):
    case = tmp_path / "c"
    case.mkdir()
    result = run_cli("refs", "add", str(case), "doi:10.1016/S0140-6736(12)61140-4", "pmid:30624574",
                     "doi:10.9999/none", "pmid:12ab")
    assert result.returncode == 1  # the malformed PMID is an error; the rest was added
    assert "added [@schmidt2013]" in result.stdout  # Crossref's print year, not the online year
    assert "added [@hashemi2019]" in result.stdout
    assert "no work is registered under 'doi:10.9999/none'" in result.stderr
    refs = {r["id"]: r for r in yaml.safe_load((case / "references.yaml").read_text())["references"]}
    hashemi = refs["hashemi2019"]
    assert hashemi["DOI"] == "10.1001/jamadermatol.2018.5635" and hashemi["container-title-short"] == "JAMA Dermatol"
    assert hashemi["author"][0] == {"family": "Hashemi", "given": "D. A."}


def test_csl_json_with_exporter_mistakes(tmp_path):
    odd = tmp_path / "odd.json"
    odd.write_text('[{"type": "article-journal", "title": "T", "author": "Smith, Jane and Roe, Ann",'
                   ' "issued": {"date-parts": [2019]}}]')
    added, _ = import_files(tmp_path, [odd])
    [entry] = yaml.safe_load((tmp_path / "references.yaml").read_text())["references"]
    assert added == ["smith2019"] and entry["author"][1] == {"family": "Roe", "given": "Ann"}
    assert entry["issued"] == {"date-parts": [[2019]]}


def test_refuses_to_append_to_a_file_of_another_shape(tmp_path):
    (tmp_path / "references.yaml").write_text("- id: a\n")
    added, findings = import_files(tmp_path, [FIXTURES / "library.json"])
    assert added == [] and findings[0].code == "wrong-type"
    assert (tmp_path / "references.yaml").read_text() == "- id: a\n"


def test_malformed_files_are_reported_not_crashed(tmp_path):
    (tmp_path / "x.nbib").write_text("garbage\nmore\n")
    (tmp_path / "m.bib").write_text("@article{a, title={Good}, author={Lee, Ann}, journal={J}, year=2020}\n"
                                    "@article{b, title={Bad\n\n@article{c, title={Fine}, author={Roe, B}, year=2021}\n")
    _, findings = import_files(tmp_path, [tmp_path / "x.nbib"])
    assert [f.code for f in findings] == ["refs-unreadable"]
    added, findings = import_files(tmp_path, [tmp_path / "m.bib"])
    assert added == ["lee2020", "roe2021"] and "1 BibTeX entry could not be read" in findings[0].message
