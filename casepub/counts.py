"""What editors count: words in the body and the abstract, references, figures, tables.

Rules (docs/outputs.md): words are counted in the text a reader sees after Markdown is
converted, so markup, citation numbers and URLs' punctuation do not count; a word is a run
of characters without white space that holds at least one letter or digit ("IgG4", "2%",
"BP180/BP230" and "Fig 1" count as one, one, one and two words). The body is the sections
only: not the title, abstract, captions, timeline, statements or references.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.html

from casepub.model import Case
from casepub.render.pandoc import Converted

logger = logging.getLogger(__name__)

WORD = re.compile(r"\S*[^\W_]\S*")


@dataclass(frozen=True)
class Counts:
    words_body: int
    words_abstract: int
    references: int
    figures: int
    panels: int
    tables: int


def words(fragment: str) -> int:
    """Words in an HTML fragment, citations left out."""
    if not fragment.strip():
        return 0
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for citation in root.xpath("//span[contains(concat(' ', @class, ' '), ' citation ')]"):
        citation.drop_tree()
    return len(WORD.findall(root.text_content()))


def count(case: Case, converted: Converted) -> Counts:
    fields = converted.fields
    body = sum(words(fields.get(f"section-{i}", "")) for i in range(len(case.meta.sections)))
    return Counts(
        words_body=body,
        words_abstract=words(fields.get("abstract", "")),
        references=len(converted.references),
        figures=len(case.figures),
        panels=sum(len(f.panels or []) or 1 for f in case.figures),
        tables=1 if case.timeline and case.meta.timeline.show else 0,
    )
