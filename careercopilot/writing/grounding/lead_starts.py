"""The start of leading work: "I have led the cartography team at AlpenKarte since September 2013" when the
resume's leading line is «Senior Cartographer (Teamleiterin Kartografie) | 01/2020 – dato» and 09/2013 is the
plain cartographer's start (session 30, ground120; set 26's date misses). :mod:`.role_starts` reads a *title*
claimed since a date; this module reads *leading work* claimed since one, as :mod:`.lead_spans` reads its length.

**Claims** (:data:`SINCE_RE`): a leading verb — "led", "headed", "run", "managed", "directed", "supervised",
"coordinated", "overseen", or "been leading / heading / running / managing / supervising / in charge of" — with
a unit as its object (:data:`_UNITS`: team, crew, department, unit, lab, shop, ward, shift, office, programme …;
"managed client accounts" is work, no unit led; "led", "headed", "supervised" and "in charge of" take any object),
an optional "at / with / for <employer>", then "since <month>? <year>".

**The leading starts**: the history entries whose header holds a leading rank (:func:`.lead_spans.leading`,
its dated lines one by one: :func:`.credential_durations.leading_lines`; a "Senior …" line before a "Supervisor"
dropped: :func:`.credential_durations.above_senior`) and the resume's leading lines "since <date>"
(:func:`.credential_durations.led_since`). The sentence's year (and month, when both give one) must be one of their
starts (``False``: the claim is backed); a resume line with a leading word stating the year ("• Took over the night
shift in 2019") or no leading entry or line leaves the claim to the other date checks (``None``). Kind ``date``, through
:mod:`.dated_claims`. Variants in ``tests/unit/writing/test_grounding_variants_since_starts.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.text import fold_accents

_MONTH = ctx._MONTH
#: Units a leading verb takes as its object ("the cartography team", "a night shift", "our ICU ward").
_UNITS = (r"teams?|crews?|departments?|units?|lab(?:oratory|oratories|s)?|shops?|wards?|shifts?|offices?|desks?|"
          r"divisions?|sections?|groups?|squads?|stations?|clinics?|kitchens?|brigades?|programmes?|programs?|"
          r"practices?|branch(?:es)?|stores?|plants?|sites?|fleets?|staff|workshops?|ateliers?|studios?|bureaus?|"
          r"services|function|operations|practice|line|lines|cell|cells")
SINCE_RE = re.compile(
    rf"(?i)\b(?:(?P<any>led|headed|supervised|been\s+in\s+charge\s+of|been\s+leading|been\s+heading|been\s+supervising)|"
    rf"(?:run|managed|directed|coordinated|overseen|been\s+(?:running|managing|directing|coordinating|overseeing)))\s+"
    rf"(?P<obj>(?:(?:the|a|an|my|our|its|their|[\w'’-]+['’]s)\s+)?(?:[\w&'’/-]+\s+){{0,3}}?[\w&'’/-]+)"
    rf"(?:\s+(?:at|with|for|in)\s+[^,.;:]*?)?\s+since\s+(?:(?P<month>{_MONTH})\.?\s+)?$")
_UNIT_RE = re.compile(rf"(?i)\b(?:{_UNITS})$")
#: A leading word on a resume line that dates the lead itself.
_LEAD_WORD = re.compile(r"(?i)\b(?:lead|leads|led|leader|head|headed|heads|supervis\w*|manag\w*|in\s+charge|"
                        r"took\s+over|promoted|appointed|chief|director|coordinat\w*|foreman|forewoman)\b")


def contradicted(text: str, year_pos: int, year: int, month: int | None, facts: SourceFacts) -> bool | None:
    """Whether the year at ``text[year_pos:]`` is claimed as the start of leading work that the resume's leading
    lines do not start then; ``None`` when the sentence claims no lead since it or the resume leads nothing
    (see the module doc)."""
    from careercopilot.writing.grounding import credential_durations as creds
    from careercopilot.writing.grounding.lead_spans import leading

    m = SINCE_RE.search(text[max(0, year_pos - 160):year_pos])
    if not m or not (m.group("any") or _UNIT_RE.search(m.group("obj"))) or re.search(r"\d", m.group("obj")):
        return None  # (a count before the unit is work done, no unit led: "run 46 CBT groups since 2019")
    held = [x for e in facts.history if leading(e) for x in creds.leading_lines(e, facts, leading)]
    held = creds.above_senior(held, leading) if held else []
    want = ctx.content_words(fold_accents(m.group("obj")))
    since = creds.led_since(want, facts, leading) if want else []
    if not held and not since:
        return None
    if any(e.start == year and (month is None or e.start_month in (None, month)) for e in held) or any(
            e.start == year for e in since):  # (a "since" line's month read as January when written as a word)
        return False
    if any(str(year) in line and _LEAD_WORD.search(ctx.RANGE_RE.sub(" ", line)) for line in facts.lines):
        return None  # a line with a leading word states the year: left to the other date checks
    return True
