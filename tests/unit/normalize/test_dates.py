from datetime import date, datetime, timedelta, timezone

import pytest

from careercopilot.normalize.dates import parse_posted_at, parse_posted_before

NOW = datetime(2026, 9, 18, 12, 0, tzinfo=timezone.utc)
UTC = timezone.utc


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1381340626859, datetime(2013, 10, 9, 17, 43, 46, 859000, tzinfo=UTC)),  # Lever createdAt (ms)
        (1782214185805, datetime(2026, 6, 23, 11, 29, 45, 805000, tzinfo=UTC)),  # lever.json createdAt
        (1758000000, datetime(2025, 9, 16, 5, 20, tzinfo=UTC)),  # seconds
        ("1758000000", datetime(2025, 9, 16, 5, 20, tzinfo=UTC)),
        ("2021-04-27T20:13:45.158+00:00", datetime(2021, 4, 27, 20, 13, 45, 158000, tzinfo=UTC)),  # ashby publishedAt
        ("2026-08-06T12:50:10-04:00", datetime(2026, 8, 6, 16, 50, 10, tzinfo=UTC)),  # greenhouse first_published
        ("2026-09-10T10:00:00Z", datetime(2026, 9, 10, 10, tzinfo=UTC)),
        ("2026-09-10T10:00:00", datetime(2026, 9, 10, 10, tzinfo=UTC)),
        ("2026-05-30", datetime(2026, 5, 30, tzinfo=UTC)),  # JSON-LD datePosted
        ("2026-09-18 08:55:59 UTC", datetime(2026, 9, 18, 8, 55, 59, tzinfo=UTC)),  # recruitee created_at
        ("Wed, 17 Sep 2026 16:00:06 +0000", datetime(2026, 9, 17, 16, 0, 6, tzinfo=UTC)),  # RSS pubDate
        ("Posted Yesterday", datetime(2026, 9, 17, 12, tzinfo=UTC)),
        ("yesterday", datetime(2026, 9, 17, 12, tzinfo=UTC)),
        ("3 days ago", datetime(2026, 9, 15, 12, tzinfo=UTC)),
        ("Posted 2 weeks ago", datetime(2026, 9, 4, 12, tzinfo=UTC)),
        ("today", NOW),
        ("Posted Today", NOW),
        ("Posted on September 1, 2026", datetime(2026, 9, 1, tzinfo=UTC)),
        ("vor 2 Tagen", datetime(2026, 9, 16, 12, tzinfo=UTC)),
        (datetime(2026, 9, 1, 8, 0), datetime(2026, 9, 1, 8, 0, tzinfo=UTC)),
        (date(2026, 9, 1), datetime(2026, 9, 1, tzinfo=UTC)),
    ],
)
def test_parse_posted_at(value, expected):
    result = parse_posted_at(value, now=NOW)
    assert result == expected
    assert result.tzinfo is not None and result.utcoffset() == timedelta(0)


def test_posted_yesterday_date():
    assert parse_posted_at("Posted Yesterday", now=NOW).date() == date(2026, 9, 17)


def test_naive_iso_uses_source_tz():
    assert parse_posted_at("2026-09-10T10:00:00", now=NOW, source_tz="America/New_York") == datetime(2026, 9, 10, 14, tzinfo=UTC)
    assert parse_posted_at("2026-09-10", now=NOW, source_tz="Europe/Berlin") == datetime(2026, 9, 9, 22, tzinfo=UTC)
    # an explicit offset wins over source_tz
    assert parse_posted_at("2026-09-10T10:00:00+00:00", now=NOW, source_tz="Europe/Berlin") == datetime(2026, 9, 10, 10, tzinfo=UTC)


@pytest.mark.parametrize("value", ["Posted 30+ Days Ago", "30+ days ago", "more than 30 days ago"])
def test_open_ended_has_no_exact_date(value):
    assert parse_posted_at(value, now=NOW) is None
    before = parse_posted_before(value, now=NOW)
    assert before == datetime(2026, 8, 19, 12, tzinfo=UTC)
    assert before.date() == date(2026, 8, 19)


def test_posted_before_of_exact_value_is_that_value():
    assert parse_posted_before("2026-05-30", now=NOW) == datetime(2026, 5, 30, tzinfo=UTC)
    assert parse_posted_before("Over 2 weeks ago", now=NOW) == datetime(2026, 9, 4, 12, tzinfo=UTC)
    assert parse_posted_before("garbage", now=NOW) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2027-01-01", None),  # far future: parse error -> None
        (1790265606, None),  # remoteok epoch 2026-09-24, 6 days after NOW
        ("2026-09-19T00:00:00Z", NOW),  # within 1 day: clamped to now
    ],
)
def test_future_guard(value, expected):
    assert parse_posted_at(value, now=NOW) == expected


def test_naive_now_is_utc():
    assert parse_posted_at("3 days ago", now=datetime(2026, 9, 18, 12)) == datetime(2026, 9, 15, 12, tzinfo=UTC)


@pytest.mark.parametrize("value", [None, "", "   ", "garbage", "x" * 10_000, 12, -5, float("nan"), True, [], {}, "Posted", "99999999999999999999"])
def test_junk_dates_are_none(value):
    assert parse_posted_at(value, now=NOW) is None
    assert parse_posted_before(value, now=NOW) is None
