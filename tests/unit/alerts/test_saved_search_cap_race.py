"""attack129 finding 6: the saved-search cap under concurrent creates, on SQLite (session 31).

Variants (:data:`RACES`): how many creates race for how many free places. Old code (main 7ffe88a):
see the session report (count-then-insert without a lock). PostgreSQL:
``tests/integration/api/test_saved_search_cap_pg.py``.
"""

from __future__ import annotations

import threading

import pytest
from sqlmodel import Session, func, select

from careercopilot.models import SavedSearch, User
from careercopilot.services.alerts import saved_searches as svc

#: (already saved, concurrent creates): the attack (80 at an empty account), the last few places, the last one.
RACES = [(0, 80), (45, 20), (49, 10)]


@pytest.mark.parametrize(("held", "racers"), RACES)
def test_cap_holds_under_concurrent_creates(sqlite_engine, held, racers):
    with Session(sqlite_engine) as s:
        u = User(email=f"ss{held}@example.com", timezone="UTC")
        s.add(u)
        s.commit()
        uid = u.id
        for i in range(held):
            svc.create(session=s, user_id=uid, name=f"old{i}", query=f"q{i}", filters=None, delivery="daily")
        s.commit()
    barrier, outcomes = threading.Barrier(racers), []

    def one(i):
        barrier.wait()
        with Session(sqlite_engine) as s:
            try:
                svc.create(session=s, user_id=uid, name=f"r{i}", query=f"q{i}", filters=None, delivery="daily")
                s.commit()
                outcomes.append("ok")
            except ValueError as exc:
                outcomes.append(str(exc))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(racers)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    with Session(sqlite_engine) as s:
        kept = s.exec(select(func.count()).select_from(SavedSearch).where(SavedSearch.user_id == uid)).one()
    assert kept == min(svc.MAX_SEARCHES, held + racers)
    assert outcomes.count("ok") == kept - held
    assert all(o == "ok" or "50 saved searches" in o for o in outcomes)
