"""Stored normalizer inputs (``services.posting_inputs``): what goes in comes back equal (same
types), or nothing is stored; damaged or foreign blobs are refused."""

from __future__ import annotations

import zlib
from datetime import date, datetime, timedelta, timezone

import pytest

from careercopilot.services.posting_inputs import NormalizeInputs, decode, encode, fields_hash, stored_form

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=timezone.utc)

ROUND_TRIPS = [
    ("plain", {"title": "Engineer", "tags": ["a", "b"], "salary": None}),
    ("unicode", {"title": "Ingénieur·e – Zürich 🚀", "company": "Ünïcode GmbH"}),
    ("floats", {"salary": {"min": 50.5, "max": 1e6, "n": 0.1 + 0.2}}),
    ("epoch-int", {"posted_at": 1733480000123}),
    ("aware-datetime", {"posted_at": NOW - timedelta(days=3)}),
    ("naive-datetime", {"posted_at": datetime(2024, 4, 20, 9, 30)}),
    ("date", {"posted_at": date(2024, 4, 20)}),
    ("nested-json-ld", {"location": {"jobLocation": [{"address": {"addressLocality": "Berlin"}}],
                                     "jobLocationType": "TELECOMMUTE"}}),
    ("html", {"description_html": "&lt;p&gt;x&lt;/p&gt;<script>1</script>\u2028\x00"}),
]


@pytest.mark.parametrize("fields", [r[1] for r in ROUND_TRIPS], ids=[r[0] for r in ROUND_TRIPS])
def test_inputs_come_back_equal(fields):
    blob = encode(NormalizeInputs(fields=fields, now=NOW, shift_days=3))
    back = decode(blob)
    assert back.fields == fields and back.now == NOW and back.shift_days == 3
    assert {k: type(v) for k, v in back.fields.items()} == {k: type(v) for k, v in fields.items()}
    assert fields_hash(fields) == fields_hash(dict(reversed(list(fields.items()))))


NOT_STORED = [
    ("tuple", {"location": ("Berlin", "Munich")}),
    ("int-key", {"salary": {1: "x"}}),
    ("set", {"tags": {"a"}}),
    ("nan", {"salary": {"min": float("nan")}}),
    ("object", {"posted_at": object()}),
    ("tag-lookalike", {"location": {"$datetime": "2024-01-01T00:00:00"}}),
]


@pytest.mark.parametrize("fields", [r[1] for r in NOT_STORED], ids=[r[0] for r in NOT_STORED])
def test_inputs_that_would_not_come_back_equal_are_not_stored(fields):
    assert encode(NormalizeInputs(fields=fields, now=NOW)) is None


@pytest.mark.parametrize("blob", [b"junk", zlib.compress(b"[1]"), zlib.compress(b'{"v": 99, "fields": {}}')])
def test_damaged_or_foreign_blobs_are_refused(blob):
    with pytest.raises(ValueError):
        decode(blob)


def test_a_naive_reference_time_is_taken_as_utc():
    assert decode(encode(NormalizeInputs(fields={}, now=datetime(2026, 1, 1)))).now == datetime(
        2026, 1, 1, tzinfo=timezone.utc)


def test_the_stored_hash_is_the_fields_hash():
    fields = {"title": "Engineer", "posted_at": NOW}
    blob, digest = stored_form(NormalizeInputs(fields=fields, now=NOW))
    assert decode(blob).fields == fields and digest == fields_hash(fields)
    assert stored_form(NormalizeInputs(fields={"x": ("a",)}, now=NOW)) == (None, None)
