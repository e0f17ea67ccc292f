"""Revision 0018_posting_weekly_hours upgrades a database of the previous head that holds postings,
on SQLite and PostgreSQL: postings gain ``weekly_hours`` and ``weekly_hours_min``; hourly-paid rows
are read from their stored title and description ("24–32 hours/week" → 24 and 32) and marked
``index_pending`` when they state hours, other rows stay NULL; SQLite's full-text triggers survive; downgrade drops the two columns and keeps the rows."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS = "0017_normalize_inputs"
NEW = "0018_posting_weekly_hours"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_hoursmig", migrate=False) as url:
            yield url


def _posting(c, title: str, description: str, period: str | None) -> int:
    c.execute(text(
        "INSERT INTO jobposting (source_type, ats_id, url, title, company, company_key, dedupe_key, "
        "allowed_regions, places, description_html, description_text, tags, content_hash, fingerprint, "
        "first_seen_at, last_seen_at, is_open, quality_flags, is_flagged, index_pending, salary_min, salary_max, "
        "salary_currency, pay_period) VALUES ('greenhouse', :t, :u, :t, 'Acme', 'acme', 'k', '[]', '[]', '', :d, "
        "'[]', 'h', 'f', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, true, '[]', false, false, 25, 30, 'USD', :p)"),
        {"t": title, "d": description, "u": "https://x.example/" + title, "p": period})
    return c.execute(text("SELECT max(id) FROM jobposting")).scalar_one()


def test_upgrade_reads_hourly_postings_hours_and_keeps_the_data(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as c:
            ids = [
                _posting(c, "Barista", "Part-time, 24–32 hours/week, $25–30/hr", "hour"),
                _posting(c, "Search Engineer", "Part-time, 20 hours per week.", "year"),  # not hourly: left
                _posting(c, "Part-Time Pharmacist (20 hrs/wk)", "Pharmacy work.", "hour"),
                _posting(c, "Nurse", "PRN, shifts as needed.", "hour"),
            ]
        migrations.upgrade(db_url, NEW)
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == NEW
            rows = c.execute(text("SELECT id, title, weekly_hours_min, weekly_hours, index_pending FROM jobposting "
                                  "ORDER BY id")).all()
            assert [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows] == [
                (ids[0], "Barista", 24.0, 32.0, True), (ids[1], "Search Engineer", None, None, False),
                (ids[2], "Part-Time Pharmacist (20 hrs/wk)", 20.0, 20.0, True), (ids[3], "Nurse", None, None, False)]
        if db_url.startswith("sqlite"):
            with engine.connect() as c:
                triggers = set(c.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
                assert {"jobposting_fts_ai", "jobposting_fts_ad", "jobposting_fts_au"} <= triggers
                hits = c.execute(text("SELECT rowid FROM jobposting_fts WHERE jobposting_fts MATCH 'barista'")).all()
                assert [h[0] for h in hits] == [ids[0]]

        migrations.downgrade(db_url, PREVIOUS)
        cols = {c["name"] for c in inspect(engine).get_columns("jobposting")}
        assert {"weekly_hours", "weekly_hours_min"}.isdisjoint(cols)
        with engine.connect() as c:
            assert c.execute(text("SELECT id FROM jobposting ORDER BY id")).scalars().all() == ids
    finally:
        engine.dispose()


def test_one_head():
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(migrations.alembic_config()).get_heads()
    assert len(heads) == 1  # 0019_resume_version_unique follows this revision
