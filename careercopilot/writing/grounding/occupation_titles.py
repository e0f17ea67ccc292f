"""A generic title for the user's own occupation (ground77, issue 12; set 22's false flag "I have served as a licensed
deck officer …, starting as third mate" — variants in ``tests/unit/writing/test_grounding_set22_forms.py``).

A career ladder is named in passing by its category: "deck officer" for a third, second and chief mate, "care worker"
for a "Support Worker", "corrections officer" for a "Correctional Officer". :func:`category_held`: the sentence's
title ends in a generic head (:data:`_GENERIC_HEADS`: officer, worker, professional, practitioner, hand), carries no
rank word (chief, senior, head, first …: a rank is a claim of its own) and is an O*NET alternate title
(:func:`careercopilot.normalize.occupations.exact_code`, an exact match, no inference) of the same occupation as a
title of one of the user's history headers. "ship captain" (a rank) or "engineering officer" (another occupation) for
a mate stays flagged.
"""

from __future__ import annotations

import re

_GENERIC_HEADS = frozenset("officer officers worker workers professional practitioner hand hands".split())
_RANKS = frozenset("chief senior head lead principal master first second third captain commander superintendent "
                   "director manager supervisor executive deputy assistant junior sr jr".split())


def category_held(title: str, headers: list[str]) -> bool:
    """``title`` (the sentence's, any case) is a generic title of the occupation of a header's title (module doc)."""
    from careercopilot.normalize.occupations import exact_code
    from careercopilot.normalize.date_ranges import RANGE_RE

    words = re.findall(r"[a-z]+", title.lower())
    if len(words) < 2 or words[-1] not in _GENERIC_HEADS or _RANKS & set(words):
        return False
    code = exact_code(" ".join(words))
    if not code:
        return False
    for header in headers:
        for line in header.splitlines():
            for part in re.split(r"\s*[|—–,(]\s*|\s+-\s+", RANGE_RE.sub(" ", line)):
                part = part.strip(" )")
                if part and len(part.split()) <= 5 and exact_code(part.lower()) == code:
                    return True
    return False


#: A credential the resume holds, in any wording: "Merchant Mariner Credential", "licence", "certificate of competency".
_CREDENTIAL = re.compile(r"(?i)\b(?:licen[cs]\w*|credential\w*|certificate of competency|endorsement)")


def licensed_category(phrase: str, headers: list[str], source: str) -> bool:
    """``phrase`` ("licensed deck officer") is "licensed" before a generic title of a header's occupation
    (:func:`category_held`) that no header writes itself, on a resume that names a licence or credential: the
    ladder's licence said by its category. "a licensed social worker" for a "Social Worker" header stays the licence
    check's."""
    m = re.fullmatch(r"(?i)\s*(?:a\s+|an\s+)?licen[cs]ed\s+(?P<t>[a-z][a-z -]+?)\s*", phrase)
    if not m or not _CREDENTIAL.search(source):
        return False
    title = m.group("t")
    if any(re.search(rf"(?i)\b{re.escape(title)}\b", h) for h in headers):
        return False
    return category_held(title, headers)
