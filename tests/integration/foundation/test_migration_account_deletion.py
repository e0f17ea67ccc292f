"""Revision 0011_account_deletion upgrades a database WITH accounts from 0010_api_tokens (every
existing account has no deletion pending), on SQLite and PostgreSQL, and downgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0010_api_tokens", "0011_account_deletion"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig11", migrate=False) as url:
            yield url


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            for uid, email in [(1, "ana@example.com"), (2, "ben@example.com")]:
                conn.execute(text('INSERT INTO "user" (id, email, password_hash, is_admin, timezone, created_at) '
                                  "VALUES (:id, :email, 'h', false, 'UTC', '2026-01-01 00:00:00+00:00')"),
                             {"id": uid, "email": email})
            conn.execute(text("INSERT INTO authsession (user_id, token_hash, created_at, last_seen_at, expires_at) "
                              "VALUES (1, 't1', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00', "
                              "'2026-02-01 00:00:00+00:00')"))
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            rows = conn.execute(text('SELECT id, email, deletion_requested_at FROM "user" ORDER BY id')).all()
            assert [(r[0], r[1], r[2]) for r in rows] == [(1, "ana@example.com", None), (2, "ben@example.com", None)]
            assert conn.execute(text("SELECT count(*) FROM authsession")).scalar_one() == 1
            conn.execute(text("UPDATE \"user\" SET deletion_requested_at = '2026-03-01 00:00:00+00:00' WHERE id = 2"))
        assert "ix_user_deletion_requested_at" in {i["name"] for i in inspect(engine).get_indexes("user")}
        migrations.downgrade(db_url, PREVIOUS)
        with engine.begin() as conn:
            assert conn.execute(text('SELECT count(*) FROM "user"')).scalar_one() == 2
        assert "deletion_requested_at" not in {c["name"] for c in inspect(engine).get_columns("user")}
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            assert conn.execute(text('SELECT count(*) FROM "user" WHERE deletion_requested_at IS NULL')).scalar_one() == 2
    finally:
        engine.dispose()
