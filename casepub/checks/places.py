"""Towns, districts and villages in clinical text, found by gazetteer and by the words around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casepub.checks.gazetteer import UPPER, english, first_names, last_names, places, plain, words
from casepub.checks.wordcache import SortedCounts

TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|\S")
# Lower-case words inside a place name: "Oaxaca de Juárez", "Frankfurt am Main", "Andorra la Vella".
PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "van", "von",
             "der", "den", "am", "im", "upon", "sur", "bin", "ibn"}
# "in Kibera": a preposition that locates; the open class (names no list knows) needs one of these.
STRONG = {"in", "from", "near", "outside", "around", "toward", "towards"}
WEAK = {"at", "to", "of", "via", "between", "across", "throughout", "into", "within", "through"}
ADMINISTRATIVE = {"sub-city", "subcity", "woreda", "kebele", "sub-district", "subdistrict", "upazila", "tehsil",
                  "taluk", "taluka", "mandal", "sub-county", "subcounty"}
# The words before an apposed place: "my village, Bethel, has no road".
HOMES = {"village", "town", "suburb", "township", "hamlet", "settlement", "neighbourhood", "neighborhood", "barangay",
         "locality"}
DEPARTING = {"left", "leave", "leaves", "leaving", "departed", "bound", "headed", "flew", "sailed"}
# A person comes "from Tobias" more often than from a village that no list knows.
PERSONAL = {"from", "to", "around", "toward", "towards"}
BEFORE = {"district", "suburb", "township", "village", "borough", "neighbourhood", "neighborhood", "municipality",
          "county", "parish", "town", "city", "commune", "barangay", "hamlet", "settlement", "slum", "locality",
          "camp", "estate", "colony", "division", "subcounty", "sub-county", "tehsil", "taluk", "taluka", "mandal",
          "upazila", "woreda", "kebele", "sub-city", "subcity", "sub-district", "subdistrict", "comuna", "municipio",
          "município", "corregimiento", "vereda", "parroquia", "aldea", "aldeia", "distrito", "amphoe", "tambon",
          "sector", "barrio", "quarter", "düüreg", "mahalla", "khoroo", "compound"}
# Lower-case words after "the <town>" that make it the town's service: "the Warrington rheumatology clinic".
SERVICES = {"clinic", "practice", "surgery", "office", "branch", "outpatient", "outpatients", "rheumatology",
            "dermatology", "emergency", "paediatric", "pediatric", "community", "health", "hospital", "hospice",
            "laboratory", "pharmacy", "dialysis", "burns", "renal", "cancer"}
ARABIC_ARTICLE = {"Al", "El", "Ad", "Ar", "As", "Ash", "Az", "Ech", "Ez"}

# Heads that are people: "the woman of Soweto" lives there.
PEOPLE = {"woman", "man", "girl", "boy", "people", "women", "men", "children", "patients", "patient"}
# Lower-case words right before a neighbourhood's name: "barrio Sajonia", "colonia Roma".
NAMED_AFTER = {"barrio", "bairro", "colonia", "sector", "aldea", "kampung", "kelurahan", "desa", "mohalla", "phum",
               "tambon", "amphoe", "quartier", "arrondissement", "mahalle", "mahallesi", "gampong", "kampong", "vereda",
               "corregimiento", "caserío"}
JAPANESE_POSTCODE = re.compile(r"\s\d{3}-\d{4}\b")  # "Aichi 486-0804"
MONTH_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                        r"(?:-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))?")
# "a small town Y" is rarer than "Y district", "Y township"; a market is where the patient trades: "Owino market"
MARKETS = {"market", "bazaar", "souk"}
AFTER = BEFORE - {"town", "city"} | MARKETS
NAMED = {"City", "Town", "County", "District", "Township", "Village", "Borough", "Municipality", "Parish", "Nagar",
         "Colony", "Layout", "Camp"}
# Japanese and Korean wards, towns and villages: "Setagaya-ku", "Gangnam-gu", "Haeundae-dong".
SUFFIX = re.compile(r"^[A-Z][a-z]+-(?:ku|gu|shi|si|cho|machi|mura|gun|eup|myeon|dong|ri|ken)$")
PREFIX = {"County", "Barangay", "Brgy", "Bgy", "Colonia", "Kampung", "Kelurahan", "Sitio", "Purok", "Desa", "Bairro", "Mohalla",
          "Amphoe", "Tambon", "Mueang",
          "Kebele", "Ortsteil", "Quartier", "Arrondissement", "Village"}
INSTITUTION = {"Hospital", "Clinic", "University", "Institute", "Medical", "Centre", "Center", "College", "School",
               "Health", "Trust", "Infirmary", "Foundation", "Laboratory", "Laboratories", "Society", "Journal"}
ORGANISATION = {"Clinic", "University", "College", "Institute", "Foundation", "Society", "Journal", "Laboratories",
                "Laboratory", "School", "Group", "Declaration", "Protocol", "Criteria", "Consensus", "Guidelines"}
DIRECTIONS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
              "Lower", "Greater", "Northeast", "Northwest", "Southeast", "Southwest", "Rural", "Coastal", "Inner"}
# US state codes after "Town,": not MD, PA, MA, MS, which follow a person's name as degrees.
US_CODES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MI", "MN", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "RI", "SC",
            "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"}
LOCAL = {"rural", "urban", "central", "northern", "southern", "eastern", "western", "downtown", "suburban", "coastal",
         "inner", "outer", "greater", "upstate", "remote", "nearby", "neighbouring", "neighboring", "old"}
ENDS = {".", "!", "?", ":", ";", "\u2022"}
# "in Wegener granulomatosis", "in Gaucher cells": a lower-case medical word names what went before.
MEDICAL = re.compile(r"(?:itis|osis|oses|oma|omas|emia|aemia|pathy|trophy|plasia|algia|ism|iasis|ema|cytes?|"
                     r"cytosis|ectomy|otomy|ology)$")


@dataclass(frozen=True)
class Phrase:
    start: int  # token index
    end: int  # token index after the last word
    words: tuple[str, ...]


# A word made an adjective by its suffix: "HIV-negative", "EBV-associated", "TNF-induced".
QUALIFIED = re.compile(r"-(?:negative|positive|infected|related|associated|induced|naive|naïve|exposed|treated|"
                       r"resistant|sensitive|dependent|mediated|specific|like|free|based|derived|driven)$")


def find_places(text: str) -> list[tuple[str, int]]:
    """(place, offset) for every town, district or village named in one text."""
    tokens = [(m.group(0), m.start()) for m in TOKEN.finditer(text)]
    words_only = [t for t, _ in tokens if t[:1].isalpha()]
    title = is_title(words_only)
    found: list[tuple[str, int]] = []
    last_end = -1
    for p in _phrases(tokens):
        if tokens[p.start][1] and text[tokens[p.start][1] - 1].isalnum():
            continue  # "p.Pro1675Leu": part of a word
        before = [t for t, _ in tokens[max(0, p.start - 3):p.start]]
        if len(before) == 3 and before[2].lower() in LOCAL and before[1].lower() in STRONG | WEAK:
            before = before[:2]  # "in rural Kisii", "from central Lagos"
        after = [t for t, _ in tokens[p.end:p.end + 4]] + ["", ""]
        chained = before[-1:] in (["and"], ["or"], [","], ["/"]) and last_end in (p.start - 1, p.start - 2)
        n = _place_name(p, ["", ""] + before, after, title, chained)
        if n:
            end = p.start + n - 1
            start_char = tokens[p.start][1]
            name = re.sub(r"['’]s$", "", text[start_char:tokens[end][1] + len(tokens[end][0])])
            found.append((name, start_char))
            last_end = end + 1
            code = tokens[end + 1] if end + 1 < len(tokens) else ("", 0)
            if code[0].isdigit() and 4 <= len(code[0]) <= 6 and not re.fullmatch(r"(?:19|20)\d\d", code[0]):
                found.append(code)  # "Pretoria 0181", "Bengaluru 560034": the town's postcode
            elif JAPANESE_POSTCODE.match(text, tokens[end][1] + len(tokens[end][0])):
                found.append((code[0] + "-" + tokens[end + 3][0], code[1]))  # Japan's "Aichi 486-0804"
    return found


def is_title(words_only: list[str]) -> bool:
    """A title ("Sweet Syndrome in Pregnancy") capitalises common words: no word no list knows is a place there.
    Names and places are capitalised in any sentence, so where there are common words, only they count."""
    if len(words_only) < 3:
        return False
    lower = english().lower
    common = [w for w in words_only if len(w) > 3 and w.lower() in lower]
    counted = common if len(common) >= 2 else words_only
    return sum(_cap(w) for w in counted) > 0.6 * len(counted)


def _cap(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _phrases(tokens: list[tuple[str, int]]) -> list[Phrase]:
    out, i = [], 0
    while i < len(tokens):
        if not _cap(tokens[i][0]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < 6 and not tokens[j - 1][0].endswith(("'s", "’s")):
            if _cap(tokens[j][0]):
                j += 1
            elif tokens[j][0] == "." and tokens[j - 1][0] in PREFIX and j + 1 < len(tokens) and _cap(tokens[j + 1][0]):
                j += 2  # "Brgy. San Isidro": an abbreviated prefix
            elif tokens[j][0] in PARTICLES and j + 1 < len(tokens) and (
                    _cap(tokens[j + 1][0]) or tokens[j + 1][0] in PARTICLES):
                j += 1
            else:
                break
        while tokens[j - 1][0] in PARTICLES:
            j -= 1
        out.append(Phrase(i, j, tuple(t for t, _ in tokens[i:j])))
        i = j
    return out


def _place_name(p: Phrase, before: list[str], after: list[str], title: bool, chained: bool) -> int:
    """How many words of the phrase name a place (0: none)."""
    gaz = places()
    stop = words("not_places")
    heads = words("heads")
    prev, prev2, nxt = before[-1], before[-2], after[0]
    possessive = p.words[-1].endswith(("'s", "’s"))
    ws = p.words[:-1] + (re.sub(r"['’]s$", "", p.words[-1]),)  # "Kampala's Kawempe division"
    if any(QUALIFIED.search(w) for w in ws):
        return 0  # "in HIV-negative recipients": a status, not a place
    if prev.lower() == "the" and prev2.lower() in STRONG | WEAK and nxt in SERVICES and not title \
            and " ".join(ws) in gaz.towns and not any(w in first_names() or w.lower() in english().lower
                                                      or w in english().proper for w in ws):
        return len(ws)  # "in the Warrington rheumatology clinic"; not "the Victoria ward", "the Mayo clinic"
    if nxt.lower() in heads or (nxt.islower() and MEDICAL.search(nxt) and len(nxt) > 5):
        return 0  # "Kaposi sarcoma", "Wegener granulomatosis", "Crohn's disease"
    if any(w.lower() in heads for w in ws[1:]):
        return 0  # "Glasgow Coma Scale", "Boston Criteria"
    sentence_start = prev in ENDS or prev == ""
    located = prev.lower() in STRONG or prev.lower() in WEAK or chained
    if prev.lower() in NAMED_AFTER and not all_common(ws) and not title:
        return len(ws)  # "from barrio Sajonia", "the Los Mina sector" (below)
    if any(MONTH_WORD.fullmatch(w) for w in ws):
        return 0  # "Nov-Dec 2020"
    if prev.lower() == "of" and prev2.lower() in heads and prev2.lower() not in PEOPLE:
        return 0  # "naevus of Ota", "sign of Leser"
    if prev.lower() == "of" and _cap(prev2) and not _surname(prev2):
        return 0  # "University of Toronto", "Declaration of Helsinki"; not "Mrs. Elena Popescu of Cluj-Napoca"
    if (prev.isdigit() and (len(prev) in (4, 5) or (len(prev) == 3 and prev2 == "-"))) \
            or (prev == "," and (prev2.isdigit() or prev2 in INSTITUTION or prev2 in {"Home", "Practice"})):
        located = True  # "10115 Berlin", "Rua Augusta, 45, Lisboa", "St Vincent's Hospital, Sydney"
    if nxt == "," and (after[1] in US_CODES or after[1] in gaz.allowed or " ".join(after[1:3]) in gaz.allowed
                       or (after[1] in {"MD", "PA", "MA", "MS"} and re.fullmatch(r"\d{5}", after[2]))):
        located = True  # "Tucson, AZ", "Lyon, France"
    if (ws[0] in PREFIX and len(ws) > 1 and ws[1] not in INSTITUTION
            and not (ws[0] == "County" and ws[1].lower() in english().lower and ws[1] not in gaz.towns)) \
            or SUFFIX.match(ws[-1]):
        return len(ws)  # "Barangay San Isidro", "Setagaya-ku"
    if prev == "for" and prev2.lower() in DEPARTING and not all_common(ws):
        located = True  # "left for Lagos"; not "left for Reading" (it may be the activity)
    if nxt == "," and " ".join(ws) not in gaz.allowed and not any(w in INSTITUTION or w in stop for w in ws) and (
            (after[1] == "where" and " ".join(ws) in gaz.towns)
            or (after[1].lower() in {"the", "a"} and after[2].lower() in BEFORE
                and (" ".join(ws) in gaz.towns or _unknown(ws, "in")))):
        return len(ws)  # "Kiruna, where ...", "Villa El Salvador, the district where ..."
    if prev.isdigit() and len(prev) in (4, 5) and prev2 == "," and not title and not all_common(ws) \
            and " ".join(ws) not in gaz.allowed and not any(w in INSTITUTION for w in ws):
        return len(ws)  # "Fjordveien 12, 1363 Høvik": the town after a postcode
    if prev == "," and prev2.lower() in HOMES and nxt == "," and " ".join(ws) not in gaz.allowed \
            and not all_common(ws):
        return len(ws)  # "my village, Bethel, has no road"
    if prev.lower() in STRONG and nxt == "," and not title and " ".join(ws) not in gaz.allowed and (
            after[1] in gaz.allowed or " ".join(after[1:3]) in gaz.allowed
            or (after[1] in gaz.towns and after[1].lower() not in english().lower)) \
            and not any(w in stop or w in INSTITUTION or w.lower() in words("hospital_words") for w in ws):
        return len(ws)  # "in Little Snoring, Norfolk": a place before its county, whatever its words
    if nxt.lower() in MARKETS and not (_unknown(ws, "in") and not title):
        return 0  # "the Owino market", not "the Japanese market"
    if (prev.lower() == "of" and prev2.lower() in BEFORE) or (nxt.lower() in AFTER and not title):
        # "the Bole sub-city": a common word too, capitalised after an article before such a word
        named = prev.lower() == "the" and nxt.lower() in ADMINISTRATIVE and ws[0] not in DIRECTIONS \
            and ws[0].lower() not in LOCAL and not any(w in INSTITUTION for w in ws)
        if " ".join(ws) not in gaz.allowed and (named or not all_common(ws)):
            return len(ws)  # "the district of Mitte", "Thrissur district"
    if len(ws) > 1 and ws[-1] in NAMED and not all_common(ws[:-1]) and ws[0] not in {"The", "This", "Our"}:
        return len(ws)  # "Iloilo City", "Marin County"
    for n in range(len(ws), 0, -1):
        name = " ".join(ws[:n])
        if name in gaz.allowed or (ws[0] in DIRECTIONS and " ".join(ws[1:n]) in gaz.allowed):
            return 0  # "Bavaria", "South Africa", "West Africa": states and countries may stay
        if name in stop:
            return 0
        if name not in gaz.towns and plain(name) in gaz.towns:
            name = plain(name)  # "Hội An", "Fès": GeoNames may spell it without the accents
        if name in gaz.towns or _hyphen_town(name, gaz.towns, located):
            if title and not located:
                return 0
            if n < len(ws) and ws[n] in ORGANISATION:
                return 0  # "Mayo Clinic", "Cleveland Clinic": an institution known by its town
            if located:
                return len(ws) if not any(w in INSTITUTION for w in ws[n:]) else n
            return n if _anywhere(name, n, len(ws), gaz.towns, prev, sentence_start, nxt) else 0
    if prev == "," and prev2 in INSTITUTION and nxt in {",", ".", ";", ")"} and not title and not possessive:
        # "St Columcille's Hospital, Loughlinstown, with"; "Groote Schuur Hospital, Observatory, Cape Town": a
        # common word too, before a town
        town = nxt == "," and any(" ".join(after[1:k]) in gaz.towns and gaz.towns[" ".join(after[1:k])] >= 15000
                                  for k in (2, 3)) and not any(w in INSTITUTION or w in stop for w in ws)
        return len(ws) if _unknown(ws, "in") or town else 0
    if title or possessive or not (prev.lower() in STRONG or chained):
        return 0
    return len(ws) if _unknown(ws, prev.lower()) else 0



# One to three capitalised words, as a place's name: "Spanish Town", "Sham Shui Po", "Vila Mariana".
NAME_WORDS = (rf"(?P<place>[{UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*(?:\s+[{UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*){{0,2}})"
              r"(?![\w'’-])")
# "Delroy Campbell of Spanish Town", "Wong Siu-ming of Sham Shui Po": after a person, "of" names where they live.
OF_PLACE = re.compile(r"(?:\s+(?P<surname>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?))?\s+of\s+" + NAME_WORDS)  # "Mrs Doreen [Whitlock] of"
# "47 Rua das Flores, Vila Mariana, São Paulo": after a street, its neighbourhood and town.
AFTER_STREET = re.compile(r",\s*" + NAME_WORDS)
SPACED_TOWN = re.compile(r"\s+" + NAME_WORDS)
POSTCODE_AFTER = re.compile(r"\s+(\d{4,6})\b(?![.,:/-]?\d)")  # "Ōtāhuhu 1062"


def may_stay(place: str) -> bool:
    """A state or country, or an institution: not a place that locates the patient."""
    ws, gaz = place.split(), places()
    return place in gaz.allowed or ws[0] in gaz.allowed or any(w in INSTITUTION or w in ORGANISATION for w in ws)


def after_street(text: str, end: int) -> list[tuple[str, int]]:
    """The neighbourhood and town after a street address ending at END, up to the state or country."""
    found: list[tuple[str, int]] = []
    while len(found) < 3:
        m = AFTER_STREET.match(text, end)
        if not m and not found:  # "2 Alma St Footscray": a known town without the comma
            m = SPACED_TOWN.match(text, end)
            m = m if m and m.group("place") in places().towns and not all_common(tuple(m.group("place").split())) \
                else None
        if not m:
            break
        place = m.group("place")
        if place.isupper() or may_stay(place):
            break  # "..., Ohio", "..., IL 62704", "..., Brazil": what may stay ends the address
        found.append((place, m.start("place")))
        end = m.end()
        code = POSTCODE_AFTER.match(text, end)
        if code and not re.fullmatch(r"(?:19|20)\d\d", code.group(1)):
            found.append((code.group(1), code.start(1)))  # "44B Māngere Rd, Ōtāhuhu 1062": its postcode
            break
    return found


def after_person(text: str, end: int) -> list[tuple[str, int]]:
    """The place named by "of" right after a person's name ending at END; not "of the University"."""
    m = OF_PLACE.match(text, end)
    if not m:
        return []
    ws = m.group("place").split()
    if m.group("surname") and m.group("surname").lower() in english().lower:
        return []  # "Professor Smith Director of Dermatology Services": a title, not a surname
    if ws[0] in {"The", "Our", "This"} or may_stay(m.group("place")) or all_common(ws):
        return []
    return [(m.group("place"), m.start("place"))]


def _hyphen_town(name: str, towns: SortedCounts, located: bool) -> bool:
    """"Köln-Ehrenfeld": a town and its quarter, after a preposition."""
    return located and "-" in name and " " not in name and name.split("-")[0] in towns


def _surname(word: str) -> bool:
    """A surname that is no common word ("Popescu", not "Duke"): what comes before "of" is then a person."""
    return word in last_names() and word not in INSTITUTION and word.lower() not in english().lower


def all_common(ws: tuple[str, ...]) -> bool:
    lower = english().lower
    return all(w.lower() in lower for w in ws)


def _anywhere(name: str, n: int, length: int, towns: SortedCounts, prev: str, sentence_start: bool,
              nxt: str) -> bool:
    """A town with no preposition before it counts only when nothing else can explain it."""
    if sentence_start or n != length or towns[name] < 15000 or _cap(prev) or _cap(nxt):
        return False
    lower = english().lower
    firsts, lasts = first_names(), last_names()
    return not any(w.lower() in lower or w in firsts or w in lasts for w in name.split())


def _unknown(ws: tuple[str, ...], prev: str) -> bool:
    """"in Kibera", "from Khayelitsha": a capitalised word no dictionary, name list or gazetteer knows."""
    dictionary = english()
    stop = words("not_places")
    if any(w in INSTITUTION or w in stop for w in ws):
        return False
    if len(ws) > 1 and ws[0] in ARABIC_ARTICLE:
        ws = ws[1:]  # "in Al Jaddaf", "from El Obeid": the article of the name
    ws = tuple(w for w in ws if w not in PARTICLES)  # "Castelnuovo di Garfagnana"
    for w in ws:
        if len(w) < 3 or w.lower() in dictionary.lower or w in dictionary.proper or (len(w) <= 4 and re.search(r"[a-z][A-Z]", w)):
            return False
        if prev in PERSONAL and w in first_names():
            return False
    return True


# What follows a state's name to say it is the state: "São Paulo state", "the Cusco region", "Kōchi Prefecture".
STATE_WORD = r"(?i:state|prefecture|province|region|governorate|department|oblast|emirate|voivodeship)"
# The rest of a list of states that names their kind after it: ", Córdoba and Santa Fe provinces".
STATE_LIST = re.compile(r"(?:,\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?){0,6},?\s+(?:and|or)\s+[A-Z][^\W\d_]+"
                        r"(?:\s+[A-Z][^\W\d_]+)?\s+(?:provinces|states|regions|prefectures|departments|governorates)\b")
# "the state of Pernambuco", "the provinces of Córdoba and": a state's kind, "of", and the list so far.
STATES_OF = re.compile(rf"\b{STATE_WORD}s?\s+of\s+$|\b{STATE_WORD}s\s+of\s+(?:[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?,?\s+"
                       rf"(?:(?:and|or)\s+)?){{1,5}}$")
# A town of this many people is what its name means, beside a state too: "Lagos and Ogun".
BIG_CITY = 1_000_000


def named_state(text: str, start: int, name: str) -> bool:
    """A state named like a town, told by the words around it: "São Paulo state", "Kōchi Prefecture",
    "in Bihar and Chhattisgarh". (After a town and a comma it is as often the town: "Nyalenda, Kisumu".)"""
    gaz = places()
    end = start + len(name)
    m = re.fullmatch(rf"(.+?)\s+{STATE_WORD}", name)
    if (m and _state_name(m.group(1))) or re.match(r"\s+[Pp]rovince\b", text[end:]):
        return True  # "Kōchi Prefecture"; "in Takeo province", whichever lists know it
    if not _state_name(name):
        return False  # a town only: "the Kisumu and Nakuru regions"
    if re.match(rf"\s+{STATE_WORD}s?\b", text[end:]) or STATE_LIST.match(text, end) \
            or STATES_OF.search(text, max(0, start - 100), start):
        return True  # "São Paulo state", "Córdoba and Santa Fe provinces", "the state of Pernambuco"
    if name in gaz.towns and gaz.towns[name] >= BIG_CITY:
        return False
    town = re.search(r"([A-Z][^\W\d_]+(?:[\s-](?:[a-z]{1,3}\s)?[A-Z][^\W\d_]+){0,2})(?:-(?:shi|ku|gun|si|gu))?,\s+$",
                     text[max(0, start - 40):start])
    if town and town.group(1) != name and gaz.towns.get(town.group(1), 0) >= 50_000:
        return True  # "Juazeiro do Norte, Ceará": a city, then its state (a district is not in the gazetteer)
    other = re.match(r"\s+(?:and|or|&)\s+([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)", text[end:]) \
        or re.search(r"([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)\s+(?:and|or|&)\s+$", text[max(0, start - 40):start])
    return bool(other) and other.group(1) in gaz.allowed


def _state_name(name: str) -> bool:
    gaz = places()
    return any(n in gaz.twins or n in gaz.allowed for n in (name, plain(name)))
