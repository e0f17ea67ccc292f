"""Table of variants for a title claimed in lower case after "I am / I was" (written for this file, in
professions of no blind set: a ship's officer, a police officer, a museum curator).

"I am a chief mate with Nordlys Shipping" when the resume says Second Officer, "I am an assistant curator at
the city museum" when the resume says Curatorial Intern, "I am a B737 captain" when the resume says First
Officer: uniformed and aviation ranks (captain, commander, lieutenant, sergeant, pilot) are title heads, a
type or model token ("B737", "A350") may stand before the head, and a lower or academic rank
("assistant", "associate", "deputy", "adjunct", "visiting") makes the phrase a title claim as "senior"
does (:mod:`careercopilot.writing.grounding.titles`). ``True``: the sentence must get a flag; ``False``:
no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUME = """Henrik Aalto
Turku, Finland | henrik.aalto@example.fi

EXPERIENCE
First Officer, B737 - Aurora Nordic Airlines - 03/2019 - present
- About 2,400 hours on type; line training for new first officers.

Police Sergeant - Southwest Finland Police Department - 2012 - 2019
- Led a patrol team of 5 constables.

Adjunct Lecturer (part-time), Aviation Safety - Turku University of Applied Sciences - 2021 - present
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I am a B737 first officer with Aurora Nordic Airlines.", False),
    ("I am a B737 captain with Aurora Nordic Airlines.", True),
    ("I am a captain with Aurora Nordic Airlines.", True),
    ("I was a police sergeant with the Southwest Finland Police Department.", False),
    ("I was a police lieutenant with the Southwest Finland Police Department.", True),
    ("I was a station commander with the Southwest Finland Police Department.", True),
    ("I was a patrol sergeant with the Southwest Finland Police Department.", True),  # a rank's modifier
    ("I was a sergeant with the Southwest Finland Police Department.", False),
    ("I am an adjunct lecturer in aviation safety at Turku University of Applied Sciences.", False),
    ("I am an associate professor in aviation safety at Turku University of Applied Sciences.", True),
    ("I am an assistant professor of aviation safety.", True),
    ("I am a careful and safety-minded pilot.", False),
])
def test_title_in_lower_case_after_i_am(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
