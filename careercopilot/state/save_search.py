"""SaveSearchState: "Save this search" on the Jobs page — names the search text and filters
currently applied (``JobsState.query`` / ``JobsState.form``, i.e. the URL) with a delivery choice."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.state.auth import current_user_id
from careercopilot.state.changes import assign_changed
from careercopilot.state.jobs import JobsState


def _create(uid: int, name: str, query: str, filters: dict, delivery: str) -> str:
    with session_scope() as s:
        return ss.create(session=s, user_id=uid, name=name, query=query, filters=filters, delivery=delivery,
                         repeat_ok=True).name


class SaveSearchState(rx.State):
    """The form's outcome: ``saved`` (the name saved) or ``error``; ``open`` shows the form;
    ``error_focus`` is the id of the field the error is about (focused when the error is shown:
    ``data-focus-on-show``, :mod:`careercopilot.components.a11y`), ``""`` for none."""

    open: bool = False
    saved: str = ""
    error: str = ""
    error_focus: str = ""

    @rx.event
    def toggle_open(self):
        """Show or hide the save form."""
        self.open, self.error, self.error_focus = not self.open, "", ""

    def _clear_for_visit(self) -> None:
        """On each Jobs page load (``JobsState.load_page``): no "Saved …" left over from an earlier
        visit (trial finding 21). Assigns nothing when there is nothing to clear (the usual case):
        no delta to send."""
        assign_changed(self, saved="", error="", error_focus="", open=False)

    @rx.event
    async def submit_save(self, form: dict):
        """Save the applied search under ``form["name"]`` with ``form["delivery"]``. A blank or
        duplicate name, or a bad delivery → a message; the form keeps its values."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        if self.error:  # the earlier error goes first: the next one is a new callout, focused again
            self.error = self.error_focus = ""
            yield
        jobs = await self.get_state(JobsState)
        try:
            self.saved = await offload.db(_create, uid, str(form.get("name", ""))[:200], jobs.query, dict(jobs.form),
                                          str(form.get("delivery", "daily")))
        except ValueError as exc:
            message = str(exc)
            # "Give the search a name." — the service's words as a sentence; no old "Saved …" beside it
            self.error, self.saved = message[:1].upper() + message[1:].rstrip(".") + ".", ""
            self.error_focus = "save-search-name" if "name" in message else ""
            return
        self.error, self.error_focus, self.open = "", "", False
