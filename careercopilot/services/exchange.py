"""Export of the user's tracker (CSV / JSON), including full stage history.

Export formats (all UTF-8; timestamps ISO 8601 UTC with ``Z``):

* :func:`export_csv` — one row per application, columns :data:`EXPORT_COLUMNS`; the
  ``stage_history`` column lists every move in the order it was made as
  ``2026-01-05T10:00:00Z ->saved; 2026-01-07T09:30:00Z saved->applied``.
* :func:`export_events_csv` — one row per stage change (:data:`EVENT_COLUMNS`).
* :func:`export_proof_csv` — the "proof of applications" list some unemployment offices
  ask for: date applied (user's time zone), company, position, URL, current status,
  last status change, and every status change in one readable cell.
* :func:`export_json` — ``{"exported_at", "applications": [{…, "history": [{from, to, at}]}]}``.

Every CSV cell that starts with ``=``, ``+``, ``-``, ``@``, TAB or CR is prefixed with
``'`` (OWASP "CSV injection") so spreadsheet apps never evaluate it; import strips that
prefix again, so export → import round-trips.

Import is :mod:`careercopilot.services.exchange_import` (our format or a generic tracker
export, column aliases, duplicate rule) and :mod:`careercopilot.services.exchange_uploads`
(stored uploads for the background import job).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone

from sqlmodel import Session, col, select

from careercopilot.models import Application, StageEvent
from careercopilot.services.applications import user_zone

EXPORT_COLUMNS = (
    "id", "company", "title", "url", "stage", "applied_at", "follow_up_on", "notes", "salary_expectation",
    "salary_offer", "salary_currency", "source_label", "work_mode", "archived", "resume_id", "posting_id",
    "created_at", "updated_at", "stage_history",
)
EVENT_COLUMNS = ("application_id", "company", "title", "from_stage", "to_stage", "at")
PROOF_COLUMNS = ("date_applied", "company", "position", "url", "current_status", "last_status_change", "status_history")
_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralize(value) -> str:
    """CSV cell text for ``value`` with formula-injection neutralized (``'`` prefix): a text whose first
    character, in NFKC form, is one of :data:`_DANGEROUS_START` — full-width ＝ ＋ － ＠ (U+FF1D…), the
    small forms ﹦ ﹢ ﹣ ﹫ and super/subscript ⁼ ₌ ⁺ ₊ included, which spreadsheets may fold to the
    ASCII trigger (attack80 finding 7)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    text = str(value)
    return "'" + text if unicodedata.normalize("NFKC", text[:1]).startswith(_DANGEROUS_START) else text


def iso_utc(value: datetime | None) -> str:
    """``2026-01-05T10:00:00Z`` (seconds precision) or "" for None."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _apps(session: Session, user_id: int) -> Iterator[Application]:
    yield from session.exec(
        select(Application).where(Application.user_id == user_id).order_by(Application.id)
        .execution_options(yield_per=1000)
    )


def _histories(session: Session, user_id: int) -> dict[int, list[StageEvent]]:
    out: dict[int, list[StageEvent]] = {}
    for ev in session.exec(
        select(StageEvent).where(StageEvent.user_id == user_id).order_by(StageEvent.application_id, StageEvent.id)
        .execution_options(yield_per=5000)
    ):
        out.setdefault(ev.application_id, []).append(ev)
    return out


def history_text(events: Iterable[StageEvent]) -> str:
    """The ``stage_history`` cell: ``<at> <from>-><to>`` items joined by ``; ``."""
    return "; ".join(f"{iso_utc(e.at)} {e.from_stage or ''}->{e.to_stage}" for e in events)


def _write_csv(header: Iterable[str], rows: Iterable[Iterable]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralize(v) for v in row])
    return buf.getvalue()


def export_csv(*, session: Session, user_id: int) -> str:
    """All the user's applications (archived too) as CSV text with a stage-history column."""
    hist = _histories(session, user_id)
    return _write_csv(EXPORT_COLUMNS, (
        [a.id, a.company, a.title, a.url, a.stage, a.applied_at, a.follow_up_on, a.notes, a.salary_expectation,
         a.salary_offer, a.salary_currency, a.source_label, a.work_mode, a.archived, a.resume_id, a.posting_id,
         a.created_at, a.updated_at, history_text(hist.get(a.id, []))]
        for a in _apps(session, user_id)
    ))


def export_events_csv(*, session: Session, user_id: int) -> str:
    """One CSV row per stage change of the user's applications (oldest first per application)."""
    names = {a.id: (a.company, a.title) for a in _apps(session, user_id)}
    hist = _histories(session, user_id)
    return _write_csv(EVENT_COLUMNS, (
        [app_id, *names.get(app_id, ("", "")), e.from_stage, e.to_stage, e.at]
        for app_id, events in hist.items() for e in events
    ))


def export_proof_csv(*, session: Session, user_id: int) -> str:
    """Proof-of-applications CSV: applications the user applied to, by date applied (local)."""
    zone = user_zone(session, user_id)
    hist = _histories(session, user_id)
    rows = []
    for a in session.exec(
        select(Application).where(Application.user_id == user_id, col(Application.applied_at).is_not(None))
        .order_by(Application.applied_at, Application.id)
    ):
        events = hist.get(a.id, [])
        rows.append([
            a.applied_at.astimezone(zone).date().isoformat(), a.company, a.title, a.url, a.stage,
            events[-1].at if events else a.updated_at,
            "; ".join(f"{e.at.astimezone(zone).strftime('%Y-%m-%d %H:%M')} {e.to_stage}" for e in events),
        ])
    return _write_csv(PROOF_COLUMNS, rows)


def export_json(*, session: Session, user_id: int) -> str:
    """All applications with their full history as a JSON document (see module docstring)."""
    hist = _histories(session, user_id)
    apps = []
    for a in _apps(session, user_id):
        apps.append({
            "id": a.id, "company": a.company, "title": a.title, "url": a.url, "stage": a.stage,
            "applied_at": iso_utc(a.applied_at) or None,
            "follow_up_on": a.follow_up_on.isoformat() if a.follow_up_on else None, "notes": a.notes,
            "salary_expectation": a.salary_expectation, "salary_offer": a.salary_offer,
            "salary_currency": a.salary_currency, "source_label": a.source_label, "work_mode": a.work_mode,
            "archived": a.archived, "resume_id": a.resume_id, "posting_id": a.posting_id,
            "created_at": iso_utc(a.created_at), "updated_at": iso_utc(a.updated_at),
            "posting_snapshot": a.posting_snapshot,
            "history": [{"from": e.from_stage, "to": e.to_stage, "at": iso_utc(e.at)} for e in hist.get(a.id, [])],
        })
    return json.dumps({"exported_at": iso_utc(datetime.now(timezone.utc)), "applications": apps},
                      ensure_ascii=False, indent=1)
