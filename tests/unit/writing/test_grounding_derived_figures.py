"""Table of variants for figures a sentence derives from the resume's own numbers (written for this
file, in professions of no blind set: a bakery production manager and a school principal).

A careful writer restates what a line says: the rounding rules that hold for a stated number hold for a
derived one ("almost eight points" for 83.6 % → 91.2 %, "more than a 40% rise" for 150 → 220); a change is
relative to the old value whichever way the line lists the two ("220 loaves an hour (previous line:
150)" → "about 47% faster", "a drop of nearly two-thirds" for 17 → 6); the parts of one group joined by
"and" add up ("a shift of 4 bakers and 2 packers" → "a shift of six"); "N of my M" is a part of a whole
the resume states on one line ("first author on 9" of "23 papers"); "RM", "Rp", "KRW" amounts are money.
:mod:`careercopilot.writing.grounding.numbers`, :mod:`careercopilot.writing.grounding.text`.
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUME = """Siti Rahmawati
Kuala Lumpur, Malaysia | siti.rahmawati@example.my

EXPERIENCE
Production Manager, Roti Harmoni Sdn Bhd - 03/2019 - present
- Lead a night shift of 4 bakers and 2 packers on the bread line
- Commissioned a new bread line: 220 loaves an hour (previous line: 150)
- Customer complaints down from 17 to 6 a quarter (2024)
- On-time delivery rate up from 83.6% to 91.2% (2022-2025)
- Cut flour waste from 6.0% to 4.5% of intake
- Won supplier contracts worth RM 2.3 million (4 contracts, 2023-2025)
- 31 product recipes reformulated (lead on 12)
- Capital budget of KRW 450 million for the Seoul franchise line (2025)
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("Our on-time delivery rate rose by almost eight points between 2022 and 2025.", False),
    ("Our on-time delivery rate rose by more than seven points between 2022 and 2025.", False),
    ("Our on-time delivery rate rose by more than nine points between 2022 and 2025.", True),
    ("The new bread line bakes 220 loaves an hour, about 47% faster than the line it replaced.", False),
    ("The new bread line bakes 220 loaves an hour, about 60% faster than the line it replaced.", True),
    ("The new bread line bakes seventy more loaves an hour than the old one.", False),
    ("Customer complaints fell from 17 to 6 a quarter in 2024, a drop of nearly two-thirds.", False),
    ("Customer complaints fell from 17 to 6 a quarter in 2024, a drop of three-quarters.", True),
    ("I lead a night shift of six on the bread line.", False),
    ("I lead a night shift of nine on the bread line.", True),
    ("I lead a night shift of 6 bakers on the bread line.", True),  # a part's noun: not the group
    ("I led the reformulation of 12 of our 31 product recipes.", False),
    ("I led the reformulation of 15 of our 31 product recipes.", True),
    ("I have won supplier contracts worth more than RM 2 million.", False),
    ("I have won supplier contracts worth more than RM 3 million.", True),
    ("I managed a capital budget of KRW 450 million for the Seoul franchise line.", False),
    ("I managed a capital budget of KRW 650 million for the Seoul franchise line.", True),
])
def test_figures_derived_from_one_line(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
