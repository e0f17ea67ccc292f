"""Revision 0013_identities upgrades a database WITH accounts and sessions from 0012_alerts
(every row kept, no account gets a factor or identity), on SQLite and PostgreSQL; its unique
keys hold (one account per provider subject); and it downgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0012_alerts", "0013_identities"
NEW_TABLES = {"useridentity", "totpfactor", "recoverycode"}


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig13", migrate=False) as url:
            yield url


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    t0 = "'2026-01-01 00:00:00+00:00'"
    try:
        with engine.begin() as conn:
            for uid, email in [(1, "ana@example.com"), (2, "ben@example.com")]:
                conn.execute(text('INSERT INTO "user" (id, email, password_hash, is_admin, timezone, created_at) '
                                  f"VALUES (:id, :email, 'h', false, 'UTC', {t0})"), {"id": uid, "email": email})
            conn.execute(text("INSERT INTO authsession (user_id, token_hash, created_at, last_seen_at, expires_at) "
                              f"VALUES (1, 't1', {t0}, {t0}, '2026-02-01 00:00:00+00:00')"))
        migrations.upgrade(db_url, REVISION)
        assert NEW_TABLES <= set(inspect(engine).get_table_names())
        with engine.begin() as conn:
            assert conn.execute(text('SELECT count(*) FROM "user"')).scalar_one() == 2
            assert conn.execute(text("SELECT count(*) FROM authsession")).scalar_one() == 1
            assert conn.execute(text("SELECT count(*) FROM totpfactor")).scalar_one() == 0
            conn.execute(text("INSERT INTO useridentity (user_id, provider, subject, email, created_at) "
                              f"VALUES (1, 'github', '583231', 'ana@example.com', {t0})"))
        with pytest.raises(IntegrityError), engine.begin() as conn:  # one account per provider subject
            conn.execute(text("INSERT INTO useridentity (user_id, provider, subject, created_at) "
                              f"VALUES (2, 'github', '583231', {t0})"))
        migrations.downgrade(db_url, PREVIOUS)
        assert not NEW_TABLES & set(inspect(engine).get_table_names())
        with engine.begin() as conn:
            assert conn.execute(text('SELECT count(*) FROM "user"')).scalar_one() == 2
        migrations.upgrade(db_url, REVISION)
    finally:
        engine.dispose()
