"""The words and shapes the identifier patterns are built from: months, streets, honorifics, national schemes."""

from __future__ import annotations

from casepub.checks.gazetteer import UPPER

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Months of other calendars and languages, after a day only: "the 9th of Ramadan", "12 de mayo".
OTHER_MONTH = (r"(?:Muharram|Safar|Dhul[\s-](?:Hijjah|Qa'?dah)|Baisakh|Jestha|Asar|Asadh|Shrawan|Bhadra|Ashwin|Mangsir|"
               r"Syawal|Syaaban|Syaban|Rejab|Zulkaedah|Zulkaidah|Zulhijjah|Rabiulawal|Rabiulakhir|Jamadilawal|"
               r"Jamadilakhir|Muharam|Tagu|Kasone|Kason|Nayon|Waso|Wagaung|Tawthalin|Thadingyut|Tazaungmon|Nadaw|"
               r"Pyatho|Tabodwe|Tabaung|"
               r"Falgun|Rabi[`'ʿ]?\s?al-(?:Awwal|Thani|Akhir)|Jumad[ai]\s?al-(?:Ula|Awwal|Akhira|Thani)|"
               r"Rajab|Sha[`'ʿ]?ban|Ramadan|Ramadhan|Ramzan|Shawwal|Dhu\s?al-(?:Qa?'?dah|Qi'?dah|Hijjah)|Tishrei|"
               r"Heshvan|Cheshvan|Kislev|Tevet|Shevat|Adar|Nisan|Iyar|Sivan|Tammuz|Elul|Farvardin|Ordibehesht|"
               r"Khordad|Mehr|Aban|Azar|Dey|Bahman|Esfand|Baisakh|Chaitra|Kartik|Magh|Poush|"
               r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
               r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|"
               r"j[äa]n(?:uar|ner)|februar|m[äa]rz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|"
               r"giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|"
               r"setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|"
               r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|"
               r"grudnia|maret|agustus|desember|meskerem|tikimt|tikemt|hidar|tahsas|yekatit|megabit|miyazya|ginbot|"
               r"hamle|tir|yanvar|fevral|aprel|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr|sije[čc]nja|velja[čc]e|"
               r"o[žz]ujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenog|studenoga|prosinca|"
               r"nehase|pagume|marts|maj|augusti|janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|"
               r"j[úu]lius|"
               r"augusztus|szeptember|okt[óo]ber|december|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
               r"октября|ноября|декабря|ocak|[şs]ubat|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|"
               r"aral[ıi]k|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
               r"ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|"
               r"listopadu|prosince|baishakh|boishakh|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|"
               r"жовтня|листопада|грудня|mart|hamal|sawr|jawza|saratan|sonbola|mizan|aqrab|qaws|jadi|dalw|"
               # Greek, in the genitive of dates and the nominative; Thai, whole and abbreviated
               r"ιανουαρ[ίι]ου|φεβρουαρ[ίι]ου|μαρτ[ίι]ου|απριλ[ίι]ου|μα[ΐι]ου|ιουν[ίι]ου|ιουλ[ίι]ου|αυγο[ύυ]στου|"
               r"σεπτεμβρ[ίι]ου|οκτωβρ[ίι]ου|νοεμβρ[ίι]ου|δεκεμβρ[ίι]ου|ιανου[άα]ριος|φεβρου[άα]ριος|μ[άα]ρτιος|"
               r"απρ[ίι]λιος|μ[άα][ιΐ]ος|ιο[ύυ]νιος|ιο[ύυ]λιος|α[ύυ]γουστος|σεπτ[έε]μβριος|οκτ[ώω]βριος|"
               r"νο[έε]μβριος|δεκ[έε]μβριος)"
               r"|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
               r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|hb)?"  # (Malay "3hb Mac 2021")
# Words after which a note's "9/29" or "22/5" is a day and month (each its own look-behind: Python's are of one width).
NOTE_DATE_AFTER = ("on", "until", "till", "adm", "seen", "onset", "dated", "DOB", "DOD", "admitted", "called",
                   "rang", "phoned", "received", "rec'd", "reviewed", "bloods", "labs", "repeated", "presented",
                   "transferred", "died", "born", "visited", "here", "ED", "discharge", "booked", "Timeline:",
                   "TIMELINE:", "timeline:",
                   "discharged", "internada", "internado", "ingreso", "ingresó", "d/c", "dc", "d/c'd", "Mon", "Tue",
                   "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "since", "Since", "Seen", "Adm",
                   "Admitted", "Reviewed", "Discharged", "Transferred", "Onset", "Rec'd", "sent", "from",
                   "Handover", "handover", "rounds", "XR", "CXR", "MRI", "USS", "msg", "appt",
                   "f/u", "rpt", "Rpt", "Date:", "date:", "discharge:", "surgery:", "admission:", "clinic",
                   "DOA:", "DOA", "call", "note", "Biopsy", "biopsy", "LMP", "Monday", "Tuesday",
                   "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "round", "round,", "bis", "visit",
                   "readmitted", "biopsied", "started", "stopped", "inserted", "NOTE", "Note", "updated", "triage", "Adm'd", "adm'd", "returned",
                   # French, Italian, Spanish, Portuguese, German and Dutch: "vue le 12/10", "ricoverata dal 2/2"
                   "le", "du", "au", "dal", "al", "del", "el", "desde", "em", "am", "vom", "seit", "op", "sinds",
                   "il", "flight", "shift", "tx")
# ... and those of them that only a date follows, where "5/5" is no power nor "4/12" four months.
NOTE_DATE_ONLY = ("seen", "Seen", "adm", "Adm", "admitted", "Admitted", "dated", "DOB", "DOD", "discharged",
                  "Discharged", "d/c", "transferred", "Transferred", "died", "Date:", "date:", "LMP", "Adm'd", "adm'd",
                  "w/c", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue",
                  "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "monday", "tuesday", "wednesday",
                  "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri")
# (a weekday before "3/10" or "17/10" makes it a date, not a score; not "sat" nor "sun": "O2 sat 1/2 way")
STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|"
          r"Pkwy|Highway|Hwy|Square|Sq|Row|Close|Crescent|Cres|Grove|Gardens|Gdns|Mews|Walk|Rise|Circle|Cir|Trail|"
          r"Path|Alley|Quay|Wharf|Parade|Esplanade|Promenade|View|Heights|Loop|Plaza|Crossing|Green|Hill|Park|"
          r"Vale|Wynd|Marg|Nagar|Colony)\b\.?")
STATES = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
          r"NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)")
US_STATES = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
             "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
             "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
             "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
             "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
             "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
             "West Virginia", "Wisconsin", "Wyoming"]
HONORIFIC = (r"Mr|Mrs|Ms|Miss|Mx|Mister|Madam|Madame|Mme|Mlle|Monsieur|Señora|Señor|Senhora|Senhor|Señorita|Sra|"
             r"Srta|Sr|Signora|Signor|Signorina|Sig|Dona|Doña|Don|Frau|Herr|Fräulein|Hr|Fru|Mevrouw|Mevr|Dhr|"
             r"Meneer|Nurse|Sister|Brother|Matron|Midwife|Baby|Master|Father|Fr|Reverend|Pastor|Imam|Sheikh|"
             r"Sir|Dame|Lady|Aunt|Auntie|Aunty|Uncle|Grandma|Grandpa|Granny|Nana|Mama|Baba|Mzee|Bibi|Lola|Lolo|"
             r"Bapak|Ibu|Encik|Puan|Shri|Shrimati|Smt|Kumari|Oma|Opa|Abuela|Abuelo|Abuelita|Abuelito|Nonna|Nonno|"
             r"Babushka|Dedushka|Bubbe|Zayde|Ouma|Oupa|Gogo|Mkhulu|Nani|Dadi|Ammachi|Tita|Tito|Mormor|Farmor|"
             r"Morfar|Farfar|Mamie|Papi|Papy|Vovó|Vovô|Avó|Avô|Khun|Haji|Hajjah|Alhaji|Alhaja|Hajia|Hajiya|Bà|Ông|Daw|"
             r"Mst|Kyria|Kyrios|Nang|Yai|Ato|W/ro|Weizero|Woizero|Wzro")
SURNAME = rf"(?:(?:[A-Z]\.\s*){{0,3}}(?:(?:van|von|de|da|der|del|di|le|la|dos|ní|ni|bin|binti|al)\s+)*" \
          rf"[{UPPER}](?:[^\W\d_]+|'[A-Z][^\W\d_]+)(?:-[A-Z][^\W\d_]+)?)"
PARTS = r"(?:(?:de|da|das|do|dos|del|la|las|los|di|du|des)\s+)*[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}"
ID_VALUE = r"(?-i:(?=[A-Z0-9/ -]{0,16}\d)[A-Z0-9][A-Z0-9/-]{1,}(?:\s[A-Z0-9][A-Z0-9/-]{0,14}){0,6})\b"

# Schemes whose name alone says a number follows (US, UK, NZ, Australia, India, Pakistan, the Philippines, Mexico,
# Spain, Brazil, Poland, the Netherlands, Canada, Singapore, Hong Kong, ...).
SCHEMES = (r"AMKA|(?-i:CNP)(?=\s*[,(:]?\s*\d{13})|H&C|NRC|CUI|"
           r"MRN|SSN|NHS|NHI|IHI|UHID|CNIC|NIC|PhilHealth|Aadhaar|Medicaid|Medicare|S/N|CURP|RFC|DNI|NIE|NIF|"
           r"CPF|CNS|PESEL|BSN|AHV|SIN|TFN|NRIC|HKID|Iqama|KTP|NIK|CHI|CRN|UPN|PPSN|PPS|IRD|OHIP|RAMQ|EHIC|NINO|NHC|"
           r"URN|"
           r"NHIS|"
           r"(?-i:DL)|SUS|SVNR|CNIE|Prontu[áa]rio|Seriennr|(?-i:NHSO|SGK|FCN|IIN|EGN|JMBG|OIB)|kennitala|"
           r"asmens\s+kodas|CPR-nummer|"
           r"IMEI|tessera\s+sanitaria|(?-i:FIN)(?:\s+code)?|(?-i:NUIT)|(?-i:IPD|OPD)(?=\s+(?!(?:19|20)\d\d\b)\d{4,}\b)|Emirates\s+ID|National\s+ID|codice\s+fiscale|carte\s+vitale|personnummer|Teudat\s+Zehut|"
           r"cartella\s+clinica|matricule|carteirinha|f[øo]dselsnummer|henkil[öo]tunnus|(?-i:NIN)|"
           r"(?-i:DPI)(?=\s*[:#]?\s*\d{4}\s?\d{5}\s?\d{4}\b)")
# Scores and classifications named after people, written "(Karnofsky, 90)": no person and no age.
SCORES = (r"(?:Karnofsky|Lansky|Barthel|Apgar|PASI|EASI|SCORAD|Clark|Hurley|Mallampati|Fitzpatrick|Breslow|Gleason|"
          r"ECOG|NYHA|GCS|Child|Pugh|Glasgow|Wells|Charlson|Braden|Norton|Waterlow|Tanner|Rankin|Hunt|Fisher|"
          r"Forrest|Killip|Rutherford|Fontaine|Bosniak|Bethesda|Nottingham|Spetzler|Ludwig|Norwood|Sinclair|"
          r"Ferriman|Gallwey|Beighton|Brighton|Duke|Jones|Oxford|Medical\s+Research\s+Council|MRC)\b")
