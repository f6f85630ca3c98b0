"""Mutated and truncated YAML never crashes the loader: a model, or findings with a line."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casepub.load import load_case

EXAMPLE = Path(__file__).parent.parent / "cases" / "dpp4-bullous-pemphigoid"
FILES = ["case.yaml", "figures.yaml", "timeline.yaml", "references.yaml"]
ORIGINALS = {name: (EXAMPLE / name).read_text(encoding="utf-8") for name in FILES}
JUNK = st.sampled_from([":", "- ", "  ", "\t", "[", "]", "{", "}", "'", '"', "#", "&a", "*a", "!!binary",
                        "? ", "|", ">", "\n", "0", "~", "null", "@", "%", "---", "...", "\u00e9", "\x00"])


@st.composite
def mutated(draw):
    name = draw(st.sampled_from(FILES))
    text = ORIGINALS[name]
    action = draw(st.sampled_from(["truncate", "insert", "delete", "swap-lines"]))
    if action == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif action == "insert":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(JUNK) + text[at:]
    elif action == "delete":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + text[at + draw(st.integers(1, 40)):]
    else:
        lines = text.splitlines(keepends=True)
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
        text = "".join(lines)
    return name, text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(change=mutated())
def test_mutated_yaml_gives_a_model_or_located_findings(tmp_path_factory, change):
    folder = tmp_path_factory.mktemp("case")
    for name in FILES:
        (folder / name).write_text(ORIGINALS[name], encoding="utf-8")
    name, text = change
    (folder / name).write_text(text, encoding="utf-8")
    case, findings = load_case(folder)
    if case is None:
        assert findings.has_errors()
    for finding in findings:
        assert finding.line >= 1 and finding.column >= 1, finding.format()
        assert finding.file.endswith(tuple(FILES)), finding.format()
        assert finding.message and finding.code
