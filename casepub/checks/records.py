"""Record, card and claim numbers found by the label a few words before them, whatever the scheme."""

from __future__ import annotations

import re

# A value: groups of capitals and digits joined by single dashes, slashes or dots, and parts of it
# joined by spaces, each with a digit, so that the words around a number do not join it.
PART = r"(?=[A-Z0-9/.-]*\d)[A-Z0-9]+(?:[-/.][A-Z0-9]+)*"
VALUE = re.compile(rf"(?<![\w/.+=-])(?-i:{PART}(?:\s{PART})*)(?![\w-])")
# Words that say a number follows, however far ("the claim number with the board (CLM-...)") ...
STRONG = re.compile(r"(?-i:\bNo\b(?=\s*$))|(?i:\bnumbers?\b|\bno\.|\bn[º°]\.?|\bn\.(?=\s*$)|\bnum\.|\bnr\b\.?|\bcodes?\b|\bidentifier\b|#|"
                    r"\bnum[ée]ro\b|\bn[úu]mero\b|nummer\b)")
# ... and words that say so only straight before it ("lab ref 22-HAEM-049183", "sample (FC-0921-B)"),
# since "in this case, the count fell to 45000" and "into account" are common.
WEAK = re.compile(r"(?i:\bID\b|\bbarcode\b|\bregistration\b|\breference\b|\bref\b\.?|\bcard\b|\bsample\b|\bspecimen\b|"
                  r"\bserial\b|\bpolicy\b|\baccount\b|\bfile\b|\bfolder\b|\bcase\b|\bmembership\b|\blot\b)")
# Where a clause ends: not at "no." ("Card no. 0048 ..."), but at "Torino." as at any other word.
CLAUSE_END = re.compile(r"(?<!\b[Nn]o)[;.!?]\s")
# A few words, no sentence end, no other number, nothing that compares ("numbers remained above 15000").
STRONG_BRIDGE = re.compile(r"(?![\s\S]*\b(?i:above|below|over|under|than|approximately|about|around|exceeded|rose|"
                           r"fell|increased|decreased|reached|peaked|remained)\b)[^\d.;!?<>=]{0,60}")
WEAK_BRIDGE = re.compile(r"\s*(?:[:#,]\s*|\(\s*|(?:is|was|as|no\.?|n[º°])\s+)?(?-i:[A-Z]{1,4}\s+)?")  # "serial PJN 408117 H"
# Numbers that belong to research, a publication, a drug, a reagent or a funder, not to the patient:
# "ORCID 0000-0002-1825-0097", "GenBank accession MN908947", "reagent batch 21B034", "grant 17/45/02".
RESEARCH = re.compile(r"\b(?:ORCID|GenBank|RefSeq|UniProt|PDB|dbSNP|ClinVar|ENA|DDBJ|SRA|GEO|OMIM|MIM|EudraCT|PMID|PMCID|"
                      r"ClinicalTrials\.gov|MedDRA|MedWatch|VigiBase|NDC|CPT|HCPCS|SNOMED|LOINC|MeSH|ICD-?(?:9|10|11|"
                      r"O)\b(?:-\w+)*|ICD\s+codes?|ATCC|DSM|NCTC|NRRL|CCUG|RRID|Variation\s+ID|"
                      r"(?i:DOI|ISBN|ISSN|Yellow\s+Card|trials?\s+regist(?:er|ry)|registered\s+(?:with|at|in)|reagent|"
                      r"kit|"
                      r"assay|antibody(?!\s+screen)|clone|catalog(?:ue)?|cat\.|primer|probe|marketing\s+authori[sz]ation|grant|"
                      r"award|"
                      r"funding|funded|funder|sponsor|ethics|ethical|approval|(?<!hospital\s)(?<!patient\s)protocol|"
                      r"review\s+board|foundation|research|recherche|"
                      r"forschung|investigaci[óo]n))\b")
# ... and, for a number found only by its label, what else such a label may introduce.
NOT_PATIENT = re.compile(r"(?i:\b(?:trials?|study|approved|committee|IRB|IEC|REC|project|agreement|marketing|CAS|item|"
                         r"model|part|product|ATC|diagnosis\s+codes?|billing\s+codes?|morphology|topography|phone|"
                         r"telephone|mobile|fax|tel|WhatsApp|pager|bleep|extension|contact|page|volume|issue|figure|"
                         r"table|version|room|bed|ward|floor|gate|flight|bus|route|house|street|building|PIN|postcode|"
                         r"postal|zip|(?:preferred|lowest[- ]level)\s+term|position|coordinate|chromosome|chr|locus|"
                         r"nucleotide)\b)")
# Trial registrations are the study's, never the patient's: "ChiCTR2000029539", "DRKS00012345".
REGISTRIES = ("NCT", "ISRCTN", "ACTRN", "EUCTR", "CTIS", "ChiCTR", "CTRI", "DRKS", "IRCT", "JPRN", "UMIN", "jRCT",
              "PACTR", "TCTR", "SLCTR", "KCT", "NTR", "RBR", "LBCTR", "PHRR", "REPEC", "RPCEC", "CRD",
              "IRB", "IEC", "HREC", "REC", "ERC")  # (and ethics approvals: "IRB-2022-0318")
REGISTRY = re.compile(rf"(?:{'|'.join(REGISTRIES)})[\d/-]")
# "the number of", "copy number": a count or a quantity, not a label.
COUNT = re.compile(r"(?i:\b(?:the|a|an|any|total|mean|median|greater|small|large|high|low|increasing|same|"
                   r"copy|reproduction|Reynolds|wave|atomic|mass|cell|platelet|eosinophil|neutrophil|lymphocyte|"
                   r"leukocyte|colony|lesion|CD\d+)\s+numbers?\b)")
# The value is a measurement: "12000 cells", "150000/µL", "25000 IU", "13000 rpm".
UNITS = {"mg", "g", "kg", "mcg", "µg", "μg", "ug", "ng", "pg", "ml", "l", "dl", "mmol", "µmol", "μmol", "umol",
         "nmol", "iu", "u", "units", "cells", "copies", "cfu", "mm", "cm", "m", "km", "mmhg", "bpm", "points",
         "times", "steps", "words", "patients", "cases", "people", "years", "days", "hours", "minutes", "kcal",
         "calories", "per", "lux", "hz", "khz", "mhz", "gy", "cgy", "mgy", "bq", "ci", "particles", "colonies",
         "lesions", "events", "tests", "samples", "genes", "reads", "bp", "kb", "mb", "rpm", "grams", "leukocytes",
         "lymphocytes", "neutrophils", "platelets", "adults", "children", "women", "men", "participants", "deaths",
         "births", "visits", "admissions", "ms", "sec", "seconds", "inches", "feet", "dollars", "euros", "usd",
         "eur", "%", "/", "×", "x", "rupees", "naira", "shillings", "pesos", "yen", "won", "inhabitants",
         "residents", "population", "pounds", "francs", "rand", "baht", "ringgit", "reais", "dong", "copies/ml",
         "percentile", "centile"}
NEXT = re.compile(r"\s*([%/×]|[^\W\d_]+)")
DATE = re.compile(r"^(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2}|\d{4})$|^(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?$")
# An acronym straight before a long number names its scheme: "CNP 2670814125483", "NID 8214603795".
ACRONYM = re.compile(r"\b(?P<scheme>(?-i:[A-Z]{2,6}))\s*:?\s+(?:(?i:no\.?|nr\.?|n[º°])\s*)?[:#]?\s*"
                     r"(?P<value>\d(?:-?\d){7,17})\b(?![.,]\d)")
# Currency codes: before a number they name its money, not a scheme ("USD 25000").
CURRENCIES = ("USD", "EUR", "GBP", "INR", "JPY", "CNY", "AUD", "CAD", "CHF", "ZAR", "BRL", "KES", "NGN", "RMB")
NOT_SCHEMES = set(REGISTRIES) | set(CURRENCIES) | {
    "ATCC", "EC", "ECG", "EKG", "CI", "HR", "OR", "RR", "IU", "CFU", "PCR", "DNA", "RNA", "WBC", "RBC", "PLT", "CD",
    "HPF", "LPF", "TEL", "FAX", "TLF", "WA", "GTIN", "UPC", "EAN", "DOB", "MESH", "VL", "HBV", "HCV", "HIV", "CMV",
    "EBV", "HPV", "CEP", "PLZ", "PIN", "ZIP", "CAP"}  # (and postal codes: "CEP 44001-120")


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _long_enough(value: str) -> bool:
    """5 digits or more, or 4 with 2 letters in one code ("ZKT4829", a New Zealand NHI)."""
    digits = _digits(value)
    return digits >= 5 or (digits == 4 and " " not in value and sum(c.isalpha() for c in value) >= 2)


def _range(value: str) -> bool:
    """'150000-450000', '0.26-1.65': a range of values, not a number."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)", value)
    # of one order of magnitude and without a leading zero: "23-7781" and "0771-4402" are numbers
    return bool(m) and float(m.group(1)) < float(m.group(2)) and len(m.group(2)) - len(m.group(1)) <= 1 \
        and not re.match(r"0\d", m.group(1))


def is_date(value: str) -> bool:
    """'12/03/2021', '2021-03-12', '3.12.21' and years; not '0019/45/2021', a folder number."""
    m = DATE.match(value)
    if not m or not m.group("a"):
        return bool(m)
    a, b, c = (int(m.group(k)) for k in "abc")
    if len(m.group("a")) == 4:
        return 1900 <= a <= 2099 and 1 <= b <= 12 and 1 <= c <= 31
    return 1 <= b <= 31 and 1 <= a <= 31 and (a <= 12 or b <= 12)


def measured(text: str, end: int) -> bool:
    after = NEXT.match(text, end)
    return bool(after) and after.group(1).lower() in UNITS


def _labelled(before: str) -> bool:
    """Whether the text before a value ends with a label for it and belongs to no count or research."""
    weak = list(WEAK.finditer(before))
    strong = list(STRONG.finditer(before))
    if weak and WEAK_BRIDGE.fullmatch(before[weak[-1].end():]):
        label = weak[-1]
    elif strong and STRONG_BRIDGE.fullmatch(before[strong[-1].end():]):
        label = strong[-1]
    else:
        return False
    # this clause: "phone ...; folder no."; a code's whole clause ("the MedDRA preferred term ... (code 10073508)")
    reach = 90 if label.group().lower().startswith("code") else 40
    window = CLAUSE_END.split(before[max(0, label.start() - reach):])[-1]
    return not (COUNT.search(before[max(0, label.start() - 20):label.end()]) or RESEARCH.search(window)
                or NOT_PATIENT.search(window))


def labelled_numbers(text: str) -> list[tuple[str, int]]:
    """Each (value, start) that a label such as 'folder number', 'n°' or 'claim number (...)' introduces,
    with 5 digits or more, and not a count, a measurement, a date or a research or phone number."""
    found: list[tuple[str, int]] = []
    for m in VALUE.finditer(text):
        value = m.group().rstrip(".")
        if not _long_enough(value) or any(is_date(part) for part in value.split()) or _range(value) \
                or measured(text, m.end()):
            continue
        if _labelled(text[max(0, m.start() - 90):m.start()]):
            found.append((value, m.start()))
    for m in ACRONYM.finditer(text):
        value = m.group("value")
        if m.group("scheme") not in NOT_SCHEMES and not RESEARCH.fullmatch(m.group("scheme")) \
                and not is_date(value) and not re.fullmatch(r"\d{5}-\d{4}", value) \
                and not measured(text, m.end()) and not RESEARCH.search(text, max(0, m.start() - 40), m.start()):
            found.append((value, m.start("value")))  # (not "NJ 07501-2248", a ZIP+4)
    return found


# Codes that no label introduces but only a record has, by their shape: one letter and six digits or more
# ("K447182"), a year, a lab's letters and a number ("22M004471"), or three groups of digits or more joined
# by dashes, the first of three digits or more ("448-22-719"). Drug makers' codes have two letters or a
# dash ("LY3009104", "S-217622"), and a bare long number is as often a viral load, so both are left to labels.
SHAPE = re.compile(r"(?<![\w/.,+=:-])(?-i:(?P<code>[A-Z]\d{6,10}|\d{2}[A-Z]{1,3}\d{4,9}"
                   # a lab's "23-MI-118842", "22-SP-00917-C1"; not a date, "11-JUN-2023", "11-IV-2016"
                   r"|\d{2}-(?!(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|ENE|ABR|AGO|SET|DIC|MAI|OKT|DEZ|"
                   r"GEN|MAG|"
                   r"GIU|LUG|OTT|I{1,3}|IV|VI{0,3}|IX|XI{0,2}|X)-)"
                   r"[A-Z]{1,4}-\d{4,9}(?:-[A-Z]?\d{1,2}|-[A-Z])?)"
                   r"|(?P<groups>\d{3,6}(?:-\d{2,8}){2,4}))(?![\w-]|[.,/]\d)")
# Money: "$ 4471823", "KES 1200000".
CURRENCY = re.compile(rf"(?:[$€£¥₹₩₦]|\b(?:{'|'.join(CURRENCIES)}|Rs\.?|R))\s*$")
# An author's ORCID ("0000-0002-1825-0097"), an ISBN ("978-0-19-...") or a GS1 code is not the patient's.
NOT_SHAPES = re.compile(r"0000-\d{4}-\d{4}-\d{3}[\dX]|97[89]-.*")


def shaped_numbers(text: str) -> list[tuple[str, int]]:
    """Each (value, start) whose shape alone says it is a record's: not a date, a range, a measurement,
    or a number that research, a phone or a count explains (the window before it is read as for a label)."""
    found: list[tuple[str, int]] = []
    for m in SHAPE.finditer(text):
        value = m.group()
        if is_date(value) or measured(text, m.end()) or NOT_SHAPES.fullmatch(value):
            continue
        if re.fullmatch(r"\d\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2,4}", value):
            continue  # "03JUN2021": a date
        if m.group("groups") and _digits(value) < 8:
            continue
        window = CLAUSE_END.split(text[max(0, m.start() - 60):m.start()])[-1]
        if RESEARCH.search(window) or NOT_PATIENT.search(window) or COUNT.search(window) or REGISTRY.match(value) \
                or CURRENCY.search(window):
            continue
        found.append((value, m.start()))
    return found
