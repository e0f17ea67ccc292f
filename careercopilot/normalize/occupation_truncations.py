"""A title that ends in an O*NET alternate title which is a *truncation* of a specialised occupation's name
is not that occupation when the title names another specialisation (session 25 — "session 28"; trial101:
"IT Operations Specialist" read as Airfield Operations Specialists, so a dispatcher's top match was an IT
job "of the same occupation (Dispatchers)").

Why: O*NET lists short alternate titles under specialised occupations — "Operations Specialist" under
Airfield Operations Specialists (53-2022.00), "Research Coordinator" under Clinical Research Coordinators,
"Production Manager" under Industrial Production Managers, "Development Manager" under Wind Energy
Development Managers. The reader's suffix rule (``occupations._lookup``: the longest known tail of two or more
words) then files "IT Operations Specialist", "HR Operations Specialist", "UX Research Coordinator" or
"Business Development Manager" under the airfield, clinical, industrial or wind-energy occupation.

Rule (:func:`names_another_specialty`): the suffix match is refused when the occupation's name is
``Q + tail`` (``Q`` = the specialisation: one or more words, not a list joined by "and" — "Cement Masons and
Concrete Finishers" is two occupations, each a whole one) and the words the title puts before the tail share
no word with ``Q``. Refused, the reader goes on to its later rules (the other segments, then the vote over
every title word) — "IT Operations Specialist" then votes Computer User Support Specialists. Kept: the
bare tail ("Operations Specialist"), a title naming the specialisation ("Airfield Operations Specialist",
"Senior Clinical Research Coordinator": only level words before it are ignored by the caller).
"""

from __future__ import annotations

__all__ = ["names_another_specialty"]


def names_another_specialty(key: str, tail: str, occupation_name: str) -> bool:
    """Whether the suffix match of ``tail`` (the end of the normalized title ``key``) to an occupation named
    ``occupation_name`` (normalized, singular head: "airfield operations specialist") must be refused
    (module rule). All three are lower-case, space-separated words."""
    if not occupation_name.endswith(" " + tail) or occupation_name == tail:
        return False  # the tail is the occupation's whole name, or an alternate title of another shape
    specialty = occupation_name[: -len(tail) - 1].split()
    if "and" in specialty or not specialty:
        return False  # "construction and building inspector": a list of occupations, the tail is one of them
    before = key[: -len(tail)].split() if key.endswith(tail) else []
    return bool(before) and not set(before) & set(specialty)
