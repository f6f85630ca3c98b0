"""Whether a hit is what it seems, by the words around it: a name that is a place, a place that is part of a
name, a state or a body; the scan's last word on each hit (privacy.scan)."""

from __future__ import annotations

import re

from casepub.checks import gazetteer
from casepub.checks.hits import BODIES, HINTS, HOUSE_ARTICLES, RESEARCH_BODY, Hit, end_of
from casepub.checks.model_hits import ORGANISATION_END
from casepub.checks.patterns import HONORIFIC
from casepub.checks.places import named_state

# A statement of who wrote what names the authors, not the patient.
CONTRIBUTIONS = re.compile(r"\s*(?i:authors?['’]?\s+contributions?|contributors?(?:hip)?|credit(?:\s+authorship)?"
                           r"(?:\s+contributions?)?(?:\s+statement)?)\s*:")
# The last word of a service's or a body's name: "the Royal Flying Doctor Service".
BODY_ENDS = {"Service", "Services", "Council", "Board", "Trust", "Authority", "Agency", "Commission", "Network"}
# Words a sentence starts with that no name does: "Among Sámi reindeer herders".
LEADING = {"among", "during", "after", "before", "in", "at", "for", "with", "from", "by", "since", "until", "although",
           "while", "when", "unlike", "like", "as", "of", "on"}
# Words before a place's name: "the district of José Leonardo Ortiz", "the barrio of San Telmo".
PLACE_OF = re.compile(r"\b(?:district|barrio|bairro|sector|village|town|city|municipality|comuna|colonia|suburb|"
                      r"neighbou?rhood|parish|township)\s+of\s+$")
# ... or right before it, in Spanish, Portuguese, French, Malay: "vereda El Tablón", "kampung Baru".
PLACE_BEFORE = re.compile(r"\b(?:vereda|barrio|bairro|colonia|quartier|kampung|kelurahan|desa|aldea|corregimiento)\s+$")
# A hospital named after a doctor: "Hospital de Clínicas Dr. Manuel Quintela", "RSUP Dr. Sardjito".
HOSPITAL_BEFORE = re.compile(r"\b(?:Hospital|Hospitais|Cl[íi]nicas?|Universit[áa]rio|RSUP|RSUD|RS|Centro|Instituto|"
                             r"Policl[íi]nica|Sanatorio)\s+(?:[A-Z][^\W\d_]+\s+)?(?:de\s+[A-Z][^\W\d_]+\s+)?$")
# "Av. 18 de Julio 1453": a street named after a date.
STREET_BEFORE = re.compile(r"\b(?:Av\.?|Avenida|Calle|Rua|Rue|Via|Plaza|Pra[çc]a|Paseo)\s+$")
# An allergen's name, genus, species and number: "Pen a 1", "Der p 2", "Bet v 1".
ALLERGEN = re.compile(r"[A-Z][a-z]{2}\s[a-z]\s\d")
# "Sri Lankan", "Sierra Leonean": a country's people.
DEMONYM = ("an", "n", "ean", "ese", "i")
# Blood group systems named after the patients in whom they were found: "Lewis a−b+", "Kidd Jk(a+b+)".
BLOOD_GROUPS = {"Lewis", "Kidd", "Duffy", "Kell", "Lutheran", "Diego", "Dombrock", "Jk", "Fy"}
BLOOD_GROUP = re.compile(r"\s*(?:Jk|Fy|Le|Lu)?\s*\(?[ab]\s*[+−-]")


def a_body(hit: Hit) -> bool:
    """"Revista do Instituto ...", "Fundação de Amparo à Pesquisa": a journal, a society or a funder."""
    return hit.text.split()[0] in BODIES or bool(RESEARCH_BODY.search(hit.text))


def a_place(text: str, hit: Hit) -> Hit:
    """A name that is a place by the words around it ("the district of José Leonardo Ortiz", "Villa Crespo",
    "RSUP Dr. Sardjito", "the Chris Hani Baragwanath OPD"), or a date that names a street ("Av. 18 de Julio")."""
    before = text[max(0, hit.start - 30):hit.start]
    named_for = re.match(r"(?:Dr|Dra|Prof|Professor|Doctor)\.?\s", hit.text) and HOSPITAL_BEFORE.search(before)
    if (hit.code == "phi-name" and (hit.text.startswith("Villa ") or PLACE_OF.search(before) or named_for
                                    or PLACE_BEFORE.search(before) or _sent_to(text, before, hit)
                                    or re.match(r"\s+(?:commune|district|village|township|sub-district)\b",
                                                text[end_of(text, hit):])
                                    or (re.match(r"\s+(?:derm\s+)?(?:OPD|ED|A&E)\b", text[end_of(text, hit):])
                                        and not re.match(r"(?:Dr|Dra|Prof|Professor|Doctor)\b", hit.text)))) or (
            hit.code == "phi-date" and STREET_BEFORE.search(before)):
        return Hit("phi-location", hit.text, hit.start, *HINTS["phi-location"])
    return hit


def _sent_to(text: str, before: str, hit: Hit) -> bool:
    """"admitted to Chris Hani Baragwanath", "lives Al Khuwair": a name where a place must stand."""
    if re.match(rf"(?:{HONORIFIC}|Dr|Dra|Prof|Professor|Doctor)\b", hit.text):
        return False  # "referred to Dr Mensah"
    return bool(re.search(r"\b(?:(?:admitted|transferred|taken|brought|tx|trf)\s+to|seen\s+at|admitted\s+at|"
                          r"resident[ea]?\s+(?:em|en|in)|vive\s+en|mora\s+em)\s+$", before)
                or (hit.text.split()[0] in {"Al", "El"} and re.search(r"\b(?:lives|living|from|in|near)\s+$", before)
                    and not re.match(r"\s+(?:Governorate|Province|Region|State|Prefecture)\b",
                                     text[hit.start + len(hit.text):])))


def no_place(text: str, hit: Hit) -> bool:
    """"Côte d'Ivoire", "the Aleppo or Baghdad boil", "Pen a 1", "RStudio", "Figures 1-3", "São Paulo state": part
    of a name, an eponym, an allergen, software, a figure, a state; or a body (a_body)."""
    end = end_of(text, hit)
    if a_body(hit) or named_state(text, hit.start, hit.text) or _in_a_country(text, hit):
        return True
    if (m := re.match(r"(?:['’]s?|[–-][A-Z][^\W\d_]+)\s+([a-z]+)", text[end:])) and m.group(1) in gazetteer.words("heads"):
        return True  # "Legionnaires' disease"; "Kikuchi–Fujimoto disease", an eponym of two names
    if re.fullmatch(r"\d{5}", hit.text) and text[hit.start - 1:hit.start] == "(":
        return not re.search(r"\b[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*\s\($", text[max(0, hit.start - 40):hit.start])
    return bool(re.match(r"\s+d['’][A-Z]", text[end:]) or ALLERGEN.match(text, hit.start)
                or hit.text.split()[0] in {"Figure", "Figures", "Fig", "Table", "Tables", "Appendix", "Supplementary"}
                or re.fullmatch(r"[A-Z]{2}[a-z]{2,}\w*", hit.text) or (
                    (m := re.match(r"\s+(?:or|and)\s+[A-Z][^\W\d_]+\s+([a-z]+)", text[end:]))
                    and m.group(1) in gazetteer.words("heads")))


def no_patient(text: str, hit: Hit) -> bool:
    """"Author contributions: Chidi Okonjo drafted ...", "endemic in Sierra Leone", "the mother Lewis a−b−":
    the authors, a country, a blood group system."""
    end = end_of(text, hit)
    if a_body(hit) or re.match(r"\s+et\s+al\b", text[end:end + 8]):
        return True  # "Pérez-Iglesias et al.": an author cited
    allowed = gazetteer.places().allowed
    if _in_a_country(text, hit) or re.search(r"\b(?:sv|sw|św|sf|St|Sankt|Saint|Ste)\.?\s+$",
                                             text[max(0, hit.start - 7):hit.start]):
        return True  # "Costa Rica"; "u sv. Anny", "Seniorenstift St. Elisabeth": a saint's name, in a house's
    statement = CONTRIBUTIONS.match(text)
    if (statement and not re.search(r"[.;]\s", text[statement.end():hit.start])) or (" " in hit.text and (
            hit.text in allowed or any(
            hit.text.endswith(e) and hit.text[:-len(e)] in allowed for e in DEMONYM))):
        return True  # "Sierra Leone", "a Sri Lankan adolescent"
    if re.fullmatch(r"(?:\w+\s)?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)", hit.text) and re.match(r"\s+\d", text[end:]):
        return True  # "extubated Thu 10 Nov", "brought in by daughter Mon 14th": a weekday
    if re.match(r"\s+(?:Governorate|Province|Region|State|Prefecture|District|County)\b", text[end:]):
        return True  # "from Al Batinah North Governorate": a region's name
    if re.search(r"\s(?:ICU|HDU|NICU|PICU|CCU|SCBU|Unit|Ward)$", hit.text):
        return True  # "Unit: Burns ICU": a unit of the hospital
    epithet = re.match(r"\s+([a-z]{3,}(?:a|us|um|is|ae|ii|i|ensis|oides))\b", text[end:])
    if " " not in hit.text and hit.text[:1].isupper() and epithet and epithet.group(1) not in gazetteer.english().lower:
        return True  # "Naja nigricincta": a genus and its species
    if re.fullmatch(r"(?:[Ff]ather|[Mm]other|[Ss]ister|[Bb]rother|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband)\s+[A-Z]{2,5}",
                    hit.text):
        return True  # "Family history: Father COPD": a relative's disease, not a priest
    words = hit.text.split()
    if words[-1] in BODY_ENDS or words[0] in HOUSE_ARTICLES \
            or ORGANISATION_END.search(hit.text):
        return True  # "the Royal Flying Doctor Service", "Maison de retraite Les Tilleuls", "Bristol Myers Squibb"
    if re.search(r"[\d_]", hit.text) or hit.text.split()[0].lower() in LEADING \
            or ("-" in hit.text and re.match(r"-[A-Z]", text[end:])) \
            or re.search(r"\s(?:I{1,3}|IV)[abc]$", hit.text):
        return True  # "AB_2631211"; "Among Sámi herders"; "Birt-Hogg-Dubé"; "Forrest Ia bleeding"
    return words[-1] in BLOOD_GROUPS and bool(BLOOD_GROUP.match(text, end))


def _in_a_country(text: str, hit: Hit) -> bool:
    """"a trip to Costa Rica" found as "Rica", "Bosnia and Herzegovina" as two places: the words around make a
    country or a state."""
    allowed = gazetteer.places().allowed
    before = re.search(r"([A-Z][^\W\d_]+(?:\s+and)?)\s+$", text[max(0, hit.start - 40):hit.start])
    after = re.match(r"\s+and\s+[A-Z][^\W\d_]+", text[end_of(text, hit):])
    return (bool(before) and f"{before.group(1)} {hit.text}" in allowed) \
        or (bool(after) and f"{hit.text}{after.group()}" in allowed)
