"""What the trained model (learned.py) may add to the patterns' hits, under their exceptions."""

from __future__ import annotations

import logging
import os
import re

from casepub.checks import gazetteer, learned
from casepub.checks.gazetteer import UPPER
from casepub.checks.hits import (HINTS, HOUSE_ARTICLES, REGNAL, Hit, eponym_after_brackets, eponymist, named_thing,
                                 not_a_number_to_call, not_a_place, research_number)
from casepub.checks.hospitals import DESCRIPTIVE, FUNCTION
from casepub.checks.people import KIN, REMEDY, eponym
from casepub.checks.places import may_stay
from casepub.checks.records import NOT_PATIENT, is_date, measured
from casepub.checks.shorthand import SPECIALTIES
from casepub.checks.vocab import SCORES

logger = logging.getLogger(__name__)

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

# Abbreviated words of journal titles: "N Engl J Med", "J Am Acad Dermatol", "Clin Exp Dermatol".
JOURNAL = re.compile(r"\b(?:J|Engl|Med|Dermatol|Acad|Clin|Exp|Rep|Res|Int|Am|Br|Ann|Arch|Eur|Pediatr|Paediatr)\b")
ARTICLES = HOUSE_ARTICLES | {"Der", "El"}  # not "Le" nor "De": Vietnamese, Dutch surnames
# A word that names a disease or a procedure by its ending: "Cardiomyopathy", "Dermatitis".
MEDICAL = re.compile(r"(?i:(?:pathy|itis|osis|oma|emia|aemia|plasty|ectomy|otomy|scopy|algia|trophy|plegia|uria))$")
# Words after which a short date of the model's is one: "seen 2/3", "DOB 02-03-24", "| 04/01".
NOTE_CONTEXT = re.compile(r"(?i:\b(?:on|seen|adm\w*|dob|dod|dated|since|until|from|born|died|d/c|discharged?|"
                          r"reviewed|onset|called|received))\s*:?\s*$|[|;]\s*$")
# The head words after which capitalised words are a disease's or a score's name, not a person's ("Wai Man Law").
DISEASE_HEADS = {"syndrome", "disease", "sign", "phenomenon", "sarcoma", "lymphoma", "tumour", "tumor", "palsy",
                 "fever", "virus", "test", "score", "scale", "index", "criteria", "classification", "pharma"}
CJK = re.compile(r"[\u3040-\u30FF\u4e00-\u9fff\uac00-\ud7a3]")

YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?")

AGE_WORD = re.compile(r"(?i:years?|yrs?|y|yo|old|aged?|ninety|hundred|one|two|three|four|five|six|seven|eight|"
                      r"nine|and|at|turned|is|was|now)")


# Where a model's "place" is someone: after a relative or a name's label, a given name first.
PERSON_BEFORE = re.compile(rf"(?i:\b(?:{KIN}|carer|caregiver|guardian|name|mother-in-law|father-in-law|neighbou?r|"
                           r"friend|father)\b)[,:]\s*$")  # in apposition only: not "mother lives in Lara"
# An arrow inside, before or after a model's place: a journey, which the patterns read (shorthand._journey)
ARROW_IN = re.compile(r"->|→|=>")
ARROW_BY = re.compile(r"(?:->|→|=>)\s*$")
ARROW_NEXT = re.compile(r"\s*(?:->|→|=>)")
DOSE = re.compile(r"\d[\d\s.,]*\s*(?:IU|U|mg|mcg|µg|g|kg|mL|ml|L|mmol|units?)")
# Organisations the model takes for places or people: "Robert Koch Institute", "Boehringer Ingelheim" (agencies,
# "the Uppsala Monitoring Centre", are the patterns' exception too: hits.not_a_place).
ORGANISATION_END = re.compile(r"\b(?:Institute|Institut|MC|Biotechnology|Pharmaceuticals?|Laboratories|Inc|Ltd|GmbH|"
                              r"AG|plc|Corporation|Foundation|Society|Association|Agency|Squibb|Ingelheim|"
                              r"Initiative|Consortium|Council|Fund|Programme|Program|Alliance|Network)$")


def _a_person(text: str, value: str, start: int) -> bool:
    words = value.split()
    firsts = gazetteer.first_names()
    before = text[max(0, start - 40):start]
    # a ward list's "Haddad, Rania 94 F": a surname, a comma, the given name, the age
    listed = re.search(r"\b[A-Z][^\W\d_]+,\s*$", before) \
        and re.match(r"\s+\d{2,3}\s?[FM]?\b", text[start + len(value):])
    return bool(words) and (words[0] in firsts or gazetteer.plain(words[0]) in firsts) \
        and bool(PERSON_BEFORE.search(before) or listed)


def model_hits(text: str, hits: list[Hit], allowed_names: frozenset[str]) -> list[Hit]:
    """What the trained model tags where no pattern found anything: the shapes the patterns have not seen.
    The patterns' own exceptions hold for it too (authors, eponyms, states, research numbers, citations)."""
    if os.environ.get("CASEPUB_NO_MODEL"):
        return []
    out = []
    covered = bytearray(len(text) + 1)  # where a pattern hit stands: one pass, however many hits
    for h in hits:
        covered[h.start:h.start + len(h.text)] = bytes([1]) * len(h.text)
    for code, value, start in learned.find(text):
        if code == "phi-location" and _a_person(text, value, start):
            code = "phi-name"  # "her mother-in-law, Dhan Maya Tamang": the model saw a name, took it for a place
        hit = Hit(code, value, start, *HINTS[code])
        end = start + len(value)
        if any(covered[start:end]) and not covered[end - 1]:
            hit = _uncovered_tail(text, hit, covered)  # "Camp 14 of Kutupalong": a pattern found the camp
        if hit is None or any(covered[hit.start:hit.start + len(hit.text)]) or "@" in text[max(0, start - 1):end]:
            continue  # a pattern said what it is; "[@smith2019]" is a citation
        if model_may(text, hit, allowed_names) and not research_number(text, hit):
            out.append(hit)
    return out


def _uncovered_tail(text: str, hit: Hit, covered: bytearray) -> Hit | None:
    """The place after the part of a model's span a pattern found, past "of", "in" or a comma; None if none."""
    end = hit.start + len(hit.text)
    last = max(i for i in range(hit.start, end) if covered[i])
    m = re.match(r"(?:\s*,|\s+(?:of|in|near))\s+(?P<rest>[^\W\d_].+)", text[last + 1:end])
    if hit.code != "phi-location" or not m or not m.group("rest")[:1].isupper():
        return None
    return Hit(hit.code, m.group("rest"), last + 1 + m.start("rest"), hit.label, hit.hint)


def model_may(text: str, hit: Hit, allowed_names: frozenset[str]) -> bool:
    """Whether a model's hit has what the patterns would ask of one of its code: a person is no author nor
    eponym; an age is said of a person and not followed by a unit; a date has a month, a weekday or a date's
    separators; a place is not a state, a country, an institution or what names criteria; a number is no
    count and no place unless a town's name comes before it."""
    end = hit.start + len(hit.text)
    before = re.split(r"[.;!?]\s", text[max(0, hit.start - 40):hit.start])[-1]
    words = re.findall(r"[^\W\d_][^\W\d_'-]*", hit.text)
    if CJK.search(hit.text):
        return False  # the sets hold too little Chinese, Japanese or Korean to learn from; the patterns see those
    if hit.code in ("phi-location", "phi-name") and (len(JOURNAL.findall(hit.text)) >= 2
                                                     or re.match(r"\s*\d{4};", text[end:])):
        return False  # "N Engl J Med 2011;365:620": a journal
    if hit.code in ("phi-location", "phi-name") and (ORGANISATION_END.search(hit.text) or not_a_place(text, hit)
                                                     or re.search(r"-stained$", hit.text)):
        return False  # a company or an agency; "serovar Dublin"; "Giemsa-stained"
    if hit.code in ("phi-location", "phi-name") and REMEDY.match(text, end):
        return False  # "the Huang Qi decoction": a remedy
    if hit.code == "phi-name" and words and words[0] in ARTICLES:
        return False  # "EHPAD Les Tilleuls": a house's name, which its kind before it would show
    if hit.code == "phi-name":  # "One French series": a name's words are no common or national words alone
        known = gazetteer.english()
        if not words or words[0] in FUNCTION or all(w.lower() in known.lower or w in known.proper for w in words):
            return False
        if re.sub(r"['’]s$", "", hit.text).split()[-1] in gazetteer.words("not_names") \
                or (len(words[-1]) >= 8 and MEDICAL.search(words[-1])) \
                or words[-1].lower() in DISEASE_HEADS:
            return False  # "Eli Lilly", "LEO Pharma": a company; "Takotsubo Cardiomyopathy": a disease
        return not words[0][:1].islower() and words[-1] not in allowed_names and not eponym(text, end) \
            and not eponymist(text, hit) and not named_thing(text, end)
    if hit.code == "phi-age":
        if AFTER_MEASURE.match(text, end) or measured(text, end) or re.match(r"[.,]\d|,?\s*\d", text[end:]):
            return False  # "92 patients", "99.9 per cent", "95, 98 and 99": a list of numbers
        number = re.search(r"\d+", hit.text)
        if number and not (number.group().isdecimal() and 90 <= int(number.group()) <= 149):
            return False  # "His wife, 45,": the model saw the shape, not the value
        if re.match(r"\s*(?:years?|yrs?|y)\b", text[end:]) or words:
            return all(AGE_WORD.fullmatch(w) for w in words)  # "aged 96", not "98 then 102"
        if re.search(SCORES + r"[\s,:(]*$", before):
            return False  # "(Karnofsky, 90)": a score
        if re.search(r"\b(?:Dr|Dra|Prof|Professor|Doctor)\.?\s+[A-Z][^\W\d_]+\s*\($", before):
            return False  # "Dr Kumar (97)": a reference number
        name = re.search(r"([A-Z][^\W\d_]+),?\s*\(?$", before)  # "Mrs Alder, 94,"; not "At 96, her heart rate"
        return not MEASURED.search(before[-25:]) and bool(
            PERSON.search(before) or (name and name.group(1) not in FUNCTION))
    if hit.code == "phi-date":
        if re.match(r"[.,]\d", text[end:end + 2]):
            return False  # "(ref 11.5-16.5)": a range of values
        if not re.search(r"\d", hit.text) and not re.search(r"(?i:day|mon|tue|wed|thu|fri|sat|sun)", hit.text):
            return False  # "In January": a month alone is no finer than its year
        bare = re.sub(r"\s+", "", hit.text)
        if re.search(r"\bOct-[34]\b", hit.text) or (re.fullmatch(r"\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2})?", bare)
                                              and not NOTE_CONTEXT.search(text[max(0, hit.start - 20):hit.start])):
            return False  # "Oct-4", a transcription factor; "Scores were 10-12-14"
        # not "01-2018-0045", "1300/12/5", "2019-2020"
        return bool(DATE_WORD.search(hit.text)) or (is_date(bare) and not YEARS.fullmatch(hit.text))
    if hit.code == "phi-location" and (ARROW_IN.search(hit.text) or ARROW_BY.search(text, max(0, hit.start - 4), hit.start)
                                       or ARROW_NEXT.match(text, end) or DOSE.fullmatch(hit.text)):
        return False  # "Th2 → Th17", "Warfarin → Apixaban": the rules read journeys; "5000 IU": a dose
    if hit.code == "phi-location" and words and all(w.lower() in SPECIALTIES for w in words):
        return False  # "Neuro ICU", "Cardiothoracic ICU": a unit
    if hit.code == "phi-location" and words and (words[0] in DESCRIPTIVE or (words[0].isupper() and len(words) > 1)):
        return False  # "Private Nursing Home", "NHS Nursing Home": a kind of home
    of = re.search(r"\b([a-z]+)\s+of\s+$", before)
    if hit.code == "phi-location" and of and of.group(1) in gazetteer.words("heads"):
        return False  # "naevus of Ota": an eponym
    if hit.code == "phi-location" and re.search(r"\bfactor\s+V\s+$", text[max(0, hit.start - 12):hit.start]):
        return False  # "factor V Leiden", a mutation
    if hit.code == "phi-location" and not any(c.isdigit() for c in hit.text):
        known = gazetteer.english()
        return bool(words) and not may_stay(hit.text) and not named_thing(text, end) \
            and hit.text not in gazetteer.words("not_places") and not REGNAL.match(text, end) \
            and not eponym_after_brackets(text, end) and not all(  # "Korean", "the Himalayas", "Nursing Homes"
                any(v.lower() in known.lower or v in known.proper for v in (w, w[:-1] if w.endswith("s") else w))
                and w not in gazetteer.places().towns for w in words)
    if hit.code == "phi-location" and words and not re.search(rf"[{UPPER}]", hit.text):
        return False  # "13000 rpm": a place with digits is an address, which has a name
    if hit.code == "phi-contact" and re.search(r"\d{4};\s?\d+(?:\(\d+\))?:\s?\d", hit.text):
        return False  # "2005;352:1317-23": a reference's year, volume and pages
    if hit.code == "phi-contact" and re.search(r"(?i:\bdoi\b)|\b10\.\d{4,}/", hit.text):
        return False  # "595-602. doi:10.1111/bjd.16082": a reference's pages and DOI
    if hit.code == "phi-contact" and re.match(r"(?:https?://)?(?:www\.)?(?:[\w-]+\.)*[\w-]+\.(?:gov|int|edu)"
                                              r"(?:\.[a-z]{2})?(?:/|$)", hit.text):
        return False  # "https://www.who.int/publications/...": a public source, as the web address pattern says
    if hit.code == "phi-contact" and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", hit.text):
        return False  # "1.250.000": thousands
    digits = sum(c.isdigit() for c in hit.text)
    if (hit.code == "phi-contact" and (digits < 7 or re.search(r".\(|\d-\d+\)", hit.text))) \
            or (hit.code == "phi-id" and (digits < 4 or re.fullmatch(r"\d{1,2}(?:\.\d{1,3}){2,}", hit.text))):
        return False  # "cell number was 312 (250-400)"
    if hit.code == "phi-id" and re.fullmatch(r"\d+", hit.text) and re.search(
            r"\b(?:of|than|about|approximately|around|over|under|to|by)\s+$", before[-16:]):
        return False  # "a city of 1200000": a quantity
    if not words:  # a bare number: a count or a measurement unless a town's name or a label says otherwise
        if MEASURED.search(before[-25:]) and not re.search(r"(?i:\bnumbers?\b)", before[-25:]):
            return False
        if hit.code == "phi-location":
            return bool(re.search(rf"[{UPPER}][^\W\d_]+,?\s+$", text[max(0, hit.start - 40):hit.start]))
    if hit.code == "phi-id" and NOT_PATIENT.search(re.split(r"[;.!?]\s", text[max(0, hit.start - 60):hit.start])[-1]):
        return False  # "The project number is 2019-01234"
    return not (hit.code == "phi-contact" and not_a_number_to_call(text, hit))
