"""The build stage: atomic outputs, reproducibility, and a broken PDF never passing silently."""

import hashlib
import shutil
from pathlib import Path

from casepub.build import FIGURE_CACHE, build_case
from casepub.render.assets import guarded_fetcher
from conftest import case_template, ROOT, edit, run_cli

NAME = "dpp4-bullous-pemphigoid"


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failed_build_leaves_previous_outputs_intact(case_copy, tmp_path):
    folder = case_copy()
    out = tmp_path / "out"
    assert build_case(folder, out).ok
    before = digests(out / NAME)
    edit(folder / "case.yaml", "title:", "title: [unclosed")
    result = run_cli("build", str(folder), "--out", str(out))
    assert result.returncode == 1
    assert "case.yaml:5:" in result.stderr and "Traceback" not in result.stderr
    assert "earlier outputs were left as they were" in result.stderr
    assert digests(out / NAME) == before
    hidden = [p.name for p in (out / NAME).iterdir() if p.name.startswith(".") and p.is_dir()]
    assert hidden == [FIGURE_CACHE]  # no staging folder left; the figure encodings stay


def test_render_failure_after_checks_also_leaves_outputs(case_copy, tmp_path):
    folder = case_copy()
    out = tmp_path / "out"
    assert build_case(folder, out).ok
    before = digests(out / NAME)
    case_template(folder, '{% extends "style/article.html" %}{% block title %}<img src="figures/nothing.png">{% endblock %}')
    result = build_case(folder, out)
    assert not result.ok
    assert any(f.code == "pdf-render" and "nothing.png" in f.message for f in result.findings.errors)
    assert digests(out / NAME) == before


def test_same_input_same_bytes(tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    for run in ("a", "b"):
        result = run_cli("build", str(ROOT / "cases" / NAME), "--out", str(tmp_path / run), env=env)
        assert result.returncode == 0, result.stderr
    a, b = digests(tmp_path / "a" / NAME), digests(tmp_path / "b" / NAME)
    assert a == b and f"{NAME}.pdf" in a and f"{NAME}.html" in a


def test_stage_dir_is_the_only_readable_place(tmp_path):
    (tmp_path / "stage").mkdir()
    (tmp_path / "stage" / "ok.css").write_text("p {}")
    (tmp_path / "secret.txt").write_text("no")
    refused: list[str] = []
    fetch = guarded_fetcher(tmp_path / "stage", refused)
    assert fetch.fetch("file:///casepub-build/ok.css").read() == b"p {}"
    for url in ("file:///casepub-build/../secret.txt", (tmp_path / "secret.txt").as_uri(),
                "https://example.org/x.png", "http://127.0.0.1/x.png"):
        try:
            fetch.fetch(url)
        except ValueError:
            pass
        else:
            raise AssertionError(f"{url} was fetched")
    assert len(refused) == 4


def test_remote_image_in_a_template_is_refused_with_a_finding(case_copy, tmp_path):
    folder = case_copy()
    case_template(folder, '{% extends "style/article.html" %}{% block title %}<img src="https://example.org/x.png">'
        '{% endblock %}')
    result = build_case(folder, tmp_path / "out", ["pdf"])
    assert not result.ok  # caught in the rendered HTML, before WeasyPrint could try
    assert any(f.code == "unsafe-path" and "https://example.org/x.png" in f.message for f in result.findings.errors)


def test_raw_html_tricks_in_text_are_refused_by_the_checks(case_copy, tmp_path):
    folder = case_copy()
    edit(folder / "case.yaml", "(@fig-course, B).", "(@fig-course, B). <img src=file:///etc/passwd> "
                                                   '<a href="file&#58;///etc/hostname">x</a>')
    result = build_case(folder, tmp_path / "out", ["html"])
    unsafe = [f for f in result.findings.errors if f.code == "unsafe-path"]
    assert len(unsafe) == 2 and all(f.file.endswith("case.yaml") and f.line == 131 for f in unsafe)


def test_template_tricks_are_refused_in_the_rendered_page(case_copy, tmp_path):
    folder = case_copy()
    case_template(folder, '{% extends "style/article.html" %}{% block head %}<link rel="stylesheet" '
                          'href="../../x.css"><script>alert(1)</script>{% endblock %}'
                          '{% block title %}<img src="file:///etc/passwd">{% endblock %}')
    result = build_case(folder, tmp_path / "out", ["html"])
    codes = sorted(f.code for f in result.findings.errors)
    assert codes == ["unsafe-html", "unsafe-path", "unsafe-path"]
    assert not (tmp_path / "out" / NAME / f"{NAME}.html").exists()


def test_templates_cannot_reach_the_disk(case_copy, tmp_path):
    folder = case_copy()
    case_template(folder, '{% extends "style/article.html" %}{% block title %}'
                          '{{ meta.__class__.__init__.__globals__ }}{% endblock %}')
    result = build_case(folder, tmp_path / "out", ["html"])
    assert [f.code for f in result.findings.errors] == ["template-error"]
    assert "unsafe" in result.findings.errors[0].message


def test_unsafe_css_url_in_a_project_style(case_copy, tmp_path):
    folder = case_copy()
    project = folder.parent.parent
    style = project / "styles" / "jaad-case-reports"
    shutil.copytree(ROOT / "styles" / "jaad-case-reports", style)
    with open(style / "style.css", "a", encoding="utf-8") as css:
        css.write('\nbody { background: url("../../../etc/passwd"); }\n'
                  '@import url("https://fonts.example.org/x.css");\n')
    result = build_case(folder, tmp_path / "out", ["html"])
    unsafe = [f for f in result.findings.errors if f.code == "unsafe-path"]
    assert len(unsafe) == 2 and all(f.file.endswith("style.css") and f.line > 1 for f in unsafe)
    assert not (tmp_path / "out" / NAME / f"{NAME}.html").exists()


def test_bad_css_from_a_project_style_fails_the_pdf(case_copy, tmp_path):
    folder = case_copy()
    style = folder.parent.parent / "styles" / "jaad-case-reports"
    shutil.copytree(ROOT / "styles" / "jaad-case-reports", style)
    with open(style / "style.css", "a", encoding="utf-8") as css:
        css.write("\nh2 { colr: red; }\n")
    result = build_case(folder, tmp_path / "out", ["pdf"])
    assert any("colr" in f.message for f in result.findings.errors)


def test_style_switch_from_the_command_line(case_copy, tmp_path):
    result = build_case(case_copy("sweet-syndrome"), tmp_path / "out", ["html"], style_id="jaad-case-reports")
    assert result.ok, [f.format() for f in result.findings]
    page = result.outputs["html"].read_text(encoding="utf-8")
    assert "Abbreviations used:" in page and "BRIEF ARTICLE" not in page
    # the other way round, the SKIN layout needs the abstract the JAAD case does not have
    result = build_case(case_copy(), tmp_path / "out", ["html"], style_id="skin-brief-article")
    assert [f.code for f in result.findings.errors] == ["care-abstract"]


def test_images_are_reencoded_without_metadata(case_copy, tmp_path):
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    folder = case_copy()
    source = folder / "images" / "course-a.png"
    info = PngInfo()
    info.add_text("Author", "Patient Name")
    with Image.open(source) as img:
        img.save(source, pnginfo=info)
    assert build_case(folder, tmp_path / "out", ["html"]).ok
    with Image.open(tmp_path / "out" / NAME / "figures" / "fig-course.a.png") as out:
        assert "Author" not in out.info and out.size == (1200, 900)


def test_sixteen_bit_images_keep_their_contrast(case_copy, tmp_path):
    from PIL import Image

    folder = case_copy()
    gradient = Image.linear_gradient("L").resize((1200, 900)).convert("I")
    gradient = gradient.point(lambda v: v * 200)  # 0 .. 51000: a 16-bit range
    gradient.convert("I;16").save(folder / "images" / "course-a.png")  # a real 16-bit PNG
    build_case(folder, tmp_path / "out", ["html"])
    with Image.open(tmp_path / "out" / NAME / "figures" / "fig-course.a.png") as out:
        low, high = out.convert("L").getextrema()
    assert low < 10 and high > 245 and sum(1 for n in out.convert("L").histogram() if n) > 100


def test_an_unchanged_build_does_no_work(case_copy, tmp_path):
    folder = case_copy()
    out = tmp_path / "out"
    first = build_case(folder, out, ["html", "pdf"])
    assert first.ok and not first.up_to_date
    stamps = {p: p.stat().st_mtime_ns for p in (out / NAME).rglob("*") if p.is_file()}
    second = build_case(folder, out, ["html", "pdf"])
    assert second.ok and second.up_to_date and set(second.outputs) == {"html", "pdf"}
    assert {p: p.stat().st_mtime_ns for p in (out / NAME).rglob("*") if p.is_file()} == stamps
    assert build_case(folder, out, ["html"]).up_to_date  # a part of what was built is built too
    assert not build_case(folder, out, ["jats"]).up_to_date  # another format: other work
    edit(folder / "timeline.yaml", "Topical corticosteroid tapered off.", "Topical steroid tapered off.")
    assert not build_case(folder, out, ["html", "pdf"]).up_to_date
    (out / NAME / f"{NAME}.pdf").unlink()
    assert not build_case(folder, out, ["html", "pdf"]).up_to_date  # an output went missing
    assert not build_case(folder, out, ["html", "pdf"], force=True).up_to_date


def test_pdf_process_and_in_process_pdf_are_the_same_bytes(case_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    folder = case_copy()
    apart = build_case(folder, tmp_path / "apart", ["pdf"], parallel=True)
    here = build_case(folder, tmp_path / "here", ["pdf"], parallel=False)
    assert apart.ok and here.ok and apart.pages == here.pages and apart.anchors == here.anchors
    assert digests(tmp_path / "apart" / NAME)[f"{NAME}.pdf"] == digests(tmp_path / "here" / NAME)[f"{NAME}.pdf"]


def test_a_wrong_guess_of_figure_files_lays_the_pdf_out_again(case_copy, tmp_path, monkeypatch):
    import casepub.build

    folder = case_copy()
    monkeypatch.setattr(casepub.build, "_figure_names",
                        lambda case: {stem: f"figures/{stem}.jpg" for fig in case.figures for stem, _ in fig.images()})
    result = build_case(folder, tmp_path / "out", ["html", "pdf"])
    assert result.ok, [f.format() for f in result.findings]
    assert result.pages == 3 and 'src="figures/fig-course.a.png"' in result.outputs["html"].read_text(encoding="utf-8")


def test_a_case_with_errors_stops_the_pdf_process(case_copy, tmp_path):
    import multiprocessing

    folder = case_copy()
    edit(folder / "case.yaml", "(@fig-course, B).", "(@fig-course, B) [@nosuchref].")
    result = build_case(folder, tmp_path / "out", ["html", "pdf"])
    assert [f.code for f in result.findings.errors] == ["ref-missing"]
    assert multiprocessing.active_children() == [] and not (tmp_path / "out" / NAME / f"{NAME}.pdf").exists()


def test_an_image_outside_the_case_is_never_read(case_copy, tmp_path, monkeypatch):
    import casepub.render.assets

    folder = case_copy()
    shutil.copy(folder / "images" / "course-a.png", tmp_path / "outside.png")
    edit(folder / "figures.yaml", "file: images/course-a.png", "file: ../../outside.png")
    encoded = []
    monkeypatch.setattr(casepub.render.assets, "write_figures", lambda *a, **k: encoded.append(a))
    result = build_case(folder, tmp_path / "out", ["html", "pdf"])
    assert "unsafe-path" in [f.code for f in result.findings.errors]
    assert encoded == []  # the checks that keep rendering inside the case ran before any rendering
