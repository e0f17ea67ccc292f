"""Pure parts of the provider layer: reasoning blocks, context fitting, tolerant JSON, Retry-After."""

from __future__ import annotations

import email.utils

import pytest

from careercopilot.llm.compat import ThinkFilter, fit_to_context, parse_json_tolerant, strip_think
from careercopilot.llm.retry import backoff_seconds, retry_after_seconds


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("<think>plan</think>\n\nDear team,", "Dear team,"),
        ("<THINK>plan</THINK>Dear team,", "Dear team,"),
        ("plan only, template opened it</think>Dear team,", "Dear team,"),
        ("Dear team,<think>unfinished reasoning at the end", "Dear team,"),
        ("Dear team, no reasoning here.", "Dear team, no reasoning here."),
        ("a <b>tag</b> that is not think", "a <b>tag</b> that is not think"),
    ],
)
def test_strip_think(raw, clean):
    assert strip_think(raw) == clean


@pytest.mark.parametrize("split", [1, 2, 3, 5, 7])
def test_think_filter_any_chunking(split):
    raw = "<think>secret plan</think>Hello <world> and <thin ice>."
    f = ThinkFilter()
    out = []
    for i in range(0, len(raw), split):
        text, reset = f.feed(raw[i : i + split])
        assert not reset
        out.append(text)
    out.append(f.flush())
    assert "".join(out) == "Hello <world> and <thin ice>."


def test_fit_to_context_cuts_longest_input_and_reports_loss():
    inputs = {"resume": "word " * 4000, "posting": "req " * 500}
    fitted, notes = fit_to_context(inputs, context_tokens=2048, reserved_tokens=800)
    assert sum(len(v) for v in fitted.values()) <= (2048 - 800) * 4
    assert [n.name for n in notes] == ["resume"] and notes[0].dropped_chars > 0
    assert fitted["posting"] == inputs["posting"]
    with pytest.raises(ValueError):
        fit_to_context(inputs, context_tokens=500, reserved_tokens=800)


@pytest.mark.parametrize(
    "answer",
    ['{"a": 1}', 'Here you go:\n```json\n{"a": 1}\n```\nThanks', '<think>hm</think>{"a": 1,}', 'Sure! {"a": 1} done'],
)
def test_parse_json_tolerant(answer):
    assert parse_json_tolerant(answer) == {"a": 1}


def test_parse_json_tolerant_refuses_prose():
    with pytest.raises(ValueError):
        parse_json_tolerant("I cannot do that.")


def test_retry_after_forms():
    assert retry_after_seconds({"Retry-After": "12"}) == 12.0
    assert retry_after_seconds({"retry-after-ms": "250"}) == 0.25
    assert retry_after_seconds({"x-ms-retry-after-ms": "1000"}) == 1.0
    date = email.utils.formatdate(1_000_030, usegmt=True)
    assert retry_after_seconds({"Retry-After": date}, now=1_000_000) == 30.0
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    assert retry_after_seconds({}) is None


def test_backoff_doubles_and_is_capped():
    import random

    rng = random.Random(1)
    delays = [backoff_seconds(a, base_s=1.0, cap_s=5.0, rng=rng) for a in (1, 2, 3, 4)]
    assert 0.8 <= delays[0] <= 1.2 and 1.6 <= delays[1] <= 2.4 and delays[3] == 5.0
