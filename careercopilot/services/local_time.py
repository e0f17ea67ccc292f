"""Times shown to a user, in the user's own time zone (``User.timezone``, IANA): the one place
that formats a moment for display.

Every page (and every e-mail to a user whose zone is known) shows moments as ``YYYY-MM-DD
HH:MM`` (:func:`local_minute`) or, when the day is enough, ``YYYY-MM-DD`` (:func:`local_day`)
in the signed-in user's zone — the stage history did, while the dashboard's "last synced", the
resume versions, a posting's dates and the export link's expiry said UTC (issue 10 trial
finding). Stored datetimes are UTC; a naive one is taken as UTC. Exports (CSV/JSON) keep ISO
8601 UTC. ``tests/unit/ui/test_local_time.py`` fails when a module feeding the UI formats a
moment itself.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

#: Display format of a moment (minutes) on every page.
MINUTE_FORMAT = "%Y-%m-%d %H:%M"


def local_minute(moment: datetime | None, zone: ZoneInfo) -> str:
    """``moment`` as ``YYYY-MM-DD HH:MM`` in ``zone``; ``""`` for None."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(zone).strftime(MINUTE_FORMAT)


#: Display format of a day on every page.
DAY_FORMAT = "%Y-%m-%d"


def local_day(moment: datetime | None, zone: ZoneInfo) -> str:
    """The calendar day of ``moment`` in ``zone`` as ``YYYY-MM-DD``; ``""`` for None (a
    posting published 23:30 UTC on the 4th was published on the 5th in Berlin)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(zone).strftime(DAY_FORMAT)


#: Interview times accepted by :func:`parse_local_minute` lie within this distance of now.
MAX_DISTANCE = timedelta(days=5 * 366)


def parse_local_minute(raw: str | datetime | None, zone: ZoneInfo, *, now: datetime | None = None) -> datetime | None:
    """A moment typed by the user → aware UTC datetime; None for None/"" (clear).

    Accepts a ``datetime`` (naive = wall time in ``zone``; aware = converted) or an ISO string
    ``YYYY-MM-DDTHH:MM`` / ``YYYY-MM-DD HH:MM`` (what ``<input type="datetime-local">`` sends;
    seconds and an explicit offset are allowed). Naive wall times use ``fold=0`` (PEP 495: a
    repeated hour takes its first occurrence). Raises ValueError for anything else or a moment
    more than :data:`MAX_DISTANCE` from ``now``."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, datetime):
        moment = raw
    else:
        try:
            moment = datetime.fromisoformat(str(raw).strip())
        except ValueError:
            raise ValueError("Date and time must look like 2026-01-31 14:30.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone, fold=0)
    moment = moment.astimezone(timezone.utc)
    if abs(moment - (now or datetime.now(timezone.utc))) > MAX_DISTANCE:
        raise ValueError("That date is too far from today.")
    return moment


def local_input_value(moment: datetime | None, zone: ZoneInfo) -> str:
    """``moment`` as a ``datetime-local`` input value ``YYYY-MM-DDTHH:MM`` in ``zone``; ``""`` for None."""
    return local_minute(moment, zone).replace(" ", "T")


#: What each due status reads as on every surface (board, dashboard, application page, inbox,
#: e-mail); the moment or day follows after " · " on pages.
DUE_WORDS = {"overdue": "Overdue", "due_today": "Due today", "upcoming": "Due"}


def due_status(due: date | datetime | None, zone: ZoneInfo, *, now: datetime | None = None) -> str:
    """The one rule for "is it due?" (issue 10 trial finding: the board said "Overdue · 2026-12-01"
    while the dashboard said "Due · 2026-12-01 09:00" for the same follow-up):
    ``"overdue"`` when the due day is before today, ``"due_today"`` on the day itself (whether or
    not its hour has passed), ``"upcoming"`` after; ``""`` for None. Days are calendar days in
    ``zone`` (a moment's day is its local day there; a naive moment is UTC); ``now`` defaults to
    the current time."""
    if due is None:
        return ""
    if isinstance(due, datetime):
        due = (due if due.tzinfo else due.replace(tzinfo=timezone.utc)).astimezone(zone).date()
    now = now or datetime.now(timezone.utc)
    today = (now if now.tzinfo else now.replace(tzinfo=timezone.utc)).astimezone(zone).date()
    if due < today:
        return "overdue"
    return "due_today" if due == today else "upcoming"
