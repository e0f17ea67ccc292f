"""The Preferences form's values (:class:`PrefsForm`, place chips) as loaded, submitted and saved, and
the texts the place picker shows — the pure and database parts of ``state.preferences``."""

from __future__ import annotations

import dataclasses
import json

from careercopilot.bidi import quote
from careercopilot.db import session_scope
from careercopilot.services import preferences
from careercopilot.services.place_box import TypedPlace, read_typed_place, shown_typed


@dataclasses.dataclass
class PlaceChip:
    """A wanted place as shown (label) and as saved (the place dict as JSON); ``about``: what a
    region or a radius covers (``normalize.place_groups.describe``: "Southeast, US: AL, FL, …
    (BLS Southeast region)."), '' for a plain place — the chip's tooltip."""

    label: str = ""
    data: str = ""
    about: str = ""


def place_chip(place: dict) -> PlaceChip:
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


def form_of(row) -> PrefsForm:
    floor = row.salary_floor
    return PrefsForm(
        titles=", ".join(row.titles or []), locations=", ".join(row.locations or []),
        work_modes=list(row.work_modes or []), salary_floor="" if floor is None else f"{floor:g}",
        salary_currency=row.salary_currency, salary_period=row.salary_period,
        needs_visa_sponsorship=row.needs_visa_sponsorship, seniority=row.seniority or "any",
        stamp=str(row.updated_at.timestamp()),
        places=[place_chip(p) for p in row.places or [] if isinstance(p, dict)],
        unresolved=[str(u) for u in row.unresolved_locations or []],
    )


def checked(value) -> bool:
    return value not in (None, False, "", "off", "false")


def load_form(uid: int) -> PrefsForm:
    from careercopilot.services.resumes import get_active_resume

    with session_scope() as s:
        form = form_of(preferences.read_preferences(session=s, user_id=uid))
        resume = get_active_resume(session=s, user_id=uid)
        home = preferences.home_place(resume.fields if resume is not None else None)
    form.home = json.dumps(home, sort_keys=True) if home else ""
    return form


#: Form field → how the summary names it.
FIELD_NAMES = {"titles": "target titles", "locations": "locations", "work_modes": "work modes",
                "salary_floor": "salary floor", "seniority": "seniority"}


def save_form(uid: int, fields: dict, typed: dict[str, dict[str, str]]) -> tuple[PrefsForm, dict[str, str]]:
    """Save the valid fields in one transaction → ``(form, {field: message})``. An invalid
    field keeps its stored value and the form shows what was typed in it (``typed``: field →
    the form values it covers, ``{"salary_floor": {"salary_floor": "lots", "salary_currency":
    "EUR", …}}``), with its message beside it — nothing typed is lost."""
    with session_scope() as s:
        row, errors = preferences.save_preferences_form(session=s, user_id=uid, **fields)
        form = form_of(row)
    for field in errors:
        for name, value in typed.get(field, {}).items():
            setattr(form, name, value)
    return form, errors


#: Seconds after Save added the box's text during which a search of that same text is its echo.
BOX_ECHO_S = 5.0


def folded(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def typed_place_text(form: dict) -> str:
    """The place box's text as the form submitted it: Reflex adds each form control's DOM value under
    its id with "-" → "_" (``prefs-locations`` → ``prefs_locations``; the box has no form owner, so
    its ``name`` is not sent) — what the box shows at submit, '' when absent."""
    return str(form.get("prefs_locations") or form.get("place_query") or "")[:1000]


def phrase_summary(places: list[PlaceChip], modes: list[str], unresolved: list[str], note: str) -> str:
    """What a typed phrase was read as: "Read as: Denver, CO, US · Remote; work mode: remote.
    Not understood: “Mars Colony”." and its note ("Remote jobs anywhere, or on-site and hybrid
    jobs in Columbus, OH, US."; "To search near you, type your city …") — '' for a plain name."""
    if not (places or modes or unresolved or note):
        return ""
    parts = []
    if places:
        parts.append("Read as: " + " · ".join(c.label for c in places))
    if modes:
        parts.append("work mode: " + ", ".join(modes))
    text = "; ".join(parts) + "." if parts else ""
    if unresolved:
        text += (" " if text else "") + "Not understood: " + ", ".join(
            quote(u[:60]) for u in unresolved) + " — type it as a city, state, country or “Remote”."
    if note:
        text += (" " if text else "") + note
    return text


def suggestions_summary(n: int, phrase: bool) -> str:
    """What the status region announces about ``n`` suggestions (``phrase``: the text was read as a
    phrase of several parts, Enter adds them all) — '' for none."""
    if not n:
        return ""
    if phrase:
        return (f"{n} place{'s' if n != 1 else ''} found: Enter adds everything read from what you typed, "
                "arrow down to choose one.")
    return f"{n} place{'s' if n != 1 else ''} found: Enter picks the first, arrow down to choose another."


def submitted_fields(form: dict, places: list[dict]) -> tuple[dict, dict[str, dict[str, str]]]:
    """The submitted form as ``preferences.save_preferences_form``'s keyword arguments (every value cut
    to its field's bound: titles 5,000 characters, salary 30, currency and period 10, seniority 20) and
    the typed values each checked field covers (:func:`save_form`'s ``typed``); ``places``: place dicts."""
    seniority = str(form.get("seniority", "") or "")
    fields = dict(
        titles=str(form.get("titles", ""))[:5000],
        places=places,
        work_modes=[m for m in preferences.WORK_MODES if checked(form.get(f"mode_{m}"))],
        salary_floor=str(form.get("salary_floor", ""))[:30],
        salary_currency=str(form.get("salary_currency", "USD"))[:10],
        salary_period=str(form.get("salary_period", "year"))[:10],
        needs_visa_sponsorship=checked(form.get("needs_visa_sponsorship")),
        seniority=None if seniority in ("", "any") else seniority[:20],
    )
    typed = {"titles": {"titles": fields["titles"]},
             "salary_floor": {k: fields[k] for k in ("salary_floor", "salary_currency", "salary_period")}}
    return fields, typed


def read_box(form: dict, places: list[dict]) -> TypedPlace:
    """The place box's text as the form submitted it (never the state's query: it can lag the box —
    module ``services.place_box``), read as a place; refused with its message when ``places`` (place
    dicts) is already full (``preferences.MAX_LIST_ITEMS``). CPU work (GeoNames): call it off the loop."""
    text = typed_place_text(form)
    box = read_typed_place(text)
    if box.place is not None and box.place not in places and len(places) >= preferences.MAX_LIST_ITEMS:
        return TypedPlace(message=f"{quote(shown_typed(text))} in Locations was not added: "
                                  f"{preferences.MAX_LIST_ITEMS} places is the most — remove one or clear the box, "
                                  "then save again.")
    return box


def not_saved_message(errors: dict[str, str]) -> str:
    """The form's summary of fields not saved (``{field: message}``, :data:`FIELD_NAMES`)."""
    saved = "The other preferences were saved" if len(errors) < len(FIELD_NAMES) else "Nothing was saved"
    return f"{saved}; not saved: " + "; ".join(f"{FIELD_NAMES[f]} — {m}" for f, m in errors.items())
