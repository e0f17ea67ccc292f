"""Export (CSV/JSON/events/proof, formula neutralization) and import (encodings, mapping, errors, dedupe)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import func, select

from careercopilot.models import Application, StageEvent
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import exchange, exchange_import, exchange_uploads
from tests.support.tracker_data import make_user

T0 = datetime(2026, 1, 5, 10, 0, tzinfo=timezone.utc)


def _seed(session, user_id):
    a = svc.add_manual(session=session, user_id=user_id, company="=HYPERLINK(\"http://evil\")", title="+SUM(A1)",
                       url="https://jobs.example/1", notes="@cmd|' /C calc'!A0\nsecond line")
    application_changes.move_stage(session=session, user_id=user_id, application_id=a.id, to_stage="applied", at=T0)
    application_changes.move_stage(session=session, user_id=user_id, application_id=a.id, to_stage="interviewing", at=T0 + timedelta(days=4))
    b = svc.add_manual(session=session, user_id=user_id, company="Müller & Söhne", title="-Backend\tDev")
    return a, b


def _rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_export_csv_has_history_and_neutralizes_formulas(session):
    user = make_user(session)
    a, b = _seed(session, user.id)
    rows = _rows(exchange.export_csv(session=session, user_id=user.id))
    assert [r["id"] for r in rows] == [str(a.id), str(b.id)]
    first = rows[0]
    assert first["company"] == "'=HYPERLINK(\"http://evil\")"
    assert first["title"] == "'+SUM(A1)"
    assert first["notes"].startswith("'@cmd")
    assert rows[1]["title"] == "'-Backend Dev"  # a title is one line: the tab is a space (text_guard.ONE_LINE_COLUMNS)
    assert first["stage"] == "interviewing" and first["applied_at"] == "2026-01-05T10:00:00Z"
    items = first["stage_history"].split("; ")
    assert len(items) == 3 and items[0].endswith(" ->saved")
    assert items[1] == "2026-01-05T10:00:00Z saved->applied" and items[2] == "2026-01-09T10:00:00Z applied->interviewing"
    for row in rows:  # no cell of any export starts with a formula trigger
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())


def test_events_proof_and_json_exports(session):
    user = make_user(session, tz="Asia/Tokyo")
    a, b = _seed(session, user.id)
    events = _rows(exchange.export_events_csv(session=session, user_id=user.id))
    assert [(e["application_id"], e["from_stage"], e["to_stage"]) for e in events] == [
        (str(a.id), "", "saved"), (str(a.id), "saved", "applied"), (str(a.id), "applied", "interviewing"), (str(b.id), "", "saved")]
    assert events[1]["at"] == "2026-01-05T10:00:00Z" and events[1]["company"].startswith("'=")
    proof = _rows(exchange.export_proof_csv(session=session, user_id=user.id))
    assert len(proof) == 1 and proof[0]["date_applied"] == "2026-01-05" and proof[0]["current_status"] == "interviewing"
    assert "2026-01-05 19:00 applied" in proof[0]["status_history"]  # Tokyo local time
    doc = json.loads(exchange.export_json(session=session, user_id=user.id))
    assert [h["to"] for h in doc["applications"][0]["history"]] == ["saved", "applied", "interviewing"]
    assert doc["applications"][0]["company"] == "=HYPERLINK(\"http://evil\")"  # JSON is data, not a spreadsheet


def test_round_trip_into_another_account_keeps_history_and_reimport_adds_nothing(session):
    a_user, b_user = make_user(session), make_user(session)
    _seed(session, a_user.id)
    data = exchange.export_csv(session=session, user_id=a_user.id).encode("utf-8")
    rep = exchange_import.import_csv(session=session, user_id=b_user.id, stream=io.BytesIO(data))
    assert (rep.imported, rep.duplicates, rep.invalid) == (2, 0, 0)
    apps = session.exec(select(Application).where(Application.user_id == b_user.id).order_by(Application.id)).all()
    assert apps[0].company == "=HYPERLINK(\"http://evil\")" and apps[1].title == "-Backend Dev"  # prefix stripped
    assert apps[0].applied_at == T0 and apps[0].stage == "interviewing"
    hist = session.exec(select(StageEvent.to_stage).where(StageEvent.application_id == apps[0].id).order_by(StageEvent.id)).all()
    assert hist == ["saved", "applied", "interviewing"]
    again = exchange_import.import_csv(session=session, user_id=b_user.id, stream=io.BytesIO(data))
    assert (again.imported, again.duplicates) == (0, 2)
    own = exchange_import.import_csv(session=session, user_id=a_user.id, stream=io.BytesIO(data))
    assert (own.imported, own.duplicates) == (0, 2)
    assert session.exec(select(func.count(Application.id))).one() == 4


GENERIC = (
    "Company,Job Title,Link,Status,Date Applied,Notes\r\n"
    "Café Olé,Barista Lead,https://cafe.example/j/1,Applied,03/14/2026,Met at fair – follow up\r\n"
    "Crème GmbH,Entwickler,,Interview,2026-03-01,€ 60k\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_import_generic_tracker_in_each_encoding(session, encoding):
    user = make_user(session, tz="Europe/Berlin")
    rep = exchange_import.import_csv(session=session, user_id=user.id, stream=io.BytesIO(GENERIC.encode(encoding)))
    assert (rep.imported, rep.invalid) == (2, 0), rep.errors
    assert rep.encoding == encoding
    apps = session.exec(select(Application).where(Application.user_id == user.id).order_by(Application.id)).all()
    assert [a.company for a in apps] == ["Café Olé", "Crème GmbH"]
    assert apps[0].notes == "Met at fair – follow up" and apps[1].notes == "€ 60k"
    assert apps[0].stage == "applied" and apps[1].stage == "interviewing"
    assert apps[0].applied_at == datetime(2026, 3, 13, 23, 0, tzinfo=timezone.utc)  # 00:00 Berlin (CET)
    hist = session.exec(select(StageEvent.from_stage, StageEvent.to_stage).where(StageEvent.application_id == apps[1].id)
                        .order_by(StageEvent.at, StageEvent.id)).all()
    assert [tuple(h) for h in hist] == [(None, "saved"), ("saved", "interviewing")]


def test_missing_columns_is_a_clear_error(session):
    user = make_user(session)
    with pytest.raises(exchange_import.ImportFormatError, match=r"Missing required column\(s\): Job Title/Position.*Found: Company, Status"):
        exchange_import.import_csv(session=session, user_id=user.id, stream=io.BytesIO(b"Company,Status\r\nAcme,Applied\r\n"))
    with pytest.raises(exchange_import.ImportFormatError, match="empty"):
        exchange_import.import_csv(session=session, user_id=user.id, stream=io.BytesIO(b""))


def test_invalid_rows_reported_by_line_valid_rows_imported(session):
    user = make_user(session)
    text = (
        "Company,Position,URL,Status,Date Applied\n"
        "Good One,Dev,https://a.example/1,Applied,2026-02-01\n"     # line 2
        ",Dev,,,\n"                                                  # line 3: no company
        "Bad Date,Dev,,Applied,31/31/2026\n"                         # line 4
        "\"Multi\nLine Inc\",Dev,,Wishlist,\n"                       # lines 5-6
        "Bad Status,Dev,,Ghosted,\n"                                 # line 7
        "Bad Url,Dev,javascript:alert(1),,\n"                        # line 8
        "Good One,Dev,https://a.example/1,Applied,2026-02-01\n"     # line 9: duplicate in file
    )
    rep = exchange_import.import_csv(session=session, user_id=user.id, stream=io.BytesIO(text.encode()))
    assert rep.imported == 2 and rep.duplicates == 1 and rep.invalid == 4
    assert [line for line, _ in rep.errors] == [3, 4, 7, 8]
    assert "company is empty" in rep.errors[0][1] and "unrecognized date" in rep.errors[1][1]
    assert "unknown status" in rep.errors[2][1] and "http" in rep.errors[3][1]
    names = session.exec(select(Application.company).where(Application.user_id == user.id).order_by(Application.id)).all()
    assert names == ["Good One", "Multi Line Inc"]  # a company is one line (attack129 finding 1, text_guard)


def test_import_batches_and_reports_progress(session):
    user = make_user(session)
    lines = ["Company,Title,Status"] + [f"Co {i},Role {i},applied" for i in range(2500)]
    data = ("\n".join(lines) + "\n").encode()
    seen = []
    rep = exchange_import.import_csv(session=session, user_id=user.id, stream=io.BytesIO(data), total_bytes=len(data),
                              batch_size=1000, progress=lambda pct, msg: seen.append(pct))
    assert rep.imported == 2500
    assert seen[-1] == 100 and len(seen) == 4 and seen == sorted(seen)
    assert session.exec(select(func.count(StageEvent.id)).where(StageEvent.user_id == user.id)).one() == 5000


def test_upload_report_belongs_to_its_owner(session, tmp_path, monkeypatch):
    from careercopilot.config import settings
    from careercopilot.integrations import storage

    monkeypatch.setattr(settings, "data_dir", tmp_path)
    storage._cache.clear()
    a, b = make_user(session), make_user(session)
    session.commit()
    up = exchange_uploads.store_import_upload(user_id=a.id, data=GENERIC.encode("cp1252"))
    assert exchange_uploads.import_report(user_id=a.id, upload_id=up) is None
    rep = exchange_uploads.run_import_upload(session=session, upload_id=up)
    assert rep.imported == 2
    assert exchange_uploads.import_report(user_id=a.id, upload_id=up).imported == 2
    with pytest.raises(LookupError):
        exchange_uploads.import_report(user_id=b.id, upload_id=up)
    with pytest.raises(LookupError):
        exchange_uploads.import_report(user_id=a.id, upload_id="../../etc/passwd")
    with pytest.raises(exchange_import.ImportFormatError):
        exchange_uploads.store_import_upload(user_id=a.id, data=b"")
    storage._cache.clear()


def _csv(n: int, start: int = 0) -> bytes:
    return ("company,title\n" + "".join(f"Acme {i},Engineer {i}\n" for i in range(start, start + n))).encode()


def test_import_stops_at_the_trackers_bound_with_a_clear_line_error(session, monkeypatch):
    """Session 13 attacker: a 3 MB CSV imported 200,000 applications and that account's pages
    stopped loading. The import stops at ``max_applications_per_user`` and says why."""
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "max_applications_per_user", 25)
    user = make_user(session)
    svc.add_manual(session=session, user_id=user.id, company="Before", title="Already here")
    rep = exchange_import.import_csv(session=session, user_id=user.id, stream=io.BytesIO(_csv(100)), batch_size=7)
    assert rep.imported == 24
    held = session.exec(select(func.count()).select_from(Application).where(Application.user_id == user.id)).one()
    assert held == 25
    assert rep.invalid == 1 and rep.errors[0][0] == 26  # header is line 1, the 25th row is line 26
    assert "25 applications" in rep.errors[0][1] and "rest of the file" in rep.errors[0][1]
    again = exchange_import.import_csv(session=session, user_id=user.id, stream=io.BytesIO(_csv(3, start=500)))
    assert again.imported == 0 and again.errors[0][0] == 2


def test_saving_and_adding_stop_at_the_trackers_bound(session, monkeypatch):
    from careercopilot.config import settings
    from tests.support.tracker_data import make_posting

    monkeypatch.setattr(settings, "max_applications_per_user", 2)
    user, other = make_user(session), make_user(session)
    first = make_posting(session, title="First")
    saved = svc.save_posting(session=session, user_id=user.id, posting_id=first.id)
    svc.add_manual(session=session, user_id=user.id, company="B", title="Second")
    with pytest.raises(svc.TrackerError, match="2 applications"):
        svc.add_manual(session=session, user_id=user.id, company="C", title="Third")
    with pytest.raises(svc.TrackerError, match="Delete some"):
        svc.save_posting(session=session, user_id=user.id, posting_id=make_posting(session, title="Other").id)
    # saving what is already saved is still the same application; another account has its own room
    assert svc.save_posting(session=session, user_id=user.id, posting_id=first.id).id == saved.id
    svc.add_manual(session=session, user_id=other.id, company="D", title="Elsewhere")
