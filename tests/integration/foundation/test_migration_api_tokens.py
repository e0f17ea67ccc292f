"""Revision 0010_api_tokens upgrades a database WITH data from the previous head (users, sessions
and applications survive; the apitoken table works, cascades with its user, and its hash is
unique), on SQLite and PostgreSQL, and downgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0009_mail", "0010_api_tokens"
T = "2026-01-01 00:00:00+00:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig10", migrate=False) as url:
            yield url


def _token(conn, tid: int, user_id: int, digest: str) -> None:
    conn.execute(text("INSERT INTO apitoken (id, user_id, name, prefix, token_hash, scopes, created_at, expires_at) "
                      "VALUES (:id, :u, 'script', 'cc_pat_abcd', :h, '[\"postings:read\"]', :t, :t)"),
                 dict(id=tid, u=user_id, h=digest, t=T))


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            for uid in (1, 2):
                conn.execute(text("INSERT INTO \"user\" (id, email, is_admin, timezone, created_at) "
                                  "VALUES (:id, :e, false, 'UTC', :t)"), dict(id=uid, e=f"u{uid}@example.org", t=T))
            conn.execute(text("INSERT INTO application (id, user_id, company, title, stage, notes, posting_snapshot, "
                              "archived, dedupe_key, created_at, updated_at) VALUES (1, 1, 'Acme', 'Eng', 'saved', '', "
                              "'', false, 'k', :t, :t)"), dict(t=T))
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT company FROM application")).scalars().all() == ["Acme"]
            _token(conn, 1, 1, "a" * 64)
            _token(conn, 2, 2, "b" * 64)
        with pytest.raises(IntegrityError), engine.begin() as conn:
            _token(conn, 3, 2, "a" * 64)  # the hash is unique
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.execute(text("DELETE FROM \"user\" WHERE id = 2"))
            assert conn.execute(text("SELECT user_id FROM apitoken")).scalars().all() == [1]  # cascaded
        migrations.downgrade(db_url, PREVIOUS)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM application")).scalar_one() == 1
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM apitoken")).scalar_one() == 0
    finally:
        engine.dispose()
