"""Table of achievement variants (:mod:`careercopilot.writing.grounding.achievements`), written for
this file in professions of no blind set (a zookeeper, a marine biologist, a game developer): what the
user launched, won, authored first or put into production must be an achievement the resume states.
``True``: the sentence must get a ``claim`` flag; ``False``: it must get no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUME = """Rangi Thorvaldsen
Wellington, New Zealand | rangi.t@example.nz

EXPERIENCE
Senior Keeper — Harbourside Zoo, Wellington
2019 – present
- Started the zoo's penguin enrichment programme; 14 new enrichment devices in 2022.
- Ran school holiday talks for about 3,000 visitors a year.
- Our kea team reached the final of the Zoo Aquarium Association enrichment awards in 2023.

Research Assistant — Tasman Marine Lab, Nelson
2015 – 2019
- Built a prototype acoustic tag reader for juvenile snapper.
- 4 peer-reviewed papers (1 first-author), including a co-authored paper in Marine Ecology Progress Series (2018).
- Winner, Best Student Poster, NZ Marine Sciences Society conference 2017.
"""


@pytest.mark.parametrize("sentence,flagged", [
    # creation: the object with a verb of creating in the resume
    ("I launched the zoo's penguin enrichment programme at Harbourside Zoo.", False),
    ("The penguin enrichment programme I launched added 14 new devices in 2022.", False),
    ("I founded a school holiday talks series at Harbourside Zoo.", True),
    ("I launched a night safari at Harbourside Zoo.", True),
    ("The volunteer keeper scheme I launched trained new volunteers.", True),
    # win: a word of winning about the same thing
    ("I won Best Student Poster at the NZ Marine Sciences Society conference in 2017.", False),
    ("Our kea team won the Zoo Aquarium Association enrichment awards in 2023.", True),
    # authorship: the role on the line naming the venue
    ("I have been first author on a peer-reviewed paper.", False),
    ("I was first author of a paper in Marine Ecology Progress Series in 2018.", True),
    # production
    ("My acoustic tag reader prototype was deployed to production across the lab.", True),
    ("I built a prototype acoustic tag reader for juvenile snapper.", False),
])
def test_achievement_variants(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))]
    if flagged:
        assert any(k == "claim" for k, _ in flags), flags
    else:
        assert not flags, flags


# --- work placed at the wrong employer (careercopilot/writing/grounding/attribution.py) ---------------
WORK_RESUME = """Ximena Achterberg
Rotterdam, Netherlands | ximena.a@example.nl

EXPERIENCE
Customs Broker — Maasvlakte Freight B.V., Rotterdam
2021 – present
- Prepare import declarations in AGS for about 90 containers a week.
- Handle duty drawback claims for pharmaceutical clients.

Logistics Coordinator — Delfshaven Cold Storage, Rotterdam
2017 – 2021
- Scheduled reefer container pickups with 6 trucking partners.
- Ran quarterly temperature-mapping audits of the freezer halls.
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("At Maasvlakte Freight I prepare import declarations in AGS for about 90 containers a week.", False),
    ("At Delfshaven Cold Storage I scheduled reefer container pickups with 6 trucking partners.", False),
    ("At Maasvlakte Freight I ran quarterly temperature-mapping audits of the freezer halls.", True),
    ("I scheduled reefer container pickups with trucking partners at Maasvlakte Freight.", True),
    ("At Delfshaven Cold Storage I handled duty drawback claims for pharmaceutical clients.", True),
    # "with X" is a partner, not where the work was done
    ("I handled duty drawback claims for pharmaceutical clients with Delfshaven Cold Storage.", False),
])
def test_work_placed_at_an_employer(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(WORK_RESUME, today=TODAY))]
    if flagged:
        assert any(k == "employer" for k, _ in flags), flags
    else:
        assert not any(k == "employer" for k, _ in flags), flags
