"""Cross-reference checks: affiliations, authors, figures, citation keys, unsafe paths."""

import pytest

from casepub.build import prepare
from conftest import edit


def run(folder):
    _, _, findings = prepare(folder)
    return findings


def by_code(findings, code):
    return [f for f in findings if f.code == code]


def test_examples_have_no_findings(case_copy):
    for name in ("dpp4-bullous-pemphigoid", "sweet-syndrome"):
        assert list(run(case_copy(name))) == []


def test_unknown_citation_points_into_the_block_text(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "[@kridinludwig2018]", "[@kridinludwig2081]")
    [finding] = by_code(run(folder), "ref-missing")
    assert finding.file.endswith("case.yaml") and finding.line == 63
    assert finding.hint == "did you mean 'kridinludwig2018'?"
    assert "@kridinludwig2081" in finding.message


def test_unknown_figure_and_caption_citation(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "(@fig-course, A)", "(@fig-coarse, A)")
    edit(folder / "figures.yaml", "[@schmidt2013]", "[@schmitt2013]")
    findings = run(folder)
    [fig] = by_code(findings, "unknown-figure")
    assert fig.hint == "did you mean 'fig-course'?" and fig.line == 125
    [cite] = by_code(findings, "ref-missing")
    assert cite.file.endswith("figures.yaml")


def test_unknown_affiliation_and_corresponding_without_email(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "affiliations: [derm, endo]", "affiliations: [derm, endoc]")
    edit(folder / "case.yaml", "    email: helena.marsh@example.org\n", "")
    findings = run(folder)
    [aff] = by_code(findings, "unknown-affiliation")
    assert aff.hint == "did you mean 'endo'?"
    assert any("has no 'email'" in f.message for f in by_code(findings, "missing-field"))
    assert by_code(findings, "unused-affiliation")  # endo is now used by nobody


def test_missing_image_suggests_the_nearby_file(case_copy):
    folder = case_copy()
    edit(folder / "figures.yaml", "images/course-a.png", "images/course_a.png")
    [finding] = by_code(run(folder), "missing-image")
    assert finding.hint == "did you mean 'images/course-a.png'?"


def test_unsafe_image_paths_are_refused(case_copy, tmp_path):
    folder = case_copy()
    outside = tmp_path / "outside.png"
    outside.write_bytes((folder / "images" / "course-a.png").read_bytes())
    (folder / "images" / "link.png").symlink_to(outside)
    edit(folder / "figures.yaml", "images/presentation-a.png", "../outside.png")
    edit(folder / "figures.yaml", "images/presentation-b.png", f"file://{outside}")
    edit(folder / "figures.yaml", "images/pathology-a.png", "http://example.org/a.png")
    edit(folder / "figures.yaml", "images/pathology-b.png", "images/link.png")
    findings = by_code(run(folder), "unsafe-path")
    reasons = sorted(f.message.split(": ", 1)[1] for f in findings)
    assert len(findings) == 4
    assert any("'..'" in r for r in reasons) and any("file://" in r for r in reasons)
    assert any("never downloaded" in r for r in reasons) and any("outside the case folder" in r for r in reasons)


def test_markdown_links_and_images(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "(@fig-course, B).",
         "(@fig-course, B). See [the registry](https://example.org), <file:///etc/passwd>, "
         "![](images/course-a.png) and <img src=\"../x.png\">.")
    findings = run(folder)
    assert len(by_code(findings, "unsafe-path")) == 2
    assert len(by_code(findings, "markdown-image")) == 1
    # a hyperlink is safe to render; the privacy check only asks whether it is the patient's
    assert not any("example.org" in f.message for f in findings if f.code != "phi-contact")


def test_panel_labels_must_be_unique_ignoring_case(case_copy):
    folder = case_copy()
    edit(folder / "figures.yaml", "      - label: B\n        file: images/presentation-b.png",
         "      - label: a\n        file: images/presentation-b.png")
    assert any(f.code == "duplicate-id" and "'a' is used twice" in f.message for f in run(folder))


def test_panel_labels_must_be_plain(case_copy):
    folder = case_copy()
    edit(folder / "figures.yaml", "      - label: A\n        file: images/pathology-a.png",
         "      - label: A/B\n        file: images/pathology-a.png")
    assert any(f.code == "invalid-value" and "'A/B' is not a panel label" in f.message for f in run(folder))


def test_panel_images_never_collide_with_other_figures(case_copy):
    from casepub.load import load_case

    case, _ = load_case(case_copy())
    stems = [stem for fig in case.figures for stem, _ in fig.images()]
    assert len(stems) == len(set(stems)) and all("." in s for s in stems)  # ids cannot contain '.'


@pytest.mark.parametrize("content,code", [
    (b"", "image-unreadable"),
    (None, "image-unreadable"),  # a truncated PNG
    ("gif", "fig-format"),
    ("bomb", "image-too-large"),
])
def test_images_are_opened_by_the_checks(case_copy, content, code):
    from PIL import Image

    folder = case_copy()
    target = folder / "images" / "course-a.png"
    if content is None:
        target.write_bytes(target.read_bytes()[:2000])
    elif content == "gif":
        Image.new("RGB", (40, 30)).save(target, "GIF")
    elif content == "bomb":
        Image.new("1", (20000, 20000)).save(target, "PNG")
    else:
        target.write_bytes(content)
    [finding] = [f for f in run(folder) if f.code == code]
    assert finding.file.endswith("figures.yaml") and finding.line > 1


def test_a_folder_is_not_an_image(case_copy):
    folder = case_copy()
    (folder / "images" / "course-a.png").unlink()
    (folder / "images" / "course-a.png").mkdir()
    [finding] = by_code(run(folder), "missing-image")
    assert "is a folder" in finding.message


def test_fence_lines_and_code_spans(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "      The itch eased within a week,",
         "      ::::::::::\n      The itch eased within a week, see `@fig-nothing` and <https://example.social/@jaad>,")
    findings = run(folder)
    assert [f.code for f in findings if f.severity.value == "error"] == ["markdown-fence"]
    assert not any(f.code.startswith("ref-") or f.code.startswith("unknown") for f in findings)


def test_the_right_citation_is_located(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "tense blisters [@schmidt2013].", "tense blisters [@schmidt2013].\n"
                                                                   "      Again [@schmidt201].")
    [finding] = by_code(run(folder), "ref-missing")
    assert (finding.line, finding.column) == (60, 14)


def test_footnotes_are_refused(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "tense blisters [@schmidt2013].", "tense blisters^[as usual] [@schmidt2013].")
    [finding] = by_code(run(folder), "markdown-footnote")
    assert finding.line == 59
