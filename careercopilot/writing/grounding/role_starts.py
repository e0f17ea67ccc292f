"""A role's own start (session 21, ground22; set 16 "I became head brewer in 2014" for "Sládek (Brewer) |
03/2014 – 08/2018" then "Vrchní sládek (Head Brewer) | 09/2018 – dosud"): a year the sentence gives as the start of a
named role must be the start of a history line holding that role, not of another line sharing a word with it.

Shapes (the year right after the role, or after "at/with <employer>"):

* "I became head brewer in 2014", "I was promoted to charge nurse in 2019", "I was appointed site manager
  in 2016", "I took over as / stepped up to / moved up to / started as head chef in 2012";
* "I have been a licensed pharmacist since 2014", "I have worked as an ROV supervisor since March 2017", "I have been
  Soulard Bottoms' brewmaster since January 2014" (the employer's possessive set aside; session 28, ground97), "I have been a senior associate in the M&A practice since 2018",
  "head chef since March 2021".

Not a role: "I was named Support Specialist of the Year in 2020" (an award; "named"/"made" are left out).

The role's lines are :func:`.durations.role_entries` (every word of the role in a header line, a translation
counting; a line adding a lower rank is another role; "<role> since <year>" lines). A role no header names is left
to the date check (``None``); a role whose lines start in other years than the sentence's is contradicted. A month
written in both must agree too. Kind ``date``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts

_MONTH = ctx._MONTH
#: The role before a start year.
START_RE = re.compile(
    r"(?i)\b(?:(?:became|become|becoming|was\s+(?:promoted|appointed|hired|elevated)(?:\s+(?:to|as))?|"
    r"(?:got|been)\s+promoted\s+to|promoted\s+to|appointed(?:\s+as)?|took\s+over\s+as|stepped\s+(?:up|in)\s+(?:to|as)|"
    r"moved\s+up\s+to|started\s+(?:out\s+)?as|began\s+as)\s+(?P<role>(?:(?:an?|the|its|our|their)\s+)?"
    r"(?:[\w&'’/-]+\s+){0,4}?[\w&'’/-]+)(?:\s+(?:at|with|of|for|in)\s+(?:the\s+)?[^,.;]*?)?\s+in"
    r"|(?:(?:have|has|['’]ve)\s+been|(?:have|has|['’]ve)\s+(?:worked|served)\s+as)\s+(?P<role2>(?:(?:an?|the)\s+)?(?:[\w&'’/-]+\s+){0,4}?[\w&'’/-]+)"
    r"(?:\s+(?:at|with|of|for|in|on)\s+(?:the\s+)?[^,.;]*?)?\s+since)"
    rf"\s+(?:(?P<month>{_MONTH})\.?\s+)?$")


#: A standing with a body, not a job: "member", "chartered member", "fellow", "registrant", "associate member".
_STANDING = re.compile(r"(?i)(?:(?:full|chartered|corporate|registered|professional|associate|honorary)\s+)?"
                       r"(?:member|fellow|registrant|licentiate)")


def contradicted(text: str, year_pos: int, year: int, month: int | None, facts: SourceFacts) -> bool | None:
    """Whether the year at ``text[year_pos:]`` is given as a role's start that the role's history lines do not
    start in; ``None`` when the sentence gives no role start there or no header line holds the role."""
    from careercopilot.writing.grounding.durations import _rank_words, _role_words, role_entries
    from careercopilot.writing.grounding.lead_spans import LOWER_RANKS

    m = START_RE.search(text[max(0, year_pos - 160):year_pos])
    if not m:
        return None
    role = re.sub(r"(?i)^(?:an?|the|its|our|their)\s+", "", m.group("role") or m.group("role2"))
    # "Soulard Bottoms' brewmaster", "the brewery's head brewer": the employer's possessive before the role
    # (session 28, ground97, set 24)
    role = re.sub(r"^(?:[\w&.-]+\s+){0,4}?[\w&.-]+(?:s['’]|['’]s)\s+(?=\w)", "", role)
    if _STANDING.fullmatch(role):
        return None  # "a member of the Royal Institution of … since June 2015": a register's standing, no role held
        #              (its year is the register line's: session 27, ground88, :mod:`.registers`)
    held = [e for e in role_entries(role, facts) if e.header]  # (a "<role> since <year>" line: no header)
    since_lines = [e for e in role_entries(role, facts) if not e.header]
    if not held:
        return None
    starts = [(e.start, e.start_month) for e in held + since_lines]
    if any(y == year and (month is None or sm in (None, month)) for y, sm in starts):
        return False
    # a line naming the role with that year ("Site Engineer, then Senior Site Engineer (from 2013)", "• Promoted to
    # Tier 2 in 2021"): the start is written inside a longer range
    # (not a line adding a lower rank: "Assistant Front Office Manager | 2016年4月 – …" is no front office manager's
    #  start; session 27, ground87, set 23)
    words = _role_words(role)
    lower = LOWER_RANKS - words
    # (not a credential's part naming the role: "IMCA ROV-supervisor-godkjenning — fra March 2017" is an approval to
    #  supervise, no supervisor's start — session 28, ground97, set 24)
    credential = not _APPROVAL.search(role)
    return not any(str(year) in line and words <= _role_words(ctx.RANGE_RE.sub(" ", line))
                   and not _rank_words(ctx.RANGE_RE.sub(" ", line)) & lower
                   and not (credential and _approval_part(line, year)) for line in facts.lines)


#: A credential or an approval to work in a role, not the role held: "… certificate", "… approval", "…-godkjenning",
#: "Zulassung", "endorsement", "ticket", "card", a compound glued to the role ("ROV-supervisor-godkjenning").
_APPROVAL = re.compile(r"(?i)(?:\b(?:certif\w*|licen[cs]\w*|credential\w*|approv\w*|endorse\w*|tickets?|cards?|"
                       r"ratings?|registration|accredit\w*)\b|godkjen\w*|zulassung\w*|godkänn\w*|habilita\w*|"
                       r"[^\W\d_]-(?:godkjen|certif|zertifi|approv|zulass)\w*)")


def _approval_part(line: str, year: int) -> bool:
    """The part of ``line`` holding ``year`` (:func:`.credential_starts.parts`) names a credential or an approval."""
    from careercopilot.writing.grounding.credential_starts import parts

    return any(any(y == year for y, _, _ in p.dates) and _APPROVAL.search(p.text) for p in parts(line))
