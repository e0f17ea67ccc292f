"""Revision 0020_ids_never_reused upgrades a database of the previous head WITH data, on SQLite and
PostgreSQL (attack145 findings 1–3: SQLite gave a purged account's id to the next sign-up).

SQLite: every integer-id table's stored definition gains AUTOINCREMENT, no row, index, trigger (the
jobposting FTS triggers) or foreign key is lost, and from then on a deleted row's id is never handed out
again — the newest user purged, the next sign-up gets a new id. PostgreSQL: a no-op (sequences never
reuse), and the same holds. Downgrade drops the keyword and keeps the rows."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from careercopilot.models._base import surrogate_id_tables
from careercopilot.services import migrations
from tests.support import services

PREVIOUS = "0019_resume_version_unique"
NEW = "0020_ids_never_reused"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_idsmig", migrate=False) as url:
            yield url


def _user(c, email: str) -> int:
    c.execute(text('INSERT INTO "user" (email, is_admin, timezone, created_at) '
                   "VALUES (:e, false, 'UTC', CURRENT_TIMESTAMP)"), {"e": email})
    return c.execute(text('SELECT id FROM "user" WHERE email = :e'), {"e": email}).scalar_one()


def _schema(c) -> set[tuple[str, str]]:
    """(type, name) of every index and trigger (SQLite)."""
    return set(c.execute(text("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger')")).all())


def test_upgrade_keeps_every_row_and_ids_are_never_reused(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    sqlite = db_url.startswith("sqlite")
    try:
        with engine.begin() as c:
            users = [_user(c, f"u{i}@example.com") for i in range(4)]
            c.execute(text("INSERT INTO mailoptout (user_id, topic, created_at) VALUES (:u, 'alerts', CURRENT_TIMESTAMP)"),
                      {"u": users[1]})
            before = _schema(c) if sqlite else set()
            counts = {t: c.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in ("user", "mailoptout")}
        migrations.upgrade(db_url, NEW)
        with engine.begin() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == NEW
            assert {t: c.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in counts} == counts
            if sqlite:
                assert _schema(c) == before  # indexes and the FTS triggers all kept
                assert c.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
                assert c.execute(text("PRAGMA foreign_key_check")).all() == []
                sqls = dict(c.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")).all())
                wanted = {t.name for t in surrogate_id_tables()}
                assert {n for n, s in sqls.items() if "AUTOINCREMENT" in s} == wanted
                assert "AUTOINCREMENT" not in sqls["backgroundjob"] and "AUTOINCREMENT" not in sqls["matchrefresh"]
            # the newest account is purged; the next sign-up never gets its id
            c.execute(text('DELETE FROM "user" WHERE id = :u'), {"u": users[-1]})
        with engine.begin() as c:
            newcomer = _user(c, "newcomer@example.com")
        assert newcomer > users[-1]
        migrations.downgrade(db_url, PREVIOUS)
        with engine.begin() as c:
            if sqlite:
                sqls = [s for (s,) in c.execute(text("SELECT sql FROM sqlite_master WHERE type = 'table'")).all()]
                assert not any("AUTOINCREMENT" in (s or "") for s in sqls if "_fts" not in (s or ""))
                assert c.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert c.execute(text('SELECT count(*) FROM "user"')).scalar_one() == 4  # 4 - 1 purged + the newcomer
        migrations.upgrade(db_url, NEW)  # again after a downgrade: idempotent shape
    finally:
        engine.dispose()


def test_rewrite_of_the_stored_definition():
    """The text edit itself: the id column becomes the AUTOINCREMENT key, the table-level key goes,
    other shapes are left alone (None)."""
    import importlib.util
    from pathlib import Path

    path = Path(migrations.ROOT) / "alembic" / "versions" / f"{NEW}.py"
    spec = importlib.util.spec_from_file_location("rev0020", path)
    rev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rev)
    middle = 'CREATE TABLE "a" (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(x) REFERENCES b (id)\n)'
    last = 'CREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)'
    assert rev.with_autoincrement(middle) == ('CREATE TABLE "a" (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, '
                                              '\n\tx INTEGER, \n\tFOREIGN KEY(x) REFERENCES b (id)\n)')
    assert rev.with_autoincrement(last) == 'CREATE TABLE a (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tx INTEGER\n)'
    assert rev.with_autoincrement("CREATE TABLE a (x INTEGER, id INTEGER NOT NULL, PRIMARY KEY (x, id))") is None
    assert set(rev.TABLES) == {t.name for t in surrogate_id_tables()}
