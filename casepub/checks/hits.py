"""A privacy hit, and the exceptions the patterns' hits and the model's share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casepub.checks import gazetteer
from casepub.checks.patterns import PATTERNS
from casepub.checks.people import eponym
from casepub.checks.records import REGISTRY, RESEARCH

# Software named near a version: "IBM SPSS Statistics 28.0.1.1", "the version was 10.1.2.3",
# "FACSDiva 10.8.1.2 software".
SOFTWARE = re.compile(r"(?i:\b(?:version|release|build|software|firmware)\b)")
VERSION = re.compile(r"(?i:\b(?:ver|v|statistics|spss|stata|sas|prism|r|redcap|matlab|graphpad|nvivo|excel|python)"
                     r"\.?\s*$)|\b[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*\s*$")
# A year when diseases were named after the physicians who described them.
HISTORY = re.compile(r"\b(?:1[5-8]\d\d|19[0-8]\d)\b|\bwho\s+(?:first\s+)?described\b")
# A regnal number: "King George II".
REGNAL = re.compile(r"\s+[IVX]{1,4}\b")
# The label and advice of each code, from its first pattern, for the hits found outside the patterns.
HINTS = {code: (label, hint) for code, label, _, hint in reversed(PATTERNS)}
# What comes before a place's name in a microbe or a haemoglobin: "serovar Dublin", "Hb Constant Spring",
# "BCG Tokyo-172".
NOT_A_PLACE_BEFORE = re.compile(r"\b(?:serovars?|serotypes?|strains?|var\.|subsp\.|biovar|Hb|haemoglobin|hemoglobin|BCG"
                                r"|(?:Declaration|Convention|Charter|Consensus|Statement) of)\s+$")  # "of Istanbul"
# The first word of a society's, a ministry's or a journal's name in other languages (not "Fundação" nor "Instituto":
# "Fundação Santa Casa", "Instituto Amazonico de Medicina Tropical" treat patients; not "Anais", a given name too).
BODIES = {"Revista", "Revue", "Rivista", "Zeitschrift", "Arquivos", "Archivos", "Actas", "Sociedade", "Sociedad",
          "Société", "Società", "Gesellschaft", "Associação", "Asociación", "Conselho", "Consejo", "Ministerio",
          "Ministério", "Ministère", "Secretaria", "Agência", "Agencia", "Agence", "Journal", "Annales", "Acta",
          "Coordenação", "Coordinación", "Universidad", "Universidade", "Université", "Universität", "Università",
          "Universiteit", "Uniwersytet"}
# Articles that start a care home's name, never a person's: "EHPAD Les Tilleuls", "Huize Het Anker".
HOUSE_ARTICLES = {"Les", "Los", "Las", "Het", "Die", "Das"}
# A research funder in other languages: "Fundação de Amparo à Pesquisa", "Deutsche Forschungsgemeinschaft".
RESEARCH_BODY = re.compile(r"\b(?:Pesquisa|Investigaci[óo]n|Recherche|Forschung\w*|Ricerca|Onderzoek)\b")
# A reference sequence's accession before the number: "NM_000546.6".
SEQUENCE = re.compile(r"\b(?:NM|NP|NC|NR|NG|NT|NW|XM|XP)_$")
# A US National Institutes of Health grant: activity code, institute, serial number ("K23AI154982").
GRANT = re.compile(r"[A-Z]\d{2}[A-Z]{2}\d{6}(?:-\d{2}[A-Z]?\d?)?")
# A centre that monitors or researches is an agency, not where a patient is seen.
AGENCY = re.compile(r"\b(?:Monitoring|Research|Reference|Coordinating|Collaborating|Control)\s+Cent(?:re|er)\b")


@dataclass(frozen=True)
class Hit:
    code: str
    text: str
    start: int
    label: str = ""
    hint: str = ""


def not_a_place(text: str, hit: Hit) -> bool:
    """"serovar Dublin", "Hb Constant Spring", "the Uppsala Monitoring Centre", "Medicine (Baltimore)": a place's
    name, not a place."""
    return bool(NOT_A_PLACE_BEFORE.search(text[max(0, hit.start - 20):hit.start])
                or re.search(r"\b(?:Medicine|Journal|Review|Reports)\s*\($", text[max(0, hit.start - 12):hit.start])
                or (AGENCY.search(hit.text) and not re.search(r"\bHospital\b", hit.text))
                or _names_after_code(text, end_of(text, hit)))


def _names_after_code(text: str, end: int) -> bool:
    """"the Oxford MEST-C classification", "the Chapel Hill 2012 nomenclature", "the Tokyo 172 strain": a code or
    a year between a place's name and what it names."""
    m = re.match(r"(?:\s+[A-Z0-9][A-Z0-9-]*){1,2}\s+([a-z]+)", text[end:end + 40])
    # (and a strain's family: "lineage 2 (Beijing family)"; a person's family is the family of a name, not a place's)
    return (bool(m) and m.group(1) in gazetteer.words("heads")) or bool(
        re.match(r"\s+family\b", text[end:end + 8])
        and re.search(r"(?i:lineage|strain|isolate|genotyp|clade|spoligotyp)", text[max(0, end - 80):end + 60]))


def named_thing(text: str, end: int) -> bool:
    """"the Mayo clinic", "the Pittsburgh criteria", "the Al Amal collection": what comes next is named."""
    m = re.match(r"['’]?s?\s+([a-z]+)", text[end:])
    return bool(m) and (m.group(1) in gazetteer.words("heads") or m.group(1) in {"clinic", "unit", "ward", "collection",
                                                                                "strain", "group", "team", "method"})


def research_number(text: str, hit: Hit) -> bool:
    """A number that research explains (an ORCID, an accession, a batch, a trial's registration)."""
    return _a_number(hit) and bool(
        RESEARCH.search(text, max(0, hit.start - 60), hit.start) or REGISTRY.match(hit.text)
        or GRANT.fullmatch(hit.text) or SEQUENCE.search(text, max(0, hit.start - 4), hit.start))


def _a_number(hit: Hit) -> bool:
    return hit.code in ("phi-id", "phi-contact") or (hit.code == "phi-location" and hit.text.isdigit())


def not_a_number_to_call(text: str, hit: Hit) -> bool:
    """A version ("SPSS 28.0.1.1", "FACSDiva 10.8.1.2 software"), times ("at 0930 1130") or single digits."""
    groups = re.findall(r"\d+", hit.text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", hit.text):
        end = hit.start + len(hit.text)
        return bool(VERSION.search(text, max(0, hit.start - 25), hit.start)
                    or SOFTWARE.search(text, max(0, hit.start - 25), min(len(text), end + 15)))
    if len(groups) < 2 or "@" in hit.text or re.search(r"[A-Za-z]\.[A-Za-z]|/[A-Za-z]", hit.text):
        return False  # an address or a link: "youtu.be/Xq3vT8pLm2Q"
    return all(re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", g) for g in groups) or all(len(g) == 1 for g in groups)


def eponymist(text: str, hit: Hit) -> bool:
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
    # within a window of the hit: over the whole text, every name made the scan quadratic in a long one
    lo = max(0, hit.start - 2000)
    pattern = re.compile(rf"\b{re.escape(last)}(?:['’]s)?(?=\s)")
    for n, m in enumerate(pattern.finditer(text, lo, min(len(text), end + 2000))):
        if n >= 10:
            break
        if m.start() != own and eponym(text[m.start():m.end() + 60], m.end() - m.start()):
            return True
    return False


def eponym_after_brackets(text: str, end: int) -> bool:
    m = re.match(r"\s*\([^()]{1,40}\)", text[end:])
    return bool(m) and eponym(text, end + m.end())


def end_of(text: str, hit: Hit) -> int:
    """Where a hit ends in the text: its text has its runs of spaces made one."""
    if text.startswith(hit.text, hit.start):
        return hit.start + len(hit.text)  # most hits: no run of spaces to match, no pattern to build
    m = re.compile(r"\s+".join(map(re.escape, hit.text.split(" ")))).match(text, hit.start)
    return m.end() if m else hit.start + len(hit.text)


def inside(hit: Hit, others: list[Hit]) -> bool:
    return any(o.start <= hit.start < o.start + len(o.text) for o in others)


def unique(hits: list[Hit]) -> list[Hit]:
    """One hit per identifier: the longest where two of one code overlap."""
    out: list[Hit] = []
    reach: dict[str, int] = {}  # per code, the end of the hits kept so far: sorted by start, that is enough
    for h in sorted(hits, key=lambda h: (h.start, -len(h.text))):
        if h.start >= reach.get(h.code, -1):
            out.append(h)
            reach[h.code] = h.start + len(h.text)
    return out
