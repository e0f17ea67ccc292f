"""Grandfather-father-son retention of backup sets (pure functions, no I/O).

The rule (the one restic's ``forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12`` applies;
https://restic.readthedocs.io/en/stable/060_forget.html), all calendar periods in UTC:

* **daily** — for each of the newest ``daily`` calendar days that have at least one set, keep
  the newest set of that day;
* **weekly** — for each of the newest ``weekly`` ISO weeks (Monday–Sunday, ISO 8601 year and
  week number) that have at least one set, keep the newest set of that week;
* **monthly** — for each of the newest ``monthly`` calendar months that have at least one set,
  keep the newest set of that month.

The newest set is always kept (rule ``latest``), even with all three counts at 0. A set is kept
when any rule keeps it; every other complete set is pruned. Periods
are counted among periods that HAVE sets, so a gap (the backup host was off for a week) never
empties the history. With the defaults (7/4/12) and one backup a day, about 7 + 3 + 11 sets
exist at once, reaching back a year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Policy:
    """How many newest periods of each kind keep their newest set (0 = that rule keeps none)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _day(t: datetime) -> tuple:
    return (t.year, t.month, t.day)


def _week(t: datetime) -> tuple:
    iso = t.isocalendar()
    return (iso[0], iso[1])


def _month(t: datetime) -> tuple:
    return (t.year, t.month)


def _newest_per_period(sets: list[tuple[str, datetime]], period: Callable[[datetime], tuple], n: int) -> set[str]:
    kept: set[str] = set()
    seen: set[tuple] = set()
    for set_id, created in sets:  # newest first
        if len(seen) >= n:
            break
        key = period(created)
        if key not in seen:
            seen.add(key)
            kept.add(set_id)
    return kept


def reasons(sets: Iterable[tuple[str, datetime]], policy: Policy) -> dict[str, list[str]]:
    """``{set id: [rules keeping it]}`` (rules among ``"latest"``, ``"daily"``, ``"weekly"``, ``"monthly"``;
    an empty list → pruned) for ``sets`` given as ``(id, created_at)`` with aware UTC times.

    Ties on ``created_at`` are broken by id (ids sort in creation order)."""
    ordered = sorted(sets, key=lambda s: (s[1], s[0]), reverse=True)
    out: dict[str, list[str]] = {set_id: [] for set_id, _ in ordered}
    if ordered:
        out[ordered[0][0]].append("latest")
    for name, period, n in (("daily", _day, policy.daily), ("weekly", _week, policy.weekly),
                            ("monthly", _month, policy.monthly)):
        for set_id in _newest_per_period(ordered, period, n):
            out[set_id].append(name)
    return out


def to_prune(sets: Iterable[tuple[str, datetime]], policy: Policy) -> list[str]:
    """Ids of the sets no rule keeps, oldest first."""
    sets = list(sets)
    why = reasons(sets, policy)
    return [set_id for set_id, _ in sorted(sets, key=lambda s: (s[1], s[0])) if not why[set_id]]
