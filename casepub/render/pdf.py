"""The PDF, laid out by WeasyPrint from the HTML; its complaints become findings."""

from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from casepub.findings import Finding, Severity
from casepub.render.assets import VIRTUAL_ROOT, guarded_fetcher

logger = logging.getLogger(__name__)

# WeasyPrint logs what it could not do and carries on; these mean the PDF is wrong.
_BROKEN = ("failed to load", "refused to load", "ignored", "invalid", "unsupported", "error")


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def write_pdf(html_path: Path, pdf_path: Path, allowed: Path) -> tuple[list[Finding], int, dict[str, int]]:
    """Render `html_path` to `pdf_path`, reading nothing outside `allowed`.

    Returns the findings, the page count and the page each element id starts on (for the
    CARE checklist). The PDF carries no date unless
    SOURCE_DATE_EPOCH is set, and then that one, so builds are byte-for-byte reproducible.
    """
    import weasyprint

    collector = _Collector()
    wp_logger = logging.getLogger("weasyprint")
    # Our own level decides what WeasyPrint reports, not the CLI's (which hides warnings).
    saved = (wp_logger.level, wp_logger.propagate)
    wp_logger.setLevel(logging.WARNING)
    wp_logger.propagate = False
    wp_logger.addHandler(collector)
    refused: list[str] = []
    try:
        document = weasyprint.HTML(string=html_path.read_text(encoding="utf-8"),
                                   base_url=VIRTUAL_ROOT + html_path.relative_to(allowed).as_posix(),
                                   url_fetcher=guarded_fetcher(allowed, refused)).render()
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():  # the reproducible-builds convention: dates come from the environment
            stamp = datetime.fromtimestamp(int(epoch), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            document.metadata.created = document.metadata.modified = stamp
        document.write_pdf(str(pdf_path))
    finally:
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
