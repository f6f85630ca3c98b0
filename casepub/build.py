"""Build one case: load -> check -> render, writing outputs only when everything worked."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from typing import TYPE_CHECKING

from casepub.findings import BuildFailed, Finding, Findings, Severity, display_path

if TYPE_CHECKING:  # the stages import pydantic, lxml and more: only when there is work to do
    from casepub.model import Case
    from casepub.styles import Style

logger = logging.getLogger(__name__)

FORMATS = ("html", "pdf", "jats", "docx")
SUFFIXES = {"html": "html", "pdf": "pdf", "jats": "xml", "docx": "docx"}


@dataclass
class BuildResult:
    name: str
    findings: Findings
    outputs: dict[str, Path] = field(default_factory=dict)
    pages: int = 0
    seconds: float = 0.0
    anchors: dict[str, int] = field(default_factory=dict)  # element id -> PDF page
    case: Optional["Case"] = None
    style: Optional["Style"] = None
    up_to_date: bool = False  # nothing had changed since the last build: no work was done

    @property
    def ok(self) -> bool:
        return not self.findings.has_errors()


def prepare(case_dir: Path, style_id: Optional[str] = None, jats_schema: Optional[str] = None,
            formats: Optional[Iterable[str]] = None, strict: bool = False,
            online: bool = False) -> tuple[Optional[Case], Optional[Style], Findings]:
    """Load and check a case; the style may be switched from the command line.

    `strict` (check --strict) makes a missing JATS schema an error rather than a warning;
    `online` (check --online) also looks every DOI and PMID up at Crossref and PubMed.
    """
    from casepub.checks import run_checks
    from casepub.load import load_case
    from casepub.styles import load_style

    case, findings = load_case(case_dir)
    if case is None:
        return None, None, findings
    try:
        style = load_style(style_id or case.meta.style, case.root,
                           origin=None if style_id else case.sources["case"])
    except BuildFailed as failed:
        findings.extend(failed.findings)
        return case, None, findings
    findings.extend(run_checks(case, style))
    if "jats" in set(formats or style.spec.outputs):
        from casepub.render.jats import find_schema, missing_schema_finding

        if find_schema(jats_schema) is None:
            findings.add(missing_schema_finding(jats_schema, Severity.ERROR if strict else Severity.WARNING))
    if online:
        from casepub.checks.online import check_online
        from casepub.online import Resolver

        resolver = Resolver()
        try:
            findings.extend(check_online(case, resolver))
        finally:
            resolver.close()
    return case, style, findings


def publish(stage: Path, out_dir: Path, files: Iterable[str]) -> dict[str, Path]:
    """Move finished files into place one by one; each os.replace is atomic."""
    placed: dict[str, Path] = {}
    for relative in files:
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage / relative, target)
        placed[relative] = target
    return placed


def _prune(folder: Path, keep: set[Path]) -> None:
    """Remove figures and fonts an earlier build wrote that this one no longer produces."""
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_file() and path not in keep:
                path.unlink()


def build_case(case_dir: Path, out_root: Path, formats: Optional[Iterable[str]] = None,
               style_id: Optional[str] = None, jats_schema: Optional[str] = None,
               force: bool = False) -> BuildResult:
    """Build the requested formats of one case into `out_root/<case name>/`.

    Everything is rendered in a hidden staging folder beside the outputs; only a build
    without errors moves its files into place, so a failed build leaves the last good
    outputs untouched.
    """
    started = time.perf_counter()
    case_dir = Path(case_dir)
    from casepub import incremental

    key = incremental.fingerprint(case_dir, formats, style_id, jats_schema)
    previous = None if force else incremental.up_to_date(Path(out_root) / case_dir.resolve().name, key)
    if previous is not None:  # nothing it reads has changed: the outputs in place are this build's
        out_dir = Path(out_root) / case_dir.resolve().name
        result = BuildResult(case_dir.resolve().name, Findings([Finding(**{**w, "severity": Severity(w["severity"])})
                                                                 for w in previous.get("warnings", [])]))
        result.outputs = {fmt: out_dir / name for fmt, name in previous.get("outputs", {}).items()}
        result.pages, result.up_to_date = previous.get("pages", 0), True
        result.seconds = time.perf_counter() - started
        return result
    case, style, findings = prepare(case_dir, style_id, jats_schema, formats)
    result = BuildResult(case_dir.resolve().name, findings, case=case, style=style)
    if case is None or style is None or findings.has_errors():
        result.seconds = time.perf_counter() - started
        return result
    wanted = [f for f in FORMATS if f in set(formats or style.spec.outputs)]
    from casepub.render.assets import stylesheet_findings

    findings.extend(stylesheet_findings(style))
    if findings.has_errors():
        return result
    out_dir = Path(out_root) / case.name
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{case.name}-", dir=out_dir))
    except OSError as exc:
        findings.add(Finding(display_path(out_dir), 0, 0, "output-unwritable",
                             f"cannot write the outputs here: {exc.strerror or exc}",
                             hint="choose another folder with --out, or fix its permissions"))
        result.seconds = time.perf_counter() - started
        return result
    try:
        produced = _render(case, style, stage, wanted, result, jats_schema)
        if not findings.has_errors():
            placed = publish(stage, out_dir, produced)
            if "html" in wanted:
                for sub in ("figures", "assets/fonts"):
                    _prune(out_dir / sub, {p for p in placed.values() if p.parent == out_dir / sub})
            result.outputs = {fmt: out_dir / f"{case.name}.{SUFFIXES[fmt]}" for fmt in wanted}
            incremental.remember(out_dir, key, sorted(placed), {f: p.name for f, p in result.outputs.items()},
                                 result.pages,
                                 [f.as_dict() for f in findings if f.severity is not Severity.ERROR])
    except BuildFailed as failed:
        findings.extend(failed.findings)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    result.seconds = time.perf_counter() - started
    return result


def _render(case: Case, style: Style, stage: Path, wanted: list[str], result: BuildResult,
            jats_schema: Optional[str] = None) -> list[str]:
    """Render into `stage`; return the files (relative) to publish."""
    from concurrent.futures import ThreadPoolExecutor

    from casepub.render import jats
    from casepub.render.assets import write_figures, write_style
    from casepub.render.context import build_context
    from casepub.render.pandoc import convert
    from casepub.render.templates import render

    findings = result.findings
    # pandoc to HTML and to JATS are separate processes: run them side by side.
    with ThreadPoolExecutor(max_workers=2) as pool:
        html_job = pool.submit(convert, case, style)
        jats_job = pool.submit(jats.convert, case, style) if "jats" in wanted else None
        figure_files, problems = write_figures(case, stage)
        converted = html_job.result()
        jats_converted = jats_job.result() if jats_job else None
    findings.extend(converted.findings)
    findings.extend(problems)
    write_style(style, stage)
    context = build_context(case, style, converted, figure_files=figure_files)
    html = render(style.id, case.root, "article.html", context)
    html_path = stage / f"{case.name}.html"
    html_path.write_text(html, encoding="utf-8")
    from casepub.render.safety import scan_html

    findings.extend(scan_html(html, html_path.name))
    produced: list[str] = []
    if "html" in wanted:
        produced.append(html_path.name)
        produced += sorted(p.relative_to(stage).as_posix() for sub in ("assets", "figures")
                           for p in (stage / sub).rglob("*") if p.is_file())
    if jats_converted is not None:
        produced.append(_write_jats(case, style, jats_converted, converted.citation_order,
                                    figure_files, stage, findings, jats_schema))
    if "docx" in wanted and not findings.has_errors():
        from casepub.counts import count
        from casepub.render.docx import write_docx

        produced.append(write_docx(case, style, count(case, style), figure_files, stage).name)
    if "pdf" in wanted and not findings.has_errors():
        from casepub.render.pdf import write_pdf

        pdf_path = stage / f"{case.name}.pdf"
        pdf_findings, result.pages, result.anchors = write_pdf(html_path, pdf_path, allowed=stage)
        findings.extend(pdf_findings)
        produced.append(pdf_path.name)
    return produced


def _write_jats(case: Case, style: Style, converted, order: list[str], figure_files: dict[str, str],
                stage: Path, findings: Findings, jats_schema: Optional[str]) -> str:
    """The JATS XML, validated against the DTD when one is configured."""
    from casepub.render import jats
    from casepub.render.context import build_context
    from casepub.render.templates import render

    jats.merge_ranges(converted, order)
    context = build_context(case, style, converted, figure_files=figure_files, xml=True)
    context.update(jats.extra_context(case, context, order))
    xml_path = stage / f"{case.name}.xml"
    xml_path.write_text(render(style.id, case.root, "article.xml", context), encoding="utf-8")
    dtd = jats.find_schema(jats_schema)
    if dtd is not None:
        findings.extend(jats.validate(xml_path, dtd))
    return xml_path.name


def describe_outputs(result: BuildResult) -> list[str]:
    lines = []
    for fmt, path in result.outputs.items():
        extra = f" ({result.pages} pages)" if fmt == "pdf" and result.pages else ""
        if result.up_to_date:
            extra += " (up to date)"
        lines.append(f"{display_path(path)}{extra}")
    return lines

