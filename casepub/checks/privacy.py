"""Patient identifiers (HIPAA Safe Harbor) in every text a reader sees."""

from __future__ import annotations

import logging
import re
from typing import Iterator

from casepub.checks import gazetteer
from casepub.checks.gazetteer import UPPER
from casepub.checks.hits import (HINTS, REGNAL, Hit, end_of, eponym_after_brackets, eponymist, inside,
                                 not_a_number_to_call, not_a_place, research_number, unique)
from casepub.checks.hospitals import find_hospitals
from casepub.checks.judge import a_place, no_patient, no_place
from casepub.checks.model_hits import model_hits
from casepub.checks.patterns import HONORIFIC, PATTERNS
from casepub.checks.people import KIN, eponym as _eponym, people as _people
from casepub.checks.places import after_person, after_street, find_places
from casepub.checks.records import CLAUSE_END, labelled_numbers, shaped_numbers
from casepub.checks.shorthand import hospital_shorthand, shorthand_places
from casepub.findings import Finding, Severity
from casepub.model import Case
from casepub.styles import Style

logger = logging.getLogger(__name__)

# An age right after a person's name: "Mrs Ngozi Okonkwo-Eze, 92, was", "Mr Bolat Zhaksylykov, 90, a farmer".
APPOSED_AGE = re.compile(rf"(?:\s+[{UPPER}][^\W\d_]+(?:-[A-Za-z][^\W\d_]+)*){{0,2}}(?:,\s+(?P<age>9\d|1[0-4]\d),\s+"
                         r"(?=[a-z]|[A-Z]{2,}\b|\?)"
                         r"|\s*\((?P<age2>9\d|1[0-4]\d)\))")

# Ages in a list: "aged 91, 93 and 95" (not "aged 18-65" nor "aged 91 years and 2 months").
LISTED_AGES = re.compile(r"\b[Aa]ged\s+(?P<ages>\d{1,3}(?:,\s*\d{1,3})*,?\s+(?:and|or|&)\s+\d{1,3})\b"
                         r"(?![.,]\d|\s*(?:%|days?|weeks?|months?|hours?|min))"
                         # (from a list's start only: from each of its numbers, a long list was quadratic)
                         r"|(?<![\d,])(?<![\d,]\s)\b(?P<ages2>\d{1,3}(?:,\s*\d{1,3})*,?\s+(?:and|or|"
                         r"&)\s+\d{1,3})\s+years?[\s-]+old\b")
# A street address found by the patterns, which the neighbourhood and town may follow.
STREET_ADDRESS = re.compile(r"(?=.*[^\W\d_]{3})(?:\d|(?:Rua|Calle|Avenida|Jalan|Via|Rue|Plot|Erf|Stand)\b)")

# A temperature before "101F": not an age and sex.
# A vital sign or a measure before "is 94 today": "the SpO2 is 94 today" is no age.
VITAL = re.compile(r"(?i:\b(?:sat\w*|spo2|sao2|o2|rate|hr|pulse|bp|rr|temp\w*|glucose|sugar|score|weight|level|count|"
                   r"saturation|pressure)\b[^.;,]{0,12}$)")
TEMPERATURE = re.compile(r"(?i:\b(?:temp\w*|t\s?max|t|fever\w*|febrile|pyrexi\w*|peaked|spiked|rose)\b[^.;]{0,20}$)")

# What a record number is called, and what a telephone number is: which one a clause names decides.
RECORD_LABEL = re.compile(r"(?i:\b(?:medical\s+record|record|MRN|hospital\s+(?:number|no)|chart|account|policy|member|"
                          r"insurance|registration|file|national\s+(?:code|ID|identity|number)|identity|"
                          r"identification|ID\s+card|citizen|melli|(?-i:CCCD|CMND|NIK|NIN|NID)|kimlik|c[ée]dula|"
                          r"passport|social[\s-]+security|membership|afiliado|afiliaci[óo]n|affiliation|encounter|"
                          r"personal\s+(?:number|code|ID)|register\s+number|matricule|carteirinha|\w+nummer|enrol+ment|"
                          r"card\s+(?:no|number))\b)")
PHONE_WORD = re.compile(r"(?i:\b(?:phone|tel|telephone|telefon\w*|mobile|cell|fax|call\w*|rang|ring|reach\w*|contact\w*|dial\w*|"
                        r"text\w*|whatsapp|number\s+to\s+call)\b)")
PERSONS_NUMBER = re.compile(r"(?:['’]s|\b(?:her|his|their|my|your|our))\s+(?:(?:mobile|cell|home|own|new)\s+)?(?:number|no\.?)"
                            r"\s*(?:is|was|:|,)?\s*$")
# The name patterns' groups whose words must be able to be a name: see _person_named.
CHECKED_NAMES = ("hit9", "hit10", "hit12", "hit13", "hit14", "hit17", "hit19", "hit20", "hit42", "hit43", "hit53", 0)
# A word of a name: "Sullivan", "O'Sullivan", "Soo-jin".
NAME_WORD = r"[A-Z](?:[a-z]|['’][A-Z])[^\W\d_'’]*(?:-[A-Za-z][a-z]+)?"
# A day and month, either way round ("22/5", "9/29"); one in a list after a comma or "and", before a word.
SHORT_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])")
LISTED_DATE = re.compile(r"(?<=,\s)\d{1,2}/\d{1,2}(?![/\d])(?=\s+(?:by|to|at|for|with|w/|-)\b|\s*[,;|)]|\s*$)"
                         r"|(?<=\band\s)\d{1,2}/\d{1,2}(?![/\d])(?=\s+(?:by|to|at|for|with|w/)\b|\s*[,;|).]|\s*$)")
# A hospital's own number ("City Clinical Hospital No. 52") or a flat's ("#08-1121"), not a record's.
NOT_A_RECORD = re.compile(r"(?i:\bhospital\s+(?:no\.?|number|#)\s*\d{1,3}\b(?![\s.-]?\d))|(?<=,\s)#\d{2}-\d{2,4}\b")
HOSPITAL_HINT = ("write its kind instead: 'a university hospital', 'a tertiary centre', 'a district hospital', "
                 "'a nursing home'")


def scan(text: str, allowed_names: frozenset[str] = frozenset()) -> list[Hit]:
    """Every identifier in one text (used by the checks and the benchmark): the patterns' hits, then the
    model's where no pattern found anything.

    `allowed_names` are the authors' surnames: "Dr Marsh has no disclosures" is no patient.
    """
    hits = _rule_hits(text, allowed_names)
    hits = [a_place(text, h) for h in unique(hits + model_hits(text, hits, allowed_names))]
    return [h for h in hits
            if not ((h.code == "phi-name" and no_patient(text, h))
                    or (h.code == "phi-location" and no_place(text, h))
                    or (h.code == "phi-id"
                        and NOT_A_RECORD.search(text, max(0, h.start - 12), h.start + len(h.text) + 1)))]


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
                    group in ("hit27", "hit28") and not _person_before(text, m.start(), listed=True)) or (
                    group in ("hit15", "hit25", "hit40") and TEMPERATURE.search(text, max(0, m.start() - 25),
                                                                             m.start())) or (
                    group == "hit64" and VITAL.search(text, max(0, m.start() - 25), m.start())) or (
                    group == "hit58" and not re.search(r"\b(?:was|aged?|turned)\s+(?:9\d|1[0-4]\d)\b",
                                                       text[max(0, m.start() - 80):m.start()]))):
                continue  # "His heart rate, at 120, was"; "the heart rate was 98 when"; "Temp 101F with rigors"
            if code == "phi-name" and group in CHECKED_NAMES \
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
                 for name, start in [*find_hospitals(text), *hospital_shorthand(text)]]
    # "Imam Reza Hospital", "Sir Ganga Ram Hospital": the person in a hospital's name is no patient
    hits = [h for h in hits if not (h.code == "phi-name" and inside(h, hospitals))] + hospitals
    # "Rua Augusta" is a street, "Easter Sunday" a date and "Red Cross War Memorial" a hospital, not a person
    not_people = [h for h in hits if h.code in ("phi-location", "phi-date")]
    for name, start in _people(text):
        if name.split()[-1] not in allowed_names and not inside(Hit("", name, start), not_people):
            hits.append(Hit("phi-name", name, start, *HINTS["phi-name"]))
    # "folder number is 0019/45/2021", "paraffin block (n° H-2019-3381)": a scheme no pattern names
    # (weaker than a contact pattern: "her daughter's number, 312-555-0187"; "?id=77120" in a link)
    contacts = [h for h in hits if h.code == "phi-contact"]
    # ("the daughter's number is 677 41 29 08": a person's number is the one to call)
    hits += [Hit(code, value, start, *HINTS[code])
             for value, start in [*labelled_numbers(text), *shaped_numbers(text)]
             if not inside(Hit("", value, start), contacts)
             for code in ["phi-contact" if PERSONS_NUMBER.search(text, max(0, start - 40), start) else "phi-id"]]
    # an author's ORCID, a sequence's accession, a reagent's batch or a trial's registration is not the patient's
    hits = [h for h in hits if not (h.code == "phi-contact" and not_a_number_to_call(text, h))]
    # "Her medical record number at Shinshu University Hospital was 0003-772-194": a phone's shape, a record's label
    hits = [Hit("phi-id", h.text, h.start, *HINTS["phi-id"]) if h.code == "phi-contact" and _record_label(text, h)
            else h for h in hits]
    hits = [h for h in hits if not research_number(text, h)]
    hits = _joined_dates(text, hits) + _more_note_dates(text, hits)
    # "H.No. 7-1-212, Ameerpet": a house's number in an address is the address
    locations = [h for h in hits if h.code == "phi-location"]
    hits = [h for h in hits
            if not (h.code == "phi-id" and inside(h, [p for p in locations if len(p.text) > len(h.text)]))]
    ids = [h for h in hits if h.code == "phi-id"]
    # "NHS number 943 476 5919" is an id, not a phone; "group number 604411" not an Indian PIN code
    hits = [h for h in hits if not (h.code in ("phi-contact", "phi-location") and inside(h, ids))]
    contacts = [h for h in hits if h.code == "phi-contact"]
    hits = [h for h in hits if not (h.code == "phi-age" and inside(h, contacts))]  # "live:.amara_okonkwo_91"
    age_ends = {h.start + len(h.text): h.start for h in hits if h.code == "phi-age"}
    # "Patient: 98F": an age after a label, not a record number
    hits = [h for h in hits if not (h.code == "phi-id" and age_ends.get(h.start + len(h.text), -1) > h.start)]
    hits = [_apposed_place(text, h) if h.code == "phi-name" else h for h in hits]
    hits = [h for h in hits if not (h.code == "phi-name" and eponymist(text, h))]
    names = [h for h in hits if h.code == "phi-name"]
    dates = [h for h in hits if h.code == "phi-date"]
    ages = [h for h in hits if h.code == "phi-age"]
    for h in names:  # "Mr Bolat Zhaksylykov, 90, a retired shepherd", "Mrs Ngozi Okonkwo-Eze, 92, was"
        m = APPOSED_AGE.match(text, h.start + len(h.text))
        if not m or (m.lastgroup == "age2" and re.match(r"(?:Dr|Prof|Professor|Doctor|Dra)\b", h.text)):
            continue  # "Dr Kumar (97)": a reference number
        if not inside(Hit("", m.group(m.lastgroup), m.start(m.lastgroup)), ages):
            hits.append(Hit("phi-age", m.group(m.lastgroup), m.start(m.lastgroup), *HINTS["phi-age"]))
    for m in LISTED_AGES.finditer(text):  # "three siblings aged 91, 93 and 95", "were 90, 94 and 97 years old"
        group = m.lastgroup or "ages"
        for n in re.finditer(r"\d+", m.group(group)):
            if 90 <= int(n.group()) <= 149 and not inside(Hit("", n.group(), m.start(group) + n.start()), ages):
                hits.append(Hit("phi-age", n.group(), m.start(group) + n.start(), *HINTS["phi-age"]))
    streets = [h for h in hits if h.code == "phi-location" and STREET_ADDRESS.match(h.text)]
    found = [*find_places(text), *(p for h in names for p in after_person(text, h.start + len(h.text))),
             *(p for h in streets for p in after_street(text, h.start + len(h.text)))]
    hits = _add_places(text, hits, found, names + dates + ids, shorthand=False)
    # then what notes shorten, which the places found so far may introduce ("Ashington, NE63")
    found = shorthand_places(text, [h for h in hits if h.code == "phi-location"])
    hits = _add_places(text, hits, found, names + dates + ids, shorthand=True)
    # "grateful to Pedro and Lucía Mendoza": a given name before "and" and a name is a person, not San Pedro
    hits = [h for h in hits if not (h.code == "phi-location" and h.text in gazetteer.first_names()
                                    and re.match(r"\s+and\s+[A-Z]", text[h.start + len(h.text):]))]
    # "surgeon to King George II": a monarch, not a town
    hits = [h for h in hits if not (h.code == "phi-location" and REGNAL.match(text, end_of(text, h)))]
    # "the revised Sapporo (Sydney) criteria": a place that names criteria, with a gloss in brackets
    # "serovar Dublin", "the Uppsala Monitoring Centre": a place's name in something else's
    return [h for h in hits if not (h.code == "phi-location" and (eponym_after_brackets(text, h.start + len(h.text))
                                                                 or not_a_place(text, h)))]


def _add_places(text: str, hits: list[Hit], found: list[tuple[str, int]], barred: list[Hit],
                shorthand: bool) -> list[Hit]:
    """HITS with the places FOUND that no person, date or record number (BARRED) holds. A place already found is
    not found twice; a shorthand overlapping one is dropped ("Lot 14" of "Lot 14, Nausori Highway") unless it
    holds it whole ("District 7" holds "District")."""
    # which place stands at each character (0 for none): a mask, as comparing every pair was quadratic
    owner = [0] * (len(text) + 1)
    located = {n: h for n, h in enumerate((h for h in hits if h.code == "phi-location"), 1)}
    for n, h in located.items():
        owner[h.start:h.start + len(h.text)] = [n] * len(h.text)
    dropped: set[int] = set()
    for name, start in found:
        place, end = Hit("phi-location", name, start, *HINTS["phi-location"]), start + len(name)
        if inside(place, barred) or (owner[start] and not shorthand):
            continue  # "Dr. Hamilton" is a person
        if shorthand:
            overlaps = set(owner[start:end]) - {0}
            if any(located[n].start < start or located[n].start + len(located[n].text) > end for n in overlaps):
                continue
            dropped |= overlaps
        located[len(located) + 1] = place
        owner[start:end] = [len(located)] * len(name)
    return [h for h in hits if h.code != "phi-location"] + [h for n, h in located.items() if n not in dropped]


def _apposed_place(text: str, hit: Hit) -> Hit:
    """"the patient, Kebayoran Baru, Jakarta": words apposed to a person, then a town, are a place."""
    m = re.match(r"(?:patient|man|woman|boy|girl|child),\s+", hit.text)
    town = re.match(r",\s+([A-Z][^\W\d_]+)", text[hit.start + len(hit.text):])
    gaz = gazetteer.places()
    if m and town and (town.group(1) in gaz.towns or town.group(1) in gaz.allowed):
        return Hit("phi-location", hit.text[m.end():], hit.start + m.end(), *HINTS["phi-location"])
    return hit


def _record_label(text: str, hit: Hit) -> bool:
    """A number a phone's pattern found, in a clause that names a record and no telephone."""
    if not re.fullmatch(r"[\d\s./-]+", hit.text):
        return False
    clause = re.split(rf"{CLAUSE_END.pattern}|\n", text[max(0, hit.start - 80):hit.start])[-1]
    labels = list(RECORD_LABEL.finditer(clause))
    # "MRN 00-47-8812 were removed, and the family's number, 055 318 4402": the label has its own number
    # ("her phone as +352 ... and her social-security matricule as 1931 0412 367": a telephone's word counts only
    # after the last number before the label, as in "Phone number on file:" or "mobile, as noted in the record, is")
    return bool(labels) and not re.search(r"\d", clause[labels[-1].end():]) \
        and not PHONE_WORD.search(re.split(r"\d", clause[:labels[-1].start()])[-1] + clause[labels[-1].start():])


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
        if names[-1].isupper():  # "PATIENT: HIV, ELISA negative": in capitals both must be in the lists
            surname = names[0]
            return names[-1].title() in gazetteer.first_names() and (surname.title() in gazetteer.last_names() or (
                len(surname) >= 4 and surname.lower() not in gazetteer.english().lower))
        return names[-1] in gazetteer.first_names()
    if group in ("hit42", "hit43"):  # "s/o" and "w/o" are also "suggestive of" and "without" in notes
        return any(w in gazetteer.first_names() or w in gazetteer.last_names() for w in names) and not any(
            w.lower() in gazetteer.english().lower for w in names)
    if group == "hit17" and all(re.fullmatch(HONORIFIC, w) for w in words):
        return False  # "your pt Sra. Guadalupe ...": the name comes after the honorific
    if group == "hit10" and len(names) < 2:  # "Name: Methotrexate"
        return names[0] in gazetteer.first_names()
    if group == "hit17" and re.fullmatch(r"[A-Z][a-z]+(?:ly|ing|ed)", names[0]):
        return False  # "in a Patient Receiving Dupilumab"
    english, firsts, not_names = gazetteer.english(), gazetteer.first_names(), gazetteer.words("not_names")
    return any(w in firsts or not (w.lower() in english.lower or w in english.proper or w in not_names
                                   or re.fullmatch(r"[A-Z][a-z]+(?:ly|ing|ed)", w)) for w in names)


def _person_before(text: str, end: int, listed: bool = False) -> bool:
    """Whether the words before ", at 103," or ", now 106," end with a person: "Our patient", "The man",
    "Mrs Olga Sokolova", "by the patient herself, who"; not "His heart rate" or "The platelet count"."""
    clause = re.split(r"[.;!?]\s", text[max(0, end - 120):end])[-1]  # a bounded window: linear in the text
    last = clause.rstrip().rstrip(",").split(",")[-1].strip()
    if re.search(rf"(?i:\b(?:{KIN}|patient|man|woman|lady|gentleman|widow|widower|resident|farmer|herself|himself|"
                 rf"retiree|veteran|centenarian|nonagenarian|she|he))$", last):
        return True
    name = re.search(rf"(?:^|\s)((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})$", last)
    if listed:  # "Ferritin was 98 at presentation": only a name the lists know, before "was 98 when"
        return bool(name) and any(w in gazetteer.first_names() or w in gazetteer.last_names()
                                  for w in name.group(1).split())
    return bool(name) and name.group(1).split()[0] not in {"Her", "His", "The", "Their", "This", "Our", "My"} \
        and name.group(1).split()[-1].lower() not in gazetteer.english().lower


def _more_note_dates(text: str, hits: list[Hit]) -> list[Hit]:
    """Where a note already wrote a day and month ("seen 2/2 by derm"), the others in its list are dates too:
    ", 2/9 by ID, 2/16 by plastics"."""
    if not any(h.code == "phi-date" and SHORT_DATE.fullmatch(h.text) for h in hits):
        return []
    taken = [h for h in hits if h.code == "phi-date"]
    return [Hit("phi-date", m.group(), m.start(), *HINTS["phi-date"]) for m in LISTED_DATE.finditer(text)
            if SHORT_DATE.fullmatch(m.group()) and not inside(Hit("", m.group(), m.start()), taken)]


def _joined_dates(text: str, hits: list[Hit]) -> list[Hit]:
    """'Tuesday 6th September' is one date, not a weekday and a date ('3 March, 5 March' stays two)."""
    dates = sorted((h for h in hits if h.code == "phi-date"), key=lambda h: h.start)
    out = [h for h in hits if h.code != "phi-date"]
    for h in dates:
        last = out[-1] if out and out[-1].code == "phi-date" else None
        end = end_of(text, last) if last else 0
        if last and not any(c.isdigit() for c in last.text) and re.fullmatch(r",?\s+(?:the\s+)?", text[end:h.start]):
            out[-1] = Hit("phi-date", re.sub(r"\s+", " ", text[last.start:end_of(text, h)]), last.start, last.label,
                          last.hint)
        else:
            out.append(h)
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
