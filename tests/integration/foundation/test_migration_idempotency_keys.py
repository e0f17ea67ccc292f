"""Revision 0016_idempotency_keys upgrades a database of the previous head that holds users and
applications, on SQLite and PostgreSQL: the new ``api_idempotency_key`` table appears empty with its
unique ``(user_id, action, key)`` constraint, ``created_at`` index and ``ON DELETE CASCADE`` to the
user; existing rows are untouched; downgrade drops the table and keeps the rest."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, exc, inspect, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS = "0015_private_posting_url"
NEW = "0016_idempotency_keys"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_idemmig", migrate=False) as url:
            yield url


def _user(c, email: str) -> int:
    c.execute(text('INSERT INTO "user" (email, is_admin, timezone, created_at) '
                   "VALUES (:e, false, 'UTC', CURRENT_TIMESTAMP)"), {"e": email})
    return c.execute(text('SELECT id FROM "user" WHERE email = :e'), {"e": email}).scalar_one()


def _application(c, uid: int, title: str) -> int:
    c.execute(text("INSERT INTO application (user_id, company, title, stage, notes, posting_snapshot, archived, "
                   "dedupe_key, created_at, updated_at) VALUES (:u, 'Acme', :t, 'saved', '', '', false, 'k', "
                   "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"u": uid, "t": title})
    return c.execute(text("SELECT max(id) FROM application")).scalar_one()


def _key(c, uid: int, key: str, resource_id: int | None = None) -> None:
    c.execute(text("INSERT INTO api_idempotency_key (user_id, action, key, fingerprint, resource_id, created_at) "
                   "VALUES (:u, 'applications.create', :k, :f, :r, CURRENT_TIMESTAMP)"),
              {"u": uid, "k": key, "f": "0" * 64, "r": resource_id})


def _fk_on(c, url: str) -> None:
    if url.startswith("sqlite"):
        c.execute(text("PRAGMA foreign_keys=ON"))


def test_upgrade_adds_the_idempotency_table_and_keeps_the_data(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as c:
            ann, bob = _user(c, "ann@example.com"), _user(c, "bob@example.com")
            apps = [_application(c, ann, "one"), _application(c, bob, "two")]
        migrations.upgrade(db_url, NEW)  # this revision; later ones have their own upgrade tests
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == NEW
            assert c.execute(text("SELECT count(*) FROM api_idempotency_key")).scalar_one() == 0
            assert sorted(c.execute(text("SELECT id FROM application")).scalars()) == sorted(apps)
        insp = inspect(engine)
        assert {"ix_api_idempotency_key_created_at"} <= {i["name"] for i in insp.get_indexes("api_idempotency_key")}
        uniques = insp.get_unique_constraints("api_idempotency_key")
        assert [sorted(u["column_names"]) for u in uniques] == [["action", "key", "user_id"]]
        (fk,) = insp.get_foreign_keys("api_idempotency_key")
        assert fk["referred_table"] == "user" and (fk["options"].get("ondelete") or "").upper() == "CASCADE"

        with engine.begin() as c:
            _key(c, ann, "k1", apps[0])
            _key(c, bob, "k1", apps[1])        # the same key of another user is independent
            _key(c, ann, "k2")                 # in progress: no resource yet
        with pytest.raises(exc.IntegrityError):
            with engine.begin() as c:
                _key(c, ann, "k1")
        with engine.begin() as c:              # the user's deletion takes their keys along
            _fk_on(c, db_url)
            c.execute(text("DELETE FROM application WHERE user_id = :u"), {"u": ann})
            c.execute(text('DELETE FROM "user" WHERE id = :u'), {"u": ann})
        with engine.connect() as c:
            assert c.execute(text("SELECT user_id FROM api_idempotency_key")).scalars().all() == [bob]

        migrations.downgrade(db_url, PREVIOUS)
        assert "api_idempotency_key" not in inspect(engine).get_table_names()
        with engine.connect() as c:
            assert c.execute(text("SELECT id FROM application")).scalars().all() == [apps[1]]
    finally:
        engine.dispose()

