"""The regular expressions of each identifier type, with the label and advice each finding carries."""

from __future__ import annotations

import re

from casepub.checks.gazetteer import UPPER
from casepub.checks.people import KIN
from casepub.checks.vocab import HONORIFIC, ID_VALUE, PARTS, SCHEMES, SCORES, STATES, STREET, SURNAME, US_STATES
from casepub.checks.when import AGE, DATE

__all__ = ["HONORIFIC", "PATTERNS"]

# (code, label, pattern, advice). Patterns were tuned on tests/fixtures/privacy/corpus.yaml, heldout.yaml and
# blind.yaml, then generalised; benchmarks/privacy.py prints recall and precision per code. Where a pattern
# needs context that is not part of the identifier, the identifier is the group "hit" (or "hit2", ...).
PATTERNS: list[tuple[str, str, re.Pattern, str]] = [
    DATE,
    AGE,
    ("phi-name", "a name", re.compile(
        rf"\b(?:{HONORIFIC})\.?\s+{SURNAME}"
        rf"|\b(?:{KIN}|friend|neighbou?r|boy|girl|child|patient|man|woman),\s+"
        rf"[{UPPER}][^\W\d_]+(?:\s+(?:(?:da|de|dos|das|del|van|von|der|den|ter|bin|binti|"
        rf"al)\s+){{0,2}}[{UPPER}][^\W\d_]+){{0,3}}(?=,)"
        rf"|\b(?:{KIN}|friend|neighbou?r|landlord|landlady|co-?worker|classmate),\s+"
        r"[A-Z][a-zà-ÿ][^\W\d_]*(?:-[A-Z][^\W\d_]+)?(?:\s+[A-Z][a-zà-ÿ][^\W\d_]*(?:-[A-Z][^\W\d_]+)?){0,3}"
        r"(?=,|\)|;|\.(?:\s|$)|\s*\((?!(?:19|20)\d\d|[Ff]ig))"
        rf"|\b(?:{KIN}|friend|neighbou?r|colleague|co-?worker)\s+(?:(?:{HONORIFIC}|Dr|Dra|Prof)\.?\s+)?(?!(?:and|or|"
        rf"was|"
        rf"is|had|has)\b)[A-Z][^\W\d_]+"
        # a relative's word capitalised where a line starts: "Mother Ngozi Okonkwo-Eze, 0803" (not "Mother Deceased")
        r"|(?:^|(?<=[.;|:]\s))(?:Mother|Father|Husband|Wife|Son|Daughter|Mum|Dad|Granddaughter|Grandson|Carer)\s+"
        r"(?P<hit53>[A-Z][a-z][^\W\d_]*(?:-[A-Z][^\W\d_]+)?(?:\s+[A-Z][a-z][^\W\d_]*(?:-[A-Z][^\W\d_]+)?)?)"
        r"|\b(?:whose|[Hh]is|[Hh]er|[Mm]y|[Tt]heir)\s+(?:first\s+|given\s+|full\s+)?name\s+(?:is|was)\s+[A-Z][a-z]+"
        # a label printed in capitals: "SURNAME HALVORSEN FIRST GUNNHILD"
        r"|\b(?-i:SURNAME|LAST\s+NAME|FIRST\s+NAME|FIRST:|FORENAME|GIVEN\s+NAME|(?<=[A-Z]\s)FIRST(?=\s[A-Z]+\s+DOB))"
        r"\s*:?\s+(?P<hit56>(?-i:[A-Z]{2,}(?:[-'][A-Z]+)?))\b"
        # Burma's "U Aung Ko Ko": the honorific before a name of two words or more (not "10 U Lantus")
        r"|(?<![\d\w]\s)\bU\s+(?P<hit57>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})"
        # a patronymic that says a name: "Əliyev Rauf Nadir oğlu", "Asanov Bakyt uulu"
        rf"|\b(?:[{UPPER}Ə][^\W\d_]+\s+){{1,3}}(?:oğlu|qızı|ogly|kyzy|uulu|ugli|qizi)\b"
        # "the patient (Maria) reported"; a form's "Name: Olusegun Adebayo"; initials before what a person does
        rf"|\b[Bb]aby\s+(?:boy|girl)\s+(?P<hit12>{SURNAME}(?:\s+{SURNAME})?)"
        r"|\b(?:twins|siblings|children|sons|daughters|brothers|sisters|grandchildren),\s+"
        r"(?P<hit13>[A-Z][^\W\d_]+\s+(?:and|&)\s+[A-Z][^\W\d_]+)"
        rf"|\b(?:patient|{KIN}|child|boy|girl|baby|infant)\s*\((?P<hit9>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[),]"
        r"|(?:^|(?<=\n)|(?<=;\s))(?i:name)\s*:\s*(?P<hit10>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,3})"
        r"|(?:^|(?<=[.;:]\s)|(?<=\(\s)|(?<=\())(?!(?:U\.S|U\.K|E\.U|U\.N|D\.C|N\.Y|L\.A)\.)"
        r"(?P<hit11>[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)(?=,?\s+(?:a|an|aged)\s)"
        r"|\b(?:patient|Patient|pt)\s+(?:named\s+)?(?P<hit17>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)\b"
        r"|\b(?:Patient|Name|Pt|PATIENT|NAME|PT)\.?\s*:?\s+(?P<hit14>[A-Z]{2,}(?:-[A-Z]{2,})?,\s+(?:[A-Z][a-z]+|"
        r"[A-Z]{3,}))"
        rf"|\b(?:[Ll]abell?ed|[Rr]eads?|Patient\s*:|Name\s*:|Pt\s*:)\s+['‘\"“]?(?P<hit18>[{UPPER}][a-z][^\W\d_]+,\s+"
        r"(?:[A-Z]\.|[A-Z][a-z]+))"
        rf"|\b(?:{HONORIFIC}|Dr|Prof)\.?\s+(?:[A-Z]\.\s?){{1,3}}(?![A-Za-z])"
        rf"|\b(?:patient|initials)\s+(?:[A-Z]\.\s?){{2,3}}"
        rf"|\b(?:named|nicknamed)\s+[A-Z][^\W\d_]+|\b(?:Dr|Dra|Prof|Professor|Doctor)\.?\s+{SURNAME}"
        # "Ramesh s/o Gopal Yadav", "Nasreen Bibi w/o Muhammad Aslam": son, wife or daughter of
        r"|\b(?P<hit42>[A-Z][a-z][^\W\d_]*(?:\s+[A-Z][a-z][^\W\d_]*){0,2})(?=\s+[sdw]/o\s+[A-Z])|"
        r"(?<=[sdw]/o\s)(?P<hit43>[A-Z][a-z][^\W\d_]*(?:\s+[A-Z][a-z][^\W\d_]*){0,2})"
        r"|\b(?:surname|family\s+name|maiden\s+name|née|nee|born)\s+(?P<hit19>[A-Z][a-zà-ÿ][^\W\d_]+"
        r"(?:-[A-Z][^\W\d_]+)?)\b(?![-\w])"
        r"(?!\s+(?:in|on|at|\d))"
        r"|\((?!" + SCORES + r")(?P<hit20>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s*\d{1,2}\)"),
     "refer to 'the patient' (or 'Patient 1' in a series), never by name or initials"),
    ("phi-contact", "contact details", re.compile(
        r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
        r"|(?:\+\d{1,3}[\s.-]?|\b1-)?\(?\b\d{3}\)?[\s.·-]\d{3}[\s.·-]\d{4}\b"
        # a country code, then groups of any length: "+44 20 7946 0321", "+91 98450 23716" (8 digits or more)
        r"|\+(?=(?:[\s.()-]*\d){8})\d{1,3}(?:[\s.-]?\(\d{1,4}\))?(?:[\s.-]\d{1,8}){1,5}\b"
        # the international prefix written 00: "0049 89 1234567"
        r"|(?<![\w.])(?<!\d )00[1-9]\d{0,2}(?=(?:[\s.-]?\d){8})(?:[\s.-]\d{1,8}){1,5}\b"
        # an address spelled out against harvesters: "maria dot lopez at gmail dot com"
        r"|(?i:(?<![\w.])\w[\w.]{0,40}(?:\s+(?:dot|\[dot\]|\(dot\))\s+\w{1,40}){0,3}\s+(?:at|\[at\]|"
        r"\(at\))\s+[\w-]{1,40}"
        r"\s+(?:dot|\[dot\]|\(dot\))\s+(?:com|org|net|edu|gov|info|[a-z]{2})\b)"
        # "kiri.paewai AT gmail.com": a mail provider's address with "at" for "@"
        r"|(?<![\w.+-])[\w.+-]{2,64}\s+(?:at|AT|At)\s+(?i:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|"
        r"me|aol|proton|protonmail|gmx|web|mail|yandex|qq|163|126|naver|daum|hanmail|rediffmail|sapo|orange|free|"
        r"laposte|wanadoo|libero|virgilio|t-online|seznam|wp|o2|btinternet|sky|bigpond|xtra|uol|bol|terra|"
        r"mweb|telkomsa|zoho)(?:\.[a-z]{2,4}){1,2}\b"
        # a number spelled out in words: "zero seven seven zero one, four four two, eight one nine"
        r"|(?<!\bspan\s)(?<!\brepeated\s)(?<!\brecalled\s)(?<!\bforwards\s)(?<!\bbackwards\s)"
        r"(?i:\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)(?:[\s,-]+(?:zero|oh|nought|one|two|"
        r"three|four|five|six|seven|eight|nine|double\s+\w+|triple\s+\w+)\b){6,})"
        r"|(?<![\w.])\(0\d{1,4}\)\s?\d{3,4}[\s-]?\d{3,4}\b"
        # "her only contact is 8118 4093"; an Indian mobile in two fives, "98450 12277"; a Skype ID, "live:.x_91"
        r"|(?<=\bcontact\sis\s)\+?\d[\d\s-]{6,14}\d\b"
        r"|(?:(?<=\bfrom\s)|(?<=\bon\s)|(?<=\bph\s)|(?<=\bmob\s)|(?<=\bcall\s)|(?<=\bnumber\s)|(?<=\bmobile\s))"
        r"[6-9]\d{4} \d{5}\b(?![.,/]?\d)"
        r"|\blive:\.?(?=[\w.-]*[\d_.])[A-Za-z][\w.-]{2,}"
        # three digits and three pairs after a word of calling: "at home on 968 23 41 70"
        r"|(?<=\bon\s)(?<![\d.,/])\d{3} \d{2} \d{2} \d{2}\b(?![.,/]?\d)"
        # a number marked as a handphone's, home's or work's after it: "9123 4408 (hp)"
        r"|(?<![\d.,/])\d{3,4}[\s-]?\d{4}(?=\s*\((?:(?i:hp|mob|cell|home|work)|(?-i:H|W|M))\))"
        # an area code without its 0, as in Brazil and Argentina: "(11) 98765-4321"; not "(12) 1990-2000"
        r"|(?<![\w.])\(\d{2,3}\)\s?(?!(?:19|20)\d\d[\s-](?:19|20)\d\d\b)\d{4,5}[\s-]\d{4}\b"
        r"|(?<![\w.])0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b|(?<![\w.])0[1-9]\d{8,10}\b"
        r"|(?<![\w.-])0\d{1,4}-\d{3,4}-\d{4}\b"  # Japan: "03-5800-8715"
        # pairs after a triple, as in Poland, Switzerland, Belgium ("12 424 76 00"), or a French 0 and four pairs;
        # a run of equal pairs ("weeks 12 24 36 48") is a list, not a number
        r"|(?<![\d.,/])\b\d{2,3} \d{3} \d{2} \d{2}\b(?![.,/]?\d)|(?<![\d.,/])\b0\d(?:[ .]\d{2}){4}\b(?![.,/]?\d)"
        r"|\b1[3-9]\d[\s-]\d{4}[\s-]\d{4}\b"  # a Chinese mobile: "138 0013 8000"
        # a Turkish mobile "0532 771 40 28"; an Indian one with its 0, "098450 31762"; "+33 (0)4 72 11 63 08"
        r"|(?<![\w.])0\d{3} \d{3} \d{2} \d{2}\b|(?<![\w.])0[6-9]\d{4} \d{5}\b"
        r"|\+\d{1,3}\s?\(0\)\d{1,4}(?:[\s.-]\d{1,8}){1,5}\b"
        r"|(?<![\w.+-])[\w.+-]{1,64}\s?(?:\[at\]|\(at\))\s?[\w-]+(?:\.[\w-]+)+"
        # the label may start a caption or a line: "Fax: 089 4400 73312", "Tel. 021-5673-2290"
        r"|\b(?i:phone|telephone|mobile|cell\s+phone|contact)\s+(?:number|no\.?)\s*[:,]?\s*(?:is\s+|"
        r"was\s+)?[\d()+][\d\s().+-]{6,}\d"
        r"|\b(?i:phone|telephone|tel|t[ée]l|fax|mobile|(?-i:cell)|cellphone|landline|(?-i:Ph|HP|hp)|mob|hotline|"
        r"WhatsApp|Viber|"
        r"cel|celular|handphone|m[óo]vil|tlf|telf|gsm|"
        r"call(?:ed|s|ing)?(?:\s+(?:from|on|at))?|"
        r"(?:reached|contacted|contact|texted|text)\s+(?:at|on)|dial(?:l?ed)?)\b\.?:?,?\s*(?:is\s+|was\s+)?"
        r"(?:\((?i:h|w|m|home|work|mob|cell)\)\s*)?(?!\d{1,2}/\d{1,2}/\d{2,4}\b)[\d(+][\d\s().+/-]{6,}\d"
        # a note's "ph 9274118": digits only, as "ph 7.35" is an acidity
        r"|\bph\.?:?\s*(?P<hit5>\d[\d\s-]{5,}\d)\b(?![.,]\d)"
        # the second number of a pair: "Ph (H) 9 4471 2280 (W) 9 4471 3391"
        r"|(?<=\s)\((?-i:H|W|M|Mob|Home|Work|Cell)\)\s*(?![\d\s]*\.\d)(?=(?:[\s()+/-]*\d){7})[\d(+][\d\s()+/-]{6,}\d"
        # "02 9382 4471" (Australia); "8 (701) 544-83-19" (Russia, Kazakhstan)
        r"|(?<![\w.])0\d[\s-]\d{4}[\s-]\d{4}\b|(?<![\w.])0\d{1,3}-\d{2,3}(?:\s\d{2}){2,3}\b"
        r"|(?<![\w.])0\d{3}(?: \d{2}){3}\b(?! \d)|(?<![\w.])0\d-\d{3}[\s-]?\d{4}\b"  # "0590 82 14 67", "07-862 4417"
        r"|(?<![\w.])0\d \d{3} \d{4}\b(?![ .,]\d)"  # "09 276 1184" (New Zealand)
        # "neighbour 9876-5412", "work 4471 2280": a local number after whose it is
        r"|\b(?:neighbou?r|home|work|office|mob|cell|landline|number\s+(?:as|is|was)|(?:" + KIN + r"))\s+(?:on\s+)?"
        r"(?!(?:19|20)\d\d[-\s](?:19|20)\d\d\b)(?P<hit6>\d{4}[-\s]\d{4})\b(?![-./]\d)"
        # a Spanish or Portuguese mobile in a list of numbers: "968 27 41 53 and 651 803 492"
        r"|(?:(?<=\band\s)|(?<=\bor\s)|(?<=\bon\s)|(?<=:\s)|(?<=\())(?P<hit7>[679]\d{2} \d{3} \d{3})\b(?![ .,]\d)"
        r"(?!\s*(?:people|patients|cases|cells|copies|IU|units|inhabitants|USD|EUR|CFA|CFU|francs|dollars|euros|"
        r"[a-zµ]+/))(?!\d{3} 000\b)(?<!000 000)"
        r"|(?:\b[78]\s?)?(?<!\w)\((?!(?:19|20)\d\d\))\d{3,5}\)\s?\d{2,4}-\d{2}-\d{2}\b"
        # an Indian mobile, five and five: "98450 17732"; not counts in a list ("platelets 98000 65000 75000")
        r"|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bis\s)|(?<=\bas\s)|(?<=:\s)|(?<=,\s)|(?<=\()|(?<=\)\s)|(?<=\bno\s)|"
        r"(?<=\bno\.\s)|(?<=\bnumber\s))"
        r"(?![6-9]\d{2}00\b)[6-9]\d{4} (?!\d{3}00\b)\d{5}\b"
        r"(?![.,/]?\d)(?! \d)"
        # an IPv6 address: hexadecimal groups with a letter or "::" ("2a02:8108:4bc0:2e1::17"), not a time
        r"|(?<![\w:])(?=[0-9a-fA-F:]*(?:[a-fA-F]|"
        r"::))(?=[0-9a-fA-F]{1,4}:)(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{1,4}(?![\w:])"
        # an IP address; "GATK 4.2.6.1" is a version
        r"|\b(?:25[0-5]|2[0-4]\d|1?\d\d)\.(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){2}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"
        # a local number after a call: "phoned the ward on 555-0178"
        r"|\b(?:phoned|rang|called|texted|phones|rings|calls)\b[^.;\d]{0,30}?\b(?:on|at)\s+(?P<hit2>\d{3}[-\s]\d{4})\b"
        r"|(?<![\d)]\s)\b(?:ext(?:ension)?|bleep|pager)\.?\s*:?\s*\d{3,6}\b"  # (after a number, that number's)
        # a messenger's user ID: "the Line app ID somchai_k1946"
        r"|\b(?:Line|LINE|WeChat|WhatsApp|Telegram|Skype|Viber|KakaoTalk|Zalo|Signal)\s+(?:app\s+)?(?i:ID|handle|username|"
        r"account)"
        r"\s*:?\s*\(?\s*(?P<hit3>[\w.-]{4,})"
        # a messenger's name, then an ID that has a digit, a dot or an underscore: "WeChat xiulan_hz1952",
        # "Skype: mohammed.alharbi.88", "LINE (ID: sunisa_p44)"
        r"|\b(?:Line|LINE|WeChat|WhatsApp|Telegram|Skype|Viber|KakaoTalk|Zalo)\s*(?:\(\s*(?i:ID|handle)\s*:?\s*|:\s*|"
        r"\s+)"
        r"(?P<hit4>(?=[\w.-]*[A-Za-z])[A-Za-z0-9][\w.-]*[\d_.][\w.-]*[A-Za-z0-9])"
        # a social-media handle, named as one: a bare "@key" is a pandoc citation
        r"|\b(?i:handle|username|user\s+name|account|profile|instagram|twitter|tiktok|facebook|telegram|snapchat|"
        r"(?-i:IG|FB))"
        r"\W+(?:(?:is|was|on|at|as)\s+)?(?P<hit>@[A-Za-z_][\w.]{2,}\w)"),
     "delete it: no telephone, fax, e-mail or IP address of the patient belongs in the text"),
    ("phi-contact", "a web address", re.compile(
        # not a government's, an international body's, a university's or a DOI's: public sources
        # (anchored where a word starts: unanchored, it ran at every character and was quadratic in a long word)
        r"(?<![\w.-])(?!(?:https?://)?(?:www\.)?(?:[\w-]+\.)*(?:[\w-]+\.(?:gov|int|edu|mil)(?:\.[a-z]{2})?|doi\.org)"
        r"(?![\w-]|\.\w))"
        r"(?:\bhttps?://[^\s)\]>]+|\bwww\.[\w-]+\.[^\s)\]>]+"
        r"|(?<![\w.-])(?:[\w-]{1,63}\.){1,6}(?:com|org|net|io|me|co|info|social|app|tv|us|uk)/[^\s)\]>]+"
        # a personal page's host without a path: "peaudenadia.wordpress.com"
        r"|(?<![\w.@-])[\w-]{2,63}\.(?:wordpress|blogspot|tumblr|substack|wixsite|weebly|github|carrd|squarespace|"
        r"webnode|over-blog|jimdosite)\.(?:com|io|co|fr|de)\b|\blinktr\.ee/[\w.]+|\byoutu\.be/[\w-]+)"),
     "if it is the patient's own page or account, delete it; cite public sources in references.yaml"),
    ("phi-id", "an identifying number", re.compile(
        r"\b\d{3}-\d{2}-\d{4}\b|\bSSN\s*:?\s*(?:xxx|XXX|\*\*\*)-(?:xx|XX|\*\*)-\d{4}\b"
        r"|\b(?:" + SCHEMES + r")\b"
        r"(?:\s+card)?(?:\s+(?:number|no\.?|num\.?|ID|identifier|#))?\s*[:#]*\s*(?:is\s+|was\s+|as\s+)?"
        # a number in dotted groups whole ("BSN 1992.84.331", "DNI 28.441.903"), not its first group
        r"(?:\d{1,4}(?:\.\d{2,4}){2,3}(?:-\d{1,2})?\b|" + ID_VALUE + r"(?!\.\d))" +
        # after a comma or a bracket only a long number: "her PESEL, 28030214587", "Aadhaar (4829 1170 6635)"
        r"|\b(?:" + SCHEMES + r")\b(?:\s+card)?(?:\s+(?:number|no\.?|ID))?\s*[,(]\s*"
        r"(?!(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b)(?P<hit41>(?-i:[A-Z]{0,3})\d(?:[ .-]?\d){6,}(?-i:[A-Z])?)\b" +
        r"|\b(?:NHS|NHI|SSN|MRN|Medicare|Medicaid|Aadhaar|CPF|PESEL|BSN|NRIC|HKID|OHIP)\s+(?:card\s+)?(?:number|no\.?)"
        r"\s*,\s*(?P<hit7>\d[\d ]{5,}\d)\b" +
        # Latin American identity numbers written with dots: "cédula 1.019.284.553", "RUT 12.345.678-5"
        r"|\b(?:c[ée]dula|tarjeta|(?-i:RUT|RUN|CUIL|CUIT|DNI|CPF|RG|CC))\s*(?:de\s+(?:ciudadan[íi]a|"
        r"identidad)\s*)?(?:n[º°o]\.?\s*)?"
        r"[:#,]?\s*\(?(?P<hit6>\d{1,3}(?:\.\d{3}){2,3}(?:-[\dkK]{1,2})?|\d{1,3}(?:-\d{3,7}){1,2}(?:-[\dkK])?)\b" +
        # ordinary words, which need 'number', 'no.', 'ID' or '#' before the value
        r"|\b(?:medical\s+record|record|hospital|hosp\.?|chart|account|acct\.?|health[- ]plan|member|policy|unit|"
        r"beneficiary|insurance|health\s+card|ID\s+card|identity\s+card|national\s+ID|national\s+identity|identity|"
        r"patient|case|accession|social\s+security|IP|OP|inpatient|outpatient|registration|licen[cs]e|"
        r"passport|serial|lot|batch|device|plate|tax|voter|employee|student|specimen|sample|slide|block|biopsy|"
        r"pathology|lab|laboratory|referral|claim|medical\s+aid|NPI|DEA|IMEI|NHIF|NI|unique|ID)"
        r"\s+(?:card\s+)?(?:number|no\.?|num\.?|ID|identifier|#)\s*[:#]*,?\s*(?:is\s+|"
        r"was\s+)?(?:\((?=[A-Z0-9-]{4}))?" + ID_VALUE +
        # the numbers of an insurance card: "group number 604411", "plan ID XJ-2291", "Rx BIN 610014"
        r"|\b(?:group|plan|subscriber|payer|Rx\s?BIN|Rx\s?GRP|PCN)\s+(?:number|no\.?|num\.?|ID|#)\s*[:#]*,?\s*"
        r"(?:is\s+|was\s+)?(?=[A-Z0-9-]{4})" + ID_VALUE +
        # a pathology accession: the lab-year shape anywhere ("S21-40877", "SP22-1187"), any shape after its word
        r"|\b(?-i:[A-Z]{1,3}-?\d{2}-\d{4,6})\b(?!-)"
        r"|\b(?-i:(?!(?:IEC|IRB|REC|HREC|MREC|ERC|CEC|CEI|CEP|EC|ICMR|MRC|NIH|WHO|NHS|MDCG|EMA|FDA)/)"
        r"[A-Z]{1,4}/(?:(?:19|20)\d\d/\d{3,7}|\d\d/\d{4,7}))\b"  # "BX/2020/00713", "H/24/05531": lab, year, number
        # a code with the year in the middle: "TX-2024-00915"; not an approval ("IEC-2022-045")
        r"|\b(?-i:(?!(?:IEC|IRB|REC|HREC|MREC|ERC|CEC|CEI|CEP|EC|ICMR|MRC|NIH|WHO|NHS|EMA|FDA|SARS|ISO|EN)-)"
        r"[A-Z]{1,4}-(?:19|20)\d\d-\d{3,7})\b(?!-)"
        r"|\b(?:specimen|accession|biopsy|cytology|pathology|"
        r"lab)\s*[:#(]?\s*(?P<hit5>\d{2,4}-(?-i:[A-Z]{1,4})-\d{3,7})\b"
        # a group number with its leading zero: "group 00417"
        r"|\b(?:group|grp)\s+(?P<hit4>0\d{3,9})\b"
        # schemes whose acronym is also a medical word ("NSS", normal saline) need a long number after them
        r"|\b(?:(?-i:NSS|FNR|IPP|NIR|IMSS|TCKN|RRN|INSEE|CIN|CNI|TAJ|HN|RAMED|CPR)|TC\s+kimlik|rodn[ée]\s+[čc][íi]slo|"
        r"carnet\s+de\s+identidad|cart[ãa]o\s+nacional\s+de\s+sa[úu]de|polisnummer)"
        r"(?:\s+(?:card\s+)?(?:number|no\.?|nr\.?))?(?:\s+(?:of|is|"
        r"was))?\s*[:#,]?\s*(?P<hit10>(?-i:[A-Z]{0,3})\d(?:[ /.-]?\d){6,}"
        r"(?:\s(?-i:[A-Z]{2}))?)\b"
        r"|\bpassport\s+(?:(?:no\.?|number)\s*)?(?P<hit11>(?-i:[A-Z]{1,2}\s?\d{6,9}))\b"
        r"|\bNHI(?:\s+(?:number|no\.?))?\s*[:,(]?\s*(?:is\s+|was\s+)?(?P<hit47>(?-i:[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z\d]{2}))\b"
        r"|\b(?-i:CIN|CNIE)\s*(?:(?:no\.?|n[º°])\s*)?[:#]?\s*(?:is\s+|was\s+|as\s+)?"
        r"(?P<hit45>(?-i:[A-Z]{1,2})\s?\d{5,8})\b"
        # a vehicle identification number has 17 characters ("VIN 2/3" is a vulvar neoplasia's grade)
        r"|\b(?-i:VIN)\s*[:#]?\s*(?P<hit44>(?-i:[A-HJ-NPR-Z0-9]{17}))\b"
        # vehicle plates of Kenya and Nigeria: "KCB 771Q", "LND 418 KJ"
        r"|\b(?-i:K[A-Z]{2}\s?\d{3}[A-Z]|[A-Z]{3}\s\d{3}\s(?!IU\b)[A-Z]{2})\b"
        r"|\bH/No\.?\s*[:#]?\s*(?P<hit12>\d{5,})\b"
        # a device's unique identifier in the GS1 form, "UDI (01)00884838047112"; a serial number of digits after "SN"
        r"|\bUDI\s*[:#]?\s*(?P<hit8>\(\d{2}\)\d{8,16}(?:\(\d{2}\)[\w-]+)*)|(?-i:\bSN)\s*[:#]?\s*(?P<hit9>\d{5,}|"
        r"(?<=:\s)(?-i:[A-Z]{1,3})\d{5,}(?-i:[A-Z])?)\b"
        # a British number plate: "KX19 HBN"
        r"|\b(?-i:[A-Z]{2}\d{2}\s[A-Z]{3})\b"
        r"|\b(?:specimen|accession|biopsy|block|slide|cytology|pathology)\s*[:#(]?\s*"
        r"(?P<hit>(?!(?:19|20)\d\d[-/](?:19|20)?\d\d\b)(?-i:[A-Z]{0,4}-?\d{2,4}[-/][A-Z]?\d{3,7}))\b"
        r"|\b(?:driver'?s|driving|drivers)\s+licen[cs]e\s*[(:,]?\s*(?:number\s+|no\.?\s+)?(?:is\s+|was\s+|as\s+)?"
        r"(?P<hit3>(?=[A-Z0-9-]{5})" + ID_VALUE + ")" +
        r"|\b(?:passport|serial|lot|batch|(?-i:SN))\s+(?:is\s+|"
        r"was\s+)?(?-i:(?=[A-Z-]*\d)(?=\d*[A-Z])[A-Z0-9][A-Z0-9-]{4,})\b"
        # vehicle plates: named as one, or in the Indian shape (state, district, series, number)
        r"|\b(?:vehicle|car|motorcycle|motorbike|scooter)\s+registration\s*(?:(?:number|no\.?|plate)\s*)?[:,]?\s*"
        r"(?:is\s+|was\s+|as\s+)?" + ID_VALUE +
        r"|\b(?:vehicle|car|licen[cs]e|number|registration|motorcycle|motorbike|scooter|trailer|truck|lorry|van|"
        r"taxi|bus)\s+plate\s+"
        r"(?:(?:number|no\.?)\s+)?(?:is\s+|was\s+)?" + ID_VALUE +
        r"|\b(?-i:[A-Z]{2}[ -]?\d{2}[ -]?[A-Z]{1,3}[ -]?\d{4})\b"
        # "Romanian plates B-207-XKV", "plate 4417KR": letters and digits after the word
        r"|\bplates?\s+(?:(?:number|no\.?)\s+)?(?P<hit46>(?-i:[A-Z]{1,3}[- ]?\d{1,4}[- ]?[A-Z]{1,3}|"
        r"\d{1,4}[- ]?[A-Z]{1,3}[- ]?\d{1,4}|\d{3,4}[A-Z]{2,3}|[A-Z]{1,3}[- ]?\d{5,7}))\b"
        # Belgium's national register number: "29.03.11-224.57"
        r"|\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b"
        # a French social security number (NIR) as written, in groups: "2 47 03 75 112 034 51"
        r"|\b[12] \d{2} (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d{2}|2[AB]) \d{3} \d{3}(?: \d{2})?\b"
        # a passport's shape: one capital letter and seven or eight digits ("X49203817")
        r"|\b(?-i:[A-Z]\d{7,8})\b"
        # a scheme the list lacks, named by its acronym: "her CURP GAMR270312MDFRRS05"
        r"|\b(?:his|her|their|the\s+(?:patient|child|infant|baby|mother|father)'s)\s+(?-i:[A-Z][A-Za-z]{1,9})\s+"
        r"(?:(?:number|no\.?|ID|#)\s*)?(?-i:(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,})\b"
        r"|\b(?:MRN|chart|record|account|acct|policy|hospital|patient|grp|member|Hasta\s+No|encounter|(?-i:MR(?=#))|"
        r"processo)\s*[:#]+\s*(?!\d{1,3}[-\s](?:year|yr|month|week|day)|"
        r"[FM]/\d|\d{1,2}[-–]\d{1,2}\s)(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{2,}\b"
        # the label's word straight before a long number: "billing account 004-339817-22", "chart 0048812"
        r"|\b(?:account|acct|record|chart|policy|member|claim|folio|register\s+number|registro|prontu[áa]rio|"
        r"ficha(?:\s+cl[íi]nica)?|historia(?:\s+cl[íi]nica)?|afiliado|encounter|(?-i:UR|HC|Enc))"
        r"(?:\s+(?:is|was))?(?:\s*:)?\s+\(?(?:n\.?\s?[º°o]\.?\s*)?"
        r"(?P<hit2>(?!(?:19|20)\d\d[-\s](?:19|20)?\d\d\b)(?=(?:[\s-]?\d){6})\d(?:[\d-]|\s(?=\d{3})){4,}\d|\d{1,3}(?:\.\d{3}){1,3}-[\dkK]"
        r"|\d{1,3}(?:\.\d{3}){2,3}"
        r"|(?-i:(?!NCT|ISRCTN|ACTRN|EudraCT|EUCTR|CTRI|DRKS|ChiCTR|JPRN|UMIN|PACTR|IRCT|TCTR|SLCTR|KCT|CTIS|IRB|"
        r"ECG)(?=(?:[A-Z-]*\d){6})[A-Z][A-Z0-9]*-[A-Z0-9-]*[A-Z0-9]))\b"
        # a long code of letters and digits mixed, as national and insurance numbers are
        r"|\b(?-i:(?!NCT|ISRCTN|ACTRN|ENS|CRD|CTRI|DRKS|EUCTR|ChiCTR|DOB)(?=(?:[A-Z]*\d){4})(?=(?:\d*[A-Z]){4})"
        r"(?=[A-Z]+\d+[A-Z]+\d*)[A-Z0-9]{12,24})\b",
        re.IGNORECASE),
     "delete the number: record, account, plan, licence, device and serial numbers identify the patient"),
    ("phi-location", "a place", re.compile(
        rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:(?:[NSEW]|N[EW]|S[EW])\.?\s+)?(?:(?:[A-Z][a-z]+|of|the|de|la)\s+){{0,3}}"
        rf"[{UPPER}][^\W\d_]+(?:-[A-Z][a-z]+)?\s+{STREET}"  # "2231 N. Halsted Street", "47 Kōwhai Street"
        # not "the 2012 Chapel Hill Consensus Conference"
        r"(?!\s+(?:Consensus|Conference|Criteria|Classification|Statement|Declaration|Guidelines?|Study|Trial|"
        r"Group|Nomenclature|Protocol|Meeting|Symposium)\b)"
        rf"(?:,\s+[{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+)?(?:\s+\d{{4,5}}\b)?)?"
        rf"|\b(?:[A-Z][a-z]+\s+){{1,3}}{STREET}(?=\s*,?\s*\d)"
        r"|\b(?:on|off|along|at|near)\s+(?P<hit>(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Avenue|Lane|Drive|Boulevard|"
        r"Crescent|Close))\b"
        # abbreviated, where no name follows: "the home on Cuba St, Petone"; not "on St Mary's ward"
        r"|\b(?:on|off|along|near)\s+(?P<hit5>(?:[A-Z][a-z]+\s+){1,3}(?:St|Rd|Ave|Blvd|Cres|Pl|Pde|Esp|Tce|Hwy|Crt|Ct|Cl)\.?)(?=\s*[,;)]|\s*$)"
        # Colombia's "Calle 45 #12-38", "Carrera 7 No. 32-16"
        r"|\b(?:Calle|Carrera|Cra\.?|Cl\.?|Avenida|Diagonal|Dg\.?|Transversal|Tv\.?)\s+\d{1,3}\s?[A-Z]?"
        r"(?:\s+(?:Bis|Sur|Norte|Este))?\s*(?:#|No\.?|N[º°])\s*\d{1,3}\s?[A-Z]?\s*-\s*\d{1,3}\b"
        # Vietnam: "128/7 Đường Xô Viết Nghệ Tĩnh", "Phường 21", "Quận 3"
        rf"|\b\d{{1,4}}(?:/\d{{1,4}})?[A-Z]?\s+(?:Đường|Phố|Ngõ|"
        rf"Hẻm)\s+[{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*){{0,4}}"
        rf"|\b(?:Phường|Quận|Huyện|Xã)\s+(?:\d{{1,2}}\b|[{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*){{0,2}})"
        # Portugal's "Campo Grande 1700-123", after the town's name
        r"|\b[A-Z][a-zà-ÿ]+\s(?P<hit6>(?!(?:19|20)\d\d-)\d{4}-\d{3})\b(?![-\d])(?!\s*(?:[a-zµ]+/|%))"
        r"|\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|weg|gasse|platz|allee|damm|ufer|straat|laan|gracht|plein|kade|"
        r"vej|gade|gatan|vägen|veien|gata|katu|tie|kuja)\s+\d+[a-z]?(?:\s[A-Z]\s\d{1,3})?\b"
        # the street's word apart: "Váci utca 12", "Brīvības iela 12", "Gedimino gatve 5"
        r"|\b[A-ZÀ-ÞĀ-Ž][^\W\d_]+\s+(?:utca|út|iela|gatve|ulica|ulice|tänav|cesta)\s+\d+[a-z]?\b"
        r"|\b[A-ZÇĞİÖŞÜ][^\W\d_]+(?:\s+[A-ZÇĞİÖŞÜ][^\W\d_]+)?\s+(?:Caddesi|Sokak|Sokağı|Bulvarı|Mahallesi)\b"
        # a German street named after a person, hyphenated: "Karl-Marx-Str. 12"
        # (anchored where a word starts, as a hyphen's capital would start a new try at every link of a chain)
        r"|(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+-(?:Str\.|Straße|Strasse|Allee|Platz|Weg|Ring)"
        r"(?:\s+\d+[a-z]?\b)?"
        r"|\b\d{1,4},?\s+(?:rue|avenue|boulevard|chemin|allée|place|calle|via|viale|rua|avenida|strada)\s+"
        r"(?![A-Z]{2,}\b)"  # not "08:40 via ED", "22 via RFDS"
        r"(?:(?:de|du|des|la|le|l'|d'|del|della|di|da|do|dos)\s*)*[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}"
        # streets named first, as in Spanish, Portuguese, French, Malay and Polish; the ambiguous words need a number
        r"|(?:\b(?:Calle|Carrera|Avenida|Rua|Rue|Jalan|Jl\.|Ulica|ul\.|Travessa|Chemin|Calea)|"
        r"(?<![\w/])C/)\s*" + PARTS +
        r"(?:,?\s*(?:n[º°o]\.?\s*)?\d+[A-Za-z]?)?"
        r"|\b\d{1,4}\s+(?:Prospekt|Ulitsa|Bulvar|Shosse)\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?"
        r"|\b(?:Via|Viale|Piazza|Plaza|Paseo|Camino|Largo|Strada|Av\.|Soi|Odos|Odós|Leoforos|Ulitsa|"
        r"Prospekt)\s+" + PARTS +
        r",?\s*\d+[A-Za-z]?\b"
        r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s\d[A-Z]\d\b|"
        r"\b[AC-FHKNPRTV-Y]\d{2}\s[AC-FHKNPRTV-Y0-9]{4}\b"
        r"|(?<=[a-z] )(?<!\b[Nn]o )(?<!number )(?<!code )(?<!codes )(?<!grant )(?!\d{3}000\b)\d{6}\b(?=[\s,.)]|$)|"
        r"\b[A-Z][a-z]+,\s(?!(?:19|20)\d{2}\b)\d{4}\b(?=[\s,.)]|$)(?!\s\d)"
        # a postcode before its town, after a comma: "c/ Mayor 23, 30001 Murcia", "rua X 118, 4050-265 Porto"
        r"|(?<=,\s)(?!(?:19|20)\d\d\b)(?:\d{5}|\d{4}(?:-\d{3})?|"
        r"\d{2}-\d{3})(?=\s+[A-Z][^\W\d_A-Z]+(?:[\s-][A-Z][^\W\d_A-Z]+)?(?:[,;.)]|"
        r"$))"
        # a state's code and ZIP code, but not an identifier's label ("Variation ID 12366")
        rf"|(?<!\bVariation\s)(?<!\bStudy\s)(?<!\bstudy\s)(?<!\bSample\s)(?<!\bsample\s)(?<!\bPatient\s)"
        rf"(?<!\bpatient\s)\b{STATES}\s+\d{{5}}(?:-\d{{4}})?\b|\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{{4}}\b"
        # ("HER2/CEP17": a probe, not "CEP 44001-120")
        r"|\b(?:(?i:zip(?:\s*code)?|post\s*code|postal\s+code|pin\s*code|Eircode)\s*:?\s*|(?i:PLZ|CEP)(?::\s*|\s+)|(?<=,\s)(?-i:C\.?P\.?)\s+(?=\d{5}\b))"
        r"(?:is\s+|was\s+)?"
        r"(?=[A-Z0-9 -]{0,8}\d)[A-Z0-9]{2,7}(?:[ -][A-Z0-9]{2,4})?\b"
        r"|\b(?:live|lives|lived|living|reside|resides|resided|residing|resident|native|born|grew\s+up|"
        r"moved|relocated|works|worked|employed)\s+(?:in|of|at|on|to|near)\s+"
        r"(?:the\s+)?(?!(?:Plot|Erf|Stand|Flat|Apt|Suite|Apartment|Ward)\s+(?:No\.?\s*)?\d|(?:ZIP|Zip|Postcode|PIN)\b"
        r"|[^\W\d_]+(?:straße|strasse|weg|gasse|straat|vej|gade|gatan|vägen|veien|gata|katu|tie|kuja)\s+\d"
        r"|[^\W\d_]+\s+(?:utca|út|iela|gatve|ulica|ulice|tänav|cesta)\s+\d)"
        r"(?P<hit2>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*(?:\s+(?:(?:da|de|do|dos|das|del|la|di)\s+)?[A-Z][^\W\d_]+)?)"
        r"|\b(?:from|in)\s+the\s+town\s+of\s+[A-Z][a-z]+|\b(?:Apt|Flat|Suite)\.?\s*#?\d+[A-Z]?\b"
        r"|///[a-z]+\.[a-z]+\.[a-z]+\b"  # a what3words address
        # "〒156-0043"; "Saint-Denis (93200)" (the word before must be capitalised: judge.no_place)
        r"|〒\s?\d{3}-\d{4}|(?<=[a-z]\s\()\d{5}(?=\))"
        # a hospital's kind, then its town or number: "University Hospital Galway", "City Clinical Hospital No. 40"
        r"|\b(?:University|Teaching|General|Regional|District|Base|Provincial|County|Municipal|City|Clinical)\s+"
        r"(?:Clinical\s+)?Hospital\s+(?:No\.?\s*\d{1,3}\b|(?:of\s+)?(?!(?:Psychiatry|Ethics|Pharmacy|Trust|Committee|"
        r"Board|Foundation|Department|Research|Authority|Medicine|Journal)\b)[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)"
        # Indonesia's neighbourhood units, "RT 04/RW 02"; Nepal's wards, "Ward No. 8, Lekhnath"
        rf"|\bRT\.?\s?\d{{1,3}}\s?/\s?RW\.?\s?\d{{1,3}}\b"
        rf"|\bWard\s+No\.?\s*\d{{1,2}},\s+(?!(?:Bed|Block|Room|Surgical|Medical)\b)[{UPPER}][^\W\d_]+"
        # a Japanese or Chinese ward, city, town or village: "世田谷区", "海淀区"; not a prefecture or province
        r"|(?<![\u4e00-\u9fff])(?!农村|城市|都市|地区|山村|漁村|渔村|乡村|鄉村|市区|市區|町村)"
        r"[\u3040-\u30ff\u4e00-\u9fff]{1,4}(?<!地)(?:区|市|町|村|镇|鎮|县|"
        r"縣)(?![\u4e00-\u9fff\u3040-\u30ff])(?!\s[\u4e00-\u9fff])"
        # an island is as small as a town: "from the island of Gozo", "on the isle of Mull"
        r"|\bthe\s+(?:[Ii]sland|[Ii]sle|[Aa]toll)\s+of\s+(?P<hit3>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)"
        # a form's field: "Semt: Kadıköy", "Suburb: Mowbray", "Village: Ikot Ekpene"
        r"|\b(?-i:Semt|İlçe|Ilçe|Mahalle|Suburb|Town|Village|City|Locality|Barangay|Kelurahan|Kecamatan|Distrito|"
        r"Bairro|Colonia|Quartier|Ortsteil|Residence|Domicile|Hometown)\s*:\s*(?P<hit7>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2})"
        r"|\b(?:ул|улица|пр|просп|пер|бул)\.?\s+[А-ЯЁ][а-яё]+(?:,\s*(?:д|дом)\.\s*\d+\w?)?(?:,\s*(?:кв|к)\.\s*\d+)?"
        r"|(?:(?<=\bin\s)|(?<=\bfrom\s)|(?<=\bat\s))(?:District|Quận)\s+\d{1,2}\b(?=\s*[,.;)]|\s*$)"
        # Japan's block address "2-14-7 Kitazawa, Setagaya-ku"; India's "H.No. 7-1-212"; a Dutch postcode "3811 CM"
        r"|\b\d{1,4}-\d{1,3}-\d{1,3}\s+[A-Z][a-zōūā]+(?:-(?:chō|cho|machi|chome))?"
        r"(?=,\s*[A-Z][a-zōūā]+-(?:ku|shi|chō|cho|machi|gun))"
        r"|\bH\.\s?No\.?\s*\d[\d/-]*\b"
        r"|(?<=,\s)\d{4}\s(?!IU|UK|US|EU|UN|HR|BP|PM|AM|CM|MM|KG|ML|MG|CT|MR|ED|GP)[A-Z]{2}(?=\s+[A-Z][a-z])"
        # Russian and Ukrainian streets in Latin letters: "ulitsa Lenina 5, kv. 12", "vul. Shevchenka 31"
        r"|\b(?:ulitsa|prospekt|pereulok|vul\.|vulytsia)\s+[A-Z][\w-]+\s+\d+\w?(?:,\s*(?:kv|apt)\.\s*\d+)?"
        # a Mexican colonia: "col. Ladrón de Guevara"
        r"|\b[Cc]ol\.\s+(?P<hit8>[A-Z][^\W\d_]+(?:\s+(?:(?:de|del|la|las|los)\s+)?[A-Z][^\W\d_]+){0,3})"
        # a Russian address in Latin letters: "mkr. Samal-2, d. 58, kv. 17"
        r"|\b(?:mkr|ul|pr|prosp|per)\.\s+[A-Z][\w-]+,\s*d\.\s*\d+\w?(?:,\s*kv\.\s*\d+)?"
        r"|\bApartment\s+\d+|\bP\.?\s?O\.?\s+Box\s+\d+|(?:(?<=\bat\s)|(?<=\bon\s)|(?<=\bin\s)|(?<=\bfrom\s)|"
        r"(?<=,\s))(?:Plot|Erf|Stand)\s+(?:No\.?\s*)?\d+[A-Z]?\b"
        # a place named as one: "a village called Nkhata", "the town known as Ruiru"
        r"|\b(?:village|town|hamlet|settlement|suburb|city|island|neighbou?rhood|township)\s+"
        r"(?:called|named|known\s+as)\s+(?P<hit4>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?)"
        r"|-?\b\d{1,2}\.\d{4,},\s*-?\d{1,3}\.\d{4,}\b|\b\d{1,3}°\s?\d{1,2}[′']\s?(?:\d{1,2}(?:\.\d+)?[″\"]\s?)?[NSEW]\b"
        r"|\b(?:" + "|".join(US_STATES) + r")\s+\d{5}(?:-\d{4})?\b"),
     "name no place smaller than a state or country, and no street, town or ZIP code"),
]
