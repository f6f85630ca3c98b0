"""Build one case: load -> check -> render, writing outputs only when everything worked."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from casepub import incremental
from casepub.findings import BuildFailed, Finding, Findings, Severity, display_path

if TYPE_CHECKING:  # the stages import pydantic, lxml and more: only when there is work to do
    from casepub.model import Case
    from casepub.render.pandoc import Converted
    from casepub.render.pdf import PdfJob
    from casepub.styles import Style

logger = logging.getLogger(__name__)

# Earlier encodings of the case's figures, inside its output folder (casepub.render.assets.encoded)
FIGURE_CACHE = ".casepub-figures"

FORMATS = incremental.OUTPUTS  # html, pdf, jats, docx


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
    reused: list[str] = field(default_factory=list)  # formats whose inputs had not changed: kept as they were

    @property
    def ok(self) -> bool:
        return not self.findings.has_errors()


def load_case_and_style(case_dir: Path, style_id: Optional[str]) -> tuple[Optional[Case], Optional[Style], Findings]:
    """Stage 1: the case and its style (or the one asked for), without running the checks."""
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
    return case, style, findings


def _check(case: Case, style: Style, formats: Iterable[str], jats_schema: Optional[str],
           strict: bool = False, done: Optional[dict] = None) -> list[Finding]:
    """Every check, in order; `done` holds the findings of checks that already ran."""
    from casepub.checks import registered

    findings = Findings()
    for check in registered():
        findings.extend(done[check] if done and check in done else check(case, style))
    findings = list(findings)
    if "jats" in set(formats):
        from casepub.render.jats import find_schema, missing_schema_finding

        if find_schema(jats_schema) is None:
            findings.append(missing_schema_finding(jats_schema, Severity.ERROR if strict else Severity.WARNING))
    return findings


def prepare(case_dir: Path, style_id: Optional[str] = None, jats_schema: Optional[str] = None,
            formats: Optional[Iterable[str]] = None, strict: bool = False,
            online: bool = False) -> tuple[Optional[Case], Optional[Style], Findings]:
    """Load and check a case; the style may be switched from the command line.

    `strict` (check --strict) makes a missing JATS schema an error rather than a warning;
    `online` (check --online) also looks every DOI and PMID up at Crossref and PubMed.
    """
    case, style, findings = load_case_and_style(case_dir, style_id)
    if case is None or style is None:
        return case, style, findings
    findings.extend(_check(case, style, formats or style.spec.outputs, jats_schema, strict))
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


def _replace_folder(new: Path, old: Path) -> None:
    """The figure encodings of this build take the place of the last build's: only the figures
    the outputs hold are kept."""
    if not new.is_dir():
        return
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)
    try:
        os.replace(new, old)
    except OSError as exc:  # only the next build's speed depends on it
        logger.debug("figure encodings not kept (%s)", exc)


def prune(folder: Path, keep: set[Path]) -> None:
    """Remove figures and fonts an earlier build wrote that this one no longer produces."""
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_file() and path not in keep:
                path.unlink()


def _from_record(result: BuildResult, out_dir: Path, record: dict, formats: Iterable[str]) -> BuildResult:
    """Point `result` at outputs an earlier build made, with what that build reported (and,
    when nothing is built now, the warnings about the case itself)."""
    warnings = [w for fmt in formats for w in record["outputs"][fmt].get("warnings", [])]
    if result.up_to_date:
        warnings = record.get("warnings", []) + warnings
    result.findings.extend(Finding(**{**w, "severity": Severity(w["severity"])}) for w in warnings)
    for fmt in formats:
        entry = record["outputs"][fmt]
        result.outputs[fmt] = out_dir / entry["file"]
        result.reused.append(fmt)
        if fmt == "pdf":
            result.pages, result.anchors = entry.get("pages", 0), dict(entry.get("anchors", {}))
    return result


def build_case(case_dir: Path, out_root: Path, formats: Optional[Iterable[str]] = None,
               style_id: Optional[str] = None, jats_schema: Optional[str] = None,
               force: bool = False, parallel: bool = True) -> BuildResult:
    """Build the requested formats of one case into `out_root/<case name>/`.

    Everything is rendered in a hidden staging folder beside the outputs; only a build
    without errors moves its files into place, so a failed build leaves the last good
    outputs untouched. Formats whose inputs have not changed since the last build are kept
    (casepub.incremental). With `parallel`, WeasyPrint runs in a process of its own.
    """
    started = time.perf_counter()
    case_dir = Path(case_dir)
    formats = list(formats) if formats else None

    name = case_dir.resolve().name
    out_dir = Path(out_root) / name
    keys = incremental.fingerprints(case_dir, style_id, jats_schema)
    record = {} if force else incremental.read(out_dir)
    reusable = incremental.fresh(record, keys, out_dir)
    asked = incremental.requested(record, formats)
    if asked and set(asked) <= reusable:  # nothing it reads has changed: the outputs in place are this build's
        result = _from_record(BuildResult(name, Findings(), up_to_date=True), out_dir, record,
                              [f for f in FORMATS if f in asked])
        result.seconds = time.perf_counter() - started
        return result
    from casepub.render.pdf import PdfJob

    # WeasyPrint's import (about a second) and layout are the long pole: start them first.
    pdf_job = PdfJob(parallel) if "pdf" in (formats or asked or ["pdf"]) and "pdf" not in reusable else None
    try:
        result = _build(case_dir, out_dir, formats, style_id, jats_schema, keys, record, reusable, pdf_job)
    finally:
        if pdf_job is not None:
            pdf_job.close()
    result.seconds = time.perf_counter() - started
    return result


def _build(case_dir: Path, out_dir: Path, formats: Optional[Iterable[str]], style_id: Optional[str],
           jats_schema: Optional[str], keys: dict[str, str], record: dict, reusable: set[str],
           pdf_job: Optional[PdfJob]) -> BuildResult:
    from casepub.render.assets import stylesheet_findings

    case, style, findings = load_case_and_style(case_dir, style_id)
    logger.debug("loaded %s", case_dir)
    result = BuildResult(out_dir.name, findings, case=case, style=style)
    if case is None or style is None:
        return result
    wanted = [f for f in FORMATS if f in set(formats or style.spec.outputs)]
    todo = [f for f in wanted if f not in reusable]
    if not todo:
        result.up_to_date = True
        _from_record(result, out_dir, record, wanted)
        if not formats:  # the next build without --to need not load the case to know this
            incremental.remember(out_dir, record, keys, {}, wanted, record.get("warnings", []))
        return result
    if pdf_job is not None and "pdf" not in todo:
        pdf_job.close()  # the style's outputs have no PDF after all
        pdf_job = None
    css = stylesheet_findings(style)
    new_dirs = [d for d in (out_dir, out_dir.parent) if not d.exists()]  # removed again if nothing is built
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        stage: Optional[Path] = Path(tempfile.mkdtemp(prefix=f".{case.name}-", dir=out_dir))
    except OSError as exc:
        stage, unwritable = None, exc
    from casepub.checks import guards as render_guards

    # The guards run first. The page is then rendered before the other checks, so that
    # WeasyPrint lays out while they run; what rendering reports counts only if the checks pass.
    guards = {check: check(case, style) for check in render_guards()}
    safe = not any(f.severity is Severity.ERROR for found in [css, *guards.values()] for f in found)
    rendered, early = Findings(), None
    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            # Without a PDF process, the checks run while the main thread waits for pandoc:
            # Python and pandoc each have a core. With one, the cores go to WeasyPrint and
            # the page first, and the checks come after.
            checked = pool.submit(_check, case, style, wanted, jats_schema, done=guards) if pdf_job is None else None
            page = None
            if stage is not None and safe:
                try:
                    page = _page(case, style, stage, wanted, pdf_job, pool)
                except BuildFailed as failed:
                    rendered.extend(failed.findings)
                except Exception as exc:  # reported below, unless the checks explain it
                    early = exc
            findings.extend(checked.result() if checked is not None
                            else _check(case, style, wanted, jats_schema, done=guards))
            logger.debug("checked the case")
            if findings.has_errors():
                return result
            findings.extend(css)
            if findings.has_errors():
                return result
            if stage is None:
                findings.add(Finding(display_path(out_dir), 0, 0, "output-unwritable",
                                     f"cannot write the outputs here: {unwritable.strerror or unwritable}",
                                     hint="choose another folder with --out, or fix its permissions"))
                return result
            if early is not None:
                raise early
            findings.extend(rendered)
            if page is None:
                return result
            produced = _finish(case, style, stage, page, todo, result, jats_schema, pdf_job)
        if not findings.has_errors():
            placed = publish(stage, out_dir, produced)
            _replace_folder(stage / FIGURE_CACHE, out_dir / FIGURE_CACHE)
            if "html" in todo:
                for sub in ("figures", "assets/fonts"):
                    prune(out_dir / sub, {p for p in placed.values() if p.parent == out_dir / sub})
            warnings = [f.as_dict() for f in findings if f.severity is not Severity.ERROR]
            built = incremental.entries(todo, case.name, placed, warnings, result.pages, result.anchors)
            result.outputs = {fmt: out_dir / entry["file"] for fmt, entry in built.items()}
            _from_record(result, out_dir, record, [f for f in wanted if f not in todo])
            result.outputs = {fmt: result.outputs[fmt] for fmt in wanted}
            incremental.remember(out_dir, record, keys, built, None if formats else wanted, warnings)
    except BuildFailed as failed:
        findings.extend(failed.findings)
    finally:
        if stage is not None:
            if pdf_job is not None:
                pdf_job.close()  # it may still be writing into the stage
            shutil.rmtree(stage, ignore_errors=True)
        for folder in new_dirs:  # made by this build, which put nothing in them
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    return result


@dataclass
class _Page:
    """The HTML every output starts from, and the work still running beside it."""

    html_path: Path
    converted: Converted
    scan: list[Finding]  # the HTML safety scan
    figures: Future  # -> (figure files, problems)
    names: Optional[dict[str, str]]  # the figure files the HTML was written with, before they existed
    jats: Optional[Future]


def _figure_names(case: Case) -> Optional[dict[str, str]]:
    """The file each figure will be written to, from the image headers alone; None when an
    image cannot be read."""
    from PIL import Image

    from casepub.render.assets import figure_file

    names = {}
    try:
        for fig in case.figures:
            for stem, relative in fig.images():
                with Image.open(case.root / relative) as img:
                    names[stem] = figure_file(stem, img.format)
    except Exception:  # write_figures reports it properly
        return None
    return names


def render_page(case: Case, style: Style, converted: Converted, figure_files: dict[str, str],
                name: str) -> tuple[str, list[Finding]]:
    """The article as HTML (through the template lookup chain), and the safety scan of it."""
    from casepub.render.context import build_context
    from casepub.render.safety import scan_html
    from casepub.render.templates import render

    html = render(style.id, case.root, "article.html", build_context(case, style, converted,
                                                                     figure_files=figure_files))
    return html, list(scan_html(html, name))


def _write_html(case: Case, style: Style, stage: Path, converted: Converted,
                figure_files: dict[str, str]) -> tuple[Path, list[Finding]]:
    html_path = stage / f"{case.name}.html"
    html, scan = render_page(case, style, converted, figure_files, html_path.name)
    html_path.write_text(html, encoding="utf-8")
    return html_path, scan


def _page(case: Case, style: Style, stage: Path, wanted: list[str], pdf_job: Optional[PdfJob],
          pool: ThreadPoolExecutor) -> _Page:
    """Convert the text (pandoc) while the figures are encoded in a thread, write the HTML
    with the names the figures will have, and hand it to WeasyPrint at once: it parses and
    styles the page while the figures are still being encoded, and waits for them only
    when it reaches the first one. Without a PDF process the figures go on beside the checks."""
    from casepub.render import jats
    from casepub.render.assets import write_figures, write_style
    from casepub.render.pandoc import convert

    figures = pool.submit(write_figures, case, stage, cache=stage.parent / FIGURE_CACHE,
                          keep=stage / FIGURE_CACHE)
    # Without a PDF the two pandoc runs go side by side; with one, WeasyPrint has the other core.
    jats_job = pool.submit(jats.convert, case, style) if "jats" in wanted and pdf_job is None else None
    converted = convert(case, style)
    write_style(style, stage)
    names = _figure_names(case)
    html_path, scan = _write_html(case, style, stage, converted, names if names is not None else figures.result()[0])
    logger.debug("wrote %s", html_path.name)
    if pdf_job is not None and not any(f.severity is Severity.ERROR for f in scan):
        pending = names is not None and pdf_job.separate
        pdf_job.send(html_path, stage / f"{case.name}.pdf", stage, figures_pending=pending)
        if pending:
            # Nothing else starts until the figures are done: on two cores they and
            # WeasyPrint's import are the way to the PDF, and the checks are not.
            files, problems = figures.result()
            logger.debug("encoded the figures")
            if files == names:  # (otherwise _finish lays the PDF out again, here)
                pdf_job.figures_ready(not any(f.severity is Severity.ERROR for f in problems))
    if jats_job is None and "jats" in wanted:
        jats_job = pool.submit(jats.convert, case, style)
    return _Page(html_path, converted, scan, figures, names, jats_job)


def _finish(case: Case, style: Style, stage: Path, page: _Page, todo: list[str], result: BuildResult,
            jats_schema: Optional[str], pdf_job: Optional[PdfJob]) -> list[str]:
    """Everything after the checks passed: JATS, DOCX and the PDF; returns the files to publish."""
    from casepub.render.pdf import PdfJob

    findings = result.findings
    figure_files, problems = page.figures.result()
    html_path, scan = page.html_path, page.scan
    if page.names is not None and page.names != figure_files:  # guessed wrong: the HTML again, the PDF here
        if pdf_job is not None:
            pdf_job.close()
            pdf_job = None
        html_path, scan = _write_html(case, style, stage, page.converted, figure_files)
    findings.extend([*page.converted.findings, *problems, *scan])
    produced: list[str] = []
    if "html" in todo:
        produced.append(html_path.name)
        produced += sorted(p.relative_to(stage).as_posix() for sub in ("assets", "figures")
                           for p in (stage / sub).rglob("*") if p.is_file())
    if page.jats is not None:
        jats_converted = page.jats.result()
        if "jats" in todo:
            produced.append(_write_jats(case, style, jats_converted, page.converted.citation_order,
                                        figure_files, stage, findings, jats_schema))
    if "docx" in todo and not findings.has_errors():
        from casepub.counts import count
        from casepub.render.docx import write_docx

        produced.append(write_docx(case, style, count(case, style), figure_files, stage).name)
    if "pdf" in todo and not findings.has_errors():
        if pdf_job is None or not pdf_job.sent:
            pdf_job = PdfJob(separate=False)
            pdf_job.send(html_path, stage / f"{case.name}.pdf", stage)
        pdf_findings, result.pages, result.anchors = pdf_job.result()
        findings.extend(pdf_findings)
        produced.append(f"{case.name}.pdf")
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
        if result.up_to_date or fmt in result.reused:
            extra += " (up to date)"
        lines.append(f"{display_path(path)}{extra}")
    return lines
