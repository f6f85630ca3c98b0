"""One pandoc run converts all of a case's Markdown, with citeproc, to HTML fragments."""

from __future__ import annotations

import html
import json
import logging
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import lxml.html

from casepub.findings import BuildFailed, Finding, Findings, Severity
from casepub.identifiers import strip_doi
from casepub.mdscan import Mention, citation_keys, mentions
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

# Markdown extensions: no implicit figures (images are not allowed in text anyway), no
# raw TeX, and smart quotes/dashes as a typesetter would set them.
READER = "markdown-implicit_figures-raw_tex+smart"
HIDDEN = "cp-hidden"


# pandoc's binary asks the Haskell runtime for a 64 MB heap up front (-H64m); a case report
# needs far less, and two pandoc processes run side by side in a build: same output, less
# memory (benchmarks/build.py prints the peak). A GHCRTS the user set wins.
def pandoc_env() -> dict[str, str]:
    return {**os.environ, "GHCRTS": os.environ.get("GHCRTS", "-H1m")}


@lru_cache(maxsize=1)
def pandoc_path() -> str:
    """The pandoc binary: $CASEPUB_PANDOC, else the one pypandoc-binary ships."""
    configured = os.environ.get("CASEPUB_PANDOC")
    if configured:
        return configured
    import importlib.util

    # Found without importing pypandoc, which imports urllib and http (30 ms a build).
    spec = importlib.util.find_spec("pypandoc")
    if spec is not None and spec.origin:
        bundled = Path(spec.origin).parent / "files" / "pandoc"
        if bundled.is_file():
            return str(bundled)
    import pypandoc

    return pypandoc.get_pandoc_path()


@dataclass
class Converted:
    """HTML fragments by field id, the bibliography, and the order of citation numbers."""

    fields: dict[str, str]
    references: list[tuple[str, str]]  # (reference id, entry HTML) in number order
    findings: list[Finding] = field(default_factory=list)

    @property
    def citation_order(self) -> list[str]:
        return [ref_id for ref_id, _ in self.references]


def field_id(case: Case, path: tuple) -> str:
    """The name a text goes by in the converted document, from its place in the YAML."""
    head = path[0]
    if head == "sections":
        return f"section-{path[1]}"
    if head == "figures":
        fig = case.figures[path[1]]
        return f"caption-{fig.id}" if path[2] == "caption" else f"panel-{fig.id}-{fig.panels[path[3]].label}"
    if head == "events":
        return f"event-{path[1]}"
    if head == "statements":
        return f"statement-{path[1]}"
    return "consent" if head == "consent" else head  # title, abstract, patient-perspective


def field_texts(case: Case) -> list[tuple[str, str]]:
    """(field id, Markdown) for every text, in reading order: the order citations are numbered in."""
    return [(field_id(case, path), text) for _, path, text in case.texts()]


def _figure_cites(case: Case) -> dict[str, list[str]]:
    """The citation keys in each figure's caption and panel captions, in order."""
    out = {}
    for fig in case.figures:
        keys: list[str] = []
        for text in [fig.caption, *(p.caption for p in fig.panels or [])]:
            keys += [k for k in citation_keys(text) if k not in keys]
        out[fig.id] = keys
    return out


def prepared_fields(case: Case, style: Style, *, links: bool = True) -> list[tuple[str, str]]:
    """Every field's Markdown, in reading order, with figure mentions made into labels.

    At a figure's first mention we add its caption's citations in a hidden span, so
    citeproc numbers them where the reader meets the figure, not where the caption sits.
    `links=False` writes plain labels (for DOCX, where the figures are not in the text).
    """
    numbers = case.figure_numbers()
    cites = _figure_cites(case)
    first_seen: set[str] = set()
    label = style.spec.figure_label

    def replace(mention: Mention) -> str:
        key = mention.key
        if not key.startswith("fig-") or key not in numbers:
            return mention.text
        text = f"{label}\u00a0{numbers[key]}"
        out = f"[{text}](#{key}){{.xref .xref-fig}}" if links else text
        if key not in first_seen:
            first_seen.add(key)
            if cites[key]:
                out += "[[" + "; ".join(f"@{k}" for k in cites[key]) + f"]]{{.{HIDDEN}}}"
        return out

    def substitute(text: str) -> str:
        out, last = [], 0
        for mention in mentions(text):  # prose only: not in code spans or web addresses
            out += [text[last:mention.offset], replace(mention)]
            last = mention.offset + len(mention.text)
        return "".join(out) + text[last:]

    return [(field_id, substitute(text).strip()) for field_id, text in field_texts(case)]


def compose(case: Case, style: Style) -> str:
    """One Markdown document for all fields: a fenced div per field, split again afterwards."""
    return "\n".join(f"::::::::: {{#cp-{field_id}}}\n{body}\n:::::::::\n"
                     for field_id, body in prepared_fields(case, style))


def _inner(element) -> str:
    out = html.escape(element.text or "", quote=False)
    for child in element:
        out += lxml.html.tostring(child, encoding="unicode", method="html")
    return out.strip()


TEXT_FIELDS = ("volume", "issue", "page", "number", "edition", "PMID", "PMCID", "ISBN", "DOI")


def csl_items(case: Case) -> list[dict]:
    """References as pandoc reads them: numbers written as text (pandoc's CSL-JSON reader
    wants text in these fields), DOIs without the prefix the style adds itself."""
    out = []
    for ref in case.references:
        item = {k: (str(v) if k in TEXT_FIELDS and isinstance(v, (int, float)) and not isinstance(v, bool) else v)
                for k, v in ref.items()}
        if item.get("DOI"):
            item["DOI"] = strip_doi(str(item["DOI"]))[0]
        out.append(item)
    return out


def run_pandoc(markdown: str, case: Case, style: Style, to: str = "html5",
               extra: tuple[str, ...] = (), citeproc: bool = True) -> tuple[str, str]:
    """Run pandoc once with citeproc; return (output, stderr); raise BuildFailed if it fails.

    `citeproc=False` is for Markdown that cites nothing (no `@` at all): the same HTML, faster.
    """
    with tempfile.TemporaryDirectory(prefix="casepub-") as tmp:
        cite: list[str] = []
        if citeproc:
            bib = Path(tmp) / "references.json"
            bib.write_text(json.dumps(csl_items(case), default=str, ensure_ascii=False), encoding="utf-8")
            cite = ["--citeproc", f"--csl={style.csl_path}", f"--bibliography={bib}", "-M", "link-citations=true"]
        # --sandbox: pandoc reads only the files named here, never an image or URL in the text
        args = [pandoc_path(), "--sandbox", "-f", READER, "-t", to, "--wrap=none", *cite, *extra]
        try:
            done = subprocess.run(args, input=markdown, capture_output=True, text=True,
                                  encoding="utf-8", timeout=120, cwd=tmp, env=pandoc_env())
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BuildFailed(Findings([Finding("", 0, 0, "pandoc-failed", f"could not run pandoc: {exc}",
                                                hint="reinstall casepub (pip install casepub) "
                                                     "or set CASEPUB_PANDOC to a pandoc binary")]))
    if done.returncode != 0:
        message = re.sub(r"\S*casepub-[^/\s]+/references\.json", "references.yaml", done.stderr.strip())[:500]
        bibliography = "bibliography" in message.lower()
        raise BuildFailed(Findings([Finding(
            case.sources["references" if bibliography else "case"].name, 0, 0, "pandoc-failed",
            f"pandoc could not convert the {'references' if bibliography else 'text'}: {message}",
            hint="check the entry named in the message against docs/case-format.md#referencesyaml"
            if bibliography else "check the Markdown of the field named in the message")]))
    return done.stdout, done.stderr


def convert(case: Case, style: Style) -> Converted:
    """All fields to HTML, in one pandoc process."""
    return parse(case, *run_pandoc(compose(case, style), case, style))


def parse(case: Case, output: str, stderr: str) -> Converted:
    """Split pandoc's output into its fields and the reference list; its warnings become findings."""
    root = lxml.html.fragment_fromstring(output, create_parent="div")
    for hidden in root.xpath(f"//span[contains(concat(' ', @class, ' '), ' {HIDDEN} ')]"):
        hidden.drop_tree()
    fields: dict[str, str] = {}
    for div in root.xpath("./div[starts-with(@id, 'cp-')]"):
        fields[div.get("id")[3:]] = _inner(div)
    references = [(entry.get("id", "")[4:], _inner(entry))
                  for entry in root.xpath("./div[@id='refs']/div[starts-with(@id, 'ref-')]")]
    warnings = [Finding(case.sources["case"].name, 0, 0, "pandoc-warning", line.strip(),
                        severity=Severity.WARNING)
                for line in stderr.splitlines() if line.startswith("[WARNING]")]
    return Converted(fields, references, warnings)
