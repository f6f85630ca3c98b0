"""`casepub refs`: import BibTeX, RIS, CSL-JSON and PubMed files, or add works by DOI/PMID."""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from casepub import identifiers as ids
from casepub.findings import Finding, Severity, display_path
from casepub.yamlsrc import read_yaml

logger = logging.getLogger(__name__)

ORDER = ["id", "type", "author", "editor", "title", "container-title", "container-title-short",
         "collection-title", "publisher", "publisher-place", "edition", "volume", "issue", "page",
         "number", "issued", "accessed", "DOI", "PMID", "PMCID", "ISBN", "URL", "note"]
BIBTEX_TYPES = {"article": "article-journal", "book": "book", "incollection": "chapter", "inbook": "chapter",
                "inproceedings": "paper-conference", "conference": "paper-conference", "phdthesis": "thesis",
                "mastersthesis": "thesis", "techreport": "report", "online": "webpage", "misc": "article"}
RIS_TYPES = {"JOUR": "article-journal", "JFULL": "article-journal", "EJOUR": "article-journal",
             "BOOK": "book", "CHAP": "chapter", "CONF": "paper-conference", "CPAPER": "paper-conference",
             "THES": "thesis", "RPRT": "report", "ELEC": "webpage", "WEB": "webpage"}


def _dash(pages: Any) -> str:
    return re.sub(r"\s*[\u2013\u2014-]+\s*", "-", str(pages)).strip()


def _year(value: Any) -> Optional[dict]:
    m = re.search(r"\d{4}", str(value or ""))
    return {"date-parts": [[int(m.group(0))]]} if m else None


def _name(text: str) -> dict[str, str]:
    """'Hashemi, Daniel A.' or 'Daniel A. Hashemi' -> CSL name."""
    text = text.strip()
    if "," in text:
        family, given = (p.strip() for p in text.split(",", 1))
        return {"family": family, "given": given}
    parts = text.rsplit(" ", 1)
    return {"family": parts[-1], "given": parts[0] if len(parts) == 2 else ""}


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    """Drop empty fields and order the rest as a person would write them."""
    item = {k: v for k, v in item.items() if v not in (None, "", [], {})}
    if item.get("DOI"):
        item["DOI"] = ids.strip_doi(str(item["DOI"]))[0]
    return {k: item[k] for k in sorted(item, key=lambda k: ORDER.index(k) if k in ORDER else len(ORDER))}


def from_bibtex(text: str, notes: Optional[list[str]] = None) -> list[dict[str, Any]]:
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts

    library = bibtexparser.parse_string(text, append_middleware=[
        LatexDecodingMiddleware(), SeparateCoAuthors(), SplitNameParts()])
    if library.failed_blocks and not library.entries:
        raise ValueError(f"not BibTeX: {len(library.failed_blocks)} block(s) could not be read")
    if library.failed_blocks:
        lines = ", ".join(str(getattr(b, "start_line", "?") + 1 if isinstance(getattr(b, "start_line", None), int)
                              else "?") for b in library.failed_blocks)
        one = len(library.failed_blocks) == 1
        (notes if notes is not None else []).append(f"{len(library.failed_blocks)} BibTeX entr{'y' if one else 'ies'} could not be read "
                       f"(line {lines}) and {'was' if one else 'were'} skipped")
    out = []
    for entry in library.entries:
        f = {k.lower(): v.value for k, v in entry.fields_dict.items()}

        def names(key: str) -> list[dict[str, str]]:
            return [{"family": " ".join(n.von + n.last), "given": " ".join(n.first)}
                    for n in f.get(key, []) if hasattr(n, "last")]

        kind = BIBTEX_TYPES.get(entry.entry_type.lower(), "article")
        out.append(_clean({
            "type": kind, "author": names("author"), "editor": names("editor"),
            "title": f.get("title"), "container-title": f.get("journal") or f.get("booktitle"),
            "container-title-short": f.get("shortjournal") or f.get("journalabbrev"),
            "publisher": f.get("publisher") or f.get("school") or f.get("institution"),
            "publisher-place": f.get("address"), "volume": f.get("volume"), "issue": f.get("number"),
            "page": _dash(f["pages"]) if f.get("pages") else None, "issued": _year(f.get("year") or f.get("date")),
            "DOI": f.get("doi"), "PMID": f.get("pmid"), "PMCID": f.get("pmcid"), "ISBN": f.get("isbn"),
            "URL": f.get("url"), "note": f.get("note")}))
    return out


def from_ris(text: str, notes: Optional[list[str]] = None) -> list[dict[str, Any]]:
    import rispy

    out = []
    for r in rispy.loads(text):
        pages = "-".join(p for p in (r.get("start_page"), r.get("end_page")) if p)
        out.append(_clean({
            "type": RIS_TYPES.get(r.get("type_of_reference", ""), "article-journal"),
            "author": [_name(a) for a in r.get("authors", []) + r.get("first_authors", [])],
            "title": r.get("title") or r.get("primary_title"),
            "container-title": r.get("secondary_title") or r.get("journal_name"),
            "container-title-short": r.get("alternate_title1") or r.get("alternate_title3"),
            "publisher": r.get("publisher"), "volume": r.get("volume"), "issue": r.get("number"),
            "page": pages or None, "issued": _year(r.get("year") or r.get("publication_year")),
            "DOI": r.get("doi"), "URL": (r.get("urls") or [None])[0]}))
    return out


def _csl_shapes(item: dict[str, Any]) -> dict[str, Any]:
    """Repair what exporters get wrong: names as strings, flat date-parts."""
    for key in ("author", "editor"):
        names = item.get(key)
        if isinstance(names, str):
            names = [n for n in re.split(r"\s+and\s+|;", names) if n.strip()]
        if isinstance(names, list):
            item[key] = [_name(n) if isinstance(n, str) else n for n in names if isinstance(n, (str, dict))]
    for key in ("issued", "accessed"):
        date = item.get(key)
        if isinstance(date, dict) and isinstance(date.get("date-parts"), list) and date["date-parts"] \
                and not isinstance(date["date-parts"][0], list):
            item[key] = {"date-parts": [date["date-parts"]]}
        elif isinstance(date, (int, str)):
            item[key] = _year(date)
    return item


def from_csl_json(text: str, notes: Optional[list[str]] = None) -> list[dict[str, Any]]:
    data = json.loads(text)
    items = data.get("items", []) if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError("CSL-JSON must be a list of objects")
    return [_clean(_csl_shapes({k: v for k, v in item.items() if k != "id"})) for item in items]


def from_nbib(text: str, notes: Optional[list[str]] = None) -> list[dict[str, Any]]:
    import nbib

    out = []
    for r in nbib.read(text):
        out.append(_clean({
            "type": "article-journal",
            "author": [{"family": a.get("last_name", ""), "given": a.get("first_name", "")}
                       for a in r.get("authors", []) if a.get("last_name")],
            "title": str(r.get("title", "")).rstrip("."), "container-title": r.get("journal"),
            "container-title-short": r.get("journal_abbreviated"), "volume": r.get("journal_volume"),
            "issue": r.get("journal_issue"), "page": r.get("pages"), "issued": _year(r.get("publication_date")),
            "DOI": r.get("doi"), "PMID": str(r["pubmed_id"]) if r.get("pubmed_id") else None,
            "PMCID": r.get("pmcid")}))
    return out


READERS = {".bib": from_bibtex, ".bibtex": from_bibtex, ".ris": from_ris, ".json": from_csl_json,
           ".nbib": from_nbib, ".txt": from_nbib, ".medline": from_nbib}


def make_key(item: dict[str, Any], taken: set[str]) -> str:
    """hashemi2019, then hashemi2019a, hashemi2019b, ..."""
    authors = item.get("author") or item.get("editor") or [{}]
    first = authors[0] if isinstance(authors, list) and authors and isinstance(authors[0], dict) else {}
    family = str(first.get("family") or first.get("literal") or item.get("title") or "ref")
    ascii_name = unicodedata.normalize("NFKD", family).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z]", "", ascii_name.lower().split()[0] if ascii_name.split() else "") or "ref"
    issued = item.get("issued")
    try:
        year = str(int(issued["date-parts"][0][0]))
    except (TypeError, KeyError, IndexError, ValueError):
        year = ""
    key, n = f"{stem}{year}", 0
    while key in taken:
        key = f"{stem}{year}{chr(ord('a') + n)}" if n < 26 else f"{stem}{year}_{n}"
        n += 1
    taken.add(key)
    return key


def entry_yaml(item: dict[str, Any], indent: str) -> str:
    """One entry in the style of our example files: names and dates on one line each."""
    lines = []
    for key, value in item.items():
        if key in ("author", "editor") and isinstance(value, list):
            lines.append(f"{key}:")
            lines += ["  - " + yaml.safe_dump(name, default_flow_style=True, allow_unicode=True,
                                              width=10_000).strip() for name in value]
        elif isinstance(value, (dict, list)):
            lines.append(f"{key}: " + yaml.safe_dump(value, default_flow_style=True, width=10_000).strip())
        else:
            text = str(value) if key in ("PMID", "PMCID") else value
            lines.append(yaml.safe_dump({key: text}, allow_unicode=True, width=10_000).strip())
    first, *rest = lines
    return f"{indent}- {first}\n" + "".join(f"{indent}  {line}\n" for line in rest)


def merge(references_yaml: Path, items: Iterable[dict[str, Any]],
          origin: str) -> tuple[list[str], list[Finding]]:
    """Append new entries to references.yaml as text: existing entries and comments stay as
    they are. Duplicates (same DOI or PMID) are skipped and reported."""
    findings: list[Finding] = []
    text, existing, indent = "", [], "  "
    if references_yaml.exists():
        source, problems = read_yaml(references_yaml, typed=True)
        if problems:
            return [], problems
        text = source.text
        data = source.data or {}
        if not isinstance(data, dict) or not isinstance(data.get("references") or [], list):
            return [], [Finding(display_path(references_yaml), 1, 1, "wrong-type",
                                "references.yaml must start with 'references:' followed by a list; "
                                "nothing was added", hint="see docs/case-format.md#referencesyaml")]
        existing = [r for r in (data.get("references") or []) if isinstance(r, dict)]
        if existing and re.search(r"^references:\s*\[", text, re.M):
            return [], [Finding(display_path(references_yaml), 1, 1, "wrong-type",
                                "references.yaml holds its list in brackets ('references: [...]'); casepub "
                                "can only add to a list of '- ' items; nothing was added",
                                hint="rewrite the list with one '- id: ...' item per entry, or start a new file")]
        if existing:
            column = source.position(("references", 0))[1] - 1
            indent = " " * max(column - 2, 0)
    taken = {str(r.get("id")) for r in existing}
    dois = {ids.normal_doi(r.get("DOI")): str(r.get("id")) for r in existing if r.get("DOI")}
    pmids = {str(r.get("PMID")).strip(): str(r.get("id")) for r in existing if r.get("PMID")}
    added, chunks = [], []
    for item in items:
        doi, pmid = ids.normal_doi(item.get("DOI")), str(item.get("PMID", "")).strip()
        twin = dois.get(doi) if doi else None
        twin = twin or (pmids.get(pmid) if pmid else None)
        if twin:
            findings.append(Finding(origin, 0, 0, "ref-duplicate",
                                    f"skipped '{str(item.get('title', ''))[:70]}': references.yaml already has "
                                    f"it as '{twin}'", Severity.INFO))
            continue
        key = make_key(item, taken)
        if doi:
            dois[doi] = key
        if pmid:
            pmids[pmid] = key
        chunks.append(entry_yaml({"id": key, **item}, indent))
        added.append(key)
    if not chunks:
        return added, findings
    if not text.strip():
        text = "# CSL-YAML references (the format pandoc and Zotero use). Cite as [@id].\nreferences:\n"
    elif not existing:
        text = re.sub(r"references:\s*\[\s*\]", "references:", text)
        if not re.search(r"^references:\s*$", text, re.M):
            text = text.rstrip("\n") + "\nreferences:\n"
    text = text if text.endswith("\n") else text + "\n"
    new_text = text + "".join(("\n" if existing or i else "") + chunk for i, chunk in enumerate(chunks))
    tmp = references_yaml.with_suffix(".yaml.tmp")
    tmp.write_text(new_text, encoding="utf-8")
    tmp.replace(references_yaml)
    return added, findings


def import_files(case_dir: Path, files: list[Path]) -> tuple[list[str], list[Finding]]:
    from casepub.load import _reference_shape

    items: list[dict[str, Any]] = []
    findings: list[Finding] = []
    for path in files:
        notes: list[str] = []  # what a reader had to leave out
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            findings.append(Finding(display_path(path), 0, 0, "refs-format",
                                    f"casepub cannot read '{path.suffix}' files",
                                    hint="use .bib (BibTeX), .ris, .json (CSL-JSON) or .nbib (PubMed)"))
            continue
        try:
            found = reader(path.read_text(encoding="utf-8-sig"), notes)
            if not found:
                raise ValueError("no references found in it")
            for item in found:
                problems = _reference_shape(item)
                if problems:
                    findings.append(Finding(display_path(path), 0, 0, "refs-skipped",
                                            f"skipped '{str(item.get('title', '?'))[:60]}': {problems[0][1]}",
                                            Severity.WARNING, hint="fix the entry in your reference manager "
                                                                   "and import it again"))
                else:
                    items.append(item)
            findings += [Finding(display_path(path), 0, 0, "refs-skipped", message, Severity.WARNING,
                                 hint="fix those entries in your reference manager and import them again")
                         for message in notes]
        except Exception as exc:  # each parser has its own errors (nbib's MalformedLine, ...)
            findings.append(Finding(display_path(path), 0, 0, "refs-unreadable",
                                    f"the file could not be read as {reader.__name__[5:]}: {exc}",
                                    hint="export the references again from your reference manager"))
    if findings and any(f.severity is Severity.ERROR for f in findings):
        return [], findings
    added, merged = merge(case_dir / "references.yaml", items, display_path(case_dir / "references.yaml"))
    return added, findings + merged


def resolve_identifiers(tokens: list[str]) -> tuple[list[dict[str, Any]], list[Finding]]:
    """'doi:10...' and 'pmid:123' (or bare DOIs and numbers) -> CSL items, from Crossref and PubMed."""
    from casepub.online import Resolver, ServiceDown

    items, findings = [], []
    resolver = Resolver()
    try:
        for token in tokens:
            kind, _, value = token.partition(":") if re.match(r"(?i)^(doi|pmid):", token) else \
                (("pmid", "", token) if token.isdigit() else ("doi", "", token))
            kind = kind.lower()
            value = ids.strip_doi(value)[0] if kind == "doi" else value.strip()
            valid = ids.doi_valid(value) if kind == "doi" else ids.pmid_valid(value)
            if not valid:
                findings.append(Finding("", 0, 0, f"ref-{kind}-invalid", f"'{token}' is not a valid {kind.upper()}",
                                        hint="write doi:10.1016/j.jaad.2019.05.098 or pmid:31234567"))
                continue
            try:
                record = resolver.crossref(value) if kind == "doi" else resolver.pubmed([value]).get(value)
            except ServiceDown as exc:
                findings.append(Finding("", 0, 0, "ref-unverified", f"could not look up '{token}': {exc}",
                                        hint="check your internet connection and try again"))
                continue
            if record is None:
                findings.append(Finding("", 0, 0, "ref-unresolved", f"no work is registered under '{token}'",
                                        hint="check the identifier on the article's page"))
                continue
            item = record.to_csl("")
            item.pop("id")
            items.append(_clean(item))
    finally:
        resolver.close()
    return items, findings
