"""A result stretched over a whole (session 24, ground52; set 20's "I cut water use across every winery in the Rioja
appellation from 4.2 to 2.6 litres per litre of wine" for one winery's figure, "I raised yields from 18 to 31 tonnes
per hectare per crop across all shrimp farms in Bạc Liêu province" for two farms): a verb of change ("cut", "raised",
"reduced", "improved", "doubled" …) or a figure before "across / throughout / at all / every …" claims
the result for every one of the units — :mod:`.totality` reads the quantifier only after a verb of leading, owning or
serving ("ran all stores") or right after a figure's unit ("99.8% accuracy across all sites").

:func:`result_over` tells :mod:`.totality` that the quantifier at a position is such a claim; the claim is then backed,
like every totality claim, by a resume line stating totality over the same noun or the same count of it
(:func:`.totality.supported`: "all 64 ponds" for "64 lined ponds"; "across all 14 sites" for one site is flagged).
"""

from __future__ import annotations

import re

#: A verb of change or improvement (past and present forms).
_CHANGE = re.compile(
    r"(?i)\b(?:cut|cuts|cutting|reduc\w*|rais\w*|increas\w*|decreas\w*|lower\w*|lift\w*|boost\w*|improv\w*|grew|grow\w*|"
    r"doubl\w*|tripl\w*|halv\w*|halved|slash\w*|trimm?\w*|shrank|shrink\w*|brought\s+down|drove\s+down|drove\s+up|"
    r"push\w*\s+(?:up|down)|sav\w*|lengthen\w*|shorten\w*)\b")
#: A preposition of reach right before the quantifier ("in / for / on every …" is mostly distributive: "on every
#: shift", "for every patient").
_REACH_BEFORE = re.compile(r"(?i)\b(?:across|throughout|at)\s+$")
#: A figure earlier in the clause, up to eight words before the preposition ("31 tonnes per hectare per crop across").
_FIGURE_BEFORE = re.compile(r"(?i)\d[\d.,]*\s*%?(?:\s+[\w/-]+){0,8}?\s+(?:across|throughout|over)\s+$")


def result_over(text: str, at: int) -> bool:
    """The "all/every" quantifier starting at ``at`` closes a reach preposition whose clause states a change or a
    figure (module doc)."""
    before = text[max(0, at - 160):at]
    if not _REACH_BEFORE.search(before):
        return False
    clause = re.split(r"[.;!?]\s|,\s(?=(?:and|but|while|which)\b)", before)[-1]
    return bool(_CHANGE.search(clause) or _FIGURE_BEFORE.search(clause))
