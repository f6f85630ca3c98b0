"""The single pandoc run: citation numbering, figure mentions, and one process per build."""

import subprocess

from casepub.build import build_case, prepare
from casepub.render.pandoc import convert
from conftest import edit

EXTRA_REF = """
  - id: caption-only2020
    type: article-journal
    author: [{family: Caption, given: Only}]
    title: A reference cited only in a figure caption
    container-title: Journal of Examples
    container-title-short: J Ex
    volume: 1
    page: 1-2
    issued: {date-parts: [[2020]]}
"""


def converted(folder):
    case, style, findings = prepare(folder)
    assert not findings.has_errors(), [f.format() for f in findings]
    return case, convert(case, style)


def test_caption_citations_count_where_the_figure_is_first_mentioned(case_copy):
    folder = case_copy()
    with open(folder / "references.yaml", "a", encoding="utf-8") as refs:
        refs.write(EXTRA_REF)
    edit(folder / "figures.yaml", "Course after withdrawal of linagliptin.",
         "Course after withdrawal of linagliptin [@caption-only2020].")
    case, conv = converted(folder)
    order = conv.citation_order
    # Cited before the first mention of @fig-course (case report, paragraph 5): refs 1-5 and the
    # pathology caption's schmidt2013 (already 1). The caption-only reference comes next,
    # before varpuluoma2018, which is first cited later, in the discussion.
    assert order.index("caption-only2020") == 5
    assert order.index("varpuluoma2018") == 6
    assert "cp-hidden" not in "".join(conv.fields.values())
    caption = conv.fields["caption-fig-course"]
    assert "<sup>" in caption and ">6<" in caption


def test_figure_mentions_use_the_style_label(case_copy):
    _, conv = converted(case_copy())
    assert 'href="#fig-presentation"' in conv.fields["section-1"]
    assert "Fig\u00a01</a>, A)" in conv.fields["section-1"]
    _, skin = converted(case_copy("sweet-syndrome"))
    assert any("Figure\u00a01</a>" in html for html in skin.fields.values())


def test_title_markdown_and_escaping(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", 'title: "*Linagliptin*-associated', 'title: "IgG < 2 & *Linagliptin*-associated')
    _, conv = converted(folder)
    assert conv.fields["title"].startswith("<p>IgG &lt; 2 &amp; <em>Linagliptin</em>-associated")


def test_one_pandoc_process_per_build(case_copy, tmp_path, monkeypatch):
    calls = []
    real_run = subprocess.run

    def counting_run(args, *a, **kw):
        if "pandoc" in str(args[0]):
            calls.append(args)
        return real_run(args, *a, **kw)

    monkeypatch.setattr(subprocess, "run", counting_run)
    result = build_case(case_copy(), tmp_path / "out", ["html"])
    assert result.ok
    assert len(calls) == 1
