"""Revision 0014_first_party_tokens upgrades a database WITH accounts, sessions, personal tokens and
a linked identity from 0013_identities (every row kept, no grant created), on SQLite and PostgreSQL;
its unique keys and cascades hold (a hash is stored once; deleting a user removes its grants, a
rotated token's parent link is cleared); and it downgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.exc import IntegrityError

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0013_identities", "0014_first_party_tokens"
NEW_TABLES = {"oauthauthorizationcode", "oauthrefreshtoken"}
T0 = "'2026-01-01 00:00:00+00:00'"
LATER = "'2026-02-01 00:00:00+00:00'"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig14", migrate=False) as url:
            yield url


def _engine(url: str):
    engine = create_engine(url)
    if url.startswith("sqlite"):  # the app's engine turns foreign keys on (careercopilot/db.py); so does this one
        event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    return engine


def _refresh_row(conn, *, user_id: int, token_hash: str, parent_id=None) -> int:
    conn.execute(text("INSERT INTO oauthrefreshtoken (user_id, client_id, family_id, parent_id, token_hash, scopes, "
                      f"created_at, expires_at) VALUES (:u, 'clipper', 'f1', :p, :h, '[\"postings:read\"]', {T0}, {LATER})"),
                 {"u": user_id, "p": parent_id, "h": token_hash})
    return conn.execute(text("SELECT id FROM oauthrefreshtoken WHERE token_hash = :h"), {"h": token_hash}).scalar_one()


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = _engine(db_url)
    try:
        with engine.begin() as conn:
            for uid, email in [(1, "ana@example.com"), (2, "ben@example.com")]:
                conn.execute(text('INSERT INTO "user" (id, email, password_hash, is_admin, timezone, created_at) '
                                  f"VALUES (:id, :email, 'h', false, 'UTC', {T0})"), {"id": uid, "email": email})
            conn.execute(text("INSERT INTO authsession (user_id, token_hash, created_at, last_seen_at, expires_at) "
                              f"VALUES (1, 't1', {T0}, {T0}, {LATER})"))
            conn.execute(text("INSERT INTO apitoken (user_id, name, prefix, token_hash, scopes, created_at, expires_at) "
                              f"VALUES (1, 'script', 'cc_pat_abcd', 'p1', '[\"postings:read\"]', {T0}, {LATER})"))
            conn.execute(text("INSERT INTO useridentity (user_id, provider, subject, email, created_at) "
                              f"VALUES (2, 'github', '583231', 'ben@example.com', {T0})"))
        migrations.upgrade(db_url, REVISION)
        assert NEW_TABLES <= set(inspect(engine).get_table_names())
        with engine.begin() as conn:
            assert conn.execute(text('SELECT count(*) FROM "user"')).scalar_one() == 2
            for table in ("authsession", "apitoken", "useridentity"):
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 1
            for table in NEW_TABLES:
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            conn.execute(text("INSERT INTO oauthauthorizationcode (user_id, client_id, code_hash, redirect_uri, "
                              "code_challenge, scopes, created_at, expires_at) VALUES (1, 'clipper', 'c1', "
                              f"'http://127.0.0.1:8765/cb', '{'x' * 43}', '[]', {T0}, {LATER})"))
            first = _refresh_row(conn, user_id=1, token_hash="r1")
            second = _refresh_row(conn, user_id=1, token_hash="r2", parent_id=first)
            _refresh_row(conn, user_id=2, token_hash="r3")
        with pytest.raises(IntegrityError), engine.begin() as conn:  # a hash is stored once
            _refresh_row(conn, user_id=2, token_hash="r1")
        with engine.begin() as conn:  # the parent goes (expired and purged): the successor stays, unlinked
            conn.execute(text("DELETE FROM oauthrefreshtoken WHERE id = :id"), {"id": first})
            assert conn.execute(text("SELECT parent_id FROM oauthrefreshtoken WHERE id = :id"),
                                {"id": second}).scalar_one() is None
            conn.execute(text('DELETE FROM "user" WHERE id = 1'))  # the user goes: every grant of theirs too
            assert conn.execute(text("SELECT count(*) FROM oauthauthorizationcode")).scalar_one() == 0
            assert conn.execute(text("SELECT user_id FROM oauthrefreshtoken")).scalars().all() == [2]
        migrations.downgrade(db_url, PREVIOUS)
        assert not NEW_TABLES & set(inspect(engine).get_table_names())
        with engine.begin() as conn:
            assert conn.execute(text('SELECT count(*) FROM "user"')).scalar_one() == 1
            assert conn.execute(text("SELECT count(*) FROM useridentity")).scalar_one() == 1
        migrations.upgrade(db_url, REVISION)
    finally:
        engine.dispose()
