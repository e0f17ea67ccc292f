"""A title whose head noun is "nurse" names a nurse, whatever its other words (calib96, issue 11).

Why: O*NET files some nurse titles by their other words, and the word vote follows them — "Utilization
Review Nurse" is an O*NET alternate title of 15-1211.01 Health Informatics Specialists (so "Remote
Utilization Management Nurse" and "Telehealth Nurse" read IT infrastructure), "Prior Authorization Nurse"
was voted 21-2099 Religious Workers, "Nurse Injector" and "Aesthetic Nurse" 39-5094 Skincare Specialists
(hospitality). The issue-11 curator labels them nursing (``benchmarks/data/issue11/families.md``: nursing =
"Registered/practical nurses, …"); "nurse" is a protected title in US state nurse practice acts (only a
licensed RN or LPN/LVN may use it), so the head word alone settles the family. Measured: of the issue-11
postings, "Remote Utilization Management Nurse" and "Nurse Injector" (both labeled nursing) were read
IT and hospitality; each held a nurse's same-rung postings out of the strong-fit band (blind15 p05).

:func:`nurse_head` → ``(O*NET code, "nurse_head", matched words)`` for a title whose first segment ends in
"nurse"/"nurses" or is a nurse injector, when the reading ``found`` is not already a nursing occupation
(its code is kept then: a "Psychiatric Nurse" stays 29-1141.02, a "Licensed Practical Nurse" 29-2061);
None otherwise. Not nurses: a veterinary, dental (the UK's dental assistant) or nursery (childcare) nurse,
and titles whose head is another noun ("Nurse Recruiter", "Nurse Educator", "Nursing Assistant").
"""

from __future__ import annotations

import re

__all__ = ["NURSE_CODE", "nurse_head"]

#: O*NET 29-1141.00 Registered Nurses: the nurse a title names without saying practical/vocational.
NURSE_CODE = "29-1141.00"
#: A first segment whose head noun is a nurse ("… Nurse", "… Nurses", "(Aesthetic) Nurse Injector").
_HEAD = re.compile(r"\bnurses?$|\bnurse injectors?$")
#: Nurses of another trade's meaning: animals, teeth (UK dental nurses assist dentists), a nursery's children.
_NOT_A_NURSE = re.compile(r"\b(?:veterinary|vet|animal|dental|nursery|wet)\s+nurses?\b")


def nurse_head(title: str, found) -> tuple[str, str, str] | None:
    """``(NURSE_CODE, "nurse_head", head words)`` for a nurse's title read outside nursing (module doc);
    ``found`` is the title's reading so far (an ``occupations.Occupation``: its ``family``)."""
    from careercopilot.normalize.occupations import _segments

    if getattr(found, "family", None) == "nursing":
        return None
    segs = _segments(title or "")
    first = re.sub(r"\s*\([^)]*\)\s*", " ", segs[0] if segs else "").strip().lower()
    m = _HEAD.search(first)
    if m is None or _NOT_A_NURSE.search(first):
        return None
    return NURSE_CODE, "nurse_head", m.group(0)
