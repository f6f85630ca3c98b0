"""Both example cases built with real pandoc and WeasyPrint, read back from the PDF and HTML."""

import re

import lxml.html
import pdfplumber
import pypdf
import pytest

JAAD, SKIN = "dpp4-bullous-pemphigoid", "sweet-syndrome"


def pdf_text(folder, name, columns: int = 1) -> str:
    """The PDF's text in reading order: column by column when the body has two."""
    parts = []
    with pdfplumber.open(folder / f"{name}.pdf") as pdf:
        for page in pdf.pages:
            if columns == 1:
                parts.append(page.extract_text() or "")
                continue
            middle = page.width / 2
            parts += [page.crop((0, 0, middle, page.height)).extract_text() or "",
                      page.crop((middle, 0, page.width, page.height)).extract_text() or ""]
    return "\n".join(parts)


def html_tree(folder, name):
    return lxml.html.parse(str(folder / f"{name}.html")).getroot()


def assert_in_order(text: str, needles: list[str]) -> None:
    position = -1
    for needle in needles:
        found = text.find(needle, position + 1)
        assert found > position, f"{needle!r} not found after position {position}"
        position = found


def test_jaad_structure_follows_the_seed(built):
    with pdfplumber.open(built[JAAD] / f"{JAAD}.pdf") as pdf:
        first = pdf.pages[0].extract_text()
    assert_in_order(first, ["bullous pemphigoid in an older man", "Helena J. Marsh, MD,", "Key words:",
                            "INTRODUCTION", "Department of Dermatology"])
    body = pdf_text(built[JAAD], JAAD, columns=2)
    assert_in_order(body, ["INTRODUCTION", "Abbreviations used:", "CASE REPORT", "DISCUSSION",
                           "Patient consent", "Conflicts of interest", "REFERENCES"])
    for note in ("Funding sources: None.", "IRB approval status: Not applicable.", "Correspondence to:",
                 "JAAD Case Reports 2031;12:41-3.", "2352-5126", "CC BY-NC-ND license",
                 "https://doi.org/10.5555/casepub.example.2031.001"):
        assert note in first, note
    assert re.search(r"Tomasz R\. Wielicki, MD, PhD,\s*b\s+and Priya N\. Ramanathan, MD, MSc\s*a,c", first)


def test_skin_structure_follows_the_seed(built):
    text = pdf_text(built[SKIN], SKIN)
    assert_in_order(text, ["BRIEF ARTICLE", "Classic Sweet Syndrome", "Maya L. Ferreira, BA", "1 College",
                           "ABSTRACT", "INTRODUCTION", "CASE REPORT", "DISCUSSION", "PATIENT PERSPECTIVE",
                           "Conflict of Interest Disclosures:", "Funding:", "Corresponding Author:",
                           "References:"])


def test_jaad_body_is_set_in_two_columns(built):
    with pdfplumber.open(built[JAAD] / f"{JAAD}.pdf") as pdf:
        page = pdf.pages[1]
        middle = page.width / 2
        lines = {(round(w["top"]), w["x0"] < middle) for w in page.extract_words()
                 if w["top"] > 60 and w["bottom"] < page.height - 60}
    left = sum(1 for _, is_left in lines if is_left)
    right = len(lines) - left
    assert left > 25 and right > 25  # many text lines on each side of the gutter
    with pdfplumber.open(built[SKIN] / f"{SKIN}.pdf") as pdf:
        page = pdf.pages[1]
        starts = [w["x0"] for w in page.extract_words() if w["top"] > 80]
    assert max(starts) > page.width / 2 and min(starts) < 100  # one column: lines span the page


@pytest.mark.parametrize("name,size,family", [(JAAD, (594, 783), "Liberation-"),
                                              (SKIN, (612, 792), "Carlito")])
def test_page_size_and_embedded_fonts(built, name, size, family):
    reader = pypdf.PdfReader(built[name] / f"{name}.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    fonts = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            fonts[font["/BaseFont"]] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts  # every font is embedded
    # only the fonts the style ships: no fallback to whatever the machine has installed
    assert all(family in str(name) for name in fonts), fonts
    assert not any("Oblique" in str(name) for name in fonts)  # real italics, not slanted roman


def _citation_sequence(root) -> list[int]:
    numbers = []
    for sup in root.xpath("//main//span[@class='citation']/sup"):
        for part in sup.text_content().split(","):
            bounds = [int(n) for n in re.split("[\u2013-]", part.strip())]
            numbers += list(range(bounds[0], bounds[-1] + 1))
    return numbers


@pytest.mark.parametrize("name", [JAAD, SKIN])
def test_citations_numbered_by_first_mention(built, name):
    root = html_tree(built[name], name)
    sequence = _citation_sequence(root)
    first_seen = list(dict.fromkeys(sequence))
    assert first_seen == list(range(1, len(first_seen) + 1))
    entries = root.xpath("//div[@class='ref-list']/div[@class='csl-entry']")
    assert len(entries) == len(first_seen) >= 10
    assert [e.xpath("string(.//div[@class='csl-left-margin'])").strip() for e in entries] == \
        [f"{n}." for n in first_seen]
    # every citation links to its entry
    for link in root.xpath("//span[@class='citation']//a"):
        assert root.xpath(f"//*[@id='{link.get('href')[1:]}']")


def test_ranges_collapse(built):
    root = html_tree(built[JAAD], JAAD)
    assert "3\u20135" in [s.text_content() for s in root.xpath("//span[@class='citation']/sup")]


@pytest.mark.parametrize("name,label", [(JAAD, "Fig"), (SKIN, "Figure")])
def test_figure_labels_and_mentions(built, name, label):
    root = html_tree(built[name], name)
    captions = [c.text_content() for c in root.xpath("//figure/figcaption/span[@class='fig-label']")]
    assert captions == [f"{label}\u00a0{n}." for n in range(1, len(captions) + 1)] and len(captions) >= 3
    mentions = root.xpath("//a[contains(@class, 'xref-fig')]")
    assert all(m.text_content().startswith(f"{label}\u00a0") for m in mentions)
    # each figure follows the paragraph that first mentions it
    for fig in root.xpath("//figure"):
        before = fig.getprevious()
        assert before is not None and before.xpath(f".//a[@href='#{fig.get('id')}']"), fig.get("id")
    text = pdf_text(built[name], name)
    assert f"{label} 1." in text.replace("\u00a0", " ")


def test_panels_keep_their_letters(built):
    root = html_tree(built[JAAD], JAAD)
    assert "Fig\u00a02, A" in root.text_content()
    fig = root.get_element_by_id("fig-pathology")
    assert [s.text for s in fig.xpath(".//span[@class='panel-label']")] == ["A", "B"]
    assert [b.text for b in fig.xpath(".//b[@class='panel-ref']")] == ["A", "B"]
    for img in fig.xpath(".//img"):
        assert (built[JAAD] / img.get("src")).is_file()
        assert img.get("alt")


def test_timeline_table(built):
    root = html_tree(built[JAAD], JAAD)
    table = root.get_element_by_id("timeline")
    assert table.xpath("string(.//caption)") == "Table I. Timeline"
    times = [td.text for td in table.xpath(".//td[@class='at']")]
    assert len(times) >= 5 and "0" in times and any(t.startswith("\u2212") for t in times)
    skin = html_tree(built[SKIN], SKIN)
    assert skin.get_element_by_id("timeline").xpath("string(.//caption)") == "Table 1. Timeline"


def test_html_is_a_self_contained_draft(built):
    folder = built[JAAD]
    root = html_tree(folder, JAAD)
    for ref in root.xpath("//link/@href | //img/@src"):
        assert (folder / ref).is_file(), ref
    css = (folder / "assets" / "style.css").read_text()
    for font in re.findall(r"url\((fonts/[^)]+)\)", css):
        assert (folder / "assets" / font).is_file()
