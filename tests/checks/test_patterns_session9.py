"""The patterns added in session 9: more calendars, relatives and national numbers, hospitals named in other
languages, and places' names inside things that are no place. Sentences written for the test, not taken from the
sets."""

import pytest

from casepub.checks.places import named_state
from casepub.checks.privacy import scan


@pytest.mark.parametrize("text,found", [
    # dates: Malay and Burmese months, a Roman month after a slash, foreign prepositions, d-m-yy in notes
    ("The wound had closed by 14 Zulhijjah 1443 at the home visit.", ("phi-date", "14 Zulhijjah 1443")),
    ("Symptoms began on 3 Thadingyut 1384 according to her son.", ("phi-date", "3 Thadingyut 1384")),
    ("culture sent 1100h 22/vii, growth at 48 h", ("phi-date", "22/vii")),
    ("revue le 18/11 pour le pansement", ("phi-date", "18/11")),
    ("dimessa dal 7/3 con terapia orale", ("phi-date", "7/3")),
    ("itch started 21-6-22 after the camping trip", ("phi-date", "21-6-22")),
    # ages
    ("he's ninety-four and mows his own lawn", ("phi-age", "he's ninety-four")),
    ("ninety-seven yo widow, lives alone", ("phi-age", "ninety-seven yo")),
    ("Turned 101 last week, family brought a cake", ("phi-age", "101")),
    ("birth year unknown, age ~97 per the grandson", ("phi-age", "97")),
    ("Mr Alfred Dunmore-Price, now 96, walks daily", ("phi-age", "96")),
    ("She was 92 at the first biopsy and 94 at the time of the second excision.", ("phi-age", "94")),
    ("zgłoszenie: Pani Wiśniewska Irena, 93 l., PESEL w karcie", ("phi-age", "93")),
    ("nonna (98) still cooks for the family", ("phi-age", "98")),
    ("Overlevering: Fru Dahl (96 år) seng 4, datter ringer i morgen", ("phi-age", "96")),
    ("interconsulta - Sra. Quispe Mamani, Rosa, 93a, natural de Puno", ("phi-age", "93")),
    ("Konsil: Pat. Erwin Haberl, 97 J., aus dem Heim, Rückfragen an Station", ("phi-age", "97")),
    # names
    ("ricoverata con la figlia Loredana al letto", ("phi-name", "Loredana")),
    ("Ato Tesfaye Haile Mariam signed the consent form.", ("phi-name", "Ato Tesfaye")),
    ("text from pt: 'hi dr its me Kalolaine again, the blisters are back'", ("phi-name", "Kalolaine")),
    # record numbers: new schemes, and a record's label beating a phone's shape
    ("Her NIN, 73920184456, was checked at registration.", ("phi-id", "73920184456")),
    ("She gave her CIN as BK 552019 on admission.", ("phi-id", "BK 552019")),
    ("DPI 3021 55478 0108 appears on the referral.", ("phi-id", "DPI 3021 55478 0108")),
    ("carteirinha 7712 3390 1184 0026 conferida na recepção", ("phi-id", "carteirinha 7712 3390 1184 0026")),
    ("His fødselsnummer 17063944182 was on the wristband.", ("phi-id", "fødselsnummer 17063944182")),
    ("The IMSS affiliation number 61038827154 was confirmed.", ("phi-id", "61038827154")),
    ("She gave her mobile as 0691 224 518 and her social-security matricule as 2902 1177 043.",
     ("phi-id", "matricule as 2902 1177 043")),
    # places
    ("She was referred from the Landesklinikum Melk for plasmapheresis.", ("phi-location", "Landesklinikum Melk")),
    ("Treated at Centre Hospitalier Princesse Mathilde for six weeks.", ("phi-location", "Centre Hospitalier")),
    ("The earlier slides were sent from AZ Sint-Maarten in 2019.", ("phi-location", "AZ Sint-Maarten")),
    ("vue à domicile, quartier Moungali, par l'infirmière", ("phi-location", "Moungali")),
    ("Lives at 9 Tōtara Rd, Ōrākei 1071 with her niece.", ("phi-location", "1071")),
    ("Ward 3, Tygerberg Hospital, Parow, Cape Town, admitted him.", ("phi-location", "Parow")),
])
def test_session_9_patterns_flag(text, found):
    assert found in [(h.code, h.text) for h in scan(text)]


@pytest.mark.parametrize("text", [
    "The dog, a yellow Labrador retriever, had been treated for fleas.",
    "She ate Brussels sprouts daily, which lowered her INR.",
    "A Bethesda inhibitor assay was negative.",
    "Lupus nephritis was scored with the Oxford MEST-C classification and the Chapel Hill 2012 nomenclature.",
    "The Lund–Mackay CT score fell from 16 to 6.",
    "Salmonella serovars Montevideo and Panama grew from stool.",
    "He had been vaccinated with the Tokyo 172 strain of BCG.",
    "The HER2/CEP17 ratio was 1.6.",
    "Envenomation by Naja annulifera was treated with antivenom.",
    "Unit: Burns ICU, bed 4",
    "The orthopaedic grade 2/iii lesions were described in the table.",
])
def test_session_9_patterns_leave_clinical_text(text):
    assert [(h.code, h.text) for h in scan(text)] == []


def test_a_number_on_file_after_the_word_phone_stays_a_phone():
    assert ("phi-contact", "612-448-2093") in [(h.code, h.text) for h in
                                             scan("Phone number on file: 612-448-2093; no other contact.")]


def test_a_state_after_a_city_and_a_comma_is_the_state():
    text = "A woman from Campina Grande, Paraíba, had chromoblastomycosis."
    assert named_state(text, text.index("Paraíba"), "Paraíba")
    text = "She lives in Surulere, Lagos, with her son."  # a big city is the city, whatever stands before it
    assert not named_state(text, text.index("Lagos"), "Lagos")


def test_a_norwegian_county_may_stay():
    assert scan("He was admitted from a nursing home in Finnmark.") == []
