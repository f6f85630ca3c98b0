"""`casepub care`: the filled CARE checklist journals ask authors to upload (HTML and PDF)."""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from casepub.build import BuildResult, build_case, publish
from casepub.checks.care import items
from casepub.findings import BuildFailed

if TYPE_CHECKING:
    from casepub.model import Case
    from casepub.styles import Style

logger = logging.getLogger(__name__)


def checklist_html(case: "Case", style: "Style", anchors: dict[str, int]) -> str:
    """The filled checklist as HTML; `anchors` (element id -> page) come from the article's PDF."""
    from casepub.render.templates import render

    entries = items(case, style)
    for entry in entries:
        entry.page = anchors.get(entry.anchor) if entry.anchor else None
    return render(style.id, case.root, "care.html", {
        "items": entries, "title": re.sub(r"[*_`^~]", "", case.meta.title), "journal": style.spec.name,
        "article": f"{case.name}.pdf", "authors": [a.name for a in case.meta.authors]})


def write_checklist(case_dir: Path, out_root: Path, jats_schema: Optional[str] = None) -> BuildResult:
    """Build the article (for its page numbers), then the checklist beside it."""
    result = build_case(case_dir, out_root, ["html", "pdf"], jats_schema=jats_schema)
    if result.ok and result.case is None:  # the article was up to date (its pages are in the record)
        from casepub.build import load_case_and_style

        result.case, result.style, _ = load_case_and_style(Path(case_dir), None)
    if not result.ok or result.case is None or result.style is None:
        return result
    from casepub.render.pdf import write_pdf
    from casepub.render.safety import scan_html

    case, style = result.case, result.style
    out_dir = Path(out_root) / case.name
    stage = Path(tempfile.mkdtemp(prefix=f".{case.name}-care-", dir=out_dir))
    try:
        html = checklist_html(case, style, result.anchors)
        name = f"{case.name}-care"
        (stage / f"{name}.html").write_text(html, encoding="utf-8")
        result.findings.extend(scan_html(html, f"{name}.html"))
        problems, _, _ = write_pdf(stage / f"{name}.html", stage / f"{name}.pdf", allowed=stage)
        result.findings.extend(problems)
        if result.ok:
            placed = publish(stage, out_dir, [f"{name}.html", f"{name}.pdf"])
            result.outputs = {"care-html": placed[f"{name}.html"], "care-pdf": placed[f"{name}.pdf"]}
    except BuildFailed as failed:
        result.findings.extend(failed.findings)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return result

