"""Revision 0007_sync_scale (index_pending + matchrefresh) upgrades a database WITH data from
0006_unique_guards, on SQLite and PostgreSQL, and downgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0006_unique_guards", "0007_sync_scale"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig4", migrate=False) as url:
            yield url


def _posting(conn, pid: int, is_open: bool) -> None:
    conn.execute(text(
        "INSERT INTO jobposting (id, source_type, ats_id, url, title, company, company_key, dedupe_key, "
        "allowed_regions, description_html, description_text, tags, content_hash, fingerprint, first_seen_at, "
        "last_seen_at, is_open) VALUES (:id, 'greenhouse', :ats, :url, 'Backend Engineer', 'Acme', 'acme', :dk, "
        "'[]', '<p>x</p>', 'x', '[]', 'h', 'f', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00', :open)"),
        dict(id=pid, ats=f"a{pid}", url=f"https://jobs.example.org/{pid}", dk=f"k{pid}", open=is_open))


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            _posting(conn, 1, True)
            _posting(conn, 2, False)
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            # every existing posting is checked once by the next indexing run
            pending = dict(conn.execute(text("SELECT id, index_pending FROM jobposting ORDER BY id")).all())
            assert pending == {1: True, 2: True}
            _posting(conn, 3, True)  # a later insert that names no flag is pending too (server default)
            assert conn.execute(text("SELECT index_pending FROM jobposting WHERE id = 3")).scalar_one()
            conn.execute(text("INSERT INTO matchrefresh (posting_id, queued_at) VALUES (1, "
                              "'2026-01-02 00:00:00+00:00')"))
        with pytest.raises(IntegrityError):  # one queue row per posting
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO matchrefresh (posting_id, queued_at) VALUES (1, "
                                  "'2026-01-03 00:00:00+00:00')"))
        with engine.begin() as conn:  # the queue row goes with its posting
            if engine.dialect.name == "sqlite":
                conn.execute(text("PRAGMA foreign_keys=ON"))
            conn.execute(text("DELETE FROM jobposting WHERE id = 1"))
            assert conn.execute(text("SELECT count(*) FROM matchrefresh")).scalar_one() == 0
        migrations.downgrade(db_url, PREVIOUS)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM jobposting")).scalar_one() == 2
        migrations.upgrade(db_url, REVISION)
    finally:
        engine.dispose()
