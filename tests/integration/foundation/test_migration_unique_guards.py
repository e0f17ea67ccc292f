"""Revision 0006_unique_guards (issue 9, findings 4 and 6) upgrades databases of the previous head
that CONTAIN the duplicates it forbids, on SQLite and PostgreSQL: addresses become canonical,
colliding addresses are reported and left alone, duplicate resume rows are removed (references
moved to the kept row), one active version per user remains, and the new indexes then refuse
new duplicates."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, exc, inspect, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS = "0005_writing_options"
NEW = "0006_unique_guards"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_umig", migrate=False) as url:
            yield url


def _user(c, email: str) -> int:
    c.execute(text('INSERT INTO "user" (email, is_admin, timezone, created_at) '
                   "VALUES (:e, false, 'UTC', CURRENT_TIMESTAMP)"), {"e": email})
    return c.execute(text('SELECT id FROM "user" WHERE email = :e'), {"e": email}).scalar_one()


def _resume(c, uid: int, version: int, digest: str, active: bool) -> int:
    c.execute(text("INSERT INTO resume (user_id, version, filename, mime, size_bytes, storage_key, text, fields, "
                   "skills, content_hash, is_active, created_at, updated_at) VALUES (:u, :v, 'cv.txt', 'text/plain', "
                   "10, :k, 'text', '{}', '[]', :h, :a, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
              {"u": uid, "v": version, "k": f"resumes/{uid}/{version}.txt", "h": digest, "a": active})
    return c.execute(text("SELECT id FROM resume WHERE user_id = :u AND version = :v"),
                     {"u": uid, "v": version}).scalar_one()


def test_upgrade_removes_duplicates_and_reports_collisions(db_url, caplog):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as c:
            plain = _user(c, "Plain.User@Example.COM")  # stored before canonical forms: mixed case
            wide = _user(c, "ｗｉｄｅ@ｅｘａｍｐｌｅ．ｃｏｍ")
            dots = _user(c, "dots@example\u3002org")
            twin_a = _user(c, "twin@example.com")
            twin_b = _user(c, "ＴＷＩＮ@example.com")  # canonical twin of twin_a: a collision
            bad = _user(c, "not an address")
            # plain: the same file three times (one active), and a second active version
            r1 = _resume(c, plain, 1, "a" * 64, False)
            r2 = _resume(c, plain, 2, "a" * 64, True)
            r3 = _resume(c, plain, 3, "a" * 64, False)
            r4 = _resume(c, plain, 4, "b" * 64, True)
            # wide: duplicates, none active; legacy rows without a hash are never duplicates
            w1 = _resume(c, wide, 1, "c" * 64, False)
            w2 = _resume(c, wide, 2, "c" * 64, False)
            _resume(c, wide, 3, "", False)
            _resume(c, wide, 4, "", False)
            c.execute(text("INSERT INTO application (user_id, company, title, stage, notes, posting_snapshot, archived,"
                           " dedupe_key, resume_id, created_at, updated_at) VALUES (:u, 'Acme', 'Engineer', 'saved',"
                           " '', '', false, 'k', :r, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"u": plain, "r": r3})
        with caplog.at_level(logging.WARNING, logger="alembic.runtime.migration"):
            migrations.upgrade(db_url)
        report = caplog.text
        assert str(twin_a) in report and str(twin_b) in report and "not merged" in report
        assert "not an address" in report
        with engine.begin() as c:
            emails = dict(c.execute(text('SELECT id, email FROM "user"')).all())
            assert emails[plain] == "plain.user@example.com"
            assert emails[wide] == "wide@example.com"
            assert emails[dots] == "dots@example.org"
            assert (emails[twin_a], emails[twin_b]) == ("twin@example.com", "ＴＷＩＮ@example.com")  # untouched
            assert emails[bad] == "not an address"
            rows = {r.id: r for r in c.execute(text("SELECT id, user_id, content_hash, is_active FROM resume")).all()}
            assert r2 in rows and r1 not in rows and r3 not in rows  # the active copy is kept
            assert w1 in rows and w2 not in rows  # none active: the oldest is kept
            assert [r.id for r in rows.values() if r.user_id == plain and r.is_active] == [r4]  # newest active
            assert c.execute(text("SELECT resume_id FROM application")).scalar_one() == r2
            assert sum(1 for r in rows.values() if r.user_id == wide) == 3
        index_names = {i["name"] for i in inspect(engine).get_indexes("resume")}
        assert {"uq_resume_user_hash", "uq_resume_one_active"} <= index_names
        with pytest.raises(exc.IntegrityError):
            with engine.begin() as c:
                _resume(c, wide, 9, "c" * 64, False)
        with pytest.raises(exc.IntegrityError):
            with engine.begin() as c:
                _resume(c, plain, 9, "d" * 64, True)
        with engine.begin() as c:  # hash-less rows and inactive versions stay unconstrained
            _resume(c, wide, 10, "", False)
            _resume(c, plain, 10, "e" * 64, False)
        migrations.downgrade(db_url, PREVIOUS)
        assert not {"uq_resume_user_hash", "uq_resume_one_active"} & {i["name"] for i in
                                                                       inspect(engine).get_indexes("resume")}
    finally:
        engine.dispose()
