"""Concurrent read-modify-writes of one user's rows (attack106 item 2), shared by the SQLite unit
tests and the PostgreSQL integration tests: each call makes ``n`` writers on real threads, released
together, and returns what the database holds afterwards.

* :func:`append_notes_through_service` — ``lock_application`` + ``set_notes(notes + "\\n\\nnote-i")``,
  the REST route's steps, each writer in its own session;
* :func:`append_notes_through_api` — ``POST /api/v1/applications/{id}/notes`` through an ASGI client;
* :func:`move_stages_through_service` / :func:`move_stages_through_api` — stage moves alternating
  between stages; :func:`chain_breaks` names every event whose ``from_stage`` is not the
  previous event's ``to_stage`` (a lost update)."""

from __future__ import annotations

from careercopilot.db import session_scope
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from tests.support.races import at_once

#: Stages the movers alternate between (never the first one, so every move is a real move).
STAGES = ["applied", "interviewing", "offer", "rejected", "withdrawn"]


def new_application(user_id: int, company: str = "Race Corp") -> int:
    with session_scope() as s:
        return svc.add_manual(session=s, user_id=user_id, company=company, title="Engineer").id


def notes_of(user_id: int, application_id: int) -> str:
    with session_scope() as s:
        return svc.get_application(session=s, user_id=user_id, application_id=application_id).notes or ""


def stored_markers(notes: str, n: int) -> int:
    return sum(f"note-{i}-marker" in notes.split() for i in range(n))


def append_notes_through_service(user_id: int, application_id: int, n: int) -> int:
    """``n`` concurrent appends; returns how many of the ``n`` notes are stored."""
    counter = iter(range(n))

    def one():
        i = next(counter)
        with session_scope() as s:
            app = svc.lock_application(session=s, user_id=user_id, application_id=application_id)
            base = (app.notes or "").rstrip()
            application_changes.set_notes(session=s, user_id=user_id, application_id=application_id,
                                          notes=f"{base}\n\nnote-{i}-marker" if base else f"note-{i}-marker")

    at_once(n, one)
    return stored_markers(notes_of(user_id, application_id), n)


def append_notes_through_api(client, headers: dict, application_id: int, n: int) -> tuple[list[int], str]:
    """``n`` concurrent ``POST …/notes``; returns (status codes, the notes read back)."""
    counter = iter(range(n))

    def one():
        i = next(counter)
        return client.post(f"/api/v1/applications/{application_id}/notes", headers=headers,
                           json={"text": f"note-{i}-marker"}).status_code

    codes = at_once(n, one)
    return codes, client.get(f"/api/v1/applications/{application_id}/notes", headers=headers).json()["notes"]


def move_stages_through_service(user_id: int, application_id: int, n: int) -> None:
    counter = iter(range(n))

    def one():
        i = next(counter)
        with session_scope() as s:
            application_changes.move_stage(session=s, user_id=user_id, application_id=application_id,
                                           to_stage=STAGES[i % len(STAGES)])

    at_once(n, one)


def move_stages_through_api(client, headers: dict, application_id: int, n: int) -> list[int]:
    counter = iter(range(n))

    def one():
        i = next(counter)
        return client.post(f"/api/v1/applications/{application_id}/stage", headers=headers,
                           json={"stage": STAGES[i % len(STAGES)]}).status_code

    return at_once(n, one)


def chain_breaks(user_id: int, application_id: int) -> list[str]:
    """Events whose ``from_stage`` is not the previous ``to_stage``, and a final stage that is not
    the last event's ``to_stage`` (empty: the history chains)."""
    with session_scope() as s:
        events = svc.stage_history(session=s, user_id=user_id, application_id=application_id)
        stage = svc.get_application(session=s, user_id=user_id, application_id=application_id).stage
    breaks = [f"#{k}: {a.to_stage} then {b.from_stage}->{b.to_stage}"
              for k, (a, b) in enumerate(zip(events, events[1:]), 1) if b.from_stage != a.to_stage]
    if events and events[-1].to_stage != stage:
        breaks.append(f"stage {stage} but last event to {events[-1].to_stage}")
    return breaks
