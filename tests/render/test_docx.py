"""The submission DOCX: line numbers, double spacing, title-page counts, order of parts."""

import re
import shutil

import docx
import lxml.html
import pytest
from docx.oxml.ns import qn

from casepub.build import build_case, prepare
from casepub.counts import count, words
from casepub.render.pandoc import convert
from conftest import CASES, EXAMPLES, ROOT

JAAD, SKIN = "dpp4-bullous-pemphigoid", "sweet-syndrome"


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx")
    result = {}
    for name in EXAMPLES:
        built = build_case(CASES / name, out, ["docx", "html"])
        assert built.ok, [f.format() for f in built.findings]
        result[name] = (docx.Document(str(built.outputs["docx"])), out / name)
    return result


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_line_numbers_and_double_spacing(docs, name):
    document, _ = docs[name]
    numbering = document.sections[-1]._sectPr.find(qn("w:lnNumType"))
    assert numbering is not None and numbering.get(qn("w:restart")) == "continuous"
    assert numbering.get(qn("w:countBy")) == "1"
    for style in ("Normal", "Body Text", "First Paragraph", "Bibliography"):
        fmt = document.styles[style]
        assert fmt.paragraph_format.line_spacing == 2.0, style
        assert fmt.font.size.pt == 12, style


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_title_page_counts_are_casepubs_counts(docs, name):
    document, _ = docs[name]
    case, style, _ = prepare(CASES / name)
    expected = count(case, style)
    assert expected.references == len(convert(case, style).references)  # what the list prints
    text = "\n".join(p.text for p in document.paragraphs)
    found = {k: int(v) for k, v in re.findall(r"^(Word count|Abstract word count|References|Figures|Tables): (\d+)$",
                                              text, re.M)}
    assert found["Word count"] == expected.words_body and 900 <= expected.words_body <= 1500
    assert found["References"] == expected.references >= 10
    assert found["Figures"] == expected.figures == 3
    assert found["Tables"] == 1
    if name == SKIN:
        assert found["Abstract word count"] == expected.words_abstract > 100
    else:
        assert "Abstract word count" not in found


def test_order_of_parts(docs):
    document, _ = docs[SKIN]
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name in ("Title", "Heading 1")]
    assert [t for _, t in headings] == [
        headings[0][1], "Abstract", "Introduction", "Case report", "Discussion", "Patient perspective",
        "Patient consent", "References", "Figure legends", "Tables"]
    texts = [p.text for p in document.paragraphs]
    title_page_end = texts.index("Abstract")
    assert any(t.startswith("Corresponding author: Maya L. Ferreira, BA") for t in texts[:title_page_end])
    assert any("Email: maya.ferreira@example.org" in t for t in texts[:title_page_end])
    assert any(t.startswith("Key words:") for t in texts[title_page_end:texts.index("Introduction")])
    legends = texts[texts.index("Figure legends") + 1:texts.index("Tables")]
    assert [t.split(".")[0] for t in legends if t] == ["Figure 1", "Figure 2", "Figure 3"]
    assert len(document.inline_shapes) == 0  # figures are uploaded separately


def _superscript_numbers(paragraphs) -> list[str]:
    """Superscript citation text: numbers link to the list (w:hyperlink), separators do not;
    other superscripts (10^9^/L) are not citations."""
    out = []
    for p in paragraphs:
        for run in p._p.xpath(".//w:r[w:rPr/w:vertAlign[@w:val='superscript']]"):
            text = "".join(t.text or "" for t in run.xpath("./w:t"))
            linked = run.getparent().tag == qn("w:hyperlink")
            if (linked and text.isdigit()) or text in (",", "\u2013"):
                out.append(text)
    return out


def test_body_citations_match_the_html(docs):
    """Same numbers, same places: the hidden first-mention citations are not printed."""
    document, folder = docs[JAAD]
    texts = [p.text for p in document.paragraphs]
    body = document.paragraphs[texts.index("Introduction"):texts.index("Patient consent")]
    html = lxml.html.parse(str(folder / f"{JAAD}.html")).getroot()
    expected = [s.text_content() for s in html.xpath("//section[@class='sec']/p//span[@class='citation']/sup")]
    assert "".join(_superscript_numbers(body)) == "".join(expected)


def test_images_embedded_when_the_style_says_so(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(CASES / SKIN, project / "cases" / SKIN)
    shutil.copytree(ROOT / "styles" / "skin-brief-article", project / "styles" / "skin-brief-article")
    with open(project / "styles" / "skin-brief-article" / "style.yaml", "a", encoding="utf-8") as spec:
        spec.write("docx-images: true\n")
    result = build_case(project / "cases" / SKIN, tmp_path / "out", ["docx"])
    assert result.ok, [f.format() for f in result.findings]
    case, _, _ = prepare(CASES / SKIN)
    images = sum(len(fig.images()) for fig in case.figures)
    assert images == 6 and len(docx.Document(str(result.outputs["docx"])).inline_shapes) == images


def test_word_counting_rules():
    assert words("IgG4 levels rose 2% (BP180/BP230) in *one* week.") == 8
    assert words("Itch [@a; @b] eased (@fig-x, A), as @smith2019 saw.") == 7
    assert words("- one\n- two\n\n1. three") == 3
    assert words("See [the registry](https://example.org/a-b-c) — ; ") == 3
    assert words("") == 0
