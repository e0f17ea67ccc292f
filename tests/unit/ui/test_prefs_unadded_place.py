"""Text typed in the Locations box and never added as a place is not dropped by Save (trial105
finding 6: "Remote" typed without picking its suggestion vanished on save, without a word)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from careercopilot.state import preferences as prefs_state

# (typed in the box, does Save wait?)
TYPED = [
    ("Remote", True),
    ("Providence", True),
    ("  Providence,   RI ", True),
    ("Denver, CO or remote", True),
    ("near me", True),
    ("x" * 100, True),
    ("", False),
    ("   ", False),
]


def _submit(monkeypatch, place_query: str):
    chip = prefs_state.PlaceChip(label="Providence, RI, US", data='{"city": "Providence"}')
    state = SimpleNamespace(prefs=prefs_state.PrefsForm(), places=[chip], place_query=place_query, error="",
                            notice="", field_errors={}, saving=False)
    calls: list = []

    async def uid(_state):
        return 7

    async def db(fn, *args):
        calls.append(fn)
        return prefs_state.PrefsForm(), {}

    monkeypatch.setattr(prefs_state, "current_user_id", uid)
    monkeypatch.setattr(prefs_state.offload, "db", db)

    async def drive():
        return [e async for e in prefs_state.PreferencesState.submit_preferences.fn(state, {"salary_floor": "70000"})]

    asyncio.run(drive())
    return state, calls


@pytest.mark.parametrize("typed,waits", TYPED, ids=[repr(t[:20]) for t, _ in TYPED])
def test_save_waits_for_typed_text(monkeypatch, typed, waits):
    state, calls = _submit(monkeypatch, typed)
    if waits:
        assert calls == []  # nothing written: the box's text and every other field stay as typed
        shown = " ".join(typed.split())
        assert shown[:40] in state.field_errors["locations"] and "not added" in state.field_errors["locations"]
        assert state.error.startswith("Nothing was saved yet:") and state.place_query == typed
        assert state.notice == ""
    else:
        assert len(calls) == 1 and state.field_errors == {} and state.notice.startswith("Preferences saved")


def test_a_long_text_is_shortened_in_the_message():
    message = prefs_state.unadded_place("y" * 300)
    assert "y" * 59 + "…" in message and "y" * 60 not in message
