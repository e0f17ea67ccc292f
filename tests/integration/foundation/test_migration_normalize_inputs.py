"""Revision 0017_normalize_inputs upgrades a database of the previous head that holds postings,
applications and contacts, on SQLite and PostgreSQL: postings gain ``normalize_inputs`` and
``inputs_hash`` (NULL: a stored row keeps no copy of its source record), contacts gain a NOT NULL
``updated_at`` backfilled from their application's ``created_at``; SQLite's full-text triggers on
``jobposting`` survive; existing rows are untouched; downgrade drops the three columns."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, exc, inspect, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS = "0016_idempotency_keys"
NEW = "0017_normalize_inputs"
APP_CREATED = datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_inputsmig", migrate=False) as url:
            yield url


def _user(c, email: str) -> int:
    c.execute(text('INSERT INTO "user" (email, is_admin, timezone, created_at) '
                   "VALUES (:e, false, 'UTC', CURRENT_TIMESTAMP)"), {"e": email})
    return c.execute(text('SELECT id FROM "user" WHERE email = :e'), {"e": email}).scalar_one()


def _posting(c, title: str) -> int:
    c.execute(text(
        "INSERT INTO jobposting (source_type, ats_id, url, title, company, company_key, dedupe_key, "
        "allowed_regions, places, description_html, description_text, tags, content_hash, fingerprint, "
        "first_seen_at, last_seen_at, is_open, quality_flags, is_flagged, index_pending) VALUES ('greenhouse', :t, "
        ":u, :t, 'Acme', 'acme', 'k', '[]', '[]', '', :d, '[]', 'h', 'f', "
        "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, true, '[]', false, false)"), {"t": title, "d": title, "u": "https://x.example/" + title})
    return c.execute(text("SELECT max(id) FROM jobposting")).scalar_one()


def _application(c, uid: int, created_at: datetime) -> int:
    c.execute(text("INSERT INTO application (user_id, company, title, stage, notes, posting_snapshot, archived, "
                   "dedupe_key, created_at, updated_at) VALUES (:u, 'Acme', 't', 'saved', '', '', false, 'k', "
                   ":c, CURRENT_TIMESTAMP)"), {"u": uid, "c": created_at})
    return c.execute(text("SELECT max(id) FROM application")).scalar_one()


def _contact(c, uid: int, app_id: int, name: str) -> int:
    c.execute(text("INSERT INTO contact (application_id, user_id, name) VALUES (:a, :u, :n)"),
              {"a": app_id, "u": uid, "n": name})
    return c.execute(text("SELECT max(id) FROM contact")).scalar_one()


def _as_utc(value) -> datetime:
    if isinstance(value, str):  # SQLite gives the stored text back
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def test_upgrade_adds_inputs_and_contact_times_and_keeps_the_data(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as c:
            ann = _user(c, "ann@example.com")
            postings = [_posting(c, "Search Engineer"), _posting(c, "Data Analyst")]
            app = _application(c, ann, APP_CREATED)
            contacts = [_contact(c, ann, app, "Rita Recruiter"), _contact(c, ann, app, "Hank Manager")]
        migrations.upgrade(db_url, NEW)  # this revision; later ones have their own upgrade tests
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == NEW
            rows = c.execute(text("SELECT id, title, normalize_inputs, inputs_hash FROM jobposting ORDER BY id")).all()
            assert [(r.id, r.title, r.normalize_inputs, r.inputs_hash) for r in rows] == [
                (postings[0], "Search Engineer", None, None), (postings[1], "Data Analyst", None, None)]
            times = c.execute(text("SELECT id, name, updated_at FROM contact ORDER BY id")).all()
            assert [r.id for r in times] == contacts
            assert {_as_utc(r.updated_at) for r in times} == {APP_CREATED}
        cols = {col["name"]: col for col in inspect(engine).get_columns("contact")}
        assert cols["updated_at"]["nullable"] is False
        if db_url.startswith("sqlite"):
            with engine.connect() as c:
                triggers = set(c.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
                assert {"jobposting_fts_ai", "jobposting_fts_ad", "jobposting_fts_au"} <= triggers
                hits = c.execute(text("SELECT rowid FROM jobposting_fts WHERE jobposting_fts MATCH 'search'")).all()
                assert [h[0] for h in hits] == [postings[0]]
            with engine.begin() as c:  # the update trigger still follows the indexed columns
                c.execute(text("UPDATE jobposting SET title = 'Search Lead' WHERE id = :i"), {"i": postings[1]})
                hits = c.execute(text("SELECT rowid FROM jobposting_fts WHERE jobposting_fts MATCH 'lead'")).all()
                assert [h[0] for h in hits] == [postings[1]]
        with pytest.raises(exc.IntegrityError):
            with engine.begin() as c:
                c.execute(text("INSERT INTO contact (application_id, user_id, name, updated_at) "
                               "VALUES (:a, :u, 'x', NULL)"), {"a": app, "u": ann})

        migrations.downgrade(db_url, PREVIOUS)
        insp = inspect(engine)
        assert {"normalize_inputs", "inputs_hash"}.isdisjoint(c["name"] for c in insp.get_columns("jobposting"))
        assert "updated_at" not in {c["name"] for c in insp.get_columns("contact")}
        with engine.connect() as c:
            assert c.execute(text("SELECT id FROM contact ORDER BY id")).scalars().all() == contacts
            assert c.execute(text("SELECT id FROM jobposting ORDER BY id")).scalars().all() == postings
            assert c.execute(text("SELECT title FROM jobposting ORDER BY id")).scalars().all()[0] == "Search Engineer"
    finally:
        engine.dispose()

