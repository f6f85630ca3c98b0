"""Named hospitals ("Groote Schuur Hospital", "Hospital Universitario La Paz"), which locate the patient."""

from __future__ import annotations

import re

from casepub.checks.gazetteer import english, first_names, last_names, places, words
from casepub.checks.places import is_title

# (a plural's apostrophe is the word's: "Mater Mothers' Hospital")
TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:(?<=s)['’](?=\s+[A-Z]))?|\d+|\S")
# The word that makes a phrase a hospital, after its name ("St Vincent's Hospital") or before it.
AFTER_NAME = {"Hospital", "Hospitals", "Hosp", "Infirmary", "Hospice", "Sanatorium", "Krankenhaus", "Ziekenhuis",
              "Sjukhus", "Sjukhuset", "Sykehus", "Sygehus", "Hastanesi", "Kórház"}
CARE_HOMES = {"Home", "Homes", "Village", "Care"}
CARE = {"Nursing", "Care", "Rest", "Residential", "Retirement", "Convalescent", "Aged"}  # "Oak Hollow Residential Care"
# "Centre" alone names a trauma or poison centre as often as a place; after these it is a hospital.
CENTRE = {"Centre", "Center", "Centres", "Centers"}
CENTRE_KINDS = {"Memorial", "Medical", "Health", "Cancer", "Heart", "Eye", "Dermatology", "Skin", "Kidney", "Renal",
                "Diabetes", "Rehabilitation", "Burns", "Maternity", "Dental", "Surgical", "Oncology", "Cardiac",
                "Specialist", "Vision"}
# A centre or institute after a proper name is one place: "Almazov Centre", "Karolinska Institutet".
NAMED_CENTRE = CENTRE | {"Institute", "Institut", "Institutet"}
# Spanish, Portuguese, French, Italian, German and Malay hospitals put the word first.
BEFORE_NAME = {"Hospital", "Hôpital", "Hospitais", "Ospedale", "Klinikum", "Clínica", "Clinica", "Clinique", "Policlinico",
               "Policlínica", "Policlinica", "Spital", "Sanatorio", "Ziekenhuis", "Szpital",
               "Nemocnice", "Bolnica", "Spitalul", "Krankenhaus", "Résidence", "Residencia", "Residência",
               "Seniorenresidenz", "Seniorenheim", "Pflegeheim", "Altenheim", "EHPAD", "Huize", "Zorgcentrum",
               "Verpleeghuis", "Woonzorgcentrum", "Puskesmas", "Klinik", "Maison", "RS", "RSUP", "RSUD", "RSU", "RSIA",
               "CHU", "CHR", "CHRU", "Hôtel-Dieu", "Kantonsspital", "Universitätsspital", "UZ", "KBC", "AZ",
               "Hospitalier", "Hospitalière", "Landesklinikum", "Universitätsklinikum", "Uniklinikum", "Kreisklinik",
               "Kreiskrankenhaus", "Bezirkskrankenhaus", "Landeskrankenhaus", "Stadtspital", "Regionalspital",
               "Salud", "Saúde", "Santé",
               # kinds written as initials: primary health centres (India's "PHC Katpadi", Chile's "CESFAM Pueblo
               # Nuevo", Brazil's "UBS Vila Mariana"), Slovak, Bulgarian, Russian and Albanian teaching hospitals,
               # Slovenian and Quebec care homes (not the initials that are also diseases or tests: HUS, RHC, CHC,
               # UPA, FN)
               "PHC", "UPHC", "CESFAM", "UBS", "FNsP", "UMBAL", "MBAL", "GKB", "QSUT", "DSO", "CHSLD"}
# Scandinavian hospitals in one word: "Rigshospitalet", "Karolinska Universitetssjukhuset", "Haukeland sykehus".
NORDIC = re.compile(r"\b[A-ZÆØÅÄÖ][a-zæøåäö]+(?:hospitalet|sjukhuset|sykehuset|sygehus|sygehuset)\b"
                    r"|\b[A-ZÆØÅÄÖ][a-zæøåäö]+\s+(?:universitets)?(?:sjukhus|sykehus|sjukehus|sygehus)(?:et)?\b")
PARTICLES = {"de", "da", "do", "das", "dos", "del", "di", "du", "des", "la", "le", "las", "los", "for", "of", "the",
             "and", "&", "y", "e", "der", "am", "an", "im", "zum", "zur", "rechts", "links", "van", "von", "aan"}
# "of" joins a hospital's name only after these: "Our Lady of Lourdes", not "Dr Okafor of St Mary's".
BEFORE_OF = {"University", "College", "Institute", "Lady", "Sisters", "Brothers", "Daughters", "Order", "Duke",
             "Duchess", "King", "Queen", "Prince", "Princess", "Heart", "Church", "Mercy"}
ABBREVIATED = {"St", "Ste", "Mt", "Sta"}  # "St. Vincent's": the full stop is part of the name
# Words that start a title-case phrase without naming anything: "A Case From Our Hospital".
FUNCTION = {"The", "A", "An", "Our", "Their", "His", "Her", "This", "That", "These", "Those", "At", "In", "To",
            "From", "Of", "For", "And", "On", "By", "With", "Into", "Both", "Each", "Every", "Another", "Any",
            "Some", "Same", "After", "Before", "During", "Via", "Per", "Versus", "Within", "Across", "Outside",
            "One", "Two", "Three", "Four", "Five", "Several", "Many", "Most", "All", "Other", "Two-Year", "Year"}
# A clinic or hospital named in Chinese, Japanese or Korean: "山田皮膚科クリニック", "서울대학교병원".
CJK_FACILITY = re.compile(r"(?P<name>[\u3040-\u30FF\u4e00-\u9fff\uac00-\ud7a3]{1,16}?)(?:病院|医院|醫院|クリニック|"
                          r"診療所|医療センター|병원|의원|클리닉)")
# Words that only say what kind of hospital it is: "中医院" (a hospital of Chinese medicine), "皮肤科医院".
CJK_KINDS = re.compile(r"中医|西医|中西医结合|人民|皮肤科|皮肤|皮膚科|眼科|牙科|歯科|口腔|儿童|兒童|妇幼|婦幼|肿瘤|精神|专科|專科|综合|"
                       r"綜合|大学|大學|附属|附屬|第[一二三四五六七八九十]+|省|市|县|縣|区|區|中心|内科|小児科|"
                       r"总|總|피부과|안과|치과|소아과|대학교|대학|종합|내과|시립|도립|국립|中央|国立|県立|市立")
# A care home named before its kind in lower case: "Villa Serena nursing home".
CARE_HOME = re.compile(r"\b(?P<name>[A-Z][^\W\d_]+(?:['’]s)?(?:\s+[A-Z][^\W\d_]+(?:['’]s)?){0,3})\s+"
                       rf"(?:{'|'.join(sorted(w.lower() for w in CARE))}|old\s+people['’]s|old\s+age)\s+home\b")
TITLE_SMALL = {"a", "an", "the", "at", "for", "of", "in", "and", "with", "to", "from", "on", "by", "or", "as", "vs"}
ELIDED = re.compile(r"[lLdD]['’](?=[A-ZÀ-Ý])")
# Vietnamese hospitals put the word first: "Bệnh viện Nhi Đồng 1", "Bệnh viện Chợ Rẫy".
VIETNAMESE = re.compile(r"\bBệnh\s+[Vv]iện(?:\s+(?:[A-ZĐÂĂÊÔƠƯ][^\s,.;:()]*|\d+\b)){1,5}")
CLINIC_TOWN = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,3}Clinic\s+(?P<town>[A-Z][a-z]+)\b")
HONORIFICS = {"Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "Sister", "Nurse"}
# A named school, farm, mine, prison or place of worship locates the patient as a hospital does:
# "Holy Cross Primary School", "Pollsmoor Prison", "Kiambu Coffee Farm", "Christian Medical College".
VENUE = re.compile(r"\b(?P<name>(?:[A-Z][^\W\d_]*(?:['’]s)?(?:-[A-Z][^\W\d_]*)?\s+){1,4})"
                   r"(?:(?:Primary|Secondary|High|Elementary|Middle|Grammar|Junior|Senior|Infant|Infants|Nursery|"
                   r"Community|Comprehensive|Girls['’]?|Boys['’]?|Public|Basic|Village|Mission|Church)\s+School|"
                   r"(?:[Ff]arms?|[Rr]anch|[Pp]lantation|[Mm]ine|[Cc]olliery|[Qq]uarry|[Pp]rison|[Pp]enitentiary|"
                   r"[Jj]ail|[Gg]aol|[Mm]osque|[Cc]hapel|[Gg]urdwara|[Ss]ynagogue|[Mm]arket|[Rr]efinery|[Tt]emple|"
                   r"[Mm]andir|"
                   r"[Cc]hurch|[Mm]ill|[Ff]actory|"
                   # workplaces and lodgings notes name: "the Tönnies meat plant", "Ozanam House hostel"
                   r"(?:(?:meat|asbestos|casing|chemical|steel|cement|processing|packing|poultry|bottling)\s+)?"
                   r"[Pp]lant|[Hh]ostel|[Mm]otel|[Aa]battoir|[Dd]epot|[Ww]arehouse|[Ss]melter|[Tt]annery|[Ss]awmill|"
                   r"[Dd]ormitory|[Dd]ispensary|[Hh]ealth\s+[Pp]ost|[Cc]ampsite|[Cc]aravan\s+[Pp]ark|[Ss]helter|"
                   r"[Mm]adrass?ah?|[Ss]cout\s+[Cc]amp|[Nn]ursery(?!\s+[Ss]chool))"
                   r"(?!\s+(?:workers?|owners?|labou?rers?|managers?|dust|fever|lung))|"
                   r"Refugee\s+Camp|Barracks|Orphanage|Medical\s+College"
                   r"|(?:Community|Family|Health|Medical|Skin|Mission|Rural|Village|Township|Walk-in)\s+Clinic"
                   r"|(?:Medical|Family|Group|General)\s+Practice"
                   r"|[Cc]r[èe]che|[Kk]indergarten|[Pp]re-?[Ss]chool|[Dd]aycare|[Dd]ay\s+[Cc]are\s+[Cc]ent(?:re|er))\b")
# A school's kind is a name's part even in common words ("Holy Cross Primary School"); a farm's is not ("Dairy Farm").
SCHOOL = re.compile(r"\bSchool$|Medical\s+College$"
                    r"|(?i:cr[èe]che|kindergarten|pre-?school|daycare|day\s+care\s+cent(?:re|er)|nursery|madrass?ah?)$")
# Words that describe a care home or a venue rather than name it: "Local Authority Care Home", "NHS Nursing Home".
DESCRIPTIVE = {"Local", "Authority", "Private", "Public", "State", "Council", "Municipal", "County", "District",
               "Women's", "Men's", "Children's", "Youth", "Student", "Students'",
               "Dementia", "Residential", "Community", "Specialist", "General", "Central", "National", "Regional"}
# The kinds that come first in other languages: "Lycée Jean Moulin", "Colegio San Agustín",
# "Escola Estadual Tiradentes".
VENUE_FIRST = re.compile(r"\b(?:(?:Hotel|Hôtel(?!-Dieu)|Motel|Hostel)"
                         r"(?!\s+(?:Management|Block|Chain|Industry|Staff|Rooms?|"
                         r"Group|Sector)\b)|Lycée|Collège|Colégio|Colegio|Escola|Escuela|Liceo|"
                         r"Scuola|Instituto\s+Educativo|Pondok|"
                         r"Pesantren|Madrasa|Madrasah|Gimnazjum|Gymnasium|Masjid|Pasar|Sekolah|Finca|Hacienda|Fazenda|"
                         r"Domaine|Ch[âa]teau|Casa\s+di\s+Riposo|Haus|HMP|Gurdwara|[ÉE]cole(?:\s+maternelle|"
                         r"\s+primaire)?)"
                         r"\s+(?:(?:de|do|da|dos|del|la|el|di|Estadual|Municipal|Nacional|Primaria|"
                         r"Secundaria)\s+)*[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?:\s+[A-Z][^\W\d_]+){0,2}")


# A run of capitalised words up to a hospital's word: taken out before judging whether a text is a title.
KEYWORD_RUN = re.compile(r"(?:\b[A-Z][^\W\d_]*['’]?s?\s+){0,5}(?:Hospital|Hospitals|Cl[íi]nic[ao]?|College|Centre|"
                         r"Center|Infirmary|Institute|Hospice|Homes?|Practice|Surgery)\b")


def find_hospitals(text: str) -> list[tuple[str, int]]:
    """(name, offset) for every hospital named in one text; "the University Hospital" names none."""
    tokens = [(m.group(0), m.start()) for m in TOKEN.finditer(text)]
    # "l'EHPAD Les Tilleuls", "d'Hôpital Necker": the French article is a word of its own
    tokens = [part for t, at in tokens
              for part in ([(t[:2], at), (t[2:], at + 2)] if ELIDED.match(t) else [(t, at)])]
    # A title capitalises common words ("Treated at Our Hospital for Three Years"): there only a word no
    # dictionary knows makes a name ("Sweet Syndrome at Groote Schuur Hospital"). It is judged as places judge
    # it, on the words outside the hospitals' own names (each would make a sentence look like a title).
    rest = re.findall(r"[^\W\d_]+", KEYWORD_RUN.sub(" ", text))[1:]  # (any sentence capitalises its first word)
    common = [w for w in rest if len(w) > 3 and w.lower() in english().lower]
    # With too few such words, a title is a text whose only lower-case words are the small words a title leaves
    # in lower case ("Treated at Our Hospital for Three Years"), not "LMP 2/3/23 - booked at Mater Mothers'
    # Hospital" or "MRN 00438812-7, Queen's Medical Center, Honolulu".
    lower = [t for t, _ in tokens if t[:1].isalpha() and t[:1].islower()]
    title = is_title(rest) if len(common) >= 2 else bool(lower) and all(t in TITLE_SMALL for t in lower)
    found: list[tuple[str, int]] = [(m.group(0), m.start()) for m in CJK_FACILITY.finditer(text)
                                    if len(CJK_KINDS.sub("", m.group("name"))) >= 2]
    found += [(m.group(0), m.start()) for m in VIETNAMESE.finditer(text)]
    found += [(m.group(0), m.start()) for m in NORDIC.finditer(text)]
    found += _venues(text)
    for m in CARE_HOME.finditer(text):
        ws = m.group("name").split()
        named = _care_home_name(ws, unknown=False) or _common_words_name(text, m.start("name"), ws, title)
        if named and not re.search(r"\b(?:[Aa]n?|[Aa]nother|[Aa]ny|[Oo]ne|[Ss]ome)\s+$",
                                   text[max(0, m.start() - 12):m.start()]):
            offset = m.group("name").index(named[0])
            found.append((m.group("name")[offset:], m.start("name") + offset))
    # A clinic is named for an institution ("Mayo Clinic") unless its town follows: "Mercy Clinic Springfield".
    found += [(m.group(0), m.start()) for m in CLINIC_TOWN.finditer(text) if m.group("town") in places().towns
              and m.group("town") not in places().allowed and m.group("town").lower() not in english().lower
              and m.group("town") not in AFTER_NAME | NAMED_CENTRE]
    covered = bytearray(len(text) + 1)
    for name, start in found:
        covered[start:start + len(name)] = b"\x01" * len(name)
    for k, (word, _) in enumerate(tokens):
        if not _keyword(tokens, k, title):
            continue
        first = _name_start(tokens, k)
        last = _continuation(tokens, k, named_before=first < k)
        before = [t for t, _ in tokens[first:k] if t not in PARTICLES and t not in {".", "'", "’"}]
        after = [t for t, _ in tokens[k + 1:last + 1]]
        if not _named(before, after, word if first == k else "", title):
            continue
        start = tokens[first][1]
        end = tokens[last][1] + len(tokens[last][0])
        if not covered[start]:  # inside no hospital found so far (a mask: a scan of the list was quadratic)
            found.append((text[start:end], start))
            covered[start:end] = b"\x01" * (end - start)
    return found


def _venues(text: str) -> list[tuple[str, int]]:
    """Named schools, farms, mines, prisons and places of worship. In a title, where every word is capitalised,
    only a word no dictionary knows makes a name ("A Sheep Farmer From a Remote Farm" names none); whether the
    text is one is judged on the words around the name, which are all capitals themselves."""
    found: list[tuple[str, int]] = []
    venues, first = list(VENUE.finditer(text)), list(VENUE_FIRST.finditer(text))
    if not venues and not first:
        return found
    # judged once, on the text without the venues' own words (each would make it look like a title)
    title = is_title(re.findall(r"[^\W\d_]+", VENUE_FIRST.sub(" ", VENUE.sub(" ", text))))
    for m in venues:
        ws = m.group("name").split()
        n = next((i for i, w in enumerate(ws) if w not in FUNCTION and w not in HONORIFICS
                  and re.sub(r"['’]s$", "", w) not in words("not_places")), len(ws))
        names = ws[n:]
        kind_lower = text[m.end("name"):m.end("name") + 1].islower()
        if n == len(ws) or (title and all(_common(w) for w in names)) or any(w.isupper() for w in names) or (
                kind_lower and all(w in english().proper for w in names)) or (
                not SCHOOL.search(m.group(0)) and all(_common(w) or w in DESCRIPTIVE for w in names)):
            continue  # "the Catholic church", "Poultry Farm", "Central Market": a kind, not a name
        offset = m.group("name").index(ws[n])
        found.append((m.group(0)[offset:], m.start() + offset))
    found += [(m.group(0), m.start()) for m in first if not title]
    return found


def _common_words_name(text: str, start: int, ws: list[str], title: bool) -> list[str]:
    """Before "nursing home" in lower case, words that name a care home (_named_in_common_words) and do not
    start a sentence."""
    before = text[max(0, start - 8):start]  # a window: a whole prefix per match would be quadratic
    at_start = not before.strip() if start < 8 else bool(re.search(r"[.!?:;]\s*$", before))
    return ws if not title and not at_start and _named_in_common_words(ws) else []


def _named_in_common_words(ws: list[str]) -> bool:
    """Two or more capitalised words, however common, name a care home ("Maple Court", "Ocean View"); one word,
    a nationality, an acronym or a description do not ("Japanese", "NHS", "Private", "Local Authority")."""
    return len(ws) >= 2 and all(_name_word(w) and w not in english().proper and w not in DESCRIPTIVE
                                and not w.isupper() for w in ws)


def _common(word: str) -> bool:
    return re.sub(r"['’]s$", "", word).lower() in english().lower


def _keyword(tokens: list[tuple[str, int]], k: int, title: bool) -> bool:
    word = tokens[k][0]
    if k + 1 < len(tokens) and tokens[k + 1][0].lower() in {"no", "number", "#", "id"}:
        return False  # "Nguyễn Thị Lan  Hosp no. BM-0193347": a label, after a name
    if word == "AZ" and ((k > 0 and tokens[k - 1][0] == ",") or (k + 1 < len(tokens) and (
            tokens[k + 1][0] in {"USA", "US"} or tokens[k + 1][0].isdigit()))):
        return False  # "Phoenix, AZ USA", "AZ 85004": Arizona
    # (also in BEFORE_NAME, where _named reads a name after them)
    if word in {"Salud", "Saúde", "Santé"}:  # "Centro de Salud San Blas", not "Instituto de Salud Carlos III"
        return k > 1 and tokens[k - 1][0] == "de" and tokens[k - 2][0] in {"Centro", "Centre", "Posto", "Puesto",
                                                                            "Unidade", "Unidad", "Casa"}
    if word in {"Complex", "City", "Corporation"}:
        return k > 0 and tokens[k - 1][0] == "Medical"  # "Salmaniya Medical Complex", "King Fahad Medical City"
    if word in NAMED_CENTRE:
        prev = tokens[k - 1][0] if k > 0 else ""
        nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
        if nxt.lower() in words("heads"):
            return False  # "the Joanna Briggs Institute checklist": a tool, named after its makers
        return (word in CENTRE and prev in CENTRE_KINDS) or _proper(prev)
    if word in CARE_HOMES:  # "St Brigid's Nursing Home", "Kowhai Rest Home": a care home locates as a hospital does
        first = _name_start(tokens, k - 1) if k > 1 else k
        ws = [t for t, _ in tokens[first:k - 1]]
        # outside a title, capitals before "Nursing Home" name it even in common words ("Maple Court Nursing Home")
        named = bool(_care_home_name(ws)) or (not title and _named_in_common_words(ws))
        return k > 0 and tokens[k - 1][0] in CARE and named
    return word in AFTER_NAME or word in BEFORE_NAME


def _care_home_name(ws: list[str], unknown: bool = True) -> list[str]:
    """The words that name a care home, from its first name-like word on; none for "The Scottish", "In January"
    or "Japanese": only a given name, a surname or (before "Nursing Home" in capitals) a word no dictionary
    knows names one; before "nursing home" in lower case a word no dictionary knows is as often "Norovirus"."""
    dictionary = english()
    for n, w in enumerate(ws):
        bare = re.sub(r"['’]s$", "", w)
        if w in FUNCTION or w in HONORIFICS or bare in words("not_places"):
            continue
        if bare in first_names() or bare in last_names() or (unknown and bare.lower() not in dictionary.lower
                                                              and bare not in dictionary.proper and not bare.isupper()):
            return ws[n:]
    return []


def _proper(word: str) -> bool:
    """A capitalised word that no dictionary lists in lower case: "Almazov", not "Sleep", "Trauma" or "NIH"."""
    return (word[:1].isupper() and not word.isupper() and word not in FUNCTION and word not in HONORIFICS
            and re.sub(r"['’]s$", "", word).lower() not in english().lower
            and word.lower() not in words("hospital_words"))


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word not in FUNCTION and word not in HONORIFICS


def _name_start(tokens: list[tuple[str, int]], k: int) -> int:
    """The first token of the name before the keyword (k itself when there is none)."""
    first, j = k, k - 1
    while j >= 0 and k - j <= 10:  # no name is longer; an unbounded walk is quadratic in a run of capitals
        word = tokens[j][0]
        if _name_word(word):
            first = j
        elif word == "." and j > 0 and tokens[j - 1][0] in ABBREVIATED:
            pass  # "St. Vincent's"
        elif word in {"'", "’"} and j > 0 and tokens[j - 1][0].endswith("s"):
            pass  # "St Thomas' Hospital"
        elif word in {"and", "&"} and j > 0 and _name_word(tokens[j - 1][0]):
            pass  # "Guy's and St Thomas'"
        elif word == "of" and j > 0 and tokens[j - 1][0] in BEFORE_OF:
            pass  # "Our Lady of Lourdes"
        else:
            break
        j -= 1
    prev = tokens[first - 1][0] if first > 0 else ""
    if prev == "." and first > 1:
        prev = tokens[first - 2][0]
    if prev in HONORIFICS:
        return k  # "Mrs. Achieng Hospital number ...": a person, then a word of a label
    return first


def _continuation(tokens: list[tuple[str, int]], k: int, named_before: bool) -> int:
    """The last token of the name after the keyword: "Hospital for Sick Children", "Hospital Italiano".
    After a name ("Nairobi Hospital Dr Otieno") only a particle carries it on: "University Hospital of Wales"."""
    last, j = k, k + 1
    while j < len(tokens) and j - k <= 8:
        word = tokens[j][0]
        if word in HONORIFICS or (named_before and j == k + 1 and word.lower() not in PARTICLES):
            break
        if word[:1].isupper():
            last = j
        elif word.lower() in PARTICLES and j + 1 < len(tokens) and (
                tokens[j + 1][0][:1].isupper() or tokens[j + 1][0].lower() in PARTICLES):
            pass
        else:
            break
        j += 1
    return last


def _named(before: list[str], after: list[str], first: str, title: bool) -> bool:
    """Whether the words around the keyword name one hospital rather than describe a kind of one.
    FIRST is the keyword when no name comes before it ("Hospital Italiano"), else empty."""
    generic = words("hospital_words")
    common = english().lower
    heads = words("heads")

    def describes(w: str, english_too: bool = title) -> bool:
        word = re.sub(r"['’]s?$", "", w).lower()
        # Webster's lists few plurals: "Years" is common because "year" is
        return word in generic or (english_too and (word in common or word[-1:] == "s" and word[:-1] in common))

    if any(not describes(w) for w in before):
        return True  # "Groote Schuur Hospital", "Red Cross War Memorial Children's Hospital"
    if not after or after[-1].lower() in heads - generic:
        return False  # "the Hospital Anxiety and Depression Scale"
    particle = any(w.lower() in PARTICLES - {"and", "&", "the"} for w in after)
    names = [w for w in after if w[:1].isupper() and not describes(w)]
    if particle:
        return bool(names)  # "Hospital for Sick Children", "Hospital de Clínicas", "University Hospital of Wales"
    if first in BEFORE_NAME - {"Hospital"}:  # "Hôpital Necker", "Clínica Alemana": no English heading starts so
        return any(w[:1].isupper() and not describes(w, english_too=False) for w in after)
    # "Hospital Italiano", "Hospital Kuala Lumpur"; "Hospital Course" and "Hospital Day 3" are headings
    return first == "Hospital" and any(w.lower() not in common for w in names)
