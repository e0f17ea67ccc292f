"""Analytics service-layer time for a heavy user on PostgreSQL (target p50/p95 ≤ 50 ms).

Creates a throwaway database on 127.0.0.1:5432 (migrated), one user with 5,000
applications and 25,000 stage events (plus 3 other users' noise and missing-skill rows),
then times :func:`careercopilot.services.analytics.compute` (everything the Analytics page
shows) over 20 runs after 2 warm-ups, and, as a baseline in the same run, a naive
"load every event into Python" pass. Prints figures; the database is dropped at the end.

Run: ``.venv/bin/python benchmarks/analytics.py``
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from careercopilot.db import make_engine  # noqa: E402
from careercopilot.models import Application, MatchScore, MatchSkill, StageEvent  # noqa: E402
from careercopilot.services import analytics  # noqa: E402
from tests.support import services  # noqa: E402
from tests.support.tracker_data import make_posting, make_user  # noqa: E402
from tests.support.tracker_data import _resume_fields  # noqa: E402

APPS, EVENTS, RUNS = 5_000, 25_000, 20
PATHS = [  # stage paths; events per app average 5 over the mix below
    ["saved", "applied", "interviewing", "offer", "accepted"],
    ["saved", "applied", "interviewing", "rejected", "interviewing"],
    ["saved", "applied", "rejected", "applied", "interviewing"],
    ["saved", "applied", "withdrawn", "saved", "applied"],
    ["saved", "interviewing", "applied", "offer", "rejected"],
]


def seed(session: Session, user_id: int, rng: random.Random, n_apps: int, postings: list[int]) -> None:
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    apps, paths = [], []
    for i in range(n_apps):
        path = PATHS[i % len(PATHS)]
        t0 = start + timedelta(hours=rng.randint(0, 24 * 330))
        times = [t0 + timedelta(days=sum(rng.uniform(0.5, 9) for _ in range(k))) for k in range(len(path))]
        applied = next((t for s, t in zip(path, times) if s in {"applied", "interviewing", "offer", "accepted"}), None)
        apps.append(dict(user_id=user_id, posting_id=postings[i] if i < len(postings) else None, resume_id=None,
                         company=f"Company {i % 400}", title=f"Role {i}", url=f"https://jobs.example/{user_id}/{i}",
                         stage=path[-1], applied_at=applied, follow_up_on=None, notes="", salary_expectation=None,
                         salary_offer=None, salary_currency=None, posting_snapshot="",
                         source_label=rng.choice(["greenhouse", "lever", "ashby", "remotive", None]),
                         work_mode=rng.choice(["remote", "hybrid", "onsite", None]), archived=i % 10 == 0,
                         dedupe_key=f"{user_id:08d}{i:032d}", created_at=times[0], updated_at=times[-1]))
        paths.append(list(zip([None, *path[:-1]], path, times)))
    ids = session.execute(insert(Application.__table__).returning(Application.__table__.c.id, sort_by_parameter_order=True),
                          apps).scalars().all()
    session.execute(insert(StageEvent.__table__), [
        {"application_id": aid, "user_id": user_id, "from_stage": f, "to_stage": t, "at": at}
        for aid, moves in zip(ids, paths) for f, t, at in moves])
    session.commit()


def main() -> None:
    rng = random.Random(7)
    with services.throwaway_pg_database("cc_bench_analytics") as url:
        engine = make_engine(url)
        with Session(engine) as s:
            user = make_user(s, tz="Europe/Berlin")
            others = [make_user(s) for _ in range(3)]
            postings = [make_posting(s).id for _ in range(300)]
            s.commit()
            t = time.perf_counter()
            seed(s, user.id, rng, APPS, postings)
            for o in others:
                seed(s, o.id, rng, 1000, [])
            from careercopilot.integrations.embeddings import MODEL_VERSION
            from careercopilot.models import Resume

            # The active resume and the current model: the rows top_missing_skills reads.
            resume = Resume(user_id=user.id, is_active=True, **_resume_fields())
            s.add(resume)
            s.flush()
            skills = ["kubernetes", "go", "rust", "terraform", "kafka", "spark", "graphql", "aws", "react", "java"]
            for pid in postings:
                m = MatchScore(user_id=user.id, resume_id=resume.id, posting_id=pid, model_version=MODEL_VERSION,
                               score=rng.uniform(20, 95))
                s.add(m)
                s.flush()
                for sk in rng.sample(skills, 3):
                    s.add(MatchSkill(match_id=m.id, user_id=user.id, posting_id=pid, skill=sk, status="missing"))
            s.commit()
            s.execute(select(1))
            # what autovacuum does in production: statistics + visibility map (index-only scans)
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.exec_driver_sql("VACUUM ANALYZE")
            n_events = s.exec(select(StageEvent.id).where(StageEvent.user_id == user.id)).all()
            print(f"seeded user: {APPS} applications, {len(n_events)} stage events (+3 users × 1000 apps) "
                  f"in {time.perf_counter() - t:.1f}s")
            uid = user.id

        def timed(fn) -> list[float]:
            out = []
            for i in range(RUNS + 2):
                with Session(engine) as s:
                    t0 = time.perf_counter()
                    fn(s)
                    if i >= 2:
                        out.append((time.perf_counter() - t0) * 1000)
            return out

        sql = timed(lambda s: analytics.compute(session=s, user_id=uid))

        def naive(s: Session) -> None:  # baseline: every event row into Python
            rows = s.exec(select(StageEvent.application_id, StageEvent.to_stage).where(StageEvent.user_id == uid)).all()
            reach: dict[int, set] = {}
            for aid, st in rows:
                reach.setdefault(aid, set()).add(st)

        base = timed(naive)

        def pct(xs, p):
            xs = sorted(xs)
            return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

        r = analytics.compute(session=Session(engine), user_id=uid)
        print(f"funnel: {[(f.stage, f.count) for f in r.funnel]}, response {r.response_rate:.3f}, "
              f"median days {r.median_days_to_response}, weeks {len(r.per_week)}, "
              f"top missing skills {r.top_missing_skills[:3]}")
        if not r.top_missing_skills:
            raise SystemExit("the missing-skills query returned nothing: the benchmark would not measure it")
        print(f"analytics.compute (PostgreSQL, {RUNS} runs): p50 {statistics.median(sql):.1f} ms, "
              f"p95 {pct(sql, 95):.1f} ms (target ≤ 50 ms) -> {'OK' if pct(sql, 95) <= 50 else 'OVER TARGET'}")
        print(f"baseline: load all {len(n_events)} events into Python (reach only): p50 {statistics.median(base):.1f} ms, "
              f"p95 {pct(base, 95):.1f} ms; ratio compute/baseline p50 = {statistics.median(sql) / statistics.median(base):.2f}")
        engine.dispose()


if __name__ == "__main__":
    main()
