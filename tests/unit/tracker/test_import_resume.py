"""A tracker import resumed after a crash reports the rows it stored as imported (attack129, INFO 2;
session 32).

Old code (63bebf9): ``run_import_upload`` started every run at line 2, so a run after a worker crash
found the first run's rows in the tracker and reported them as duplicates of themselves — all 5 crash
variants of :data:`CRASHES` and the crash after the final batch reported 500–2,000 duplicates for rows
the import itself stored (the unreadable-checkpoint rows test the fallback and held). Nothing was ever
stored twice; the report was wrong.

Now each committed batch leaves ``imports/<upload id>.progress.json`` (line reached, report so far)
and the next run of the upload continues there; a crash between a commit and its checkpoint, or an
unreadable checkpoint, still reports that batch as duplicates and still stores nothing twice.
"""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from careercopilot.integrations.storage import get_storage
from careercopilot.models import Application
from careercopilot.services import exchange_uploads
from tests.support.tracker_data import make_user


class Crash(Exception):
    """A worker dying mid-import (raised from the progress callback, after a batch's commit)."""


def _file(rows: int, *, invalid_every: int = 0, repeat_every: int = 0) -> bytes:
    lines = ["company,title,date applied"]
    for i in range(rows):
        if invalid_every and i % invalid_every == invalid_every - 1:
            lines.append(f"Acme {i},Engineer {i},31/31/2024")  # a line error
        elif repeat_every and i % repeat_every == repeat_every - 1:
            lines.append(f"Acme {i - 1},Engineer {i - 1},")  # the file's own duplicate
        else:
            lines.append(f"Acme {i},Engineer {i},")
    return ("\n".join(lines) + "\n").encode()


def _crash_after(batches: int):
    seen = [0]

    def progress(pct: int, message: str) -> None:
        if message[0].isdigit():  # a batch's report (not "reading file")
            seen[0] += 1
            if seen[0] == batches:
                raise Crash
    return progress


def _count(session, uid: int) -> int:
    return session.exec(select(func.count()).select_from(Application).where(Application.user_id == uid)).one()


#: (label, file, batches committed before the crash)
CRASHES = [
    ("after the first batch", _file(2500), 1),
    ("after the second batch", _file(2500), 2),
    ("after the first of three, with line errors", _file(3000, invalid_every=7), 1),
    ("after the first batch, with the file's own duplicates", _file(2500, repeat_every=5), 1),
    ("after the last full batch", _file(2000), 2),
]


@pytest.mark.parametrize("label,data,batches", CRASHES, ids=[c[0] for c in CRASHES])
def test_a_resumed_import_reports_like_one_uninterrupted_run(session, label, data, batches):
    uid = make_user(session).id
    other = make_user(session).id
    session.commit()
    clean = exchange_uploads.run_import_upload(
        session=session, upload_id=exchange_uploads.store_import_upload(user_id=other, data=data))
    up = exchange_uploads.store_import_upload(user_id=uid, data=data)
    with pytest.raises(Crash):
        exchange_uploads.run_import_upload(session=session, upload_id=up, progress=_crash_after(batches))
    session.rollback()
    assert get_storage().exists(f"imports/{up}.progress.json")
    resumed = exchange_uploads.run_import_upload(session=session, upload_id=up)
    assert (resumed.imported, resumed.duplicates, resumed.invalid) == (clean.imported, clean.duplicates, clean.invalid)
    assert resumed.errors == clean.errors
    assert _count(session, uid) == clean.imported
    assert not get_storage().exists(f"imports/{up}.progress.json")


def test_a_crash_after_the_final_batch_reports_it_as_imported(session):
    uid = make_user(session).id
    session.commit()
    up = exchange_uploads.store_import_upload(user_id=uid, data=_file(500))

    def boom(pct: int, message: str) -> None:
        if message[0].isdigit():
            raise Crash
    with pytest.raises(Crash):  # the only batch is the final flush: committed, checkpointed, then the crash
        exchange_uploads.run_import_upload(session=session, upload_id=up, progress=boom)
    session.rollback()
    rep = exchange_uploads.run_import_upload(session=session, upload_id=up)
    assert (rep.imported, rep.duplicates) == (500, 0)
    assert _count(session, uid) == 500


@pytest.mark.parametrize("raw", [b"not json", b'{"line": "x"}', b"[]", b'{"line": 5}'])
def test_an_unreadable_checkpoint_starts_over_and_stores_nothing_twice(session, raw):
    uid = make_user(session).id
    session.commit()
    data = _file(2500)
    up = exchange_uploads.store_import_upload(user_id=uid, data=data)
    with pytest.raises(Crash):
        exchange_uploads.run_import_upload(session=session, upload_id=up, progress=_crash_after(1))
    session.rollback()
    get_storage().put(f"imports/{up}.progress.json", raw)
    rep = exchange_uploads.run_import_upload(session=session, upload_id=up)
    assert (rep.imported, rep.duplicates) == (1500, 1000)  # the old report: honest about what it saw
    assert _count(session, uid) == 2500
