"""The command line as a user meets it: exit codes, messages, `new` -> `check` -> `build`."""

import json
import shutil

import pdfplumber

from conftest import ROOT, run_cli


def test_styles_lists_both_journals():
    result = run_cli("styles", env={"COLUMNS": "200"})
    assert result.returncode == 0
    assert "jaad-case-reports" in result.stdout and "JAAD Case Reports" in result.stdout
    assert "skin-brief-article" in result.stdout and "SKIN: The Journal of Cutaneous" in result.stdout


def test_new_case_checks_and_builds_at_once(tmp_path):
    for style in ("jaad-case-reports", "skin-brief-article"):
        name = f"cases/new-{style}"
        created = run_cli("new", name, "--style", style, "--title", "Tinea: a *case* report", cwd=tmp_path)
        assert created.returncode == 0, created.stderr
        checked = run_cli("check", name, "--strict", cwd=tmp_path)
        assert checked.returncode == 0, checked.stderr
        built = run_cli("build", name, cwd=tmp_path)
        assert built.returncode == 0, built.stderr
        pdf = tmp_path / "build" / f"new-{style}" / f"new-{style}.pdf"
        with pdfplumber.open(pdf) as doc:
            assert "Tinea: a case report" in doc.pages[0].extract_text()
    again = run_cli("new", "cases/new-jaad-case-reports", cwd=tmp_path)
    assert again.returncode == 1 and "never overwrites" in again.stderr


def test_new_with_unknown_style_suggests():
    result = run_cli("new", "/tmp/never-created-case", "--style", "jaad")
    assert result.returncode == 1
    assert "did you mean 'jaad-case-reports'?" in result.stderr


def test_usage_errors_exit_2(tmp_path):
    result = run_cli("build", str(ROOT / "cases" / "sweet-syndrome"), "--to", "pdf,epub", "--out", str(tmp_path))
    assert result.returncode == 2 and "'epub' is not an output format" in result.stderr
    assert run_cli("build").returncode == 2
    assert run_cli("build", str(ROOT / "cases" / "sweet-syndrome"), "-j", "0").returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_html_only_build_to_another_folder(tmp_path):
    result = run_cli("build", str(ROOT / "cases" / "sweet-syndrome"), "--to", "html", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "sweet-syndrome"
    assert (folder / "sweet-syndrome.html").is_file() and not (folder / "sweet-syndrome.pdf").exists()
    assert "built" in result.stdout


def test_check_json_shape():
    result = run_cli("check", "broken-references", "--json", cwd=ROOT / "tests" / "cases")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary"}
    first = data["findings"][0]
    assert set(first) == {"code", "severity", "message", "file", "line", "column", "hint"}
    assert data["summary"]["errors"] == sum(f["severity"] == "error" for f in data["findings"])
    assert data["summary"]["warnings"] == sum(f["severity"] == "warning" for f in data["findings"])
    assert data["summary"]["by_code"]["unsafe-path"] == 4


def test_several_cases_one_failing(tmp_path):
    broken = ROOT / "tests" / "cases" / "malformed-yaml"
    good = ROOT / "cases" / "sweet-syndrome"
    result = run_cli("build", str(broken), str(good), "--to", "html", "--out", str(tmp_path), "-j", "2",
                     env={"COLUMNS": "200"})
    assert result.returncode == 1
    assert (tmp_path / "sweet-syndrome" / "sweet-syndrome.html").is_file()
    assert "malformed-yaml: not built" in result.stderr.replace(str(broken.parent) + "/", "")
    summary = [line for line in result.stderr.splitlines() if line.startswith("│")]
    rows = {cells[0]: cells[1:] for cells in ([c.strip() for c in line.strip("│").split("│")] for line in summary)}
    assert rows["malformed-yaml"][:2] == ["-", "2"] and rows["sweet-syndrome"][:2] == ["html", "0"]


def test_output_folder_mistakes(tmp_path):
    (tmp_path / "afile").write_text("x")
    result = run_cli("build", str(ROOT / "cases" / "sweet-syndrome"), "--out", str(tmp_path / "afile"))
    assert result.returncode == 2 and "is a file" in result.stderr
    result = run_cli("new", str(tmp_path / "afile"))
    assert result.returncode == 1 and "already exists" in result.stderr


def test_styles_with_markup_in_their_names(tmp_path):
    style = tmp_path / "styles" / "odd"
    shutil.copytree(ROOT / "styles" / "skin-brief-article", style)
    text = (style / "style.yaml").read_text().replace('name: "SKIN: The Journal of Cutaneous Medicine"',
                                                      'name: "[bold]Odd[/oops] journal"')
    (style / "style.yaml").write_text(text)
    (tmp_path / "cases").mkdir()
    result = run_cli("styles", cwd=tmp_path, env={"COLUMNS": "200"})
    assert result.returncode == 0 and "[bold]Odd[/oops] journal" in result.stdout


def test_stylesheet_outside_the_style_folder(tmp_path):
    style = tmp_path / "styles" / "skin-brief-article"
    shutil.copytree(ROOT / "styles" / "skin-brief-article", style)
    with open(style / "style.yaml", "a") as spec:
        spec.write("stylesheet: ../../../../../etc/passwd\n")
    shutil.copytree(ROOT / "cases" / "sweet-syndrome", tmp_path / "cases" / "s")
    result = run_cli("build", "cases/s", "--to", "html", cwd=tmp_path)
    assert result.returncode == 1 and "style-stylesheet" in result.stderr
    assert not (tmp_path / "build" / "s" / "assets" / "style.css").exists()
