"""Loading collects every problem of a case at once, each with file, line, column and a hint."""

from pathlib import Path

import pytest

from casepub.load import load_case
from conftest import edit, run_cli

CASES = Path(__file__).parent / "cases"


def codes(findings):
    return [(Path(f.file).name, f.line, f.column, f.code) for f in findings]


def test_example_cases_load_cleanly():
    root = Path(__file__).parent.parent / "cases"
    for name in ("dpp4-bullous-pemphigoid", "sweet-syndrome"):
        case, findings = load_case(root / name)
        assert case is not None and list(findings) == []
        assert len(case.figures) >= 3 and len(case.timeline) >= 5 and len(case.references) >= 10


def test_unknown_key_suggests_the_right_one(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "short-title:", "short-titel:")
    edit(folder / "case.yaml", "    family: Wielicki", "    familly: Wielicki")
    case, findings = load_case(folder)
    assert case is None
    found = {f.code: f for f in findings}
    assert len(findings.errors) == 3  # both unknown keys and the now-missing family name
    unknown = sorted((f for f in findings if f.code == "unknown-key"), key=lambda f: f.line)
    assert [f.hint for f in unknown] == ["did you mean 'short-title'?", "did you mean 'family'?"]
    assert unknown[0].line == 6 and unknown[0].column == 1
    assert "missing-field" in found


def test_wrong_type_quotes_the_value(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "    degrees: [MD, PhD]", "    degrees: {MD: yes}")
    edit(folder / "figures.yaml", "    consent: true", "    consent: maybe")
    case, findings = load_case(folder)
    degrees = [f for f in findings if f.file.endswith("case.yaml")][0]
    assert degrees.code == "wrong-type" and degrees.line == 18
    assert degrees.message == "'authors.1.degrees' must be a list (lines starting with '- '), not a mapping"
    consent = [f for f in findings if f.file.endswith("figures.yaml")][0]
    assert consent.code == "wrong-type" and "'maybe'" in consent.message and consent.line == 7


def test_missing_required_fields(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "case.yaml").write_text("style: jaad-case-reports\ntitle: T\n", encoding="utf-8")
    _, findings = load_case(tmp_path / "c")
    missing = sorted(f.message for f in findings if f.code == "missing-field")
    assert [m.split("'")[1] for m in missing] == ["affiliations", "authors", "consent", "sections"]


def test_invalid_relative_time_and_figure_id(case_copy):
    folder = case_copy()
    edit(folder / "timeline.yaml", "at: 0", "at: 5 October 2021")
    edit(folder / "figures.yaml", "id: fig-course", "id: course")
    _, findings = load_case(folder)
    messages = [f.message for f in findings if f.code == "invalid-value"]
    assert any("'5 October 2021' is not a time relative" in m for m in messages)
    assert any("'course' is not a figure id" in m for m in messages)


def test_figure_needs_file_or_panels(case_copy):
    folder = case_copy()
    edit(folder / "figures.yaml", "    panels:\n      - label: A\n        file: images/presentation-a.png",
         "    file: images/presentation-a.png\n    panels:\n      - label: A\n        file: images/presentation-a.png")
    _, findings = load_case(folder)
    assert any("either 'file'" in f.message for f in findings)


def test_missing_folder_and_case_file(tmp_path):
    _, findings = load_case(tmp_path / "nope")
    assert [f.code for f in findings] == ["case-not-found"] and "casepub new" in findings.items[0].hint
    (tmp_path / "empty").mkdir()
    _, findings = load_case(tmp_path / "empty")
    assert [f.code for f in findings] == ["missing-file"]


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.iterdir() if (p / "expected.txt").exists()))
def test_input_expected_pairs(name):
    """tests/cases/<name>/: a broken case and the exact lines `casepub check` prints for it."""
    result = run_cli("check", name, cwd=CASES)
    expected = (CASES / name / "expected.txt").read_text(encoding="utf-8").strip().splitlines()
    printed = [line for line in result.stderr.splitlines() if line.startswith(name + "/")]
    assert printed == expected
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_case_files_linked_from_outside_are_refused(case_copy, tmp_path):
    folder = case_copy()
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text((folder / "timeline.yaml").read_text())
    (folder / "timeline.yaml").unlink()
    (folder / "timeline.yaml").symlink_to(outside)
    _, findings = load_case(folder)
    assert [f.code for f in findings] == ["unsafe-path"]


def test_empty_required_text_is_an_error(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", 'title: "*Linagliptin*-associated bullous pemphigoid in an older man with '
                               'type 2 diabetes, in remission after drug withdrawal: a case report"', 'title: "  "')
    case, findings = load_case(folder)
    assert case is None and [f.line for f in findings if f.code == "invalid-value"] == [5]


def test_building_the_current_folder_names_outputs_after_it(case_copy, tmp_path):
    folder = case_copy()
    result = run_cli("build", ".", "--to", "html", "--out", str(tmp_path / "out"), cwd=folder)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / folder.name / f"{folder.name}.html").is_file()
