"""Employer names a feed row carries that name no employer, and the employer a description names.

Issue 11 trial finding 2: rows of the LinkedIn Job Postings dataset with a blank
``company_name`` (55 of the 664 recorded demo rows) showed "LinkedIn Job Postings dataset
(recorded)" as their company — the connector's fallback for a missing name was the source's
label, right for a one-employer ATS board (its token is the employer) and wrong for a source of
many employers. The same kind reaches every multi-employer source: a blank field, a
placeholder an employer or board puts in it ("Confidential", "Undisclosed", "N/A", "Hiring
Company", "Stealth Startup"), or the board's own name ("Remote OK", "Jobicy").

* :func:`is_placeholder_company` — whether a company value names no employer: blank, only
  punctuation, a placeholder of :data:`PLACEHOLDER_COMPANIES` (compared lower-cased with
  punctuation folded: sources — the placeholders seen in the recorded demo feeds and in the
  public LinkedIn/Indeed/Glassdoor datasets: "Confidential", "Confidential Company", "Company
  Confidential", "Undisclosed", "Not disclosed", "N/A", "Unknown", "Private", "Anonymous",
  "Hiring Company", "Our Client", "Stealth Startup", "Stealth Mode"), or one of ``source_names``
  (the board's label and key).
* :func:`employer_in_text` — the employer a description names in its opening (first 600
  characters): "<Name> is seeking/looking for/hiring …", "<Name>, LLC is …", "… at <Name>
  located in …", "Join <Name>'s team", "About <Name>:". The name is a run of capitalized words
  (with "&", "of", "and", "the" inside); "We", "Our client", "The company", "This role" and the
  like are not names. None when no opening names one.

Pure functions: never raise on ``str``/``None`` input.
"""

from __future__ import annotations

import re

__all__ = ["PLACEHOLDER_COMPANIES", "employer_in_text", "is_placeholder_company"]

#: Company values that name no employer (lower case, punctuation folded to spaces; module doc).
PLACEHOLDER_COMPANIES = frozenset({
    "confidential", "confidential company", "company confidential", "confidential employer", "confidential client",
    "undisclosed", "undisclosed company", "undisclosed employer", "not disclosed", "company not disclosed",
    "n a", "na", "none", "null", "nil", "unknown", "unknown company", "unknown employer", "unspecified", "not specified",
    "private", "private company", "private employer", "anonymous", "anonymous employer", "hiring company",
    "hiring organization", "employer", "company", "company name", "our client", "client", "a client",
    "stealth", "stealth startup", "stealth mode", "stealth mode startup", "stealth company", "tbd", "tba",
    "various", "various employers", "multiple employers", "see description", "see job description",
})

_FOLD = re.compile(r"[^a-z0-9]+")


def _fold(name: str) -> str:
    return " ".join(_FOLD.sub(" ", name.lower()).split())


def is_placeholder_company(name: str | None, *, source_names: tuple[str | None, ...] = ()) -> bool:
    """Whether ``name`` names no employer: blank, punctuation only, a placeholder
    (:data:`PLACEHOLDER_COMPANIES`) or one of ``source_names`` (the board's own name), compared
    lower-cased with punctuation folded. ``is_placeholder_company("Confidential")`` is True,
    ``is_placeholder_company("SKF Group")`` False."""
    folded = _fold(name or "")
    if not folded:
        return True
    if folded in PLACEHOLDER_COMPANIES:
        return True
    return any(folded == _fold(s) for s in source_names if s and _fold(s))


_WORD = r"(?:[A-Z][\w'’.\-]*|[A-Z0-9][A-Z0-9&.\-]+)"
_NAME = rf"(?P<name>{_WORD}(?:\s+(?:&|and|of|the|de|{_WORD})){{0,6}}?(?:,?\s+(?:LLC|Inc|Corp|Ltd|LLP|L\.?P|Co)\.?)?)"
_OPENINGS = [
    re.compile(rf"(?:^|[.!?]\s+|\n)\s*(?:About\s+)?{_NAME}\s+(?:is|are)\s+(?:(?:currently|actively|now)\s+)?"
               r"(?:seeking|looking\s+for|hiring|searching\s+for|recruiting|in\s+search\s+of|accepting)\b"),
    re.compile(rf"(?:^|[.!?]\s+|\n)\s*{_NAME},?\s+(?:LLC|Inc|Corp|Ltd|LLP)\.?\s+is\b"),
    re.compile(rf"\bat\s+{_NAME}\s+(?:located|based|headquartered)\s+in\b"),
    re.compile(rf"\b[Jj]oin\s+(?:the\s+)?{_NAME}(?:'s|’s)?\s+team\b"),
    re.compile(rf"(?:^|\n)\s*About\s+{_NAME}\s*[:\n]"),
]
#: First words of a capitalized run that is not a name ("We are seeking", "Our client is hiring").
_NOT_A_NAME = frozenset({
    "we", "our", "the", "this", "that", "my", "your", "a", "an", "company", "client", "employer", "role", "position",
    "job", "team", "description", "about", "us", "it", "they", "he", "she", "who", "why", "what", "join",
})


#: A section heading glued to the name by a scraper that dropped the line break ("The RoleSweatPals
#: is seeking …", "Company DescriptionConcord Medical Group is …").
_GLUED_HEADING = re.compile(r"^(?:The\s+)?(?:Role|Position|Job|Company|Description|Summary|Overview|Opportunity)"
                            r"(?:\s+Description)?(?=[A-Z][a-z])")


def employer_in_text(text: str | None) -> str | None:
    """The employer the opening of a description names (module doc), as spelled there, or None.
    ``employer_in_text("Mindfull Nutrition is looking for an Admin Assistant")`` → "Mindfull
    Nutrition"."""
    head = (text or "")[:600]
    for rx in _OPENINGS:
        for m in rx.finditer(head):
            name = _GLUED_HEADING.sub("", " ".join(m.group("name").split())).strip(" ,.")
            words = name.lower().split()
            if not words or words[0] in _NOT_A_NAME and len(words) == 1:
                continue
            if words[0] in {"we", "our", "this", "that", "my", "your", "a", "an", "it", "they", "who", "why", "what"}:
                continue
            if words[0] == "the" and len(words) > 1 and words[1] in _NOT_A_NAME:
                continue
            if is_placeholder_company(name) or len(name) > 80:
                continue
            return name
    return None
