"""How job matching reads a resume, for the Resume page (issue 11 trial finding 9, session 22).

The trial's resume page showed email, phone, years, titles and skills, but not what the
matcher decides from them — the person's **level**, **field** (profession family) and the
**titles** it matches on — nor **where** it looks (the places of the preferences; the resume's
own location is not used). A wrong reading (a hygienist read at "senior", no place set) was
invisible until the job list looked wrong. :func:`match_reading` gives that reading with its
source, the same one scoring uses (``matching.profile.read_person``, ``make_profile``'s
inputs), so the page can show it and point to Preferences, where each part is set.

Pure: no database, no embeddings; the caller passes the resume text and the preferences.
"""

from __future__ import annotations

import dataclasses
from typing import Any

__all__ = ["LEVEL_WORDS", "MatchReading", "match_reading", "prefilled"]

#: ``normalize.occupations.LEVELS`` in the words the page shows.
LEVEL_WORDS = {"entry": "Entry level", "mid": "Mid level", "senior": "Senior", "lead": "Lead / staff",
               "executive": "Executive"}


@dataclasses.dataclass
class MatchReading:
    """Strings and lists for the UI. ``level_source`` / ``places_source`` say where each part
    comes from ("your preferences", "this resume"); empty lists and "" mean "not read"."""

    level: str = ""
    level_source: str = ""
    field: str = ""
    occupations: list[str] = dataclasses.field(default_factory=list)
    #: one line per occupation, what it was read from in the person's words: "Dental Hygienists —
    #: from your most recent job title on this resume, “Registered Dental Hygienist”" (:func:`source_words`)
    occupation_reasons: list[str] = dataclasses.field(default_factory=list)
    target_titles: list[str] = dataclasses.field(default_factory=list)
    resume_titles: list[str] = dataclasses.field(default_factory=list)
    places: list[str] = dataclasses.field(default_factory=list)
    work_modes: list[str] = dataclasses.field(default_factory=list)
    resume_location: str = ""
    #: one sentence on what the location check does with the above
    location_note: str = ""


def _get(prefs: Any, name: str) -> Any:
    if prefs is None:
        return None
    return prefs.get(name) if isinstance(prefs, dict) else getattr(prefs, name, None)


#: Where the level came from when the preferences' seniority is the one the first upload filled
#: in (``preferences.prefill_from_resume``) and the person has not saved Preferences since: the
#: resume, not a choice of theirs (trial 41: "Level read from your preferences" before any were set).
PREFILLED_SOURCE = "this resume (filled into your preferences at your first upload)"

#: Preferences saved at most this long after the first resume was created were written by the
#: upload's pre-fill (the same transaction: milliseconds), not by the person.
PREFILL_WINDOW_SECONDS = 60


def prefilled(prefs: Any, first_upload: Any) -> bool:
    """Whether ``prefs`` (a ``models.Preference`` or dict with ``updated_at``) were last written by
    the pre-fill of the first upload, created at ``first_upload`` (a datetime; None → False):
    ``updated_at`` at most :data:`PREFILL_WINDOW_SECONDS` after it (preferences saved before the
    upload are the person's: the pre-fill leaves a set seniority alone). A deleted first version
    (``first_upload`` later than the pre-fill) reads as saved by the person — the old words."""
    updated = _get(prefs, "updated_at")
    if updated is None or first_upload is None:
        return False
    try:
        return 0 <= (updated - first_upload).total_seconds() <= PREFILL_WINDOW_SECONDS  # saved before: theirs
    except TypeError:  # naive vs aware datetimes from another store: no claim
        return False


#: ``person_occupation.Reading.source`` → where it was read, in the job seeker's words
#: ("{title}": the title or credential as written, quoted).
SOURCE_WORDS = {
    "target": "from your target title {title} in Preferences",
    "stated": "from the job your resume says you are looking for, {title}",
    "current": "from your most recent job title on this resume, {title}",
    "earlier": "from an earlier job title on this resume, {title}",
    "credential": "from a licence or certificate on this resume, read as {title}",
    "summary": "from the work your resume describes",
}


def source_words(source: str, title: str) -> str:
    """What an occupation was read from (:data:`SOURCE_WORDS`; ``title`` quoted, cut to 80
    characters; "from this resume" for a source not listed)."""
    from careercopilot.bidi import quote

    shown = " ".join((title or "").split())
    shown = shown if len(shown) <= 80 else shown[:79] + "…"
    words = SOURCE_WORDS.get(source, "from this resume")
    if "{title}" in words and not shown:
        return "from this resume"
    return words.format(title=quote(shown))


def match_reading(text: str, prefs: Any = None, first_upload: Any = None) -> MatchReading:
    """The matcher's reading of resume ``text`` with ``prefs`` (a ``models.Preference``, a dict
    of its fields, or None); ``first_upload``: when the person's first resume still listed was
    created (:func:`prefilled` — the level's source then names the resume). Never raises on a
    resume the parser cannot read (empty parts)."""
    from careercopilot.normalize.occupation_families import FAMILY_LABELS
    from careercopilot.normalize.places import place_label
    from careercopilot.services.matching.profile import PREFERENCE_LEVEL, _wanted_places, read_person_sources
    from careercopilot.services.matching.signals import _resume_titles

    text = text or ""
    targets = [str(t) for t in _get(prefs, "titles") or [] if str(t).strip()]
    seniority = _get(prefs, "seniority")
    seniority = seniority.lower() if isinstance(seniority, str) and seniority.strip() else None
    recent = _resume_titles(text)
    try:
        readings, family, level = read_person_sources(targets, recent, text, seniority)
    except Exception:  # noqa: BLE001 — the page shows what it can; scoring logs its own failures
        readings, family, level = [], None, None
    try:
        from careercopilot.normalize.resume_fields import parse_resume_fields

        location = parse_resume_fields(text).location or ""
    except Exception:  # noqa: BLE001
        location = ""
    places = [place_label(p) for p in _wanted_places({"places": _get(prefs, "places"),
                                                       "locations": _get(prefs, "locations")})]
    modes = [str(m) for m in _get(prefs, "work_modes") or []]
    if places:
        note = "Jobs outside these places score lower (marked “outside your locations”)."
    elif location:
        note = (f"Your resume says {location}, but matching only uses the places in your preferences: "
                "none are set, so jobs anywhere count the same.")
    else:
        note = "No places are set in your preferences, so jobs anywhere count the same."
    titles, reasons = [], []
    for r in readings:
        if r.occupation.title and r.occupation.title not in titles:
            titles.append(r.occupation.title)
            reasons.append(f"{r.occupation.title} — {source_words(r.source, r.title)}")
    return MatchReading(
        level=LEVEL_WORDS.get(level or "", ""),
        level_source=((PREFILLED_SOURCE if prefilled(prefs, first_upload) else "your preferences")
                      if seniority in PREFERENCE_LEVEL else "this resume") if level else "",
        field=(FAMILY_LABELS.get(family or "", family or "")).capitalize(),
        occupations=titles[:3],
        occupation_reasons=reasons[:3],
        target_titles=targets,
        resume_titles=list(recent[:3]),
        places=places,
        work_modes=modes,
        resume_location=location,
        location_note=note,
    )
