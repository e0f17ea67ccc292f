"""Grandfather-father-son retention (services/backup/retention.py) on tables of dates, and pruning
a real backup folder (complete sets by the rule, incomplete ones after a day)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from careercopilot.services.backup import retention
from careercopilot.services.backup.retention import Policy


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def _sets(*times: str) -> list[tuple[str, datetime]]:
    return [(t, _t(t)) for t in times]


def test_two_years_of_nightly_backups_keep_7_daily_4_weekly_12_monthly():
    day, sets = date(2025, 1, 1), []
    while day <= date(2026, 12, 4):  # a Friday, ISO week 2026-W49
        sets.append((day.isoformat(), datetime(day.year, day.month, day.day, 2, tzinfo=timezone.utc)))
        day += timedelta(days=1)
    why = retention.reasons(sets, Policy(7, 4, 12))
    kept = sorted(k for k, v in why.items() if v)
    assert kept == sorted([
        # daily: the newest 7 days
        "2026-12-04", "2026-12-03", "2026-12-02", "2026-12-01", "2026-11-30", "2026-11-29", "2026-11-28",
        # weekly: newest of W49 (12-04, above), W48 (Sun 11-29, above), W47 (Sun 11-22), W46 (Sun 11-15)
        "2026-11-22", "2026-11-15",
        # monthly: newest of Dec (12-04) and Nov (11-30, above), then each month's last day back to Jan 2026
        "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31", "2026-06-30", "2026-05-31", "2026-04-30",
        "2026-03-31", "2026-02-28", "2026-01-31",
    ])
    assert why["2026-12-04"] == ["latest", "daily", "weekly", "monthly"]
    assert why["2026-11-29"] == ["daily", "weekly"] and why["2026-11-30"] == ["daily", "monthly"]
    assert why["2026-11-22"] == ["weekly"] and why["2026-01-31"] == ["monthly"]
    assert len(retention.to_prune(sets, Policy(7, 4, 12))) == len(sets) - 19
    assert "2025-12-31" in retention.to_prune(sets, Policy(7, 4, 12))  # the 13th month back is gone


@pytest.mark.parametrize("times, policy, kept", [
    # two sets on one day: the later one stands for the day
    (("2026-12-04T02:00:00", "2026-12-04T14:00:00"), Policy(7, 4, 12), {"2026-12-04T14:00:00"}),
    # gaps: periods are counted among those that have sets, so old sets survive a pause
    (("2026-01-05T02:00:00", "2026-03-10T02:00:00", "2026-03-10T03:00:00", "2026-06-01T02:00:00"),
     Policy(7, 4, 12), {"2026-01-05T02:00:00", "2026-03-10T03:00:00", "2026-06-01T02:00:00"}),
    # ISO week across New Year: Mon 2026-12-28 and Sun 2027-01-03 are both 2026-W53
    (("2026-12-28T02:00:00", "2027-01-03T02:00:00"), Policy(0, 1, 0), {"2027-01-03T02:00:00"}),
    (("2026-12-27T02:00:00", "2026-12-28T02:00:00"), Policy(0, 2, 0), {"2026-12-27T02:00:00", "2026-12-28T02:00:00"}),
    # months follow the calendar, not 30-day spans
    (("2026-01-31T23:59:59", "2026-02-01T00:00:00"), Policy(0, 0, 2), {"2026-01-31T23:59:59", "2026-02-01T00:00:00"}),
    (("2026-01-31T23:59:59", "2026-02-01T00:00:00"), Policy(0, 0, 1), {"2026-02-01T00:00:00"}),
    # day boundaries are UTC
    (("2026-05-01T23:30:00", "2026-05-02T00:30:00"), Policy(1, 0, 0), {"2026-05-02T00:30:00"}),
    # all counts 0: the newest set is still kept
    (("2026-05-01T02:00:00", "2026-05-02T02:00:00"), Policy(0, 0, 0), {"2026-05-02T02:00:00"}),
    ((), Policy(7, 4, 12), set()),
])
def test_retention_table(times, policy, kept):
    sets = _sets(*times)
    assert {k for k, v in retention.reasons(sets, policy).items() if v} == kept
    assert set(retention.to_prune(sets, policy)) == set(times) - kept


def test_prune_deletes_unkept_complete_sets_and_old_incomplete_ones(tmp_path):
    from careercopilot.config import Settings
    from careercopilot.services.backup import runner
    from careercopilot.services.backup.destinations import LocalDestination
    from careercopilot.services.backup.manifest import Manifest

    s = Settings(_env_file=None, backup_dir=tmp_path, backup_keep_daily=2, backup_keep_weekly=0,
                 backup_keep_monthly=0)
    dest = LocalDestination(tmp_path)
    ids = []
    for when in ("2026-11-01T02:00:00", "2026-11-02T02:00:00", "2026-11-03T02:00:00"):
        t = _t(when)
        set_id = f"{t:%Y%m%dT%H%M%SZ}-abcd"
        m = Manifest(id=set_id, created_at=t, database_kind="sqlite", database_artifact="database.sqlite3",
                     database_sha256="0" * 64, database_size=1, alembic_revision="x", row_counts={"user": 1},
                     storage_kind="local")
        dest.write_bytes(set_id, "database.sqlite3", b"x")
        dest.write_bytes(set_id, "manifest.json", m.to_json())
        ids.append(set_id)
    dest.write_bytes("20261020T020000Z-dead", "database.sqlite3", b"partial")  # failed long ago
    dest.write_bytes("20261103T030000Z-beef", "database.sqlite3", b"partial")  # maybe still running

    deleted = runner.prune(s, dest=dest, now=_t("2026-11-03T03:30:00"))
    assert sorted(deleted) == sorted([ids[0], "20261020T020000Z-dead"])
    assert dest.set_ids() == sorted([ids[1], ids[2], "20261103T030000Z-beef"])
    listed = {i.id: i for i in runner.list_sets(s, dest=dest)}
    assert listed[ids[2]].kept_by == ["latest", "daily"] and listed[ids[1]].kept_by == ["daily"]
    assert listed["20261103T030000Z-beef"].manifest is None and "incomplete" in listed["20261103T030000Z-beef"].error
