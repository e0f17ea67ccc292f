"""The grounding checker on the BLIND set (tests/fixtures/writing/grounding_blind: 8 resumes,
308 sentences written by a curator who never saw the checker; see its README).

Issue 12's targets are recall >= 0.95 for every kind and false flags <= 5 % of supported
sentences. They are NOT all met here: on the whole set the checker reached date 21/24 (0.88),
employer 22/24 (0.92) and tool 22/24 (0.92); certification, inflated_scale and title 23/24
(0.96); contact, degree and numbers 24/24; false flags 3/92 (3.3 %). On the held-out test
split alone (run once) false flags were 3/46 (6.5 %). This test asserts that measured floor —
per-kind caught counts and the false-flag count — so a regression fails; raising the floor
needs a mechanism change measured on a new blind set, not a change of these numbers.

A sentence counts as caught when it gets any flag (the flag's kind may differ: an invented
credential can be flagged as a title); a supported sentence is a false flag when it gets any flag.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

from careercopilot.writing.grounding import SourceFacts, check

BLIND = Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "grounding_blind"
ROWS = [json.loads(line) for line in (BLIND / "sentences.jsonl").read_text("utf-8").splitlines()]
RESUMES = {p.stem: p.read_text("utf-8") for p in (BLIND / "resumes").glob("*.txt")}
TODAY = date(2026, 12, 3)  # the curator's "present" is December 2026

#: Measured floor on the whole blind set (caught out of 24 per kind).
CAUGHT_FLOOR = {"certification": 23, "contact": 24, "date": 21, "degree": 24, "employer": 22,
                "inflated_scale": 23, "numbers": 24, "title": 23, "tool": 22}
FALSE_FLAG_CEILING = 3  # of 92 supported sentences


def evaluate(rows=ROWS):
    facts = {rid: SourceFacts.from_texts(text, today=TODAY) for rid, text in RESUMES.items()}
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


def test_blind_set_shape():
    assert len(ROWS) == 308 and len(RESUMES) == 8
    assert Counter(r["kind"] for r in ROWS if not r["supported"]) == {k: 24 for k in CAUGHT_FLOOR}
    assert sum(r["supported"] for r in ROWS) == 92


def test_blind_set_recall_and_false_flags_at_the_measured_floor():
    caught, total, false_flags, misses = evaluate()
    recall = {k: f"{caught[k]}/{total[k]}" for k in sorted(total)}
    assert all(caught[k] >= floor for k, floor in CAUGHT_FLOOR.items()), f"recall {recall}\nmisses {misses}"
    assert len(false_flags) <= FALSE_FLAG_CEILING, f"false flags {false_flags}"

