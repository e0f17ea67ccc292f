"""The grounding check's budget (sec125 finding 1): long texts are checked in chunks of whole
paragraphs/sentences, and what a time limit leaves unchecked is one open ``unchecked`` flag."""

from __future__ import annotations

import pytest

from careercopilot.services import writing_grading as wg


def _flags_every_digit(part: str) -> list[dict]:
    return [{"kind": "number", "start": i, "end": i + 1, "text": ch, "source": "rules", "message": ""}
            for i, ch in enumerate(part) if ch.isdigit()]


@pytest.mark.parametrize("text,size,pieces", [
    ("Short letter.", 100, 1),
    ("One. Two. Three. Four.", 10, 3),                 # sentence ends
    ("Para one is here.\n\nPara two is here.", 24, 2),  # a paragraph break in the second half
    ("x" * 25, 10, 3),                                  # no break at all: cut at the size
])
def test_chunks_cover_the_text_in_order(text, size, pieces):
    spans = wg.chunks(text, size)
    assert len(spans) == pieces and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


def test_flags_keep_the_whole_texts_offsets():
    text = "I led 4 people. " * 10
    flags = wg.budgeted(text, _flags_every_digit, size=40)
    assert [text[f["start"]:f["end"]] for f in flags] == ["4"] * 10


def test_over_the_time_limit_the_rest_is_one_open_unchecked_flag():
    ticks = iter(range(100))
    text = "I led 4 people. " * 10
    flags = wg.budgeted(text, _flags_every_digit, size=40, seconds=2, clock=lambda: next(ticks))
    unchecked = [f for f in flags if f["kind"] == "unchecked"]
    assert len(unchecked) == 1 and unchecked[0]["end"] == len(text)
    assert text[unchecked[0]["start"]:] == unchecked[0]["text"]
    assert unchecked[0]["message"].startswith(f"Checked only the first {unchecked[0]['start']:,} of {len(text):,}")
    assert all(f["end"] <= unchecked[0]["start"] for f in flags if f["kind"] != "unchecked")


def test_judge_flags_stay_while_their_text_does():
    old = [{"kind": "claim", "start": 0, "end": 4, "text": "Lead", "source": "judge", "message": ""},
           {"kind": "claim", "start": 5, "end": 9, "text": "Gone", "source": "judge", "message": ""}]
    out = wg.with_judge_flags([], old, "We Lead")
    assert [(f["text"], f["start"]) for f in out] == [("Lead", 3)]
