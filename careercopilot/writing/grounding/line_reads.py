"""Resume lines read whole (session 24, ground53; set 20's false flags "hold a Department of Labor journeyworker
certificate" and "from fifteen months after completion to seven").

* **a credential on one raw line** (:func:`credential_on_line`) — the prepared lines (:attr:`.facts.SourceFacts.lines`)
  are cut at sentence ends, and "U.S." ends one: "Journeyworker certificate, Tool and Die Maker — U.S. Department of
  Labor, June 2013" becomes two lines, neither with every word of "Department of Labor journeyworker certificate".
  A certification flag is cleared when one raw line of the resume holds every content word of the phrase
  (:func:`.entities.cert_words`; a word clipped with a full stop there counts: "Dept." for "Department"). "a
  Department of Labor master craftsman certificate" stays flagged.
* **a time after an event** (:func:`time_after_event`) — "fifteen months after completion": the quantity's unit is
  "month" and the words after it ("after completion") say from when it is counted, not what is counted; a resume line
  stating the same value in the same time unit ("down from 15 months", on the line "… 7 months after completion …")
  with the event's words on that line supports it. "eighteen months after completion" stays flagged.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.text import quantities

_TIME_UNITS = frozenset("minute hour day week month year quarter shift".split())
_EVENT_WORDS = frozenset("after before following from post since of".split())


def _clips(short: str, word: str) -> bool:
    """``short`` (written with a full stop) abbreviates ``word``: same first letter, its letters in order ("dept" of
    "department", "govt" of "government")."""
    it = iter(word)
    return short[0] == word[0] and all(c in it for c in short)


def credential_on_line(phrase: str, raw_lines: list[str]) -> bool:
    """Every content word of credential ``phrase`` is on one of the resume's ``raw_lines`` (module doc)."""
    words = set(ent.cert_words(phrase))
    if not words:
        return False
    for ln in raw_lines:
        have = set(re.findall(r"[a-z0-9]+", ln.lower()))
        clipped = {t for t in re.findall(r"([a-z]{3,})\.", ln.lower())}  # "Dept." for "Department"
        if all(w in have or any(_clips(c, w) for c in clipped) for w in words):
            return True
    return False


def time_after_event(text: str, start: int, lines: list[str]) -> bool:
    """The number flagged at ``text[start]`` is a time unit counted from an event that a resume line states with the
    same value and unit (module doc)."""
    q = next((q for q in quantities(text) if q.start == start), None)
    if q is None or len(q.unit) < 2 or q.unit[0] not in _TIME_UNITS or q.unit[1] not in _EVENT_WORDS:
        return False
    event = set(q.unit[2:])
    for line in lines:
        if event and not event <= set(re.findall(r"[a-z]+", line.lower())):
            continue
        if any(x.value == q.value and x.unit[:1] == q.unit[:1] for x in quantities(line)):
            return True
    return False


#: Nouns a resume line may count by listing them: US states by code or name, countries by name.
_LISTED = {"state": "state", "country": "country", "countries": "country", "countrie": "country"}


def _listed(line: str, noun: str) -> int:
    """How many distinct US states (codes or names: "FL, GA and TX") or countries ("Chile, Peru and Bolivia") ``line``
    lists."""
    from careercopilot.normalize.location import us_state_code
    from careercopilot.writing.grounding.locale_data import _territory_codes

    if noun == "state":
        found = {us_state_code(t) for t in re.findall(r"\b[A-Z]{2}\b|\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", line)}
        return len(found - {None})
    codes = _territory_codes()
    return len({codes[n.lower()] for n in re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", line) if n.lower() in codes})


def listed_count(text: str, start: int, lines: list[str]) -> bool:
    """The number flagged at ``text[start]`` counts states or countries ("in three states") that a resume line lists
    by name, exactly that many, and the line states another figure of the sentence ("5 MROs in FL, GA and TX" for "at
    five MROs in three states"; session 24, set 20). "in four states" stays flagged."""
    q = next((q for q in quantities(text) if q.start == start), None)
    if q is None or not q.unit or q.unit[0] not in _LISTED or q.kind != "plain":
        return False
    sentence_end = min((i for i in (text.find(".", q.end), len(text)) if i >= 0))
    sentence_start = max(text.rfind(".", 0, q.start) + 1, 0)
    others = {x.value for x in quantities(text[sentence_start:sentence_end]) if x.start + sentence_start != q.start}
    return any(_listed(ln, _LISTED[q.unit[0]]) == q.value and (not others or others & {x.value for x in quantities(ln)})
               for ln in lines)
