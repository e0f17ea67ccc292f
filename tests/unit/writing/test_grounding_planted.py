"""The grounding checker on the planted set (tests/fixtures/writing, written before the
checker): recall >= 0.95 for every kind, false flags <= 5 % of supported sentences.

A planted claim counts as caught when any flag overlaps its unsupported span (the flag's
own kind may differ: "Salesforce" is caught as a tool, "OSHA 10-Hour" as a certification
or a number); a supported sentence counts as falsely flagged when it gets any flag."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from careercopilot.writing.grounding import SourceFacts, check

FIX = Path(__file__).resolve().parents[2] / "fixtures" / "writing"
ROWS = [json.loads(line) for line in (FIX / "grounding_planted.jsonl").read_text("utf-8").splitlines()]
RESUMES = json.loads((FIX / "planted_resumes.json").read_text("utf-8"))
TODAY = date(2026, 12, 1)


def evaluate(rows=ROWS):
    caught, total, false_flags, supported, misses = defaultdict(int), defaultdict(int), 0, 0, []
    cache: dict[tuple, SourceFacts] = {}
    for row in rows:
        posting = row.get("posting") or {}
        key = (row["resume"], posting.get("company", ""), posting.get("title", ""))
        if key not in cache:
            cache[key] = SourceFacts.from_texts(RESUMES[key[0]], allowed=key[1:], today=TODAY)
        facts = cache[key]
        flags = check(row["sentence"], facts)
        if row["unsupported"] is None:
            supported += 1
            if flags:
                false_flags += 1
                misses.append(("FALSE", row["sentence"], [f.text for f in flags]))
            continue
        s = row["sentence"].index(row["unsupported"])
        e = s + len(row["unsupported"])
        total[row["kind"]] += 1
        if any(f.start < e and s < f.end for f in flags):
            caught[row["kind"]] += 1
        else:
            misses.append(("MISS", row["kind"], row["sentence"], [f.text for f in flags]))
    recall = {k: caught[k] / total[k] for k in total}
    return recall, false_flags / supported, misses


def test_planted_set_recall_and_false_flags():
    recall, false_rate, misses = evaluate()
    detail = "\n".join(map(str, misses))
    assert len(ROWS) >= 200
    assert all(r >= 0.95 for r in recall.values()), f"recall {recall}\n{detail}"
    assert false_rate <= 0.05, f"false flags {false_rate:.3f}\n{detail}"


@pytest.mark.parametrize(
    ("resume", "sentence"),
    [("Led a team of five engineers for 5 years.", "I led a team of 5 engineers for five years."),
     ("Tuned PostgreSQL queries.", "I tuned Postgres queries."),
     ("Revenue grew to $5M.", "Revenue grew to $5 million."),
     ("Coached to 2nd place.", "I coached the team to second place.")],
)
def test_supported_paraphrases(resume, sentence):
    assert check(sentence, SourceFacts.from_texts(resume, today=TODAY)) == []


def test_judge_may_add_but_never_remove_flags():
    from careercopilot.writing.grounding import Flag

    facts = SourceFacts.from_texts("Built APIs in Python.", today=TODAY)
    text = "I built APIs in Python at Google."
    base = check(text, facts)
    added = check(text, facts, judge=lambda t, f: [Flag("claim", 0, 1, "I", "judge says so")])
    assert [f for f in added if f.source == "rule"] == base and any(f.source == "judge" for f in added)
    cleared = check(text, facts, judge=lambda t, f: [])
    assert cleared == base


@pytest.mark.parametrize("key", sorted(RESUMES))
def test_a_resume_grounds_itself(key):
    """Every sentence of a resume is supported by that resume (no false flag on real layout)."""
    text = RESUMES[key]
    flags = check(text, SourceFacts.from_texts(text, today=TODAY))
    assert flags == [], [(f.kind, f.text) for f in flags]
