"""Revision 0004_places upgrades a database WITH data from 0003_writing on SQLite and
PostgreSQL: free-text preference locations become places (unresolved parts kept for the
user), postings get their places, quality columns default to "not flagged"; and downgrades."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0003_writing", "0004_places"
T0 = "2026-01-01 00:00:00+00:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig_places", migrate=False) as url:
            yield url


def _posting(conn, pid, location_text, city, region, country):
    conn.execute(text(
        "INSERT INTO jobposting (id, source_type, ats_id, url, title, company, company_key, dedupe_key, "
        "location_text, city, region, country, allowed_regions, description_html, description_text, tags, "
        "content_hash, fingerprint, first_seen_at, last_seen_at, is_open) VALUES (:id, 'greenhouse', :ats, "
        ":url, 'Nurse', 'Acme', 'acme', :ats, :lt, :city, :region, :country, '[]', '', '', "
        "'[]', 'h', 'f', :t, :t, true)"),
        dict(id=pid, ats=str(pid), url=f"https://example.org/{pid}", lt=location_text, city=city, region=region, country=country, t=T0))


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            for uid, locs in ((1, ["Denver", "CO", "Remote"]), (2, ["Berlin, Germany", "Narnia"]), (3, [])):
                conn.execute(text("INSERT INTO \"user\" (id, email, is_admin, timezone, created_at) "
                                  "VALUES (:id, :e, false, 'UTC', :t)"), dict(id=uid, e=f"u{uid}@example.org", t=T0))
                conn.execute(text("INSERT INTO preference (user_id, titles, locations, work_modes, salary_currency, "
                                  "salary_period, needs_visa_sponsorship, updated_at) VALUES (:u, '[]', :l, '[]', "
                                  "'USD', 'year', false, :t)"), dict(u=uid, l=json.dumps(locs), t=T0))
            _posting(conn, 1, "New York, NY; Austin, TX", "New York", "NY", "US")
            _posting(conn, 2, None, "Toronto", "ON", "CA")
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            prefs = {r.user_id: r for r in conn.execute(text(
                "SELECT user_id, places, unresolved_locations, locations FROM preference"))}
            posts = {r.id: r for r in conn.execute(text("SELECT id, places, quality_flags, is_flagged FROM jobposting"))}

        def js(v):
            return json.loads(v) if isinstance(v, str) else v

        # The old split ["Denver", "CO", "Remote"] is read back as ONE place + remote.
        assert [(p["kind"], p["name"], p.get("region")) for p in js(prefs[1].places)] == [
            ("city", "Denver", "CO"), ("remote", "Remote", None)]
        assert js(prefs[1].unresolved_locations) == []
        assert [p["name"] for p in js(prefs[2].places)] == ["Berlin"] and js(prefs[2].unresolved_locations) == ["Narnia"]
        assert js(prefs[2].locations) == ["Berlin, DE", "Narnia"]
        assert js(prefs[3].places) == []
        assert [p["name"] for p in js(posts[1].places)] == ["New York City", "Austin"]
        assert [(p["name"], p["region"]) for p in js(posts[2].places)] == [("Toronto", "ON")]
        assert all(js(r.quality_flags) == [] and not r.is_flagged for r in posts.values())
        migrations.downgrade(db_url, PREVIOUS)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM preference")).scalar_one() == 3
            assert conn.execute(text("SELECT count(*) FROM jobposting")).scalar_one() == 2
        migrations.upgrade(db_url, REVISION)
    finally:
        engine.dispose()
