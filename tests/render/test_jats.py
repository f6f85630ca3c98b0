"""JATS 1.3: valid against the DTD, every element in place with the right values, nothing empty."""

import os

import pytest
from lxml import etree

from casepub.build import build_case
from conftest import case_template, EXAMPLES, edit

JAAD, SKIN = "dpp4-bullous-pemphigoid", "sweet-syndrome"
DTD_PATH = os.path.join(os.environ["CASEPUB_JATS_SCHEMA"], "publishing-1.3", "JATS-journalpublishing1-3.dtd")
NS = {"xlink": "http://www.w3.org/1999/xlink", "ali": "http://www.niso.org/schemas/ali/1.0/"}
# Elements whose data is an attribute: <xref ref-type="corresp" rid="cor1"/>, <graphic xlink:href=.../>
ALLOWED_EMPTY = {"xref": "rid", "graphic": "{http://www.w3.org/1999/xlink}href"}


@pytest.fixture(scope="module")
def dtd():
    return etree.DTD(DTD_PATH)


def parse(path):
    return etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_examples_validate_against_the_dtd(built, dtd, name):
    doc = parse(built[name] / f"{name}.xml")
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    assert doc.docinfo.public_id == "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN"


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_examples_validate_through_the_catalog(built, name):
    """The other way a publisher validates: the DOCTYPE resolved through the OASIS catalog."""
    env = {**os.environ, "XML_CATALOG_FILES": os.path.join(os.environ["CASEPUB_JATS_SCHEMA"], "catalog.xml")}
    import subprocess
    import sys

    code = ("import sys; from lxml import etree\n"
            "p = etree.XMLParser(dtd_validation=True, load_dtd=True, no_network=True, resolve_entities=True)\n"
            "etree.parse(sys.argv[1], p); print('valid')")
    result = subprocess.run([sys.executable, "-c", code, str(built[name] / f"{name}.xml")],
                            capture_output=True, text=True, env=env)
    assert result.stdout.strip() == "valid", result.stderr


def test_front_matter(built):
    root = parse(built[JAAD] / f"{JAAD}.xml").getroot()
    assert root.get("article-type") == "case-report" and root.get("dtd-version") == "1.3"
    assert root.findtext(".//subj-group/subject") == "Case Report"
    assert root.findtext(".//journal-title") == "JAAD Case Reports"
    assert root.findtext(".//journal-meta/issn") == "2352-5126"
    assert root.findtext(".//article-id[@pub-id-type='doi']") == "10.5555/casepub.example.2031.001"
    title = root.find(".//title-group/article-title")
    assert title.findtext("italic") == "Linagliptin"
    contribs = root.findall(".//contrib-group/contrib[@contrib-type='author']")
    assert [(c.findtext("name/surname"), c.findtext("name/given-names")) for c in contribs] == \
        [("Marsh", "Helena J."), ("Wielicki", "Tomasz R."), ("Ramanathan", "Priya N.")]
    assert [c.findtext("degrees") for c in contribs] == ["MD", "MD, PhD", "MD, MSc"]
    assert [c.get("corresp") for c in contribs] == ["yes", None, None]
    aff_ids = {a.get("id") for a in root.findall(".//aff")}
    for contrib in contribs:
        for xref in contrib.findall("xref[@ref-type='aff']"):
            assert xref.get("rid") in aff_ids
    derm = root.find(".//aff[@id='aff-derm']")
    assert (derm.findtext("label"), derm.findtext("institution"), derm.findtext("addr-line"),
            derm.findtext("country")) == ("a", "Department of Dermatology, Alderbrook University Hospital",
                                          "1200 Harbor Road", "USA")
    assert "helena.marsh@example.org" == root.findtext(".//author-notes/corresp/email")
    assert root.findtext(".//author-notes/fn[@fn-type='coi-statement']/p") == "None disclosed."
    meta = root.find(".//article-meta")
    assert [meta.findtext(t) for t in ("pub-date/year", "volume", "issue", "fpage", "lpage")] == \
        ["2031", "12", "3", "41", "43"]
    perms = meta.find("permissions")
    assert perms.findtext("copyright-year") == "2031" and perms.findtext("copyright-holder") == "the authors"
    assert perms.findtext("license/ali:license_ref", namespaces=NS) == \
        "http://creativecommons.org/licenses/by-nc-nd/4.0/"
    assert [k.text for k in meta.findall("kwd-group/kwd")] == [
        "bullous pemphigoid", "dipeptidyl peptidase-4 inhibitor", "drug-associated autoimmunity", "linagliptin"]
    assert meta.findtext("funding-group/funding-statement") == "None."
    assert meta.find("abstract") is None  # JAAD case reports have none


def test_skin_abstract_and_no_publication(built):
    root = parse(built[SKIN] / f"{SKIN}.xml").getroot()
    assert root.find(".//article-meta/abstract/p") is not None
    assert root.find(".//article-meta/pub-date") is None and root.find(".//permissions") is None
    assert root.findtext(".//journal-meta/issn") == "2574-1624"


def test_body_and_back(built):
    root = parse(built[JAAD] / f"{JAAD}.xml").getroot()
    assert [s.get("sec-type") for s in root.findall("body/sec")] == ["intro", "cases", "discussion"]
    figs = root.findall(".//body//fig")
    assert [f.findtext("label") for f in figs] == ["Fig 1", "Fig 2", "Fig 3"]
    for fig in figs:
        graphics = fig.findall("graphic")
        assert len(graphics) == 2 and all((built[JAAD] / g.get(f"{{{NS['xlink']}}}href")).is_file() for g in graphics)
        assert fig.find("caption/p") is not None and fig.findtext("alt-text")
    table = root.find(".//table-wrap[@id='timeline']")
    assert table.findtext("label") == "Table I" and len(table.findall(".//tbody/tr")) == 9
    ref_ids = [r.get("id") for r in root.findall("back/ref-list/ref")]
    cited = [rid for x in root.iter("xref") if x.get("ref-type") == "bibr" for rid in x.get("rid").split()]
    assert list(dict.fromkeys(cited)) == ref_ids  # every reference cited, numbered in order
    ranges = [x for x in root.iter("xref") if "\u2013" in (x.text or "")]
    assert ranges and ranges[0].text == "3\u20135" and len(ranges[0].get("rid").split()) == 3
    fig_ids = {f.get("id") for f in figs}
    assert {x.get("rid") for x in root.iter("xref") if x.get("ref-type") == "fig"} == fig_ids
    assert root.find("back/ack/p") is not None
    ethics = root.find("back/sec[@sec-type='ethics-statement']")
    assert "written informed consent" in "".join(ethics.itertext())
    assert [t.text for t in root.findall("back/glossary//term")] == ["BP", "DIF", "DPP-4", "ELISA"]


def test_element_citations(built):
    root = parse(built[JAAD] / f"{JAAD}.xml").getroot()
    refs = root.findall("back/ref-list/ref")
    assert [r.findtext("label") for r in refs] == [str(n) for n in range(1, len(refs) + 1)]
    first = refs[0].find("element-citation")
    assert first.get("publication-type") == "journal"
    assert first.find("person-group[@person-group-type='author']/name/surname") is not None
    for tag in ("article-title", "source", "year", "volume", "fpage", "lpage"):
        assert first.findtext(tag), tag
    assert first.findtext("pub-id[@pub-id-type='doi']").startswith("10.")
    assert sum(r.find(".//pub-id[@pub-id-type='pmid']") is not None for r in refs) >= 5


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_no_empty_elements(built, name):
    root = parse(built[name] / f"{name}.xml").getroot()
    empty = [el.tag for el in root.iter() if isinstance(el.tag, str) and not (el.text or "").strip()
             and len(el) == 0 and not el.get(ALLOWED_EMPTY.get(el.tag, "-"))]
    assert empty == []


def test_special_characters_round_trip(case_copy, tmp_path, dtd):
    folder = case_copy()
    edit(folder / "case.yaml", 'title: "*Linagliptin*-associated', 'title: "IgG4 < 2 g/L & *Linagliptin*-associated')
    edit(folder / "case.yaml", "family: Wielicki", "family: Wielicki-Ødegård <b>&")
    edit(folder / "case.yaml", "    degrees: [MD, PhD]", "    degrees: [MD, PhD]\n    orcid: 0000-0002-1825-0097")
    result = build_case(folder, tmp_path / "out", ["jats"])
    assert result.ok, [f.format() for f in result.findings]
    root = parse(result.outputs["jats"]).getroot()
    assert dtd.validate(root.getroottree())
    assert "".join(root.find(".//article-title").itertext()).startswith("IgG4 < 2 g/L & Linagliptin")
    assert root.findall(".//contrib/name/surname")[1].text == "Wielicki-Ødegård <b>&"
    assert root.findtext(".//contrib-id[@contrib-id-type='orcid']") == "https://orcid.org/0000-0002-1825-0097"


def test_broken_template_gives_dtd_errors_with_lines(case_copy, tmp_path):
    folder = case_copy()
    case_template(folder, '{% extends "style/article.xml" %}\n'
        '{% block journal_meta %}<journal-meta><journal-id>x</journal-id><bogus/></journal-meta>{% endblock %}\n', "article.xml")
    result = build_case(folder, tmp_path / "out", ["jats"])
    errors = [f for f in result.findings.errors if f.code == "jats-invalid"]
    assert errors and all(f.line > 0 and f.file.endswith(".xml") for f in errors)
    assert any("bogus" in f.message for f in errors)
    assert not (tmp_path / "out" / JAAD / f"{JAAD}.xml").exists()


def test_missing_schema_is_one_clear_warning(case_copy, tmp_path, monkeypatch):
    monkeypatch.delenv("CASEPUB_JATS_SCHEMA")
    result = build_case(case_copy(), tmp_path / "out", ["jats"])
    assert result.ok and result.outputs["jats"].is_file()
    [warning] = result.findings.warnings
    assert warning.code == "jats-schema-missing" and "CASEPUB_JATS_SCHEMA" in warning.hint
    result = build_case(case_copy("sweet-syndrome"), tmp_path / "out", ["jats"], jats_schema=str(tmp_path / "no"))
    assert "no JATS 1.3 DTD at" in result.findings.warnings[0].message


def test_links_and_awkward_markdown_still_give_valid_jats(case_copy, tmp_path, dtd):
    folder = case_copy("sweet-syndrome")
    edit(folder / "case.yaml", "  funding: None.", "  funding: |\n    Funded by <https://example.org/grant>.\n\n"
                                                   "    A second paragraph, with [a link](https://www.ncbi.nlm.nih.gov).")
    edit(folder / "case.yaml", "  - title: Discussion", "  - title: Case report\n    text: Again.\n\n  - title: Discussion")
    text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(text.replace("abstract: |\n", "abstract: |\n  - a list in the abstract\n\n", 1))
    result = build_case(folder, tmp_path / "out", ["jats"])
    assert result.ok, [f.format() for f in result.findings]
    root = parse(result.outputs["jats"]).getroot()
    assert dtd.validate(root.getroottree()), dtd.error_log.filter_from_errors()
    assert root.find(".//funding-statement/ext-link") is not None
    assert len({s.get("id") for s in root.findall("body/sec")}) == len(root.findall("body/sec"))
