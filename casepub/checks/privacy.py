"""Patient identifiers (HIPAA Safe Harbor) in every text a reader sees."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Iterator

from casepub.findings import Finding, Severity
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
          r"Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq)\b\.?")
STATES = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
          r"NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)")

# (code, label, pattern, advice). Each pattern was tuned on tests/fixtures/privacy/corpus.yaml;
# benchmarks/privacy.py prints recall and precision per code.
PATTERNS: list[tuple[str, str, re.Pattern, str]] = [
    ("phi-date", "a date", re.compile(
        rf"\b{MONTH}\s+{DAY}(?:,?\s+\d{{4}})?\b|\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}})?\b"
        r"|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\b\d{1,2}-\d{1,2}-\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
        r"|\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])\b"
        rf"|\b{MONTH}\s+(?:of\s+)?(?:19|20)\d{{2}}\b"
        r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        r"|\b(?:Christmas|Thanksgiving|Easter|New Year's)(?: Day| Eve)?\b"),
     "write the time relative to first presentation (e.g. '+3 months', 'on day 10'), or the year alone"),
    ("phi-age", "an age of 90 or more", re.compile(
        r"\b(?:9\d|1[0-4]\d)[-\s](?:year|yr)s?[-\s]old\b|\baged?\s+(?:9\d|1[0-4]\d)\b"
        r"|\b(?:9\d|1[0-4]\d)\s*(?:years?|yrs?|y/o|yo)\b(?!\s+(?:of|after|before|ago|later|earlier|since))"
        r"|\bnonagenarian|\bcentenarian"),
     "ages over 89 are identifiers: write '90 years or older'"),
    ("phi-name", "a name", re.compile(
        r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mister|Madam)\.?\s+[A-Z][a-z]+"
        r"|\b(?:patient|Patient|pt)\s+(?:named\s+)?[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?\b"
        r"|\bnamed\s+[A-Z][a-z]+|\b(?:Dr|Prof)\.?\s+[A-Z][a-z]+"),
     "refer to 'the patient' (or 'Patient 1' in a series), never by name or initials"),
    ("phi-contact", "contact details", re.compile(
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"|(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
        r"|\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b"
        r"|\b(?:phone|telephone|tel|fax|mobile|cell)\b\.?:?\s*[\d()+][\d\s().+-]{6,}\d"
        r"|\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"),
     "delete it: no telephone, fax, e-mail or IP address of the patient belongs in the text"),
    ("phi-contact", "a web address", re.compile(r"\bhttps?://[^\s)\]>]+|\bwww\.[\w-]+\.[^\s)\]>]+"),
     "if it is the patient's own page or account, delete it; cite public sources in references.yaml"),
    ("phi-id", "an identifying number", re.compile(
        r"\b\d{3}-\d{2}-\d{4}\b"
        r"|\b(?:MRN|medical record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|account(?:\s+(?:number|no\.?))?"
        r"|acct\.?|health[- ]plan(?:\s+(?:number|id|no\.?))?|member\s+id|policy(?:\s+number)?|beneficiary(?:\s+number)?"
        r"|insurance\s+(?:number|id)|social security(?:\s+number)?|SSN|license(?:\s+number)?|licence(?:\s+number)?"
        r"|serial(?:\s+(?:number|no\.?))?|S/N|lot(?:\s+number)?|device\s+(?:number|id)|VIN|plate(?:\s+number)?)"
        r"\s*(?:is|was|of)?\s*[:#]?\s*[A-Z0-9][A-Z0-9-]{3,}\b", re.IGNORECASE),
     "delete the number: record, account, plan, licence, device and serial numbers identify the patient"),
    ("phi-location", "a place", re.compile(
        rf"\b\d{{1,5}}\s+(?:[A-Z][a-z]+\s+){{1,3}}{STREET}"
        rf"|\b{STATES}\s+\d{{5}}(?:-\d{{4}})?\b|\b(?i:zip(?:\s*code)?|postal\s+code)\s*:?\s*\d{{5}}(?:-\d{{4}})?\b"
        r"|\b(?:live|lives|lived|living|reside|resides|resided|residing|resident|native|born|grew\s+up|"
        r"moved|relocated|works|worked|employed)\s+(?:in|of|at|on|to)\s+"
        r"(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
        r"|\b(?:from|in)\s+the\s+town\s+of\s+[A-Z][a-z]+|\bApt\.?\s*\d+|\bApartment\s+\d+"),
     "name no place smaller than a state or country, and no street, town or ZIP code"),
]


@dataclass(frozen=True)
class Hit:
    code: str
    text: str
    start: int
    label: str = ""
    hint: str = ""


def scan(text: str, allowed_names: frozenset[str] = frozenset()) -> list[Hit]:
    """Every identifier in one text (used by the checks and the benchmark)."""
    hits: list[Hit] = []
    for code, label, pattern, hint in PATTERNS:
        for m in pattern.finditer(text):
            found = m.group(0).strip().rstrip(".,;:")
            if code == "phi-name" and any(name in found for name in allowed_names):
                continue  # an author named in a statement ("Dr Marsh has no disclosures")
            hits.append(Hit(code, found, m.start(), label, hint))
    return hits


def check_privacy(case: Case, style: Style) -> list[Finding]:
    authors = frozenset(a.family for a in case.meta.authors) | frozenset(a.given for a in case.meta.authors)
    return list(_findings(case, authors))


def _findings(case: Case, authors: frozenset[str]) -> Iterator[Finding]:
    for source_key, path, text in case.texts():
        src = case.sources[source_key]
        field = ".".join(str(p) for p in path)
        for hit in scan(text, authors):
            label, hint = hit.label, hit.hint
            web = label == "a web address"  # usually a public source, sometimes the patient's page
            yield src.finding(path, hit.code, f"'{hit.text}' in {field} is {label} that can identify the patient",
                              hint=hint, needle=hit.text, severity=Severity.WARNING if web else None)
