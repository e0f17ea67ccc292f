"""The tracker's bound (``MAX_APPLICATIONS_PER_USER``) holds under concurrency (session 13
attacker: 30 parallel ``POST /api/v1/applications`` at a bound of 5 stored 15; three parallel
CSV imports of 5 rows stored 15). Real threads, each with its own transaction, released together
by a barrier, against SQLite (file database, WAL) and PostgreSQL."""

from __future__ import annotations

import io
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlmodel import func, select

from careercopilot.db import session_scope
from careercopilot.models import Application
from careercopilot.services import applications, exchange_import, users

BOUND = 5


def _user(tag: str) -> int:
    with session_scope() as s:
        return users.create_user(session=s, email=f"bound-{tag}@example.com", password=f"correct horse {tag} 9").id


def _held(user_id: int) -> int:
    with session_scope() as s:
        return s.exec(select(func.count()).select_from(Application).where(Application.user_id == user_id)).one()


def _parallel(n: int, fn) -> list[object]:
    barrier = threading.Barrier(n)

    def one(i: int):
        barrier.wait()
        try:
            with session_scope() as s:
                return fn(s, i)
        except applications.TrackerError as exc:
            return exc

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(one, range(n)))


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_parallel_additions_never_pass_the_bound(engine, request, override_settings):
    request.getfixturevalue("sqlite_engine" if engine == "sqlite" else "use_pg")
    override_settings(max_applications_per_user=BOUND)
    uid = _user(engine)
    results = _parallel(16, lambda s, i: applications.add_manual(session=s, user_id=uid, company=f"Co {i}",
                                                                  title="Engineer").id)
    refused = [r for r in results if isinstance(r, applications.TrackerError)]
    assert _held(uid) == BOUND and len(refused) == 16 - BOUND


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_parallel_imports_never_pass_the_bound(engine, request, override_settings):
    request.getfixturevalue("sqlite_engine" if engine == "sqlite" else "use_pg")
    override_settings(max_applications_per_user=BOUND)
    # several rounds: a batch that counted before another import committed must count again, not give up
    # (CI run of 2026-12-06 held 4 of 5 on SQLite: the batch rolled back and the import stopped short)
    for round_no in range(6):
        uid = _user(f"import-{engine}-{round_no}")

        def run(s, i, uid=uid):
            data = ("company,title\n" + "".join(f"Acme {i}-{k},Engineer\n" for k in range(4))).encode()
            return exchange_import.import_csv(session=s, user_id=uid, stream=io.BytesIO(data), batch_size=2)

        reports = _parallel(3, run)
        assert _held(uid) == BOUND, round_no
        assert sum(r.imported for r in reports) == BOUND
        assert any("rest of the file" in msg for r in reports for _line, msg in r.errors)
