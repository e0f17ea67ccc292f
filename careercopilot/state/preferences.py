"""PreferencesState: the job-search preferences form (values loaded once, saved on submit)."""

from __future__ import annotations

import dataclasses
import json
import time

import reflex as rx

from careercopilot import offload, routes
from careercopilot.bidi import quote
from careercopilot.db import session_scope
from careercopilot.services import preferences
from careercopilot.services.place_box import TypedPlace, read_typed_place, shown_typed
from careercopilot.state.auth import current_user_id
from careercopilot.state.save_failures import SAVE_ERRORS, save_failed_message


@dataclasses.dataclass
class PlaceChip:
    """A wanted place as shown (label) and as saved (the place dict as JSON); ``about``: what a
    region or a radius covers (``normalize.place_groups.describe``: "Southeast, US: AL, FL, …
    (BLS Southeast region)."), '' for a plain place — the chip's tooltip."""

    label: str = ""
    data: str = ""
    about: str = ""


def _chip(place: dict) -> PlaceChip:
    from careercopilot.normalize.place_groups import describe
    from careercopilot.normalize.places import place_label

    clean = {k: v for k, v in place.items() if k != "label"}
    return PlaceChip(label=place_label(clean), data=json.dumps(clean, sort_keys=True), about=describe(clean))


@dataclasses.dataclass
class PrefsForm:
    """Form defaults: lists joined with ", ", the salary floor as text."""

    titles: str = ""
    locations: str = ""
    work_modes: list[str] = dataclasses.field(default_factory=list)
    salary_floor: str = ""
    salary_currency: str = "USD"
    salary_period: str = "year"
    needs_visa_sponsorship: bool = False
    seniority: str = "any"
    stamp: str = ""
    places: list[PlaceChip] = dataclasses.field(default_factory=list)
    #: Free-text locations from before places existed that matched no place.
    unresolved: list[str] = dataclasses.field(default_factory=list)
    #: Where the person lives (the active resume's address, ``preferences.home_place``) as a
    #: place dict in JSON ('' when unknown): what "near me" / "local" in the picker reads as.
    home: str = ""


def _form(row) -> PrefsForm:
    floor = row.salary_floor
    return PrefsForm(
        titles=", ".join(row.titles or []), locations=", ".join(row.locations or []),
        work_modes=list(row.work_modes or []), salary_floor="" if floor is None else f"{floor:g}",
        salary_currency=row.salary_currency, salary_period=row.salary_period,
        needs_visa_sponsorship=row.needs_visa_sponsorship, seniority=row.seniority or "any",
        stamp=str(row.updated_at.timestamp()),
        places=[_chip(p) for p in row.places or [] if isinstance(p, dict)],
        unresolved=[str(u) for u in row.unresolved_locations or []],
    )


def _checked(value) -> bool:
    return value not in (None, False, "", "off", "false")


def _load(uid: int) -> PrefsForm:
    from careercopilot.services.resumes import get_active_resume

    with session_scope() as s:
        form = _form(preferences.read_preferences(session=s, user_id=uid))
        resume = get_active_resume(session=s, user_id=uid)
        home = preferences.home_place(resume.fields if resume is not None else None)
    form.home = json.dumps(home, sort_keys=True) if home else ""
    return form


#: Form field → how the summary names it.
_FIELD_NAMES = {"titles": "target titles", "locations": "locations", "work_modes": "work modes",
                "salary_floor": "salary floor", "seniority": "seniority"}


def _save(uid: int, fields: dict, typed: dict[str, dict[str, str]]) -> tuple[PrefsForm, dict[str, str]]:
    """Save the valid fields in one transaction → ``(form, {field: message})``. An invalid
    field keeps its stored value and the form shows what was typed in it (``typed``: field →
    the form values it covers, ``{"salary_floor": {"salary_floor": "lots", "salary_currency":
    "EUR", …}}``), with its message beside it — nothing typed is lost."""
    with session_scope() as s:
        row, errors = preferences.save_preferences_form(session=s, user_id=uid, **fields)
        form = _form(row)
    for field in errors:
        for name, value in typed.get(field, {}).items():
            setattr(form, name, value)
    return form, errors


#: Seconds after Save added the box's text during which a search of that same text is its echo.
BOX_ECHO_S = 5.0


def _folded(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def typed_place_text(form: dict) -> str:
    """The place box's text as the form submitted it: Reflex adds each form control's DOM value under
    its id with "-" → "_" (``prefs-locations`` → ``prefs_locations``; the box has no form owner, so
    its ``name`` is not sent) — what the box shows at submit, '' when absent."""
    return str(form.get("prefs_locations") or form.get("place_query") or "")[:1000]


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
        """Suggest places whose name starts with the typed text (GeoNames).

        A background event: the search (seconds on a cold process, ``normalize.place_search``)
        runs on the CPU pool without the state lock, which is taken only to read the query and
        to write the suggestions — so typing, other events and Reflex's lock expiry (10 s) never
        wait on it. Suggestions for a query the user has typed past are dropped."""
        typed = (query or "")[:100]
        async with self:
            if self._box_added and _folded(typed) == self._box_added and time.time() - self._box_added_at < BOX_ECHO_S:
                self._box_added = ""  # the blur's search of the text Save just added: the box stays empty
                return
            self.place_query = typed
            if len(typed.strip()) < 2:
                self.suggestions, self.phrase_places, self.phrase_modes, self.phrase_unresolved = [], [], [], []
                self.phrase_note = ""
                return
            home = json.loads(self.home) if self.home else None
        read = await offload.cpu(preferences.read_location_text, typed, home=home)
        async with self:
            if self.place_query == typed:  # a newer keystroke has not replaced the query
                self.suggestions = [_chip(p) for p in read["suggestions"]]
                self.phrase_places = [_chip(p) for p in read["places"]]
                self.phrase_modes, self.phrase_unresolved = read["work_modes"], read["unresolved"]
                self.phrase_note = read.get("note", "")

    @rx.event
    def add_place(self, data: str):
        """Add a suggested place (ignored when already chosen or at the limit).

        ``data`` comes from the browser: the chip is rebuilt from the server's gazetteer
        (``normalize.place_trust.trusted_place_json``), never kept as sent; a place it cannot
        rebuild is not added and its message shows in :attr:`error`."""
        from careercopilot.normalize.place_trust import UntrustedPlace, trusted_place_json

        self.error = ""
        if data and len(self.places) < preferences.MAX_LIST_ITEMS:
            try:
                chip = _chip(trusted_place_json(data).model_dump())
            except UntrustedPlace as exc:
                self.error = str(exc)
            else:
                if all(c.data != chip.data for c in self.places):
                    self.places = [*self.places, chip]
        self.place_query, self.suggestions = "", []
        self.phrase_places, self.phrase_modes, self.phrase_unresolved, self.phrase_note = [], [], [], ""

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
        left = ", ".join(self.phrase_unresolved)
        self.place_query, self.suggestions = left, []
        self.phrase_places, self.phrase_modes, self.phrase_note = [], [], ""

    @rx.event
    def remove_place(self, data: str):
        """Drop a chosen place."""
        self.places = [c for c in self.places if c.data != data]

    @rx.var
    def phrase_text(self) -> str:
        """What a typed phrase was read as: "Read as: Denver, CO, US · Remote; work mode: remote.
        Not understood: “Mars Colony”." and its note ("Remote jobs anywhere, or on-site and hybrid
        jobs in Columbus, OH, US."; "To search near you, type your city …") — '' for a plain name."""
        if not (self.phrase_places or self.phrase_modes or self.phrase_unresolved or self.phrase_note):
            return ""
        parts = []
        if self.phrase_places:
            parts.append("Read as: " + " · ".join(c.label for c in self.phrase_places))
        if self.phrase_modes:
            parts.append("work mode: " + ", ".join(self.phrase_modes))
        text = "; ".join(parts) + "." if parts else ""
        if self.phrase_unresolved:
            text += (" " if text else "") + "Not understood: " + ", ".join(
                quote(u[:60]) for u in self.phrase_unresolved) + " — type it as a city, state, country or “Remote”."
        if self.phrase_note:
            text += (" " if text else "") + self.phrase_note
        return text

    @rx.var
    def suggestions_text(self) -> str:
        """What the status region announces about the suggestion list."""
        if not self.suggestions:
            return ""
        n = len(self.suggestions)
        if self.phrase_places or self.phrase_modes:
            return (f"{n} place{'s' if n != 1 else ''} found: Enter adds everything read from what you typed, "
                    "arrow down to choose one.")
        return f"{n} place{'s' if n != 1 else ''} found: Enter picks the first, arrow down to choose another."

    @rx.event
    async def load_preferences(self):
        """Load the signed-in user's preferences (defaults when never saved; nothing is written)."""
        self.error = self.notice = ""
        self.field_errors = {}
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.prefs = await offload.db(_load, uid)
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
        # the place box's text as submitted (never ``place_query``: it can lag the box — module place_box)
        box = await offload.cpu(read_typed_place, typed_place_text(form))
        places = [json.loads(c.data) for c in self.places if c.data]
        if box.place is not None and box.place not in places and len(places) >= preferences.MAX_LIST_ITEMS:
            box = TypedPlace(message=f"{quote(shown_typed(typed_place_text(form)))} in Locations was not added: "
                                     f"{preferences.MAX_LIST_ITEMS} places is the most — remove one or clear the box, "
                                     "then save again.")
        if box.message:
            # trial105 finding 6: "Remote" typed in the box and never picked was dropped without a word
            self.field_errors = {"locations": box.message}
            self.error = "Nothing was saved yet: " + box.message
            return
        added = ""
        if box.place is not None and box.place not in places:
            places.append(box.place)
            added = _chip(box.place).label
        seniority = str(form.get("seniority", "") or "")
        fields = dict(
            titles=str(form.get("titles", ""))[:5000],
            places=places,
            work_modes=[m for m in preferences.WORK_MODES if _checked(form.get(f"mode_{m}"))],
            salary_floor=str(form.get("salary_floor", ""))[:30],
            salary_currency=str(form.get("salary_currency", "USD"))[:10],
            salary_period=str(form.get("salary_period", "year"))[:10],
            needs_visa_sponsorship=_checked(form.get("needs_visa_sponsorship")),
            seniority=None if seniority in ("", "any") else seniority[:20],
        )
        typed = {"titles": {"titles": fields["titles"]},
                 "salary_floor": {k: fields[k] for k in ("salary_floor", "salary_currency", "salary_period")}}
        self.saving = True
        yield
        try:
            self.prefs, errors = await offload.db(_save, uid, fields, typed)
        except SAVE_ERRORS as exc:
            self.error = save_failed_message("your preferences", exc, button="Save preferences")
            return
        finally:
            self.saving = False
        if errors:
            self.places = [*self.places] if "locations" in errors else list(self.prefs.places)
            self.field_errors = errors
            saved = "The other preferences were saved" if len(errors) < len(_FIELD_NAMES) else "Nothing was saved"
            self.error = (f"{saved}; not saved: " + "; ".join(
                f"{_FIELD_NAMES[f]} — {m}" for f, m in errors.items()))
        else:
            self.places = list(self.prefs.places)
            self.notice = "Preferences saved. Rankings are being refreshed."
        if box.place is not None and "locations" not in errors:  # the box's place is saved: the box empties
            self._box_added, self._box_added_at = _folded(typed_place_text(form)), time.time()
            self.box_generation += 1
            self.place_query, self.suggestions = "", []
            self.phrase_places, self.phrase_modes, self.phrase_unresolved, self.phrase_note = [], [], [], ""
            if added:
                self.notice = (self.notice + " " if self.notice else "") + f"{quote(added)} was added to your locations."
