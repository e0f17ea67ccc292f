"""Times shown to a user, in the user's own time zone (``User.timezone``, IANA).

Every page shows times as ``YYYY-MM-DD HH:MM`` in the signed-in user's zone — the stage
history did, while the dashboard's "last synced" and the resume versions said UTC (issue 10
trial finding). Stored datetimes are UTC; a naive one is taken as UTC.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
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
