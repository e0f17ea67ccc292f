"""Stale form errors (ux100, issue 12 newcomer trial: character-limit hints lingered after the text
was back under the limit; a rejected Preferences titles save still showed its error after a reload).

* the audit: every error field of every state in ``careercopilot.state`` is reset on a view of
  its page (``state.page_messages.PAGE_ERRORS``) or exempt with a reason — the old code reset none
  before the page's own load;
* the session gate of a page view resets them, sending only what changed;
* the client hook that hides a field's message once its text changed, and recounts limit notes,
  is in every layout (its browser behaviour: ``tests/e2e/test_ux100_findings.py``).
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
import re
from types import SimpleNamespace

import reflex as rx

from careercopilot.state import auth, page_messages
from careercopilot.state.auth import AuthState

ERROR_FIELD = re.compile(r"(^|_)errors?($|_)")


def _error_fields() -> set[str]:
    import careercopilot.state as pkg

    found = set()
    for info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"careercopilot.state.{info.name}")
        for name, cls in vars(module).items():
            if isinstance(cls, type) and issubclass(cls, rx.State) and cls.__module__ == module.__name__:
                for field in cls.base_vars:
                    if ERROR_FIELD.search(field) and not field.startswith("_"):
                        found.add(f"{info.name}:{name}.{field}")
    return found


def test_every_error_field_is_reset_on_a_view_of_its_page_or_exempt():
    listed = {f"{ref}.{field}" for refs in page_messages.PAGE_ERRORS.values() for ref, fields in refs.items()
              for field in fields}
    fields = _error_fields()
    assert len(fields) >= 25, fields  # the scan finds the states
    missing = sorted(fields - listed - set(page_messages.EXEMPT))
    assert not missing, f"error fields neither reset on a page view nor exempt: {missing}"
    assert all(reason for reason in page_messages.EXEMPT.values())


def test_the_registered_routes_are_protected_pages():
    from careercopilot.careercopilot import app

    app._apply_decorated_pages()
    for key in page_messages.PAGE_ERRORS:
        assert key in auth._PAGE_LOADS, key


def test_the_session_gate_clears_the_last_visits_errors(monkeypatch):
    """A rejected titles save, then a new view of Preferences: the gate's reply carries the reset."""
    from careercopilot.state.preferences import PreferencesState
    from tests.unit.ui.test_unchanged_vars import _fresh

    prefs = _fresh(PreferencesState, error="Nothing was saved; not saved: target titles — too long",
                   field_errors={"titles": "Each title can be at most 100 characters"}, notice="")

    async def get_state(cls):
        assert cls is PreferencesState
        return prefs

    async def session_user(state):
        return SimpleNamespace(email="a@example.org", is_admin=False, user_id=1)

    monkeypatch.setattr(auth, "session_user", session_user)
    gate = SimpleNamespace(router=SimpleNamespace(route_id="/preferences"), user_email="a@example.org",
                           is_admin=False, get_state=get_state)
    loads = asyncio.run(AuthState.check_session.fn(gate))
    assert loads and prefs.error == "" and prefs.field_errors == {}
    assert set(prefs.dirty_vars) == {"error", "field_errors"}  # the empty notice is not sent again


def test_the_client_hook_is_in_every_layout():
    from careercopilot.components.a11y import RouteFocus
    from careercopilot.components.common import field_error
    from careercopilot.components.stale_hints import STALE_HINTS

    assert STALE_HINTS in RouteFocus.create().add_hooks()
    assert "cc-field-error" in str(field_error(rx.Var.create({"a": "b"}), "a", id="x-error").render())
