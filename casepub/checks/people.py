"""Persons in clinical text: given names from the lists, names in context, CJK script and family-name-first order."""

from __future__ import annotations

import re
from itertools import takewhile
from collections.abc import Container
from typing import Iterator

from casepub.checks import gazetteer

KIN = (r"husband|wife|dtr|spouse|partner|son|daughter|mother|father|mum|mom|dad|brother|sister|sibling|twin|"
       r"grandmother|grandfather|grandson|granddaughter|grandchild|grandma|grandpa|granny|stepson|stepdaughter|"
       r"stepmother|stepfather|nephew|niece|aunt|uncle|cousin|fiancée?|boyfriend|girlfriend|godson|goddaughter|"
       r"(?:son|daughter|mother|father|brother|sister)-in-law|carer|caregiver|flatmate|roommate|housemate|kuia|koro|"
       r"whaea|tūpuna|tupuna")
KIN_ABROAD = ("figlia", "figlio", "moglie", "marito", "sorella", "fratello", "nipote", "hija", "hijo", "esposa", "esposo",
              "hermana", "hermano", "filha", "filho", "irmã", "irmão", "marido", "fille", "fils", "épouse", "époux",
              "sœur", "frère", "Tochter", "Sohn", "Ehefrau", "Ehemann", "Schwester", "Bruder", "dochter", "zoon",
              "echtgenote", "córka", "syn", "żona", "mąż", "anak", "isteri", "suami")
# "Linda Marsh", "João Pereira da Silva", "Aroha Te Whare": a given name from the name lists, then a surname.
PERSON = re.compile(r"(?<![\w-])(?<!\w['’])(?P<first>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\s+(?P<rest>(?:(?:da|de|dos|das|del|van|von|der|bin|ibn|al|"
                    r"le|la|di|du|Te)\s+)*[A-Z](?:[^\W\d_]+|['’][A-Z][^\W\d_]+)(?:[-'’][A-Z][^\W\d_]+)?"
                    r"(?:\s+[A-Z](?:[^\W\d_]+|['’][A-Z][^\W\d_]+))?)(?![\w'’-])")
# "Kofi and Kojo Asante", "Kojo Asante and Kofi": a given name joined to a full name is a person too.
BEFORE_PERSON = re.compile(r"(?<![\w-])(?<!\w['’])(?P<first>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\s+(?:and|&)\s+$")
AFTER_PERSON = re.compile(r"\s+(?:and|&)\s+(?P<first>[A-Z][^\W\d_]+)(?![\w'’-]|\s+[A-Z])")
# A given name alone, where the words around it can only describe a person: "Amina, a 7-year-old girl",
# "Tobias's mother", "accompanied by Amina", "Amina said".
VERBS = (r"was|is|had|has|said|says|reported|noticed|described|told|felt|feels|presented|returned|developed|"
         r"complained|came|went|wanted|asked|remembers|remembered|explained|thought|decided|agreed|declined|"
         r"underwent|recalls|recalled|writes|wrote|lives|lived|works|worked|attends|attended|can|could|will|would|"
         r"started|began|stopped|fell|cried|walked|refused|loved|tried|screamed|woke|missed|cannot|can't|doesn't|"
         r"didn't|won't|isn't|wasn't|screams|cries|wants|likes|hates|loves|needs|plays|sleeps|eats|refuses|gets|"
         r"confirmed|denied|denies|confirms|reports|states|stated")
GIVEN = re.compile(r"(?<![\w-])(?<!\w['’])(?P<first>[A-Z][^\W\d_]+)(?=,\s+(?:a|an)\s+[\w-]+-(?:year|month|week|day)-old\b"
                   r"|,\s+aged\s+\d|,\s+age\s+(?:9\d|1[0-4]\d)\b|\s+\(\d{1,3}\s*(?:years|yrs?|y|months?)\b|,\s+(?:his|"
                   r"her|their|the\s+patient['’]s)\s+"
                   r"(?:(?:eldest|elder|older|younger|youngest|only|adult|late|twin)\s+)?(?:" + KIN + r")\b"
                   r"|['’]s?\s+(?:" + KIN + r"|friend|teacher|school|nursery|carer|story|journey|recovery|fundraiser|"
                   r"birthday|wheelchair|classmates)\b"
                   # "Abdul, 12, was brought", "We thank Ahmed and his family"
                   r"|,\s+\d{1,2},\s+(?:was|is|had|has|presented|developed|a|an)\b"
                   r"|\s+and\s+(?:his|her|their)\s+(?:family|parents|children|" + KIN + r")\b)"
                   r"|(?:(?<=\bby\s)|(?<=\blittle\s)|(?<=\bbaby\s)|(?<=-year-old\s)|"
                   r"(?<=-month-old\s))(?P<by>[A-Z][^\W\d_]+)\b(?!\s+[A-Z]|\s+et\b)"
                   r"|(?:^|(?<=[.;!?]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\b[Ww]hen\s)|(?<=\b[Ww]hile\s)|(?<=\bthat\s)|"
                   r"(?<=\bAfter\s)|(?<=\bBefore\s)|(?<=\bOnce\s)|(?<=\bUntil\s)|(?<=\bBecause\s)|(?<=\bAlthough\s)|"
                   r"(?<=[,:]\s['‘\"“])|(?<=[—–]\s))"
                   r"(?P<subject>[A-Z][^\W\d_]+)(?=\s+(?:" + VERBS + r")\b)"
                   r"|\b(?:known\s+as|goes\s+by|called|surnamed|nicknamed|known\s+to\s+(?:everyone|all|her|his|the)"
                   r"(?:\s+\w+)?\s+as)\s+['\"“‘]?(?P<alias>[A-Z][^\W\d_]+)"
                   # a message's "hi its Thandiwe", "this is Maria from"
                   r"|(?:(?<=\bits\s)|(?<=\bit's\s)|(?<=\bit’s\s)|(?<=\bthis is\s)|(?<=\bits me\s)|"
                   r"(?<=\bit's me\s)|(?<=\bit’s me\s)|"
                   r"(?<=\bThis is\s))(?P<intro>[A-Z][^\W\d_]+)"
                   r"(?=\s*[,.!]|\s+-\s|\s+(?:here|from|again)\b)"
                   # a relative in the words of other languages: "figlia Graziella", "hija Rosa", "Tochter Anna"
                   r"|\b(?:" + "|".join(KIN_ABROAD) + r")\s(?P<abroad>[A-Z][^\W\d_]+)\b"
                   # a nickname in quotes before an age: "bed 4, 'Gladys', 93, for EOL care"
                   r"|(?<=['‘])(?P<quoted>[A-Z][^\W\d_]+)(?=['’],\s+\d{1,3},)"
                   r"|(?<=-year-old\s)(?P<aged>[A-Z][^\W\d_]+)(?=(?:\s+[A-Z][^\W\d_]+){0,3}\s+(?:was|is|had|has|"
                   r"presented|"
                   r"developed)\b)")
# Two capitalised words that no list or dictionary explains, at the start of a sentence or clause and
# followed by what only a person takes: "Kumudini Wickramasinghe (NIC ...)", "Luvuyo Mqhayi's ID",
# "Abebech Gebremariam, who", "Aikaterini Papadopoulou, 96,", "Delroy Campbell of Spanish Town", "Ji-hoon Park, 31,".
UNKNOWN_PAIR = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=,\s)|(?<=\band\s)|(?<=\bwith\s)|(?<=['\"‘“])|(?<=\bsaid\s)|"
                          r"(?<=\bsays\s)|(?<=\basked\s)|(?<=\bexplained\s)|(?<=\brecalled\s)|(?<=\bwrote\s))"
                          r"(?P<first>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+|-[a-z]{2,4}(?![\w-]))?)\s+"
                          r"(?:(?P<middle>[A-Z][^\W\d_]+)\s+)?"
                          r"(?P<last>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
                          r"(?=['’]s\s|\s+\(|,\s+(?:who|whose|a|an|aged|\d{1,3},)\s|,\s+\d{1,3}\s*(?:yrs?|years?|y/o|"
                          r"yo|y)\b|,\s+\d{1,2}/\d|\s+(?:" + VERBS +
                          r"|of|from)\b)")
# A name in a form's field: "Next of kin: Aroha Te Whata (daughter)", "Emergency contact: ...".
FIELD = re.compile(r"\b(?i:(?-i:Re)|next\s+of\s+kin|emergency\s+contact|contact\s+person|guardian|informant|"
                   r"patient(?:'s)?\s+name|name\s+of\s+(?:the\s+)?patient)\s*:\s*"
                   r"(?P<name>[A-Z][^\W\d_]+(?:['’-][A-Za-z][^\W\d_]*)*(?:\s+(?:(?:Te|de|da|van|von|bin|binti|al)\s+)?"
                   r"[A-Z][^\W\d_]+(?:['’-][A-Za-z][^\W\d_]*)*){0,3})")
# A relative's given name written in lower case, as in a patient's own words: "my daughter nadia".
KIN_LOWER = re.compile(r"\b(?:" + KIN + r")\s+(?P<name>[a-z][a-z'-]{2,})\b")
# Names written in lower case, as hurried notes do: "wife irene", "aunt, maryam", "mr banda", "pt (juma)",
# "daughter (mrs lindiwe dlamini, cell ...)", "ngozi, 14yo student". Only words no dictionary lists count.
LOWER_WORD = r"[a-zà-ÿ][^\W\d_A-Z]{2,}"
LOWER_NAMES = re.compile(
    r"\b(?:" + KIN + r"|neighbou?r|friend|driver|landlady|landlord|bro|sis|granny|gran|nan)\s*,?\s+(?:\(\s*)?"
    rf"(?:(?:mr|mrs|ms|miss)\.?\s+)?(?P<kin>{LOWER_WORD}(?:[ -]{LOWER_WORD}){{0,2}})"
    rf"|\b(?:mr|mrs|ms|miss|mx)\.?\s+(?P<honorific>{LOWER_WORD}(?:[ -]{LOWER_WORD}){{0,2}})"
    rf"|\b(?:pt|patient)\s*\(\s*(?:(?:mr|mrs|ms|miss)\.?\s+)?"
    rf"(?P<bracket>{LOWER_WORD}(?:[ -]{LOWER_WORD}){{0,3}})\s*[),]"
    rf"|(?:^|(?<=[.;]\s))(?P<lead>{LOWER_WORD}),\s+\d{{1,2}}\s?(?:yo|y/o|y|yr|yrs)\b")
# Words of the name lists that a note writes in lower case and the dictionary lacks ("hunter", French "le"): the
# other given names that are words ("will", "grace", "emailed") are already stopped as dictionary forms.
NAME_AND_WORD = {"hunter", "le"}
# A surname in capitals, then the given name, as on wristbands and forms: "NAKAMURA, Yoko".
CAPS_FIRST = re.compile(r"(?<![\w-])(?P<name>[A-Z]{2,}(?:-[A-Z]{2,})?,\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\b")
# "the Osei family": a surname from the lists before a word for relatives.
FAMILY = re.compile(r"\b[Tt]he\s+(?P<last>[A-Z][^\W\d_]+)\s+(?:family|household|twins|siblings|children|"
                    r"brothers|sisters|parents|couple)\b")
# "Wang Xiuying", "Park Ji-won", "Nguyen Thi Lan": a family name of the cultures that write it first, then one or
# two words shaped like a romanised Chinese, Korean or Vietnamese given name.
FAMILY_FIRST = re.compile(r"(?<![\w'’-])(?P<family>[A-ZĐ][^\W\d_A-Z]+)\s+(?P<given>[A-Z][^\W\d_]*(?:-[A-Za-z][^\W\d_]*)?"
                          r"(?:\s+[A-Z][^\W\d_]*)?)(?![\w'’-])")
SYLLABLE = (r"(?:zh|ch|sh|ng|nh|th|tr|kh|ph|gi|qu|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?[aeiouy]{1,3}"
            r"(?:ng|nh|ch|[nmckpt])?")  # no final l or r: "Silverman" is no romanised name
ROMANISED = re.compile(rf"{SYLLABLE}(?:-?{SYLLABLE}){{0,2}}")
# Herbal remedies read like names: "Huang Qi decoction".
REMEDY = re.compile(r"\s+(?:decoction|tang|wan|san|pills?|capsules?|tea|extract|granules?|root|powder)\b", re.I)
# "王秀英", "김민준": a run of Han or Hangul that starts with a family name, inside text written in Latin letters.
CJK = re.compile(r"(?<![\u4e00-\u9fff\uac00-\ud7a3])(?:[\u4e00-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4})"
                 r"(?![\u4e00-\u9fff\uac00-\ud7a3])")
# A name written in its own script inside English text: "Ольга Смирнова", "فاطمة الزهراني", "राहुल शर्मा".
# Cyrillic needs two capitalised words (a quoted Russian term is one lower-case word); scripts without
# capitals need a word of two letters or more.
SCRIPT_NAME = re.compile(r"(?<!\w)(?:[А-ЯЁІЇЄҐ][а-яёіїєґʼ'-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґʼ'-]+){1,2}"
                         r"|[\u0600-\u06FF\u0750-\u077F]{2,}(?:\s+[\u0600-\u06FF\u0750-\u077F]{2,}){1,3}"
                         r"|[\u0590-\u05FF]{2,}(?:\s+[\u0590-\u05FF]{2,}){1,3}"
                         r"|[\u0900-\u097F]{2,}(?:\s+[\u0900-\u097F]{2,}){1,3}"
                         r"|[\u0E00-\u0E7F]{2,}(?:\s+[\u0E00-\u0E7F]{2,}){1,3})(?!\w)")
# ... unless the text says it is a word: "the Hebrew word ...", "... (black seed) oil"
SCRIPT_TERM_BEFORE = re.compile(r"(?:word|words|term|called|known\s+as|means?|meaning|phrase|says?|said|wrote)"
                                r"\s*[:\"“‘']?\s*$", re.I)
SCRIPT_TERM_AFTER = re.compile(r"\s*[\"”’']?\s*\(\s*[a-z]")
# Words after a capitalised pair that make it a place, an organisation or an eponym, not a person.
NOT_SURNAME = {"Street", "Road", "Avenue", "Lane", "Hospital", "Clinic", "University", "College", "Institute",
               "School", "Centre", "Center", "City", "County", "District", "Valley", "River", "Lake", "Bay", "Island",
               "Mountain", "Mountains", "Park", "Harbour", "Harbor", "Beach", "Syndrome", "Disease", "Sign", "Scale",
               "Score", "Criteria", "Classification", "Trial", "Study", "Group", "Foundation", "Society", "Journal",
               # a method named after its makers: "Lee Silverman Voice Treatment"
               "Treatment", "Therapy", "Programme", "Program", "Method", "Technique", "Test", "Questionnaire",
               "Laboratories", "Laboratory", "Collection", "Pharmaceuticals", "Diagnostics", "Biosciences"}
# Words of notes and letters before a full name: "Pt Ruth Abramovitz", "Dear Ruth Abramovitz".
LEADS = {"Pt", "Patient", "Name", "Dear", "Signed", "Client", "Resident"}
# Words that open a sentence as an adverb or a medical term, not as a name: "Postoperatively, the patient's wife".
ADVERBIAL = re.compile(r"(?i:.+ly$|(?:post|pre|intra|peri|ante|trans|sub|inter|dermo|histo|immuno|derm|clinic).+)")


def people(text: str) -> Iterator[tuple[str, int]]:
    """(name, offset) for every person the name lists, the script or the words around a name reveal."""
    firsts, lasts, common = gazetteer.first_names(), gazetteer.last_names(), gazetteer.english().lower
    allowed, towns = gazetteer.places().allowed, gazetteer.places().towns
    for m in FAMILY.finditer(text):
        last = m.group("last")
        if last in lasts and last.lower() not in common and last not in allowed and last not in towns:
            yield last, m.start("last")
    yield from _family_first(text)
    yield from _cjk(text)
    yield from _other_scripts(text)
    if any(w in firsts for w in re.findall(r"[A-Z][^\W\d_]+", text)):  # most sentences name no one
        yield from _given_and_surname(text, firsts, lasts, common, allowed, towns)
    yield from _unknown_pairs(text, firsts, lasts, allowed, towns)
    for m in KIN_LOWER.finditer(text):
        name = m.group("name")
        if name.capitalize() in firsts and not _common_form(name, common) and name.capitalize() not in allowed:
            yield name, m.start("name")
    yield from _lower_case(text, firsts, lasts, common, allowed)
    for m in CAPS_FIRST.finditer(text):
        last, first = (part.strip() for part in m.group("name").split(","))
        if last.capitalize() in lasts and first in firsts and first.lower() not in common \
                and not re.match(r"\s+[a-z]", text[m.end():]):  # "BAL, Candida albicans": a species
            yield m.group("name"), m.start("name")
    for m in FIELD.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        if m.group().startswith("Re") and " " not in name:
            continue  # "Re: Pembrolizumab toxicity": a letter's subject names a person in two words or more
        if name not in allowed and name not in towns and first.lower() not in common \
                and not re.fullmatch(KIN, first.lower()) and (_given(first, firsts) or unknown_word(first)):
            yield name, m.start("name")
    for m in GIVEN.finditer(text):
        key = next(k for k in ("first", "by", "subject", "alias", "aged", "intro", "abroad", "quoted") if m.group(k))
        name = m.group(key)
        weak = key in ("by", "subject")  # a common word there is more often just a word
        # where only a person fits ("Chioma's grandmother", "Chioma, a 7-year-old"), a word no list knows is one
        # a word no list knows is a name there, but not an adverb or a medical word ("Postoperatively,",
        # "Postpartum, her elder sister"), nor a company ("Lilly stopped production")
        known = name in firsts or (key in ("first", "alias", "aged", "intro", "abroad", "quoted") and unknown_word(name)
                                   and not ADVERBIAL.match(name)) \
            or (key == "alias" and name in lasts
                and re.search(r"surnamed\s+['\"“‘]?$", text[max(0, m.start(key) - 12):m.start(key)]))
        if key == "alias" and re.match(r"['’]s\b", text[m.end():]):
            continue  # "the area known as Kiesselbach's plexus"
        if known and not (weak and name.lower() in common) and name not in allowed \
                and name not in gazetteer.words("not_names") \
                and not eponym(text, m.end()) and not (key == "by" and name in towns):
            yield name, m.start(key)


def _given_and_surname(text: str, firsts: Container[str], lasts: Container[str], common: Container[str],
                       allowed: frozenset[str], towns: Container[str]) -> Iterator[tuple[str, int]]:
    """"Linda Marsh", and a given name joined to it ("Kofi and Kojo Asante")."""
    pos = 0
    while (m := PERSON.search(text, pos)) is not None:
        pos = m.end()
        first, rest = m.group("first"), m.group("rest")
        surname = rest.split()[-1] if " " in rest else rest
        after = text[m.end():m.end() + 30]
        following = re.match(r"\s+([A-Z][a-z]+)", text[m.end():])
        if surname in gazetteer.words("not_names"):
            continue  # "Eli Lilly": a company
        if first == "An" and rest[:1] in "AEIOU":
            continue  # "An Inuit elder", "An Afghan refugee": the article
        if first in {"Al", "El"} and re.search(r"\b(?:in|near|outside|at)\s+$", text[max(0, m.start() - 8):m.start()]):
            continue  # "in Al Jaddaf": the Arabic article of a place
        if not _given(first, firsts):
            if first in LEADS:
                pos = m.start("rest")  # "Pt Ruth Abramovitz": the name starts at the next word
            continue
        if rest.split()[0] in NOT_SURNAME or surname in NOT_SURNAME or (
                following and following.group(1) in NOT_SURNAME):  # "Chris Hani Baragwanath Hospital"
            continue
        if re.match(r"\s*(?:et al|and colleagues|'s\b|’s\b)", after) or eponym(text, m.end()):
            continue  # "Smith et al.", an eponym
        lead = re.sub(r"^Te\s+", "", rest).split()[0]  # Maori surnames: "Te Whare"
        if first.lower() in common and lead not in lasts and lead not in firsts and not unknown_word(lead):
            continue  # "Rose", "Grace", "Hope", "Mere": only before a known name or one no list explains
        if lead in allowed or rest in allowed or f"{first} {rest}" in towns or f"{first} {rest}" in allowed or \
                (lead.lower() in common and lead not in lasts):
            continue  # "Santa Cruz", "Will Power"
        yield m.group(0), m.start()
        back = max(0, m.start() - 40)  # a given name is short: no need to search the whole text before
        left, right = BEFORE_PERSON.search(text[back:m.start()]), AFTER_PERSON.match(text[m.end():])
        for joined, offset in ((left, back), (right, m.end())):
            name = joined.group("first") if joined else ""
            if name in firsts and name.lower() not in common and name not in allowed and name not in towns:
                yield name, offset + joined.start("first")


def _given(word: str, firsts: Container[str]) -> bool:
    """A given name from the lists; a double one ("Klaus-Dieter", "Jean-Luc") when both halves are."""
    return word in firsts or ("-" in word and all(part in firsts for part in word.split("-")))


def _lower_case(text: str, firsts: Container[str], lasts: Container[str], common: Container[str],
                allowed: Container[str]) -> Iterator[tuple[str, int]]:
    """Names in lower case: the words of the name up to the first that no name list has or that a dictionary
    lists in any form ("chisomo", "denied", "hemizygous" and "sister" end it; so does "irene", in Webster's)."""
    for m in LOWER_NAMES.finditer(text):
        name = m.group(m.lastgroup)
        kept = []
        for word in re.split(r"(?<=[^ -])(?=[ -])", name):
            bare = word.strip(" -")
            listed = bare.capitalize() in firsts or bare.capitalize() in lasts
            if not listed or bare in NAME_AND_WORD or bare.capitalize() in allowed or _common_form(bare, common):
                break
            kept.append(word)
        if kept and not re.match(r"[.@_]\w", text[m.start(m.lastgroup) + len(name):]) and not (
                len(kept) == 1 and re.match(r"[.@_]\w", text[m.start(m.lastgroup) + len(kept[0]):])):
            yield "".join(kept), m.start(m.lastgroup)  # not "tom.brennan@...": an e-mail address


def _common_form(word: str, common: Container[str]) -> bool:
    """A common word, or one of its inflections ("burns", "lies", "mills")."""
    stems = {word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "",
             word[:-2] if word.endswith("ed") else "", word[:-1] if word.endswith("ed") else "",
             word[:-3] if word.endswith("ing") else "", word[:-3] + "y" if word.endswith("ied") else "",
             word[:-3] if word.endswith("ed") and word[-3:-2] == word[-4:-3] else "",  # "planned", "dropped"
             word[:-3] + "y" if word.endswith("ies") else ""}
    return any(stem and stem in common for stem in stems)


def _camel(word: str) -> bool:
    """An inner capital, as brand names have ("VapoRub"); not "McDonald", "MacLeod", "DeSouza"."""
    return bool(re.search(r"[a-z][A-Z]", word)) and not re.match(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz)[A-Z]", word)


def _unknown_pairs(text: str, firsts: Container[str], lasts: Container[str], allowed: frozenset[str],
                   towns: Container[str]) -> Iterator[tuple[str, int]]:
    for m in UNKNOWN_PAIR.finditer(text):
        first, last = m.group("first"), m.group("last")
        if not (unknown_word(first) or unknown_word(last)):
            continue  # two known words: the name lists decide (_given_and_surname)
        middle = m.group("middle")  # "Pema Lhamu Sherpa, a": a middle name, by the lists or unknown too
        if middle and not (middle in firsts or middle in lasts or unknown_word(middle)):
            continue
        # after two words no list knows, or a family name written last ("Ji-hoon Park"), any surname
        surname = last in lasts or unknown_word(last) or last in gazetteer.family_first() \
            or bool(middle and unknown_word(first) and unknown_word(middle))
        if not (_given(first, firsts) or unknown_word(first)) or not surname:
            continue
        korean = "-" in first and last in gazetteer.family_first()  # "Ji-hoon Park", not "Central Park"
        if f"{first} {last}" in towns or first in allowed or last in allowed or (last in NOT_SURNAME and not korean) \
                or eponym(text, m.end()) or _camel(first) or _camel(last):
            continue
        initials = re.match(r"\s*\(([A-Z]{2,5})\)", text[m.end():])
        if initials and initials.group(1).startswith(first[0] + last[0]):
            continue  # "Takotsubo Cardiomyopathy (TC)": a term and its abbreviation
        yield m.group(0), m.start()


def eponym(text: str, end: int) -> bool:
    """Whether a lower-case medical word follows the capitalised words at END: "Sister Mary Joseph nodule"."""
    # a bounded window and run of words: unbounded, a text of capitalised words made this quadratic
    after = re.match(r"(?:\s+[A-Z][^\W\d_]+){0,8}\s+([a-z]+)", text[end:end + 200])
    return bool(after) and after.group(1) in gazetteer.words("heads")


def unknown_word(word: str) -> bool:
    """A capitalised word that no dictionary, gazetteer or list of headings explains: in a person's place, a name."""
    dictionary = gazetteer.english()
    gaz = gazetteer.places()
    return (len(word) >= 3 and word[:1].isupper() and not word.isupper() and word.lower() not in dictionary.lower
            and word not in dictionary.proper and word not in gaz.allowed and word not in gaz.towns
            and word not in gazetteer.words("not_places") and word not in gazetteer.words("not_names"))


def _family_first(text: str) -> Iterator[tuple[str, int]]:
    families = gazetteer.family_first()
    # "Nguyễn" is "Nguyen" written with its tones
    if not any(w in families or gazetteer.plain(w) in families for w in re.findall(r"\b[A-ZĐ][^\W\d_A-Z]+\b", text)):
        return
    firsts, dictionary, gaz = gazetteer.first_names(), gazetteer.english(), gazetteer.places()
    for m in FAMILY_FIRST.finditer(text):
        if m.group("family") not in families and gazetteer.plain(m.group("family")) not in families:
            continue
        # "Chen Wei Hospital": only the words shaped like a given name
        given = list(takewhile(lambda w: _given_shape(w, firsts, dictionary), m.group("given").split()))
        if not given:
            continue
        name = f"{m.group('family')} {' '.join(given)}"
        end = m.start("given") + len(" ".join(given))
        following = re.match(r"\s+([A-Z][a-z]+)", text[end:])
        if name in gaz.allowed or name in gaz.towns or gazetteer.plain(name) in gaz.towns or REMEDY.match(text[end:]) \
                or eponym(text, end) or (following and following.group(1) in NOT_SURNAME) \
                or re.match(r"\s*(?:et al|and colleagues)", text[end:]):
            continue  # "Hong Kong", "Huang Qi decoction", "Chen Wei Hospital", "Li Na et al."
        yield name, m.start()


def _given_shape(word: str, firsts: object, dictionary: gazetteer.English) -> bool:
    """A romanised Chinese, Korean or Vietnamese given name: in the lists, or syllables no dictionary knows."""
    if word in firsts:
        return True
    plain = gazetteer.plain(word).lower()
    return bool(ROMANISED.fullmatch(plain)) and word.lower() not in dictionary.lower and word not in dictionary.proper



def _other_scripts(text: str) -> Iterator[tuple[str, int]]:
    if sum(c.isascii() and c.isalpha() for c in text) < 20:
        return  # a text written in that script is not one this check reads
    for m in SCRIPT_NAME.finditer(text):
        if not SCRIPT_TERM_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not SCRIPT_TERM_AFTER.match(text, m.end()):
            yield m.group(0), m.start()


def _cjk(text: str) -> Iterator[tuple[str, int]]:
    runs = list(CJK.finditer(text))
    latin = sum(c.isascii() and c.isalpha() for c in text)
    if not runs or latin < 20 or sum(len(r.group(0)) for r in runs) > 12:
        return  # a text written in Chinese or Korean is not one this check reads
    surnames = gazetteer.cjk_surnames()
    for m in runs:
        run = m.group(0)
        han = "\u4e00" <= run[0] <= "\u9fff"
        if (run[:2] in surnames and len(run) >= 3) or (run[:1] in surnames and len(run) <= (3 if han else 4)):
            yield run, m.start()

