"""Visa-sponsorship detection from description text (sentence-level rules).

Rules (case-insensitive, applied per sentence; sentences split on ``.``,
``!``, ``?``, ``;`` and line breaks):

Negative phrases -> ``"no"``:

* a negation ("not", "no", "n't", "cannot", "unable to", "not able to",
  "not in a position to", "never") followed within 8 words by a sponsorship
  term ("sponsor*", "visa", "work permit", "H-1B", "Blue Card",
  "relocation support") - e.g. "We do not provide visa sponsorship",
  "unable to sponsor";
* a sponsorship term followed within 6 words by "not/n't/unavailable" -
  e.g. "Visa sponsorship is not available", "... require sponsorship will
  not be considered";
* "without (current or future / the need for) (visa) sponsorship" - e.g.
  "must be authorized to work in the US without sponsorship".

Affirmative phrases -> ``"yes"``:

* "we (can / will / do / are able to / are happy to) sponsor" and "(offer/provide/...)
  sponsorship" — only in a sentence about immigration (visa, work permit, H-1B, green
  card, EB-2/3, Skilled Worker, work authorization, relocation...): "we sponsor your
  SHRM-CP exam" is not a visa; "sponsor(s/ing) (work) visas";
* "visa sponsorship (is) available / provided / offered / possible";
* "(offer/provide/including/with) ... visa sponsorship|visa support|relocation
  and visa support|visa assistance";
* "H-1B (visa) sponsorship/transfer";
* "(EU) Blue Card" (support/sponsorship/application);
* "sponsorship available";
* an employer on a sponsor register: "licensed Skilled Worker sponsor" (UK Home Office),
  "recognised sponsor with the IND" (NL), "registered/approved ... sponsor";
* "we consider (visa) sponsorship" (sponsorship is possible).

Decision: within a sentence a negative rule beats an affirmative one. Across
sentences any "no" sentence wins over "yes" sentences (conservative: a
candidate who needs a visa should not be told "yes" wrongly); otherwise the
first "yes" sentence decides. Evidence is the deciding sentence, stripped.
No matching sentence -> ``value=None``.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["VisaSponsorship", "detect_visa_sponsorship"]

_MAX_TEXT = 500_000
_MAX_EVIDENCE = 500


class VisaSponsorship(BaseModel):
    """Visa sponsorship signal: ``value`` yes/no/None with the deciding sentence."""

    model_config = ConfigDict(frozen=True)

    value: Literal["yes", "no"] | None = None
    evidence: str | None = None


_TERM = r"(?:sponsor\w*|visas?\b|work\s+permits?|h-?1b|blue\s+card|relocation\s+support|immigration\s+support)"
_NEG = (
    r"(?:\bnot\b|\bno\b|n't\b|n’t\b|\bcannot\b|\bunable\s+to\b|\bnever\b|\bnor\b|"
    r"\bnot\s+able\s+to\b|\bnot\s+in\s+a\s+position\s+to\b|\bineligible\b)"
)

_NEGATIVE = [
    re.compile(rf"{_NEG}(?:\W+\w+){{0,8}}?\W+{_TERM}", re.IGNORECASE),
    re.compile(rf"{_NEG}\s*{_TERM}", re.IGNORECASE),
    re.compile(rf"{_TERM}(?:\W+\w+){{0,6}}?\W+(?:not\b|\w+n't\b|\w+n’t\b|unavailable\b)", re.IGNORECASE),
    re.compile(
        r"\bwithout\s+(?:the\s+need\s+for\s+|requiring\s+|requiring\s+any\s+|any\s+)?(?:current\s+or\s+future\s+|future\s+)?"
        r"(?:employer\s+|company\s+|visa\s+|employment\s+visa\s+)?sponsorship",
        re.IGNORECASE,
    ),
]
_AFFIRMATIVE = [
    re.compile(r"\bsponsor(?:s|ing|ed)?\s+(?:\w+\s+){0,2}?(?:visas?|work\s+permits?|h-?1b)", re.IGNORECASE),
    re.compile(r"\b(?:visa\s+)?sponsorship\s+(?:is\s+|will\s+be\s+|can\s+be\s+)?(?:available|provided|offered|possible|supported)\b", re.IGNORECASE),
    re.compile(
        r"\b(?:offer\w*|provid\w*|includ\w*|with|support\w*|assist\w*|help\w*|plus|and)\s+(?:\w+\s+){0,4}?"
        r"(?:visa\s+sponsorship|visa\s+support|visa\s+assistance|visa\s+processing|work\s+permit\s+support)",
        re.IGNORECASE,
    ),
    re.compile(r"\brelocation\s+(?:and|&|\+)\s+visa\s+(?:support|assistance|sponsorship)", re.IGNORECASE),
    re.compile(r"\bvisa\s+(?:and|&|\+)\s+relocation\s+(?:support|assistance|package)", re.IGNORECASE),
    re.compile(r"\bh-?1b\s+(?:visa\s+)?(?:sponsorship|transfers?)\b", re.IGNORECASE),
    re.compile(r"\b(?:eu\s+)?blue\s+card\b", re.IGNORECASE),
    # UK/NL employer registers: "a licensed Skilled Worker sponsor", "a recognised sponsor with the IND"
    re.compile(r"\b(?:licen[cs]ed|recogni[sz]ed|registered|approved)\s+(?:\w+\s+){0,3}?sponsor\b", re.IGNORECASE),
    re.compile(r"\bconsider\w*\s+(?:\w+\s+){0,2}?(?:visa\s+)?sponsorship\b", re.IGNORECASE),
]

#: Generic sponsorship phrases ("we will sponsor", "offers sponsorship") count only in a
#: sentence that is about immigration — "we sponsor your SHRM-CP exam" or "extracurricular
#: sponsorship" is not a visa.
_AFFIRMATIVE_IN_CONTEXT = [
    re.compile(r"\b(?:we|will|can|do|does|are\s+able\s+to|is\s+able\s+to|happy\s+to|willing\s+to|able\s+to|glad\s+to)\s+(?:\w+\s+){0,2}?sponsor\b", re.IGNORECASE),
    re.compile(r"\b(?:offer\w*|provid\w*|includ\w*|with|support\w*|assist\w*|help\w*|plus|and)\s+(?:\w+\s+){0,4}?sponsorship", re.IGNORECASE),
]
_IMMIGRATION_CONTEXT = re.compile(
    r"\b(?:visas?|work\s+permits?|h-?1b|blue\s+card|green\s+cards?|immigra\w*|eb-?[23]|skilled\s+worker|"
    r"work\s+authori[sz]ation|right\s+to\s+work|relocat\w*|tn\s+status|o-?1)\b",
    re.IGNORECASE,
)

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[.!?;])$")


_TERM_RE = re.compile(_TERM, re.IGNORECASE)
# Case-sensitive _TERM (written in lower case) for lower()ed text: ~8x faster than the
# IGNORECASE scan. Exact except for the characters ``re.IGNORECASE`` equates with an
# ASCII letter but ``str.lower`` does not map to it (İ ı ſ K): those texts use _TERM_RE.
_TERM_LOWER_RE = re.compile(_TERM)
_CASE_SPECIAL_RE = re.compile("[\u0130\u0131\u017f\u212a]")


def _mentions_term(text: str) -> bool:
    if _CASE_SPECIAL_RE.search(text):
        return _TERM_RE.search(text) is not None
    return _TERM_LOWER_RE.search(text.lower()) is not None


def _classify(sentence: str) -> Literal["yes", "no"] | None:
    if not _TERM_RE.search(sentence):
        return None
    if any(rx.search(sentence) for rx in _NEGATIVE):
        return "no"
    if any(rx.search(sentence) for rx in _AFFIRMATIVE):
        return "yes"
    if _IMMIGRATION_CONTEXT.search(sentence) and any(rx.search(sentence) for rx in _AFFIRMATIVE_IN_CONTEXT):
        return "yes"
    return None


def detect_visa_sponsorship(text: str | None) -> VisaSponsorship:
    """Detect whether a posting offers visa sponsorship.

    Args:
        text: plain description text (HTML should be stripped first; input
            beyond 500,000 characters is ignored).

    Returns:
        :class:`VisaSponsorship` with ``value`` ``"yes"``/``"no"``/``None``
        and ``evidence`` = the deciding sentence (stripped, at most 500
        characters). Rules and precedence are listed in the module
        docstring. Never raises.
    """
    if not isinstance(text, str) or not text.strip():
        return VisaSponsorship()
    try:
        text = text[:_MAX_TEXT]
        # Every rule needs a sponsorship term in its sentence; most descriptions have
        # none, so one search over the whole text skips the per-sentence work.
        if not _mentions_term(text):
            return VisaSponsorship()
        first_yes: str | None = None
        for raw in _SENTENCE_SPLIT.split(text):
            sentence = raw.strip()
            if not sentence or len(sentence) > 5000:
                continue
            verdict = _classify(sentence)
            if verdict == "no":
                return VisaSponsorship(value="no", evidence=sentence[:_MAX_EVIDENCE])
            if verdict == "yes" and first_yes is None:
                first_yes = sentence
        if first_yes is not None:
            return VisaSponsorship(value="yes", evidence=first_yes[:_MAX_EVIDENCE])
    except Exception:  # pragma: no cover - defensive
        pass
    return VisaSponsorship()
