"""Places as notes and foreign scripts write them: towns in lower case, hospitals by their initials, Irish
counties, numbered districts, journeys with arrows, and Chinese and Japanese addresses."""

from __future__ import annotations

import logging
import re

from casepub.checks.gazetteer import UPPER, english, first_names, places, words
from casepub.checks.hits import Hit
from casepub.checks.places import ADMINISTRATIVE, BEFORE, HOMES, NAMED_AFTER

logger = logging.getLogger(__name__)

# "from peckham", "outside brekstad", "care home, kilmarnock": notes write towns in lower case, and only the
# words around them say so. A word after a comma is a town only where a place ends right before it.
LOWER_TOWN = re.compile(r"(?:(?<![\w-])(?P<prep>(?i:f)rom|(?i:i)n|(?i:n)ear|(?i:n)r|(?i:o)utside|around|at|to|via|ex)\s+"
                        r"|(?P<comma>,)\s*)"
                        r"(?P<place>[a-zà-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūůűźżž]{2,}"
                        r"(?:-[a-zà-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūůűźżž]{2,})*"
                        r"(?:\s[a-zà-öø-ÿāăąćčďđēęěğīıłńňōőœřśşšţťūůűźżž]{2,}){0,2})(?![\w-])")
# What follows a town's name in lower case when it names something else: "lima beans", "zika virus"
NAMED_AFTER_TOWN = re.compile(r"\s+(?:beans?|virus|fever|disease|strain|syndrome|encephalitis)\b")
# A lower-case word is a common one far more often than a town: only towns of this size are looked up, smaller
# ones only where the words before locate the patient ("from", "near", "outside", or a place and a comma).
LOWER_TOWN_FROM = 20_000
LOWER_VILLAGE_FROM = 5_000
LOCATING = {"from", "near", "nr", "outside", ","}
LIVES = re.compile(r"\b(?:lives|living|lived|resides|residing|based|settled)\s+$")  # "lives in wanaka"
# Joining words inside a town's name, which stay in lower case: "stoke-on-trent", "dar es salaam"
JOINING = {"on", "en", "au", "de", "la", "le", "les", "sur", "upon", "es", "di", "del", "da", "do", "am", "im", "under"}
# Latin and lab words that follow "in" and that GeoNames also knows as a town somewhere
NOT_LOWER_TOWNS = {"vivo", "vitro", "situ", "utero", "toto", "silico", "loco", "extremis", "vacuo", "ovo", "lieu",
                   "tandem", "trans", "cis", "ssp", "spp", "mmol", "mcg", "mmhg", "kpa", "iv", "po", "sc", "im",
                   "bid", "tid", "qid", "prn", "stat", "nocte", "mane", "vs", "aka", "approx",
                   # words of the languages notes mix in: "in una casa", "a casa", "per la"
                   "casa", "della", "dello", "nella", "sulla", "para", "como", "sans", "avec", "dans", "pour", "nach",
                   "zum", "zur", "beim", "unter", "desde", "hasta", "entre", "sobre", "cerca", "aqui", "ali", "lui",
                   # viruses and diseases named after places: "exposure to mers", "from lassa endemic areas"
                   "mers", "sars", "lassa", "ebola", "zika", "marburg", "nipah", "hendra", "lyme", "congo", "rift",
                   "hantaan", "puumala", "sindbis", "powassan", "coxsackie", "norwalk", "junin", "machupo"}
KINDS = BEFORE | NAMED_AFTER | HOMES | ADMINISTRATIVE  # "vereda El Tablón": the kind of place, not its name
IRISH_COUNTIES = ("Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|"
                  "Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|"
                  "Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow")
# "Ballinrobe, Co. Mayo", "co. galway", "County Kerry": an Irish county is smaller than a state
IRISH_COUNTY = re.compile(rf"\b(?:Co\.?|County)\s+(?:{IRISH_COUNTIES})\b|\bco\.\s+(?:{IRISH_COUNTIES.lower()})\b")
# (capitalised, or "co." with its full stop: not "co Down syndrome", "a county down south")
# "from Mae Rim district" is found elsewhere; "in District 5 of Ho Chi Minh City", "Sector 15, Noida",
# "khoroo 12", "Camp 15": a city's numbered district
# ("Zone 3, Sector 12" is a retina's sector: after a comma or a bracket only Mongolia's khoroo; not "District 9
# of the trial", "Camp 2 patients")
NOT_A_DISTRICT_NEXT = r"(?![\d/.,]\d|\s*(?:%|mg|patients|cases)|\s+of\s+(?:the|our|this|that)\b)"
NUMBERED_DISTRICT = re.compile(r"(?:(?<![\w-])(?:in|from|of|at|near)\s+(?:the\s+)?)"
                               r"(?P<place>(?:District|Sector|Khoroo|khoroo|Camp|Hamlet|Arrondissement)\s+\d{1,2})"
                               + NOT_A_DISTRICT_NEXT +
                               r"|(?:,\s*|\(\s*)(?P<khoroo>[Kk]horoo\s+\d{1,2})\b" + NOT_A_DISTRICT_NEXT)
# Hospitals by their initials, which end in the H of "hospital" ("admission to RPAH", "seen at AKTH clinic",
# "ex-KNH") or begin with a French "centre hospitalier" ("CHUV", "CHU-YO", "CNHU-HKM"). A verb of care comes
# first ("bridged to LMWH" and "a diagnosis of CAH" are no hospitals), except before "CHU-YO".
CARE_VERB = (r"(?:admitted|admission|adm|transferred|transfer|tfr|tx|referred|referral|seen|attends?|attended|"
             r"booked|born|delivered|retrieved|discharged|presented|evacuated|flown|taken|brought|followed|treated|"
             r"reviewed|returned|hospitali[sz]ed|hospitali[sz]ée?|admise?|vue?)")
HOSPITAL_INITIALS = re.compile(
    rf"(?:(?<![\w-])(?i:{CARE_VERB})\b[^.;\n]{{0,16}}?\b(?:to|at|from|in|au|à|par)\s+(?:the\s+|le\s+|l['’])?"
    r"|(?<![\w-])ex-)"
    r"(?P<place>(?-i:[A-Z]{2,5}H|(?:CHU|CNHU|CHR|CHRU)[A-Z]))(?![\w&/-])"
    r"(?!\s+(?:team|service|MDT|protocol|guidelines?|criteria|pathway|review|nurses?)\b)"  # "the BCH team"
    r"|(?<![\w-])(?P<french>(?-i:(?:CHU|CNHU|CHR|CHRU|CHN|CHD)-[A-Z]{2,5}))(?![\w-])")
# Initials ending in H that are not hospitals: bleeds, hormones, offices, departments
NOT_HOSPITALS = {"ICH", "IVH", "SAH", "SDH", "EDH", "PPH", "APH", "BPH", "LVH", "RVH", "IPH", "DAH", "PAH", "NIH", "MOH",
                 "DOH", "TSH", "FSH", "ACTH", "PTH", "ADH", "SIADH", "LDH", "CRH", "GHRH", "GNRH", "TRH", "MSH", "HCH",
                 "CCH", "NPH", "FMH", "AMH", "HLH", "DISH", "ASH", "NASH", "IIH", "BIH", "WISH", "KOH", "NAOH", "NOH",
                 # and diseases, drugs, tests and teams: "LMWH", "CTEPH", "ISH", "GAPDH", "the CMH team"
                 "LMWH", "UFH", "CAH", "LCH", "CTEPH", "IPAH", "AIH", "FNH", "NRH", "CISH", "ISH", "FISH", "GDH",
                 "GAPDH", "IDH", "ETOH", "LHRH", "CSDH", "AAH", "IAH", "PNH", "CDH", "CMH", "MCH", "DDH", "CPH",
                 "HPH", "EPH", "SCH", "PCH"}
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
# "HUCAM (Vitória)", "UNTH (Enugu)": initials with their town in brackets are a hospital when they hold the H of
# "hospital" (not "the CDC (Atlanta)", "SPSS (Chicago)"); "WHO (Geneva)" is an agency
INITIALS_TOWN = re.compile(r"(?<![\w-])(?P<place>[A-Z]{3,8})\s*\((?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\)")
# France's "centre hospitalier" by its initials, after a preposition: "au CH Louis-Constant Fleming"
FRENCH_CH = re.compile(rf"(?<![\w-])(?:au|du|le|à|at|to|from|in)\s+(?P<place>CH\s+(?:de\s+|d['’])?[{UPPER}][^\W\d_]+"
                       rf"(?:[ -][{UPPER}][^\W\d_]+){{0,3}})")
# "Queen Elizabeth Central (QECH)", "Kenyatta (KNH)", "Royal Surrey (RSCH)": a hospital's words, then its
# initials in brackets, ending in the H of "hospital" and starting with the first word's letter
NAME_INITIALS = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][^\W\d_]+\s+){0,3}[A-Z][^\W\d_]+)\s*\((?P<place>[A-Z]{2,6}H)\)")
# Specialties and teams before a unit or "hosp": "Neuro ICU", "Gynae theatre", "Psych hosp"
SPECIALTIES = {"neuro", "gynae", "gyn", "obs", "paeds", "peds", "cardio", "cardiothoracic", "cardiac", "surgical",
               "medical", "trauma", "burns", "psych", "psychiatric", "ortho", "plastics", "renal", "resp", "neonatal",
               "maternity", "main", "general", "govt", "government", "micro", "mental", "private", "previous",
               "onc", "haem", "gastro", "uro", "vascular", "spinal", "stroke", "coronary", "adult", "paediatric",
               "pediatric", "mixed", "covid", "isolation", "step-down", "needs", "tertiary"}
# "from Groote Schuur to Tygerberg ICU", "seen in Parkland ED": a hospital by its name and one of its units
UNIT = re.compile(r"(?<![\w-])(?:to|from|at|in|ex)\s+(?:the\s+)?(?P<place>[A-Z][^\W\d_]{3,}(?:\s+[A-Z][^\W\d_]+)?)"
                  r"\s+(?:ICU|ED|A&E|NICU|PICU|HDU|CCU|OPD|casualty|emergency|maternity|theatre)\b")
# Spain's "H. Severo Ochoa", "H. Clínico San Carlos": the hospital's kind shortened before its name
SPANISH_H = re.compile(r"(?<![\w-])(?:from|to|at|in|en|del|al|desde|el)\s+(?P<place>H\.\s?(?:U\.\s?)?[A-ZÁÉÍÓÚ]"
                       r"[^\W\d_]+(?:\s+(?:de\s+(?:la\s+)?)?[A-ZÁÉÍÓÚ][^\W\d_]+){1,3})")  # not "H. Pylori"
# "Addenbrooke's Hospital, D2": after a hospital, a ward's name, not a postcode district
HOSPITAL_END = re.compile(r"(?:Hospital|Clinic|Cent(?:re|er)|Infirmary)\W*$")
# After a town: an Indian PIN written in two ("Hyderabad 500 016"), a gloss in the town's own script
# ("Hebron (الخليل)")
PIN_AFTER = re.compile(r"\s(?P<place>\d{3}\s\d{3})(?![\s.,/-]?\d)")
GLOSS_AFTER = re.compile(r"\s*\((?P<place>[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u3040-\u30ff"
                         r"\u4e00-\u9fff\uac00-\ud7a3][^()]{0,30})\)")
# A British postcode district after a town: "Ashington, NE63"
POSTCODE_DISTRICT = re.compile(r",\s*(?!(?:C[1-8]|T(?:1[0-2]|[1-9])|L[1-5]|S[1-5])\b)"  # not a spine's C5, T4, L1
                               r"(?P<place>[A-Z]{1,2}\d{1,2}[A-Z]?)(?=\s*[,.;)]|\s*$)")
# Rural and block addresses: "RMB 2240", "R.D. 3, Feilding", "Blk 118 #07-214", "Lot 7, Wairiki Settlement"
RURAL = re.compile(r"(?<![\w-])(?P<place>RMB\s+\d{3,5}|Blk\s+\d{1,4}[A-Z]?\s+#\d{2}-\d{2,4}|R\.D\.\s?\d{1,2}(?=,\s+[A-Z])"
                   # (a lot after "on" or "at" only: "Vaccine Lot 4471, Pfizer" is a batch)
                   r"|(?:(?<=\bon\s)|(?<=\bat\s))Lot\s+\d{1,4}(?=,\s+[A-Z]))")
# "4 kereru cres", "3 wattle crt", "on anzac pde, maroubra": a street in lower case
LOWER_STREET = re.compile(r"(?<![\w/.-])(?P<place>\d{1,4}[a-z]?\s+(?!(?:min|mins|minutes?|hours?|hourly|hrs?|km|miles?|days?|"
                          r"weeks?|months?|monthly|phase|leads?|metres?|meters?)\b)[a-z]{3,}(?:\s[a-z]{3,})?\s+"
                          # (not "st", "ct" or "close": ST segments, CT scans and "2 hourly close obs")
                          r"(?:rd|ave|cres|crt|pde|pl|tce|hwy|esp|blvd|street|road|avenue|drive|crescent|lane)\b"
                          r"|(?<=on\s)(?!the\b)[a-z]{3,}(?:\s[a-z]{3,})?\s+(?:rd|ave|cres|crt|pde|pl|tce|hwy|esp|blvd)\b)"
                          r"(?!\s*(?:elevation|depression|segment|changes))")
# A journey or a transfer written with arrows: "Lagos -> Accra -> Kumasi", "QEH → RAH", "Cusco – Pai – Cusco".
# The arrows are found first and the stops read around each (a regular expression for the whole chain backtracked
# over every arrow from every stop: quadratic, and exponential with two ways to read initials).
STOP = r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3}"
ARROW_SEP = re.compile(r"\s*(?:->|→|=>)\s*|\s+>\s+|\s+[–—]\s+")
STOP_BEFORE = re.compile(rf"(?<![\w-]){STOP}\Z")
STOP_AFTER = re.compile(STOP)
# Words after a chain that make it name a classification: "Lugano -> Ann Arbor staging"
CHAIN_HEADS = {"modification", "definition", "staging", "revised", "system"}  # "... - Cotswolds modification"
# Chinese and Japanese addresses: a city or prefecture, then a district, ward or street
# ("广州市番禺区", "台北市大安區", "朝阳区团结湖北里3号楼", "東京都新宿区")
CJK = r"\u4e00-\u9fff"
CJK_ADDRESS = re.compile(
    rf"(?P<place>(?<=[{CJK}])(?<![城都我本各该該全门門])[市县縣都道府県](?!地|社|城|郊|病)[{CJK}]{{1,4}}?"
    rf"[区區县縣镇鎮町村](?:[{CJK}\d]{{1,10}}[号號](?:[楼樓])?)?"
    rf"|(?<![{CJK}])[{CJK}]{{2,3}}[区區](?<!地区)(?<!地區)(?<!社区)(?<!城区)(?<!郊区)(?<!病区)(?<!离区)[{CJK}]{{1,8}}"
    rf"\d{{1,4}}[号號](?:[楼樓])?)")
# ("城市社区", "各市町村", "地区": a city, a community, each municipality. Korean's 시 and 구 are as often "at the
# time of" and "-cyte", "입원시 백혈구", so Korean addresses are left to the patterns of patterns.py.)
# The kind between a place's name and a comma: "Glenview Lodge care home, kilmarnock"
PLACE_KIND = re.compile(r"(?:(?:'s)?\s+(?:care|nursing|rest|retirement)?\s*"
                        r"(?:home|village|lodge|hostel|farm|practice|surgery))?\s*$")
# Words a CJK address does not start with: "live in", "from", "at", "to"
CJK_LEAD = set("住在于於来來自从從到往的及和居")


def hospital_shorthand(text: str) -> list[tuple[str, int]]:
    """(name, offset) for each hospital named by its initials or a shortened kind ("RPAH", "H. Severo Ochoa",
    "Queen Elizabeth Central (QECH)", "Waikato hosp"): like a hospital's full name, it is no person's."""
    found = [(m.group(0), m.start()) for m in NUMBERED_HOSPITAL.finditer(text)]
    found += [(m.group("place"), m.start("place")) for m in SPANISH_H.finditer(text)]
    found += [(m.group("place"), m.start("place")) for m in FRENCH_CH.finditer(text)
              if not _common(m.group("place").split()[1].rstrip("s"))]  # not "CH Attacks", a cluster headache's
    for m in HOSPITAL_INITIALS.finditer(text):
        group = "place" if m.group("place") else "french"
        if m.group(group) not in NOT_HOSPITALS:
            found.append((m.group(group), m.start(group)))
    for m in SHORT_HOSPITAL.finditer(text):
        ws = re.split(r"[ -]", m.group("place"))
        while ws and (ws[0].lower() in SPECIALTIES or ws[0].lower() in words("hospital_words")):
            ws = ws[1:]  # "Previous Psych hosp", "Referred to Govt hosp": no name
        if ws:
            start = m.start() + m.group(0).index(ws[0])
            found.append((text[start:m.end()].rstrip("."), start))
    found += [(m.group(0), m.start()) for m in ROYAL.finditer(text) if _known_town(m.group("town"))]
    for m in INITIALS_TOWN.finditer(text):
        if re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30):m.start()]):
            continue  # "Peeters Bouw BVBA (Genk)": a company's form after its name
        if _known_town(m.group("town")) and "H" in m.group("place") and m.group("place") != "WHO" \
                and m.group("place") not in NOT_HOSPITALS:
            found += [(m.group("place"), m.start("place")), (m.group("town"), m.start("town"))]
    for m in NAME_INITIALS.finditer(text):
        # (a word no dictionary knows: not "Congenital Adrenal Hyperplasia (CAH)", "Community Mental Health (CMH)")
        if m.group("place")[0] == m.group("name")[0] and m.group("place") not in NOT_HOSPITALS \
                and not all(_common(w) for w in m.group("name").split()):
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
        prep = (m.group("prep") or ",").lower()
        lives = prep == "in" and bool(LIVES.search(text, max(0, m.start() - 12), m.start()))
        place = _lower_town(m.group("place"), LOWER_VILLAGE_FROM if prep in LOCATING or lives else LOWER_TOWN_FROM,
                            given_names=prep not in LOCATING | {"in"})
        if place and not NAMED_AFTER_TOWN.match(text, m.start("place") + len(place)):
            found.append((place, m.start("place")))
            ends.add(m.start("place") + len(place))  # "kilimani, nairobi": a town after a town
    found += [(m.group(0), m.start()) for m in IRISH_COUNTY.finditer(text)]
    found += [(m.group(m.lastgroup), m.start(m.lastgroup)) for m in NUMBERED_DISTRICT.finditer(text)]
    found += [(m.group("place"), m.start("place")) for m in POSTCODE_DISTRICT.finditer(text)
              if _after_place(text, m.start(), ends) and not HOSPITAL_END.search(text, max(0, m.start() - 12), m.start())]
    for m in UNIT.finditer(text):
        if not all(_common(w) or w.lower() in SPECIALTIES for w in m.group("place").split()):
            found.append((m.group("place"), m.start("place")))
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
    """The stops of a journey or a transfer written with arrows, when two of them are towns a list knows or a
    hospital's initials, or one is and no other is a common word (the others are then towns or hospitals too);
    a state or a country on the way may stay. Not what names a classification or criteria."""
    found: list[tuple[str, int]] = []
    for chain, end in _chains(text):
        found += _stops(text, chain, end)
    return found


def _chains(text: str) -> list[tuple[list[tuple[str, int]], int]]:
    """Each run of capitalised stops joined by arrows (or by three or more dashes), with where it ends."""
    seps = list(ARROW_SEP.finditer(text))
    chains: list[tuple[list[tuple[str, int]], int]] = []
    chain: list[tuple[str, int]] = []
    dashes = True
    for k, sep in enumerate(seps):
        limit = seps[k + 1].start() if k + 1 < len(seps) else len(text)
        after = STOP_AFTER.match(text, sep.end(), min(limit, sep.end() + 80))
        if after and after.end() < len(text) and (text[after.end()].isalnum() or text[after.end()] == "-") \
                and after.end() != limit:
            after = None  # a stop is whole words
        if not chain:
            before = STOP_BEFORE.search(text, max(0, sep.start() - 80), sep.start())
            if before and after:
                chain, dashes = [(before.group(0), before.start())], True
        if chain and after:
            chain.append((after.group(0), after.start()))
            dashes = dashes and sep.group(0).strip() in "–—"
        if chain and (not after or after.end() != limit or k + 1 == len(seps)):
            if len(chain) >= (3 if dashes else 2):
                chains.append((chain, chain[-1][1] + len(chain[-1][0])))
            chain = []
    return chains


def _stops(text: str, chain: list[tuple[str, int]], end: int) -> list[tuple[str, int]]:
    """The places of one chain ending at END: none unless it reads as a journey."""
    gaz = places()
    stops = []
    for part, at in chain:
        first, _, rest = part.partition(" ")
        if rest and _common(first) and (rest in gaz.towns or rest.isupper()):  # "Crossed Tijuana -> San Diego"
            stops.append((rest, at + len(first) + 1))
        else:
            stops.append((part, at))
    known = [p for p, _ in stops if (_known_town(p) and not p.isupper())
             or (re.fullmatch(r"[A-Z]{2,5}H", p) and p not in NOT_HOSPITALS)]  # ("QEH -> RAH")
    after = re.match(r"(?:\s+[a-z]+){1,2}", text[end:end + 30])
    heads = words("heads") | CHAIN_HEADS
    if not known or (len(known) < 2 and any(all(_common(w) for w in p.split()) for p, _ in stops)) or (
            after and any(w in heads or w.rstrip("s") in heads for w in after.group(0).split())):
        return []  # "Kawasaki - Measles - Scarlet Fever", "Lugano -> Ann Arbor staging": no journey
    return [(p, at) for p, at in stops
            if p not in gaz.allowed and (p.isupper() or not all(_common(w) for w in p.split()))]


def _after_place(text: str, comma: int, ends: set[int]) -> bool:
    """Whether a place found ends right before the comma at COMMA ("Glenview Lodge care home, kilmarnock" counts
    the care home's name: the words between are its kind)."""
    kind = PLACE_KIND.search(text, max(0, comma - 24), comma)
    return comma in ends or (comma - len(kind.group(0)) if kind else comma) in ends


def _known_town(name: str) -> bool:
    """A town of 15,000 people or more that is not also a state or a country."""
    gaz = places()
    return gaz.towns.get(name, 0) >= 15_000 and name not in gaz.allowed


def _common(word: str) -> bool:
    """A word a dictionary lists, or one that only says what kind of hospital or unit it is."""
    return word.lower() in english().lower or word.lower() in words("hospital_words")


def _capital(word: str, position: int) -> str:
    """As a town's name writes WORD: capitalised, unless it joins ("Stoke-on-Trent", "Dar es Salaam")."""
    return word if position and word in JOINING else word[:1].upper() + word[1:]


def _lower_town(phrase_words: str, least: int, given_names: bool) -> str:
    """The town a lower-case phrase names, its first words alone if the whole is not one name; '' if none."""
    gaz = places().towns
    splits = phrase_words.split()
    for phrase in [" ".join(splits[:n]) for n in range(len(splits), 0, -1)]:
        parts = phrase.split()
        if len(phrase) < 4:
            continue  # "una", "ely": a word that short is another word far more often
        name = " ".join("-".join(_capital(h, n + k) for k, h in enumerate(part.split("-")))
                        for n, part in enumerate(parts))
        if any(p in NOT_LOWER_TOWNS or p in KINDS for p in parts) or all(p in english().lower for p in parts):
            continue  # "the village", "the range": common words, even where a town somewhere bears them
        # ("to ali", "at grace": after a word that does not locate, a given name is the likelier)
        if gaz.get(name, 0) >= least and not (given_names and name in first_names()):
            return phrase
    return ""
