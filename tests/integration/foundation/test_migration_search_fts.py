"""Revision 0008_search_fts upgrades a database WITH postings from 0007_sync_scale (the existing
rows are indexed), on SQLite and PostgreSQL, and downgrades again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS, REVISION = "0007_sync_scale", "0008_search_fts"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_mig8", migrate=False) as url:
            yield url


def _match(conn, dialect: str, word: str) -> list[int]:
    if dialect == "sqlite":
        sql = "SELECT rowid FROM jobposting_fts WHERE jobposting_fts MATCH :q ORDER BY rowid"
        return list(conn.execute(text(sql), {"q": f'"{word}"*'}).scalars())
    sql = "SELECT id FROM jobposting WHERE search_vector @@ to_tsquery('english', :q) ORDER BY id"
    return list(conn.execute(text(sql), {"q": f"{word}:*"}).scalars())


def test_upgrade_with_data_then_downgrade(db_url):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            for pid, title, body in [(1, "Registered Nurse", "ICU patient care"), (2, "Backend Engineer", "Python APIs")]:
                conn.execute(text(
                    "INSERT INTO jobposting (id, source_type, ats_id, url, title, company, company_key, dedupe_key, "
                    "allowed_regions, description_html, description_text, tags, content_hash, fingerprint, "
                    "first_seen_at, last_seen_at, is_open) VALUES (:id, 'greenhouse', :ats, :url, :title, 'Acme', "
                    "'acme', :dk, '[]', '', :body, '[]', 'h', 'f', '2026-01-01 00:00:00+00:00', "
                    "'2026-01-01 00:00:00+00:00', true)"),
                    dict(id=pid, ats=f"a{pid}", url=f"https://jobs.example.org/{pid}", title=title, dk=f"k{pid}",
                         body=body))
        migrations.upgrade(db_url, REVISION)
        dialect = engine.dialect.name
        with engine.begin() as conn:
            assert _match(conn, dialect, "nurse") == [1]          # existing rows were indexed
            assert _match(conn, dialect, "python") == [2]
            conn.execute(text("UPDATE jobposting SET description_text = 'Rust services' WHERE id = 2"))
            assert _match(conn, dialect, "python") == [] and _match(conn, dialect, "rust") == [2]
        migrations.downgrade(db_url, PREVIOUS)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM jobposting")).scalar_one() == 2
        migrations.upgrade(db_url, REVISION)
        with engine.begin() as conn:
            assert _match(conn, dialect, "rust") == [2]
    finally:
        engine.dispose()
