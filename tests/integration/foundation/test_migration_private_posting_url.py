"""Revision 0015_private_posting_url (attack a12 W3) upgrades databases of the previous head that
CONTAIN duplicate private postings (one user, one canonical URL — what parallel clips stored), on
SQLite and PostgreSQL: each group is merged into one row, the owner's applications (and other
references) point at the kept row, and the new index then refuses a second private posting at
the same URL while leaving shared feed postings and other users alone."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, exc, inspect, text

from careercopilot.services import migrations
from tests.support import services

PREVIOUS = "0014_first_party_tokens"
NEW = "0015_private_posting_url"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mig.db'}"
    else:
        with services.throwaway_pg_database("cc_test_ppmig", migrate=False) as url:
            yield url


def _user(c, email: str) -> int:
    c.execute(text('INSERT INTO "user" (email, is_admin, timezone, created_at) '
                   "VALUES (:e, false, 'UTC', CURRENT_TIMESTAMP)"), {"e": email})
    return c.execute(text('SELECT id FROM "user" WHERE email = :e'), {"e": email}).scalar_one()


def _posting(c, owner: int | None, url: str, title: str = "Race Job") -> int:
    c.execute(text(
        "INSERT INTO jobposting (owner_id, source_type, ats_id, url, title, company, company_key, dedupe_key, "
        "allowed_regions, places, description_html, description_text, tags, content_hash, fingerprint, "
        "first_seen_at, last_seen_at, is_open, quality_flags, is_flagged, index_pending) VALUES (:o, 'url', :u, :u, "
        ":t, 'Acme', 'acme', 'k', '[]', '[]', '', 'text', '[]', 'h', 'f', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
        "true, '[]', false, true)"), {"o": owner, "u": url, "t": title})
    return c.execute(text("SELECT max(id) FROM jobposting")).scalar_one()


def _application(c, uid: int, posting_id: int | None, title: str) -> int:
    c.execute(text("INSERT INTO application (user_id, posting_id, company, title, stage, notes, posting_snapshot, "
                   "archived, dedupe_key, created_at, updated_at) VALUES (:u, :p, 'Acme', :t, 'saved', '', '', false, "
                   "'k', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"u": uid, "p": posting_id, "t": title})
    return c.execute(text("SELECT max(id) FROM application")).scalar_one()


def _hide(c, uid: int, posting_id: int) -> None:
    c.execute(text("INSERT INTO postinghide (user_id, posting_id, created_at) VALUES (:u, :p, CURRENT_TIMESTAMP)"),
              {"u": uid, "p": posting_id})


def test_upgrade_merges_duplicate_private_postings(db_url, caplog):
    migrations.upgrade(db_url, PREVIOUS)
    engine = create_engine(db_url)
    url = "https://race.example/job/1"
    try:
        with engine.begin() as c:
            ann, bob = _user(c, "ann@example.com"), _user(c, "bob@example.com")
            # ann: five rows of one page (the race); she tracks the THIRD and hid the fourth
            a = [_posting(c, ann, url) for _ in range(5)]
            app_a = _application(c, ann, a[2], "tracked")
            _hide(c, ann, a[3])
            # ann, another page: two rows, she tracks both (the second loses only its link)
            b = [_posting(c, ann, "https://race.example/job/2") for _ in range(2)]
            app_b0, app_b1 = _application(c, ann, b[0], "first"), _application(c, ann, b[1], "second")
            # bob: the same URL is his own posting; shared feed rows at that URL are not private
            bob_row = _posting(c, bob, url)
            feed = [_posting(c, None, url) for _ in range(2)]
            # legacy private rows without a URL are left alone
            blank = [_posting(c, ann, "") for _ in range(2)]
        with caplog.at_level(logging.WARNING, logger="alembic.runtime.migration"):
            migrations.upgrade(db_url)
        assert "merged 5 duplicate private postings" in caplog.text  # 4 of job/1, 1 of job/2
        assert "1 application(s) keep their copy" in caplog.text
        with engine.begin() as c:
            ids = {r.id for r in c.execute(text("SELECT id FROM jobposting")).all()}
            assert ids == {a[2], b[0], bob_row, *feed, *blank}  # the tracked row, else the oldest
            links = dict(c.execute(text("SELECT id, posting_id FROM application")).all())
            assert links == {app_a: a[2], app_b0: b[0], app_b1: None}
            titles = {r.id: r.title for r in c.execute(text("SELECT id, title FROM application")).all()}
            assert titles[app_b1] == "second"  # the card itself is kept
            hides = c.execute(text("SELECT user_id, posting_id FROM postinghide")).all()
            assert [tuple(h) for h in hides] == [(ann, a[2])]
        assert "uq_posting_owner_url" in {i["name"] for i in inspect(engine).get_indexes("jobposting")}
        with pytest.raises(exc.IntegrityError):
            with engine.begin() as c:
                _posting(c, ann, url)
        with engine.begin() as c:  # other owners, shared rows and URL-less legacy rows stay unconstrained
            _posting(c, None, url)
            _posting(c, ann, "")
            _posting(c, bob, "https://race.example/job/2")
        if db_url.startswith("sqlite"):  # no batch copy: the full-text triggers of 0008 are still there
            with engine.connect() as c:
                triggers = {r[0] for r in c.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
            assert {"jobposting_fts_ai", "jobposting_fts_ad", "jobposting_fts_au"} <= triggers
        migrations.downgrade(db_url, PREVIOUS)
        assert "uq_posting_owner_url" not in {i["name"] for i in inspect(engine).get_indexes("jobposting")}
    finally:
        engine.dispose()
