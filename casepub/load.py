"""Stage 1: read a case folder into a typed Case, collecting every problem as a finding."""

from __future__ import annotations

import logging
import re
import typing
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, ValidationError

from casepub.findings import Finding, Findings, Severity, did_you_mean, display_path
from casepub.model import Case, CaseFile, FiguresFile, TimelineFile
from casepub.yamlsrc import Source, read_yaml

logger = logging.getLogger(__name__)

CASE_FILES = {"case": "case.yaml", "timeline": "timeline.yaml",
              "figures": "figures.yaml", "references": "references.yaml"}

_EXPECTED = {
    "string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number",
    "int_from_float": "a whole number", "bool_type": "true or false",
    "bool_parsing": "true or false", "list_type": "a list (lines starting with '- ')",
    "dict_type": "a mapping (lines of 'key: value')",
    "model_type": "a mapping (lines of 'key: value')",
    "model_attributes_type": "a mapping (lines of 'key: value')",
}


def describe(value: Any) -> str:
    """How a wrong value looks to the user, quoted."""
    if value is None:
        return "nothing (the value is empty)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def _unwrap(annotation: Any) -> Any:
    """Optional[X] -> X, list[X] -> X, dict[str, X] -> X: the model a location points into."""
    while True:
        origin = typing.get_origin(annotation)
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)) and args:
            annotation = args[0]
        elif origin in (list, dict) and args:
            annotation = args[-1]
        else:
            return annotation


def _model_at(model: type[BaseModel], loc: tuple) -> Optional[type[BaseModel]]:
    """The model class whose fields apply at `loc` (a tuple of aliases and indexes)."""
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        fields = {f.alias or n: f for n, f in current.model_fields.items()}
        if step not in fields:
            return None
        current = _unwrap(fields[step].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _keys_of(model: type[BaseModel]) -> list[str]:
    return [f.alias or n for n, f in model.model_fields.items()]


def _required_keys(model: type[BaseModel]) -> list[str]:
    return [f.alias or n for n, f in model.model_fields.items() if f.is_required()]


def schema_findings(source: Source, model: type[BaseModel], error: ValidationError) -> list[Finding]:
    """Turn pydantic's errors into findings that point at the exact key or value."""
    out: list[Finding] = []
    for err in error.errors(include_url=False):
        loc = tuple(err["loc"])
        kind = err["type"]
        where = ".".join(str(s) for s in loc) or "the file"
        if kind == "extra_forbidden":
            parent = _model_at(model, loc[:-1])
            valid = _keys_of(parent) if parent else []
            out.append(source.finding(
                loc, "unknown-key", f"unknown key '{loc[-1]}'"
                + (f" in '{'.'.join(str(s) for s in loc[:-1])}'" if loc[:-1] else ""),
                hint=did_you_mean(str(loc[-1]), valid), key=True))
        elif kind == "missing":
            parent = _model_at(model, loc[:-1])
            required = ", ".join(_required_keys(parent)) if parent else ""
            out.append(source.finding(
                loc[:-1], "missing-field", f"the required key '{loc[-1]}' is missing"
                + (f" from '{'.'.join(str(s) for s in loc[:-1])}'" if loc[:-1] else ""),
                hint=f"add '{loc[-1]}: ...'" + (f" (required here: {required})" if required else ""),
                key=bool(loc[:-1])))
        elif kind in _EXPECTED:
            out.append(source.finding(
                loc, "wrong-type",
                f"'{where}' must be {_EXPECTED[kind]}, not {describe(err.get('input'))}",
                hint="put text in quotes if it contains ':' or starts with a special character"
                if _EXPECTED[kind] == "text" else ""))
        elif kind == "too_short":
            out.append(source.finding(loc, "empty-list", f"'{where}' must list at least one item",
                                      hint="add an item on a line starting with '- '"))
        elif kind == "literal_error":
            expected = err.get("ctx", {}).get("expected", "")
            out.append(source.finding(loc, "invalid-value",
                                      f"'{where}' must be one of {expected}, not {describe(err.get('input'))}"))
        elif kind == "value_error":
            message = str(err.get("ctx", {}).get("error", err["msg"]))
            out.append(source.finding(loc, "invalid-value", f"'{where}': {message}"))
        else:
            out.append(source.finding(loc, "invalid-value",
                                      f"'{where}': {err['msg']} (got {describe(err.get('input'))})"))
    return out


def _validate(source: Source, model: type[BaseModel], findings: Findings) -> Optional[BaseModel]:
    if source.data is None:
        return None
    if not isinstance(source.data, dict):
        findings.add(source.finding((), "wrong-type",
                                    f"the file must be a mapping of keys ({', '.join(_keys_of(model))}),"
                                    f" not {describe(source.data)}"))
        return None
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        findings.extend(schema_findings(source, model, exc))
        return None


# Reference ids become anchors in HTML and IDs in JATS: keep them to characters both accept.
REF_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
REF_TEXT = ("title", "container-title", "container-title-short", "publisher", "publisher-place", "URL",
            "DOI", "PMID", "PMCID", "ISBN", "volume", "issue", "page", "number", "edition", "note", "type")
REF_NAMES = ("author", "editor", "translator")
REF_DATES = ("issued", "accessed")


def _reference_shape(item: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(key, problem, hint) for CSL fields pandoc could not read."""
    out = []
    for key in REF_NAMES:
        names = item.get(key)
        if names is None:
            continue
        if not isinstance(names, list) or not all(
                isinstance(n, dict) and (n.get("family") or n.get("literal"))
                and all(isinstance(v, str) for v in n.values()) for n in names):
            out.append((key, f"'{key}' must be a list of names, not {describe(names)}",
                        "write each name on its own line: '- {family: Smith, given: Jane A.}' "
                        "(an organisation: '- {literal: World Health Organization}')"))
    for key in REF_TEXT:
        if isinstance(item.get(key), bool) or isinstance(item.get(key), float):
            out.append((key, f"'{key}' must be text or a whole number, not {describe(item[key])}",
                        f"write it as text in quotes, e.g. {key}: \"{item[key]}\""))
        if isinstance(item.get(key), (dict, list)):
            out.append((key, f"'{key}' must be text, not {describe(item[key])}",
                        "write one value" + (" (the first title, if there are several)" if key == "title" else "")))
    for key in REF_DATES:
        date = item.get(key)
        if date is None:
            continue
        parts = date.get("date-parts") if isinstance(date, dict) else None
        good = isinstance(date, dict) and (
            (isinstance(parts, list) and parts and all(
                isinstance(p, list) and p and all(isinstance(n, int) and not isinstance(n, bool) or
                                                  (isinstance(n, str) and n.isdigit()) for n in p) for p in parts))
            or (not parts and isinstance(date.get("raw") or date.get("literal"), str)))
        if not good:
            out.append((key, f"'{key}' is not a CSL date ({describe(date)})",
                        f"write {key}: {{date-parts: [[2019]]}} (or [[2019, 5, 1]] with month and day)"))
    return out


def _references(source: Source, findings: Findings) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """CSL-YAML: a `references:` list of mappings, each with a unique text `id`.

    Returns the usable entries and, for each id, its index in the file (for line numbers).
    """
    data = source.data
    index: dict[str, int] = {}
    if data is None:
        return [], index
    if not isinstance(data, dict) or not isinstance(data.get("references", []), list):
        findings.add(source.finding((), "wrong-type",
                                    "references.yaml must hold 'references:' followed by a list "
                                    "of CSL entries", hint="see docs/case-format.md#referencesyaml"))
        return [], index
    for key in data:
        if key != "references":
            findings.add(source.finding((key,), "unknown-key", f"unknown key '{key}'",
                                        hint=did_you_mean(str(key), ["references"]), key=True))
    refs: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(data.get("references") or []):
        path = ("references", i)
        if not isinstance(item, dict):
            findings.add(source.finding(path, "wrong-type",
                                        f"reference {i + 1} must be a mapping, not {describe(item)}"))
            continue
        ref_id = item.get("id")
        if not isinstance(ref_id, (str, int)) or str(ref_id).strip() == "":
            findings.add(source.finding(path, "missing-field", f"reference {i + 1} has no 'id'",
                                        hint="add 'id: surname2019': the key you cite as [@surname2019]"))
            continue
        ref_id = str(ref_id)
        if not REF_ID.match(ref_id):
            findings.add(source.finding(path + ("id",), "invalid-value",
                                        f"the reference id '{ref_id}' may hold only letters, digits, '-', '_' "
                                        "and '.', starting with a letter or digit",
                                        hint=f"rename it, e.g. '{re.sub(r'[^A-Za-z0-9_.-]', '', ref_id) or 'smith2019'}', "
                                             "and cite it by the new name"))
        for key, problem, hint in _reference_shape(item):
            findings.add(source.finding(path + (key,), "wrong-type", f"reference '{ref_id}': {problem}", hint))
        if ref_id in seen:
            findings.add(source.finding(path + ("id",), "duplicate-id",
                                        f"the reference id '{ref_id}' is used twice (first on line {seen[ref_id]})",
                                        hint="give each reference its own id"))
            continue
        seen[ref_id] = source.position(path + ("id",))[0]
        if "type" not in item:
            findings.add(source.finding(path, "missing-field", f"reference '{ref_id}' has no 'type'",
                                        hint="add 'type: article-journal' (or book, chapter, webpage, ...)",
                                        severity=Severity.WARNING))
        refs.append({**item, "id": ref_id})
        index[ref_id] = i
    return refs, index


def load_case(folder: Path) -> tuple[Optional[Case], Findings]:
    """Read and validate the four files of a case; return the Case (if usable) and the findings."""
    findings = Findings()
    folder = Path(folder).resolve()  # `casepub build .` names its outputs after the folder
    if not folder.is_dir():
        hint = ("a case is a folder holding case.yaml; create one with "
                f"'casepub new {display_path(folder)}'")
        findings.add(Finding(display_path(folder), 0, 0, "case-not-found",
                             "no such case folder", hint=hint))
        return None, findings
    sources: dict[str, Source] = {}
    for key, name in CASE_FILES.items():
        path = folder / name
        if path.is_symlink() and folder not in path.resolve().parents:
            findings.add(Finding(display_path(path), 0, 0, "unsafe-path",
                                 f"{name} is a link to a file outside the case folder; casepub does not follow it",
                                 hint="copy the file into the case folder instead of linking to it"))
            sources[key] = Source(path)
            continue
        if path.exists() and not path.is_file():
            findings.add(Finding(display_path(path), 0, 0, "wrong-type", f"{name} is a folder, not a file",
                                 hint=f"{name} must be a YAML file; see docs/case-format.md"))
            sources[key] = Source(path)
            continue
        if not path.exists():
            if key == "case":
                findings.add(Finding(display_path(path), 0, 0, "missing-file",
                                     "the case folder has no case.yaml",
                                     hint="every case needs case.yaml; see docs/case-format.md"))
            sources[key] = Source(path)
            continue
        source, problems = read_yaml(path, typed=(key == "references"))
        findings.extend(problems)
        sources[key] = source

    meta = _validate(sources["case"], CaseFile, findings) if sources["case"].data is not None else None
    if sources["case"].data is None and sources["case"].path.exists() and not findings.has_errors():
        findings.add(sources["case"].finding((), "empty-file", "case.yaml is empty",
                                              hint="start from 'casepub new' or docs/case-format.md"))
    timeline = _validate(sources["timeline"], TimelineFile, findings)
    figures = _validate(sources["figures"], FiguresFile, findings)
    references, reference_index = _references(sources["references"], findings)
    if meta is None:
        return None, findings
    case = Case(root=folder, meta=meta,
                timeline=list(timeline.events) if timeline else [],
                figures=list(figures.figures) if figures else [],
                references=references, sources=sources, reference_index=reference_index)
    case.invalid = {key for key, model in (("timeline", timeline), ("figures", figures))
                    if model is None and sources[key].path.exists()}
    return case, findings
