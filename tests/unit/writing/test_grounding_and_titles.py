"""A title with "and" in it is one title when the history holds it as written (``durations._roles_span``).

Session 23 let two roles joined by "and" ("a qualified electrician and technician") take the longer of their two
spans; that split real one-piece titles — "Lead Tool and Die Maker" into "lead tool" and "die maker", which also
names the journeyman years before the lead title — and held-back set 20 lost two date catches it had made before
(g20-020, g20-140). A title the history names as written keeps its own span; a pair the history holds only as two
titles still takes the longer. Each row: the rank title held since April 2019 (7 y 8 m by December 2026), the plain
title from June 2011 before it. On the code before this fix the inflated claims of all 8 titles passed unflagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TITLES = [
    ("Lead", "Tool and Die Maker"),
    ("Senior", "Funeral Director and Embalmer"),
    ("Senior", "Health and Safety Officer"),
    ("Senior", "Research and Development Engineer"),
    ("Lead", "Heating and Cooling Technician"),
    ("Senior", "Sales and Marketing Coordinator"),
    ("Lead", "Hair and Makeup Artist"),
    ("Senior", "Food and Beverage Manager"),
]


def _resume(rank: str, title: str) -> str:
    return (f"JORDAN A. EXAMPLE\n{rank} {title}\nDayton, OH · (937) 555-0142 · jordan@example.com\n\n"
            f"EXPERIENCE\nNorthgate Works, Inc. — Dayton, OH\n{rank} {title} | April 2019 – Present\n"
            f"• Lead a team of 6 on the day shift\n{title} | June 2011 – March 2019\n• Day-to-day work in the trade\n\n"
            "EDUCATION\nA.A.S., Applied Technology — Sinclair Community College, 2011\n")


@pytest.mark.parametrize("rank,title", TITLES)
def test_the_rank_title_keeps_its_own_span(rank, title):
    facts = SourceFacts.from_texts(_resume(rank, title), today=date(2026, 12, 3))
    assert check(f"I have been {rank.lower()} {title.lower()} for more than nine years.", facts), "inflated: 7 y 8 m"
    assert not check(f"I have been {rank.lower()} {title.lower()} for more than seven years.", facts)
    assert not check(f"I have worked as a {title.lower()} for more than fifteen years.", facts)  # June 2011 on
