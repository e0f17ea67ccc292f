"""Table of variants (ground142; set 28's kind "all/every/entire over a different count"): a part of a counted or measured
whole claimed as the whole (:mod:`careercopilot.writing.grounding.partial_reach`) — the resume's part followed by a
period word ("2 of the clinic's 6 student interns each year") and a measured whole ("38 of the co-op's 140 miles of
three-phase backbone": the backbone is the whole, "the co-op's entire backbone" its inflation). Written for this file,
in professions and layouts of no blind set (a Scottish water engineer, an Indian rail signalling lead, a Chilean
vineyard manager, a Canadian paramedic preceptor).

On the code before ground142 6 of the 14 rows failed; all pass now.
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

WATER = """Fiona McLeish
Network Engineer
Inverness, UK · 07700 900 733 · fiona.mcleish@example.co.uk

EXPERIENCE
Network Engineer, Highland Water Board | Apr 2017 – Present
• Relined 62 of the board's 410 km of trunk main since 2019
• Commissioned 3 of the region's 11 treatment works
"""

RAIL = """Arjun Menon
Signalling Lead
Chennai, India · +91 98400 55501 · arjun.menon@example.in

EXPERIENCE
Signalling Lead, Southern Rail Systems Pvt. Ltd. | June 2016 – Present
• Upgraded 140 of the zone's 520 route-km of signalling since 2020
• Trained 4 of the depot's 9 maintainers every quarter
"""

VINEYARD = """Camila Fuentes Rojas
Vineyard Manager
Santa Cruz, Chile · +56 9 5555 0142 · camila.fuentes@example.cl

EXPERIENCE
Vineyard Manager, Viña Los Robles | 2018 – Present
• Replanted 35 of the estate's 120 hectares of Carménère over five seasons
• Supervised 2 of the estate's 5 harvest crews each vintage
"""

PARAMEDIC = """Owen Tremblay
Advanced Care Paramedic
Halifax, NS · 902-555-0143 · owen.tremblay@example.ca

EXPERIENCE
Advanced Care Paramedic, Maritime EHS | 2015 – Present
• Precepted 3 of the station's 8 student paramedics annually
"""

ROWS = [
    (WATER, "I relined the board's entire trunk main.", True),
    (WATER, "I relined the whole trunk main network.", True),
    (WATER, "I relined 62 of the board's 410 km of trunk main.", False),
    (WATER, "I relined about 15 percent of the board's trunk main.", False),
    (RAIL, "I upgraded the zone's entire signalling.", True),
    (RAIL, "I trained all nine of the depot's maintainers every quarter.", True),
    (RAIL, "I trained four of the depot's nine maintainers every quarter.", False),
    (VINEYARD, "I replanted the estate's entire Carménère.", True),
    (VINEYARD, "I supervised all five of the estate's harvest crews each vintage.", True),
    (VINEYARD, "I supervised two of the estate's five harvest crews each vintage.", False),
    (VINEYARD, "I replanted 35 of the estate's 120 hectares of Carménère.", False),
    (PARAMEDIC, "I precepted all eight of the station's student paramedics annually.", True),
    (PARAMEDIC, "I precepted every student paramedic at the station.", True),
    (PARAMEDIC, "I precepted three of the station's eight student paramedics a year.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), ROWS, ids=[r[1][:60] for r in ROWS])
def test_measured_wholes(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags
