"""Journal limits (from style.yaml) and abbreviations: declared, used, spelled out."""

import shutil

import pytest

from casepub.build import prepare
from casepub.counts import count
from conftest import ROOT, edit


def project_style(folder, style_id, extra: str):
    style = folder.parent.parent / "styles" / style_id
    shutil.copytree(ROOT / "styles" / style_id, style)
    with open(style / "style.yaml", "a", encoding="utf-8") as spec:
        spec.write(extra)


@pytest.mark.parametrize("limit,code,expect", [
    ("words-body: 900", "limit-words-body", "words in the body"),
    ("words-abstract: 100", "limit-words-abstract", "words in the abstract"),
    ("keywords: 3", "limit-keywords", "4 key words"),
    ("figures: 2", "limit-figures", "3 figures"),
    ("authors: 2", "limit-authors", "3 authors"),
])
def test_each_limit(case_copy, limit, code, expect):
    folder = case_copy("sweet-syndrome")
    project_style(folder, "skin-brief-article", f"limits: {{{limit}}}\n")
    _, _, findings = prepare(folder)
    [finding] = [f for f in findings if f.code == code]
    assert expect in finding.message and "allows" in finding.message


def test_limits_are_inclusive(case_copy):
    folder = case_copy("sweet-syndrome")
    case, style, _ = prepare(folder)
    counts = count(case, style)
    project_style(folder, "skin-brief-article",
                  f"limits: {{words-body: {counts.words_body}, figures: 3, keywords: 4, authors: 3}}\n")
    _, _, findings = prepare(folder)
    assert not [f for f in findings if f.code.startswith("limit-")]


def test_jaad_counts_panels(case_copy):
    folder = case_copy()
    project_style(folder, "jaad-case-reports", "limits: {figures: 5}\n")
    _, _, findings = prepare(folder)
    [finding] = [f for f in findings if f.code == "limit-figures"]
    assert "6 figures (panels count)" in finding.message


def test_abbreviations(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "  ELISA: enzyme-linked immunosorbent assay",
         "  ELISA: enzyme-linked immunosorbent assay\n  TNF: tumor necrosis factor")
    edit(folder / "case.yaml", "Direct\n      immunofluorescence (DIF) of", "DIF of")
    edit(folder / "case.yaml", "he had no blisters and no itch", "he had no blisters and no itch (SCORAD 0)")
    _, _, findings = prepare(folder)
    found = {f.code: f for f in findings if f.code.startswith("abbr-")}
    assert set(found) == {"abbr-unused", "abbr-undefined", "abbr-first-use"}
    assert "'TNF'" in found["abbr-unused"].message
    assert "'SCORAD'" in found["abbr-undefined"].message
    assert "'DIF'" in found["abbr-first-use"].message and "direct immunofluorescence (DIF)" in found["abbr-first-use"].hint


def test_gene_names_and_study_names_are_not_abbreviations(case_copy):
    folder = case_copy()
    _, _, findings = prepare(folder)  # the example uses BP180, NC16A and "the BLISTER trial"
    assert not [f for f in findings if f.code == "abbr-undefined"]
