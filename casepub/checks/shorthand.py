"""Places as notes and foreign scripts write them: towns in lower case, hospitals by their initials, Irish
counties, numbered districts, and Chinese, Japanese and Korean addresses."""

from __future__ import annotations

import logging
import re

from casepub.checks.gazetteer import UPPER, english, first_names, places, words
from casepub.checks.hits import Hit
from casepub.checks.places import ADMINISTRATIVE, BEFORE, HOMES, NAMED_AFTER

logger = logging.getLogger(__name__)

# "from peckham", "outside brekstad", "care home, kilmarnock": notes write towns in lower case, and only the
# words around them say so. A word after a comma is a town only where a place ends right before it.
LOWER_TOWN = re.compile(r"(?:(?<![\w-])(?P<prep>(?i:f)rom|(?i:i)n|near|nr|outside|around|at|to|via|ex)\s+|(?P<comma>,)\s*)"
                        r"(?P<place>[a-zà-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūůűźżž]{2,}"
                        r"(?:-[a-zà-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūůűźżž]{2,})*"
                        r"(?:\s[a-zà-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūůűźżž]{3,}){0,2})(?![\w-])")
# A lower-case word is a common one far more often than a town: only towns of this size are looked up, smaller
# ones only where the words before locate the patient ("from", "near", "outside", or a place and a comma).
LOWER_TOWN_FROM = 20_000
LOWER_VILLAGE_FROM = 5_000
LOCATING = {"from", "near", "nr", "outside", ","}
# Latin and lab words that follow "in" and that GeoNames also knows as a town somewhere
NOT_LOWER_TOWNS = {"vivo", "vitro", "situ", "utero", "toto", "silico", "loco", "extremis", "vacuo", "ovo", "lieu",
                   "tandem", "trans", "cis", "ssp", "spp", "mmol", "mcg", "mmhg", "kpa", "iv", "po", "sc", "im",
                   "bid", "tid", "qid", "prn", "stat", "nocte", "mane", "vs", "aka", "approx",
                   # words of the languages notes mix in: "in una casa", "a casa", "per la"
                   "casa", "della", "dello", "nella", "sulla", "para", "como", "sans", "avec", "dans", "pour", "nach",
                   "zum", "zur", "beim", "unter", "desde", "hasta", "entre", "sobre", "cerca", "aqui", "ali", "lui"}
KINDS = BEFORE | NAMED_AFTER | HOMES | ADMINISTRATIVE  # "vereda El Tablón": the kind of place, not its name
IRISH_COUNTIES = ("Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|"
                  "Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|"
                  "Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow")
# "Ballinrobe, Co. Mayo", "co. galway", "County Kerry": an Irish county is smaller than a state
IRISH_COUNTY = re.compile(rf"\b(?:[Cc]o\.?|[Cc]ounty)\s+(?i:{IRISH_COUNTIES})\b")
# "from Mae Rim district" is found elsewhere; "in District 5 of Ho Chi Minh City", "Sector 15, Noida",
# "khoroo 12", "Camp 15": a city's numbered district
NUMBERED_DISTRICT = re.compile(r"(?:(?<![\w-])(?:in|from|of|at|near)\s+(?:the\s+)?|,\s*|\(\s*)"
                               r"(?P<place>(?:District|Sector|Khoroo|khoroo|Camp|Hamlet|Arrondissement)\s+\d{1,2})"
                               r"(?![\d/.,]\d|\s*(?:%|mg|patients|cases)|\s+of\s+(?:the|our|this|that)\b)")
# Hospitals by their initials, which end in the H of "hospital" ("admission to RPAH", "seen at AKTH clinic",
# "ex-KNH"), or begin with a French "centre hospitalier" ("CHUV", "CHU-YO", "CNHU-HKM")
HOSPITAL_INITIALS = re.compile(
    r"(?:(?<![\w-])(?:to|at|from|in|ex|by|of|attends?|attended|via)[\s-]+(?:the\s+)?)"
    r"(?P<place>(?-i:[A-Z]{2,5}H))(?![\w&/-])"
    r"|(?<![\w-])(?P<french>(?-i:(?:CHU|CNHU|CHR|CHRU|CHN|CHD)(?:-[A-Z]{2,5}|[A-Z])))(?![\w-])")
# Initials ending in H that are not hospitals: bleeds, hormones, offices, departments
NOT_HOSPITALS = {"ICH", "IVH", "SAH", "SDH", "EDH", "PPH", "APH", "BPH", "LVH", "RVH", "IPH", "DAH", "PAH", "PH", "MH",
                 "NIH", "MOH", "DOH", "DH", "GH", "TSH", "FSH", "LH", "ACTH", "PTH", "ADH", "SIADH", "LDH", "CRH",
                 "GHRH", "GNRH", "TRH", "MSH", "HCH", "CCH", "HH", "NPH", "FH", "FMH", "AMH", "HLH", "DISH", "ASH",
                 "NASH", "IIH", "BIH", "WISH", "KOH", "NAOH", "NH", "NOH", "BH", "OH"}
# Russian and Central Asian hospitals by their number: "GKB No. 52", "City Clinical Hospital No. 40", "Polyclinic № 3"
NUMBERED_HOSPITAL = re.compile(r"\b(?:GKB|DGKB|GKP|ODKB|RKB|(?:City|Regional|Children's)\s+(?:Clinical\s+)?"
                               r"(?:Hospital|Polyclinic)|Polyclinic|Maternity\s+Hospital)\s*(?:No\.?|№|#)\s*\d{1,3}\b")
# "Kilimanjaro Christian Medical Centre (KCMC)": initials in brackets right after a named hospital
INITIALS_AFTER = re.compile(r"\s*\((?P<place>[A-Z][A-Z&-]{1,7})\)")
# "at Waikato hosp", "Kanta-Häme central hosp": notes shorten a named hospital's kind
SHORT_HOSPITAL = re.compile(r"(?<![\w-])(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})"
                            r"(?:\s+(?:central|general|district|regional|base|univ|uni))?\s+(?:hosp|hsp)\b\.?")
# "from Royal Darwin", "at the Royal Brompton": a royal hospital by its town alone (not "Royal College of ...")
ROYAL = re.compile(r"\bRoyal\s+(?P<town>[A-Z][a-z]+)\b(?!['’]?s?\s+[A-Z&]|\s+of\b|-)")
# "HUCAM (Vitória)", "UNTH (Enugu)": initials with their town in brackets are a hospital
INITIALS_TOWN = re.compile(r"(?<![\w-])(?P<place>[A-Z]{3,8})\s*\((?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\)")
# France's "centre hospitalier" by its initials, after a preposition: "au CH Louis-Constant Fleming"
FRENCH_CH = re.compile(rf"(?<![\w-])(?:au|du|le|à|at|to|from|in)\s+(?P<place>CH\s+(?:de\s+|d['’])?[{UPPER}][^\W\d_]+"
                       rf"(?:[ -][{UPPER}][^\W\d_]+){{0,3}})")
# "Queen Elizabeth Central (QECH)", "Kenyatta (KNH)", "Royal Surrey (RSCH)": a hospital's words, then its
# initials in brackets, ending in the H of "hospital" and starting with the first word's letter
NAME_INITIALS = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][^\W\d_]+\s+){0,3}[A-Z][^\W\d_]+)\s*\((?P<place>[A-Z]{2,6}H)\)")
# "from Groote Schuur to Tygerberg ICU", "seen in Parkland ED": a hospital by its name and one of its units
UNIT = re.compile(r"(?<![\w-])(?:to|from|at|in|ex)\s+(?:the\s+)?(?P<place>[A-Z][^\W\d_]{3,}(?:\s+[A-Z][^\W\d_]+)?)"
                  r"\s+(?:ICU|ED|A&E|NICU|PICU|HDU|CCU|OPD|casualty|emergency|maternity|theatre)\b")
# Spain's "H. Severo Ochoa", "H. Clínico San Carlos": the hospital's kind shortened before its name
SPANISH_H = re.compile(r"(?<![\w-])(?:from|to|at|in|en|del|al|desde|el)\s+(?P<place>H\.\s?(?:U\.\s?)?[A-ZÁÉÍÓÚ]"
                       r"[^\W\d_]+(?:\s+(?:de\s+(?:la\s+)?)?[A-ZÁÉÍÓÚ][^\W\d_]+){0,3})")
# "the Mater (Brisbane)", "Hollywood Private (Nedlands)": what is named at a place and its town in brackets
AT_TOWN = re.compile(r"(?<![\w-])(?:at|from|to|in)\s+(?:the\s+)?(?P<place>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2})"
                     r"\s*\((?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\)")
JOURNALS = {"Medicine", "Journal", "Reports", "Review", "Letters", "Proceedings"}  # "Medicine (Baltimore)"
# After a town: an Indian PIN written in two ("Hyderabad 500 016"), a gloss in the town's own script
# ("Hebron (الخليل)")
PIN_AFTER = re.compile(r"\s(?P<place>\d{3}\s\d{3})(?![\s.,/-]?\d)")
GLOSS_AFTER = re.compile(r"\s*\((?P<place>[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u3040-\u30ff"
                         r"\u4e00-\u9fff\uac00-\ud7a3][^()]{0,30})\)")
# A British postcode district after a town: "Ashington, NE63"
POSTCODE_DISTRICT = re.compile(r",\s*(?P<place>[A-Z]{1,2}\d{1,2}[A-Z]?)(?=\s*[,.;)]|\s*$)")
# Rural and block addresses: "RMB 2240", "R.D. 3, Feilding", "Blk 118 #07-214", "Lot 7, Wairiki Settlement"
RURAL = re.compile(r"(?<![\w-])(?P<place>(?:RMB|RSD|Blk)\s+\d{1,5}[A-Z]?(?:\s+#\d{2}-\d{2,4})?"
                   r"|(?:R\.D\.|RD|Lot)\s+\d{1,4}(?=,\s+[A-Z]))")
# "4 kereru cres", "3 wattle crt", "on anzac pde, maroubra": a street in lower case
LOWER_STREET = re.compile(r"(?<![\w/.-])(?P<place>\d{1,4}[a-z]?\s+(?!(?:min|mins|minutes?|hours?|hrs?|km|miles?|days?|"
                          r"weeks?|metres?|meters?)\b)[a-z]{3,}(?:\s[a-z]{3,})?\s+"
                          r"(?:st|rd|ave|cres|crt|ct|pde|pl|tce|hwy|street|road|avenue|drive|close|crescent|lane)\b"
                          r"|(?<=on\s)(?!the\b)[a-z]{3,}(?:\s[a-z]{3,})?\s+(?:st|rd|ave|cres|crt|ct|pde|pl|tce|hwy)\b)"
                          r"(?!\s*(?:elevation|depression|segment|changes))")
# A journey or a transfer written with arrows: "Lagos -> Accra -> Kumasi", "QEH → RAH", "Cusco – Pai – Cusco"
STOP = r"(?:[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3}|[A-Z]{2,5})"
ARROWS = re.compile(rf"(?<![\w-]){STOP}(?:\s*(?:->|→|=>|>)\s*{STOP})+(?![\w-])"
                    rf"|(?<![\w-]){STOP}(?:\s+[–—]\s+{STOP}){{2,}}(?![\w-])")
ARROW = re.compile(r"\s*(?:->|→|=>|>|\s[–—]\s)\s*")
# Chinese, Japanese and Korean addresses: a city or prefecture, then a district, ward or street
# ("广州市番禺区", "台北市大安區", "朝阳区团结湖北里3号楼", "東京都新宿区", "수원시 팔달구")
CJK = r"\u4e00-\u9fff"
CJK_ADDRESS = re.compile(
    rf"(?P<place>(?<=[{CJK}])[市县縣都道府県][{CJK}]{{1,4}}[区區县縣镇鎮町村]"
    rf"(?:[{CJK}\d]{{1,10}}[号號](?:[楼樓])?)?"
    rf"|[{CJK}]{{1,4}}[区區][{CJK}]{{1,8}}\d{{1,4}}[号號](?:[楼樓])?"
    r"|[가-힣]{1,4}[시군]\s?[가-힣]{1,4}[구읍면동])")
# Words a CJK address does not start with: "live in", "from", "at", "to"
CJK_LEAD = set("住在于於来來自从從到往的及和居")


def hospital_shorthand(text: str) -> list[tuple[str, int]]:
    """(name, offset) for each hospital named by its initials or a shortened kind ("RPAH", "H. Severo Ochoa",
    "Queen Elizabeth Central (QECH)", "Waikato hosp"): like a hospital's full name, it is no person's."""
    towns, allowed = places().towns, places().allowed
    found = [(m.group(0), m.start()) for m in NUMBERED_HOSPITAL.finditer(text)]
    found += [(m.group("place"), m.start("place")) for m in (*FRENCH_CH.finditer(text), *SPANISH_H.finditer(text))]
    for m in HOSPITAL_INITIALS.finditer(text):
        group = "place" if m.group("place") else "french"
        if group == "french" or (m.group(group) not in NOT_HOSPITALS
                                 and m.group(group).lower() not in english().lower):  # "by FISH"
            found.append((m.group(group), m.start(group)))
    for m in SHORT_HOSPITAL.finditer(text):
        if not all(w.lower() in words("hospital_words") for w in re.split(r"[ -]", m.group("place"))):
            found.append((m.group(0).rstrip("."), m.start()))
    found += [(m.group(0), m.start()) for m in ROYAL.finditer(text)
              if towns.get(m.group("town"), 0) >= 15_000 and m.group("town") not in allowed]
    for m in INITIALS_TOWN.finditer(text):
        if re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30):m.start()]):
            continue  # "Peeters Bouw BVBA (Genk)": a company's form after its name
        if towns.get(m.group("town"), 0) >= 15_000 and m.group("place") not in NOT_HOSPITALS \
                and m.group("place").lower() not in english().lower and m.group("town") not in allowed:
            found += [(m.group("place"), m.start("place")), (m.group("town"), m.start("town"))]
    for m in NAME_INITIALS.finditer(text):
        if m.group("place")[0] == m.group("name")[0] and m.group("place") not in NOT_HOSPITALS:
            found += [(m.group("name"), m.start("name")), (m.group("place"), m.start("place"))]
    return found


def shorthand_places(text: str, located: list[Hit]) -> list[tuple[str, int]]:
    """(place, offset) for each place written in a note's or a foreign script's shape; LOCATED are the places
    already found (a lower-case word or a postcode after a comma is a place only after one of them)."""
    found = [(m.group("place"), m.start("place")) for m in (*RURAL.finditer(text), *LOWER_STREET.finditer(text))]
    ends = {h.start + len(h.text) for h in located} | {start + len(name) for name, start in found}
    for m in LOWER_TOWN.finditer(text):
        if m.group("comma") and not _after_place(text, m.start(), ends):
            continue
        locating = (m.group("prep") or ",").lower() in LOCATING | {"in"}
        place = _lower_town(m.group("place"), LOWER_VILLAGE_FROM if (m.group("prep") or ",") in LOCATING
                            else LOWER_TOWN_FROM, given_names=not locating)
        if place:
            found.append((place, m.start("place")))
            ends.add(m.start("place") + len(place))  # "kilimani, nairobi": a town after a town
    found += [(m.group(0), m.start()) for m in IRISH_COUNTY.finditer(text)]
    found += [(m.group("place"), m.start("place")) for m in NUMBERED_DISTRICT.finditer(text)]
    found += [(m.group("place"), m.start("place")) for m in POSTCODE_DISTRICT.finditer(text)
              if _after_place(text, m.start(), ends)]
    for m in UNIT.finditer(text):
        if not all(_common(w) for w in m.group("place").split()):
            found.append((m.group("place"), m.start("place")))
    for m in AT_TOWN.finditer(text):
        gaz = places()
        if gaz.towns.get(m.group("town"), 0) >= 15_000 and m.group("town") not in gaz.allowed | gaz.twins \
                and m.group("place") not in gaz.allowed and m.group("place").split()[-1] not in JOURNALS:
            found += [(m.group("place"), m.start("place")), (m.group("town"), m.start("town"))]
    found += _journey(text)
    for h in located:
        m = INITIALS_AFTER.match(text, h.start + len(h.text))
        if m and len(h.text.split()) >= 2:
            found.append((m.group("place"), m.start("place")))
        m = PIN_AFTER.match(text, h.start + len(h.text)) or GLOSS_AFTER.match(text, h.start + len(h.text))
        if m:
            found.append((m.group("place"), m.start("place")))
    for m in CJK_ADDRESS.finditer(text):
        start = m.start("place")
        if text[start] in "市县縣都道府県":  # the city's name is the two or three characters before: "广州市"
            start -= 1
            while start > max(0, m.start() - 3) and "\u4e00" <= text[start - 1] <= "\u9fff" \
                    and text[start - 1] not in CJK_LEAD:
                start -= 1
        found.append((text[start:m.end()], start))
    return found


def _journey(text: str) -> list[tuple[str, int]]:
    """The stops of a journey or a transfer written with arrows, when one of them is a town a list knows or a
    hospital's initials (the others are then towns or hospitals too); a state or a country on the way may stay."""
    gaz, found = places(), []
    for m in ARROWS.finditer(text):
        stops, at = [], m.start()
        for part in ARROW.split(m.group(0)):
            at = text.index(part, at)
            first, _, rest = part.partition(" ")
            if rest and _common(first) and (rest in gaz.towns or rest.isupper()):  # "Crossed Tijuana -> San Diego"
                stops.append((rest, at + len(first) + 1))
            else:
                stops.append((part, at))
            at += len(part)
        if not any((gaz.towns.get(p, 0) >= 15_000 and p not in gaz.allowed)
                   or (re.fullmatch(r"[A-Z]{2,5}H", p) and p not in NOT_HOSPITALS) for p, _ in stops):
            continue  # ("QEH -> RAH": a hospital's initials are a stop too)
        found += [(p, at) for p, at in stops if p not in gaz.allowed and not all(_common(w) for w in p.split())]
    return found


def _after_place(text: str, comma: int, ends: set[int]) -> bool:
    """Whether a place found ends right before the comma at COMMA ("Glenview Lodge care home, kilmarnock" counts
    the care home's name: the words between are its kind)."""
    before = text[max(0, comma - 24):comma]
    kind = re.search(r"(?:(?:'s)?\s+(?:care|nursing|rest|retirement)?\s*(?:home|village|lodge|hostel|farm|practice|surgery))?"
                     r"\s*$", before)
    return comma in ends or (comma - len(kind.group(0)) if kind else comma) in ends


def _common(word: str) -> bool:
    """A word a dictionary lists, or one that only says what kind of hospital or unit it is."""
    return word.lower() in english().lower or word.lower() in words("hospital_words")


def _lower_town(words: str, least: int, given_names: bool) -> str:
    """The town a lower-case phrase names, its first word alone if the two are not one name; '' if none."""
    gaz = places().towns
    splits = words.split()
    for phrase in [" ".join(splits[:n]) for n in range(len(splits), 0, -1)]:
        parts = phrase.split()
        if len(phrase) < 4:
            continue  # "una", "ely": a word that short is another word far more often
        name = " ".join("-".join(p[:1].upper() + p[1:] for p in part.split("-")) for part in parts)
        if any(p in NOT_LOWER_TOWNS or p in KINDS for p in parts) or all(p in english().lower for p in parts):
            continue  # "the village", "the range": common words, even where a town somewhere bears them
        # ("to ali", "at grace": after a word that does not locate, a given name is the likelier)
        if gaz.get(name, 0) >= least and not (given_names and name in first_names()):
            return phrase
    return ""
