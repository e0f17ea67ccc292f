"""Local send times and quiet hours across daylight-saving changes in both hemispheres
(services/alert_timing.py). Transition dates of 2026 from the IANA tz database:
Europe/Berlin 29 Mar 02:00→03:00 and 25 Oct 03:00→02:00; America/New_York 8 Mar 02:00→03:00 and
1 Nov 02:00→01:00; Australia/Sydney 5 Apr 03:00→02:00 (DST ends) and 4 Oct 02:00→03:00."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from careercopilot.services import alert_timing as t

UTC = timezone.utc


@pytest.mark.parametrize("zone,day,hour,expected_utc", [
    # 08:00 local the day before, of and after each change: the UTC instant moves by one hour.
    ("Europe/Berlin", date(2026, 3, 28), 8, datetime(2026, 3, 28, 7, tzinfo=UTC)),
    ("Europe/Berlin", date(2026, 3, 29), 8, datetime(2026, 3, 29, 6, tzinfo=UTC)),
    ("Europe/Berlin", date(2026, 10, 25), 8, datetime(2026, 10, 25, 7, tzinfo=UTC)),
    ("America/New_York", date(2026, 3, 7), 8, datetime(2026, 3, 7, 13, tzinfo=UTC)),
    ("America/New_York", date(2026, 3, 8), 8, datetime(2026, 3, 8, 12, tzinfo=UTC)),
    ("America/New_York", date(2026, 11, 1), 8, datetime(2026, 11, 1, 13, tzinfo=UTC)),
    ("Australia/Sydney", date(2026, 4, 4), 8, datetime(2026, 4, 3, 21, tzinfo=UTC)),   # AEDT +11
    ("Australia/Sydney", date(2026, 4, 5), 8, datetime(2026, 4, 4, 22, tzinfo=UTC)),   # AEST +10
    ("Australia/Sydney", date(2026, 10, 4), 8, datetime(2026, 10, 3, 21, tzinfo=UTC)),  # AEDT again
    # A skipped hour lands after the gap; a repeated hour means its first occurrence.
    ("Europe/Berlin", date(2026, 3, 29), 2, datetime(2026, 3, 29, 1, tzinfo=UTC)),     # = 03:00 CEST
    ("Australia/Sydney", date(2026, 10, 4), 2, datetime(2026, 10, 3, 16, tzinfo=UTC)), # = 03:00 AEDT
    ("America/New_York", date(2026, 11, 1), 1, datetime(2026, 11, 1, 5, tzinfo=UTC)),  # first 01:00 (EDT)
    ("Australia/Sydney", date(2026, 4, 5), 2, datetime(2026, 4, 4, 15, tzinfo=UTC)),   # first 02:00 (AEDT)
])
def test_local_instant(zone, day, hour, expected_utc):
    assert t.local_instant(day, hour, t.zone(zone)) == expected_utc


def test_daily_digest_hour_stays_local_across_the_change():
    tz = t.zone("Europe/Berlin")
    moment, seen = datetime(2026, 3, 27, 12, tzinfo=UTC), []
    for _ in range(4):
        moment = t.next_local_hour(moment, tz, 8)
        seen.append(moment.astimezone(tz).strftime("%d %H:%M"))
    assert seen == ["28 08:00", "29 08:00", "30 08:00", "31 08:00"]


def test_weekly_digest_day():
    tz = t.zone("Australia/Sydney")
    nxt = t.next_local_hour(datetime(2026, 4, 1, tzinfo=UTC), tz, 9, weekday=0)  # Monday 09:00
    assert nxt.astimezone(tz).strftime("%a %Y-%m-%d %H:%M") == "Mon 2026-04-06 09:00"
    assert t.next_local_hour(nxt, tz, 9, weekday=0).astimezone(tz).strftime("%Y-%m-%d %H:%M") == "2026-04-13 09:00"


@pytest.mark.parametrize("zone,utc,start,end,quiet", [
    ("Europe/Berlin", datetime(2026, 12, 4, 22, 30, tzinfo=UTC), 22, 7, True),   # 23:30 local
    ("Europe/Berlin", datetime(2026, 12, 4, 6, 0, tzinfo=UTC), 22, 7, False),    # 07:00 local: ends
    ("Europe/Berlin", datetime(2026, 12, 4, 5, 59, tzinfo=UTC), 22, 7, True),
    ("Europe/Berlin", datetime(2026, 12, 4, 12, 0, tzinfo=UTC), 12, 14, True),   # no wrap
    ("Europe/Berlin", datetime(2026, 12, 4, 12, 0, tzinfo=UTC), None, 7, False),
    ("Europe/Berlin", datetime(2026, 12, 4, 12, 0, tzinfo=UTC), 9, 9, False),
    ("Australia/Sydney", datetime(2026, 10, 3, 15, 30, tzinfo=UTC), 1, 3, True),   # 01:30 AEST, night of the change
    ("Australia/Sydney", datetime(2026, 10, 3, 16, 0, tzinfo=UTC), 1, 3, False),   # 03:00 AEDT (02:xx skipped)
])
def test_quiet_hours(zone, utc, start, end, quiet):
    assert t.in_quiet_hours(utc, t.zone(zone), start, end) is quiet


def test_quiet_until_ends_at_local_end_hour_across_the_change():
    tz = t.zone("America/New_York")
    # 23:00 EDT on 31 Oct 2026; quiet 22→7; the night gains an hour (1 Nov 02:00 → 01:00).
    end = t.quiet_until(datetime(2026, 11, 1, 3, tzinfo=UTC), tz, 22, 7)
    assert end == datetime(2026, 11, 1, 12, tzinfo=UTC)  # 07:00 EST
    outside = datetime(2026, 11, 1, 15, tzinfo=UTC)
    assert t.quiet_until(outside, tz, 22, 7) == outside


def test_period_keys_follow_the_local_calendar():
    moment = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)
    assert t.local_period_key(moment, t.zone("UTC")) == "2026-12-04"
    assert t.local_period_key(moment, t.zone("Australia/Sydney")) == "2026-12-05"
    assert t.local_period_key(moment, t.zone("America/Los_Angeles"), weekly=True) == "2026-W49"
    assert t.zone("Not/AZone").key == "UTC"


def test_parse_local_minute_wall_time_offsets_and_bounds():
    from zoneinfo import ZoneInfo

    from careercopilot.services.local_time import local_input_value, parse_local_minute

    berlin, now = ZoneInfo("Europe/Berlin"), datetime(2026, 3, 1, tzinfo=timezone.utc)
    assert parse_local_minute("", berlin, now=now) is None and parse_local_minute(None, berlin, now=now) is None
    assert parse_local_minute("2026-07-01T14:30", berlin, now=now) == datetime(2026, 7, 1, 12, 30, tzinfo=timezone.utc)
    assert parse_local_minute("2026-07-01 14:30+00:00", berlin, now=now) == datetime(2026, 7, 1, 14, 30,
                                                                                     tzinfo=timezone.utc)
    # the repeated hour of 25 October takes its first occurrence (CEST, UTC+2)
    assert parse_local_minute("2026-10-25T02:30", berlin, now=now) == datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)
    assert local_input_value(datetime(2026, 7, 1, 12, 30, tzinfo=timezone.utc), berlin) == "2026-07-01T14:30"
    for bad in ("tomorrow", "2026-13-01T10:00", "2040-01-01T10:00"):
        with pytest.raises(ValueError):
            parse_local_minute(bad, berlin, now=now)
