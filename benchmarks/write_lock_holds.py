"""Longest SQLite write-lock hold of each matching job (lock70).

A SQLite file with ``--postings`` open postings (``tests.support.scale_corpus`` rows, random unit
document vectors in a real Chroma index), one user with an active resume; then, with the real
embedding model and :func:`careercopilot.db_write_locks.record_write_holds` open:

* ``index_open_postings``: ``--pending`` postings flagged for indexing (real embeddings), 10 of
  them closed (their records are removed);
* ``rescore_changed_postings``: every posting queued (the first scoring after an upload / a big sync);
* ``refresh_user_matches``: the user's full refresh (``jobs.matching.rescore_user``).

Each job runs as its RQ job does, in one :func:`careercopilot.db.session_scope`. Prints per job:
write transactions, the longest hold (seconds) and the most rows changed by one transaction.

    PYTHONPATH=. .venv/bin/python benchmarks/write_lock_holds.py [--postings 2000] [--pending 64]
"""

from __future__ import annotations

import argparse
import random
import tempfile
from datetime import datetime, timezone
from pathlib import Path

CV = ("Backend Software Engineer\n\nExperience\nSenior Backend Engineer at Routely (2019–2024): built REST APIs in "
      "Python and Go, PostgreSQL, Redis, Kafka, Docker and Kubernetes on AWS.\n\nSkills\nPython, Go, PostgreSQL, "
      "Redis, Docker, Kubernetes, AWS")


def build(engine, index, n: int, pending: int) -> int:
    """``n`` indexed postings (the last ``pending`` flagged for indexing, 10 of those closed) and a user; its id."""
    from sqlalchemy import update
    from sqlmodel import Session

    from careercopilot.integrations import embeddings as emb
    from careercopilot.models import JobPosting, Resume, User
    from careercopilot.services import matching
    from tests.support import scale_corpus

    now = datetime.now(timezone.utc)
    rows = scale_corpus.posting_rows(range(1, n + 1), source_id=None, rng=random.Random(1), now=now)
    with Session(engine) as s:
        scale_corpus.insert_postings(s, rows)
        u = User(email="lock@example.org")
        s.add(u)
        s.flush()
        s.add(Resume(user_id=u.id, filename="cv.txt", mime="text/plain", storage_key="k", text=CV, is_active=True))
        flagged = [r["id"] for r in rows[n - pending:]]
        t = JobPosting.__table__
        s.execute(update(t).where(t.c.id.in_(flagged)).values(index_pending=True))
        s.execute(update(t).where(t.c.id.in_(flagged[:10])).values(is_open=False))
        s.commit()
        uid = u.id
    indexed = rows[:n - pending]
    vecs = scale_corpus.random_unit_vectors(len(indexed), emb.DIM, seed=n)
    meta = [matching.posting_metadata(JobPosting(**r)) for r in indexed]
    scale_corpus.index_vectors(index, [r["id"] for r in indexed], vecs, meta)
    return uid


def _queue_all(engine, n: int) -> None:
    from sqlmodel import Session

    from careercopilot.services import matching

    with Session(engine) as s:
        matching.queue_rescore(s, list(range(1, n + 1)))
        s.commit()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--postings", type=int, default=2000)
    ap.add_argument("--pending", type=int, default=64)
    args = ap.parse_args()

    from careercopilot import db, db_write_locks
    from careercopilot.integrations import embeddings as emb
    from careercopilot.integrations import vectors
    from careercopilot.services import matching, migrations

    tmp = Path(tempfile.mkdtemp(prefix="lock70-"))
    url = f"sqlite:///{tmp / 'bench.db'}"
    migrations.upgrade(url)
    engine = db.make_engine(url)
    db.set_engine(engine)
    index = vectors.VectorIndex(vectors.make_client(path=str(tmp / "chroma")))
    emb.get_model()
    uid = build(engine, index, args.postings, args.pending)
    index.cache()

    jobs = [("index_open_postings", lambda s: matching.index_open_postings(session=s, index=index)),
            ("rescore_changed_postings", lambda s: (_queue_all(engine, args.postings),
                                                    matching.rescore_changed_postings(session=s, index=index))),
            ("refresh_user_matches", lambda s: matching.refresh_user_matches(session=s, user_id=uid, index=index))]
    print(f"postings={args.postings} pending={args.pending}")
    for name, run in jobs:
        with db_write_locks.record_write_holds() as holds:
            with db.session_scope() as s:
                run(s)
        mine = [h for h in holds if h.ended != "reset"] or holds
        longest = max((h.seconds for h in mine), default=0.0)
        rows = max((h.rows for h in mine), default=0)
        print(f"{name}: transactions={len(mine)} longest_hold_s={longest:.2f} max_rows_per_commit={rows}")


if __name__ == "__main__":
    main()
