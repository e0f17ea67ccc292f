"""One user's concurrent resume uploads number their versions 1, 2, 3 … and respect the version
limit, on SQLite and PostgreSQL (issue 11, attack102 item 3).

The probe uploaded different files at once on SQLite: two rows were stored as "version 3" and the
50-version limit was passed — the count check and the next number were read before any lock
(pysqlite opens a transaction only at the first INSERT; ``SELECT … FOR UPDATE`` is a no-op on
SQLite) and nothing in the schema forbade a repeated (user, version). Now
``services.resumes.upload_resume`` takes the write lock before those reads (``db.begin_write``:
``BEGIN IMMEDIATE`` on SQLite; the user's row lock on PostgreSQL) and revision
0019_resume_version_unique adds ``uq_resume_user_version``.

Threads — each with its own connection and transaction — race the service the app calls. Files
are read before the race (``read_resume`` runs in a sandbox child; the race is the database's).
Old code: 4 of the 6 cases failed — on SQLite 8 uploads at once were ALL stored as version 1,
the limit of 5 was passed (6 of 6 stored: also on PostgreSQL, whose count ran before the row
lock), and identical files at once answered "The same file is being uploaded right now"
(a 422 on the API) instead of the documented duplicate answer (200, ``duplicate``).
"""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlmodel import select

from careercopilot import db
from careercopilot.db import session_scope
from careercopilot.models import Resume
from careercopilot.services import migrations, resumes, tx_hooks, users
from tests.unit.resumes_service.resume_files import BACKEND_LINES, make_txt


def _race(n: int, work) -> list:
    barrier = threading.Barrier(n)
    out: list = [None] * n

    def run(i: int) -> None:
        barrier.wait()
        try:
            out[i] = work(i)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted on
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    return out


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path, override_settings, monkeypatch):
    from sqlalchemy import create_engine

    monkeypatch.setattr(tx_hooks, "enqueue_rescore", lambda *a, **k: None)  # no rescoring: the race is the subject
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'race.db'}"
        migrations.upgrade(url)
        eng = db.make_engine(url)
    else:
        url = request.getfixturevalue("pg_url")
        request.getfixturevalue("pg_engine")
        eng = create_engine(url, pool_size=20, max_overflow=5, pool_pre_ping=True)
    override_settings(database_url=url, redis_url=None, jobs_inline=True, data_dir=tmp_path)
    previous = db._engine
    db.set_engine(eng)
    yield eng
    db.set_engine(previous)
    eng.dispose()


@pytest.fixture
def user_id(engine):
    with session_scope() as s:
        return users.create_user(session=s, email=f"vrace-{uuid.uuid4().hex[:8]}@example.com",
                                 password="tangerine-bicycle-42").id


def _reads(n: int, tag: str) -> list[tuple[str, bytes, resumes.ReadResume]]:
    out = []
    for i in range(n):
        data = make_txt(BACKEND_LINES * 3 + [f"Variant {tag}-{i}: led project number {i} end to end."])
        out.append((f"cv{i}.txt", data, resumes.read_resume(data, f"cv{i}.txt")))
    return out


def _upload(uid: int, name: str, data: bytes, read: resumes.ReadResume):
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=uid, filename=name, data=data, read=read)
        return up.resume.version, up.duplicate


def _rows(uid: int) -> list[Resume]:
    with session_scope() as s:
        return list(s.exec(select(Resume).where(Resume.user_id == uid).order_by(Resume.id)).all())


def test_concurrent_uploads_get_distinct_versions_in_order(user_id):
    files = _reads(8, "distinct")
    results = _race(8, lambda i: _upload(user_id, *files[i]))
    assert all(isinstance(r, tuple) for r in results), results
    rows = _rows(user_id)
    assert sorted(r.version for r in rows) == list(range(1, 9))
    assert [r.version for r in rows] == list(range(1, 9))  # numbered in commit (id) order
    assert sum(r.is_active for r in rows) == 1


def test_concurrent_uploads_never_pass_the_version_limit(user_id, monkeypatch):
    monkeypatch.setattr(resumes, "MAX_VERSIONS", 5)
    files = _reads(9, "limit")
    for f in files[:3]:
        _upload(user_id, *f)
    results = _race(6, lambda i: _upload(user_id, *files[3 + i]))
    stored = [r for r in results if isinstance(r, tuple)]
    refused = [r for r in results if isinstance(r, resumes.ResumeError)]
    assert len(stored) == 2 and len(refused) == 4, results
    assert all("already keep 5" in str(e) for e in refused)
    assert sorted(r.version for r in _rows(user_id)) == [1, 2, 3, 4, 5]


def test_the_same_file_at_once_is_one_version_and_duplicates_for_the_rest(user_id):
    name, data, read = _reads(1, "same")[0]
    results = _race(6, lambda i: _upload(user_id, name, data, read))
    assert all(isinstance(r, tuple) for r in results), results  # the documented duplicate answer, no error
    assert sorted(dup for _, dup in results) == [False] + [True] * 5
    assert [r.version for r in _rows(user_id)] == [1]
