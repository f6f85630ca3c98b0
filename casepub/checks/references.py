"""Offline reference checks: what a journal's editor would send back about references.yaml."""

from __future__ import annotations

import datetime
import difflib
import logging
import re
from typing import Any, Iterator, Optional

from casepub import identifiers as ids
from casepub.findings import Finding, Severity
from casepub.mdscan import citation_keys
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

# What each CSL type needs before a journal will print it (ICMJE / AMA 11th ed., ch. 3).
REQUIRED: dict[str, list[tuple[str, ...]]] = {
    "article-journal": [("author",), ("title",), ("container-title",), ("issued",), ("volume",),
                        ("page", "number")],
    "book": [("author", "editor"), ("title",), ("publisher",), ("issued",)],
    "chapter": [("author",), ("title",), ("container-title",), ("publisher",), ("issued",), ("page",)],
    "paper-conference": [("author",), ("title",), ("container-title", "event-title"), ("issued",)],
    "report": [("author", "publisher"), ("title",), ("publisher",), ("issued",)],
    "thesis": [("author",), ("title",), ("publisher",), ("issued",)],
    "webpage": [("title",), ("URL",), ("accessed",)],
    "dataset": [("author", "publisher"), ("title",), ("issued",), ("DOI", "URL")],
}
DEFAULT_REQUIRED = [("title",), ("issued",)]
FIELD_WORDS = {"author": "authors", "container-title": "journal (container-title)", "issued": "year (issued)",
               "page": "pages", "number": "article number", "URL": "URL", "accessed": "date accessed"}
UNPUBLISHED_TYPES = {"personal_communication", "interview", "manuscript"}
UNPUBLISHED_WORDS = re.compile(r"\b(unpublished|personal communication|submitted for publication|"
                               r"in preparation)\b", re.IGNORECASE)
# 455-459, 41-3, e101143, and Elsevier's online-supplement pages 1034-1038.e5
PAGES = re.compile(r"^([A-Za-z]*)(\d+)(?:\s*[-\u2013]\s*([A-Za-z]*)(\d+)(?:\.e\d+)?)?$")


def _finding(case: Case, ref_id: str, key: Optional[str], code: str, message: str, hint: str = "",
             severity: Severity = Severity.ERROR) -> Finding:
    path = case.reference_path(ref_id, key) if key else case.reference_path(ref_id)
    return case.sources["references"].finding(path, code, message, hint, key=key is None,
                                              severity=severity)


def cited_keys(case: Case) -> list[str]:
    keys: list[str] = []
    for _, _, text in case.texts():
        keys += [k for k in citation_keys(text) if k not in keys]
    return keys


def year_of(issued: Any) -> tuple[Optional[int], Optional[str]]:
    """(year, problem) from a CSL date in any of the forms pandoc accepts."""
    parts: list = []
    if isinstance(issued, dict):
        if issued.get("date-parts"):
            first = issued["date-parts"][0] if isinstance(issued["date-parts"], list) else None
            parts = list(first) if isinstance(first, list) else []
        elif issued.get("raw") or issued.get("literal"):
            parts = re.findall(r"\d+", str(issued.get("raw") or issued.get("literal")))[:3]

    if not parts:
        return None, "it has no year"
    try:
        numbers = [int(p) for p in parts]
    except (TypeError, ValueError):
        return None, f"'{'-'.join('?' if p is None else str(p) for p in parts)}' is not a date"
    year, month, day = (numbers + [1, 1])[:3]
    try:
        when = datetime.date(year, month, day)
    except ValueError:
        return year, f"{'-'.join(str(n) for n in numbers)} is not a real date"
    if when > datetime.date.today():
        return year, f"{when.isoformat() if len(numbers) == 3 else year} is in the future"
    if year < 1600:
        return year, f"the year {year} is implausible"
    return year, None


def pages_problem(page: object) -> Optional[str]:
    """Why a CSL `page` is not a page, a range, or an article number (None when it is fine)."""
    text = str(page).strip()
    m = PAGES.match(text)
    if not m:
        return f"'{text}' is not a page, a page range (455-459) or an article number (e101143)"
    if m.group(4):
        first, last = m.group(2), m.group(4)
        if len(last) < len(first):  # an elided range: 41-3 means 41-43
            last = first[: len(first) - len(last)] + last
        if int(last) < int(first):
            return f"in '{text}' the last page ({last}) comes before the first ({first})"
    return None


def _normal_title(title: object) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(title).lower()).strip()


def _first_author(item: dict) -> str:
    authors = item.get("author") or []
    first = authors[0] if isinstance(authors, list) and authors else {}
    return str(first.get("family") or first.get("literal") or "").lower() if isinstance(first, dict) else ""


def check_references(case: Case, style: Style) -> list[Finding]:
    return list(_citations(case)) + list(_entries(case, style)) + list(_duplicates(case)) + \
        list(_orcids(case)) + list(_limit(case, style))


def _citations(case: Case) -> Iterator[Finding]:
    cited = set(cited_keys(case))
    for ref in case.references:
        if ref["id"] not in cited:
            yield _finding(case, ref["id"], None, "ref-uncited", f"'{ref['id']}' is never cited",
                           hint=f"cite it as [@{ref['id']}] or delete it; journals list only cited works",
                           severity=Severity.WARNING)


def _entries(case: Case, style: Style) -> Iterator[Finding]:
    for ref in case.references:
        rid, kind = ref["id"], str(ref.get("type", "article-journal"))
        missing = [alts for alts in REQUIRED.get(kind, DEFAULT_REQUIRED)
                   if not any(ref.get(a) not in (None, "", [], {}) for a in alts)]
        if missing:
            names = ", ".join(" or ".join(FIELD_WORDS.get(a, a) for a in alts) for alts in missing)
            yield _finding(case, rid, None, "ref-incomplete", f"'{rid}' ({kind}) lacks: {names}",
                           hint="copy the missing details from the article's PubMed or publisher page")
        if ref.get("DOI") is not None:
            bare, prefixed = ids.strip_doi(str(ref["DOI"]))
            if not ids.doi_valid(bare):
                yield _finding(case, rid, "DOI", "ref-doi-invalid", f"'{ref['DOI']}' is not a DOI",
                               hint="a DOI looks like 10.1016/j.jaad.2019.05.098")
            elif prefixed:
                yield _finding(case, rid, "DOI", "ref-doi-invalid",
                               f"the DOI '{ref['DOI']}' carries a prefix; casepub reads it as '{bare}'",
                               hint=f"write 'DOI: {bare}' (the style adds doi: or https://doi.org/ itself)",
                               severity=Severity.WARNING)
        for key, valid, example in (("PMID", ids.pmid_valid, "31234567"), ("PMCID", ids.pmcid_valid, "PMC6789012"),
                                    ("ISBN", ids.isbn_valid, "978-0-7020-6275-9")):
            if ref.get(key) is not None and not valid(ref[key]):
                yield _finding(case, rid, key, f"ref-{key.lower()}-invalid", f"'{ref[key]}' is not a valid {key}",
                               hint=f"a {key} looks like {example}" + (" (the check digit is wrong?)"
                                                                       if key == "ISBN" else ""))
        if "issued" in ref or kind == "article-journal":
            _, problem = year_of(ref.get("issued"))
            if problem:
                yield _finding(case, rid, "issued" if "issued" in ref else None, "ref-date-invalid",
                               f"the date of '{rid}' is wrong: {problem}",
                               hint="write issued: {date-parts: [[2019]]} (or [[2019, 5, 1]])")
        if ref.get("page") is not None:
            problem = pages_problem(ref["page"])
            if problem:
                yield _finding(case, rid, "page", "ref-pages-invalid", problem,
                               hint="write the range as 455-459 (or 455-9)")
        if kind == "article-journal" and style.spec.journal_abbreviations:
            short = ref.get("container-title-short") or ref.get("journalAbbreviation")
            if not short:
                yield _finding(case, rid, "container-title", "ref-journal-abbrev",
                               f"'{rid}' has no NLM journal abbreviation (container-title-short)",
                               hint="add e.g. 'container-title-short: J Am Acad Dermatol' (NLM Catalog)",
                               severity=Severity.WARNING)
            elif "." in str(short):
                fixed = re.sub(r"\.\s*", " ", str(short)).strip()
                yield _finding(case, rid, "container-title-short", "ref-journal-abbrev",
                               f"'{short}' has periods; NLM abbreviations have none",
                               hint=f"write '{fixed}'", severity=Severity.WARNING)
        text = " ".join(str(ref.get(k, "")) for k in ("title", "note", "genre", "status"))
        if kind in UNPUBLISHED_TYPES or UNPUBLISHED_WORDS.search(text):
            yield _finding(case, rid, None, "ref-unpublished",
                           f"'{rid}' is unpublished or a personal communication",
                           hint="ICMJE: cite it in the text (e.g. 'J. Smith, MD, written communication, 2024') "
                                "and remove it from the reference list")


def _duplicates(case: Case) -> Iterator[Finding]:
    seen_doi: dict[str, str] = {}
    seen_pmid: dict[str, str] = {}
    by_author_year: dict[tuple, list[tuple[str, str]]] = {}
    for ref in case.references:
        rid, twin, how = ref["id"], None, ""
        doi = ids.normal_doi(ref.get("DOI"))
        pmid = str(ref.get("PMID") or "").strip()
        if doi and doi in seen_doi:
            twin, how = seen_doi[doi], f"the same DOI ({doi})"
        elif pmid and pmid in seen_pmid:
            twin, how = seen_pmid[pmid], f"the same PMID ({pmid})"
        else:
            year, _ = year_of(ref.get("issued"))
            title = _normal_title(ref.get("title", ""))
            ours = {doi, pmid} - {None, ""}
            for other, other_title, theirs in by_author_year.get((_first_author(ref), year), []):
                if ours and theirs and not ours & theirs:
                    continue  # both carry identifiers and share none: two works ("Part I", "Part II")
                if title and difflib.SequenceMatcher(None, title, other_title).ratio() >= 0.9:
                    twin, how = other, "the same first author, year and title"
            by_author_year.setdefault((_first_author(ref), year), []).append((rid, title, {doi, pmid} - {None, ""}))
        if doi:
            seen_doi.setdefault(doi, rid)
        if pmid:
            seen_pmid.setdefault(pmid, rid)
        if twin:
            yield _finding(case, rid, None, "ref-duplicate", f"'{rid}' and '{twin}' are the same work: {how}",
                           hint=f"keep one entry and cite it everywhere (replace [@{rid}] with [@{twin}])")


def _orcids(case: Case) -> Iterator[Finding]:
    for i, author in enumerate(case.meta.authors):
        if author.orcid and not ids.orcid_valid(author.orcid):
            yield case.sources["case"].finding(
                ("authors", i, "orcid"), "ref-orcid-invalid",
                f"'{author.orcid}' is not a valid ORCID iD for {author.name}",
                hint="an ORCID iD is 16 digits in groups of four, the last a check digit "
                     "(0000-0002-1825-0097); copy it from orcid.org")


def _limit(case: Case, style: Style) -> Iterator[Finding]:
    limit = style.spec.limits.references
    cited = [k for k in cited_keys(case) if k in {r["id"] for r in case.references}]
    if limit is not None and len(cited) > limit:
        yield case.sources["references"].finding(
            ("references",), "ref-limit",
            f"{len(cited)} references are cited; {style.spec.name} allows {limit}",
            hint=f"cite the {limit} most important works; reviews can stand in for several studies", key=True)
