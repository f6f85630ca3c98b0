"""A journal's limits (words, key words, figures, authors) and the use of abbreviations."""

from __future__ import annotations

import logging
import re
from typing import Iterator, Optional

from casepub.counts import count
from casepub.findings import Finding, Severity
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

# Capitals every reader knows; anything else in capitals must be declared in `abbreviations`.
KNOWN = frozenset("""AIDS BMI CT DNA ECG EKG EU FDA HIV ICU IM IV MRI OK PCR PET RNA SC UK US USA UV UVA UVB
WHO I II III IV V VI VII VIII IX X XI XII""".split())
CAPITALS = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\w-])")
STUDY_NAME = re.compile(r"\s+(?:trial|study|cohort|registry|group)\b", re.IGNORECASE)


def _exceeds(case: Case, style: Style, code: str, what: str, value: int, limit: Optional[int], path: tuple,
             hint: str, source: str = "case") -> Iterator[Finding]:
    if limit is not None and value > limit:
        yield case.sources[source].finding(path, code, f"{value} {what}; {style.spec.name} allows {limit}",
                                           hint=hint, key=True)


def check_limits(case: Case, style: Style) -> list[Finding]:
    limits, m = style.spec.limits, case.meta
    counts = count(case, style)
    figures = counts.panels if style.spec.count_panels else counts.figures
    out: list[Finding] = []
    out += _exceeds(case, style, "limit-words-body", "words in the body", counts.words_body, limits.words_body, ("sections",),
                    "shorten the sections (the title, abstract, legends and references do not count)")
    out += _exceeds(case, style, "limit-words-abstract", "words in the abstract", counts.words_abstract, limits.words_abstract,
                    ("abstract",), "shorten the abstract")
    out += _exceeds(case, style, "limit-keywords", "key words", len(m.keywords), limits.keywords, ("keywords",),
                    "keep the most specific key words (MeSH terms work best)")
    out += _exceeds(case, style, "limit-figures", "figures" + (" (panels count)" if style.spec.count_panels else ""), figures,
                    limits.figures, ("figures",), "combine or drop figures", source="figures")
    out += _exceeds(case, style, "limit-authors", "authors", len(m.authors), limits.authors, ("authors",),
                    "journals cap authors of case reports; acknowledge other contributors instead")
    return out + list(_abbreviations(case, style))


def _texts(case: Case) -> list[tuple[tuple, str]]:
    """Where abbreviations are used and defined: the abstract and the sections."""
    m = case.meta
    out = [(("abstract",), m.abstract)] if m.abstract else []
    return out + [(("sections", i, "text"), s.text) for i, s in enumerate(m.sections)]


def _uses(abbr: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])", text)]


def _abbreviations(case: Case, style: Style) -> Iterator[Finding]:
    src, declared = case.sources["case"], case.meta.abbreviations
    texts = _texts(case)
    everything = " ".join(t for _, t in texts) + " " + " ".join(f.caption for f in case.figures)
    for abbr in declared:
        if not _uses(abbr, everything):
            yield src.finding(("abbreviations", abbr), "abbr-unused", f"'{abbr}' is declared but never used",
                              hint="delete it from 'abbreviations', or use it in the text", key=True,
                              severity=Severity.WARNING)
    reported: set[str] = set()
    for path, text in texts:
        for m in CAPITALS.finditer(text):
            term = m.group(0)
            if (term in declared or term in KNOWN or term in reported or sum(c.isupper() for c in term) < 2
                    or any(c.isdigit() for c in term)  # gene, protein and antigen names: CD26, BP180
                    or STUDY_NAME.match(text, m.end())):  # a study's name: the BLISTER trial
                continue
            reported.add(term)
            yield src.finding(path, "abbr-undefined", f"'{term}' looks like an abbreviation but is not declared",
                              hint=f"add it to 'abbreviations' (e.g. {term}: its expansion) and write the "
                                   "expansion at its first use", needle=term, severity=Severity.WARNING)
    if not style.spec.abbreviations_expanded:
        return
    for abbr, expansion in declared.items():
        for path, text in texts[:1] + [(None, " ".join(t for p, t in texts if p[0] == "sections"))]:
            positions = _uses(abbr, text)
            if not positions:
                continue
            before = re.sub(r"[\s-]+", " ", text[:positions[0]].lower())
            if re.sub(r"[\s-]+", " ", expansion.lower()) not in before[-len(expansion) - 80:]:
                where = path or next(p for p, t in texts if p[0] == "sections" and _uses(abbr, t))
                yield src.finding(where, "abbr-first-use",
                                  f"'{abbr}' is not spelled out at its first use in the "
                                  f"{'abstract' if path == ('abstract',) else 'text'}",
                                  hint=f"write '{expansion} ({abbr})' the first time", needle=abbr,
                                  severity=Severity.WARNING)
