"""What editors count: words in the body and the abstract, references, figures, tables.

Rules (docs/outputs.md): words are counted in the text as a reader sees it, so Markdown
markup, citations and link addresses do not count, and a figure mention counts as its
label ("Fig 2": two words). A word is a run of characters without white space that holds
at least one letter or digit ("IgG4", "2%", "BP180/BP230" are one word each; a dash alone
is none). The body is the sections only: not the title, abstract, captions, timeline,
statements or references.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from casepub.checks.references import cited_keys
from casepub.mdscan import mentions
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

WORD = re.compile(r"\S*[^\W_]\S*")
CITATION_GROUP = re.compile(r"\[[^\[\]]*@[^\[\]]*\]")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?")
LIST_MARKER = re.compile(r"^\s*(?:\d+[.)]|[-*+])\s+", re.MULTILINE)


@dataclass(frozen=True)
class Counts:
    words_body: int
    words_abstract: int
    references: int
    figures: int
    panels: int
    tables: int


def plain(markdown: str, figure_label: str = "Fig", numbers: dict[str, int] | None = None) -> str:
    """The words of a Markdown text as a reader sees them."""
    numbers = numbers or {}
    text = markdown
    for m in reversed(list(mentions(text))):  # figure mentions become their labels
        if m.is_figure:
            text = text[:m.offset] + f"{figure_label} {numbers.get(m.key, 1)}" + text[m.offset + len(m.text):]
    text = CITATION_GROUP.sub(" ", text)
    text = re.sub(r"(?<![\w.@])@[\w:.#$%&+?<>~/-]+", " ", text)  # in-text citations
    text = LINK.sub(r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = LIST_MARKER.sub("", text)
    return re.sub(r"[*_`^~#]|\\(?=\S)", "", text)


def words(markdown: str, figure_label: str = "Fig", numbers: dict[str, int] | None = None) -> int:
    return len(WORD.findall(plain(markdown, figure_label, numbers)))


def count(case: Case, style: Style) -> Counts:
    label, numbers = style.spec.figure_label, case.figure_numbers()
    cited = set(cited_keys(case))
    return Counts(
        words_body=sum(words(s.text, label, numbers) for s in case.meta.sections),
        words_abstract=words(case.meta.abstract or "", label, numbers),
        references=len(cited & {r["id"] for r in case.references}),
        figures=len(case.figures),
        panels=sum(len(f.panels or []) or 1 for f in case.figures),
        tables=1 if case.timeline and case.meta.timeline.show else 0,
    )
