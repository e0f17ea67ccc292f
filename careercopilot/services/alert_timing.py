"""When alerts may reach a user: quiet hours and local send times in the user's IANA zone.

Rules (issue 13, "send times and quiet hours in the user's IANA time zone"):

* A local wall-clock hour is resolved with :mod:`zoneinfo` on the calendar day in question, so
  "08:00" stays 08:00 local across a daylight-saving change (its UTC instant moves by an hour).
* A local time that does not exist (skipped by a spring-forward gap, e.g. 02:30 on the day
  Europe/Berlin goes 02:00 → 03:00) is moved forward by the gap (PEP 495 ``fold=0`` gives the
  pre-transition offset; normalising through UTC lands after the gap). A time that exists twice
  (fall-back) means its first occurrence (``fold=0``).
* Quiet hours ``[start, end)`` are local hours; ``start > end`` wraps midnight (22 → 7);
  ``start == end`` or either None means no quiet hours.

All functions take and return aware UTC datetimes; a naive input is taken as UTC. An unknown
zone name falls back to UTC (users' zones are validated at sign-up and in Settings).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(name: str | None) -> ZoneInfo:
    """The ``ZoneInfo`` of ``name``, UTC for None or an unknown name."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def local_instant(day: date, hour: int, tz: ZoneInfo, minute: int = 0) -> datetime:
    """The UTC instant of local ``day`` at ``hour:minute`` in ``tz`` (gaps and folds as in the
    module doc). ValueError for an hour outside 0–23."""
    if not 0 <= hour <= 23:
        raise ValueError(f"hour must be 0-23, got {hour}")
    # fold=0: a skipped time takes the pre-transition offset, which lands after the gap; a
    # repeated time takes its first occurrence (PEP 495).
    return datetime.combine(day, time(hour, minute)).replace(tzinfo=tz, fold=0).astimezone(timezone.utc)


def in_quiet_hours(moment: datetime, tz: ZoneInfo, start: int | None, end: int | None) -> bool:
    """Whether UTC ``moment`` falls in the local quiet hours ``[start, end)`` of ``tz``."""
    if start is None or end is None or start == end:
        return False
    hour = _utc(moment).astimezone(tz).hour
    return start <= hour < end if start < end else (hour >= start or hour < end)


def quiet_until(moment: datetime, tz: ZoneInfo, start: int | None, end: int | None) -> datetime:
    """``moment`` itself when outside quiet hours, else the UTC instant quiet hours end (local
    ``end`` o'clock on the right day)."""
    moment = _utc(moment)
    if not in_quiet_hours(moment, tz, start, end):
        return moment
    local = moment.astimezone(tz)
    day = local.date() if local.hour < end else local.date() + timedelta(days=1)
    return local_instant(day, end, tz)


def next_local_hour(after: datetime, tz: ZoneInfo, hour: int, *, weekday: int | None = None) -> datetime:
    """The first UTC instant strictly after ``after`` that is local ``hour``:00 in ``tz`` (on
    ``weekday``, 0 = Monday, when given): the next daily or weekly digest time."""
    after = _utc(after)
    day = after.astimezone(tz).date() - timedelta(days=1)
    for _ in range(16):
        if weekday is None or day.weekday() == weekday:
            candidate = local_instant(day, hour, tz)
            if candidate > after:
                return candidate
        day += timedelta(days=1)
    raise AssertionError("unreachable: a weekday recurs within 8 days")


def local_period_key(moment: datetime, tz: ZoneInfo, *, weekly: bool = False) -> str:
    """The local calendar day (``2026-12-04``) or ISO week (``2026-W49``) of ``moment`` in
    ``tz``: the send-log ``dedupe_key`` that makes one digest per user per period."""
    local = _utc(moment).astimezone(tz).date()
    if weekly:
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    return local.isoformat()
