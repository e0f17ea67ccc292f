"""Unique keys a form can hit give a clear error, lose nothing and leave the session usable
(trial finding 2: renaming a saved search to another's name raised PendingRollbackError, so
the page showed nothing) — on SQLite AND PostgreSQL."""

from __future__ import annotations

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import SavedSearch
from careercopilot.services.alerts import saved_searches as ss


def _save(uid: int, name: str) -> int:
    with session_scope() as s:
        return int(ss.create(session=s, user_id=uid, name=name, query="python", filters={}, delivery="daily").id)


def test_rename_to_an_existing_name_is_a_clear_error_and_changes_nothing(alerts_db, make_user):
    from careercopilot.state.alerts import _update  # what the Rename form runs

    uid = make_user()
    first = _save(uid, "Remote Python")
    second = _save(uid, "Nurse jobs")
    with pytest.raises(ValueError, match="already have a saved search named “Remote Python”"):
        _update(uid, second, name="Remote  Python")
    with session_scope() as s:
        assert sorted(s.exec(select(SavedSearch.name)).all()) == ["Nurse jobs", "Remote Python"]
        # the same session goes on: another change in it works after the error
        with pytest.raises(ValueError):
            ss.update(session=s, user_id=uid, search_id=first, name="Nurse jobs")
        ss.update(session=s, user_id=uid, search_id=first, delivery="weekly")
    with session_scope() as s:
        assert s.get(SavedSearch, first).delivery == "weekly"
    _update(uid, second, name="Nurse jobs")  # its own name again, and a new one: fine
    _update(uid, second, name="Night nurse")
    other = make_user()  # another user's names never clash
    _save(other, "Remote Python")


def test_rename_to_a_name_taken_by_a_concurrent_writer_is_still_a_clear_error(alerts_db, make_user):
    uid = make_user()
    sid = _save(uid, "Remote Python")
    with session_scope() as s:
        row = ss.get(session=s, user_id=uid, search_id=sid)
        _save(uid, "Taken")  # committed by "another tab" after this session read its row
        with pytest.raises(ValueError, match="“Taken”"):
            ss.update(session=s, user_id=uid, search_id=row.id, name="Taken")
