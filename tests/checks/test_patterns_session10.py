"""Session 10's place rules (casepub/checks/shorthand.py and the places and hospitals it extends), on sentences
written for these tests: what each rule flags, and the clinical text it must leave alone."""

import pytest

from casepub.checks.privacy import scan
from casepub.checks.shorthand import hospital_shorthand, shorthand_places


def hits(text: str) -> list[tuple[str, str]]:
    return [(h.code, h.text) for h in scan(text)]


@pytest.mark.parametrize("text, found", [
    # towns in lower case, after a word that locates or after a place and a comma
    ("82F BIBA from Larchfield care home, paisley, long lie", ("phi-location", "paisley")),
    ("lives w/ daughter in rotherham, independent ADLs", ("phi-location", "rotherham")),
    ("SH: retired welder from gateshead, ex-smoker", ("phi-location", "gateshead")),
    ("From kisumu, works as a boda driver", ("phi-location", "kisumu")),
    ("staying with cousins in la plata since march", ("phi-location", "la plata")),
    ("address: 12 kisasi rd, kampala", ("phi-location", "kampala")),
    ("pt lives at 12 rimu cres, porirua, with her son", ("phi-location", "12 rimu cres")),
    ("pt lives at 12 rimu cres, porirua, with her son", ("phi-location", "porirua")),
    ("works at the bakery on totara pde, hamilton", ("phi-location", "totara pde")),
    # Irish counties and numbered districts
    ("A dairy farmer from Clonmel, Co. Tipperary, presented with orf.", ("phi-location", "Co. Tipperary")),
    ("pt from ennis, co. clare, BIBA", ("phi-location", "co. clare")),
    ("She lived in District 7 of Ho Chi Minh City with her grandson.", ("phi-location", "District 7")),
    ("Family lives in Sector 21, Chandigarh.", ("phi-location", "Sector 21")),
    ("Russian hospitals by their number: seen at GKB No. 67 in Moscow.", ("phi-location", "GKB No. 67")),
    # hospitals by initials, shortened kinds and their towns in brackets
    ("Transferred to RNSH for plastics review.", ("phi-location", "RNSH")),
    ("ex-KCH, admitted via ED with sepsis", ("phi-location", "KCH")),
    ("Slides were reviewed at the CHUS in Sherbrooke.", ("phi-location", "CHUS")),
    ("She was born at the CHU-RO and is followed there.", ("phi-location", "CHU-RO")),
    ("Referred from Mulago National Referral Hospital (MNRH) with sepsis.", ("phi-location", "MNRH")),
    ("Tx from Princess Marina (PMH) Gaborone for dialysis.", ("phi-location", "Princess Marina")),
    ("Her notes were sent by HUOC (Recife) in May.", ("phi-location", "HUOC")),
    ("He was transferred from H. Virgen de la Arrixaca for ECMO.", ("phi-location", "H. Virgen de la Arrixaca")),
    ("mum works nights at Tauranga hosp", ("phi-location", "Tauranga hosp")),
    ("Seen in Baragwanath ICU for two nights.", ("phi-location", "Baragwanath")),
    ("Discharge summary from Royal Hobart received.", ("phi-location", "Royal Hobart")),
    ("hospitalisé au CH Émile Roux le 3 mars", ("phi-location", "CH Émile Roux")),
    ("Follow-up at PHC Kattankulathur after discharge.", ("phi-location", "PHC Kattankulathur")),
    ("Résidente de l'EHPAD Les Cèdres depuis 2019.", ("phi-location", "EHPAD Les Cèdres")),
    ("LMP 4/5/23 - booked at Nambour General Hospital", ("phi-location", "Nambour General Hospital")),
    # addresses: rural delivery, blocks, postcodes after towns, glosses in the town's own script
    ("Postal address: RMB 1187, outside Mansfield.", ("phi-location", "RMB 1187")),
    ("Lives in Morpeth, NE61, with her husband.", ("phi-location", "NE61")),
    ("Permanent address: Gachibowli, Hyderabad 500 032.", ("phi-location", "500 032")),
    ("Her family lives in Nablus (نابلس) and visits monthly.", ("phi-location", "نابلس")),
    ("患者住在成都市武侯区，2021年入院。", ("phi-location", "成都市武侯区")),
    ("Residence: Kythera. Occupation: fisherman.", ("phi-location", "Kythera")),
    ("a crofter from the Isle of Harris", ("phi-location", "Harris")),
    # journeys written with arrows
    ("Travel: Nairobi -> Naivasha -> Nakuru, back 10 days ago", ("phi-location", "Naivasha")),
    ("Transferred QMH → PYNEH for rehab.", ("phi-location", "QMH")),
    ("Itinerary: Cusco – Pisac – Urubamba – Cusco", ("phi-location", "Pisac")),
    # named workplaces and lodgings, and a district after its name
    ("works night shifts at the Kronos meat plant in Emden", ("phi-location", "Kronos meat plant")),
    ("She sleeps at the Whitechapel Mission hostel most nights.", ("phi-location", "Whitechapel Mission hostel")),
    ("Her son attends Little Kowhai nursery.", ("phi-location", "Little Kowhai nursery")),
    ("a retired teacher from the Kalamaja quarter of Tallinn", ("phi-location", "Kalamaja")),
    ("a tailor in Bukhara's Chorbakr mahalla", ("phi-location", "Chorbakr")),
])
def test_session_10_places_flag(text, found):
    assert found in hits(text)


@pytest.mark.parametrize("text", [
    "The lesions regressed in vivo and the cells grew in vitro.",
    "The carcinoma was in situ; margins were clear.",
    "She was admitted with SAH to the ICU.",
    "Diagnosis was confirmed by FISH and by KOH preparation.",
    "TSH, LH and FSH were within normal limits; PTH was raised.",
    "Patients in District 9 of the trial were excluded.",
    "CRP fell 45 -> 12 -> 3 mg/L over a week.",
    "The Th1 → Th2 → Th17 shift was discussed.",
    "EGFR -> KRAS -> BRAF signalling was intact.",
    "She travelled France -> Spain -> Morocco by car.",
    "Treated at Our Hospital for Three Years",
    "A Case From the General Hospital for Tropical Diseases",
    "Files are kept on the departmental drive.",
    "He lives on a farm, a 40 min drive from the nearest ED.",
    "2 leads showed st elevation on arrival.",
    "References follow the Vancouver style.",
    "The strain belonged to the Beijing sublineage.",
    "The programme follows the Declaration of Istanbul.",
    "A patient was reported in Medicine (Baltimore) in 2019.",
    "He is a fellow of the Royal Australasian College of Physicians.",
    "The Royal College of Surgeons published the guideline.",
    "Her resident ID CH-0417 was on the chart.",
    "Admission 12-Jan-2022 08:40 via ED, bed 14.",
    "He walked down from the mountain pastures.",
    # the session's review: initials, units, spines, lots, sectors, arrows and words that only look like places
    "She was bridged to LMWH before surgery.",
    "a history of CAH presented with salt wasting",
    "Congenital Adrenal Hyperplasia (CAH) was confirmed.",
    "Referred to the BCH team for vascular access.",
    "Isolates were sent to the CDC (Atlanta) and the WHO (Geneva).",
    "Repeat 6 month ct showed a stable nodule.",
    "Stones seen on chest ct, also on renal ct.",
    "Keep 2 hourly close observation.",
    "Vaccine Lot 4471, Pfizer, was given.",
    "Zone 2, Sector 5, plus disease.",
    "Transferred to Neuro ICU for EVD.",
    "Previous Psych hosp admissions x3.",
    "Resistance to H. Influenzae was rising.",
    "Oxygen is effective in CH Attacks.",
    "Patient co Down syndrome features were noted.",
    "Differential: Kawasaki – Measles – Scarlet Fever.",
    "Staging: Lugano – Ann Arbor – Cotswolds modification.",
    "Escalated Ceftriaxone → Meropenem → Colistin.",
    "Bed moves: ED->ICU->HDU->ward.",
    "He switched from lima beans to rice.",
    "该病在农村地区较城市地区常见。",
    "입원시 백혈구 수치는 정상이었다.",
    "A mutation in CHUK was found.",
    "Complement-mediated HUS Eculizumab therapy was started.",
])
def test_session_10_places_leave_clinical_text(text):
    assert [h for h in hits(text) if h[0] == "phi-location"] == []


def test_the_village_before_a_name_is_no_town():
    assert hits("She came from the village of Nayagarh by bus.") == [("phi-location", "Nayagarh")]


def test_a_lower_case_town_needs_a_place_before_its_comma():
    assert shorthand_places("itchy, paisley pattern on the trunk", []) == []


def test_a_lower_case_common_word_is_no_town_even_where_a_town_bears_it():
    assert shorthand_places("from the village of Ndola, near the range", []) == []


def test_hospital_initials_in_brackets_need_the_name_s_first_letter():
    assert hospital_shorthand("after a Global Longitudinal Strain (PH) study") == []


def test_a_company_s_initials_before_its_town_are_no_hospital():
    assert ("phi-location", "BVBA") not in hits("employer Peeters Bouw BVBA (Genk) confirmed the exposure")


def test_a_model_span_is_cut_after_what_a_pattern_found():
    from casepub.checks.hits import Hit
    from casepub.checks.model_hits import _uncovered_tail

    text = "Two cases were seen in Camp 14 of Kutupalong last week."
    covered = bytearray(len(text) + 1)
    covered[23:30] = b"\x01" * 7  # "Camp 14", a pattern's
    hit = _uncovered_tail(text, Hit("phi-location", "Camp 14 of Kutupalong", 23, "", ""), covered)
    assert (hit.text, hit.start) == ("Kutupalong", 34)


def test_a_street_keeps_a_town_written_with_accents():
    assert hits("Her carers at 7 Tui Close, Ōhope 3121, noticed the rash.") == [
        ("phi-location", "7 Tui Close, Ōhope 3121")]


@pytest.mark.parametrize("text, found", [
    ("Aadhaar seen; born 2 Jan 1928 per family, now 96 and frail.", ("phi-age", "96")),
    ("chart under her maiden name Okonjo, now 93", ("phi-age", "93")),
    ("Referral. Patient: 94M. Specimen: skin.", ("phi-age", "94M")),
    ("ED triage M/97 // fall // GCS 15", ("phi-age", "97")),
    ("La signora, di anni 96, vive a Sassari.", ("phi-age", "96")),
    ("Bibi wa miaka 99 alifika na homa.", ("phi-age", "99")),
    ("Die Bewohnerin ist 94 J. alt und mobil.", ("phi-age", "94 J")),
    ("Prelievo eseguito il 4/9, referto il 12/9.", ("phi-date", "4/9")),
    ("returned from Accra on flight 17/11, fever since", ("phi-date", "17/11")),
])
def test_session_10_ages_and_dates_flag(text, found):
    assert found in hits(text)


@pytest.mark.parametrize("text", [
    "Born at 32 weeks; the heart rate is now 95 bpm.",
    "DOB withheld; saturation now 94% on room air.",
    "Platelets 95 then 120; F/U in 2/52.",
    "The F/M ratio was 1.2 in the cohort.",
    "Vol. 91 J. Invest Dermatol reported the series.",
])
def test_session_10_ages_and_dates_leave_clinical_text(text):
    assert [h for h in hits(text) if h[0] in ("phi-age", "phi-date")] == []


def test_an_age_after_a_label_is_no_record_number():
    assert hits("Requested by: ED. Patient: 96F. Sample: blood.") == [("phi-age", "96F")]


def test_a_spine_s_level_after_a_hospital_is_no_postcode():
    assert hits("Admitted to Groote Schuur Hospital, C5, complete tetraplegia.") == [
        ("phi-location", "Groote Schuur Hospital")]


def test_a_chain_of_units_is_no_journey():
    # (its time is measured by benchmarks/privacy.py: "units joined by arrows")
    assert scan("Bed moves: " + "ED->ICU->HDU->" * 40 + "ward.") == []
