"""The warm preview session: rebuild the HTML draft on every save, keep the last good one."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from casepub.findings import BuildFailed, Finding, Findings, Severity

logger = logging.getLogger(__name__)

# Errors after which the draft cannot be shown as it is: the case did not load, or rendering
# it would read something outside the case (the preview renders despite other check errors,
# which the panel lists, so a half-written case can still be looked at).
BLOCKING = {"unsafe-path", "image-too-large"}
HEAD_TEXT = re.compile(rb"<title>.*?</title>|<meta name=\"[^\"]*\" content=\"[^\"]*\">", re.S)


@dataclass
class State:
    """What the browser is told after each rebuild (sent as JSON over server-sent events)."""

    version: int = 0  # counts rebuilds
    html: str = ""  # hash of the last good HTML ("" until one exists)
    assets: str = ""  # hash of its stylesheet, fonts and figures: a change needs a full reload
    title: str = ""
    style: str = ""
    styles: list[str] = field(default_factory=list)
    blocking: list[dict] = field(default_factory=list)  # why the draft on screen is not the latest
    findings: list[dict] = field(default_factory=list)  # errors and warnings from `check`
    seconds: float = 0.0  # the whole rebuild, checks included
    draft_seconds: float = 0.0  # until the draft was on its way to the browser
    checking: bool = False  # the draft is out; the slower checks are still running
    built: str = ""  # wall-clock time of the rebuild, for the panel

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _display(findings: Findings) -> list[dict]:
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return [f.as_dict() for f in sorted(findings, key=lambda f: (order[f.severity], f.file, f.line, f.column))]


def _write(path: Path, data: bytes) -> None:
    """Replace a file in one step, so the server never sends half of it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the draft is an ordinary output file
    os.replace(tmp, path)


def _internal(exc: Exception) -> Finding:
    return Finding("", 0, 0, "internal-error", f"casepub failed while rebuilding the draft: "
                   f"{type(exc).__name__}: {exc}",
                   hint="the last good draft stays on screen; if saving again does not help, "
                        "report it with the output of: casepub --debug preview ...")


class Session:
    """One case kept warm: the Jinja environments, the last conversion and figure encodings.

    `rebuild()` redoes only what changed since the previous call; the HTTP server reads
    `state`, waits on `changed` and asks for the PDF and the CARE checklist on demand.
    """

    def __init__(self, case_dir: Path, out_root: Path, style_id: Optional[str] = None) -> None:
        self.case_dir = Path(case_dir).resolve()
        self.style_id = style_id
        self.folder = (Path(out_root) / self.case_dir.name / "preview").resolve()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.html_path = self.folder / f"{self.case_dir.name}.html"
        self.pdf_path = self.folder / f"{self.case_dir.name}.pdf"
        self.lock = threading.RLock()  # one rebuild or PDF at a time
        self.changed = threading.Condition()
        self.closed = False
        self.state = State()
        self._warm = None
        self._reuse: dict = {}
        self._case = self._style = None
        self._pdf_key = ""
        self._anchors: dict[str, int] = {}

    # -- rebuilding -------------------------------------------------------------------

    def rebuild(self) -> State:
        """Load and render the HTML and publish it, then run the remaining checks and publish those.

        The draft reaches the browser before the slower checks (privacy, references, limits)
        have run; only the checks that guard what rendering may read run first.
        """
        with self.lock:
            started = time.perf_counter()
            findings = Findings()
            try:
                html, assets, case, style = self._render(findings)
            except BuildFailed as failed:
                findings.extend(failed.findings)
                html, assets, case, style = None, "", None, None
            except Exception as exc:  # a bug in casepub: keep the last draft and keep watching
                logger.debug("rebuild failed", exc_info=True)
                findings.add(_internal(exc))
                html, assets, case, style = None, "", None, None
            blocking = [f for f in findings.errors if html is None or f.code in BLOCKING]
            state = State(version=self.state.version + 1, html=self.state.html, assets=self.state.assets,
                          title=self.state.title, style=self.style_id or self.state.style,
                          styles=self.state.styles, blocking=_display(Findings(blocking)),
                          findings=_display(findings), built=time.strftime("%H:%M:%S"))
            if html is not None and not blocking:
                digest = hashlib.sha256(html).hexdigest()[:16]
                if digest != state.html or not self.html_path.exists():
                    _write(self.html_path, html)
                state.html, state.assets = digest, assets
                state.title, state.style = case.meta.title, style.id
                self._case, self._style = case, style
            state.draft_seconds = state.seconds = round(time.perf_counter() - started, 3)
            if case is not None and style is not None and not any(f.code in BLOCKING for f in findings.errors):
                from casepub.checks import guards, registered

                state.checking = True
                self._publish(state)
                for check in registered():
                    if check not in guards():
                        try:
                            findings.extend(check(case, style))
                        except Exception as exc:  # a check's bug must not stop the preview
                            logger.debug("check failed", exc_info=True)
                            findings.add(_internal(exc))
                state = State(**{**state.as_dict(), "version": state.version + 1, "checking": False,
                                 "findings": _display(findings)})
                state.seconds = round(time.perf_counter() - started, 3)
            self._publish(state)
            return state

    def _render(self, findings: Findings) -> tuple[Optional[bytes], str, Optional[object], Optional[object]]:
        from casepub.build import load_case_and_style, prune, render_page
        from casepub.checks import guards
        from casepub.render.assets import stylesheet_findings, write_figures, write_style
        from casepub.render.warm import convert_warm
        from casepub.styles import available_styles

        case, style, loaded = load_case_and_style(self.case_dir, self.style_id)
        findings.extend(loaded)
        if not self.state.styles:
            self.state.styles = sorted(available_styles(self.case_dir))
        if case is None or style is None:
            return None, "", case, style
        for check in guards():
            findings.extend(check(case, style))
        findings.extend(stylesheet_findings(style))
        if any(f.code in BLOCKING for f in findings.errors):
            return None, "", case, style
        converted, self._warm = convert_warm(case, style, self._warm)
        findings.extend(converted.findings)
        figures, problems = write_figures(case, self.folder, self._reuse)
        findings.extend(problems)
        write_style(style, self.folder)
        fonts = self.folder / "assets" / "fonts"  # another style's fonts, a figure no longer there
        prune(fonts, {fonts / f.name for f in style.fonts.iterdir()} if style.fonts.is_dir() else set())
        prune(self.folder / "figures", {self.folder / f for f in figures.values()})
        html, scan = render_page(case, style, converted, figures, self.html_path.name)
        findings.extend(scan)
        html_bytes = html.encode("utf-8")
        # The title and the meta tags follow the text (the page swaps them in place); the rest
        # of the head (inline @page rules, a {% block head %}) needs a reload.
        head = HEAD_TEXT.sub(b"", html_bytes[:html_bytes.find(b"</head>")])
        return html_bytes, self._assets_digest(head), case, style

    def _assets_digest(self, head: bytes) -> str:
        """Changes to the <head>, stylesheet, fonts or figures need a full page load in the browser."""
        digest = hashlib.sha256(head)
        for sub in ("assets", "figures"):
            for path in sorted((self.folder / sub).rglob("*")):
                if path.suffix == ".css":  # small, and rewritten when a style switch is undone
                    digest.update(path.read_bytes())
                elif path.is_file():
                    stat = path.stat()
                    digest.update(f"{path.relative_to(self.folder)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
        return digest.hexdigest()[:16]

    def switch_style(self, style_id: str) -> State:
        from casepub.styles import available_styles

        if style_id not in available_styles(self.case_dir):
            raise ValueError(f"'{style_id}' is not a style; use one of: {', '.join(sorted(available_styles(self.case_dir)))}")
        with self.lock:
            previous, self.style_id = self.style_id, style_id
            state = self.rebuild()
            if state.blocking:  # go back to the style that was on screen
                self.style_id = previous
                self.rebuild()
                first = state.blocking[0]
                raise ValueError(f"could not switch to '{style_id}': {first['file']}"
                                 f"{':' + str(first['line']) if first['line'] else ''}: {first['message']}")
            return state

    def _publish(self, state: State) -> None:
        with self.changed:
            self.state = state
            self.changed.notify_all()

    def close(self) -> None:
        """Wake every waiting event stream so the server can stop."""
        with self.changed:
            self.closed = True
            self.changed.notify_all()

    # -- on demand --------------------------------------------------------------------

    def pdf(self) -> tuple[Optional[Path], list[Finding], bool]:
        """The PDF of the draft on screen: laid out again only when its HTML or assets changed.

        Returns the PDF (None if it failed), its problems, and whether it was rebuilt.
        """
        from casepub.render.pdf import write_pdf

        with self.lock:
            key = f"{self.state.html}:{self.state.assets}"
            if not self.state.html:  # no draft has built yet: say why
                return None, [Finding(**{**f, "severity": Severity(f["severity"])}) for f in self.state.blocking], False
            if key == self._pdf_key and self.pdf_path.is_file():
                return self.pdf_path, [], False
            fd, tmp = tempfile.mkstemp(prefix=f".{self.pdf_path.name}.", dir=self.folder)
            os.close(fd)
            try:
                problems, _, anchors = write_pdf(self.html_path, Path(tmp), allowed=self.folder)
            except BuildFailed as failed:
                os.unlink(tmp)
                return None, list(failed.findings), True
            if any(p.severity is Severity.ERROR for p in problems):
                os.unlink(tmp)
                return None, problems, True
            os.replace(tmp, self.pdf_path)
            self._pdf_key, self._anchors = key, anchors
            return self.pdf_path, problems, True

    def care(self) -> tuple[Optional[str], list[Finding]]:
        """The filled CARE checklist, with pages from the draft's PDF."""
        from casepub.care import checklist_html

        with self.lock:
            pdf, problems, _ = self.pdf()
            if pdf is None or self._case is None or self._style is None:
                return None, problems
            try:
                return checklist_html(self._case, self._style, self._anchors), problems
            except BuildFailed as failed:
                return None, list(failed.findings)
