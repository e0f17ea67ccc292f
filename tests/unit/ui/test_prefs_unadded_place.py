"""Text typed in the Locations box and never added as a place is not dropped by Save (trial105
finding 6, ux122 finding 1: "Remote" typed without picking its suggestion vanished on save).

The save reads the box's text as the form submitted it (``prefs_locations``: Reflex sends each
form control's value under its id), never the state's ``place_query`` — which held a stale
"Berl" after the keyboard picker had cleared the box (the guard withdrawn in 8b502ae)."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace

import pytest

from careercopilot.state import preferences as prefs_state


def _providence() -> prefs_state.PlaceChip:
    from careercopilot.normalize.places import resolve_place

    return prefs_state.place_chip(resolve_place("Providence, RI").model_dump())


PROVIDENCE = _providence()

# (text in the box at submit, label of the place added — None: the save waits and says why)
ADDS = [
    ("Remote", "Remote"),
    ("remote", "Remote"),
    ("  Remote ", "Remote"),
    ("Berlin", "Berlin, DE"),
    ("Denver", "Denver, CO, US"),
    ("Springfield, MA", "Springfield, MA, US"),
    ("Ohio", "Ohio, US"),
    ("Germany", "Germany"),
]
WAITS = [
    ("Berl", "not a place we know"),
    ("Mars Colony", "not a place we know"),
    ("Springfield", "several places"),
    ("Columbus", "several places"),
    ("Portland", "several places"),
    ("Denver, CO or remote", "Add all"),
    ("x" * 100, "not a place we know"),
]


def _submit(monkeypatch, box: str | None, *, place_query: str = "", places=(PROVIDENCE,)):
    """Drive ``submit_preferences`` with the box's submitted text ``box`` (None: not in the form)
    → (state, the ``fields`` each save was called with)."""
    state = SimpleNamespace(prefs=prefs_state.PrefsForm(), places=list(places), place_query=place_query, error="",
                            notice="", field_errors={}, saving=False, suggestions=[], phrase_places=[],
                            phrase_modes=[], phrase_unresolved=[], phrase_note="", box_generation=0,
                            _box_added="", _box_added_at=0.0)
    calls: list = []

    async def uid(_state):
        return 7

    async def db(fn, uid_, fields, typed):
        calls.append(fields)
        return prefs_state.PrefsForm(places=[prefs_state.place_chip(p) for p in fields["places"]]), {}

    monkeypatch.setattr(prefs_state, "current_user_id", uid)
    monkeypatch.setattr(prefs_state.offload, "db", db)
    form = {"salary_floor": "70000"} | ({} if box is None else {"prefs_locations": box})

    async def drive():
        return [e async for e in prefs_state.PreferencesState.submit_preferences.fn(state, form)]

    asyncio.run(drive())
    return state, calls


@pytest.mark.parametrize("typed,label", ADDS, ids=[t for t, _ in ADDS])
def test_one_place_typed_is_added_and_saved(monkeypatch, typed, label):
    state, calls = _submit(monkeypatch, typed)
    assert len(calls) == 1, state.error
    saved = [prefs_state.place_chip(p).label for p in calls[0]["places"]]
    assert saved == ["Providence, RI, US", label]
    assert label in state.notice and state.notice.startswith("Preferences saved")
    assert state.place_query == "" and state.error == "" and state.box_generation == 1  # the box is emptied
    assert state._box_added == " ".join(typed.split()).casefold()  # its blur's late search is no refill


@pytest.mark.parametrize("typed,why", WAITS, ids=[t[:20] for t, _ in WAITS])
def test_other_text_stops_the_save_with_a_message(monkeypatch, typed, why):
    state, calls = _submit(monkeypatch, typed)
    assert calls == []  # nothing written: the box's text and every other field stay as typed
    message = state.field_errors["locations"]
    assert " ".join(typed.split())[:40] in message and why in message
    assert state.error.startswith("Nothing was saved yet:") and state.notice == ""


@pytest.mark.parametrize("box", ["", "   ", None])
def test_an_empty_box_saves_as_before(monkeypatch, box):
    state, calls = _submit(monkeypatch, box)
    assert len(calls) == 1 and state.field_errors == {} and state.notice == "Preferences saved. Rankings are being refreshed."
    assert [prefs_state.place_chip(p).label for p in calls[0]["places"]] == ["Providence, RI, US"]


def test_a_stale_query_in_the_state_is_not_read(monkeypatch):
    """The keyboard picker cleared the box; the state still held "Berl" (8b502ae): the save goes on."""
    state, calls = _submit(monkeypatch, "", place_query="Berl")
    assert len(calls) == 1 and state.field_errors == {}


def test_a_place_already_chosen_is_not_added_twice(monkeypatch):
    state, calls = _submit(monkeypatch, "Providence, RI")
    assert [prefs_state.place_chip(p).label for p in calls[0]["places"]] == ["Providence, RI, US"]
    assert state.place_query == "" and "was added" not in state.notice


def test_a_full_list_stops_the_save(monkeypatch):
    from careercopilot.services.preferences import MAX_LIST_ITEMS

    full = [prefs_state.PlaceChip(label=f"P{i}", data=json.dumps({"kind": "country", "name": f"P{i}"}))
            for i in range(MAX_LIST_ITEMS)]
    state, calls = _submit(monkeypatch, "Remote", places=full)
    assert calls == [] and "the most" in state.field_errors["locations"]


def test_the_form_submits_the_box_under_the_key_read():
    """The key :func:`typed_place_text` reads is the one the compiled form sends (its refs)."""
    from careercopilot.views.preferences import preferences_form

    def form_of(node):
        if type(node).__name__ == "Form":
            return node
        return next((f for c in getattr(node, "children", []) if (f := form_of(c)) is not None), None)

    assert "prefs_locations" in form_of(preferences_form())._get_form_refs()
    assert prefs_state.typed_place_text({"prefs_locations": " Remote "}) == " Remote "
