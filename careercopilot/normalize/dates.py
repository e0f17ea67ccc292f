"""Posting-date parsing. Every result is a timezone-aware UTC ``datetime``.

Future guard (applies to every result): a date more than
:data:`FUTURE_TOLERANCE` (1 day) after ``now`` is treated as a parse error and
``None`` is returned; a date in ``(now, now + 1 day]`` (clock skew, boards that
publish in a timezone ahead of ours) is clamped to ``now``.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import dateparser
from dateutil import parser as du_parser

__all__ = ["parse_posted_at", "parse_posted_before", "FUTURE_TOLERANCE"]

FUTURE_TOLERANCE = timedelta(days=1)

# Epoch heuristics: values >= 1e11 are milliseconds (1e11 s would be year
# 5138); values below 1e8 s (1973-03-03) are not plausible posting dates.
_EPOCH_MS_THRESHOLD = 1e11
_EPOCH_MIN_SECONDS = 1e8
_MAX_TEXT = 120

# Languages dateparser may try for relative phrases (keeps detection fast).
_LANGUAGES = ["en", "de", "fr", "es", "nl", "pt", "it"]

_PREFIX_RE = re.compile(
    r"^\s*(?:posted|published|updated|listed|added|date\s+posted|reposted|active)\s*(?:on|:)?\s*",
    re.IGNORECASE,
)
# "30+ days ago", "more than 30 days ago", "over 2 weeks ago", "30 days+ ago"
_OPEN_ENDED_RE = re.compile(
    r"^(?:(?:more\s+than|over|>)\s*(?P<n1>\d+)\s*(?P<u1>minute|hour|day|week|month|year)s?"
    r"|(?P<n2>\d+)\s*\+\s*(?P<u2>minute|hour|day|week|month|year)s?"
    r"|(?P<n3>\d+)\s*(?P<u3>minute|hour|day|week|month|year)s?\s*\+)"
    r"\s*(?:ago)?\.?$",
    re.IGNORECASE,
)
#: "2026-09-18 12:55:59 UTC" (Jobicy/SmartRecruiters): dateutil reads UTC/GMT as tzutc.
_UTC_SUFFIX_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}) ?(?:UTC|GMT)$")
_UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


def _utc(dt: datetime, source_tz: tzinfo | str | None) -> datetime:
    if dt.tzinfo is None or dt.tzinfo.utcoffset(dt) is None:
        tz = _tz(source_tz)
        dt = dt.replace(tzinfo=tz)
    return dt.astimezone(timezone.utc)


def _tz(source_tz: tzinfo | str | None) -> tzinfo:
    if isinstance(source_tz, tzinfo):
        return source_tz
    if isinstance(source_tz, str) and source_tz:
        try:
            return ZoneInfo(source_tz)
        except Exception:
            return timezone.utc
    return timezone.utc


def _now_utc(now: datetime) -> datetime:
    if now.tzinfo is None:
        return now.replace(tzinfo=timezone.utc)
    return now.astimezone(timezone.utc)


def _guard(dt: datetime | None, now: datetime) -> datetime | None:
    if dt is None:
        return None
    if dt > now + FUTURE_TOLERANCE:
        return None
    return min(dt, now)


def _from_epoch(v: float) -> datetime | None:
    if v != v or v < _EPOCH_MIN_SECONDS:
        return None
    if v >= _EPOCH_MS_THRESHOLD:
        v = v / 1000.0
    try:
        return datetime.fromtimestamp(v, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _parse(value: Any, now: datetime, source_tz: tzinfo | str | None) -> datetime | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _utc(value, source_tz)
    if isinstance(value, date):
        return _utc(datetime.combine(value, time.min), source_tz)
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > _MAX_TEXT:
        return None
    if re.fullmatch(r"\d{9,14}(?:\.\d+)?", s):
        return _from_epoch(float(s))
    # ISO 8601 (with or without zone, or date only).
    try:
        return _utc(datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00")), source_tz)
    except ValueError:
        pass
    # RFC 2822 (RSS pubDate).
    try:
        dt = email.utils.parsedate_to_datetime(s)
        if dt is not None:
            return _utc(dt, source_tz)
    except (TypeError, ValueError, IndexError):
        pass
    s = _PREFIX_RE.sub("", s)
    if not s or _OPEN_ENDED_RE.match(s):
        return None
    # Absolute forms like "2026-09-18 12:55:59 UTC".
    m = _UTC_SUFFIX_RE.match(s)
    if m:  # what dateutil returns for exactly this shape, without its tokenizer
        try:
            return datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}+00:00")
        except ValueError:
            pass
    if re.match(r"^\d{4}-\d{2}-\d{2}[ T]\d", s):
        try:
            return _utc(du_parser.parse(s), source_tz)
        except (ValueError, OverflowError):
            pass
    tz = _tz(source_tz)
    base = now.astimezone(tz).replace(tzinfo=None)
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        dt = dateparser.parse(s, languages=_LANGUAGES, settings=settings)
    except Exception:
        return None
    if dt is None:
        return None
    return _utc(dt, tz)


def parse_posted_at(value: Any, *, now: datetime, source_tz: tzinfo | str | None = None) -> datetime | None:
    """Parse a posting date into an aware UTC ``datetime``.

    Accepted ``value``:

    * ``int``/``float`` or digit strings: Unix epoch; >= 1e11 means
      milliseconds (Lever ``createdAt: 1381340626859`` ->
      2013-10-09T17:43:46.859Z), else seconds; < 1e8 is rejected.
    * ISO 8601 with or without offset, or date only; no offset -> interpreted
      in ``source_tz`` (IANA name or ``tzinfo``), default UTC.
    * RFC 2822 (RSS ``pubDate``), ``"2026-09-18 12:55:59 UTC"``.
    * relative phrases via ``dateparser`` with ``RELATIVE_BASE=now``:
      "Posted Yesterday", "3 days ago", "today", "vor 2 Tagen". A leading
      "Posted"/"Published"/"Updated" (+ "on") is stripped first.
    * ``datetime``/``date`` objects (naive -> ``source_tz``).

    Open-ended phrases ("Posted 30+ Days Ago", "more than 30 days ago") have
    no exact date and return ``None``: use :func:`parse_posted_before`.
    Strings longer than 120 characters return ``None``.

    Args:
        now: the reference instant (naive is taken as UTC).

    Returns:
        aware UTC ``datetime`` or ``None``. Dates more than 1 day after
        ``now`` -> ``None``; within 1 day after ``now`` -> clamped to
        ``now``. Never raises.
    """
    try:
        n = _now_utc(now)
        return _guard(_parse(value, n, source_tz), n)
    except Exception:
        return None


def parse_posted_before(value: Any, *, now: datetime, source_tz: tzinfo | str | None = None) -> datetime | None:
    """Latest instant the posting can have been published.

    For open-ended phrases this is ``now - N units``: "Posted 30+ Days Ago"
    with now 2026-09-18 -> 2026-08-19 (units: minute, hour, day, week = 7
    days, month = 30 days, year = 365 days). For any value that
    :func:`parse_posted_at` resolves exactly, the upper bound is that same
    instant. Otherwise ``None``. UTC-aware; same future guard; never raises.
    """
    try:
        n = _now_utc(now)
        if isinstance(value, str) and len(value) <= _MAX_TEXT:
            s = _PREFIX_RE.sub("", value.strip())
            m = _OPEN_ENDED_RE.match(s)
            if m:
                num = int(m.group("n1") or m.group("n2") or m.group("n3"))
                unit = (m.group("u1") or m.group("u2") or m.group("u3")).lower()
                return _guard(n - timedelta(days=num * _UNIT_DAYS[unit]), n)
        return _guard(_parse(value, n, source_tz), n)
    except Exception:
        return None
