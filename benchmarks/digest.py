"""Daily digests for 1,000 and 10,000 users: SQL statements and time per matching search
(issue 13, "Done when": at 10,000 users ≤ 1.1 × the statements per matching search at 1,000).

Setup per size (a SQLite file, or with ``--pg`` a throwaway PostgreSQL database, migrated to
head): 100,000 postings first seen two days ago (``tests/support/scale_corpus.posting_rows``,
bulk insert), ``users`` users with 20 saved searches each (daily digest; every search two words:
a common one, "engineer", and a rare one of its own), then :data:`NEW_POSTINGS` new postings,
each naming the rare words of :data:`MATCHES_PER_POSTING` searches of different users — the same
number of matching searches per new posting, and the same matching searches in total, at both
sizes. Measured (SQLAlchemy ``before_cursor_execute``; an executemany counts once):

1. ``matcher.match_new_postings`` + ``instant.deliver_instant`` (what runs after a sync);
2. ``digest.build_due_digests`` at the next digest hour (every user's 08:00 UTC).

Prints statements and seconds of each step, statements per matching search at each size, and
the ratio 10,000 / 1,000. Run: ``.venv/bin/python benchmarks/digest.py [--pg] [--sizes 1000 10000]``.
Outside ``make test`` (minutes: most of it is building the corpus).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = 100_000
SEARCHES_PER_USER = 20
NEW_POSTINGS = 500
MATCHES_PER_POSTING = 2
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=timezone.utc)


def rare_word(index: int) -> str:
    """A letters-only word of its own for saved search ``index`` (no general-English frequency)."""
    digest = hashlib.sha1(str(index).encode()).digest()
    return "".join(chr(ord("a") + b % 26) for b in digest[:9])


def build(engine, users: int) -> int:
    """Fill the database; returns the number of matching searches."""
    from sqlalchemy import insert
    from sqlmodel import Session

    from careercopilot.models import SavedSearch, User
    from tests.support.scale_corpus import insert_postings, posting_rows

    old = NOW - timedelta(days=2)
    with Session(engine) as s:
        for start in range(1, CORPUS + 1, 10_000):
            rows = posting_rows(range(start, min(CORPUS, start + 9_999) + 1), source_id=None, now=old)
            insert_postings(s, rows)
        s.execute(insert(User.__table__), [{"id": u, "email": f"u{u}@bench.example.org", "timezone": "UTC",
                                            "created_at": old} for u in range(1, users + 1)])
        searches = []
        for u in range(1, users + 1):
            for i in range(SEARCHES_PER_USER):
                idx = (u - 1) * SEARCHES_PER_USER + i
                from careercopilot.services.alerts.semantics import match_key

                query = f"engineer {rare_word(idx)}"
                searches.append({"id": idx + 1, "user_id": u, "name": f"search {i}", "query": query, "filters": {},
                                 "delivery": "daily", "match_key": match_key(query), "active": True,
                                 "checked_through": NOW - timedelta(hours=1), "created_at": NOW - timedelta(hours=1),
                                 "updated_at": NOW - timedelta(hours=1)})
        for i in range(0, len(searches), 20_000):
            s.execute(insert(SavedSearch.__table__), searches[i:i + 20_000])
        # new postings: posting j names the rare words of MATCHES_PER_POSTING searches, each of
        # another user (the first NEW_POSTINGS × MATCHES_PER_POSTING users, search j % 20 each)
        new = posting_rows(range(CORPUS + 1, CORPUS + NEW_POSTINGS + 1), source_id=None, now=NOW - timedelta(minutes=5))
        for j, row in enumerate(new):
            words = []
            for k in range(MATCHES_PER_POSTING):
                user = j * MATCHES_PER_POSTING + k            # 0-based, distinct per (posting, k)
                words.append(rare_word(user * SEARCHES_PER_USER + j % SEARCHES_PER_USER))
            row["title"] = f"Platform Engineer ({' / '.join(words)})"
            row["first_seen_at"] = row["last_seen_at"] = NOW - timedelta(minutes=5)
        insert_postings(s, new)
        s.commit()
    return NEW_POSTINGS * MATCHES_PER_POSTING


def measure(engine) -> dict:
    from sqlmodel import Session

    from careercopilot.services.alerts import digest, instant, matcher
    from tests.support.scale_corpus import count_statements

    out = {}
    with Session(engine) as s, count_statements(engine) as c:
        t = time.perf_counter()
        rep = matcher.match_new_postings(session=s, now=NOW)
        instant.deliver_instant(session=s, now=NOW)
        s.commit()
        out["match"] = (c.count, time.perf_counter() - t, rep.hits)
    with Session(engine) as s, count_statements(engine) as c:
        t = time.perf_counter()
        built = digest.build_due_digests(session=s, now=NOW + timedelta(days=1))
        s.commit()
        out["digest"] = (c.count, time.perf_counter() - t, len(built))
    return out


def run_size(users: int, backend: str, tmp: Path) -> float:
    from careercopilot.db import make_engine
    from careercopilot.services import migrations
    from careercopilot.services.mail import sendlog  # noqa: F401  (templates resolved once)
    from tests.support import services

    if backend == "sqlite":
        url = f"sqlite:///{tmp / f'digest_{users}.db'}"
    else:
        url = services.create_pg_database("ccbench_digest")
    try:
        migrations.upgrade(url)
        engine = make_engine(url)
        t = time.perf_counter()
        matching = build(engine, users)
        print(f"[{backend} {users:>6} users] built {CORPUS:,} postings, {users * SEARCHES_PER_USER:,} saved "
              f"searches in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
        got = measure(engine)
        engine.dispose()
    finally:
        if backend == "postgresql":
            services.drop_pg_database(url)
    (m_stmts, m_time, hits), (d_stmts, d_time, digests) = got["match"], got["digest"]
    assert hits == matching, f"expected {matching} hits, got {hits}"
    total = m_stmts + d_stmts
    per = total / matching
    print(f"{backend:10} {users:>6} users: matching {m_stmts:>5} statements {m_time:6.2f} s ({hits} hits) · "
          f"digests {d_stmts:>6} statements {d_time:6.2f} s ({digests} digests) · "
          f"{per:.2f} statements per matching search · {1000 * (m_time + d_time) / matching:.2f} ms per matching search")
    return per


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", action="store_true", help="PostgreSQL (a throwaway database) instead of SQLite")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    from careercopilot.config import settings

    settings.smtp_host = None  # mail goes to the outbox: nothing leaves the machine
    backend = "postgresql" if args.pg else "sqlite"
    with tempfile.TemporaryDirectory() as tmp:
        figures = [run_size(n, backend, Path(tmp)) for n in args.sizes]
    if len(figures) >= 2:
        ratio = figures[-1] / figures[0]
        print(f"ratio {args.sizes[-1]:,} / {args.sizes[0]:,} users: {ratio:.3f} (goal ≤ 1.1) → "
              f"{'OK' if ratio <= 1.1 else 'ABOVE GOAL'}")


if __name__ == "__main__":
    main()
