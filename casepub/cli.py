"""The command line: parses flags, calls the stages, prints findings, sets the exit code."""

from __future__ import annotations

import atexit
import functools
import gc
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterable, Optional

import click

from casepub import __version__
from casepub.findings import Finding, Findings, Severity, display_path

logger = logging.getLogger(__name__)

COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class _Console:
    """A rich Console made on first use, for tables, JSON and the progress bar (all printed
    from the main thread). Every other line is plain (`say`): importing rich for them would
    cost a no-op build a fifth of its time."""

    def __init__(self, **options) -> None:
        self._options, self._console = options, None

    def get(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(highlight=False, soft_wrap=True, **self._options)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self.get(), name)


err = _Console(stderr=True)
out = _Console()


def Text(*args, **kwargs):  # noqa: N802 - rich's Text, imported when something is printed with it
    from rich.text import Text as RichText

    return RichText(*args, **kwargs)


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def paint(text: str, colour: str) -> str:
    """TEXT in COLOUR; click leaves the colour out where the output is no terminal."""
    return text if os.environ.get("NO_COLOR") else click.style(text, fg=colour)


def say(line: str, *, error: bool = False) -> None:
    """One plain line (`paint` colours a part of it)."""
    click.echo(line, err=error)


def print_findings(findings: Iterable[Finding]) -> None:
    """One `file:line:col: severity code: message` line per finding, then its hint."""
    for f in sorted(findings, key=lambda f: (f.file, f.line, f.column, f.code)):
        where = f.file or "casepub"
        if f.line:
            where += f":{f.line}:{f.column or 1}"
        say(f"{where}: {paint(f'{f.severity.value} {f.code}', COLOURS[f.severity])}: {f.message}", error=True)
        if f.hint:
            say(f"    hint: {f.hint}", error=True)


def guarded(command: Callable) -> Callable:
    """No traceback for the user: unexpected failures print one line and how to report them."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            say("stopped", error=True)
            sys.exit(130)
        except Exception as exc:  # a bug in casepub, not in the user's case
            if logging.getLogger().isEnabledFor(logging.DEBUG):
                raise
            say(f"casepub: internal error: {type(exc).__name__}: {exc}", error=True)
            say("    hint: run again with --debug and report the output", error=True)
            sys.exit(3)
    return wrapper


def _formats(value: Optional[str]) -> Optional[list[str]]:
    from casepub.build import FORMATS

    if not value:
        return None
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in wanted if v not in FORMATS]
    if bad:
        raise click.BadParameter(f"'{', '.join(bad)}' is not an output format; use any of "
                                 f"{', '.join(FORMATS)} separated by commas", param_hint="--to")
    return wanted


JATS_SCHEMA = click.option(
    "--jats-schema", metavar="DIR", default=None,
    help="Folder with the JATS 1.3 DTDs (default: $CASEPUB_JATS_SCHEMA).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="casepub")
@click.option("--debug", is_flag=True, help="Log everything and show tracebacks.")
def main(debug: bool) -> None:
    """Write a medical case report as YAML; get a journal-ready manuscript."""
    # At exit, Python's last garbage collection walks every object a build made (pydantic's
    # schemas, lxml trees, the word lists): 0.1 s of a 1 s build. Nothing casepub needs at
    # exit lives in a reference cycle (files are closed and temporary folders removed by
    # `with` blocks), so those objects are frozen out of that collection.
    atexit.register(gc.freeze)
    logging.basicConfig(level=logging.DEBUG if debug else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("cases", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "to", metavar="FORMATS",
              help="Comma-separated: html,pdf,jats,docx (default: the style's outputs).")
@click.option("--out", "out_dir", default="build", show_default=True,
              type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the outputs; each case gets a subfolder.")
@click.option("--style", "style_id", metavar="ID", help="Build with another journal style.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Build up to N cases at once (default: the number of cores).")
@click.option("--force", is_flag=True, help="Build even when nothing has changed since the last build.")
@JATS_SCHEMA
@guarded
def build(cases: tuple[Path, ...], to: Optional[str], out_dir: Path, style_id: Optional[str],
          jobs: Optional[int], force: bool, jats_schema: Optional[str]) -> None:
    """Build CASES (case folders) into OUT/<case>/.

    Formats: html, pdf, jats (JATS 1.3 XML, validated against the DTD) and docx. Several
    cases build in parallel processes; one that fails does not stop the others.
    """
    from casepub.batch import build_many, default_jobs

    formats = _formats(to)
    jobs = jobs or default_jobs()
    if len(cases) == 1:
        [report] = build_many(list(cases), out_dir, formats, style_id, jats_schema, 1, force=force)
        _print_report(report)
        sys.exit(0 if report.ok else 1)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err.get(), transient=False) as progress:
        task = progress.add_task("cases", total=len(cases))

        def done(report) -> None:
            mark = "[green]built[/]" if report.ok else "[red]failed[/]"
            progress.console.print(f"{mark} {escape(report.name)} ({report.seconds:.1f} s)")
            progress.advance(task)

        reports = build_many(list(cases), out_dir, formats, style_id, jats_schema, jobs, done, force=force)
    for report in reports:
        _print_report(report)
    from rich.table import Table  # only when there is a table to print: a no-op build stays quick

    table = Table(title=f"{len(reports)} cases, {jobs} at a time", title_justify="left")
    for column in ("case", "outputs", "errors", "warnings", "seconds"):
        table.add_column(column, justify="right" if column in ("errors", "warnings", "seconds") else "left")
    for r in reports:
        outputs = ", ".join(Path(o.split(" (")[0]).suffix.lstrip(".") for o in r.outputs) or "-"
        table.add_row(Text(r.name), outputs, Text(str(r.errors), style="red" if r.errors else ""),
                      str(r.warnings), f"{r.seconds:.1f}")
    err.print(table)
    sys.exit(1 if any(not r.ok for r in reports) else 0)


def _print_report(report) -> None:
    print_findings(report.findings)
    if report.crash:
        say(f"{report.path}: internal error: {report.crash} (run with --debug and report it)", error=True)
    elif report.ok:
        for line in report.outputs:
            say(f"built {line}")
    else:
        say(f"{report.path}: not built ({report.errors} error(s)); earlier outputs were left as they were",
            error=True)


@main.command()
@click.argument("case_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--strict", is_flag=True, help="Fail on warnings too (a missing JATS schema is then an error).")
@click.option("--online", is_flag=True,
              help="Also look every DOI up at Crossref and every PMID at PubMed (cached on disk).")
@JATS_SCHEMA
@guarded
def check(case_dir: Path, as_json: bool, strict: bool, online: bool, jats_schema: Optional[str]) -> None:
    """Check a case without building it (references, structure, figures, schema)."""
    from casepub.build import prepare

    _, _, findings = prepare(case_dir, jats_schema=jats_schema, strict=strict, online=online)
    failing = findings.has_errors() or (strict and bool(findings.warnings))
    by_code: dict[str, int] = {}
    for f in findings.sorted():
        by_code[f.code] = by_code.get(f.code, 0) + 1
    summary = {"errors": len(findings.errors), "warnings": len(findings.warnings),
               "by_code": by_code, "ok": not failing}
    if as_json:
        out.print_json(json.dumps({"findings": [f.as_dict() for f in findings.sorted()],
                                   "summary": summary}))
    else:
        print_findings(findings)
        print_summary(findings, case_dir, failing)
    sys.exit(1 if failing else 0)


def print_summary(findings: Findings, case_dir: Path, failing: bool) -> None:
    """A table of what was found, by code, after the findings themselves."""
    if len(findings):
        from rich.table import Table

        table = Table(title=f"casepub check {case_dir}", title_justify="left")
        for column in ("code", "severity", "count", "first at"):
            table.add_column(column, no_wrap=column != "first at")
        seen: dict[str, list[Finding]] = {}
        for f in findings.sorted():
            seen.setdefault(f.code, []).append(f)
        for code, items in sorted(seen.items(), key=lambda kv: (kv[1][0].severity is not Severity.ERROR, kv[0])):
            first = items[0]
            where = f"{Path(first.file).name}:{first.line}" if first.line else (first.file or "-")
            table.add_row(code, Text(first.severity.value, style=COLOURS[first.severity]),
                          str(len(items)), where)
        err.print(table)
    verdict = "fails" if failing else "passes"
    say(paint(f"{len(findings.errors)} error(s), {len(findings.warnings)} warning(s): the case {verdict} the checks",
              "red" if failing else "green"), error=True)


@main.command()
@click.argument("case_dir", type=click.Path(path_type=Path))
@click.option("--style", "style_id", default="jaad-case-reports", show_default=True, metavar="ID",
              help="The journal style ('casepub styles' lists them).")
@click.option("--title", default=None, help="The article title.")
@guarded
def new(case_dir: Path, style_id: str, title: Optional[str]) -> None:
    """Create a new case folder that checks and builds at once."""
    from casepub.scaffold import create_case

    findings = create_case(case_dir, style_id, title)
    if findings:
        print_findings(findings)
        sys.exit(1)
    say(f"created {case_dir}/ (case.yaml, timeline.yaml, figures.yaml, references.yaml)")
    say(f"next: edit {case_dir}/case.yaml, then run: casepub build {case_dir}")


@main.command()
@click.argument("case_dir", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="build", show_default=True,
              type=click.Path(path_type=Path, file_okay=False), help="Folder for the outputs.")
@JATS_SCHEMA
@guarded
def care(case_dir: Path, out_dir: Path, jats_schema: Optional[str]) -> None:
    """Write the filled CARE checklist (HTML and PDF), with the pages of the built PDF."""
    from casepub.care import write_checklist

    result = write_checklist(case_dir, out_dir, jats_schema)
    print_findings(result.findings)
    if not result.ok:
        say(f"{case_dir}: no checklist written ({len(result.findings.errors)} error(s))", error=True)
        sys.exit(1)
    for path in result.outputs.values():
        say(f"wrote {display_path(path)}")


@main.command()
@click.argument("case_dir", type=click.Path(path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1; 0 picks a free one.")
@click.option("--open", "open_browser", is_flag=True, help="Open the draft in the web browser.")
@click.option("--style", "style_id", metavar="ID", help="Preview with another journal style.")
@click.option("--out", "out_dir", default="build", show_default=True,
              type=click.Path(path_type=Path, file_okay=False), help="Folder for the outputs (preview/ inside).")
@guarded
def preview(case_dir: Path, port: int, open_browser: bool, style_id: Optional[str], out_dir: Path) -> None:
    """Serve a live HTML draft that rebuilds on every save (Ctrl-C stops)."""
    from casepub.preview import Session
    from casepub.serve import PreviewServer, watch

    if not (case_dir / "case.yaml").is_file():
        say(f"{case_dir}: no case.yaml here", error=True)
        say(f"    hint: give the case folder, e.g. casepub preview cases/<name>, or start one with: "
            f"casepub new {case_dir}", error=True)
        sys.exit(2)
    session = Session(case_dir, out_dir, style_id)

    def timed(line: str) -> None:
        say(f"{time.strftime('%H:%M:%S')}  {line}")

    def report(state) -> None:
        errors = sum(f["severity"] == "error" for f in state.findings)
        warnings = sum(f["severity"] == "warning" for f in state.findings)
        counts = f"{errors} error(s), {warnings} warning(s)"
        if state.blocking:
            first = state.blocking[0]
            where = first["file"] + (f":{first['line']}:{first['column'] or 1}" if first["line"] else "")
            timed(f"not rebuilt ({state.seconds:.2f} s): {where}: {first['code']}: {first['message']} "
                f"- the browser keeps the last good draft")
        else:
            timed(f"rebuilt in {state.draft_seconds:.2f} s, checked in {state.seconds:.2f} s: {counts}")

    try:
        server = PreviewServer(session, port, timed, report)
    except OSError as exc:
        say(f"casepub preview: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}", error=True)
        say("    hint: another program uses this port; try --port 0 to pick a free one", error=True)
        sys.exit(2)
    stop = threading.Event()

    def watching() -> None:
        try:
            watch(session, stop, report, timed)
        except Exception as exc:  # without the watcher the draft would silently go stale
            say(f"casepub preview: stopped watching for changes: {type(exc).__name__}: {exc}", error=True)
            stop.set()

    threads = [threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True),
               threading.Thread(target=watching, daemon=True)]
    for thread in threads:  # watching before the first build, so no save is missed
        thread.start()
    report(session.rebuild())
    say(f"previewing {display_path(case_dir)} at {server.url}  (Ctrl-C stops)")
    if open_browser:
        import webbrowser

        webbrowser.open(server.url)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.stopping.set()
        session.close()
        server.shutdown()
        server.server_close()
    say("stopped")


@main.command()
@guarded
def styles() -> None:
    """List the journal styles with their limits."""
    from casepub.findings import BuildFailed
    from casepub.styles import available_styles, load_style

    from rich.table import Table

    table = Table(title="casepub styles")
    table.add_column("id", no_wrap=True, style="bold")
    for column in ("journal", "article type", "page", "columns", "outputs", "limits"):
        table.add_column(column)
    problems = Findings()
    for style_id in available_styles(Path.cwd() / "cases" / "_"):
        try:
            style = load_style(style_id, Path.cwd() / "cases" / "_")
        except BuildFailed as failed:
            problems.extend(failed.findings)
            continue
        spec = style.spec
        limits = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in spec.limits.model_dump().items()
                           if v is not None) or "-"
        table.add_row(*(Text(str(v)) for v in (style_id, spec.name, spec.article_type, spec.page_size,
                                               spec.columns, ",".join(spec.outputs), limits)))
    out.print(table)
    print_findings(problems)
    sys.exit(1 if problems.has_errors() else 0)


@main.group()
def refs() -> None:
    """Add references to a case: import files or look works up by DOI or PMID."""


def _report_refs(case_dir: Path, added: list[str], findings: list[Finding]) -> None:
    print_findings(findings)
    for key in added:
        say(f"added [@{key}]")
    if added:
        say(f"{len(added)} reference(s) added to {case_dir}/references.yaml; cite them as shown")
    sys.exit(1 if any(f.severity is Severity.ERROR for f in findings) else 0)


@refs.command("import")
@click.argument("case_dir", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@guarded
def refs_import(case_dir: Path, files: tuple[Path, ...]) -> None:
    """Import FILES (.bib, .ris, .json CSL-JSON, .nbib PubMed) into the case's references.yaml.

    Existing entries and comments are kept as they are; works already there (same DOI or
    PMID) are skipped; new entries get readable keys such as hashemi2019.
    """
    from casepub.refs import import_files

    added, findings = import_files(case_dir, list(files))
    _report_refs(case_dir, added, findings)


@refs.command("add")
@click.argument("case_dir", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.argument("identifiers", nargs=-1, required=True)
@guarded
def refs_add(case_dir: Path, identifiers: tuple[str, ...]) -> None:
    """Look IDENTIFIERS (doi:10.x/y, pmid:123) up at Crossref and PubMed and add them."""
    from casepub.refs import merge, resolve_identifiers

    items, findings = resolve_identifiers(list(identifiers))
    added, merged = merge(case_dir / "references.yaml", items, f"{case_dir}/references.yaml") if items else ([], [])
    _report_refs(case_dir, added, findings + merged)
