"""Recall and precision of the privacy scanner per identifier type, on the labelled corpus.

Run: python benchmarks/privacy.py   (or `make bench`). Targets: recall >= 95%, precision >= 90%.
A labelled identifier counts as found when a hit of the same type overlaps it; a hit that
overlaps no label of its type is a false positive.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casepub.checks.patterns import PATTERNS  # noqa: E402
from casepub.checks.privacy import scan  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "privacy"
CORPUS = FIXTURES / "corpus.yaml"  # written with the patterns: the first tuning set
HELDOUT = FIXTURES / "heldout.yaml"  # written blind; its misses then shaped the second round of patterns
BLIND = FIXTURES / "blind.yaml"  # written blind after round 2; its misses shaped round 3
BLIND2 = FIXTURES / "blind2.yaml"  # written blind after round 3; its misses shaped round 4
BLIND3 = FIXTURES / "blind3.yaml"  # written blind during round 4; its misses shaped round 5
BLIND4 = FIXTURES / "blind4.yaml"  # written blind during round 5; its misses shaped round 6
BLIND5 = FIXTURES / "blind5.yaml"  # written blind during round 6 by someone who never saw the detector
                                   # or the other sets (recall 85.3%, precision 100% then); shaped round 8
BLIND6 = FIXTURES / "blind6.yaml"  # written blind before round 7 (recall 89.7%, precision 99.0% then);
                                   # its misses shaped round 7
BLIND7 = FIXTURES / "blind7.yaml"  # written blind during round 7 by someone who saw neither the detector
                                   # nor the other sets; its misses were first read in round 12 (recall
                                   # 94.9%, precision 100% then), which they shaped
BLIND8 = FIXTURES / "blind8.yaml"  # written blind during round 8 (recall 87.3%, precision 95.0% then);
                                   # its misses shaped round 9
BLIND9 = FIXTURES / "blind9.yaml"  # written blind during round 9 (recall 91.1%, precision 100% then);
                                   # its misses shaped round 10
BLIND10 = FIXTURES / "blind10.yaml"  # written blind during round 10, asked to include identifiers a rule-based
                                     # scanner may find hard (recall 88.9%, precision 98.8% then); shaped round 11
BLIND11 = FIXTURES / "blind11.yaml"  # written blind during round 11, as typical case-report prose; never used for tuning
BLIND12 = FIXTURES / "blind12.yaml"  # written blind during round 12, likewise; never used for tuning
BLIND13 = FIXTURES / "blind13.yaml"  # written blind after round 12 (recall 92.9%, precision 100% then); shaped round 13
BLIND14 = FIXTURES / "blind14.yaml"  # written blind after round 12 by authors of many countries (recall 87.7%,
                                     # precision 95.7% then); shaped round 13
CLEAN13 = FIXTURES / "clean13.yaml"  # written blind in round 13: 300 clean sentences full of numbers and labels
BLIND15 = FIXTURES / "blind15.yaml"  # written blind after round 12, typical prose, 150 sentences (recall 93.7% before
                                     # round 13, 94.7% after its first part, read only then); shaped round 13's second part
BLIND16 = FIXTURES / "blind16.yaml"  # likewise, residents' first drafts (recall 85.4%, then 88.7%)
BLIND17 = FIXTURES / "blind17.yaml"  # written blind during round 13, typical prose, 150 sentences (recall 96.0%,
                                     # precision 98.8% after round 13); shaped round 14
BLIND18 = FIXTURES / "blind18.yaml"  # likewise, residents' first drafts (recall 90.0%, precision 99.0%); shaped round 14
CLEAN14 = FIXTURES / "clean14.yaml"  # written blind during round 13: 300 clean sentences of every section (8 false
                                     # positives after round 13); shaped round 14
BLIND19 = FIXTURES / "blind19.yaml"  # written blind during round 14, typical prose, 150 sentences (recall 96.7%,
                                     # precision 99.4% after round 14); shaped round 15
BLIND20 = FIXTURES / "blind20.yaml"  # likewise, residents' first drafts (recall 91.5%, precision 98.2%); shaped round 15
CLEAN15 = FIXTURES / "clean15.yaml"  # written blind during round 14: 300 clean sentences (8 false positives after
                                     # round 14); shaped round 15
BLIND21 = FIXTURES / "blind21.yaml"  # written blind during round 15, typical prose, 150 sentences (recall 93.6%,
                                     # precision 99.5% after round 15 and its review); shaped round 16
BLIND22 = FIXTURES / "blind22.yaml"  # likewise, residents' first drafts (recall 93.3%, precision 98.6%); shaped round 16
CLEAN16 = FIXTURES / "clean16.yaml"  # written blind during round 15: 300 clean sentences (6 false positives after
                                     # round 15 and its review); shaped round 16
BLIND23 = FIXTURES / "blind23.yaml"  # written blind during round 16, typical prose, 150 sentences; never used for tuning
BLIND24 = FIXTURES / "blind24.yaml"  # written blind during round 16, residents' first drafts; never used for tuning
CLEAN17 = FIXTURES / "clean17.yaml"  # written blind during round 16: 300 clean sentences; never used for tuning
BLIND25 = FIXTURES / "blind25.yaml"  # written blind in session 6, typical prose, asked for the shapes a rule-based
                                     # scanner has not seen (recall 89.5% with the patterns then, 93.6% with the
                                     # model); an honest measure in session 6, then used for tuning in session 7
BLIND26 = FIXTURES / "blind26.yaml"  # likewise, residents' first drafts (recall 71.2% with the patterns, 78.5% with
                                     # the model)
CLEAN18 = FIXTURES / "clean18.yaml"  # written blind in session 6: 300 clean sentences made hard for a scanner (11
                                     # false positives with the model); likewise
# Written in session 7 to train the model (and read): notes and drafts, the world's formats, identifiers hidden
# in captions, tables and quotes
TRAIN1 = FIXTURES / "train1.yaml"
TRAIN2 = FIXTURES / "train2.yaml"
TRAIN3 = FIXTURES / "train3.yaml"
TRAIN4 = FIXTURES / "train4.yaml"  # typical published prose, unusual shapes
TRAIN5 = FIXTURES / "train5.yaml"  # residents' drafts and pasted notes
TRAIN6 = FIXTURES / "train6.yaml"  # authors from non-English-speaking countries
TRAIN7 = FIXTURES / "train7.yaml"  # 60% clean sentences made hard, 40% with identifiers close in shape
BLIND27 = FIXTURES / "blind27.yaml"  # written blind in session 7, typical prose with unseen shapes (recall 92.0%,
                                     # precision 96.8% at the end of session 7); an honest measure then, used for
                                     # tuning in session 8
BLIND28 = FIXTURES / "blind28.yaml"  # likewise, residents' first drafts (recall 90.4%, precision 98.1%)
BLIND29 = FIXTURES / "blind29.yaml"  # likewise, authors from non-English-speaking countries (recall 96.1%,
                                     # precision 96.9%)
CLEAN19 = FIXTURES / "clean19.yaml"  # written blind in session 7: 300 clean sentences (16 false positives); likewise
# Written in session 8 to train the model (and read): the hardest types weighted (dates, record numbers,
# places); many specialties, with identifiers in brackets, lists, captions and quotes
TRAIN8 = FIXTURES / "train8.yaml"
TRAIN9 = FIXTURES / "train9.yaml"
BLIND30 = FIXTURES / "blind30.yaml"  # written blind in session 8, typical prose of many specialties (recall 95.5%,
                                     # precision 98.2% when first measured, after the session's first round); then
                                     # used for tuning in its second round
BLIND31 = FIXTURES / "blind31.yaml"  # likewise, residents' drafts and pasted notes (recall 88.6%, precision 96.6%)
BLIND32 = FIXTURES / "blind32.yaml"  # likewise, authors from 23 other countries (recall 92.3%, precision 97.6%)
CLEAN20 = FIXTURES / "clean20.yaml"  # written blind in session 8: 300 clean sentences (10 false positives); likewise
BLIND33 = FIXTURES / "blind33.yaml"  # written blind in session 8, typical prose of other specialties (recall 97.0%,
                                     # precision 97.8% when first measured, after the session's second round); then
                                     # used for tuning in its third round
BLIND34 = FIXTURES / "blind34.yaml"  # likewise, residents' drafts and pasted notes (recall 91.1%, precision 97.0%)
BLIND35 = FIXTURES / "blind35.yaml"  # likewise, authors from 31 other countries (recall 94.4%, precision 96.4%)
CLEAN21 = FIXTURES / "clean21.yaml"  # written blind in session 8: 300 clean sentences (6 false positives); likewise
BLIND36 = FIXTURES / "blind36.yaml"  # written blind in session 8, typical prose of yet other specialties (recall 93.7%,
                                     # precision 97.4% when first measured, after the session's third round); then
                                     # used for tuning in its fourth round
BLIND37 = FIXTURES / "blind37.yaml"  # likewise, residents' drafts, notes and logs (recall 91.9%, precision 98.6%)
BLIND38 = FIXTURES / "blind38.yaml"  # likewise, authors from 35 other countries (recall 90.0%, precision 96.0%)
CLEAN22 = FIXTURES / "clean22.yaml"  # written blind in session 8: 300 clean sentences (14 false positives); likewise
# Written in session 8 to train the model (and read): residents' notes with ages and dates in shorthand; authors
# from 42 more countries; identifiers introduced every way; 55% clean sentences made hard
TRAIN10 = FIXTURES / "train10.yaml"
TRAIN11 = FIXTURES / "train11.yaml"
TRAIN12 = FIXTURES / "train12.yaml"
TRAIN13 = FIXTURES / "train13.yaml"
BLIND39 = FIXTURES / "blind39.yaml"  # written blind in session 8, typical prose, dermatology first (recall 95.5%,
                                     # precision 98.2% when first measured, after the session's fourth round); then
                                     # used for tuning in its fifth round
BLIND40 = FIXTURES / "blind40.yaml"  # likewise, residents' drafts, notes and logs (recall 89.3%, precision 96.6%)
BLIND41 = FIXTURES / "blind41.yaml"  # likewise, authors from 27 countries (recall 96.5%, precision 96.8%)
CLEAN23 = FIXTURES / "clean23.yaml"  # written blind in session 8: 300 clean sentences (10 false positives); likewise
BLIND42 = FIXTURES / "blind42.yaml"  # written blind in session 8, dermatology and its neighbours (recall 95.4%,
                                     # precision 98.7% on session 8's final code); an honest measure then, used for
                                     # tuning in session 9
BLIND43 = FIXTURES / "blind43.yaml"  # likewise, residents' drafts in every shorthand (recall 90.2%, precision 96.8%)
BLIND44 = FIXTURES / "blind44.yaml"  # likewise, authors from as many countries as sentences (recall 93.5%,
                                     # precision 97.4%)
CLEAN24 = FIXTURES / "clean24.yaml"  # written blind in session 8: 300 clean sentences (17 false positives); likewise

# Written in session 9 to train the model (and read): ages and record numbers said every way; places of every kind
TRAIN14 = FIXTURES / "train14.yaml"
TRAIN15 = FIXTURES / "train15.yaml"
BLIND45 = FIXTURES / "blind45.yaml"  # written blind in session 9, specialties rarely sampled (recall 96.9%, precision
                                     # 98.2% when first measured, after the session's first round); then used for
                                     # tuning in its second round
BLIND46 = FIXTURES / "blind46.yaml"  # likewise, residents' drafts, letters and handovers (recall 91.0%, precision 98.2%)
BLIND47 = FIXTURES / "blind47.yaml"  # likewise, authors from 35 countries (recall 97.0%, precision 98.8%)
CLEAN25 = FIXTURES / "clean25.yaml"  # written blind in session 9: 300 clean sentences (6 false positives); likewise
# Written in session 9 to train the model (and read): notes' dates and ages in every shorthand; residents' drafts;
TRAIN16 = FIXTURES / "train16.yaml"
TRAIN17 = FIXTURES / "train17.yaml"
TRAIN18 = FIXTURES / "train18.yaml"  # authors from 250 countries and territories, a sentence each
TRAIN19 = FIXTURES / "train19.yaml"  # passages of two to four sentences, identifiers anywhere in them
BLIND48 = FIXTURES / "blind48.yaml"  # written blind in session 9, the specialties case reports come from most (recall
                                     # 96.8%, precision 98.6% when first measured, after the session's second round);
                                     # then used for tuning in its third round
BLIND49 = FIXTURES / "blind49.yaml"  # likewise, residents' drafts by writers of different habits (recall 92.3%,
                                     # precision 96.9%)
BLIND50 = FIXTURES / "blind50.yaml"  # likewise, authors from 35 countries rarely sampled (recall 94.4%, precision 98.7%)
CLEAN26 = FIXTURES / "clean26.yaml"  # written blind in session 9: 300 clean sentences (1 false positive); likewise
# Written in session 9 to train the model (and read): residents' notes with contacts and places; notes in English
# from 250 countries
TRAIN20 = FIXTURES / "train20.yaml"
TRAIN21 = FIXTURES / "train21.yaml"
BLIND51 = FIXTURES / "blind51.yaml"  # written blind in session 9, every specialty, every part of a report (recall 96.9%,
                                     # precision 97.3% when first measured, after the session's third round); then
                                     # used for tuning in its fourth round
BLIND52 = FIXTURES / "blind52.yaml"  # likewise, students', interns' and registrars' drafts with pasted notes (recall
                                     # 91.0%, precision 97.4%)
BLIND53 = FIXTURES / "blind53.yaml"  # likewise, authors from 35 countries of every continent (recall 96.9%, precision
                                     # 98.2%)
CLEAN27 = FIXTURES / "clean27.yaml"  # written blind in session 9: 300 clean sentences (6 false positives); likewise
# Written in session 9 to train the model (and read): places said every way; notes' dates and ages again
TRAIN22 = FIXTURES / "train22.yaml"
TRAIN23 = FIXTURES / "train23.yaml"
BLIND54 = FIXTURES / "blind54.yaml"  # written blind in session 9, dermatology and the specialties it consults; never
                                     # used for tuning
BLIND55 = FIXTURES / "blind55.yaml"  # likewise, residents' drafts, letters and handovers; never used for tuning
BLIND56 = FIXTURES / "blind56.yaml"  # likewise, authors from 35 countries; never used for tuning
CLEAN28 = FIXTURES / "clean28.yaml"  # written blind in session 9: 300 clean sentences; never used for tuning
# A confirmation round, written blind at the end of session 9 and measured once on its final code (never read):
BLIND57 = FIXTURES / "blind57.yaml"  # the specialties case reports come from most; never used for tuning
BLIND58 = FIXTURES / "blind58.yaml"  # residents' drafts, letters and handovers; never used for tuning
BLIND59 = FIXTURES / "blind59.yaml"  # authors from 35 countries; never used for tuning
CLEAN29 = FIXTURES / "clean29.yaml"  # 300 clean sentences; never used for tuning
# Written blind in session 10 and weighted to places, the one type below its target; measured once on arrival on
# session 9's code, then read and used for tuning. Where a writer left 'nonagenarian' unlabelled, the set now
# labels it (the first measures count it as a false positive).
BLIND60 = FIXTURES / "blind60.yaml"  # published prose, 176 places (recall 88.8%, precision 98.4%; places 82.4%)
BLIND61 = FIXTURES / "blind61.yaml"  # residents' drafts, towns in lower case (recall 84.4%, precision 97.9%;
                                     # places 75.5%)
BLIND62 = FIXTURES / "blind62.yaml"  # authors from 35 countries (recall 97.7%, precision 97.9%; places 95.0%)
CLEAN30 = FIXTURES / "clean30.yaml"  # 300 clean sentences full of place-like words (26 false positives)
BLIND66 = FIXTURES / "blind66.yaml"  # residents' drafts again, 200 places (recall 82.9%, precision 95.9%;
                                     # places 74.0%)
# Written in session 10 to train the model (and read): places said every way; ages and record numbers; notes' places
TRAIN24 = FIXTURES / "train24.yaml"
TRAIN25 = FIXTURES / "train25.yaml"
TRAIN26 = FIXTURES / "train26.yaml"
# A confirmation round, written blind in session 10 while its rules were made, and measured once on its final
# code (never read): recall 96.2%, precision 95.9% (95.9% and 96.3% on session 9's code)
BLIND63 = FIXTURES / "blind63.yaml"  # the specialties case reports come from most; never used for tuning
BLIND64 = FIXTURES / "blind64.yaml"  # residents' drafts, letters and handovers; never used for tuning
BLIND65 = FIXTURES / "blind65.yaml"  # authors from 35 countries; never used for tuning
CLEAN31 = FIXTURES / "clean31.yaml"  # 300 clean sentences; never used for tuning


def _where(text: str, span: str) -> int:
    """Where a label stands: its first occurrence as a whole word ("92" in "personnummer 19290814-3862, was a
    92-year-old" is the age, not the digits inside the number), as the model's training reads it (learned.py)."""
    m = re.search(rf"(?<!\w){re.escape(span)}(?!\w)", text)
    return m.start() if m else text.index(span)


def measure(corpus: Path) -> dict[str, dict[str, int]]:
    stats = {code: {"labels": 0, "found": 0, "hits": 0, "false": 0} for code in dict.fromkeys(c for c, *_ in PATTERNS)}
    for entry in yaml.safe_load(corpus.read_text(encoding="utf-8"))["sentences"]:
        text = entry["text"]
        labels = [(code, _where(text, str(span)), _where(text, str(span)) + len(str(span)))
                  for code, span in entry["phi"]]
        hits = [(h.code, h.start, h.start + len(h.text)) for h in scan(text)]
        for code, start, end in labels:
            stats[code]["labels"] += 1
            if any(c == code and s < end and start < e for c, s, e in hits):
                stats[code]["found"] += 1
        for code, start, end in hits:
            stats[code]["hits"] += 1
            if not any(c == code and s < end and start < e for c, s, e in labels):
                stats[code]["false"] += 1
    return stats


def report(name: str, *corpora: Path) -> bool:
    """One table for the corpora together (one set, or the honest sets pooled)."""
    stats = measure(corpora[0])
    for corpus in corpora[1:]:
        for code, counts in measure(corpus).items():
            for k, v in counts.items():
                stats[code][k] += v
    print(f"\n{name}: {', '.join(str(c.relative_to(ROOT)) for c in corpora)}")
    if not any(s["labels"] for s in stats.values()):  # clean sentences: only false positives to count
        sentences = sum(len(yaml.safe_load(c.read_text(encoding="utf-8"))["sentences"]) for c in corpora)
        false = {code: s["false"] for code, s in stats.items() if s["false"]}
        print(f"{sentences} clean sentences, {sum(false.values())} false positives"
              + (f" ({', '.join(f'{code} {n}' for code, n in false.items())})" if false else ""))
        return True  # their false positives count against precision where the sets are pooled
    print(f"{'type':<14}{'labels':>7}{'found':>7}{'recall':>9}{'hits':>7}{'false+':>8}{'precision':>11}")
    ok = True
    totals = {"labels": 0, "found": 0, "hits": 0, "false": 0}
    for code, s in stats.items():
        recall = s["found"] / s["labels"] if s["labels"] else 1.0
        precision = (s["hits"] - s["false"]) / s["hits"] if s["hits"] else 1.0
        ok &= recall >= 0.95 and precision >= 0.90
        for k in totals:
            totals[k] += s[k]
        print(f"{code:<14}{s['labels']:>7}{s['found']:>7}{recall:>9.1%}{s['hits']:>7}{s['false']:>8}{precision:>11.1%}")
    recall = totals["found"] / totals["labels"] if totals["labels"] else 1.0  # a set of clean sentences has none
    precision = (totals["hits"] - totals["false"]) / totals["hits"] if totals["hits"] else 1.0
    print(f"{'all':<14}{totals['labels']:>7}{totals['found']:>7}{recall:>9.1%}{totals['hits']:>7}"
          f"{totals['false']:>8}{precision:>11.1%}")
    print("targets (recall >= 95%, precision >= 90%, every type):", "met" if ok else "NOT met")
    return ok


# In the order the sets shaped the scanner; the last ones never did.
TUNING = (CORPUS, HELDOUT, BLIND, BLIND2, BLIND3, BLIND4, BLIND6, BLIND5, BLIND8, BLIND9, BLIND10, BLIND7, BLIND13,
          BLIND14, CLEAN13, BLIND15, BLIND16, BLIND17, BLIND18, CLEAN14, BLIND19, BLIND20, CLEAN15, BLIND21, BLIND22,
          CLEAN16, BLIND25, BLIND26, CLEAN18, TRAIN1, TRAIN2, TRAIN3,
          TRAIN4, TRAIN5, TRAIN6, TRAIN7, BLIND27, BLIND28, BLIND29, CLEAN19, TRAIN8, TRAIN9, BLIND30, BLIND31,
          BLIND32, CLEAN20, BLIND33, BLIND34, BLIND35, CLEAN21, BLIND36, BLIND37, BLIND38, CLEAN22, TRAIN10, TRAIN11,
          TRAIN12, TRAIN13, BLIND39, BLIND40, BLIND41, CLEAN23, BLIND42, BLIND43, BLIND44, CLEAN24,
          TRAIN14, TRAIN15, BLIND45, BLIND46, BLIND47, CLEAN25, TRAIN16, TRAIN17,
          TRAIN18, TRAIN19, BLIND48, BLIND49, BLIND50, CLEAN26, TRAIN20, TRAIN21,
          BLIND51, BLIND52, BLIND53, CLEAN27, TRAIN22, TRAIN23,
          BLIND60, BLIND61, BLIND62, CLEAN30, TRAIN24, TRAIN25, BLIND66, TRAIN26)
# The model never trains on these.
HONEST = (BLIND11, BLIND12, BLIND23, BLIND24, CLEAN17, BLIND54, BLIND55, BLIND56, CLEAN28, BLIND57, BLIND58, BLIND59,
          CLEAN29, BLIND63, BLIND64, BLIND65, CLEAN31)


# Long inputs that make a careless regular expression backtrack: each is scanned once and timed.
PATHOLOGICAL = {"dotted digits": "1." * 5000, "dotted letters": "a.b." * 5000, "spelled-out dots": "x dot " * 6700,
                "one name repeated": "Linda Marsh and " * 1250, "capitalised words": "Abc Def " * 2500,
                "single digits": "1 2 " * 5000, "hyphens": "a-" * 10000, "apposed numbers": "a, 95, b, " * 2000,
                "labelled numbers": "number 12345 " * 1500,
                # shapes session 7's review found quadratic before the fix
                "said of a person": "turns 91 " * 2200, "care homes": "Ab Care Home " * 1500,
                "schools": "Lycée de " * 2200, "file-name dates": "_20210314" * 2200,
                # session 8's review: a look-ahead run at every character was quadratic in one long word
                "a long word": "ACGT" * 10000, "one letter": "a" * 40000,
                # its second review: capitals in brackets, long lists of numbers and towns, names repeated
                "a peptide in brackets": "(" + "MKTAYIAKQRQ" * 1800 + ")", "a list of numbers": "1, " * 6600,
                "a list of towns": "Lima, " * 3300, "messages": "hi its Ab, " * 1800,
                # session 9's review: a chain of hyphenated capitals (a German street's shape), many weekdays
                "hyphenated capitals": "Ab-" * 13000 + "Cd", "weekdays": "Monday " * 2860,
                # session 10's shorthands: journeys with arrows, initials and towns in brackets, streets in lower case
                "a journey": "Lima -> " * 4000, "initials in brackets": "Abc Def (ADH) " * 2500,
                "towns in brackets": "at Abc (Lima) " * 2500, "streets in lower case": "12 abc rd, " * 3000,
                # its review: units joined by arrows (exponential in the chain's first regular expression), districts
                "units joined by arrows": "ED->ICU->HDU->" * 2000 + "x", "numbered districts": "in District 5, " * 2600}


def pathological() -> None:
    import time

    print("\nscan time on long pathological inputs (a regular expression that backtracks shows here):")
    for name, text in PATHOLOGICAL.items():
        started = time.perf_counter()
        scan(text)
        print(f"  {name:<20}{len(text):>7} characters {time.perf_counter() - started:>7.2f} s")


def main() -> int:
    ok = True
    for n, corpus in enumerate(TUNING, 1):
        how = "written with the patterns" if corpus is CORPUS else "written blind, then used for tuning"
        ok = report(f"tuning set {n} ({how})", corpus) and ok
    for corpus in HONEST:
        ok = report(f"{corpus.stem} (never used for tuning): an honest measure", corpus) and ok
    # One set holds 10-50 identifiers of a type, so one miss moves its recall by 2-10 points: pooled,
    # the unseen sets say more about the next case report than any one of them.
    ok = report("the honest sets pooled", *HONEST) and ok
    # What the trained model (casepub/checks/learned.py) adds: the same sets with the patterns alone.
    os.environ["CASEPUB_NO_MODEL"] = "1"
    report("the honest sets pooled, patterns alone (without the model)", *HONEST)
    del os.environ["CASEPUB_NO_MODEL"]
    pathological()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
