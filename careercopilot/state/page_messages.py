"""Page-view scoped form messages (ux100, issue 12 newcomer trial: a rejected Preferences save
still showed "not saved: target titles — …" after a reload).

Reflex keeps a tab's state on the server across reloads and navigations, so a form's error from
the last visit is part of the state the next page view is hydrated with, and stays on screen
until the page's own load handler (queued behind the session check, then a database read)
replaces it. The error fields of every page's states are listed in :data:`PAGE_ERRORS`; the
session check (``AuthState.check_session``) resets them to their defaults in its reply, before
the page's own loads run, so a new view never keeps an old outcome. A submit still clears its own
messages before it works (``state.form_feedback``).
"""

from __future__ import annotations

import reflex as rx

from careercopilot.state.changes import assign_changed

#: The form errors of every protected page (route key → "module:State" → fields), reset to their
#: type's empty value at the start of each view: the audit of ux100 (``tests/unit/ui/
#: test_page_messages.py`` checks that every error field of ``careercopilot.state`` is here or in
#: :data:`EXEMPT`). Notices of success are left alone: a handler may set one and then navigate.
PAGE_ERRORS: dict[str, dict[str, tuple[str, ...]]] = {
    "preferences": {"preferences:PreferencesState": ("error", "field_errors", "notice")},
    "applications": {"applications:ApplicationsState": ("error", "manual_error", "from_url_error"),
                     "tracker_exchange:TrackerExchangeState": ("error", "line_errors")},
    "applications/[application_id]": {
        "application_detail:ApplicationDetailState": ("error", "contact_error", "applied_error", "details_error",
                                                      "details_errors"),
        "reminders:RemindersState": ("error",), "writing_prep:PrepState": ("error",)},
    "dashboard": {"reminders:RemindersState": ("error",)},
    "resume": {"resume:ResumeState": ("error",)},
    "sources": {"sources:SourcesState": ("form_error", "url_error")},
    "settings": {"api_tokens:ApiTokensState": ("error",), "data_rights:DataRightsState": ("export_error", "delete_error"),
                 "notification_prefs:NotificationPrefsState": ("prefs_error", "timing_error"),
                 "security:SecurityState": ("error",), "writing_settings:LLMSettingsState": ("error",)},
    "admin": {"writing_settings:LLMSettingsState": ("error",)},
    "alerts": {"alerts:AlertsState": ("error",)},
    "jobs": {"save_search:SaveSearchState": ("error",)},
    "writing/[doc_id]": {"writing:WritingState": ("error",), "writing_prep:PrepState": ("error",),
                        "writing_tailored:TailoredState": ("error",)},
}
#: Error fields that are no form's validation message, with why they are not reset on a view.
EXEMPT = {
    "event_errors:EventErrorState.message": "the app-wide toast of a failed event, closed by the person",
    "hides:HideState.error": "reset by every Jobs visit already (JobsState.load_page → _clear_for_visit)",
    "job_detail:JobDetailState.error": "the outcome of the page's own load (posting not found), set by it",
    "jobs:JobsState.error": "the outcome of reading the URL's filters, set by every Jobs load",
    "save_search:SaveSearchState.error_focus": "an element id to focus, not a message",
    "writing_prep:PrepState.error_application_id": "which application page shows PrepState.error",
}


def _state_class(ref: str) -> type[rx.State]:
    import importlib

    module, name = ref.split(":")
    return getattr(importlib.import_module(f"careercopilot.state.{module}"), name)


def registered(route_key: str) -> list[tuple[type[rx.State], tuple[str, ...]]]:
    """The (state class, error fields) reset on a view of ``route_key``."""
    return [(_state_class(ref), fields) for ref, fields in PAGE_ERRORS.get(route_key, {}).items()]


def _empty(value):
    """The empty value of a message field's type (a dict or list may be Reflex's proxy of one)."""
    return "" if isinstance(value, str) else {} if isinstance(value, dict) else [] if isinstance(value, list) else 0


async def clear(state: rx.State, route_key: str) -> bool:
    """Reset the registered errors of ``route_key``'s states to their type's empty value ("",
    {}, []); True when one was showing. Only changed fields are assigned (sent)."""
    changed = False
    for cls, fields in registered(route_key):
        target = await state.get_state(cls)
        stale = {k: _empty(getattr(target, k)) for k in fields if getattr(target, k)}
        if stale:
            assign_changed(target, **stale)
            changed = True
    return changed
