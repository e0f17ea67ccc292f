"""Issue 9, finding 16: a sync's cost is proportional to what it changed, not to the corpus.

The same sync (one source: 4 postings edited, 3 new, 3 gone) runs on top of a small and a
ten-times larger corpus that is already ingested and indexed, on PostgreSQL and on SQLite,
with the real model, a real Chroma PersistentClient and users with stored scores from a
full refresh. The SQL statements of the whole pipeline — store + close, index the pending
postings, re-score the changed ones — are counted: the larger corpus may not cost more.
Then what the incremental pipeline did is checked: edited postings re-scored, closed ones
dropped from the index and from stored scores, a new private posting scored for its owner only.
"""

from __future__ import annotations

import random
from datetime import datetime, timezone

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from careercopilot.integrations import embeddings as emb
from careercopilot.integrations import vectors
from careercopilot.models import JobPosting, MatchRefresh, MatchScore, Resume, Source, User
from careercopilot.normalize.posting import normalize_posting
from careercopilot.services import ingest, ingest_closing, matching
from tests.support import scale_corpus, services

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
SYNC_SOURCE_SIZE = 30
CV = ("Backend Software Engineer\n\nExperience\nSenior Backend Engineer at Routely (2019–2024): built REST APIs in "
      "Python and Go, PostgreSQL, Redis, Kafka, Docker and Kubernetes on AWS.\n\nSkills\nPython, Go, PostgreSQL, "
      "Redis, Docker, Kubernetes, AWS")


def _feed(ats_ids, *, edited=()):
    out = []
    for a in ats_ids:
        extra = " Now also Rust and gRPC." if a in edited else ""
        out.append(normalize_posting(
            source="greenhouse", ats_id=str(a), url=f"https://boards.example.com/acme/{a}",
            title="Backend Engineer (Python)" if a % 2 else "Platform Engineer", company="Acme",
            location="Berlin, Germany",
            description_html=f"<p>Build REST APIs in Python and Go on Kubernetes. Team {a}.{extra}</p>", now=NOW))
    return out


def _store(engine, source_id, feed):
    """The storing part of ``ingest_sync.sync_source``: upsert, then close what the feed lacks."""
    with Session(engine) as s:
        stats = ingest.upsert_postings(session=s, source_id=source_id, postings=feed, now=NOW)
        gone = ingest_closing.missing_open_postings(session=s, source_id=source_id, seen_ats_ids=stats.seen_ats_ids)
        ingest_closing.close_postings(session=s, posting_ids=gone, now=NOW)
        s.commit()
        return stats, gone


def _index_and_rescore(engine, index):
    with Session(engine) as s:
        counts = matching.index_open_postings(session=s, index=index)
        s.commit()
    with Session(engine) as s:
        rescored = matching.rescore_changed_postings(session=s, index=index, now=NOW)
        s.commit()
    return counts, rescored


def _build(engine, index, corpus: int):
    """``corpus`` indexed postings of other sources, a synced source of 30, 2 users with full refreshes."""
    rows = scale_corpus.posting_rows(range(1, corpus + 1), source_id=None, rng=random.Random(1), now=NOW)
    with Session(engine) as s:
        scale_corpus.insert_postings(s, rows)
        users = []
        for i in range(2):
            u = User(email=f"scale{i}@example.org")
            s.add(u)
            s.flush()
            s.add(Resume(user_id=u.id, filename="cv.txt", mime="text/plain", storage_key=f"k{u.id}", text=CV,
                         is_active=True))
            users.append(u.id)
        src = Source(type="greenhouse", token="acme", name="Acme")
        s.add(src)
        s.commit()
        source_id = src.id
    vecs = scale_corpus.random_unit_vectors(corpus, emb.DIM, seed=corpus)
    meta = [matching.posting_metadata(JobPosting(**{k: v for k, v in r.items()})) for r in rows]
    scale_corpus.index_vectors(index, [r["id"] for r in rows], vecs, meta)
    _store(engine, source_id, _feed(range(1, SYNC_SOURCE_SIZE + 1)))
    _index_and_rescore(engine, index)
    for uid in users:
        with Session(engine) as s:
            matching.refresh_user_matches(session=s, user_id=uid, index=index)
            s.commit()
    return source_id, users


@pytest.fixture(params=["sqlite", "postgresql"])
def make_db(request, tmp_path, model):
    """``make(name)`` → a fresh migrated engine on the parametrized backend."""
    from careercopilot import db
    from careercopilot.services import migrations

    made = []

    def make(name: str):
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / (name + '.db')}"
            migrations.upgrade(url)
        else:
            url = services.create_pg_database(f"cc_scale_{name}")
            migrations.upgrade(url)
        engine = db.make_engine(url)
        made.append((url, engine))
        return engine

    yield make
    for url, engine in made:
        engine.dispose()
        if url.startswith("postgresql"):
            services.drop_pg_database(url)


def _run(engine, index, corpus):
    source_id, users = _build(engine, index, corpus)
    index.cache()  # a running worker has its cache loaded
    # the measured sync: 4 edited, 3 new (31-33), 3 gone (1-3)
    edited = {4, 5, 6, 7}
    feed = _feed(list(range(4, SYNC_SOURCE_SIZE + 4)), edited=edited)
    with scale_corpus.count_statements(engine) as counter:
        stats, gone = _store(engine, source_id, feed)
        counts, rescored = _index_and_rescore(engine, index)
    assert (stats.new, stats.updated, len(gone)) == (3, 4, 3)
    assert counts == {"embedded": 7, "metadata": 0, "removed": 3, "unchanged": 0}
    assert rescored["postings"] == 10
    return counter.count, source_id, users, gone


@pytest.mark.timeout(900)  # builds two corpora with full refreshes; minutes on 2 busy cores
def test_sync_statements_do_not_grow_with_the_corpus(make_db, tmp_path):
    small_engine, large_engine = make_db("small"), make_db("large")
    small_index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma-small")))
    large_index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma-large")))
    small, *_ = _run(small_engine, small_index, 60)
    large, source_id, users, gone = _run(large_engine, large_index, 600)
    assert large <= small, f"{large} statements at 600 postings vs {small} at 60"
    # nothing was read per posting or per user: the count is a small constant
    assert small < 60, small

    engine, index = large_engine, large_index
    with Session(engine) as s:
        ids = {p.ats_id: p.id for p in s.exec(select(JobPosting).where(JobPosting.source_id == source_id))}
        closed = [ids[str(a)] for a in (1, 2, 3)]
        assert sorted(closed) == sorted(gone)
        # closed postings left the index and every stored score
        assert not set(closed) & index.indexed_ids()
        assert not s.exec(select(MatchScore).where(MatchScore.posting_id.in_(closed))).all()
        assert not s.exec(select(JobPosting).where(JobPosting.index_pending)).all()
        assert not s.exec(select(MatchRefresh)).all()
        # an edited posting every user had stored was re-scored (its explanation sees Rust now)
        edited = ids["4"]
        rows = s.exec(select(MatchScore).where(MatchScore.posting_id == edited)).all()
        assert {r.user_id for r in rows} == set(users)
        assert all(r.computed_at.replace(tzinfo=timezone.utc) == NOW for r in rows)


@pytest.mark.timeout(600)
def test_new_private_posting_is_scored_for_its_owner_only(make_db, tmp_path):
    engine = make_db("private")
    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    _, users = _build(engine, index, 40)
    owner, other = users[0], users[1]
    with Session(engine) as s:
        p = JobPosting(source_type="url", ats_id="private-1", url="https://careers.example.net/1", owner_id=owner,
                       title="Backend Engineer (Python)", company="Hidden", company_key="hidden", dedupe_key="p1",
                       description_text="Build REST APIs in Python and Go.", content_hash="x")
        s.add(p)
        s.commit()
        pid = p.id
    counts, rescored = _index_and_rescore(engine, index)
    assert counts["embedded"] == 1 and rescored["postings"] == 1
    with Session(engine) as s:
        assert {r.user_id for r in s.exec(select(MatchScore).where(MatchScore.posting_id == pid))} == {owner}
        # an ORM edit flags it again; closing it drops the owner's score
        s.get(JobPosting, pid).is_open = False
        s.commit()
    counts, rescored = _index_and_rescore(engine, index)
    assert counts["removed"] == 1 and rescored["dropped"] == 1
    with Session(engine) as s:
        assert not s.exec(select(MatchScore).where(MatchScore.posting_id == pid)).all()
        assert s.execute(text("SELECT count(*) FROM matchrefresh")).scalar_one() == 0


@pytest.mark.timeout(600)
def test_deleted_postings_leave_the_index_through_the_daily_sweep(make_db, tmp_path):
    engine = make_db("deleted")
    index = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    _, users = _build(engine, index, 20)
    with Session(engine) as s:
        p = JobPosting(source_type="url", ats_id="private-2", url="https://careers.example.net/2", owner_id=users[1],
                       title="Platform Engineer", company="Hidden", company_key="hidden", dedupe_key="p2",
                       description_text="Run Kubernetes clusters.", content_hash="y")
        s.add(p)
        s.commit()
        pid = p.id
    _index_and_rescore(engine, index)
    assert pid in index.indexed_ids()
    with Session(engine) as s:  # the account goes, and its private posting with it (ON DELETE CASCADE)
        if engine.dialect.name == "sqlite":
            s.execute(text("PRAGMA foreign_keys=ON"))
        s.execute(text("DELETE FROM jobposting WHERE id = :id"), {"id": pid})
        s.commit()
    with Session(engine) as s:
        assert matching.drop_deleted_postings(session=s, index=index) == 1
        s.commit()
    assert pid not in index.indexed_ids()
    with Session(engine) as s:
        assert matching.drop_deleted_postings(session=s, index=index) == 0
