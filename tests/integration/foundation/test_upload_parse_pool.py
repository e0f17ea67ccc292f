"""A resume parse never holds a database connection or a database thread (issue 9 probe, session 9).

The probe uploaded one ordinary 30-page PDF from 14 tabs at once: each parse (seconds, in a
sandboxed child process) ran inside a transaction on a database thread, so the process's
connections sat "idle in transaction" and another user's light event waited 62 s. Here the
parse is slowed on purpose, on the machine's PostgreSQL: no connection is checked out while
it runs, and a burst of uploads through the handler's own two steps (``offload.parse`` of
``read_resume``, then ``offload.db`` of the store) leaves the database lane free for others.
"""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from sqlalchemy import text
from sqlmodel import select

from careercopilot import offload
from careercopilot.db import session_scope
from careercopilot.models import Resume
from careercopilot.normalize import document_sandbox
from careercopilot.services import resumes, users
from tests.unit.resumes_service.resume_files import BACKEND_LINES, make_txt

#: Seconds each parse is held up: long enough that a parse on the database lane would be seen.
SLOW = 1.0


@pytest.fixture
def user_id(use_pg):
    with session_scope() as s:
        return users.create_user(session=s, email=f"parse-pool-{uuid.uuid4().hex[:8]}@example.com", password="tangerine-bicycle-42").id


@pytest.fixture
def slow_parse(monkeypatch, pg_engine):
    """The real sandboxed extraction, SLOW seconds late, recording connections checked out meanwhile."""
    real = document_sandbox.extract_text_isolated
    seen: list[int] = []

    def slow(*args, **kwargs):
        time.sleep(SLOW)
        seen.append(pg_engine.pool.checkedout())
        return real(*args, **kwargs)

    monkeypatch.setattr(document_sandbox, "extract_text_isolated", slow)
    return seen


def test_upload_resume_parses_before_its_first_query(user_id, slow_parse):
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=user_id, filename="cv.txt", data=make_txt(BACKEND_LINES))
        assert up.resume.is_active
    assert slow_parse == [0]  # nothing checked out while the file was read


def _store(uid: int, name: str, data: bytes, read: resumes.ReadResume) -> int:
    from careercopilot.state.resume import _add  # the Resume page's store step

    return _add(uid, name, data, read)[0]


def test_a_burst_of_uploads_leaves_the_database_lane_free(user_id, slow_parse):
    files = [make_txt(BACKEND_LINES + [f"Reference number {i}."]) for i in range(12)]

    async def upload(data: bytes) -> int:
        read = await offload.parse(resumes.read_resume, data, "cv.txt")  # as ResumeState.submit_upload
        return await offload.db(_store, user_id, "cv.txt", data, read)

    def light() -> None:
        with session_scope() as s:
            s.exec(text("SELECT 1"))

    async def main() -> tuple[list[int], float]:
        burst = [asyncio.ensure_future(upload(d)) for d in files]
        await asyncio.sleep(0.2)
        t0 = time.perf_counter()
        await offload.db(light)  # another user's page load while the parses queue
        waited = time.perf_counter() - t0
        return await asyncio.gather(*burst), waited

    ids, waited = asyncio.run(main())
    assert waited < SLOW / 2, f"another user's query waited {waited:.2f} s behind the parses"
    with session_scope() as s:
        rows = s.exec(select(Resume).where(Resume.user_id == user_id)).all()
    assert len(rows) == 12 and sum(r.is_active for r in rows) == 1 and set(ids) <= {r.id for r in rows}
