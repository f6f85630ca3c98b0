"""Conversions for a warm process (preview): only the fields that changed go to pandoc again."""

from __future__ import annotations

import json
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import lxml.html

from casepub.mdscan import mentions
from casepub.model import Case
from casepub.render.pandoc import HIDDEN, Converted, compose, csl_items, parse, prepared_fields, run_pandoc
from casepub.styles import Style

logger = logging.getLogger(__name__)

CITATION = "//span[contains(concat(' ', @class, ' '), ' citation ')]"
WHOLE_DOCUMENT = re.compile(r"(?m)^ {0,3}(#|\[[^\]]+\]:|[^\n]+\n(=+|-+) *$)")
EATS_SPACE = "\x00eats-space"  # a mark in the citation map, never a citation's HTML


@dataclass
class Warm:
    """What the last conversion saw and gave, so the next one redoes only the fields that changed."""

    fields: dict[str, str]  # field id -> prepared Markdown
    keys: list[str]  # every citation, in document order: it decides the numbers
    inputs: str  # the references and the CSL style: a change to either needs a full run
    converted: Converted
    # A citation as pandoc writes it without citeproc -> as citeproc rendered it in the full run.
    rendered: dict[str, str] = field(default_factory=dict)


def _keys(fields: list[tuple[str, str]]) -> list[str]:
    return [m.key for _, text in fields for m in mentions(text) if not m.is_figure]


def _inputs(case: Case, style: Style) -> str:
    csl = Path(style.csl_path)
    return json.dumps([csl_items(case), str(csl), csl.stat().st_mtime_ns], default=str, sort_keys=True)


def _outer(element) -> str:
    return lxml.html.tostring(element, encoding="unicode", method="html", with_tail=False)


def _mappable(style: Style) -> bool:
    """Numeric styles render a citation from its keys and their numbers alone, so while the
    numbering holds, a citation written the same way renders the same anywhere. Styles whose
    output depends on position (ibid., first/subsequent) or disambiguation do not."""
    csl = Path(style.csl_path).read_text(encoding="utf-8")
    return 'citation-format="numeric"' in csl and not any(word in csl for word in ('class="note"', "position=", "disambiguate", "et-al-subsequent",
                                            "subsequent-author-substitute"))


def _full(case: Case, style: Style) -> tuple[Converted, dict[str, str]]:
    """The whole document through citeproc and, beside it, without: pairs every citation."""
    markdown = compose(case, style)
    with ThreadPoolExecutor(max_workers=2) as pool:  # two pandoc processes side by side
        raw_job = pool.submit(run_pandoc, markdown, case, style, citeproc=False) if _mappable(style) else None
        output, stderr = run_pandoc(markdown, case, style)
        raw_output = raw_job.result()[0] if raw_job else None
    converted = parse(case, output, stderr)
    if raw_output is None:
        return converted, {}
    plain = lxml.html.fragment_fromstring(raw_output, create_parent="div").xpath(CITATION)
    done = lxml.html.fragment_fromstring(output, create_parent="div").xpath(CITATION)
    if len(plain) != len(done):
        return converted, {}
    pairs: dict[str, str] = {}
    eats = set()  # superscript styles take the space before a citation away
    for before, after in zip(plain, done):
        if _before(before)[-1:].isspace():
            eats.add(not _before(after)[-1:].isspace())
        key, value = _outer(before), _outer(after)
        if pairs.setdefault(key, value) != value or len(eats) > 1:  # rendered two ways: no map
            return converted, {}
    if eats == {True}:
        pairs[EATS_SPACE] = ""
    return converted, pairs


def _before(element) -> str:
    """The text just before an element."""
    previous = element.getprevious()
    return (previous.tail if previous is not None else element.getparent().text) or ""


def _trim_before(element) -> None:
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "").rstrip(" ")
    else:
        element.getparent().text = (element.getparent().text or "").rstrip(" ")


def _cached(output: str, rendered: dict[str, str]) -> Optional[str]:
    """`output` (pandoc without citeproc) with each citation as citeproc rendered it, or None."""
    root = lxml.html.fragment_fromstring(output, create_parent="div")
    for span in root.xpath(CITATION):
        done = rendered.get(_outer(span))
        if done is None:
            return None
        if EATS_SPACE in rendered:
            _trim_before(span)
        new = lxml.html.fragment_fromstring(done)
        new.tail = span.tail
        span.getparent().replace(span, new)
    return lxml.html.tostring(root, encoding="unicode", method="html")[len("<div>"):-len("</div>")]


def convert_warm(case: Case, style: Style, warm: Optional[Warm]) -> tuple[Converted, Warm]:
    """Like `convert`, but reusing the last conversion for the fields that did not change.

    When the citations (in order), the references and the CSL are as before, every field
    gets the same numbers as in a full run. Changed fields go to pandoc without citeproc and
    take each citation's rendering from the full run; a citation never seen before sends them
    through citeproc behind a hidden first citation of every key in order, which pins the
    numbering. Anything else (a citation added, moved or removed; a note style) converts
    the whole document.
    """
    fields = prepared_fields(case, style)
    keys, inputs = _keys(fields), _inputs(case, style)
    # Heading ids are unique across the document and reference links may be defined in
    # another field: either needs the whole document, as do styles that are not numeric.
    whole = any(WHOLE_DOCUMENT.search(text) for _, text in fields)
    if warm is None or whole or not _mappable(style) or keys != warm.keys or inputs != warm.inputs or \
            [f for f, _ in fields] != list(warm.fields):
        converted, rendered = _full(case, style)
        return converted, Warm(dict(fields), keys, inputs, converted, rendered)
    changed = [(fid, body) for fid, body in fields if warm.fields[fid] != body]
    if not changed:
        return warm.converted, warm
    body = "\n".join(f"::::::::: {{#cp-{fid}}}\n{text}\n:::::::::\n" for fid, text in changed)
    cites = any("@" in text for _, text in changed)
    output, stderr = run_pandoc(body, case, style, citeproc=False)
    if cites:
        output = _cached(output, warm.rendered) if warm.rendered else None
        if output is None:
            # (suppress-bibliography would drop the citation links, hence the hidden pin)
            pin = "[" + "; ".join(f"@{k}" for k in dict.fromkeys(keys)) + f"]{{.{HIDDEN}}}" if keys else ""
            output, stderr = run_pandoc(f"::::::::: {{#cp-pin}}\n{pin}\n:::::::::\n" + body, case, style)
    partial = parse(case, output, stderr)
    updated = {**warm.converted.fields, **{fid: html for fid, html in partial.fields.items() if fid != "pin"}}
    # The citeproc warnings belong to the unchanged citations; others come from this run.
    kept = [f for f in warm.converted.findings if "citation" in f.message.lower()]
    converted = Converted(updated, warm.converted.references, kept + [f for f in partial.findings if f not in kept])
    return converted, Warm(dict(fields), keys, inputs, converted, warm.rendered)
