"""Revision 0009_mail upgrades a database WITH accounts from 0008_search_fts on SQLite and
PostgreSQL: existing accounts are marked verified (at their creation time), the send-log's
unique key holds, and it downgrades and upgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0008_search_fts", "0009_mail"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig9", migrate=False) as url:
            yield url


MESSAGE = ("INSERT INTO mailmessage (user_id, kind, dedupe_key, to_addr, subject, body_text, message_id, status, "
           "attempts, created_at) VALUES (:u, 'digest', '2026-12-04', 'a@example.com', 's', 't', '<m@x>', 'pending', 0, "
           "'2026-12-04 05:00:00+00:00')")


def test_upgrade_with_accounts_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            for uid, email in [(1, "a@example.com"), (2, "b@example.com")]:
                conn.execute(text('INSERT INTO "user" (id, email, is_admin, timezone, created_at) VALUES '
                                  "(:id, :email, false, 'UTC', :created)"),
                             dict(id=uid, email=email, created=f"2026-01-0{uid} 10:00:00+00:00"))
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            rows = conn.execute(text('SELECT id, email_verified_at, created_at FROM "user" ORDER BY id')).all()
            assert [r[0] for r in rows] == [1, 2]
            assert all(r[1] is not None and str(r[1])[:10] == str(r[2])[:10] for r in rows)  # verified at creation
            conn.execute(text(MESSAGE), {"u": 1})
            conn.execute(text("INSERT INTO mailoptout (user_id, topic, created_at) VALUES (1, 'digest', "
                              "'2026-12-04 05:00:00+00:00')"))
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text(MESSAGE), {"u": 1})  # one row per (user, kind, dedupe key)
        with engine.begin() as conn:
            conn.execute(text(MESSAGE), {"u": 2})  # another user: fine
            assert conn.execute(text("SELECT count(*) FROM mailmessage")).scalar_one() == 2
        migrations.downgrade(db_url, PREVIOUS)
        with engine.begin() as conn:
            assert conn.execute(text('SELECT count(*) FROM "user"')).scalar_one() == 2
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM mailmessage")).scalar_one() == 0
            assert conn.execute(text('SELECT count(*) FROM "user" WHERE email_verified_at IS NOT NULL')).scalar_one() == 2
    finally:
        engine.dispose()
