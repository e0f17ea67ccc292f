"""Times shown to a user, in the user's own time zone (``User.timezone``, IANA).

Every page shows times as ``YYYY-MM-DD HH:MM`` in the signed-in user's zone — the stage
history did, while the dashboard's "last synced" and the resume versions said UTC (issue 10
trial finding). Stored datetimes are UTC; a naive one is taken as UTC.
"""

from __future__ import annotations

from datetime import datetime, timezone
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
