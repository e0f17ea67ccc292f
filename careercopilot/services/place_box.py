"""Text left in the Preferences place box at Save (trial105 finding 6, ux122 finding 1).

A newcomer typed "Remote" (or a city) in Locations, never picked it from the suggestions, and
pressed Save: the text was dropped without a word. The save now reads what the box held when the
form was submitted — the form's own value of the box, never the state's ``place_query``, which
can be stale (an earlier attempt read "Berl" there after the keyboard picker had cleared the
box) — and :func:`read_typed_place` decides:

* blank → nothing to do;
* the text names exactly one place (``normalize.places.resolve_place``) and no other suggestion
  shares its name ("Remote", "Providence", "Providence, RI", "Berlin") → that place is added;
* anything else → the save waits and says why: several places share the name ("Springfield",
  "Columbus": the suggestions list each), a phrase of several parts ("Denver, CO or remote": "Add
  all" adds it), or no place known ("Berl", "Mars Colony").

Pure apart from the GeoNames look-ups (seconds on a cold process: run it on the CPU pool).
"""

from __future__ import annotations

from dataclasses import dataclass

from careercopilot.bidi import quote

__all__ = ["TypedPlace", "read_typed_place", "shown_typed"]

#: Characters of the typed text quoted in a message (longer text ends with "…").
SHOWN_CHARS = 60
#: Same-name places listed in the "several places" message.
LISTED_PLACES = 3


@dataclass(frozen=True)
class TypedPlace:
    """What to do with the box's text: ``place`` (a place dict, as ``Place.model_dump()``) to add,
    or ``message`` (one sentence: why the save waits and what to do); both empty for a blank box."""

    place: dict | None = None
    message: str = ""


def shown_typed(text: str) -> str:
    """``text`` with its whitespace collapsed, cut to :data:`SHOWN_CHARS` ("…" when cut)."""
    typed = " ".join((text or "").split())
    return typed if len(typed) <= SHOWN_CHARS else typed[:SHOWN_CHARS - 1] + "…"


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def read_typed_place(text: str | None) -> TypedPlace:
    """The box's ``text`` at submit → :class:`TypedPlace` (module doc for the rule)."""
    from careercopilot.normalize.places import resolve_place, search_places
    from careercopilot.services.preferences import MAX_ITEM_CHARS

    typed = " ".join((text or "").split())[:MAX_ITEM_CHARS]
    if not typed:
        return TypedPlace()
    shown = quote(shown_typed(typed))
    then = " — pick one from the suggestions (Enter adds the first), or clear the box, then save again."
    place = resolve_place(typed)
    if place is None:
        from careercopilot.normalize.place_phrases import read_places

        reading = read_places(typed)
        if len(reading.places) + len(reading.unresolved) > 1 or reading.work_modes and reading.places:
            return TypedPlace(message=f"{shown} in Locations is typed but not added — “Add all” adds every place "
                                      "it names, or clear the box, then save again.")
        return TypedPlace(message=f"{shown} in Locations is typed but not added, and it is not a place we know"
                                  + then)
    if place.kind != "remote":
        same = [p for p in search_places(typed, limit=10) if p != place and _fold(p.name) == _fold(place.name)]
        if same and "," not in typed:
            names = "; ".join(p.label for p in [place, *same][:LISTED_PLACES])
            more = ", …" if len(same) + 1 > LISTED_PLACES else ""
            return TypedPlace(message=f"{shown} in Locations names several places ({names}{more}) and was not added"
                                      + then)
    return TypedPlace(place=place.model_dump())
