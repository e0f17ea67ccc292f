"""attack129 finding 2 (two imports of one file at once) and finding 10's import-CLI item, on SQLite (session 31).

Old code (main 7ffe88a), rows of :data:`RACE_VARIANTS` that failed: 3 of 3 (the second import stored
its rows again: 2 × N rows; with a case/space variant of the file too). The job-slot test failed too
(the second enqueue started a second import). PostgreSQL: ``tests/integration/tracker/test_import_race_pg.py``.
"""

from __future__ import annotations

import csv
import io
import json
import threading

import pytest
from sqlmodel import Session, func, select

from careercopilot.models import Application, User
from careercopilot.services import exchange_uploads


def _file(n: int, *, variant: str = "") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Company", "Job Title", "Status", "URL"])
    for i in range(n):
        company = f"Dup{i}" if variant != "case" else f"  DUP{i} "
        w.writerow([company, "Engineer", "applied", f"https://jobs.example/{i}" if variant == "url" else ""])
    return buf.getvalue().encode()


#: (label, file of the first import, file of the second): the same export twice (two tabs, a
#: double submit), the same rows re-exported with other case/spacing, the same rows with URLs.
RACE_VARIANTS = [("same file", "", ""), ("case/space variant", "", "case"), ("with URLs", "url", "url")]


def _user(engine) -> int:
    with Session(engine) as s:
        u = User(email=f"race{id(s)}@example.com", timezone="UTC")
        s.add(u)
        s.commit()
        return u.id


@pytest.mark.parametrize(("label", "first", "second"), RACE_VARIANTS)
def test_two_concurrent_imports_store_each_row_once(sqlite_engine, label, first, second):
    n = 1500
    uid = _user(sqlite_engine)
    ups = [exchange_uploads.store_import_upload(user_id=uid, data=_file(n, variant=v), filename="d.csv")
           for v in (first, second)]
    out, barrier = {}, threading.Barrier(2)

    def run(up):
        barrier.wait()
        with Session(sqlite_engine, expire_on_commit=False) as s:
            out[up] = exchange_uploads.run_import_upload(session=s, upload_id=up)

    threads = [threading.Thread(target=run, args=(u,)) for u in ups]
    [t.start() for t in threads]
    [t.join() for t in threads]
    with Session(sqlite_engine) as s:
        rows = s.exec(select(func.count()).select_from(Application).where(Application.user_id == uid)).one()
    assert rows == n, label
    assert sum(r.imported for r in out.values()) == n
    assert sum(r.duplicates for r in out.values()) == n


def test_second_import_of_a_user_is_refused_while_one_runs(sqlite_engine, monkeypatch):
    from careercopilot.services import background

    monkeypatch.setattr(background, "dispatch", lambda *a, **k: None)  # the first stays queued
    uid = _user(sqlite_engine)
    first = exchange_uploads.store_import_upload(user_id=uid, data=_file(3), filename="a.csv")
    second = exchange_uploads.store_import_upload(user_id=uid, data=_file(3), filename="b.csv")
    handle = exchange_uploads.start_import(user_id=uid, upload_id=first)
    assert exchange_uploads.start_import(user_id=uid, upload_id=first).id == handle.id  # a double click
    with pytest.raises(exchange_uploads.ImportBusy) as exc:
        exchange_uploads.start_import(user_id=uid, upload_id=second)
    assert "still running" in str(exc.value)
    other = _user(sqlite_engine)  # another user is not blocked
    third = exchange_uploads.store_import_upload(user_id=other, data=_file(3), filename="c.csv")
    assert exchange_uploads.start_import(user_id=other, upload_id=third).id != handle.id


def test_import_files_stay_owned_by_their_job(sqlite_engine, monkeypatch):
    """The orphan sweep finds an import's CSV through its job row (which now holds a slot key)."""
    from careercopilot.services import background, maintenance

    monkeypatch.setattr(background, "dispatch", lambda *a, **k: None)
    uid = _user(sqlite_engine)
    up = exchange_uploads.store_import_upload(user_id=uid, data=_file(3), filename="a.csv")
    exchange_uploads.start_import(user_id=uid, upload_id=up)
    with Session(sqlite_engine) as s:
        assert maintenance._import_files(s, [f"imports/{up}.csv", "imports/u1-" + "0" * 32 + ".csv"]) == {
            f"imports/{up}.csv"}


#: (label, how the export lost the column): a hand-edited export, an export of another tool.
MISSING_VARIANTS = [("resume.created_at removed", "resume", "created_at"),
                    ("application.stage removed", "application", "stage"),
                    ("application.company removed", "application", "company")]


@pytest.mark.parametrize(("label", "table", "column"), MISSING_VARIANTS)
def test_account_import_missing_required_column(sqlite_engine, tmp_path, label, table, column):
    """A NOT NULL column left out: the model's default is used like a normal write, or a clear
    ImportFormatError — never a raw IntegrityError (old code: 3 of 3 raised IntegrityError)."""
    from careercopilot.services import data_export, data_import

    rows = {"resume": {"id": 3, "user_id": 1, "filename": "cv.pdf", "storage_key": "x", "mime": "application/pdf",
                       "created_at": "2026-01-01T00:00:00Z"},
            "application": {"id": 7, "user_id": 1, "company": "Acme", "title": "Dev", "stage": "saved",
                            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}}
    row = dict(rows[table])
    row.pop(column)
    doc = {"format": data_export.FORMAT, "version": data_export.VERSION, "tables": {table: [row]}}
    path = tmp_path / "data.json"
    path.write_text(json.dumps(doc))
    uid = _user(sqlite_engine)
    with Session(sqlite_engine) as s:
        try:
            result = data_import.restore(session=s, user_id=uid, path=path)
            s.commit()
        except data_import.ImportFormatError as exc:
            assert column in str(exc), label
        else:
            assert result.inserted.get(table) == 1, label


def test_account_import_out_of_range_date_is_a_format_error(sqlite_engine, tmp_path):
    from careercopilot.services import data_export, data_import

    doc = {"format": data_export.FORMAT, "version": data_export.VERSION, "tables": {"application": [
        {"id": 7, "user_id": 1, "company": "Acme", "title": "Dev", "stage": "saved",
         "created_at": "0001-01-01T00:00:00+05:00", "updated_at": "2026-01-01T00:00:00Z"}]}}
    path = tmp_path / "data.json"
    path.write_text(json.dumps(doc))
    uid = _user(sqlite_engine)
    with Session(sqlite_engine) as s, pytest.raises(data_import.ImportFormatError, match="in range"):
        data_import.restore(session=s, user_id=uid, path=path)
