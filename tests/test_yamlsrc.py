"""The YAML reader keeps positions, keeps text as text and turns every problem into a finding."""

from pathlib import Path

from casepub.yamlsrc import read_yaml


def write(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_positions_of_keys_and_values(tmp_path):
    source, problems = read_yaml(write(tmp_path, "title: A\nauthors:\n  - given: Ann\n    family: Lee\n"))
    assert problems == []
    assert source.position(("authors", 0, "family")) == (4, 13)
    assert source.position(("authors", 0, "family"), key=True) == (4, 5)
    assert source.position(("authors", 0, "missing")) == (3, 5)  # nearest located ancestor


def test_scalars_stay_text_so_zip_codes_and_no_survive(tmp_path):
    source, _ = read_yaml(write(tmp_path, "postal-code: 02115\nanswer: no\nyear: 2031\n"))
    assert source.data == {"postal-code": "02115", "answer": "no", "year": "2031"}


def test_typed_mode_for_csl(tmp_path):
    source, _ = read_yaml(write(tmp_path, "volume: 12\n"), typed=True)
    assert source.data == {"volume": 12}


def test_locate_text_inside_a_block_scalar(tmp_path):
    path = write(tmp_path, "sections:\n  - title: Intro\n    text: |\n      First line.\n      See [@smith2020] here.\n")
    source, _ = read_yaml(path)
    assert source.locate_text(("sections", 0, "text"), "@smith2020") == (5, 12)


def test_syntax_error_is_a_finding_with_line_and_hint(tmp_path):
    source, problems = read_yaml(write(tmp_path, "title: A\nauthors:\n  - given: Ann\n   family: Lee\n"))
    assert source.data is None
    [finding] = problems
    assert finding.code == "yaml-syntax"
    assert finding.line == 4
    assert finding.hint


def test_tab_indentation_hint(tmp_path):
    _, problems = read_yaml(write(tmp_path, "title: A\nkeywords:\n\t- x\n"))
    assert problems[0].code == "yaml-syntax" and "tabs" in problems[0].hint


def test_duplicate_keys_are_reported(tmp_path):
    _, problems = read_yaml(write(tmp_path, "title: A\nstyle: x\ntitle: B\n"))
    [finding] = problems
    assert (finding.code, finding.line, finding.column) == ("yaml-duplicate-key", 3, 1)
    assert "line 1" in finding.message


def test_not_utf8(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_bytes("title: caf\u00e9\n".encode("latin-1"))
    _, problems = read_yaml(path)
    assert problems[0].code == "yaml-encoding" and problems[0].line == 1


def test_aliases_are_refused_without_expanding(tmp_path):
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]" for p, n in zip("abcdefg", "bcdefgh")]
    source, problems = read_yaml(write(tmp_path, "\n".join(levels) + "\n"))
    assert source.data is None and [f.code for f in problems] == ["yaml-alias"]


def test_escaped_control_characters_and_surrogates(tmp_path):
    for text in ('title: "\\ud800"\n', 'title: "bell \\x07"\n'):
        source, problems = read_yaml(write(tmp_path, text))
        assert source.data is None and problems[0].code == "yaml-character" and problems[0].line == 1
