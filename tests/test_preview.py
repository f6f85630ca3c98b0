"""The warm preview session: rebuild on change, keep the last good draft, PDF and CARE on demand."""

import lxml.html
import pdfplumber

from casepub.preview import Session
from conftest import case_template, edit


def title_of(session):
    return lxml.html.parse(str(session.html_path)).getroot().findtext(".//title")


def test_rebuild_shows_edits_and_keeps_the_last_good_draft(case_copy, tmp_path):
    folder = case_copy()
    session = Session(folder, tmp_path / "build")
    first = session.rebuild()
    assert first.html and first.assets and not first.blocking, first.blocking
    assert session.html_path == tmp_path / "build" / folder.name / "preview" / f"{folder.name}.html"
    assert (session.folder / "assets" / "style.css").is_file()
    assert list((session.folder / "figures").iterdir())

    edit(folder / "case.yaml", 'title: "*Linagliptin*-associated', 'title: "*Sitagliptin*-associated')
    second = session.rebuild()
    assert second.version > first.version and second.html != first.html and not second.checking
    assert second.assets == first.assets  # text only: the browser swaps the body, no reload
    assert title_of(session).startswith("Sitagliptin-associated")

    good = session.html_path.read_bytes()
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text() + "\nkeywords: [unclosed\n")
    broken = session.rebuild()
    assert broken.html == second.html  # the last good draft stays on screen
    assert session.html_path.read_bytes() == good
    assert broken.blocking and broken.blocking[0]["file"].endswith("case.yaml")
    assert broken.blocking[0]["line"] > 0 and broken.blocking[0]["code"] == "yaml-syntax"


def test_check_errors_are_listed_but_the_draft_still_renders(case_copy, tmp_path):
    folder = case_copy()
    session = Session(folder, tmp_path / "build")
    session.rebuild()
    edit(folder / "case.yaml", "[@schmidt2013]", "[@nobody1999]")
    state = session.rebuild()
    codes = {f["code"] for f in state.findings if f["severity"] == "error"}
    assert codes, "an unknown citation key is an error"
    assert not state.blocking and state.html


def test_unsafe_image_path_blocks_the_render(case_copy, tmp_path):
    folder = case_copy()
    session = Session(folder, tmp_path / "build")
    good = session.rebuild()
    text = (folder / "figures.yaml").read_text()
    import re
    first_file = re.search(r"file:\s*(\S+)", text).group(1)
    (folder / "figures.yaml").write_text(text.replace(first_file, "../../../etc/hosts", 1))
    state = session.rebuild()
    assert state.html == good.html
    assert any(f["code"] == "unsafe-path" for f in state.blocking)


def test_pdf_is_built_once_per_draft_and_care_has_pages(case_copy, tmp_path):
    folder = case_copy()
    session = Session(folder, tmp_path / "build")
    session.rebuild()
    pdf, problems, rebuilt = session.pdf()
    assert pdf is not None and rebuilt and not [p for p in problems if p.severity.value == "error"]
    with pdfplumber.open(pdf) as doc:
        assert "Linagliptin" in doc.pages[0].extract_text()
    again, _, rebuilt = session.pdf()
    assert again == pdf and not rebuilt  # nothing changed: the same file, no layout
    edit(folder / "case.yaml", 'title: "*Linagliptin*-associated', 'title: "*Vildagliptin*-associated')
    session.rebuild()
    _, _, rebuilt = session.pdf()
    assert rebuilt
    with pdfplumber.open(pdf) as doc:
        assert "Vildagliptin" in doc.pages[0].extract_text()
    html, _ = session.care()
    checklist = lxml.html.fromstring(html)
    assert len(checklist.xpath("//tr[td]")) >= 13
    assert "Vildagliptin" in checklist.text_content()


def test_switching_style_rebuilds_with_new_assets(case_copy, tmp_path):
    folder = case_copy()
    session = Session(folder, tmp_path / "build")
    first = session.rebuild()
    state = session.switch_style("skin-brief-article")
    assert state.style == "skin-brief-article" and state.assets != first.assets and state.html != first.html
    import pytest

    with pytest.raises(ValueError, match="not a style"):
        session.switch_style("no-such-journal")


def test_a_template_override_in_the_case_folder_is_picked_up(case_copy, tmp_path):
    folder = case_copy()
    session = Session(folder, tmp_path / "build")
    session.rebuild()
    case_template(folder, '{% extends "style/article.html" %}{% block title %}<h1>Overridden '
                          '{{ title | striptags }}</h1>{% endblock %}')
    state = session.rebuild()
    assert not state.blocking, state.blocking
    assert "Overridden" in session.html_path.read_text(encoding="utf-8")


def test_a_style_that_fails_leaves_the_working_one_on_screen(case_copy, tmp_path):
    import pytest

    folder = case_copy()
    case_template(folder, '{% extends "style/article.html" %}{% block title %}'
                          '{% if style_id == "skin-brief-article" %}{{ no_such_thing.x }}{% endif %}'
                          '{{ super() }}{% endblock %}')
    session = Session(folder, tmp_path / "build")
    good = session.rebuild()
    assert not good.blocking and good.style == "jaad-case-reports"
    with pytest.raises(ValueError, match="could not switch to 'skin-brief-article'.*article.html"):
        session.switch_style("skin-brief-article")
    assert session.state.style == "jaad-case-reports" and not session.state.blocking
    assert session.state.html == good.html and session.state.assets == good.assets


def test_a_failing_check_is_reported_and_the_preview_goes_on(case_copy, tmp_path, monkeypatch):
    from casepub.checks import privacy

    def broken(case, style):
        raise RuntimeError("boom")

    folder = case_copy()
    session = Session(folder, tmp_path / "build")
    monkeypatch.setattr(privacy, "check_privacy", broken)
    state = session.rebuild()
    assert state.html and not state.blocking
    assert any(f["code"] == "internal-error" and "boom" in f["message"] for f in state.findings)


def test_a_new_head_needs_a_reload_but_a_new_title_does_not(case_copy, tmp_path):
    folder = case_copy()
    session = Session(folder, tmp_path / "build")
    first = session.rebuild()
    edit(folder / "case.yaml", 'title: "', 'title: "New: ')
    second = session.rebuild()
    assert second.html != first.html and second.assets == first.assets
    case_template(folder, '{% extends "style/article.html" %}{% block head %}'
                          '<style>@page { margin: 1in; }</style>{% endblock %}')
    third = session.rebuild()
    assert third.assets != second.assets
