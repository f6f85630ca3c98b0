"""A conditional random field that tags the identifiers written in shapes no rule has seen."""

from __future__ import annotations

import hashlib
import logging
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from casepub.checks.gazetteer import english, first_names, last_names, places

logger = logging.getLogger(__name__)

# Words, numbers and single marks: an identifier is a run of them ("S22-04719" is four tokens).
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[^\w\s]")
MODEL = "phi.crfsuite"
DIGEST = "phi.crfsuite.sha256"  # of the sentences it was trained on (scripts/train_privacy_model.py)
# Bump when the features change (also when the word lists behind them are built differently, as in version 3,
# when the first-level subdivisions of every country joined the states): the model must then be trained again.
FEATURES_VERSION = "3"
# L1 keeps few weights (a small file); L2 spreads them over the features the sets share.
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}
MONTH = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
                   r"august|september|october|november|december)$")
WEEKDAY = re.compile(r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*day$")
HONORIFIC = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr|prof|sr|sra|sig|herr|frau|mme|mlle|señor|señora|senhor|senhora|"
                       r"sheikh|haji|hajjah|bapak|ibu|pak|bu|tuan|puan|baba|mama|auntie|uncle|aunty)$")
KIN = re.compile(r"(?i:mother|father|mum|mom|dad|son|daughter|wife|husband|sister|brother|aunt|uncle|niece|nephew|"
                 r"grandmother|grandfather|grandson|granddaughter|cousin|partner|spouse|friend|neighbou?r|"
                 r"carer|caregiver|guardian|fiancée?|widow|widower|twin|sibling|child|baby|infant|patient)s?$")


def _shape(word: str) -> str:
    """'Xx', 'd', 'X-d': the kinds of characters, runs collapsed."""
    kinds = "".join("d" if c.isdecimal() else "X" if c.isupper() else "x" if c.isalpha() else
                    c if c in "-/.:@+()'" else "o" for c in word)
    return re.sub(r"(.)\1+", r"\1", kinds)


def _word_features(word: str) -> dict[str, float | str]:
    low = word.lower()
    f: dict[str, float | str] = {"w": low, "shape": _shape(word), "suf3": low[-3:], "pre3": low[:3]}
    if word.isdecimal():
        f["digits"] = str(min(len(word), 12))
        value = int(word[:6])
        f["year"] = float(len(word) == 4 and 1900 <= value <= 2099)
        f["age90"] = float(90 <= value <= 119 and len(word) <= 3)
        f["day"] = float(1 <= value <= 31 and len(word) <= 2)
    elif word[:1].isalpha():
        f["title"] = float(word[:1].isupper() and not word.isupper())
        f["upper"] = float(word.isupper() and len(word) > 1)
        f["common"] = float(low in english().lower)
        f["proper"] = float(word in english().proper)
        f["first"] = float(word in first_names() or word.title() in first_names())
        f["last"] = float(word in last_names() or word.title() in last_names())
        f["town"] = float(word in places().towns)
        f["allowed"] = float(word in places().allowed)
        f["month"] = float(bool(MONTH.match(word)))
        f["weekday"] = float(bool(WEEKDAY.match(word)))
        f["honorific"] = float(bool(HONORIFIC.match(word)))
        f["kin"] = float(bool(KIN.match(word)))
        f["unknown"] = float(word[:1].isupper() and low not in english().lower and word not in english().proper)
    return f


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def features(toks: list[tuple[str, int, int]]) -> list[dict[str, float | str]]:
    """Each token's own features and its neighbours' (two either side), as crfsuite takes them."""
    own = [_word_features(w) for w, _, _ in toks]
    out = []
    for i, (word, start, _) in enumerate(toks):
        f = dict(own[i])
        f["spaced"] = float(i > 0 and toks[i - 1][2] < start)  # "S22-04719" has no spaces inside
        if i == 0 or toks[i - 1][0] in ".!?:;":
            f["start"] = 1.0
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(toks):
                other = own[j]
                f[f"{d}:w"] = other["w"]
                f[f"{d}:shape"] = other["shape"]
                for key in ("title", "common", "first", "last", "town", "month", "honorific", "kin", "unknown"):
                    if other.get(key):
                        f[f"{d}:{key}"] = 1.0
            else:
                f[f"{d}:w"] = "<edge>"
        f["-1:w|w"] = f"{f['-1:w']}|{own[i]['w']}"
        out.append(f)
    return out


def bio(text: str, toks: list[tuple[str, int, int]], labels: Iterable[tuple[str, str]]) -> list[str]:
    """The B-/I-/O tag of each token from labelled (code, exact text) pairs. A label is looked for where it
    stands alone ("91" in "she was 91", not in "1991"), and a repeated one at its next place."""
    tags = ["O"] * len(toks)
    used: set[int] = set()
    for code, span in labels:
        span = str(span)
        places = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(span)}(?!\w)", text)] or [text.index(span)]
        start = next((p for p in places if p not in used), places[0])
        used.add(start)
        end = start + len(span)
        inside = [i for i, (_, s, e) in enumerate(toks) if s < end and start < e]
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + code
    return tags


@lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    with resources.as_file(resources.files("casepub").joinpath("data", MODEL)) as path:
        tagger.open(str(path))
    return tagger


def find(text: str) -> list[tuple[str, str, int]]:
    """(code, value, start) for each identifier the model tags in one text."""
    toks = tokens(text)
    if not toks:
        return []
    tags = _tagger().tag(features(toks))
    found: list[tuple[str, str, int]] = []
    run: list[int] = []
    for i, tag in enumerate([*tags, "O"]):
        code = tag[2:]
        if run and (tag == "O" or tag.startswith("B-") or code != tags[run[0]][2:]):
            first, last = toks[run[0]], toks[run[-1]]
            found.append((tags[run[0]][2:], text[first[1]:last[2]], first[1]))
            run = []
        if tag != "O":
            run.append(i)
    return found


def digest(sentences: list[dict]) -> str:
    """What a model was trained on, in one line: the features' version, the training settings, the word lists
    and every sentence with its labels."""
    h = hashlib.sha256(f"{FEATURES_VERSION} {sorted(PARAMS.items())}".encode())
    # the word lists the features read: an edited list changes what the model was trained on
    for path in sorted(resources.files("casepub").joinpath("data").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".txt"):
            h.update(path.read_bytes())
    for entry in sentences:
        h.update(repr((entry["text"], entry["phi"])).encode())
    return h.hexdigest()


def train(sentences: list[dict], path: Path) -> str:
    """Train on labelled sentences ({text, phi}) and write the model to PATH; returns the data's digest."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for entry in sentences:
        toks = tokens(entry["text"])
        if toks:
            trainer.append(features(toks), bio(entry["text"], toks, entry["phi"]))
    trainer.set_params(PARAMS)
    trainer.train(str(path))
    return digest(sentences)
