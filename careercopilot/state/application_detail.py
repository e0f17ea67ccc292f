"""ApplicationDetailState: one application — notes, contacts, follow-up, stage history, salary."""

from __future__ import annotations

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import application_contacts as contacts_svc
from careercopilot.services import application_rows as rows_svc
from careercopilot.services import reminders
from careercopilot.services import submissions
from careercopilot.services.edit_conflicts import EditConflict
from careercopilot.state.auth import current_user_id
from careercopilot.state.route_ids import route_id
from careercopilot.state.submit_guard import mark_created, replay_of_cleared

_CONTACT_FIELDS = {"name": 200, "role": 200, "email": 254, "profile_url": 2000}


def _route_id(state: rx.State) -> int | None:
    """The ``[application_id]`` route argument (None: not an id, the page shows "not found")."""
    return route_id(state, "application_id")


def _load(uid: int, aid: int) -> tuple[rows_svc.ApplicationDetail, list[list[str]]]:
    """The application and the user's resume choices; LookupError when not theirs."""
    with session_scope() as s:
        app = rows_svc.detail(session=s, user_id=uid, application_id=aid)
        return app, [[str(i), label] for i, label in rows_svc.resume_choices(session=s, user_id=uid)]


def _in_transaction(action, uid: int, aid: int, version: str):
    """``action(session, uid, aid, version)`` in one transaction; returns what it returns."""
    with session_scope() as s:
        return action(s, uid, aid, version)


def add_contact_once(uid: int, aid: int, vals: dict[str, str]) -> bool:
    """Add (and commit) a contact unless the same values were just sent for this application
    (``services.submissions``: a double submit, a second tab, a retried event); True when added."""
    def create() -> None:
        with session_scope() as s:
            contacts_svc.add_contact(session=s, user_id=uid, application_id=aid, **vals)

    return submissions.once(uid, f"contact:{aid}", vals, create)[0]


class ApplicationDetailState(rx.State):
    """The loaded application and form messages."""


    app: rows_svc.ApplicationDetail = rows_svc.ApplicationDetail()
    resumes: list[list[str]] = []  # [[id, label], …]
    found: bool = False
    error: str = ""  # notes, details and stage moves
    notice: str = ""
    contact_error: str = ""
    applied_error: str = ""
    details_error: str = ""
    #: Details field (follow_up_on, salary_expectation, …) → its message, shown under the field.
    details_errors: dict[str, str] = {}
    contact_draft: dict[str, str] = {}  # the add-contact form's typed values, kept on error
    #: long notes are shown whole ("Show more" pressed; reset when a page loads)
    notes_expanded: bool = False
    #: a save was refused because the application changed in another tab: the page keeps what
    #: was typed (no refresh) and offers Reload (``load_detail``)
    conflict: bool = False
    _submitted: dict[str, float] = {}  # create form → when it was last saved (``state.submit_guard``)

    async def _refresh(self, uid: int, aid: int) -> None:
        try:
            self.app, self.resumes = await offload.db(_load, uid, aid)
            self.found = True
        except LookupError:
            self.app, self.found = rows_svc.ApplicationDetail(), False

    async def _change(self, action, done: str, slot: str = "error", *, in_transaction: bool = True):
        """Run one service call (off the event loop) in a transaction (``in_transaction``; else
        ``action(uid, aid, version)`` commits itself; ``version`` is the loaded application's, for
        ``expected_version``); its error goes to the ``slot`` var shown next to its form. On an
        EditConflict nothing is reloaded, so the typed values stay in their inputs."""
        uid, aid = await current_user_id(self), _route_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        if aid is None:
            self.found = False
            return None
        self.error = self.notice = self.contact_error = self.applied_error = self.details_error = ""
        self.details_errors = {}
        self.conflict = False
        version = self.app.card.version
        try:
            partly = await (offload.db(_in_transaction, action, uid, aid, version) if in_transaction
                            else offload.db(action, uid, aid, version))
            if isinstance(partly, dict) and partly:  # {field: message}: the valid fields were saved, these were not
                self.details_errors = partly
                setattr(self, slot, "The other details were saved; not saved: " + "; ".join(partly.values()))
            else:  # an action may return its own notice text (a stage move)
                self.notice = partly if isinstance(partly, str) and partly else done
        except EditConflict as exc:
            setattr(self, slot, str(exc))
            self.conflict = True
            return None
        except svc.TrackerError as exc:
            setattr(self, slot, str(exc))
        except LookupError:
            setattr(self, slot, "Not found.")
        await self._refresh(uid, aid)
        from careercopilot.state.reminders import RemindersState  # stage/date changes move reminders

        return RemindersState.load_application

    @rx.event
    def toggle_notes(self):
        """"Show more" / "Show less" under long notes."""
        self.notes_expanded = not self.notes_expanded

    @rx.event
    async def load_detail(self):
        """Load the application named by the route (not found for other users' ids)."""
        uid, aid = await current_user_id(self), _route_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.notice = self.contact_error = self.applied_error = self.details_error = ""
        self.details_errors = {}
        self.contact_draft = {}
        self.notes_expanded = False
        self.conflict = False
        if aid is None:
            self.found = False
            return None
        await self._refresh(uid, aid)
        return None

    @rx.event
    async def submit_notes(self, form: dict):
        """Save the notes (markdown)."""
        from careercopilot.text_limits import saved_message

        notes = str(form.get("notes", ""))[: svc.MAX_NOTES + 1]
        # notes that fill the field were cut by it (a paste past maxlength): the save says so (trial101 finding 5)
        return await self._change(lambda s, u, a, v: application_changes.set_notes(session=s, user_id=u, application_id=a, notes=notes,
                                                                              expected_version=v),
                            saved_message("Notes saved.", notes, svc.MAX_NOTES, "Notes"))

    @rx.event
    async def submit_details(self, form: dict):
        """Save follow-up date, offer deadline, interview (date-time in the user's zone), resume used
        and salary fields (last write wins). Every valid field is saved; an invalid one keeps its
        stored value, its typed text stays in its input (its key, the stored value, is unchanged)
        and its message is shown under it."""
        fields = {k: str(form.get(k, "")).strip()[:40] for k in
                  ("follow_up_on", "offer_deadline", "interview_at", "resume_id", "salary_expectation", "salary_offer",
                   "salary_currency")}

        def act(s, u, a, v) -> dict[str, str]:
            return application_changes.update_application_form(session=s, user_id=u, application_id=a,
                                                               expected_version=v, **fields)[1]

        return await self._change(act, "Details saved.", slot="details_error")

    @rx.event
    async def submit_applied(self, form: dict):
        """Correct the applied date (YYYY-MM-DD in the user's time zone; empty clears it)."""
        raw = str(form.get("applied_on", "")).strip()[:10]

        def act(s, u, a, v):
            application_changes.set_applied_at(session=s, user_id=u, application_id=a, applied=application_changes.parse_day(raw),
                                               expected_version=v)

        return await self._change(act, "Applied date corrected.", slot="applied_error")

    @rx.event
    async def submit_move(self, stage: str):
        """Move to another pipeline stage (recorded in the history)."""
        # the notice is read in the transaction: "Moved to interviewing." says when no thank-you was set
        return await self._change(lambda s, u, a, v: reminders.stage_move_notice(application_changes.move_stage(
            session=s, user_id=u, application_id=a, to_stage=stage, expected_version=v)), "")

    @rx.event
    def set_contact_field(self, name: str, value: str):
        """Keep a typed add-contact value (name | role | email | profile_url)."""
        if name in _CONTACT_FIELDS:
            self.contact_draft = {**self.contact_draft, name: str(value)[: _CONTACT_FIELDS[name]]}

    @rx.event
    async def submit_contact(self):
        """Add a contact from the draft; the form is cleared only when it was saved. A duplicate
        submit makes no second contact: the same values sent again within seconds (another tab, a
        retried event) are skipped by ``add_contact_once``, and the queued second event of a
        double click finds the form cleared and does nothing."""
        vals = {k: self.contact_draft.get(k, "") for k in _CONTACT_FIELDS}
        if replay_of_cleared(self._submitted, "contact", vals):
            return None  # the second of a double submit, after the first saved and cleared the form
        out = await self._change(lambda u, a, _v: add_contact_once(u, a, vals), "Contact added.", slot="contact_error",
                                 in_transaction=False)
        if self.notice:  # saved (or the same contact just was: it is in the list)
            self.contact_draft = {}
            mark_created(self._submitted, "contact")
        return out

    @rx.event
    async def submit_delete_contact(self, contact_id: int):
        """Delete a contact."""
        return await self._change(lambda s, u, a, _v: contacts_svc.delete_contact(session=s, user_id=u, contact_id=int(contact_id)),
                            "Contact removed.", slot="contact_error")
