"""PreferencesState: the job-search preferences form (values loaded once, saved on submit)."""

from __future__ import annotations

import dataclasses
import json
import time

import reflex as rx

from careercopilot import offload, routes
from careercopilot.bidi import quote
from careercopilot.services import preferences
from careercopilot.state.auth import current_user_id
from careercopilot.state.preferences_form import (
    BOX_ECHO_S, PlaceChip, PrefsForm, folded, load_form, not_saved_message, phrase_summary, place_chip, read_box,
    save_form, submitted_fields, suggestions_summary, typed_place_text,
)
from careercopilot.state.save_failures import SAVE_ERRORS, save_failed_message

__all__ = ["PlaceChip", "PreferencesState", "PrefsForm", "load_form", "place_chip", "save_form", "typed_place_text"]


def _reset_picker(state, query: str = "", unresolved: list[str] | None = None) -> None:
    """Set a :class:`PreferencesState`'s place box to ``query`` and clear its suggestions and phrase
    reading (the parts not understood are kept when given: they stay in the box with their message)."""
    state.place_query, state.suggestions, state.phrase_places, state.phrase_modes = query, [], [], []
    state.phrase_unresolved, state.phrase_note = list(unresolved or []), ""


class PreferencesState(rx.State):
    """The form's defaults and its messages."""

    prefs: PrefsForm = PrefsForm()
    error: str = ""
    #: Form field (titles | locations | work_modes | salary_floor | seniority) → its message.
    field_errors: dict[str, str] = {}
    notice: str = ""
    #: True while a submit is being saved: the button shows it (lock70: a save that waited 30 s
    #: behind a background job showed nothing at all).
    saving: bool = False
    #: The places being edited (saved with the form) and the picker's query and suggestions.
    places: list[PlaceChip] = []
    place_query: str = ""
    suggestions: list[PlaceChip] = []
    #: A typed phrase of several parts ("Denver, CO or remote", "hybrid in Austin"): every place
    #: read, the work modes it names and the parts not understood (shown, never dropped).
    phrase_places: list[PlaceChip] = []
    phrase_modes: list[str] = []
    phrase_unresolved: list[str] = []
    #: What the typed text says that is no place ("near me", "anywhere", "Remote or Columbus"):
    #: ``preferences.read_location_text``'s ``note``.
    phrase_note: str = ""
    #: Where the person lives (:attr:`PrefsForm.home`): what "near me" reads as.
    home: str = ""
    #: Bumped when Save added the box's text as a place: the box's ``key``, so it is emptied even
    #: when :attr:`place_query` had not yet caught up with what was typed.
    box_generation: int = 0
    #: The box's text Save just added (folded) and when (epoch s): the search its blur sent after
    #: the submit is that text's echo and does not refill the box (:data:`BOX_ECHO_S`).
    _box_added: str = ""
    _box_added_at: float = 0.0

    @rx.event(background=True)
    async def search_places(self, query: str):
        """Suggest places whose name starts with the typed text (GeoNames). A background event: the
        search (seconds on a cold process) runs on the CPU pool without the state lock, so typing and
        other events never wait on it; suggestions for a query typed past are dropped."""
        typed = (query or "")[:100]
        async with self:
            if self._box_added and folded(typed) == self._box_added and time.time() - self._box_added_at < BOX_ECHO_S:
                self._box_added = ""  # the blur's search of the text Save just added: the box stays empty
                return
            self.place_query = typed
            if len(typed.strip()) < 2:
                _reset_picker(self, typed)
                return
            home = json.loads(self.home) if self.home else None
        read = await offload.cpu(preferences.read_location_text, typed, home=home)
        async with self:
            if self.place_query == typed:  # a newer keystroke has not replaced the query
                self.suggestions = [place_chip(p) for p in read["suggestions"]]
                self.phrase_places = [place_chip(p) for p in read["places"]]
                self.phrase_modes, self.phrase_unresolved = read["work_modes"], read["unresolved"]
                self.phrase_note = read.get("note", "")

    @rx.event
    def add_place(self, data: str):
        """Add a suggested place (ignored when already chosen or at the limit). ``data`` comes from the
        browser: the chip is rebuilt from the gazetteer (``place_trust.trusted_place_json``), never kept
        as sent; a place it cannot rebuild is not added and its message shows in :attr:`error`."""
        from careercopilot.normalize.place_trust import UntrustedPlace, trusted_place_json

        self.error = ""
        if data and len(self.places) < preferences.MAX_LIST_ITEMS:
            try:
                chip = place_chip(trusted_place_json(data).model_dump())
            except UntrustedPlace as exc:
                self.error = str(exc)
            else:
                if all(c.data != chip.data for c in self.places):
                    self.places = [*self.places, chip]
        _reset_picker(self)

    @rx.event
    def add_phrase(self):
        """"Add all" of a typed phrase: each place it names and its work modes (the work-mode
        boxes are checked: their key follows :attr:`PrefsForm.work_modes`). A part not
        understood stays in the box, with its message, to be retyped."""
        for chip in self.phrase_places:
            if all(c.data != chip.data for c in self.places) and len(self.places) < preferences.MAX_LIST_ITEMS:
                self.places = [*self.places, chip]
        if self.phrase_modes:
            modes = set(self.prefs.work_modes) | set(self.phrase_modes)
            self.prefs = dataclasses.replace(self.prefs, work_modes=[m for m in preferences.WORK_MODES if m in modes])
        _reset_picker(self, ", ".join(self.phrase_unresolved), unresolved=self.phrase_unresolved)

    @rx.event
    def remove_place(self, data: str):
        """Drop a chosen place."""
        self.places = [c for c in self.places if c.data != data]

    @rx.var
    def phrase_text(self) -> str:
        """What a typed phrase was read as (:func:`phrase_summary`)."""
        return phrase_summary(self.phrase_places, self.phrase_modes, self.phrase_unresolved, self.phrase_note)

    @rx.var
    def suggestions_text(self) -> str:
        """What the status region announces about the suggestion list (:func:`suggestions_summary`)."""
        return suggestions_summary(len(self.suggestions), bool(self.phrase_places or self.phrase_modes))

    @rx.event
    async def load_preferences(self):
        """Load the signed-in user's preferences (defaults when never saved; nothing is written)."""
        self.error = self.notice = ""
        self.field_errors = {}
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.prefs = await offload.db(load_form, uid)
        self.places, self.place_query, self.suggestions = list(self.prefs.places), "", []
        self.home = self.prefs.home
        return None

    @rx.event
    async def submit_preferences(self, form: dict):
        """Save every valid field and report each invalid one beside it (its typed text stays in
        the form; the stored value is kept); rankings refresh in the background.

        Shows :attr:`saving` while the save runs (yields it first). A save that fails on the
        database (``state.save_failures``: "database is locked" behind a job) keeps everything
        typed — nothing in the state changes — and says so in :attr:`error`, with how to retry."""
        uid = await current_user_id(self)
        if uid is None:
            yield rx.redirect(routes.LOGIN)
            return
        self.error = self.notice = ""
        self.field_errors = {}
        places = [json.loads(c.data) for c in self.places if c.data]
        box = await offload.cpu(read_box, form, places)
        if box.message:
            # trial105 finding 6: "Remote" typed in the box and never picked was dropped without a word
            self.field_errors = {"locations": box.message}
            self.error = "Nothing was saved yet: " + box.message
            return
        added = ""
        if box.place is not None and box.place not in places:
            places.append(box.place)
            added = place_chip(box.place).label
        fields, typed = submitted_fields(form, places)
        self.saving = True
        yield
        try:
            self.prefs, errors = await offload.db(save_form, uid, fields, typed)
        except SAVE_ERRORS as exc:
            self.error = save_failed_message("your preferences", exc, button="Save preferences")
            return
        finally:
            self.saving = False
        if errors:
            self.places = [*self.places] if "locations" in errors else list(self.prefs.places)
            self.field_errors = errors
            self.error = not_saved_message(errors)
        else:
            self.places = list(self.prefs.places)
            self.notice = "Preferences saved. Rankings are being refreshed."
        if box.place is not None and "locations" not in errors:  # the box's place is saved: the box empties
            self._box_added, self._box_added_at = folded(typed_place_text(form)), time.time()
            self.box_generation += 1
            _reset_picker(self)
            if added:
                self.notice = (self.notice + " " if self.notice else "") + f"{quote(added)} was added to your locations."
