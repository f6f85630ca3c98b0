"""Per-output rebuilds: a change reaches only the outputs that depend on it (casepub.incremental)."""

import shutil
from pathlib import Path

from casepub import incremental
from casepub.build import build_case
from conftest import ROOT, case_template, edit

NAME = "dpp4-bullous-pemphigoid"
FILES = {"html": f"{NAME}.html", "pdf": f"{NAME}.pdf", "jats": f"{NAME}.xml", "docx": f"{NAME}.docx"}


def stamps(out: Path) -> dict[str, int]:
    return {fmt: (out / NAME / file).stat().st_mtime_ns for fmt, file in FILES.items()
            if (out / NAME / file).is_file()}


def rewritten(before: dict[str, int], out: Path) -> set[str]:
    after = stamps(out)
    return {fmt for fmt in after if after[fmt] != before.get(fmt)}


def project_style(folder: Path) -> Path:
    """A copy of the JAAD style in the case's project, which takes precedence over the built-in one."""
    style = folder.parent.parent / "styles" / "jaad-case-reports"
    shutil.copytree(ROOT / "styles" / "jaad-case-reports", style)
    return style


def test_print_stylesheet_reaches_only_html_and_pdf(case_copy, tmp_path):
    folder = case_copy()
    style = project_style(folder)
    out = tmp_path / "out"
    formats = ["html", "pdf", "jats", "docx"]
    assert build_case(folder, out, formats).ok
    before = stamps(out)
    with open(style / "style.css", "a", encoding="utf-8") as css:
        css.write("\n.cp-unused { color: black; }\n")
    result = build_case(folder, out, formats)
    assert result.ok, [f.format() for f in result.findings]
    assert rewritten(before, out) == {"html", "pdf"}
    assert sorted(result.reused) == ["docx", "jats"] and not result.up_to_date
    assert set(result.outputs) == set(formats) and result.pages == 3
    assert ".cp-unused" in (out / NAME / "assets" / "style.css").read_text(encoding="utf-8")
    assert build_case(folder, out, formats).up_to_date  # and now everything is


def test_jats_template_reaches_only_jats(case_copy, tmp_path):
    folder = case_copy()
    out = tmp_path / "out"
    assert build_case(folder, out, ["html", "jats"]).ok
    before = stamps(out)
    case_template(folder, '{% extends "style/article.xml" %}{% block journal_meta %}<!-- ours -->'
                          '{{ super() }}{% endblock %}', name="article.xml")
    result = build_case(folder, out, ["html", "jats"])
    assert result.ok, [f.format() for f in result.findings]
    assert rewritten(before, out) == {"jats"} and result.reused == ["html"]
    assert "<!-- ours -->" in (out / NAME / FILES["jats"]).read_text(encoding="utf-8")


def test_case_text_reaches_everything_and_a_lost_output_only_itself(case_copy, tmp_path, monkeypatch):
    folder = case_copy()
    out = tmp_path / "out"
    formats = ["html", "pdf", "jats"]
    assert build_case(folder, out, formats).ok
    before = stamps(out)
    edit(folder / "timeline.yaml", "Topical corticosteroid tapered off.", "Topical steroid tapered off.")
    assert build_case(folder, out, formats).ok
    assert rewritten(before, out) == {"html", "pdf", "jats"}
    before = stamps(out)
    (out / NAME / FILES["jats"]).unlink()
    result = build_case(folder, out, formats)
    assert rewritten(before, out) == {"jats"} and result.reused == ["html", "pdf"]
    before = stamps(out)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # only the PDF carries a date
    result = build_case(folder, out, formats)
    assert rewritten(before, out) == {"pdf"} and result.reused == ["html", "jats"]
    before = stamps(out)
    result = build_case(folder, out)  # without --to: the style's outputs, which are these three
    assert result.up_to_date and rewritten(before, out) == set()
    again = build_case(folder, out)
    assert again.up_to_date and again.case is None  # the style's set is remembered: nothing is even loaded


def test_a_failed_rebuild_keeps_the_record_and_the_outputs(case_copy, tmp_path):
    folder = case_copy()
    style = project_style(folder)
    out = tmp_path / "out"
    assert build_case(folder, out, ["html", "jats"]).ok
    before = stamps(out)
    with open(style / "style.css", "a", encoding="utf-8") as css:
        css.write('\nbody { background: url("https://example.org/x.png"); }\n')
    result = build_case(folder, out, ["html", "jats"])
    assert [f.code for f in result.findings.errors] == ["unsafe-path"]
    assert rewritten(before, out) == set()
    record = incremental.read(out / NAME)
    assert set(record["outputs"]) == {"html", "jats"}


def test_templates_are_scoped_by_suffix_unless_they_name_the_other_kind(case_copy):
    folder = case_copy()
    case_template(folder, "<p>one</p>", name="article.html")
    case_template(folder, "<x/>", name="extra.xml")
    first = incremental.fingerprints(folder, None, None)
    case_template(folder, "<y/>", name="extra.xml")
    second = incremental.fingerprints(folder, None, None)
    assert [f for f in incremental.OUTPUTS if first[f] != second[f]] == ["jats"]
    case_template(folder, '<p>{% include "extra.xml" %}</p>', name="article.html")
    third = incremental.fingerprints(folder, None, None)
    case_template(folder, "<z/>", name="extra.xml")
    fourth = incremental.fingerprints(folder, None, None)
    # an HTML template pulls XML templates in: they count for the HTML and the PDF too
    assert [f for f in incremental.OUTPUTS if third[f] != fourth[f]] == ["html", "pdf", "jats"]
    case_template(folder, "notes", name="README.txt")
    assert all(fourth[f] != v for f, v in incremental.fingerprints(folder, None, None).items())


def test_the_care_checklist_uses_an_up_to_date_article(case_copy, tmp_path):
    from casepub.care import write_checklist

    folder = case_copy("sweet-syndrome")
    out = tmp_path / "out"
    first = build_case(folder, out)
    assert first.ok and first.anchors
    result = write_checklist(folder, out)
    assert result.ok and set(result.outputs) == {"care-html", "care-pdf"}
    assert result.anchors == first.anchors  # the page numbers recorded with the PDF
