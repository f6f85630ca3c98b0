"""`casepub care`: the filled CARE checklist journals ask authors to upload (HTML and PDF)."""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
from pathlib import Path
from typing import Optional

from casepub.build import BuildResult, build_case, publish
from casepub.checks.care import items
from casepub.findings import BuildFailed

logger = logging.getLogger(__name__)


def write_checklist(case_dir: Path, out_root: Path, jats_schema: Optional[str] = None) -> BuildResult:
    """Build the article (for its page numbers), then the checklist beside it."""
    result = build_case(case_dir, out_root, ["html", "pdf"], jats_schema=jats_schema)
    if not result.ok or result.case is None or result.style is None:
        return result
    from casepub.render.pdf import write_pdf
    from casepub.render.safety import scan_html
    from casepub.render.templates import render

    case, style = result.case, result.style
    entries = items(case, style)
    for entry in entries:
        entry.page = result.anchors.get(entry.anchor) if entry.anchor else None
    out_dir = Path(out_root) / case.name
    stage = Path(tempfile.mkdtemp(prefix=f".{case.name}-care-", dir=out_dir))
    try:
        html = render(style.id, case.root, "care.html", {
            "items": entries, "title": re.sub(r"[*_`^~]", "", case.meta.title), "journal": style.spec.name,
            "article": f"{case.name}.pdf", "authors": [a.name for a in case.meta.authors]})
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

