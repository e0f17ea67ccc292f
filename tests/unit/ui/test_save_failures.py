"""A Preferences save that fails on the database says so and keeps what was typed (lock70).

Newcomer trial: the save waited 30 s behind a re-scoring job, failed with "database is locked",
and the page showed nothing — no busy state, no message; after a reload the values were gone.
Each row is a real failure of a save (SQLite file locked/busy/disk, PostgreSQL down, an integrity
error, a full disk): the handler shows ``saving`` first, then an error in words naming the button
to press again, never the exception's text, and leaves the typed form untouched.
"""

from __future__ import annotations

import asyncio
import errno
import sqlite3
from types import SimpleNamespace

import pytest
from sqlalchemy import exc as sa_exc

from careercopilot import bidi
from careercopilot.state import preferences as prefs_state
from careercopilot.state.save_failures import save_failed_message


def _op(message: str) -> sa_exc.OperationalError:
    return sa_exc.OperationalError("UPDATE preference SET salary_floor=?", {}, sqlite3.OperationalError(message))


FAILURES = [
    ("sqlite locked", _op("database is locked"), "busy with a background job"),
    ("sqlite busy", _op("database is busy"), "busy with a background job"),
    ("sqlite table locked", _op("database table is locked: preference"), "busy with a background job"),
    ("sqlite disk I/O", _op("disk I/O error"), "could not write to its storage"),
    ("sqlite full", _op("database or disk is full"), "could not write to its storage"),
    ("sqlite readonly", _op("attempt to write a readonly database"), "could not store them"),
    ("pg refused", sa_exc.OperationalError("SELECT 1", {}, Exception("connection refused")), "could not store them"),
    ("pg closed", sa_exc.DBAPIError("UPDATE preference", {}, Exception("server closed the connection")),
     "could not store them"),
    ("integrity", sa_exc.IntegrityError("INSERT INTO preference", {}, Exception("UNIQUE constraint failed")),
     "could not store them"),
    ("pool timeout", sa_exc.TimeoutError("QueuePool limit of size 10 overflow 5 reached"), "could not store them"),
    ("disk full OSError", OSError(errno.ENOSPC, "No space left on device"), "could not write to its storage"),
]


@pytest.mark.parametrize("name,error,why", FAILURES, ids=[f[0] for f in FAILURES])
def test_failed_save_says_so_keeps_the_form_and_showed_saving(monkeypatch, name, error, why):
    typed = prefs_state.PrefsForm(salary_floor="85000", work_modes=["remote"], stamp="1")
    chip = prefs_state.PlaceChip(label="Berlin, DE", data='{"city": "Berlin"}')
    state = SimpleNamespace(prefs=typed, places=[chip], error="old", notice="", field_errors={"x": "y"}, saving=False)
    seen: list[bool] = []

    async def uid(_state):
        return 7

    async def failing_db(fn, *args):
        seen.append(state.saving)  # the button showed "saving" while the save ran
        raise error

    monkeypatch.setattr(prefs_state, "current_user_id", uid)
    monkeypatch.setattr(prefs_state.offload, "db", failing_db)

    async def drive():
        return [e async for e in prefs_state.PreferencesState.submit_preferences.fn(
            state, {"salary_floor": "85000", "mode_remote": "on"})]

    asyncio.run(drive())
    assert seen == [True] and state.saving is False
    assert state.prefs is typed and state.places == [chip]  # nothing typed is lost
    assert state.notice == "" and state.field_errors == {}
    assert state.error.startswith("Your preferences were not saved: ") and why in state.error
    assert f"{bidi.quote('Save preferences')} again" in state.error  # a label, direction-isolated like user text
    assert str(getattr(error, "orig", error)) not in state.error  # never the exception's text


def test_message_names_what_and_the_button():
    msg = save_failed_message("your alert settings", _op("database is locked"), button="Save")
    assert msg.startswith("Your alert settings were not saved: the database was busy") and f"{bidi.quote('Save')} again" in msg
