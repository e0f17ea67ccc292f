"""Mentions of a skill's word that no one asks of the hire or claims for the person (issue 11, kind 2 of
session 22: "Dance" and "Sports" from "previous personal experience in sports, dance"; "Law Enforcement"
from "1 Police Plaza" and "Senior Police Administrative Aides"; "Paralegal" from "the civil service title
of Paralegal Aide").

:func:`not_asked` drops a mention when

* a **leisure cue** opens its clause before it — "personal experience in", "hobbies", "interests",
  "in my/your free/spare time", "for fun", "outside of work" (:data:`LEISURE_BEFORE`): a pastime ("enjoy"
  alone is no cue: postings ask for people who "enjoy learning new programming languages");
* it is the field word of a **civil-service title named as an eligibility condition** — Capitalized,
  after "permanent (in)", "the (civil service) title(s) of", "open to current", "incumbents of",
  "qualification requirements for" with up to three Capitalized words between, or before "… Civil Service
  List" (:data:`TITLE_BEFORE`, :data:`TITLE_AFTER`): the title says who may apply, not what the work is;
* it is the field word of a **place**: Capitalized and followed, within its run of Capitalized words, by
  a street or plaza noun — "1 Police Plaza", "Nursing Home Road" (:data:`PLACE_AFTER`).

A job title elsewhere stays: "Medical Billing Clerk" on a resume and "a full-time Data Entry Aide" in a
posting name the work (a first version that dropped every field word before "Aide"/"Clerk", and business
names such as "Rina Yoga", read "Certified Nurse Aide", "Accounts Payable Clerk" and "responsibility for
Corporate Accounting" as no skill in the issue-11 resumes and postings, so both were left out).

Sources: the issue-11 dev postings (NYC civil-service titles and addresses, studio names) and resume
"Interests"/"Hobbies" sections in resume-writing guides.
"""

from __future__ import annotations

import re

__all__ = ["LEISURE_BEFORE", "PLACE_AFTER", "TITLE_AFTER", "TITLE_BEFORE", "mask_leisure", "not_asked"]

#: A pastime cue before the mention, in its clause.
LEISURE_BEFORE = re.compile(
    r"(?i)(?:\bpersonal (?:experience|interest)s? (?:in|with)\b|\bhobb(?:y|ies)\b|\binterests?\s*:|"
    r"\b(?:in|during) (?:my|your|his|her|their) (?:free|spare|own) time\b|\bfor fun\b|"
    r"\boutside (?:of )?work\b|\bleisure\b)[^.;!?\n]*$")
_LEISURE_CLAUSE = re.compile(LEISURE_BEFORE.pattern.removesuffix("[^.;!?\\n]*$") + r"[^.;!?\n]*")


def mask_leisure(text: str) -> str:
    """``text`` with each pastime clause (a :data:`LEISURE_BEFORE` cue to the clause's end) blanked, same
    length: for readers that cut a sentence at its commas before matching ("Previous personal experience
    in sports, dance, … are a plus")."""
    return _LEISURE_CLAUSE.sub(lambda m: " " * len(m.group(0)), text or "")


#: A place after the mention, within its run of Capitalized words ("1 Police Plaza", "Nursing Home Road").
PLACE_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w&'-]*){0,2}?\s+(?:Plaza|Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Square|"
    r"Tower|Parkway|Pkwy)\b")
#: A civil-service title named as an eligibility condition, not as the work: "permanent in the civil service
#: title of Paralegal Aide", "open to current Senior Police Administrative Aides only", "meet the
#: qualification requirements for Construction Project Manager" (before the mention, Capitalized words
#: between) or "… Paralegal Aide Civil Service List" (after it).
TITLE_BEFORE = re.compile(
    r"(?:\btitles? of|\bpermanent(?:ly)?(?: in)?|\bopen to current|\bincumbents? (?:of|in)|"
    r"\bqualification requirements for)\s+(?:an? |the )?(?:[A-Z][\w'-]*\s+){0,3}$")
TITLE_AFTER = re.compile(r"^(?:\s+[A-Z][\w'-]*){0,3}\s+Civil Service List\b")
_CLAUSE_START = re.compile(r"[.;!?\n•·]\s*|:\s+")
_SENTENCE_END = re.compile(r"[.;!?\n•·]\s*")


def not_asked(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is a pastime, or the field word of a civil-service title
    named as an eligibility condition, or of a place (module rules)."""
    surface = text[start:end]
    left = text[max(0, start - 160):start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(left)), default=0)
    clause_left = left[cut:]
    sentence = left[max((m.end() for m in _SENTENCE_END.finditer(left)), default=0):]
    if LEISURE_BEFORE.search(sentence):  # "Hobbies: yoga, hiking": the cue may end in a colon
        return True
    if not surface[:1].isupper():
        return False
    right = text[end:end + 80]
    return bool(PLACE_AFTER.match(right) or TITLE_AFTER.match(right) or TITLE_BEFORE.search(clause_left))
