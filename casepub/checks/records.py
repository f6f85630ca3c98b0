"""Record, card and claim numbers found by the label a few words before them, whatever the scheme."""

from __future__ import annotations

import re

# A value: groups of capitals and digits joined by single dashes, slashes or dots, and parts of it
# joined by spaces, each with a digit, so that the words around a number do not join it.
PART = r"(?=[A-Z0-9/.-]*\d)[A-Z0-9]+(?:[-/.][A-Z0-9]+)*"
VALUE = re.compile(rf"(?<![\w/.+=-])(?-i:{PART}(?:\s{PART})*)(?![\w-])")
# What says a number follows: "number", "no.", "n°", "code", "ID", "#".
LABEL = re.compile(r"(?i:\bnumbers?\b|\bno\.|\bn[º°o]\.?|\bnum\.|\bnr\.?|\bcodes?\b|\bID\b|\bidentifier\b|#|"
                   r"\bnum[ée]ro\b|\bn[úu]mero\b|nummer\b|\bregistration\b|\breference\b|\bref\b\.?|\bcard\b|\bsample\b|\bspecimen\b|"
                   r"\bserial\b|\bpolicy\b|\baccount\b|\bfile\b|\bfolder\b|\bcase\b)")
# Between the label and its value: a few words, no sentence end, no other number.
BRIDGE = re.compile(r"[^\d.;!?]{0,60}")
# A number that belongs to research, a publication, a phone or a building, not to the patient.
NOT_RECORDS = re.compile(
    r"(?i:\b(?:CAS|catalog(?:ue)?|clone|kit|item|model|part|product|ethics?|ethical|approval|approved|protocol|"
    r"committee|IRB|IEC|REC|grant|award|funding|funder|project|trials?|study|EudraCT|"
    r"ICD(?:-\w+)*|CPT|HCPCS|SNOMED|LOINC|ATC|MeSH|morphology|topography|diagnosis\s+codes?|billing\s+codes?|"
    r"marketing|agreement|ORCID|ISBN|ISSN|DOI|"
    r"PMID|PMCID|GenBank|RefSeq|UniProt|ENA|SRA|GEO|OMIM|phone|telephone|mobile|fax|tel|WhatsApp|pager|bleep|"
    r"extension|contact|page|volume|issue|figure|table|version|room|bed|ward|floor|gate|flight|bus|route|house|"
    r"street|building|PIN|postcode|postal|zip)\b)")
# "the number of", "copy number": a count or a quantity, not a label.
COUNT = re.compile(r"(?i:\b(?:the|a|an|any|total|mean|median|greater|small|large|high|low|increasing|same|"
                   r"copy|reproduction|Reynolds|wave|atomic|mass)\s+numbers?\b)")
# The value is a measurement: "12000 cells", "150000/µL", "25000 IU".
UNITS = {"mg", "g", "kg", "mcg", "µg", "μg", "ug", "ng", "pg", "ml", "l", "dl", "mmol", "µmol", "μmol", "umol",
         "nmol", "iu", "u", "units", "cells", "copies", "cfu", "mm", "cm", "m", "km", "mmhg", "bpm", "points",
         "times", "steps", "words", "patients", "cases", "people", "years", "days", "hours", "minutes", "kcal",
         "calories", "per", "lux", "hz", "khz", "mhz", "gy", "cgy", "mgy", "bq", "ci", "particles", "colonies",
         "lesions", "events", "tests", "samples", "genes", "reads", "bp", "kb", "mb"}
NEXT = re.compile(r"\s*([%/×]|[^\W\d_]+)")
DATE = re.compile(r"^(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2}|\d{4})$|^(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?$")
# An acronym straight before a long number names its scheme: "CNP 2670814125483", "NID 8214603795".
ACRONYM = re.compile(r"\b(?P<scheme>(?-i:[A-Z]{2,6}))\s*:?\s+(?:(?i:no\.?|nr\.?|n[º°])\s*)?[:#]?\s*"
                     r"(?P<value>\d(?:-?\d){7,17})\b(?![.,]\d)")
NOT_SCHEMES = {"PMID", "PMCID", "NCT", "ISBN", "ISSN", "DOI", "ORCID", "CAS", "ATCC", "EC", "ECG", "EKG", "CI",
               "HR", "OR", "RR", "IU", "CFU", "PCR", "DNA", "RNA", "GEO", "SRA", "ENA", "UMIN", "CTRI", "IRCT",
               "ISRCTN", "ACTRN", "DRKS", "PACTR", "TCTR", "KCT", "ChiCTR", "JPRN", "IRB", "IEC", "REC", "WBC",
               "RBC", "PLT", "CD", "HPF", "LPF", "TEL", "FAX", "TLF", "WA", "NDC", "GTIN", "UPC", "EAN", "ATC", "DOB",
               "CPT", "ICD", "LOINC", "SNOMED", "MESH", "UDI"}


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _long_enough(value: str) -> bool:
    """5 digits or more, or 4 with 2 letters in one code ("ZKT4829", a New Zealand NHI)."""
    digits = _digits(value)
    return digits >= 5 or (digits == 4 and " " not in value and sum(c.isalpha() for c in value) >= 2)


def _range(value: str) -> bool:
    """'150000-450000', '0.26-1.65': a range of values, not a number."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)", value)
    # of one order of magnitude: "23-7781" is a case number
    return bool(m) and float(m.group(1)) < float(m.group(2)) and len(m.group(2)) - len(m.group(1)) <= 1


def _is_date(value: str) -> bool:
    """'12/03/2021', '2021-03-12', '3.12.21' and years; not '0019/45/2021', a folder number."""
    m = DATE.match(value)
    if not m or not m.group("a"):
        return bool(m)
    a, b, c = (int(m.group(k)) for k in "abc")
    if len(m.group("a")) == 4:
        return 1900 <= a <= 2099 and 1 <= b <= 12 and 1 <= c <= 31
    return 1 <= b <= 31 and 1 <= a <= 31 and (a <= 12 or b <= 12)


def labelled_numbers(text: str) -> list[tuple[str, int]]:
    """Each (value, start) that a label such as 'folder number', 'n°' or 'claim number (...)' introduces,
    with 5 digits or more, and not a count, a measurement, a date or a research or phone number."""
    found: list[tuple[str, int]] = []
    for m in VALUE.finditer(text):
        value = m.group().rstrip(".")
        after = NEXT.match(text, m.end())
        if not _long_enough(value) or any(_is_date(part) for part in value.split()) or _range(value) or (after and after.group(1).lower() in UNITS | {"%", "/", "×"}):
            continue
        before = text[max(0, m.start() - 90):m.start()]
        labels = list(LABEL.finditer(before))
        if not labels:
            continue
        label = labels[-1]
        if (not BRIDGE.fullmatch(before[label.end():]) or COUNT.search(before[max(0, label.start() - 20):label.end()])
                or NOT_RECORDS.search(before[max(0, label.start() - 40):])):
            continue
        found.append((value, m.start()))
    for m in ACRONYM.finditer(text):
        if m.group("scheme") not in NOT_SCHEMES and not _is_date(m.group("value")) \
                and not re.fullmatch(r"\d{5}-\d{4}", m.group("value")) \
                and not NOT_RECORDS.search(text[max(0, m.start() - 40):m.start()]):
            found.append((m.group("value"), m.start("value")))
    return found
