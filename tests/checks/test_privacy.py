"""Patient identifiers in what a reader sees, located, with the relative form suggested."""

import sys

import pytest

from casepub.build import prepare
from casepub.checks.privacy import scan
from conftest import ROOT, edit

sys.path.insert(0, str(ROOT / "benchmarks"))
import privacy as benchmark  # noqa: E402


@pytest.mark.parametrize("text,code", [
    ("seen on 10/5/2021", "phi-date"), ("since 5 October 2021", "phi-date"), ("on Oct 5", "phi-date"),
    ("a 93-year-old man", "phi-age"), ("Mrs. Hadley", "phi-name"), ("patient Maria Lopez", "phi-name"),
    ("call 555-867-5309", "phi-contact"), ("ann@example.net", "phi-contact"), ("MRN: A7734521", "phi-id"),
    ("SSN 123-45-6789", "phi-id"), ("12 Elm Street", "phi-location"), ("lives in Springfield", "phi-location"),
])
def test_each_identifier_type(text, code):
    assert [h.code for h in scan(text)] == [code]


@pytest.mark.parametrize("text", ["IVIg 2 gm/kg", "80% improvement", "0.05% cream", "in 2019", "JAK1/3",
                                  "IgG kappa", "+3 months", "a 78-year-old man", "Grade 3/4 events",
                                  "Patients aged 65 years or older", "It may recur in May, she said"])
def test_clinical_text_is_not_flagged(text):
    assert scan(text) == []


def test_findings_name_field_and_line(case_copy):
    folder = case_copy()
    edit(folder / "timeline.yaml", "First dermatology visit;", "First dermatology visit on 3/20/2023;")
    edit(folder / "case.yaml", "A 78-year-old man", "A 93-year-old man")
    _, _, findings = prepare(folder)
    found = {f.code: f for f in findings if f.code.startswith("phi-")}
    assert found["phi-date"].file.endswith("timeline.yaml") and "events." in found["phi-date"].message
    assert "'+3 months'" in found["phi-date"].hint
    assert found["phi-age"].line == 79 and "90 years or older" in found["phi-age"].hint


def test_authors_named_in_statements_are_not_patients(case_copy):
    folder = case_copy()
    edit(folder / "case.yaml", "conflicts: None disclosed.", "conflicts: Dr Wielicki has consulted for Acme.")
    _, _, findings = prepare(folder)
    assert not [f for f in findings if f.code == "phi-name"]


def test_corpus_meets_the_targets():
    """The labelled corpus the scanner was tuned on; benchmarks/privacy.py also reports a held-out set."""
    stats = benchmark.measure(benchmark.CORPUS)
    for code, s in stats.items():
        assert s["found"] / s["labels"] >= 0.95, code
        assert (s["hits"] - s["false"]) / max(s["hits"], 1) >= 0.90, code


@pytest.mark.parametrize("text", ["a case of COVID-19", "a case of IgG4-related disease", "the patient HLA-B27",
                                  "also called Sweet syndrome", "she moved to Canada", "born in Mexico",
                                  "lives in Ontario"])
def test_reviewed_false_positives(text):
    assert scan(text) == []


def test_an_author_surname_hides_only_that_name():
    hits = scan("Mr. Lindqvist, patient Wei and Dr. Weiss; Dr Li has no disclosures.", frozenset({"Li"}))
    assert [h.text for h in hits] == ["Mr. Lindqvist", "patient Wei", "Dr. Weiss"]
