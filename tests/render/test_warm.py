"""The preview's partial conversions must give exactly what a full pandoc run gives."""

import re

import pytest

from casepub.build import prepare
from casepub.render import pandoc, warm
from casepub.render.pandoc import convert
from casepub.render.warm import convert_warm
from conftest import edit


def runs(monkeypatch) -> list[bool]:
    """Record each pandoc run of the warm module: True when it went through citeproc."""
    seen: list[bool] = []
    real = pandoc.run_pandoc

    def spy(markdown, case, style, to="html5", extra=(), citeproc=True):
        seen.append(citeproc)
        return real(markdown, case, style, to, extra, citeproc)

    monkeypatch.setattr(warm, "run_pandoc", spy)
    return seen


@pytest.mark.parametrize("name", ["dpp4-bullous-pemphigoid", "sweet-syndrome"])
def test_edits_without_new_citations_skip_citeproc_and_match_a_full_run(case_copy, monkeypatch, name):
    folder = case_copy(name)
    case, style, _ = prepare(folder)
    first, state = convert_warm(case, style, None)
    assert first.fields == convert(case, style).fields
    assert state.rendered, "a numeric style pairs every citation with its rendering"
    seen = runs(monkeypatch)

    # The title (no citations) and a paragraph with citations: neither needs citeproc.
    edit(folder / "case.yaml", 'title: "', 'title: "*More* & ')
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    cited = re.search(r"(?m)^ {6}(\w+) .*\[@[\w-]+\]", text[text.index("sections:"):])
    edit(folder / "case.yaml", cited.group(0), cited.group(0).replace(cited.group(1), cited.group(1) + " indeed", 1))
    case, style, _ = prepare(folder)
    partial, state2 = convert_warm(case, style, state)
    assert seen == [False]
    full = convert(case, style)
    assert partial.fields == full.fields and partial.references == full.references
    assert partial.fields["title"] != first.fields["title"]

    # A citation written in a new way ([@a; @b] never seen together) goes through citeproc.
    keys = list(dict.fromkeys(state.keys))
    edit(folder / "case.yaml", f"[@{keys[0]}]", f"[@{keys[0]}; @{keys[1]}]")
    case, style, _ = prepare(folder)
    again, _ = convert_warm(case, style, state2)
    assert again.fields == convert(case, style).fields


def test_reordered_citations_convert_everything(case_copy):
    folder = case_copy()
    case, style, _ = prepare(folder)
    _, state = convert_warm(case, style, None)
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    a, b = "[@schmidt2013]", "[@varpuluoma2018]"
    assert a in text and b in text, "the example case cites both references"
    (folder / "case.yaml").write_text(text.replace(a, "@@A@@").replace(b, a).replace("@@A@@", b), encoding="utf-8")
    case, style, _ = prepare(folder)
    reordered, _ = convert_warm(case, style, state)
    full = convert(case, style)
    assert reordered.fields == full.fields and reordered.citation_order == full.citation_order
    assert reordered.citation_order != state.converted.citation_order
