"""Revision 0012_alerts upgrades a database WITH accounts and applications from
0011_account_deletion (existing applications get no offer deadline, every row kept), on SQLite
and PostgreSQL; the new unique keys hold; and it downgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0011_account_deletion", "0012_alerts"
NEW_TABLES = {"savedsearch", "savedsearchhit", "postinghide", "reminder", "notification",
              "notificationpreference", "alertsettings"}


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig12", migrate=False) as url:
            yield url


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    t0 = "'2026-01-01 00:00:00+00:00'"
    try:
        with engine.begin() as conn:
            conn.execute(text('INSERT INTO "user" (id, email, password_hash, is_admin, timezone, created_at) '
                              f"VALUES (1, 'ana@example.com', 'h', false, 'Europe/Berlin', {t0})"))
            for aid, stage in [(1, "applied"), (2, "offer")]:
                conn.execute(text(
                    "INSERT INTO application (id, user_id, company, title, stage, notes, posting_snapshot, archived, "
                    f"dedupe_key, created_at, updated_at) VALUES ({aid}, 1, 'Acme', 'Nurse', '{stage}', '', '', false, "
                    f"'k{aid}', {t0}, {t0})"))
        migrations.upgrade(db_url, REVISION)
        assert NEW_TABLES <= set(inspect(engine).get_table_names())
        with engine.begin() as conn:
            rows = conn.execute(text("SELECT id, stage, offer_deadline, interview_at FROM application ORDER BY id")).all()
            assert [tuple(r) for r in rows] == [(1, "applied", None, None), (2, "offer", None, None)]
            conn.execute(text("UPDATE application SET offer_deadline = '2026-02-01' WHERE id = 2"))
            conn.execute(text(f"UPDATE application SET interview_at = {t0} WHERE id = 1"))
            conn.execute(text("INSERT INTO reminder (user_id, application_id, kind, sequence, due_at, status, created_at) "
                              f"VALUES (1, 1, 'follow_up', 1, {t0}, 'open', {t0})"))
            conn.execute(text("INSERT INTO notification (user_id, kind, dedupe_key, title, body, link, created_at) "
                              f"VALUES (1, 'digest', '2026-01-01', 'Digest', '', '/jobs', {t0})"))
        for stmt in ("INSERT INTO reminder (user_id, application_id, kind, sequence, due_at, status, created_at) "
                     f"VALUES (1, 1, 'follow_up', 1, {t0}, 'open', {t0})",
                     "INSERT INTO notification (user_id, kind, dedupe_key, title, body, link, created_at) "
                     f"VALUES (1, 'digest', '2026-01-01', 'Again', '', '', {t0})"):
            with pytest.raises(IntegrityError), engine.begin() as conn:
                conn.execute(text(stmt))
        migrations.downgrade(db_url, PREVIOUS)
        assert not NEW_TABLES & set(inspect(engine).get_table_names())
        assert not {"offer_deadline", "interview_at"} & {c["name"] for c in inspect(engine).get_columns("application")}
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM application")).scalar_one() == 2
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM reminder")).scalar_one() == 0
    finally:
        engine.dispose()
