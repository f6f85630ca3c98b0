"""`check --online`: every DOI at Crossref and every PMID at PubMed, compared field by field."""

from __future__ import annotations

import difflib
import logging
import re
import unicodedata
from typing import Any, Iterator, Optional

from casepub import identifiers as ids
from casepub.checks.references import year_of
from casepub.findings import Finding, Severity
from casepub.model import Case
from casepub.online import Record, Resolver, ServiceDown

logger = logging.getLogger(__name__)


def _plain(text: Any) -> str:
    """Lower case, no accents, no markup, no punctuation: for comparing titles and names."""
    text = unicodedata.normalize("NFKD", re.sub(r"<[^>]+>", "", str(text or "")))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _similar(a: Any, b: Any, cutoff: float) -> bool:
    return difflib.SequenceMatcher(None, _plain(a), _plain(b)).ratio() >= cutoff


def _first_page(pages: Any) -> str:
    m = re.match(r"\s*([A-Za-z]?\d+)", str(pages or ""))
    return m.group(1).lower() if m else ""


def compare(ref: dict[str, Any], record: Record) -> list[tuple[str, str, str, str]]:
    """(field, ours, theirs, what to write) for every field that disagrees with the record."""
    out = []
    if record.title and ref.get("title") and not _similar(ref["title"], record.title, 0.85):
        out.append(("title", str(ref["title"]), record.title, record.title))
    year, _ = year_of(ref.get("issued"))
    if year and record.years and year not in record.years:
        out.append(("issued", str(year), " or ".join(str(y) for y in sorted(record.years)),
                    f"{{date-parts: [[{record.year or min(record.years)}]]}}"))
    ours = [ref.get("container-title"), ref.get("container-title-short")]
    theirs = [record.journal, record.journal_short]
    if any(ours) and any(theirs) and not any(_similar(a, b, 0.8) for a in ours if a for b in theirs if b):
        key = "container-title" if ref.get("container-title") else "container-title-short"
        out.append((key, str(ref.get(key)), record.journal or record.journal_short,
                    record.journal or record.journal_short))
    authors = ref.get("author") or []
    if authors and record.authors and isinstance(authors[0], dict):
        family = authors[0].get("family") or authors[0].get("literal") or ""
        if _plain(family) != _plain(record.authors[0]["family"]):
            out.append(("author", str(family), record.authors[0]["family"], record.authors[0]["family"]))
    if record.volume and ref.get("volume") is not None and str(ref["volume"]).strip() != record.volume.strip():
        out.append(("volume", str(ref["volume"]), record.volume, record.volume))
    if record.pages and ref.get("page") and _first_page(ref["page"]) != _first_page(record.pages):
        out.append(("page", str(ref["page"]), record.pages, record.pages))
    return out


def check_online(case: Case, resolver: Resolver) -> list[Finding]:
    """Findings for references.yaml from Crossref and PubMed; a failing service is one warning."""
    findings: list[Finding] = []
    dois = {r["id"]: ids.strip_doi(str(r["DOI"]))[0] for r in case.references
            if r.get("DOI") and ids.doi_valid(str(r["DOI"]))}
    pmids = {r["id"]: str(r["PMID"]).strip() for r in case.references
             if r.get("PMID") and ids.pmid_valid(r["PMID"])}
    by_id = {r["id"]: r for r in case.references}
    for service, lookup, keys, field in (
            ("Crossref", lambda: resolver.crossref_many(sorted(set(dois.values()))), dois, "DOI"),
            ("PubMed", lambda: resolver.pubmed(sorted(set(pmids.values()))), pmids, "PMID")):
        if not keys:
            continue
        try:
            records = lookup()
        except ServiceDown as exc:
            findings.append(Finding(case.sources["references"].name, 0, 0, "ref-unverified",
                                    f"{service} could not be reached, so {len(keys)} reference(s) were not "
                                    f"checked against it ({exc})", Severity.WARNING,
                                    hint="check your internet connection and run 'casepub check --online' again"))
            continue
        for ref_id, identifier in keys.items():
            findings += list(_judge(case, by_id[ref_id], field, identifier, records.get(identifier), service))
    return findings


def _judge(case: Case, ref: dict[str, Any], field: str, identifier: str, record: Optional[Record],
           service: str) -> Iterator[Finding]:
    src, rid = case.sources["references"], ref["id"]
    if record is None:
        yield src.finding(case.reference_path(rid, field), "ref-unresolved",
                          f"{service} does not know the {field} '{identifier}' of '{rid}'",
                          hint=f"copy the {field} again from the article's page; a typo is the usual cause")
        return
    if record.retracted:
        yield src.finding(case.reference_path(rid, field), "ref-retracted",
                          f"'{rid}' ({record.title[:80]}) has been retracted, says {service}",
                          hint="do not cite retracted work as evidence; cite the retraction notice if you "
                               "discuss it, or remove the reference")
    if record.retraction_notice_for:
        yield src.finding(case.reference_path(rid, field), "ref-retracted",
                          f"the {field} of '{rid}' is a retraction notice for {record.retraction_notice_for}",
                          hint="check that you meant to cite the notice rather than the article",
                          severity=Severity.WARNING)
    for key, ours, theirs, fix in compare(ref, record):
        path = case.reference_path(rid, key) if key in ref else case.reference_path(rid)
        yield src.finding(path, "ref-mismatch",
                          f"'{rid}': {key} is '{ours}' here but '{theirs}' at {service} ({field} {identifier})",
                          hint=f"if the {field} is right, write {key}: {fix}; otherwise correct the {field}",
                          key=key not in ref)
