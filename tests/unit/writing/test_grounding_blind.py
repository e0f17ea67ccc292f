"""The grounding checker on the BLIND sets: resumes and sentences written by curators who never
saw the checker (tests/fixtures/writing/grounding_blind*/; provenance in each README).

Issue 12's targets are recall >= 0.95 for every kind and false flags <= 5 % of supported
sentences. Each set was first run once as a test; its misses then became development data, so
these floors guard against regressions and say nothing about generalisation — that is measured
by the next set's one run (figures in each set's README and in the writing README section):

* ``grounding_blind`` (8 resumes, 308 sentences): test split run once in session 3 (false flags
  6.5 %, date 0.75, employer/tool 0.83 …); now every kind 24/24 and 0/92 false flags.
* ``grounding_blind2`` (8 resumes of other professions, 312 sentences): run once in session 6
  after the set-1 work: employer 0.75, date 0.83, title/scale 0.92, false flags 20/96 (20.8 %);
  after the mechanisms its misses showed: certification/degree/date/title 23/24, the rest 24/24,
  false flags 3/96 (3.1 %).
* ``grounding_blind3`` (8 more professions, 312 sentences): run once after sets 1–2 were development
  data: recall 0.88–0.96 per kind (degree, scale, title 21/24), false flags 17/96 (17.7 %) — targets
  not met on unseen text; then development data too: degree/title 22/24, the rest 23/24, 4/96.
* ``grounding_blind4`` (8 more professions): run once after sets 1–3: recall 0.88–1.00 per kind
  (date 21/24, degree 22/24), false flags 20/96 (20.8 %); then development data: 3/96.
* ``grounding_blind5`` (8 more professions): run once after sets 1–4: recall 0.83–1.00 (employer
  20/24, date and scale 21/24), false flags 16/96 (16.7 %); then development data (rates restated per
  period, sentence-initial capitals, credential names with title words): 5/96.
* ``grounding_blind6`` (8 more professions): run once after sets 1–5: recall 0.75–1.00 (employer
  18/24, degree 21/24), false flags 13/96 (13.5 %); then development data (session 7, all six sets):
  certification/date/scale 23/24, the rest 24/24, 1/96.

Session 7 (all six sets as development data; mechanisms in test_grounding_mechanisms.py): false flags
0/2/4/3/5/13 → 0/1/3/1/1/1 per set (27 → 7 of 576), misses 45 → 15 of 1,296.

* ``grounding_blind7`` (8 more professions): run once after that work: inflated scale 11/24, title
  18/24, numbers 22/24, contact/tool 23/24, the rest 24/24; false flags 17/96 (17.7 %) — targets not
  met on unseen text (scale claims without a number, "all/every/entire …", and title synonyms are
  the weak kinds; organisations named in non-employer roles the main false flag).

Session 8 (sets 1–6 still the development data; set 7 not opened): scope claims without a number,
whose titles, title synonyms and organisations in non-employer roles rebuilt from tables of variants
written for ``test_grounding_variants.py``; on sets 1–6 inflated scale 23 → 24 of 24 in set 6 (the
rest unchanged), false flags unchanged at 0/1/3/1/1/1 (7 of 576).

* ``grounding_blind8`` (24 resumes of 24 professions in 15 countries, 345 sentences, its own mix of kinds
  incl. invented achievements and derived figures in supported sentences): run once after the session-8
  work: caught 125/153 — certification 8/9, contact 6/6, date 10/17, degree 8/8, employer 12/12,
  inflated scale 18/26, numbers 25/27, invented achievements 6/11, title 22/26, tool 10/11; false flags
  18/192 (9.4 %) — targets not met on unseen text (durations "four years at X", scope "entire/all/every
  …" claims, invented achievements; derived figures and organisations in non-employer roles flagged).

Session 9 (sets 1–8 the development data; set 9 curated blind this session and not opened before its
run): duration claims (``durations.py``) and number forms (shares in words, currency prefixes, unit
abbreviations, "top-3"/"#61", graded names) rebuilt from tables of variants; on set 8 date 10 → 15 of 17
and false flags 18 → 8, sets 1–7 unchanged.

* ``grounding_blind9`` (20 resumes of 20 professions in 19 countries, 300 sentences, 71 of them about
  durations or start dates): run once after the session-9 work: caught 107/135 — certification 13/15,
  contact 5/5, date 19/26, degree 9/13, employer 4/9, inflated scale 12/18, numbers 15/16, invented
  achievements 6/9, title 9/9, tool 15/15; false flags 21/165 (12.7 %) — targets not met on unseen text
  (scoped durations "as a licensed P.Eng." and "a decade of industry experience", employers named for work
  done elsewhere, degrees from another school; "three and a half years", currency codes "CAD 84
  million"/"₦9.5 billion" and school abbreviations flagged).

A sentence counts as caught when it gets any flag (the flag's kind may differ: an invented
credential can be flagged as a title); a supported sentence is a false flag when it gets any flag.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from careercopilot.writing.grounding import SourceFacts, check

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "writing"
TODAY = date(2026, 12, 3)  # the curators' "present" is December 2026
KINDS = ("certification", "contact", "date", "degree", "employer", "inflated_scale", "numbers", "title", "tool")

#: Measured floors (caught out of 24 per kind) and false-flag ceilings, per set.
SETS = {
    "grounding_blind": dict(rows=308, supported=92, floor={k: 24 for k in KINDS}, false_flags=0),
    "grounding_blind2": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "title": 23, "certification": 23}, false_flags=1),
    "grounding_blind3": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "certification": 23, "numbers": 23, "title": 23,
                                    "tool": 23}, false_flags=3),
    "grounding_blind4": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "numbers": 23, "title": 23}, false_flags=1),
    "grounding_blind5": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "date": 23, "employer": 23, "numbers": 23, "title": 23},
                             false_flags=1),
    "grounding_blind6": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "certification": 23, "date": 23}, false_flags=1),
    # its one run (session 7, after sets 1–6 were development data): the measured figures
    "grounding_blind7": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "contact": 23, "inflated_scale": 11, "numbers": 22,
                                    "title": 18, "tool": 23}, false_flags=16),
    # its one run (session 8, after the session-8 mechanisms; sets 1–6 development data, 7 unopened):
    # 24 resumes, its own mix of kinds (counts below) incl. invented achievements; the measured figures
    "grounding_blind8": dict(rows=345, supported=192, resumes=24,
                             kinds={"certification": 9, "contact": 6, "date": 17, "degree": 8, "employer": 12,
                                    "inflated_scale": 26, "numbers": 27, "other_fabrication": 11, "title": 26,
                                    "tool": 11},
                             # date 10 → 15 after session 9's duration claims (writing/grounding/durations.py;
                             # set 8 is development data since its one run)
                             floor={"certification": 8, "contact": 6, "date": 15, "degree": 8, "employer": 12,
                                    "inflated_scale": 18, "numbers": 25, "other_fabrication": 6, "title": 22,
                                    "tool": 10}, false_flags=8),  # 18 → 8: shares in words, C$, 480V, top-3, #61, Band 5
    # its one run (session 9, after the session-9 durations and number forms; sets 1–8 development data)
    "grounding_blind9": dict(rows=300, supported=165, resumes=20,
                             kinds={"certification": 15, "contact": 5, "date": 26, "degree": 13, "employer": 9,
                                    "inflated_scale": 18, "numbers": 16, "other_fabrication": 9, "title": 9,
                                    "tool": 15},
                             floor={"certification": 13, "contact": 5, "date": 20, "degree": 9, "employer": 4,
                                    "inflated_scale": 12, "numbers": 15, "other_fabrication": 6, "title": 9,
                                    "tool": 15}, false_flags=11),  # 21 → 11 after its run (dev data since):
    # "three and a half", currency codes/names, sums of three parts, roles within a stay
}


def load(name: str):
    folder = FIXTURES / name
    rows = [json.loads(line) for line in (folder / "sentences.jsonl").read_text("utf-8").splitlines()]
    resumes = {p.stem: p.read_text("utf-8") for p in (folder / "resumes").glob("*.txt")}
    return rows, resumes


def evaluate(name: str = "grounding_blind"):
    """``(caught, total, false_flags, misses)`` of the checker on set ``name``."""
    rows, resumes = load(name)
    facts = {rid: SourceFacts.from_texts(text, today=TODAY) for rid, text in resumes.items()}
    caught, total, false_flags, misses = Counter(), Counter(), [], []
    for row in rows:
        flags = check(row["text"], facts[row["resume_id"]])
        if row["supported"]:
            if flags:
                false_flags.append((row["id"], row["text"], [(f.kind, f.text) for f in flags]))
            continue
        total[row["kind"]] += 1
        if flags:
            caught[row["kind"]] += 1
        else:
            misses.append((row["id"], row["kind"], row["text"]))
    return caught, total, false_flags, misses


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_set_shape(name):
    rows, resumes = load(name)
    spec = SETS[name]
    assert len(rows) == spec["rows"] and len(resumes) == spec.get("resumes", 8)
    assert Counter(r["kind"] for r in rows if not r["supported"]) == spec.get("kinds", {k: 24 for k in KINDS})
    assert sum(r["supported"] for r in rows) == spec["supported"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_set_recall_and_false_flags_at_the_measured_floor(name):
    caught, total, false_flags, misses = evaluate(name)
    spec = SETS[name]
    recall = {k: f"{caught[k]}/{total[k]}" for k in sorted(total)}
    assert all(caught[k] >= floor for k, floor in spec["floor"].items()), f"recall {recall}\nmisses {misses}"
    assert len(false_flags) <= spec["false_flags"], f"false flags {false_flags}"
