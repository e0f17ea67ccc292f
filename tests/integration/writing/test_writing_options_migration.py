"""Revision 0005_writing_options upgrades a database holding writing documents from the
previous head (0004_places), on SQLite and PostgreSQL: existing documents keep their text and
get ``{}`` options (the defaults they were written with); new rows take options; downgrade
drops the column and keeps the documents."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, inspect, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS = "0004_places"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_omig", migrate=False) as url:
            yield url


def _options(value) -> dict:
    return value if isinstance(value, dict) else json.loads(value)


def test_upgrade_from_previous_head_with_documents(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as c:
            c.execute(text("INSERT INTO \"user\" (email, is_admin, timezone, created_at) "
                           "VALUES ('o@example.com', false, 'UTC', CURRENT_TIMESTAMP)"))
            uid = c.execute(text("SELECT id FROM \"user\"")).scalar_one()
            c.execute(text("INSERT INTO writingdocument (user_id, kind, title, status, mode, text, flags, accepted, "
                           "notice, created_at, updated_at) VALUES (:u, 'cover_letter', 't', 'ready', 'offline', "
                           "'Dear team', '[]', '[]', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"u": uid})
        migrations.upgrade(db_url)
        assert "options" in {col["name"] for col in inspect(engine).get_columns("writingdocument")}
        with engine.begin() as c:
            text_, options = c.execute(text("SELECT text, options FROM writingdocument")).one()
            assert text_ == "Dear team" and _options(options) == {}
            c.execute(text("INSERT INTO writingdocument (user_id, kind, title, status, mode, text, flags, accepted, "
                           "notice, options, created_at, updated_at) VALUES (:u, 'cover_letter', 't2', 'ready', "
                           "'offline', 'Hola', '[]', '[]', '', :o, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                      {"u": uid, "o": json.dumps({"tone": "warm", "length": "short", "language": "es"})})
            stored = c.execute(text("SELECT options FROM writingdocument WHERE title='t2'")).scalar_one()
            assert _options(stored)["language"] == "es"
        migrations.downgrade(db_url, PREVIOUS)
        assert "options" not in {col["name"] for col in inspect(engine).get_columns("writingdocument")}
        with engine.begin() as c:
            assert c.execute(text("SELECT count(*) FROM writingdocument")).scalar_one() == 2
    finally:
        engine.dispose()
