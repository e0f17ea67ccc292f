"""Titles that name two roles ("Administrative Assistant/Bookkeeper", "Receptionist/Medical Assistant").

Trial 41 (session 23): a Columbus "Administrative Assistant Bookkeeper" posting (semantic 91 %,
its skills matched Bookkeeping) was read as administrative only and shown to a full-charge
bookkeeper as "another field: unlikely" at 14–18. A small employer's posting often joins two
jobs in one title; the holder does both, so a person of either role is at least next to it
(``services.matching.scoring.occupation_relation`` raises "other" to "adjacent" through
:func:`role_occupations`).

A title names two roles (:func:`title_roles`) when, before any qualifier (" - Night Shift",
", Bureau of …", "(Remote)"):

* it is split by "/" and every part reads as an O*NET occupation by its own title (method
  "exact"/"suffix", ``occupations.infer_occupation``) ending in a person's head noun (at least
  ``role_nouns.PERSON_HEAD_MIN`` O*NET titles end with it) — and a one-word part is no generic
  head (:data:`GENERIC_HEADS`: "Social Media Manager/Specialist", "Data Engineer/Analyst" name
  one role with two heads, and "Analyst" alone reads as no field);
* or, without "/", it ends with a one-word role that is no generic head ("Bookkeeper",
  "Receptionist", "Stocker") after a role of another family ("Administrative Assistant",
  "Dental Assistant", "Cashier"). "Physical Therapist Tech", "Paralegal Aide", "Police Officer",
  "Advocate Director" end with a generic or rung head, and "School Counselor" is one O*NET
  title as a whole: one role. (Known overreach: "Blender Animator" reads as two roles — a
  blender operator and an animator — which only lifts it to "adjacent" for a food worker.)

Shapes: a title string in; role strings (:func:`title_roles`, [] for one role) or a tuple of
``occupations.Occupation`` readings (:func:`role_occupations`, () for one role) out.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: One-word heads that say no field of their own (a rung, a kind of work anyone does): never a
#: second role by themselves.
GENERIC_HEADS = frozenset({
    "aide", "analyst", "apprentice", "assistant", "associate", "chief", "consultant", "coordinator", "deputy",
    "director", "engineer", "executive", "helper", "intern", "lead", "leader", "manager", "officer", "operator",
    "partner", "president", "principal", "representative", "specialist", "supervisor", "tech", "technician",
    "trainee", "worker", "administrator", "agent", "advisor", "adviser", "head", "member", "staff", "owner",
})

_QUALIFIER = re.compile(r"\s[-–—|]\s.*$|,.*$")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[a-z][a-z'’-]*")


@lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    from careercopilot.normalize.role_nouns import _titles

    return _titles()[1]


def _head(part: str) -> str:
    words = _WORD.findall(part.lower())
    if not words:
        return ""
    w = words[-1]
    heads = _person_heads()
    return next((x for x in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w) if x in heads), "")


def _reading(part: str, one_word_generic_ok: bool = False):
    from careercopilot.normalize.occupations import infer_occupation

    head = _head(part)
    if not head:
        return None
    if len(_WORD.findall(part.lower())) == 1 and head in GENERIC_HEADS and not one_word_generic_ok:
        return None
    occ = infer_occupation(part)
    return occ if occ.code and occ.family and occ.method in ("exact", "suffix") else None


def _one_title(title: str) -> bool:
    """Whether the whole title is one O*NET title ("School Counselor", "Physical Therapist Assistant")."""
    from careercopilot.normalize.occupations import infer_occupation, normalize_title

    occ = infer_occupation(title)
    return occ.method == "exact" and occ.matched == normalize_title(title)


def title_roles(title: str) -> list[str]:
    """The roles a job title names (module rules), or [] when it names one."""
    t = _QUALIFIER.sub("", _PAREN.sub(" ", title or "")).strip()
    if "/" in t:
        parts = [p.strip() for p in t.split("/") if p.strip()]
        return parts if len(parts) >= 2 and all(_reading(p) for p in parts) else []
    words = t.split()
    if len(words) < 2 or _one_title(t):
        return []
    left, right = " ".join(words[:-1]), words[-1]
    a, b = _reading(left), _reading(right)
    if a is None or b is None or a.family == b.family:
        return []
    return [left, right]


@lru_cache(maxsize=8192)
def role_occupations(title: str) -> tuple:
    """``occupations.Occupation`` of each role a two-role title names; () for a one-role title
    (memoized by title: scoring asks once per person and posting)."""
    from careercopilot.normalize.occupations import infer_occupation

    return tuple(infer_occupation(r) for r in title_roles(title))
