"""Parallel stores of one page make ONE private posting (attack a12 W3: 16 parallel
``POST /api/v1/clips`` of one URL made 2–5 rows). Real threads, each with its own transaction,
released together by a barrier, against SQLite (file database, WAL) and PostgreSQL; every path
that stores a user's posting from a URL goes through ``url_import.store_posting`` (clips through
the API and the ``/clip`` window, "Add posting from URL", "Import from URL" on the tracker)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import httpx
import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting
from careercopilot.services import applications, clips, url_import, users

PARALLEL = 16
NOW = datetime(2026, 12, 5, 12, tzinfo=timezone.utc)
PAGE = {"@type": "JobPosting", "title": "Race Job", "description": "word " * 40,
        "hiringOrganization": {"name": "Acme"}}


def _user(tag: str) -> int:
    with session_scope() as s:
        return users.create_user(session=s, email=f"race-{tag}@example.com", password=f"correct horse {tag} 9").id


def _store_in_parallel(user_id: int, urls: list[str], *, to_tracker: bool = False) -> list[int]:
    """Each URL stored by its own thread and transaction, all released at once; posting ids."""
    barrier = threading.Barrier(len(urls))

    def one(url: str) -> int:
        posting = clips.parse_clip(url=url, json_ld=dict(PAGE, title=f"Race Job {url[-3:]}"), now=NOW)
        barrier.wait()
        with session_scope() as s:
            row = url_import.store_posting(session=s, user_id=user_id, url=url, posting=posting, now=NOW)
            if to_tracker:
                applications.save_posting(session=s, user_id=user_id, posting_id=row.id)
            return row.id

    with ThreadPoolExecutor(len(urls)) as pool:
        return list(pool.map(one, urls))


def _private_rows(user_id: int) -> list[JobPosting]:
    with session_scope() as s:
        return list(s.exec(select(JobPosting).where(JobPosting.owner_id == user_id)).all())


#: One page under the spellings a browser, a share link or a tracking redirect give it.
SPELLINGS = ["https://race.example/job/42", "https://RACE.example/job/42/", "https://race.example/job/42#apply",
             "https://race.example/job/42?utm_source=x", "https://race.example/job/42?utm_campaign=y&gclid=z"]


def _check_one_row(user_id: int, ids: list[int]) -> None:
    rows = _private_rows(user_id)
    assert len(rows) == 1, [(r.id, r.url) for r in rows]
    assert set(ids) == {rows[0].id}
    assert rows[0].url == "https://race.example/job/42"


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_parallel_stores_of_one_page_make_one_posting(engine, request):
    request.getfixturevalue("sqlite_engine" if engine == "sqlite" else "use_pg")
    uid = _user(engine)
    urls = [SPELLINGS[i % len(SPELLINGS)] for i in range(PARALLEL)]
    _check_one_row(uid, _store_in_parallel(uid, urls))
    # the losers updated the winner's row (re-clipping updates): its title is one of theirs
    assert _private_rows(uid)[0].title.startswith("Race Job")
    # and parallel imports to the tracker make one posting and one application
    other = _user(engine + "-t")
    _check_one_row(other, _store_in_parallel(other, urls, to_tracker=True))
    with session_scope() as s:
        assert len(s.exec(select(Application).where(Application.user_id == other)).all()) == 1
    # another user's clip of the same page is theirs alone
    third = _user(engine + "-3")
    _store_in_parallel(third, urls[:2])
    assert len(_private_rows(third)) == 1 and len(_private_rows(uid)) == 1


def test_parallel_api_clips_make_one_posting(backend_server_url, make_account):
    """The attack as run: 16 parallel ``POST /api/v1/clips`` through a real server (PostgreSQL)."""
    acct = make_account()
    body = {"url": "https://race.example/job/api-1", "json_ld": PAGE}
    with httpx.Client(base_url=backend_server_url, headers=acct.headers, timeout=60) as c:
        with ThreadPoolExecutor(PARALLEL) as pool:
            answers = list(pool.map(lambda _: c.post("/api/v1/clips", json=body), range(PARALLEL)))
    assert [r.status_code for r in answers] == [200] * PARALLEL, [r.text for r in answers if r.status_code != 200]
    ids = {r.json()["posting"]["posting_id"] for r in answers}
    rows = _private_rows(acct.user_id)
    assert len(rows) == 1 and ids == {rows[0].id}
