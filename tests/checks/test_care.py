"""CARE: where each item is reported, findings for what is missing, and the checklist file."""

import re

import lxml.html
import pdfplumber

from casepub.build import prepare
from casepub.care import write_checklist
from casepub.checks.care import ITEM_IDS, items
from conftest import CASES, edit

# What to look for on the PDF page the checklist names, per item's anchor.
PAGE_TEXT = {"title": "a case report", "keywords": "Key words:", "sec-introduction": "INTRODUCTION",
             "sec-case-report": "CASE REPORT", "timeline": "Timeline", "sec-discussion": "DISCUSSION",
             "patient-perspective": "Patient perspective", "consent": "Patient consent",
             "abstract": "ABSTRACT"}


def test_examples_report_every_applicable_item():
    for name in ("dpp4-bullous-pemphigoid", "sweet-syndrome"):
        case, style, _ = prepare(CASES / name)
        found = items(case, style)
        assert [i.id for i in found] == ITEM_IDS
        assert all(i.reported is not False for i in found)


def test_missing_items(case_copy):
    folder = case_copy("sweet-syndrome")
    edit(folder / "case.yaml", ": A Case Report\"", "\"")
    text = (folder / "case.yaml").read_text()
    (folder / "case.yaml").write_text(re.sub(r"(?ms)^abstract: \|.*?(?=^\S)", "", text))
    (folder / "timeline.yaml").write_text("events: []\n")
    edit(folder / "case.yaml", "  - title: Discussion", "  - title: Comments on the literature\n    care: [discusion]")
    _, _, findings = prepare(folder)
    codes = {f.code: f.severity.value for f in findings if f.code.startswith("care-")}
    assert codes == {"care-title": "warning", "care-abstract": "error", "care-timeline": "error",
                     "care-discussion": "warning", "care-unknown-item": "error"}


def test_checklist_pages_match_the_pdf(tmp_path):
    result = write_checklist(CASES / "dpp4-bullous-pemphigoid", tmp_path)
    assert result.ok, [f.format() for f in result.findings]
    html = lxml.html.parse(str(result.outputs["care-html"])).getroot()
    rows = html.xpath("//table[@id='care-items']/tbody/tr")
    assert len(rows) == 13
    article = tmp_path / "dpp4-bullous-pemphigoid" / "dpp4-bullous-pemphigoid.pdf"
    case, style, _ = prepare(CASES / "dpp4-bullous-pemphigoid")
    anchors = {i.id: i.anchor for i in items(case, style)}
    with pdfplumber.open(article) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    checked = 0
    for row in rows:
        item = row.get("id")[5:]
        cells = [td.text_content() for td in row.xpath("td")]
        if cells[3] != "Yes":
            assert cells[3] == "Not applicable" and item == "abstract"
            continue
        page = int(cells[5])
        assert PAGE_TEXT[anchors[item]] in pages[page - 1].replace("\n", " "), (item, page)
        checked += 1
    assert checked == 12
    with pdfplumber.open(result.outputs["care-pdf"]) as pdf:
        assert "CARE checklist" in pdf.pages[0].extract_text()
