"""A user's alert timing (``models.alerts.AlertSettings``): quiet hours, the daily digest hour and
the weekly digest weekday — read by the digest and reminder senders, edited on Settings.

Hours are local hours 0–23 in ``user.timezone`` (``services.alert_timing`` turns them into UTC
instants, DST included); the weekday is 0 = Monday … 6 = Sunday (ISO 8601 weekday − 1, Python's
``date.weekday()``). Quiet hours are both set or both unset, and never empty (start ≠ end); they
may wrap midnight (22 → 7).

No row means the model's defaults (no quiet hours, digest at 08:00, weekly digest on Monday);
the row is created on the first save (``INSERT … ON CONFLICT (user_id) DO NOTHING``, so two
saves at once — or another feature creating the row for its calendar token — are safe).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from careercopilot.models import AlertSettings

#: Weekday names by ``weekly_digest_weekday`` (0 = Monday).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class AlertSettingsError(ValueError):
    """A value the user can correct; ``field`` names it (``quiet_start_hour``, …)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class AlertTiming:
    """The timing fields of :class:`AlertSettings` (see the module doc for units)."""

    quiet_start_hour: int | None = None
    quiet_end_hour: int | None = None
    digest_hour: int = 8
    weekly_digest_weekday: int = 0


def timing(*, session: Session, user_id: int) -> AlertTiming:
    """``user_id``'s timing (the defaults when they never saved any)."""
    row = session.exec(select(AlertSettings).where(AlertSettings.user_id == user_id)).first()
    if row is None:
        return AlertTiming()
    return AlertTiming(row.quiet_start_hour, row.quiet_end_hour, row.digest_hour, row.weekly_digest_weekday)


def _int_in(field: str, label: str, value: object, low: int, high: int, *, optional: bool) -> int | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "off")):
        if optional:
            return None
        raise AlertSettingsError(field, f"{label}: choose a value.")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise AlertSettingsError(field, f"{label} must be a whole number from {low} to {high}.") from None
    if not low <= number <= high:
        raise AlertSettingsError(field, f"{label} must be from {low} to {high} (got {number}).")
    return number


def parse_timing(*, quiet_start_hour: object, quiet_end_hour: object, digest_hour: object,
                 weekly_digest_weekday: object) -> AlertTiming:
    """Validate form values (ints or strings; ``""``/``"none"`` = unset quiet hours) into an
    :class:`AlertTiming`. Raises :class:`AlertSettingsError` with a message for the user."""
    start = _int_in("quiet_start_hour", "Quiet hours start", quiet_start_hour, 0, 23, optional=True)
    end = _int_in("quiet_end_hour", "Quiet hours end", quiet_end_hour, 0, 23, optional=True)
    if (start is None) != (end is None):
        missing = "quiet_end_hour" if end is None else "quiet_start_hour"
        raise AlertSettingsError(missing, "Quiet hours need both a start and an end hour (or neither).")
    if start is not None and start == end:
        raise AlertSettingsError("quiet_end_hour", "Quiet hours must end at another hour than they start.")
    hour = _int_in("digest_hour", "Daily digest hour", digest_hour, 0, 23, optional=False)
    weekday = _int_in("weekly_digest_weekday", "Weekly digest day", weekly_digest_weekday, 0, 6, optional=False)
    return AlertTiming(start, end, hour, weekday)


def save_timing(*, session: Session, user_id: int, value: AlertTiming) -> AlertTiming:
    """Store ``value`` (validated again) for ``user_id``, creating the row on the first save."""
    clean = parse_timing(quiet_start_hour=value.quiet_start_hour, quiet_end_hour=value.quiet_end_hour,
                         digest_hour=value.digest_hour, weekly_digest_weekday=value.weekly_digest_weekday)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    fields = dict(quiet_start_hour=clean.quiet_start_hour, quiet_end_hour=clean.quiet_end_hour,
                  digest_hour=clean.digest_hour, weekly_digest_weekday=clean.weekly_digest_weekday)
    session.execute(insert(AlertSettings.__table__).values(user_id=user_id, **fields)
                    .on_conflict_do_nothing(index_elements=["user_id"]))
    row = session.exec(select(AlertSettings).where(AlertSettings.user_id == user_id)).one()
    for name, v in fields.items():
        setattr(row, name, v)
    session.add(row)
    session.flush()
    return clean
