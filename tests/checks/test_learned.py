"""The privacy scan's trained model: what it adds to the patterns, what it may not flag, how it is trained."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pycrfsuite
import pytest

from casepub.checks import learned
from casepub.checks.hits import Hit
from casepub.checks.model_hits import model_hits, model_may
from casepub.checks.privacy import _rule_hits, scan

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))


def test_the_shipped_model_was_trained_on_the_tuning_sets_as_they_are():
    import train_privacy_model

    recorded, model_sha = (ROOT / "casepub" / "data" / learned.DIGEST).read_text(encoding="utf-8").split()
    assert recorded == learned.digest(train_privacy_model.sentences()), \
        "a tuning set, a word list or the features changed: run `make model` and commit casepub/data/phi.crfsuite"
    assert model_sha == hashlib.sha256((ROOT / "casepub" / "data" / learned.MODEL).read_bytes()).hexdigest(), \
        "casepub/data/phi.crfsuite is not the model `make model` wrote"


def test_no_honest_set_is_trained_on():
    import privacy

    assert not set(privacy.TUNING) & set(privacy.HONEST)


# Sentences written for the test, in shapes no pattern knows: the model finds them, the patterns do not.
@pytest.mark.parametrize("text,found", [
    ("She was admitted from verpleeghuis De Kroonhof in Assen.", ("phi-location", "De Kroonhof")),
    ("pt works as a cook at Serengeti Lodge in arusha.", ("phi-location", "Serengeti Lodge")),  # (session 8: a
    # pattern now knows "Hotel X")
    ("The boy was transferred to Groote Schuur for an ICU bed.", ("phi-location", "Groote Schuur")),
])
def test_the_model_finds_what_the_patterns_miss(text, found):
    assert found[1] not in [h.text for h in _rule_hits(text, frozenset())]
    # (its span may take the kind of place with the name: "verpleeghuis De Kroonhof")
    assert any(h.code == found[0] and found[1] in h.text for h in scan(text))


def test_the_model_adds_nothing_where_a_pattern_found_the_identifier():
    text = "Mrs Ngozi Okafor, 93, lives in Kibera and was seen on 3 March 2021."
    rules = _rule_hits(text, frozenset())
    assert rules and not model_hits(text, rules, frozenset())


def _may(text: str, code: str, value: str) -> bool:
    return model_may(text, Hit(code, value, text.index(value)), frozenset({"Marsh"}))


@pytest.mark.parametrize("text,code,value", [
    ("Her SCORAD is now 92 and falling.", "phi-age", "92"),  # a measurement
    ("He weighed 95 kg at diagnosis.", "phi-age", "95"),
    ("patients aged 90 or older", "phi-age", "aged 90"),
    ("on Day 5 the rash faded", "phi-date", "Day 5"),
    ("biopsies from 2019-2020 were unchanged", "phi-date", "2019-2020"),
    ("a note in Korean was kept", "phi-location", "Korean"),
    ("In Japanese Nursing Homes, scabies is common.", "phi-location", "Japanese Nursing Homes"),
    ("He was seen at the Mayo clinic.", "phi-location", "Mayo"),
    ("The Centro de Salud gave the vaccine.", "phi-location", "Centro de Salud"),
    ("The platelet count was 45000 on day 2.", "phi-location", "45000"),
    ("The CD34+ cell number was 312 (250-400).", "phi-contact", "312 (250-400"),
    ("Dr Marsh reviewed the slides.", "phi-name", "Marsh"),  # an author
    ("His wife, 45, had the same rash.", "phi-age", "45"),  # under 90
    ("The Marsh grade was 3a.", "phi-date", "Marsh grade"),  # not a month
    ("It was her birthday today.", "phi-date", "birthday today"),
    ("患者王秀英，女，91岁。", "phi-name", "王秀英"),  # too little CJK in the sets to trust the model there
])
def test_the_model_may_not_flag_what_the_patterns_would_not(text, code, value):
    assert not _may(text, code, value)


@pytest.mark.parametrize("text,code,value", [
    ("Mrs Alder, 94, lives alone.", "phi-age", "94"),
    ("Seen again on Sat 14/3.", "phi-date", "Sat 14/3"),
    ("She swims off Manly every day.", "phi-location", "Manly"),
    ("Auckland 1062 is the postcode.", "phi-location", "1062"),
    ("Her son can be reached on 0918 447 2290.", "phi-contact", "0918 447 2290"),
])
def test_the_model_may_flag_these(text, code, value):
    assert _may(text, code, value)


@pytest.mark.parametrize("text", [
    "Serum beta-hCG was 1250000 mIU/mL.", "HIV-1 RNA was 2450000 cp/mL.", "a city of 1200000",
    "at position 140453136 on chromosome 7", "Blood pressures were 120-80-60.", "The HLA alleles 02-24-44-51",
    "Ensitrelvir (S-217622) 375 mg was given.", "PubChem CID 5281004", "The AMPK activator A-769662",
])
def test_numbers_with_no_label_that_are_no_record(text):
    assert [h for h in scan(text) if h.code == "phi-id"] == []


@pytest.mark.parametrize("text,value", [
    ("The wristband K447182 was photographed.", "K447182"),
    ("Cultures grew MRSA (lab 22M004471).", "22M004471"),
    ("Patient 448-22-719 was consented.", "448-22-719"),
])
def test_numbers_whose_shape_is_a_record(text, value):
    assert ("phi-id", value) in [(h.code, h.text) for h in scan(text)]


def test_word_shapes():
    assert [learned._shape(w) for w in ("12", "was", "Łukasz", "S22-04719", "Иван")] == ["d", "x", "Xx", "Xd-d", "Xx"]


def test_a_label_is_found_where_it_stands_alone_and_again_where_it_repeats():
    text = "Seen in 1991, Ana was 91; Ana had anaemia."
    toks = learned.tokens(text)
    tags = dict(zip(range(len(toks)), learned.bio(text, toks, [("phi-age", "91"), ("phi-name", "Ana"),
                                                              ("phi-name", "Ana")])))
    words = [t for t, _, _ in toks]
    assert tags[words.index("1991")] == "O" and tags[words.index("91")] == "B-phi-age"
    assert [tags[i] for i, w in enumerate(words) if w == "Ana"] == ["B-phi-name", "B-phi-name"]


def test_a_citation_is_no_contact():
    assert scan("as reported [@smith2019; @lee2020] and by @cohen2007") == []


def test_tags_follow_the_labels():
    text = "Seen at Klinik Bethel on 3 May 2021."
    toks = learned.tokens(text)
    tags = learned.bio(text, toks, [("phi-location", "Klinik Bethel"), ("phi-date", "3 May 2021")])
    assert list(zip([t for t, _, _ in toks], tags)) == [
        ("Seen", "O"), ("at", "O"), ("Klinik", "B-phi-location"), ("Bethel", "I-phi-location"), ("on", "O"),
        ("3", "B-phi-date"), ("May", "I-phi-date"), ("2021", "I-phi-date"), (".", "O")]


def test_training_writes_a_model_that_tags_what_it_was_taught(tmp_path):
    sentences = [{"text": f"She lives in Qwertyville{n} and was seen.", "phi": [["phi-location", f"Qwertyville{n}"]]}
                 for n in range(30)] + [{"text": "She was seen and treated.", "phi": []}] * 30
    digest = learned.train(sentences, tmp_path / "m.crfsuite")
    assert digest == learned.digest(sentences) and len(digest) == 64
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    toks = learned.tokens("She lives in Qwertyville7 and was seen.")
    assert "B-phi-location" in tagger.tag(learned.features(toks))
    assert set(tagger.tag(learned.features(learned.tokens("She was seen and treated.")))) == {"O"}


def test_a_models_place_after_a_relative_that_starts_with_a_given_name_is_a_person():
    from casepub.checks.model_hits import _a_person

    text = "The boy came with his aunt, Kamala Devi Rai."
    assert _a_person(text, "Kamala Devi Rai", text.index("Kamala"))
    text = "She lives in the village of Kamala near the river."
    assert not _a_person(text, "Kamala", text.index("Kamala"))
    text = "Mother: Maria Lopes; village: Santa Rita."
    assert not _a_person(text, "Santa Rita", text.index("Santa"))
