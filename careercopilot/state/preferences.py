"""PreferencesState: the job-search preferences form (values loaded once, saved on submit)."""

from __future__ import annotations

import dataclasses
import json

import reflex as rx

from careercopilot import offload, routes
from careercopilot.db import session_scope
from careercopilot.services import preferences
from careercopilot.state.auth import current_user_id


@dataclasses.dataclass
class PlaceChip:
    """A wanted place as shown (label) and as saved (the place dict as JSON)."""

    label: str = ""
    data: str = ""


def _chip(place: dict) -> PlaceChip:
    from careercopilot.normalize.places import place_label

    clean = {k: v for k, v in place.items() if k != "label"}
    return PlaceChip(label=place_label(clean), data=json.dumps(clean, sort_keys=True))


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
    with session_scope() as s:
        return _form(preferences.read_preferences(session=s, user_id=uid))


def _save(uid: int, fields: dict) -> PrefsForm:
    """Save in one transaction; PreferenceError for invalid values."""
    with session_scope() as s:
        return _form(preferences.save_preferences(session=s, user_id=uid, **fields))


class PreferencesState(rx.State):
    """The form's defaults and its messages."""

    prefs: PrefsForm = PrefsForm()
    error: str = ""
    notice: str = ""
    #: The places being edited (saved with the form) and the picker's query and suggestions.
    places: list[PlaceChip] = []
    place_query: str = ""
    suggestions: list[PlaceChip] = []

    @rx.event
    async def search_places(self, query: str):
        """Suggest places whose name starts with the typed text (GeoNames; off the event loop)."""
        self.place_query = (query or "")[:100]
        if len(self.place_query.strip()) < 2:
            self.suggestions = []
            return
        found = await offload.cpu(preferences.place_suggestions, self.place_query)
        if self.place_query == query[:100]:  # a newer keystroke has not replaced the query
            self.suggestions = [_chip(p) for p in found]

    @rx.event
    def add_place(self, data: str):
        """Add a suggested place (ignored when already chosen or at the limit)."""
        if data and all(c.data != data for c in self.places) and len(self.places) < preferences.MAX_LIST_ITEMS:
            self.places = [*self.places, next((c for c in self.suggestions if c.data == data), PlaceChip("", data))]
        self.place_query, self.suggestions = "", []

    @rx.event
    def remove_place(self, data: str):
        """Drop a chosen place."""
        self.places = [c for c in self.places if c.data != data]

    @rx.var
    def suggestions_text(self) -> str:
        """What the status region announces about the suggestion list."""
        if not self.suggestions:
            return ""
        n = len(self.suggestions)
        return f"{n} place{'s' if n != 1 else ''} found: Enter picks the first, arrow down to choose another."

    @rx.event
    async def load_preferences(self):
        """Load the signed-in user's preferences (defaults when never saved; nothing is written)."""
        self.error = self.notice = ""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.prefs = await offload.db(_load, uid)
        self.places, self.place_query, self.suggestions = list(self.prefs.places), "", []
        return None

    @rx.event
    async def submit_preferences(self, form: dict):
        """Validate and save the form; rankings refresh in the background."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.notice = ""
        seniority = str(form.get("seniority", "") or "")
        fields = dict(
            titles=str(form.get("titles", ""))[:5000],
            places=[json.loads(c.data) for c in self.places if c.data],
            work_modes=[m for m in preferences.WORK_MODES if _checked(form.get(f"mode_{m}"))],
            salary_floor=str(form.get("salary_floor", ""))[:30],
            salary_currency=str(form.get("salary_currency", "USD"))[:10],
            salary_period=str(form.get("salary_period", "year"))[:10],
            needs_visa_sponsorship=_checked(form.get("needs_visa_sponsorship")),
            seniority=None if seniority in ("", "any") else seniority[:20],
        )
        try:
            self.prefs = await offload.db(_save, uid, fields)
            self.places = list(self.prefs.places)
            self.notice = "Preferences saved. Rankings are being refreshed."
        except preferences.PreferenceError as exc:
            self.error = str(exc)
