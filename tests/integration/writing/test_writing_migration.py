"""The writing copilot's revision upgrades a database holding data from the previous head,
on SQLite and PostgreSQL, keeps that data, and the new tables take rows; downgrade drops them."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS = "0002"
NEW_TABLES = {"writingdocument", "documentversion", "applicationsnapshot", "generationlog", "llmprovider",
              "userllmsetting"}


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_wmig", migrate=False) as url:
            yield url


def test_upgrade_from_previous_head_with_data(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as c:
            c.execute(text("INSERT INTO \"user\" (email, is_admin, timezone, created_at) "
                           "VALUES ('w@example.com', false, 'UTC', CURRENT_TIMESTAMP)"))
            uid = c.execute(text("SELECT id FROM \"user\" WHERE email='w@example.com'")).scalar_one()
            c.execute(text("INSERT INTO application (user_id, company, title, stage, notes, posting_snapshot, archived, "
                           "dedupe_key, created_at, updated_at) VALUES (:u, 'Acme', 'Engineer', 'saved', '', '', false, "
                           "'k', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"u": uid})
            aid = c.execute(text("SELECT id FROM application WHERE user_id=:u"), {"u": uid}).scalar_one()
        migrations.upgrade(db_url)
        assert NEW_TABLES <= set(inspect(engine).get_table_names())
        with engine.begin() as c:
            assert c.execute(text("SELECT title FROM application WHERE id=:a"), {"a": aid}).scalar_one() == "Engineer"
            c.execute(text("INSERT INTO writingdocument (user_id, application_id, kind, title, status, mode, text, flags, "
                           "accepted, notice, created_at, updated_at) VALUES (:u, :a, 'cover_letter', 't', 'ready', "
                           "'offline', 'Dear team', '[]', '[]', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                      {"u": uid, "a": aid})
            doc = c.execute(text("SELECT id FROM writingdocument")).scalar_one()
            c.execute(text("INSERT INTO applicationsnapshot (application_id, user_id, document_id, kind, version, text, "
                           "created_at) VALUES (:a, :u, :d, 'cover_letter', 1, 'Dear team', CURRENT_TIMESTAMP)"),
                      {"a": aid, "u": uid, "d": doc})
        migrations.downgrade(db_url, PREVIOUS)
        assert not NEW_TABLES & set(inspect(engine).get_table_names())
        with engine.begin() as c:
            assert c.execute(text("SELECT count(*) FROM application")).scalar_one() == 1
    finally:
        engine.dispose()
