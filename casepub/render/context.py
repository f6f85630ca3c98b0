"""Everything a template needs, computed once from the case, the style and pandoc's HTML."""

from __future__ import annotations

import html
import logging
import re
import string
from dataclasses import dataclass, field
from typing import Any, Optional

import lxml.html
from lxml import etree
from markupsafe import Markup

from casepub import __version__
from casepub.model import Affiliation, Author, Case
from casepub.render.pandoc import Converted
from casepub.styles import Style

logger = logging.getLogger(__name__)

LICENSES = {  # SPDX id -> (short name, deed URL); the ones journals publish case reports under
    "CC-BY-4.0": ("CC BY", "http://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": ("CC BY-SA", "http://creativecommons.org/licenses/by-sa/4.0/"),
    "CC-BY-NC-4.0": ("CC BY-NC", "http://creativecommons.org/licenses/by-nc/4.0/"),
    "CC-BY-NC-SA-4.0": ("CC BY-NC-SA", "http://creativecommons.org/licenses/by-nc-sa/4.0/"),
    "CC-BY-NC-ND-4.0": ("CC BY-NC-ND", "http://creativecommons.org/licenses/by-nc-nd/4.0/"),
    "CC-BY-ND-4.0": ("CC BY-ND", "http://creativecommons.org/licenses/by-nd/4.0/"),
    "CC0-1.0": ("CC0", "http://creativecommons.org/publicdomain/zero/1.0/"),
}
CASE_SECTION = re.compile(r"\bcase\b|presentation|description", re.IGNORECASE)


def elide_pages(first: str, last: str) -> str:
    """AMA page ranges drop the leading digits the last page shares: 41-43 -> 41-3."""
    if not last or last == first:
        return first
    if first.isdigit() and last.isdigit() and len(first) == len(last):
        i = 0
        while i < len(first) - 1 and first[i] == last[i]:
            i += 1
        return f"{first}-{last[i:]}"
    return f"{first}-{last}"


def mark_label(n: int, kind: str) -> str:
    if kind == "numbers":
        return str(n)
    letters = string.ascii_lowercase
    return letters[n - 1] if n <= 26 else letters[(n - 1) // 26 - 1] + letters[(n - 1) % 26]


def inline(fragment: str) -> Markup:
    """A single paragraph without its <p>, to follow a label on the same line."""
    text = str(fragment).strip()
    if text.startswith("<p>") and text.endswith("</p>") and text.count("<p>") == 1:
        text = text[3:-4]
    return Markup(text)


@dataclass
class FigureView:
    id: str
    number: int
    label: str
    caption: Markup
    alt: str
    images: list[dict[str, Any]]


@dataclass
class Block:
    html: Markup
    figures: list[FigureView] = field(default_factory=list)


@dataclass
class SectionView:
    title: str
    slug: str
    blocks: list[Block]
    timeline_after: bool = False
    sec_type: Optional[str] = None  # JATS: intro, cases, discussion


def _blocks(fragment: str, xml: bool = False) -> list[str]:
    """Split a converted text into its top-level blocks (paragraphs, lists, ...)."""
    if not fragment.strip():
        return []
    if xml:
        root = etree.fromstring(f'<r xmlns:xlink="http://www.w3.org/1999/xlink">{fragment}</r>')
        return [etree.tostring(child, encoding="unicode", with_tail=False)
                .replace(' xmlns:xlink="http://www.w3.org/1999/xlink"', "") for child in root]
    parts = lxml.html.fragments_fromstring(fragment)
    out = []
    for part in parts:
        if isinstance(part, str):
            if part.strip():
                out.append(Markup.escape(part))
        else:
            out.append(lxml.html.tostring(part, encoding="unicode", method="html").strip())
    return out


def section_slugs(titles: list[str]) -> list[str]:
    """'Case report' -> 'case-report'; a repeated title gets -2, -3 (ids must be unique)."""
    out: list[str] = []
    for title in titles:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "section"
        candidate, n = slug, 2
        while candidate in out:
            candidate, n = f"{slug}-{n}", n + 1
        out.append(candidate)
    return out


def flat(fragment: str) -> Markup:
    """Inline content only: paragraphs joined by a space, lists and breaks flattened, for
    places that take no blocks (a JATS title, a funding statement, a table cell)."""
    text = re.sub(r"</?(?:p|div|ol|ul|li|list|list-item|blockquote|disp-quote|boxed-text)(?:\s[^>]*)?>",
                  " ", str(fragment))
    text = re.sub(r"<list-item>|</list-item>|<br\s*/?>|<break\s*/>", " ", text)
    return Markup(re.sub(r"\s{2,}", " ", text).strip())


def in_p(fragment: str) -> Markup:
    """JATS fragments where only paragraphs may stand (abstract, fn): other blocks go in a <p>."""
    blocks = _blocks(str(fragment), xml=True)
    return Markup("\n".join(b if b.startswith(("<p>", "<p ", "<sec")) else f"<p>{b}</p>" for b in blocks))


def _figure_images(fig, fields: dict[str, str], files: dict[str, str]) -> list[dict[str, Any]]:
    if fig.file is not None:
        return [{"src": files.get(fig.id, ""), "label": None, "caption": Markup("")}]
    return [{"src": files.get(f"{fig.id}.{p.label.lower()}", ""), "label": p.label,
             "caption": inline(fields.get(f"panel-{fig.id}-{p.label}", ""))} for p in fig.panels]


def _place_figures(sections: list[SectionView], figures: list[FigureView]) -> list[FigureView]:
    """Put each figure right after the paragraph that first mentions it; return the rest."""
    placed: set[str] = set()
    for section in sections:
        for block in section.blocks:
            for fig_id in re.findall(r'(?:href="#|rid=")(fig-[^"]+)"', block.html):
                fig = next((f for f in figures if f.id == fig_id), None)
                if fig and fig_id not in placed:
                    placed.add(fig_id)
                    block.figures.append(fig)
    return [f for f in figures if f.id not in placed]


def _affiliation_marks(authors: list[Author], kind: str) -> dict[str, str]:
    marks: dict[str, str] = {}
    for author in authors:
        for aff_id in author.affiliations:
            if aff_id not in marks:
                marks[aff_id] = mark_label(len(marks) + 1, kind)
    return marks


def build_context(case: Case, style: Style, conv: Converted, *, assets: str = "assets",
                  figure_files: Optional[dict[str, str]] = None, xml: bool = False) -> dict[str, Any]:
    """The template context. `figure_files` maps an image stem to its path in the output;
    `xml` says the converted fields are JATS fragments rather than HTML."""
    m, spec, f = case.meta, style.spec, conv.fields
    figure_files = figure_files or {}
    marks = _affiliation_marks(m.authors, spec.affiliation_marks)
    affs: dict[str, Affiliation] = {a.id: a for a in m.affiliations}
    authors = [{"author": a, "name": a.name, "degrees": a.degrees, "orcid": a.orcid,
                "email": a.email, "corresponding": a.corresponding,
                "marks": [marks[i] for i in a.affiliations if i in marks]} for a in m.authors]
    affiliations = [{"mark": mark, "affiliation": affs[aff_id]}
                    for aff_id, mark in marks.items() if aff_id in affs]

    figures = []
    for n, fig in enumerate(case.figures, start=1):
        images = _figure_images(fig, f, figure_files)
        figures.append(FigureView(fig.id, n, f"{spec.figure_label}\u00a0{n}",
                                  inline(f.get(f"caption-{fig.id}", "")), fig.alt or "", images))

    sections = [SectionView(s.title, slug, [Block(Markup(b)) for b in _blocks(f.get(f"section-{i}", ""), xml)])
                for (i, s), slug in zip(enumerate(m.sections), section_slugs([s.title for s in m.sections]))]
    unplaced = _place_figures(sections, figures)
    if case.timeline and m.timeline.show and sections:
        target = next((s for s in sections if CASE_SECTION.search(s.title)), sections[0])
        target.timeline_after = True

    corresponding = next((a for a in m.authors if a.corresponding), None)
    corr_aff = affs.get(corresponding.affiliations[0]) if corresponding else None
    pub = m.publication
    citation_line = None
    license_info = None
    if pub is not None:
        journal = pub.journal or spec.name
        pages = elide_pages(pub.first_page or "", pub.last_page or "")
        citation_line = f"{journal} {pub.year or ''};{pub.volume or ''}" + \
            (f":{pages}" if pages else "") + "."
        if pub.license in LICENSES:
            license_info = {"spdx": pub.license, "name": LICENSES[pub.license][0],
                            "url": LICENSES[pub.license][1]}

    first = m.authors[0]
    return {
        # No Case object (it holds paths and file text): templates see data, not the disk.
        "meta": m, "style": spec, "style_id": style.id,
        "title": flat(f.get("title", "")) if xml else inline(f.get("title", "")),
        "title_text": html.unescape(re.sub(r"<[^>]+>", "", f.get("title", ""))).strip()
        if xml else lxml.html.fromstring(f"<div>{f.get('title', '')}</div>").text_content().strip(),
        "running_journal": spec.name + (f" Volume {pub.volume}" if pub and pub.volume else ""),
        "short_title": m.short_title or (f"{first.family} et al" if len(m.authors) > 1 else first.family),
        "authors": authors, "affiliations": affiliations,
        "keywords": m.keywords,
        "abbreviations": sorted(m.abbreviations.items(), key=lambda kv: kv[0].lower()),
        "abstract": Markup(f["abstract"]) if "abstract" in f and spec.abstract else None,
        "sections": sections, "figures": figures, "unplaced_figures": unplaced,
        "timeline_label": f"{spec.table_label} {'I' if spec.table_numbering == 'roman' else '1'}",
        "timeline": [{"at": e.display(), "event": inline(f.get(f"event-{i}", ""))}
                     for i, e in enumerate(case.timeline)] if m.timeline.show else [],
        "patient_perspective": Markup(f["patient-perspective"]) if "patient-perspective" in f else None,
        "statements": {k: Markup(f[f"statement-{k}"]) if f"statement-{k}" in f else None
                       for k in ("funding", "conflicts", "irb", "acknowledgments")},
        "consent": Markup(f.get("consent", "")),
        "references": [{"id": rid, "html": Markup(entry)} for rid, entry in conv.references],
        "corresponding": corresponding, "corresponding_affiliation": corr_aff,
        "publication": pub, "citation_line": citation_line, "license": license_info,
        "assets": assets, "generator": f"casepub {__version__}",
    }
