"""Handlers that run on every page view send only what changed (session 11, issue 9 "Availability").

Reflex sends every var assigned in an event, equal value or not (and recomputes the computed vars
depending on it): the session gate and the Jobs page's resets resent unchanged values on every
view — seven deltas per Jobs view where two carry news. Each case: a handler run on a state that
already shows what it would set must leave no dirty var; with something to change, exactly that."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from careercopilot.state import auth
from careercopilot.state.auth import AuthState
from careercopilot.state.hides import HideState
from careercopilot.state.save_search import SaveSearchState


def _run(handler, state, **kwargs):
    out = handler.fn(state, **kwargs)
    return asyncio.run(out) if asyncio.iscoroutine(out) else out


def _fresh(cls, **values):
    state = cls(_reflex_internal_init=True)
    for name, value in values.items():
        setattr(state, name, value)
    state._clean()
    return state


@pytest.mark.parametrize("cls,before,dirty", [
    (SaveSearchState, {}, set()),
    (SaveSearchState, {"saved": "Remote Python"}, {"saved"}),
    (SaveSearchState, {"open": True, "error": "Give the search a name."}, {"open", "error"}),
    (HideState, {}, set()),
    (HideState, {"last_id": 7, "last_title": "Platform Engineer"}, {"last_id", "last_title"}),
])
def test_jobs_page_resets_send_only_what_they_clear(cls, before, dirty):
    """The resets ``JobsState.load_page`` runs on every Jobs view (and the toast's Close button)."""
    state = _fresh(cls, **before)
    state._clear_for_visit()
    assert set(state.dirty_vars) == dirty
    if cls is HideState:
        state = _fresh(cls, **before)
        _run(HideState.dismiss, state)
        assert set(state.dirty_vars) == dirty


@pytest.mark.parametrize("shown,who,dirty", [
    (("ada@example.org", False), ("ada@example.org", False), set()),   # the usual page view
    (("ada@example.org", True), ("ada@example.org", True), set()),
    (("", False), ("ada@example.org", False), {"user_email"}),           # first view after sign-in
    (("ada@example.org", False), ("ada@example.org", True), {"is_admin"}),
    (("ada@example.org", True), None, {"user_email", "is_admin"}),     # signed out elsewhere
])
def test_the_session_gate_sends_the_user_only_when_it_changes(monkeypatch, shown, who, dirty):
    async def fake_user(state):
        return None if who is None else SimpleNamespace(email=who[0], is_admin=who[1], user_id=1)

    monkeypatch.setattr(auth, "session_user", fake_user)
    state = _fresh(AuthState, user_email=shown[0], is_admin=shown[1])
    _run(AuthState.check_session, state)
    assert set(state.dirty_vars) == dirty

