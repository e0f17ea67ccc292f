"""Tracker on real PostgreSQL: analytics parity with SQLite, concurrent moves, 50k import, cross-user."""

from __future__ import annotations

import csv
import io
import threading
import time

import pytest
from sqlmodel import Session, func, select

from careercopilot.models import Application, BackgroundJob, StageEvent
from careercopilot.services import analytics, exchange, exchange_import, exchange_uploads
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import application_contacts as contacts_svc
from careercopilot.services import application_rows as rows_svc
from tests.support import analytics_dataset
from tests.support.tracker_data import make_user


@pytest.fixture
def pg_session(use_pg, pg_engine):
    with Session(pg_engine, expire_on_commit=False) as s:
        yield s


def test_analytics_sql_matches_sqlite_numbers(pg_session, sqlite_engine):
    user = analytics_dataset.build(pg_session)
    pg_session.commit()
    pg_result = analytics.compute(session=pg_session, user_id=user.id)
    analytics_dataset.check(pg_result)
    with Session(sqlite_engine) as lite:
        lite_user = analytics_dataset.build(lite)
        lite_result = analytics.compute(session=lite, user_id=lite_user.id)
    assert pg_result.to_dict() == lite_result.to_dict()


def test_missing_skills_only_from_active_resume_on_postgres(pg_session):
    from tests.unit.tracker.test_analytics import check_missing_skills_ignore_stale_versions

    check_missing_skills_ignore_stale_versions(pg_session)


def test_week_buckets_in_time_zone_match_sqlite(pg_session, sqlite_engine):
    from datetime import datetime, timezone

    from tests.support.tracker_data import make_app

    stamps = [datetime(2026, 1, 11, 23, 30, tzinfo=timezone.utc), datetime(2026, 1, 12, 7, 50, tzinfo=timezone.utc),
              datetime(2026, 3, 29, 0, 30, tzinfo=timezone.utc)]  # the last one straddles the EU DST switch
    lite = Session(sqlite_engine)
    for tz in ("Asia/Tokyo", "America/Los_Angeles", "Europe/Berlin", "Asia/Kathmandu"):
        results = []
        for s in (pg_session, lite):
            user = make_user(s, tz=tz)
            for t in stamps:
                make_app(s, user_id=user.id, applied_at=t, moves=[(None, "saved", t)])
            results.append(analytics.per_week(session=s, user_id=user.id))
        assert results[0] == results[1], tz
    lite.close()


def test_concurrent_moves_from_two_sessions_lose_no_history(use_pg, pg_engine):
    with Session(pg_engine) as s:
        user = make_user(s)
        app = svc.add_manual(session=s, user_id=user.id, company="Race Inc", title="Dev")
        s.commit()
        uid, aid = user.id, app.id
    moves = {"tab-a": ["applied", "interviewing"] * 15, "tab-b": ["rejected", "offer"] * 15}
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def tab(name: str) -> None:
        try:
            barrier.wait()
            for stage in moves[name]:
                with Session(pg_engine) as s:
                    application_changes.move_stage(session=s, user_id=uid, application_id=aid, to_stage=stage)
                    # last-write-wins field edit racing with the other tab
                    application_changes.update_application(session=s, user_id=uid, application_id=aid, notes=f"{name} {stage}")
                    s.commit()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=tab, args=(n,)) for n in moves]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    with Session(pg_engine) as s:
        events = s.exec(select(StageEvent).where(StageEvent.application_id == aid).order_by(StageEvent.id)).all()
        final = s.get(Application, aid)
    # every move changed the stage (a tab never repeats its own previous stage back to back, and
    # when both tabs pick the same stage the second is a recorded no-op) → the chain is unbroken
    chain = [(e.from_stage, e.to_stage) for e in events]
    assert chain[0] == (None, "saved")
    for prev, cur in zip(chain, chain[1:]):
        assert cur[0] == prev[1], chain  # from_stage is always the stage written by the previous move
    assert len(events) >= 1 + 30  # at least one tab's 30 moves all changed the stage
    assert final.stage == chain[-1][1]
    assert final.notes.split(" ")[0] in moves  # one of the two writes won, intact


def _big_csv(n: int) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Company", "Job Title", "URL", "Status", "Date Applied", "Notes"])
    statuses = ["Wishlist", "Applied", "Interview", "Offer", "Rejected"]
    for i in range(n):
        w.writerow([f"Company {i % 997}", f"Engineer {i}", f"https://jobs.example/{i}", statuses[i % 5],
                    f"{1 + i % 12:02d}/{1 + i % 28:02d}/2025", "=1+1" if i % 1000 == 0 else f"note {i}"])
    w.writerow(["", "broken row", "", "", "", ""])
    return buf.getvalue().encode("utf-8-sig")


def test_50k_row_import_is_streamed_with_progress(use_pg, pg_engine, override_settings, tmp_path):
    from careercopilot.integrations import storage
    from careercopilot.services import background

    storage._cache.clear()
    with Session(pg_engine) as s:
        user = make_user(s)
        s.commit()
        uid = user.id
    data = _big_csv(50_000)
    upload_id = exchange_uploads.store_import_upload(user_id=uid, data=data)
    started = time.perf_counter()
    handle = background.enqueue("jobs.tracker.import_applications", upload_id, user_id=uid)
    samples = []
    while True:
        st = background.job_status(handle.id, user_id=uid)
        samples.append(st.progress)
        if st.done:
            break
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    assert st.status == "finished", st.error
    report = exchange_uploads.import_report(user_id=uid, upload_id=upload_id)
    assert (report.imported, report.invalid) == (50_000, 1) and report.errors[0][0] == 50_002
    assert len({p for p in samples if 0 < p < 100}) >= 3, samples  # progress moved while it ran
    with Session(pg_engine) as s:
        assert s.exec(select(func.count(Application.id)).where(Application.user_id == uid)).one() == 50_000
        assert s.exec(select(func.count(StageEvent.id)).where(StageEvent.user_id == uid)).one() == 50_000 + 40_000
        assert s.get(BackgroundJob, handle.id).progress == 100
    # re-importing the same file adds nothing
    rep2 = exchange_import.import_csv(session=Session(pg_engine), user_id=uid, stream=io.BytesIO(data))
    assert (rep2.imported, rep2.duplicates) == (0, 50_000)
    print(f"50k import: {elapsed:.1f}s")
    storage._cache.clear()


def test_cross_user_isolation(use_pg, pg_engine):
    with Session(pg_engine) as s:
        a, b = make_user(s), make_user(s)
        app = svc.add_manual(session=s, user_id=a.id, company="Secret Co", title="Stealth", notes="private notes")
        contact = contacts_svc.add_contact(session=s, user_id=a.id, application_id=app.id, name="Ann")
        s.commit()
        for call in (
            lambda: svc.get_application(session=s, user_id=b.id, application_id=app.id),
            lambda: rows_svc.detail(session=s, user_id=b.id, application_id=app.id),
            lambda: application_changes.set_notes(session=s, user_id=b.id, application_id=app.id, notes="x"),
            lambda: application_changes.move_stage(session=s, user_id=b.id, application_id=app.id, to_stage="offer"),
            lambda: contacts_svc.list_contacts(session=s, user_id=b.id, application_id=app.id),
            lambda: contacts_svc.update_contact(session=s, user_id=b.id, contact_id=contact.id, name="B"),
            lambda: contacts_svc.delete_contact(session=s, user_id=b.id, contact_id=contact.id),
        ):
            with pytest.raises(LookupError):
                call()
        s.rollback()
        for export in (exchange.export_csv, exchange.export_events_csv, exchange.export_proof_csv, exchange.export_json):
            assert "Secret Co" not in export(session=s, user_id=b.id)
        assert "Secret Co" in exchange.export_csv(session=s, user_id=a.id)
        assert analytics.compute(session=s, user_id=b.id).total == 0
        assert svc.get_application(session=s, user_id=a.id, application_id=app.id).notes == "private notes"
