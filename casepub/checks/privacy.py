"""Patient identifiers (HIPAA Safe Harbor) in every text a reader sees."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from typing import Iterator

from casepub.checks import gazetteer, learned
from casepub.checks.gazetteer import UPPER
from casepub.checks.hospitals import FUNCTION, find_hospitals
from casepub.checks.patterns import HONORIFIC, PATTERNS
from casepub.checks.people import KIN, eponym as _eponym, people as _people
from casepub.checks.places import after_person, after_street, find_places, may_stay
from casepub.checks.records import (NOT_PATIENT, REGISTRY, RESEARCH, is_date, labelled_numbers, measured,
                                    shaped_numbers)
from casepub.findings import Finding, Severity
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

# An age right after a person's name: "Mrs Ngozi Okonkwo-Eze, 92, was", "Mr Bolat Zhaksylykov, 90, a farmer".
APPOSED_AGE = re.compile(rf"(?:\s+[{UPPER}][^\W\d_]+(?:-[A-Z][^\W\d_]+)*){{0,2}}(?:,\s+(?P<age>9\d|1[0-4]\d),\s+(?=[a-z])"
                         r"|\s*\((?P<age2>9\d|1[0-4]\d)\))")

# A street address found by the patterns, which the neighbourhood and town may follow.
STREET_ADDRESS = re.compile(r"(?=.*[^\W\d_]{3})(?:\d|(?:Rua|Calle|Avenida|Jalan|Via|Rue|Plot|Erf|Stand)\b)")

# Software named near a version: "IBM SPSS Statistics 28.0.1.1", "the version was 10.1.2.3", "FACSDiva 10.8.1.2 software".
SOFTWARE = re.compile(r"(?i:\b(?:version|release|build|software|firmware)\b)")
VERSION = re.compile(r"(?i:\b(?:ver|v|statistics|spss|stata|sas|prism|r)\.?\s*$)|\b[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*\s*$")
# A year when diseases were named after the physicians who described them.
HISTORY = re.compile(r"\b(?:1[5-8]\d\d|19[0-8]\d)\b|\bwho\s+(?:first\s+)?described\b")
# A regnal number: "King George II".
REGNAL = re.compile(r"\s+[IVX]{1,4}\b")
# A temperature before "101F": not an age and sex.
TEMPERATURE = re.compile(r"(?i:\b(?:temp\w*|t\s?max|t|fever\w*|febrile|pyrexi\w*|peaked|spiked|rose)\b[^.;]{0,20}$)")

# The label and advice of each code, from its first pattern, for the hits found outside the patterns.
_HINTS = {code: (label, hint) for code, label, _, hint in reversed(PATTERNS)}
HOSPITAL_HINT = ("write its kind instead: 'a university hospital', 'a tertiary centre', 'a district hospital', "
                 "'a nursing home'")


@dataclass(frozen=True)
class Hit:
    code: str
    text: str
    start: int
    label: str = ""
    hint: str = ""


def scan(text: str, allowed_names: frozenset[str] = frozenset()) -> list[Hit]:
    """Every identifier in one text (used by the checks and the benchmark): the patterns' hits, then the
    model's where no pattern found anything.

    `allowed_names` are the authors' surnames: "Dr Marsh has no disclosures" is no patient.
    """
    hits = _rule_hits(text, allowed_names)
    return _unique(hits + _learned(text, hits, allowed_names))


def _rule_hits(text: str, allowed_names: frozenset[str]) -> list[Hit]:
    hits: list[Hit] = []
    allowed_places = gazetteer.places().allowed
    for code, label, pattern, hint in PATTERNS:
        for m in pattern.finditer(text):
            group = next((g for g in pattern.groupindex if g.startswith("hit") and m.group(g)), 0)
            found = re.sub(r"\s+", " ", m.group(group).strip().rstrip(".,;:"))
            words = re.findall(r"[^\W\d_][^\W\d_'-]*", found)
            if code == "phi-name" and words and (words[-1] in allowed_names or _eponym(text, m.end())
                                                 or re.match(r"\s+et\s+al\b", text[m.end():m.end() + 8])):
                continue  # an author, or "Sister Mary Joseph nodule"
            if code == "phi-age" and ((group == "hit8" and not _person_before(text, m.start())) or (
                    group == "hit15" and TEMPERATURE.search(text, max(0, m.start() - 25), m.start()))):
                continue  # "His heart rate, at 120, was"; "Temp 101F with rigors"
            if code == "phi-name" and group in ("hit9", "hit10", "hit12", "hit13", "hit14", "hit17", 0) \
                    and not _person_named(found, words, group):
                continue  # "the patient (Hispanic)", "Name: Methotrexate", "Patient Perspective", "(mother, Carrier)"
            # with a digit it is an address or a postcode ("14B Kettle Lane, Unit", "Plot 14", "Otley LS21 3AB"),
            # which neither the words that are no place nor the states that may stay excuse
            street = any(c.isdigit() for c in found)
            if code == "phi-location" and words and not street and words[-1] in gazetteer.words("not_places"):
                continue  # "born in February"
            if code == "phi-location" and words and not street and (
                    " ".join(words[-2:]) in allowed_places or words[-1] in allowed_places):
                continue  # "moved to Canada", "lives in Ontario": states and countries may stay
            hits.append(Hit(code, found, m.start(group), label, hint))
    # A named hospital locates the patient (i2b2 counts it as a location); its town is part of its name.
    hospitals = [Hit("phi-location", name, start, "a named hospital or care home", HOSPITAL_HINT)
                 for name, start in find_hospitals(text)]
    # "Imam Reza Hospital", "Sir Ganga Ram Hospital": the person in a hospital's name is no patient
    hits = [h for h in hits if not (h.code == "phi-name" and _inside(h, hospitals))] + hospitals
    # "Rua Augusta" is a street, "Easter Sunday" a date and "Red Cross War Memorial" a hospital, not a person
    not_people = [h for h in hits if h.code in ("phi-location", "phi-date")]
    for name, start in _people(text):
        if name.split()[-1] not in allowed_names and not _inside(Hit("", name, start), not_people):
            hits.append(Hit("phi-name", name, start, *_HINTS["phi-name"]))
    # "folder number is 0019/45/2021", "paraffin block (n° H-2019-3381)": a scheme no pattern names
    # (weaker than a contact pattern: "her daughter's number, 312-555-0187"; "?id=77120" in a link)
    contacts = [h for h in hits if h.code == "phi-contact"]
    hits += [Hit("phi-id", value, start, *_HINTS["phi-id"])
             for value, start in [*labelled_numbers(text), *shaped_numbers(text)]
             if not _inside(Hit("", value, start), contacts)]
    # an author's ORCID, a sequence's accession, a reagent's batch or a trial's registration is not the patient's
    hits = [h for h in hits if not (h.code == "phi-contact" and _not_a_number_to_call(text, h))]
    hits = [h for h in hits if not _research_number(text, h)]
    hits = _joined_dates(text, hits)
    ids = [h for h in hits if h.code == "phi-id"]
    # "NHS number 943 476 5919" is an id, not a phone; "group number 604411" not an Indian PIN code
    hits = [h for h in hits if not (h.code in ("phi-contact", "phi-location") and _inside(h, ids))]
    hits = [_apposed_place(text, h) if h.code == "phi-name" else h for h in hits]
    hits = [h for h in hits if not (h.code == "phi-name" and _eponymist(text, h))]
    names = [h for h in hits if h.code == "phi-name"]
    dates = [h for h in hits if h.code == "phi-date"]
    ages = [h for h in hits if h.code == "phi-age"]
    for h in names:  # "Mr Bolat Zhaksylykov, 90, a retired shepherd", "Mrs Ngozi Okonkwo-Eze, 92, was"
        m = APPOSED_AGE.match(text, h.start + len(h.text))
        if not m or (m.lastgroup == "age2" and re.match(r"(?:Dr|Prof|Professor|Doctor|Dra)\b", h.text)):
            continue  # "Dr Kumar (97)": a reference number
        if not _inside(Hit("", m.group(m.lastgroup), m.start(m.lastgroup)), ages):
            hits.append(Hit("phi-age", m.group(m.lastgroup), m.start(m.lastgroup), *_HINTS["phi-age"]))
    streets = [h for h in hits if h.code == "phi-location" and STREET_ADDRESS.match(h.text)]
    for name, start in [*find_places(text), *(p for h in names for p in after_person(text, h.start + len(h.text))),
                        *(p for h in streets for p in after_street(text, h.start + len(h.text)))]:
        place = Hit("phi-location", name, start, *_HINTS["phi-location"])
        # "Dr. Hamilton" is a person; a place already found by a pattern is not found twice
        if not _inside(place, names + dates) and not _inside(place, [h for h in hits if h.code == "phi-location"]):
            hits.append(place)
    # "grateful to Pedro and Lucía Mendoza": a given name before "and" and a name is a person, not San Pedro
    hits = [h for h in hits if not (h.code == "phi-location" and h.text in gazetteer.first_names()
                                    and re.match(r"\s+and\s+[A-Z]", text[h.start + len(h.text):]))]
    # "surgeon to King George II": a monarch, not a town
    hits = [h for h in hits if not (h.code == "phi-location" and REGNAL.match(text, _end(text, h)))]
    # "the revised Sapporo (Sydney) criteria": a place that names criteria, with a gloss in brackets
    return [h for h in hits if not (h.code == "phi-location" and _eponym_after_brackets(text, h.start + len(h.text)))]


def _learned(text: str, hits: list[Hit], allowed_names: frozenset[str]) -> list[Hit]:
    """What the trained model tags where no pattern found anything: the shapes the patterns have not seen.
    The patterns' own exceptions hold for it too (authors, eponyms, states, research numbers, citations)."""
    if os.environ.get("CASEPUB_NO_MODEL"):
        return []
    out = []
    covered = bytearray(len(text) + 1)  # where a pattern hit stands: one pass, however many hits
    for h in hits:
        covered[h.start:h.start + len(h.text)] = bytes([1]) * len(h.text)
    for code, value, start in learned.find(text):
        hit = Hit(code, value, start, *_HINTS[code])
        end = start + len(value)
        if any(covered[start:end]) or "@" in text[max(0, start - 1):end]:
            continue  # a pattern said what it is; "[@smith2019]" is a citation
        if _model_may(text, hit, allowed_names) and not _research_number(text, hit):
            out.append(hit)
    return out


# A number after these is a measurement, whoever the sentence is about: "Her SCORAD is now 92".
MEASURED = re.compile(r"(?i:\b(?:score|count|counts|level|levels|rate|saturations?|sats|weight|index|temp\w*|fever|"
                      r"febrile|pressure|value|values|titre|titer|ratio|volume|dose|scale|grade|mm|cm|kg|percent|"
                      r"platelets?|cells?|number|numbers|weigh\w*)\b)"
                      r"|\b[A-Z]{2,}|\d")  # "CRP", "EASI": a test's or a score's name
AFTER_MEASURE = re.compile(r"\s*(?:[%°/+]|(?i:f|percent|per|kilos?|kg|lbs?|pounds|stone|cm|mm|centimet(?:re|er)s?|"
                           r"met(?:re|er)s?|beats|breaths|minutes|months|weeks|days|hours|mmhg|on|of|out|points|"
                           r"units|mg|ml|g|l|or|and|degrees|times|bpm|mmol|umol|µmol|iu|u)\b)")
PERSON = re.compile(rf"(?i:\b(?:{KIN}|patient|man|woman|lady|gentleman|he|she|I|who|aged?|turned)\b)")
DATE_WORD = re.compile(r"(?i:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                       r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|"
                       r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b)")
CJK = re.compile(r"[\u3040-\u30FF\u4e00-\u9fff\uac00-\ud7a3]")
YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?")
AGE_WORD = re.compile(r"(?i:years?|yrs?|y|yo|old|aged?|ninety|hundred|one|two|three|four|five|six|seven|eight|"
                      r"nine|and|at|turned|is|was|now)")


def _model_may(text: str, hit: Hit, allowed_names: frozenset[str]) -> bool:
    """Whether a model's hit has what the patterns would ask of one of its code: a person is no author nor
    eponym; an age is said of a person and not followed by a unit; a date has a month, a weekday or a date's
    separators; a place is not a state, a country, an institution or what names criteria; a number is no
    count and no place unless a town's name comes before it."""
    end = hit.start + len(hit.text)
    before = re.split(r"[.;!?]\s", text[max(0, hit.start - 40):hit.start])[-1]
    words = re.findall(r"[^\W\d_][^\W\d_'-]*", hit.text)
    if CJK.search(hit.text):
        return False  # the sets hold too little Chinese, Japanese or Korean to learn from; the patterns see those
    if hit.code == "phi-name":  # "One French series": a name's words are no common or national words alone
        known = gazetteer.english()
        if not words or words[0] in FUNCTION or all(w.lower() in known.lower or w in known.proper for w in words):
            return False
        return not words[0][:1].islower() and words[-1] not in allowed_names and not _eponym(text, end) \
            and not _eponymist(text, hit) and not _named_thing(text, end)
    if hit.code == "phi-age":
        if AFTER_MEASURE.match(text, end) or measured(text, end) or re.match(r"[.,]\d", text[end:]):
            return False  # "92 patients", "99.9 per cent"
        number = re.search(r"\d+", hit.text)
        if number and not (number.group().isdecimal() and 90 <= int(number.group()) <= 149):
            return False  # "His wife, 45,": the model saw the shape, not the value
        if re.match(r"\s*(?:years?|yrs?|y)\b", text[end:]) or words:
            return all(AGE_WORD.fullmatch(w) for w in words)  # "aged 96", not "98 then 102"
        if re.search(r"\b(?:Dr|Dra|Prof|Professor|Doctor)\.?\s+[A-Z][^\W\d_]+\s*\($", before):
            return False  # "Dr Kumar (97)": a reference number
        name = re.search(r"([A-Z][^\W\d_]+),?\s*\(?$", before)  # "Mrs Alder, 94,"; not "At 96, her heart rate"
        return not MEASURED.search(before[-25:]) and bool(
            PERSON.search(before) or (name and name.group(1) not in FUNCTION))
    if hit.code == "phi-date":
        # not "01-2018-0045", "1300/12/5", "2019-2020"
        bare = re.sub(r"\s+", "", hit.text)
        return bool(DATE_WORD.search(hit.text)) or (is_date(bare) and not YEARS.fullmatch(hit.text))
    if hit.code == "phi-location" and not any(c.isdigit() for c in hit.text):
        known = gazetteer.english()
        return bool(words) and not may_stay(hit.text) and not _named_thing(text, end) \
            and hit.text not in gazetteer.words("not_places") and not REGNAL.match(text, end) \
            and not _eponym_after_brackets(text, end) and not all(  # "Korean", "the Himalayas", "Nursing Homes"
                any(v.lower() in known.lower or v in known.proper for v in (w, w[:-1] if w.endswith("s") else w))
                and w not in gazetteer.places().towns for w in words)
    if hit.code == "phi-location" and words and not re.search(rf"[{UPPER}]", hit.text):
        return False  # "13000 rpm": a place with digits is an address, which has a name
    if hit.code == "phi-contact" and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", hit.text):
        return False  # "1.250.000": thousands
    digits = sum(c.isdigit() for c in hit.text)
    if (hit.code == "phi-contact" and (digits < 7 or re.search(r".\(|\d-\d+\)", hit.text))) \
            or (hit.code == "phi-id" and digits < 4):
        return False  # "cell number was 312 (250-400)"
    if not words:  # a bare number: a count or a measurement unless a town's name or a label says otherwise
        if MEASURED.search(before[-25:]) and not re.search(r"(?i:\bnumbers?\b)", before[-25:]):
            return False
        if hit.code == "phi-location":
            return bool(re.search(rf"[{UPPER}][^\W\d_]+,?\s+$", text[:hit.start]))
    if hit.code == "phi-id" and NOT_PATIENT.search(re.split(r"[;.!?]\s", text[max(0, hit.start - 60):hit.start])[-1]):
        return False  # "The project number is 2019-01234"
    return not (hit.code == "phi-contact" and _not_a_number_to_call(text, hit))


def _named_thing(text: str, end: int) -> bool:
    """"the Mayo clinic", "the Pittsburgh criteria", "the Al Amal collection": what comes next is named."""
    m = re.match(r"['’]?s?\s+([a-z]+)", text[end:])
    return bool(m) and (m.group(1) in gazetteer.words("heads") or m.group(1) in {"clinic", "unit", "ward", "collection",
                                                                                "strain", "group", "team", "method"})


def _research_number(text: str, hit: Hit) -> bool:
    """A number that research explains (an ORCID, an accession, a batch, a trial's registration)."""
    return _a_number(hit) and bool(RESEARCH.search(text, max(0, hit.start - 60), hit.start) or REGISTRY.match(hit.text))


def _a_number(hit: Hit) -> bool:
    return hit.code in ("phi-id", "phi-contact") or (hit.code == "phi-location" and hit.text.isdigit())


def _apposed_place(text: str, hit: Hit) -> Hit:
    """"the patient, Kebayoran Baru, Jakarta": words apposed to a person, then a town, are a place."""
    m = re.match(r"(?:patient|man|woman|boy|girl|child),\s+", hit.text)
    town = re.match(r",\s+([A-Z][^\W\d_]+)", text[hit.start + len(hit.text):])
    gaz = gazetteer.places()
    if m and town and (town.group(1) in gaz.towns or town.group(1) in gaz.allowed):
        return Hit("phi-location", hit.text[m.end():], hit.start + m.end(), *_HINTS["phi-location"])
    return hit


def _not_a_number_to_call(text: str, hit: Hit) -> bool:
    """A version ("SPSS 28.0.1.1", "FACSDiva 10.8.1.2 software"), times ("at 0930 1130") or single digits."""
    groups = re.findall(r"\d+", hit.text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", hit.text):
        end = hit.start + len(hit.text)
        return bool(VERSION.search(text, max(0, hit.start - 25), hit.start)
                    or SOFTWARE.search(text, max(0, hit.start - 25), min(len(text), end + 15)))
    if len(groups) < 2 or "@" in hit.text:
        return False
    return all(re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", g) for g in groups) or all(len(g) == 1 for g in groups)


def _person_named(found: str, words: list[str], group: object) -> bool:
    """Whether the words a pattern took for a name can be one: a given name, or words no dictionary knows.
    (Group 0 is a whole match, as "her son, Tomas": only a relative's apposed name is checked there.)"""
    if group == 0:  # only "her son, Tomas" and the like, with the comma
        if len(words) < 2 or "," not in found or \
                not re.fullmatch(KIN + r"|friend|neighbou?r|boy|girl|child|patient|man|woman", words[0].lower()):
            return True
        words = words[1:]
    names = [w for w in words if w.lower() != "and" and not re.fullmatch(HONORIFIC, w)] or words
    if group == "hit14":  # "Patient HIV, Hepatitis B": the given name after the surname in capitals
        return names[-1] in gazetteer.first_names()
    if group == "hit10" and len(names) < 2:  # "Name: Methotrexate"
        return names[0] in gazetteer.first_names()
    if group == "hit17" and re.fullmatch(r"[A-Z][a-z]+(?:ly|ing|ed)", names[0]):
        return False  # "in a Patient Receiving Dupilumab"
    english, firsts, not_names = gazetteer.english(), gazetteer.first_names(), gazetteer.words("not_names")
    return any(w in firsts or not (w.lower() in english.lower or w in english.proper or w in not_names
                                   or re.fullmatch(r"[A-Z][a-z]+(?:ly|ing|ed)", w)) for w in names)


def _person_before(text: str, end: int) -> bool:
    """Whether the words before ", at 103," or ", now 106," end with a person: "Our patient", "The man",
    "Mrs Olga Sokolova", "by the patient herself, who"; not "His heart rate" or "The platelet count"."""
    clause = re.split(r"[.;!?]\s", text[:end])[-1]
    last = clause.rstrip().rstrip(",").split(",")[-1].strip()
    if re.search(rf"(?i:\b(?:{KIN}|patient|man|woman|lady|gentleman|widow|widower|resident|farmer|herself|himself|"
                 rf"retiree|veteran|centenarian|nonagenarian|she|he))$", last):
        return True
    name = re.search(r"(?:^|\s)((?:[A-Z][a-z][^\W\d_]*\s+){0,3}[A-Z][a-z][^\W\d_]*)$", last)
    return bool(name) and name.group(1).split()[0] not in {"Her", "His", "The", "Their", "This", "Our", "My"} \
        and name.group(1).split()[-1].lower() not in gazetteer.english().lower


def _eponymist(text: str, hit: Hit) -> bool:
    """"first described by Moritz Kaposi in 1872", "Sweet syndrome, named after Robert Douglas Sweet":
    the physician a disease is named after, not a patient."""
    end = hit.start + len(hit.text)
    # "described by Moritz Kaposi in 1872", "Thomas Addison described ... in 1855": a year before 1990 near by
    if re.search(r"\b(?:described|named|discovered|characteri[sz]ed|coined)\s+(?:first\s+)?(?:by|after)\s+$",
                 text[max(0, hit.start - 40):hit.start]) and HISTORY.search(text, end, end + 80):
        return True
    if re.match(r"(?:,[^,.;]{1,60},)?\s+(?:(?:first|had|originally)\s+)?(?:described|coined|named|discovered|"
                r"characteri[sz]ed)\b[^.;]{0,80}?\b(?:1[5-8]\d\d|19[0-8]\d)\b", text[end:end + 180]):
        return True  # "Hulusi Behçet, a Turkish dermatologist, described the triad in 1937"
    if re.search(r"\s[IVX]{1,4}$", hit.text) or REGNAL.match(text, end) or re.search(
            r"\b(?:King|Queen|Prince|Princess|Emperor|Pope|Tsar|Sultan)\s+$", text[max(0, hit.start - 10):hit.start]):
        return True  # "King George II": history, not a patient
    # a surname that names a disease elsewhere in the text: "Kaposi sarcoma ... Moritz Kaposi"
    last = hit.text.split()[-1]
    own = end - len(last)
    for n, m in enumerate(re.finditer(rf"\b{re.escape(last)}(?:['’]s)?(?=\s)", text)):
        if n >= 10:
            break
        if m.start() != own and _eponym(text[:m.end() + 60], m.end()):
            return True
    return False


def _eponym_after_brackets(text: str, end: int) -> bool:
    m = re.match(r"\s*\([^()]{1,40}\)", text[end:])
    return bool(m) and _eponym(text, end + m.end())


def _joined_dates(text: str, hits: list[Hit]) -> list[Hit]:
    """'Tuesday 6th September' is one date, not a weekday and a date ('3 March, 5 March' stays two)."""
    dates = sorted((h for h in hits if h.code == "phi-date"), key=lambda h: h.start)
    out = [h for h in hits if h.code != "phi-date"]
    for h in dates:
        last = out[-1] if out and out[-1].code == "phi-date" else None
        end = _end(text, last) if last else 0
        if last and not any(c.isdigit() for c in last.text) and re.fullmatch(r",?\s+(?:the\s+)?", text[end:h.start]):
            out[-1] = Hit("phi-date", re.sub(r"\s+", " ", text[last.start:_end(text, h)]), last.start, last.label,
                          last.hint)
        else:
            out.append(h)
    return out


def _end(text: str, hit: Hit) -> int:
    """Where a hit ends in the text: its text has its runs of spaces made one."""
    m = re.compile(r"\s+".join(map(re.escape, hit.text.split(" ")))).match(text, hit.start)
    return m.end() if m else hit.start + len(hit.text)


def _inside(hit: Hit, others: list[Hit]) -> bool:
    return any(o.start <= hit.start < o.start + len(o.text) for o in others)


def _unique(hits: list[Hit]) -> list[Hit]:
    """One hit per identifier: the longest where two of one code overlap."""
    out: list[Hit] = []
    reach: dict[str, int] = {}  # per code, the end of the hits kept so far: sorted by start, that is enough
    for h in sorted(hits, key=lambda h: (h.start, -len(h.text))):
        if h.start >= reach.get(h.code, -1):
            out.append(h)
            reach[h.code] = h.start + len(h.text)
    return out


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
