"""attack129 finding 2 on PostgreSQL (session 31): two imports of one file at once store each row once,
and a second import of a user is refused while one is live (old code: 2 × N rows; the probe's
10,000-row file gave 20,000). SQLite twin: ``tests/unit/tracker/test_import_concurrency.py``."""

from __future__ import annotations

import csv
import io
import threading

import pytest
from sqlmodel import Session, func, select

from careercopilot.models import Application
from careercopilot.services import exchange_uploads
from tests.support.tracker_data import make_user


def _file(n: int, upper: bool = False) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Company", "Job Title", "Status"])
    for i in range(n):
        w.writerow([f"DUP{i}" if upper else f"Dup{i}", "Engineer", "applied"])
    return buf.getvalue().encode()


@pytest.mark.parametrize("upper", [False, True], ids=["same file", "case variant"])
def test_two_concurrent_imports_on_postgres(use_pg, pg_engine, upper):
    n = 2500
    with Session(pg_engine) as s:
        uid = make_user(s).id
        s.commit()
    ups = [exchange_uploads.store_import_upload(user_id=uid, data=_file(n, upper and k), filename="d.csv")
           for k in (0, 1)]
    out, barrier = {}, threading.Barrier(2)

    def run(up):
        barrier.wait()
        with Session(pg_engine, expire_on_commit=False) as s:
            out[up] = exchange_uploads.run_import_upload(session=s, upload_id=up)

    threads = [threading.Thread(target=run, args=(u,)) for u in ups]
    [t.start() for t in threads]
    [t.join() for t in threads]
    with Session(pg_engine) as s:
        rows = s.exec(select(func.count()).select_from(Application).where(Application.user_id == uid)).one()
    assert rows == n
    assert sum(r.imported for r in out.values()) == n and sum(r.duplicates for r in out.values()) == n


def test_second_import_refused_on_postgres(use_pg, pg_engine, monkeypatch):
    from careercopilot.services import background

    monkeypatch.setattr(background, "dispatch", lambda *a, **k: None)
    with Session(pg_engine) as s:
        uid = make_user(s).id
        s.commit()
    first = exchange_uploads.store_import_upload(user_id=uid, data=_file(3), filename="a.csv")
    second = exchange_uploads.store_import_upload(user_id=uid, data=_file(3), filename="b.csv")
    exchange_uploads.start_import(user_id=uid, upload_id=first)
    with pytest.raises(exchange_uploads.ImportBusy):
        exchange_uploads.start_import(user_id=uid, upload_id=second)
