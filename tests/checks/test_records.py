"""Record numbers found by their label: casepub.checks.records, and how scan() weighs them."""

import pytest

from casepub.checks.privacy import scan
from casepub.checks.records import labelled_numbers


@pytest.mark.parametrize("text, value", [
    ("Patient's folder number is 0019/45/2021 at the teaching hospital.", "0019/45/2021"),
    ("The block (n° H-2019-3381) was sent to our laboratory.", "H-2019-3381"),
    ("Her Medicare number (2951 60437 1) was checked.", "2951 60437 1"),
    ("The health insurance number was 2 85 07 75 116 022 47 on the transfer note.", "2 85 07 75 116 022 47"),
    ("The lot number of the implicated vaccine vial, 2307A-118, was reported.", "2307A-118"),
    ("His claim number with the compensation board (CLM-2019-0883412) was cited.", "CLM-2019-0883412"),
    ("under request number 558213-LL", "558213-LL"),
    ("her personal numeric code (PNC 2670814125483) was used", "2670814125483"),  # an acronym no list names
    ("NID no. 8214603795, was brought by relatives", "8214603795"),
])
def test_a_labelled_number_is_found(text, value):
    assert value in [v for v, _ in labelled_numbers(text)]
    assert ("phi-id", value) in [(h.code, h.text) for h in scan(text)]


@pytest.mark.parametrize("text", [
    "The number of CD34+ cells collected was 4500000 per kilogram.",
    "The CD34+ cell number was 312 (250-400).",
    "Ethics approval number: 2021-118-EC was granted.",
    "The protocol number is 2020-00345 and the trial NCT04512345.",
    "The study was funded by grant number 81973045.",
    "Viral load copy number was 150000 copies/mL.",
    "The catalogue number AB12345 antibody was used at 1:200.",
    "Clone number 12345 of the antibody was used.",
    "The IRB approval code 2019-0456 covered the review.",
    "Version number 20210315 of the software was used.",
    "A total number of 10000 cells were counted.",
    "Her admission number rose; on 12.03.2021 she was seen",
    "Serum IgE was 12500 IU/mL and the platelet count 250000/µL.",
    "Room number 21045 of the old building was used for photography.",
])
def test_counts_research_numbers_and_dates_are_not_records(text):
    assert [h for h in scan(text) if h.code == "phi-id"] == []


def test_a_phone_or_a_link_is_not_read_as_a_record():
    # the contact pattern names them better; a labelled number inside one is dropped
    assert [(h.code, h.text) for h in scan("His daughter's number, 312-555-0187, was recorded.")] == \
        [("phi-contact", "312-555-0187")]
    assert [h.code for h in scan("accessed at http://10.0.4.21/emr/patient?id=77120 today")] == ["phi-contact"]


def test_an_orcid_or_a_sequence_accession_is_research():
    assert scan("ORCID 0000-0002-1825-0097 belongs to the first author.") == []
    assert scan("GenBank accession number MN908947 was the reference.") == []
