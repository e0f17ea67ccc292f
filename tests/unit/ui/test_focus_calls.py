"""Focus moved by a handler's outcome waits for its target to be on the page (newcomer trial:
opening "Save this search" and saving logged "No element found for ref ref_save_search_name in
_set_focus" in the browser console).

Reflex's ``rx.set_focus`` (and a ``call_script`` that calls ``.focus()``) runs as the event reaches
the browser, which can be before React has rendered what the same update shows: a panel or dialog
that mounts after the event. The app's way instead: the element the update shows carries
``data-focus-on-show="<id>"`` and the page's focus manager (``components/a11y.py``) focuses
``<id>`` once it is on the page. Tables: every form of a server-side focus call, scanned for in the
app's sources; every handler outcome of the save-search form.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest

import careercopilot

PACKAGE = Path(careercopilot.__file__).parent

#: Forms of a focus call that runs when the event arrives, not when its target exists.
FOCUS_CALLS = [
    ("rx.set_focus", re.compile(r"\brx\.set_focus\s*\(")),
    ("set_focus imported", re.compile(r"\bimport\b[^\n]*\bset_focus\b")),
    ("bare set_focus", re.compile(r"(?<![\w.])set_focus\s*\(")),
    ("call_script focus", re.compile(r"call_script\s*\([^)]*\.focus\s*\(", re.S)),
    ("call_function focus", re.compile(r"call_function\s*\([^)]*\.focus\s*\(", re.S)),
]


def _sources() -> list[tuple[str, str]]:
    return [(str(p.relative_to(PACKAGE)), p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))]


@pytest.mark.parametrize("name,pattern", FOCUS_CALLS, ids=[n for n, _ in FOCUS_CALLS])
def test_no_focus_call_runs_before_its_target_is_rendered(name, pattern):
    found = [path for path, text in _sources() if pattern.search(text)]
    assert found == [], f"{name} in {found}: mark the shown element with data-focus-on-show instead"


def test_the_focus_manager_focuses_a_target_once_it_is_shown():
    from careercopilot.components.a11y import _FOCUS_ON_SHOW, RouteFocus

    hooks = RouteFocus.create().add_hooks()
    assert _FOCUS_ON_SHOW in hooks
    # inserted nodes are watched, and the target is looked up again until it exists and is visible
    assert "MutationObserver" in _FOCUS_ON_SHOW and "getElementById(id)" in _FOCUS_ON_SHOW
    assert "getClientRects" in _FOCUS_ON_SHOW and "setTimeout" in _FOCUS_ON_SHOW


def test_the_save_search_error_names_its_field_for_the_focus_manager():
    from careercopilot.views.alerts import save_search_section

    out = json.dumps(save_search_section().render(), default=str).replace('\\"', '"')
    error = out[out.index('id:"save-search-error"') - 600:out.index('id:"save-search-error"') + 600]
    assert '"data-focus-on-show":' in error and "error_focus" in error


def _tree():
    from reflex.state import State

    from careercopilot.state.jobs import JobsState
    from careercopilot.state.save_search import SaveSearchState

    root = State(_reflex_internal_init=True)
    return {cls: root.get_substate(cls.get_full_name().split(".")) for cls in (JobsState, SaveSearchState)}


#: (what the service says, the earlier error shown, the field focused after the error is shown)
OUTCOMES = [
    ("give the search a name", "", "save-search-name"),
    ("you already have a saved search named “Remote”", "", "save-search-name"),
    ("the name is too long (at most 120 characters)", "Give the search a name.", "save-search-name"),
    ("you have 50 saved searches already — delete one first", "", ""),
    ("choose how to be told: instant email, daily digest", "", ""),
    (None, "Give the search a name.", ""),  # saved
]


@pytest.mark.parametrize("message,earlier,focus", OUTCOMES)
def test_save_search_outcomes_send_no_set_focus_event(monkeypatch, message, earlier, focus):
    from careercopilot.careercopilot import app  # noqa: F401 - registers the states
    from careercopilot.state import save_search as module
    from careercopilot.state.save_search import SaveSearchState

    async def signed_in(state):
        return 7

    def create(uid, name, query, filters, delivery):
        if message is not None:
            raise ValueError(message)
        return name

    monkeypatch.setattr(module, "current_user_id", signed_in)
    monkeypatch.setattr(module, "_create", create)
    state = _tree()[SaveSearchState]
    state.open, state.error = True, earlier
    state.error_focus = "save-search-name" if earlier else ""
    seen_errors: list[str] = []

    async def run():
        out = []
        async for event in SaveSearchState.submit_save.fn(state, {"name": "Remote", "delivery": "daily"}):
            seen_errors.append(state.error)
            if event is not None:
                out.append(event)
        return out

    events = asyncio.run(run())
    assert not [e for e in events if "focus" in str(getattr(e, "handler", e)).lower()], events
    assert state.error_focus == focus
    if earlier:  # the earlier error is taken away first, so the next one is a new, focused callout
        assert seen_errors[0] == ""
    assert (state.error != "") == (message is not None)
