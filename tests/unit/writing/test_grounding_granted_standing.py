"""Tables of variants for standing that others grant, claimed with no resume line giving it (ground97, issue 12; set
24's other_fabrication misses: "One of my ferry designs was named among the year's significant ships by SNAME", "I
helped draft the 2023 amendments to Oklahoma's forced-pooling rules", "My strip-trial data were adopted into NDSU
Extension's nitrogen recommendations", "I sit on the national trade association's working group on paediatric
fitting"). People written for this file: a North Dakota agronomist (an award, a talk, a committee seat, a protocol
adopted by the company) and a Norfolk naval architect (a society membership only).

Forms: named among / one of / a finalist, selected for, featured in, inducted into; received a citation / scholarship
/ fellowship; presented / spoke / was invited to speak at an event; sit / serve on, chair, a member of a committee /
working group / task force / board; helped draft / shaped amendments, rules, guidelines; adopted into / incorporated
into / cited in. Supported: the resume's own award, talk, seat, procedure and adoption in other words.
(:mod:`careercopilot.writing.grounding.granted_standing`, :mod:`.recognitions`, :mod:`.acts`.)

``True``: the sentence must get a flag; ``False``: none. Old code (main 95de34c) got 10 of 39 rows wrong, all missed
flags.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


AGRONOMIST = """HANNELORE V. OYELOWO-STRAND
Senior Agronomist — Soil Fertility and On-Farm Research
Fargo, ND · hannelore.os@example.com · (701) 555-0163

EXPERIENCE
Red River Crop Services — Fargo, ND
Senior Agronomist | March 2018 – Present
• Run 3 on-farm strip-trial networks across 41 fields
• Presented nitrogen trial results at the 2023 North Dakota Soil Health Workshop
• Serve on the company's product safety committee
• My sidedress nitrogen protocol was adopted as the company standard for all 6 branches
Field Agronomist | May 2012 – February 2018
• Named Red River Crop Services Agronomist of the Year, 2016
• Wrote the company's pesticide drift response procedure

MEMBERSHIPS
• American Society of Agronomy (ASA), member since 2011
• North Dakota Agricultural Association, member

EDUCATION
M.S., Soil Science, North Dakota State University, 2012
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("One of my strip trials was named among the year's top on-farm studies by the ASA.", True),
    ("My strip-trial data were adopted into NDSU Extension's nitrogen recommendations.", True),
    ("I sit on the North Dakota Agricultural Association's working group on nutrient stewardship.", True),
    ("I helped draft the 2023 amendments to North Dakota's fertilizer labelling rules.", True),
    ("I received the ASA's Certified Crop Adviser of Merit citation.", True),
    ("I presented my strip-trial results at the ASA annual meeting.", True),
    ("I was selected for the ASA's Emerging Leaders program.", True),
    ("My nitrogen protocol was incorporated into the state's fertilizer guidelines.", True),
    ("I was featured in Successful Farming magazine for my strip-trial work.", True),
    ("I serve on the ASA's soil fertility technical committee.", True),
    ("I was invited to speak at the 2024 Soil Health Workshop.", True),
    ("My trial work was cited in the USDA's nutrient management standard.", True),
    ("I chair the North Dakota Agricultural Association's research committee.", True),
    ("I was inducted into the ASA's Fellows program in 2022.", True),
    ("I presented nitrogen trial results at the 2023 North Dakota Soil Health Workshop.", False),
    ("I serve on the company's product safety committee.", False),
    ("My sidedress nitrogen protocol was adopted as the company standard for all six branches.", False),
    ("I was named the company's Agronomist of the Year in 2016.", False),
    ("I wrote the company's pesticide drift response procedure.", False),
    ("I have been an ASA member since 2011.", False),
    ("I run three on-farm strip-trial networks across 41 fields.", False),
    ("I am a member of the North Dakota Agricultural Association.", False),
    ("I was named Agronomist of the Year at Red River Crop Services.", False),
    ("My nitrogen protocol became the company standard across six branches.", False),
    ("I was named senior agronomist in 2018.", False),
    ("I was selected to run the company's strip-trial networks.", False),
])
def test_recognitions_seats_talks_and_adoptions(sentence, flagged):
    found = _flags(AGRONOMIST, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


NAVAL_ARCHITECT = """PRIYANKA L. ODUYA-FENWICK, P.E.
Senior Naval Architect — Ferry Design
Norfolk, VA · priyanka.of@example.com · (757) 555-0190

EXPERIENCE
Tidewater Marine Design, PLLC — Norfolk, VA
Senior Naval Architect | March 2020 – Present
• Lead stability and weight work on 7 ferry designs
• Presented a paper on hybrid ferry stability at the 2022 SNAME Maritime Convention
Naval Architect | August 2011 – February 2020

MEMBERSHIPS
• Member, Society of Naval Architects and Marine Engineers (SNAME), since 2010
• ASTM Committee F25 on Ships and Marine Technology, member since 2019
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("One of my ferry designs was named among the year's significant ships by SNAME.", True),
    ("I serve on SNAME's ferry safety working group.", True),
    ("I helped draft the 2024 revisions to the Coast Guard's subchapter K rules.", True),
    ("My stability method was adopted into the ABS rules for hybrid ferries.", True),
    ("I received SNAME's Vice President's citation in 2023.", True),
    ("I chair SNAME's hydrodynamics panel.", True),
    ("I was invited to speak at the Passenger Vessel Association's annual convention.", True),
    ("I presented a paper on hybrid ferry stability at the 2022 SNAME Maritime Convention.", False),
    ("I am a member of ASTM Committee F25 on Ships and Marine Technology.", False),
    ("I have been a SNAME member since 2010.", False),
    ("I lead stability and weight work on seven ferry designs.", False),
    ("I presented the stability findings to the board.", False),
    ("I presented a hybrid ferry stability paper at the SNAME Maritime Convention in 2022.", False),
])
def test_society_membership_is_no_seat_or_honour(sentence, flagged):
    found = _flags(NAVAL_ARCHITECT, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]
