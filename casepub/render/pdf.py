"""The PDF, laid out by WeasyPrint from the HTML; its complaints become findings."""

from __future__ import annotations

import io
import logging
import os
import shutil
import struct
import sys
import tempfile
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

from casepub.findings import Finding, Severity
from casepub.render.assets import VIRTUAL_ROOT, guarded_fetcher

logger = logging.getLogger(__name__)

# WeasyPrint logs what it could not do and carries on; these mean the PDF is wrong.
_BROKEN = ("failed to load", "refused to load", "ignored", "invalid", "unsupported", "error")
FIGURES_URL = VIRTUAL_ROOT + "figures/"

PdfResult = tuple[list[Finding], int, dict[str, int]]


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _png_stream(image) -> Optional[bytes]:
    """The image data of an 8-bit, non-interlaced RGB or grey PNG without transparency,
    straight from its file: what a PDF FlateDecode stream with a PNG predictor holds.

    WeasyPrint decodes every PNG and encodes it again to get these bytes (about 0.15 s a
    figure). Our figures are written by Pillow with the settings WeasyPrint uses, so the
    bytes are the same (tests/render/test_pdf.py checks it); for any other PNG they are
    still a valid stream. Anything else returns None and WeasyPrint does its own work.
    """
    from PIL.PngImagePlugin import PngImageFile

    source = getattr(image, "fp", None)
    if not isinstance(image, PngImageFile) or not isinstance(source, io.BytesIO) or "transparency" in image.info:
        return None
    data = source.getvalue()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR" or len(data) < 33:
        return None
    _, _, depth, colour, _, _, interlace = struct.unpack("!IIBBBBB", data[16:29])
    if depth != 8 or colour not in (0, 2) or interlace or image.mode != ("L" if colour == 0 else "RGB"):
        return None
    chunks, position = [], 8
    while position + 8 <= len(data):
        length, kind = struct.unpack("!I4s", data[position:position + 8])
        if kind == b"IDAT":
            chunks.append(data[position + 8:position + 8 + length])
        position += 12 + length
    return b"".join(chunks) or None


def _install_png_shortcut() -> None:
    from weasyprint.images import RasterImage

    encode = RasterImage._get_png_data
    if hasattr(encode, "weasyprint"):
        return

    def png_data(image) -> bytes:
        stream = _png_stream(image)
        return encode(image) if stream is None else stream

    png_data.weasyprint = encode  # type: ignore[attr-defined]  (its own, for the tests)
    RasterImage._get_png_data = staticmethod(png_data)


def write_pdf(html_path: Path, pdf_path: Path, allowed: Path,
              before_figure: Optional[Callable[[], None]] = None) -> PdfResult:
    """Render `html_path` to `pdf_path`, reading nothing outside `allowed`.

    Returns the findings, the page count and the page each element id starts on (for the
    CARE checklist). The PDF carries no date unless
    SOURCE_DATE_EPOCH is set, and then that one, so builds are byte-for-byte reproducible.
    `before_figure` is called before the first figure is read: a build that is still
    encoding its figures makes WeasyPrint wait there, after it has parsed and styled the page.
    """
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    _install_png_shortcut()
    # WeasyPrint copies @font-face files into a temporary folder it removes only in the font
    # configuration's __del__, which a forked PDF process (it leaves with os._exit) never runs:
    # every build left a few megabytes in the temporary folder. So we own it and remove it.
    fonts = FontConfiguration()
    collector = _Collector()
    wp_logger = logging.getLogger("weasyprint")
    # Our own level decides what WeasyPrint reports, not the CLI's (which hides warnings).
    saved = (wp_logger.level, wp_logger.propagate)
    wp_logger.setLevel(logging.WARNING)
    wp_logger.propagate = False
    wp_logger.addHandler(collector)
    refused: list[str] = []
    fetcher = guarded_fetcher(allowed, refused)
    if before_figure is not None:
        fetch = fetcher.fetch

        def gated(url: str, headers=None):
            if url.startswith(FIGURES_URL):
                before_figure()
            return fetch(url, headers)

        fetcher.fetch = gated
    try:
        document = weasyprint.HTML(string=html_path.read_text(encoding="utf-8"),
                                   base_url=VIRTUAL_ROOT + html_path.relative_to(allowed).as_posix(),
                                   url_fetcher=fetcher).render(font_config=fonts)
        logger.debug("laid out %s: %d pages", html_path.name, len(document.pages))
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():  # the reproducible-builds convention: dates come from the environment
            stamp = datetime.fromtimestamp(int(epoch), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            document.metadata.created = document.metadata.modified = stamp
        document.write_pdf(str(pdf_path))
        logger.debug("wrote %s", pdf_path.name)
    finally:
        folder = getattr(fonts, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        wp_logger.removeHandler(collector)
        wp_logger.setLevel(saved[0])
        wp_logger.propagate = saved[1]
    findings: list[Finding] = []
    for record in collector.records:
        message = record.getMessage()
        broken = record.levelno >= logging.ERROR or any(w in message.lower() for w in _BROKEN)
        findings.append(Finding(str(html_path.name), 0, 0, "pdf-render", message,
                                Severity.ERROR if broken else Severity.WARNING,
                                hint="the PDF would be missing something; fix the file named above"))
    anchors: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for anchor in page.anchors:
            anchors.setdefault(anchor, number)
    return findings, len(document.pages), anchors


def _can_fork() -> bool:
    """Forking is only safe while this process runs a single thread (a lock another thread
    holds would stay locked in the child forever), and only where there is fork at all."""
    if not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    import multiprocessing

    return not multiprocessing.current_process().daemon  # pool workers may not have children


def _serve(conn, scratch: str) -> None:
    """The PDF process: import WeasyPrint while the parent loads and converts, then render. Its temporary
    files go to SCRATCH, which the parent removes: a process stopped mid-page cleans up nothing itself."""
    tempfile.tempdir = scratch
    try:
        import weasyprint  # noqa: F401  (the slow part: about a second of pure Python)

        logger.debug("PDF process: WeasyPrint imported")
        html_path, pdf_path, allowed, figures_pending = conn.recv()
        logger.debug("PDF process: laying out %s", html_path.name)
    except (EOFError, OSError):  # the parent no longer needs a PDF
        return
    waiting = [figures_pending]

    def before_figure() -> None:
        if waiting[0]:
            try:
                ok = conn.recv()
            except (EOFError, OSError):
                ok = False
            if not ok:  # the parent gave up (its figures failed): nothing to report
                os._exit(0)
            logger.debug("PDF process: figures ready")
            waiting[0] = False

    try:
        outcome = ("done", write_pdf(html_path, pdf_path, allowed, before_figure))
    except Exception as exc:  # handed to the parent, which reports it like an in-process failure
        outcome = ("error", exc)
    try:
        conn.send(outcome)
    except Exception:  # an exception that does not pickle still reaches the parent, as text
        conn.send(("error", RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}")))


class PdfJob:
    """WeasyPrint working beside the rest of a build.

    With `separate`, a forked process imports WeasyPrint at once and lays the page out as
    soon as the HTML exists, while this process converts JATS and runs the checks: on two
    cores the build then takes about as long as WeasyPrint alone. Otherwise (a process
    with threads, a worker of a batch) WeasyPrint is imported in a background thread, which
    overlaps only with pandoc and image encoding, and the PDF is rendered here at the end.
    """

    def __init__(self, separate: bool = True) -> None:
        self._process = self._conn = None
        self._scratch: Optional[str] = None
        self._args: Optional[tuple] = None
        if separate and _can_fork():
            import multiprocessing

            context = multiprocessing.get_context("fork")
            for stream in (sys.stdout, sys.stderr):  # or the child would print them a second time
                stream.flush()
            self._conn, child = context.Pipe()
            self._scratch = tempfile.mkdtemp(prefix="casepub-pdf-")
            self._process = context.Process(target=_serve, args=(child, self._scratch), daemon=True,
                                            name="casepub-pdf")
            self._process.start()
            child.close()
        else:
            threading.Thread(target=_import_weasyprint, daemon=True, name="casepub-import").start()

    @property
    def separate(self) -> bool:
        return self._process is not None

    @property
    def sent(self) -> bool:
        return self._args is not None

    def send(self, html_path: Path, pdf_path: Path, allowed: Path, figures_pending: bool = False) -> None:
        """The HTML is written: lay it out. With `figures_pending`, wait for `figures_ready`
        before reading the first figure."""
        self._args = (html_path, pdf_path, allowed)
        if self._conn is not None:
            self._conn.send((html_path, pdf_path, allowed, figures_pending))

    def figures_ready(self, ok: bool = True) -> None:
        if self._conn is not None:
            try:
                self._conn.send(ok)
            except OSError:  # it had already stopped; result() says why
                pass

    def result(self) -> PdfResult:
        """Wait for the PDF (or render it now, in this process)."""
        if self._args is None:
            raise RuntimeError("no HTML was sent to the PDF job")
        if self._conn is None:
            return write_pdf(*self._args)
        try:
            kind, value = self._conn.recv()
        except EOFError:
            self._process.join()
            code = self._process.exitcode
            self.close()
            raise RuntimeError(f"the PDF process stopped unexpectedly (exit code {code})")
        self._process.join(timeout=5)  # it exits as soon as it has answered
        self.close()
        if kind == "error":
            raise value
        return value

    def close(self) -> None:
        """Stop the process if it is still working (a build that failed no longer needs it)."""
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join()
            self._conn.close()
            self._process = self._conn = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


def _import_weasyprint() -> None:
    try:
        import weasyprint  # noqa: F401
    except Exception:  # the real import, at render time, reports it
        logger.debug("background import of WeasyPrint failed", exc_info=True)
