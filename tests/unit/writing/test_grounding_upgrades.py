"""Table of variants for a part in a result raised a step (written for this file, in professions of no
blind set: a sales engineer, a research nurse, a landscape architect).

The resume line about a result gives the user's part: "co-inventor", "co-investigator", "member of the
launch team", "ranked No. 3 of 40", "top-5 of 60 reps". A sentence about the same result that raises it —
"sole inventor", "principal investigator", "I led the launch", "ranked first", "the top-selling rep" — is
flagged (:mod:`careercopilot.writing.grounding.upgrades`, kind ``claim``); the same part in other words
passes, and so does a raised part the resume states on another line of its own.
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUME = """Rafael Duarte
Porto, Portugal | rafael.duarte@example.pt

EXPERIENCE
Senior Sales Engineer, Lusoflow Pumps - 2018 - present
- Ranked No. 3 of 40 sales engineers nationwide by order intake (2024)
- Top-5 of 60 reps in the Iberia region for service contracts in 2023 and 2025
- Member of the launch team for the HX-9 booster pump (2022)
- Co-inventor on 1 granted patent for a seal-cooling insert
- Led the distributor training programme (14 distributors, 2021)

Research Nurse, Hospital de Santo António - 2012 - 2018
- Co-investigator, multicentre trial of early mobilisation after hip surgery (EUR 1.2 million, 2015-2018)
- Principal investigator, nurse-led falls audit (2016)
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("In 2024 I ranked third of 40 sales engineers nationwide by order intake.", False),
    ("In 2024 I ranked first of 40 sales engineers nationwide by order intake.", True),
    ("In 2024 I was the top sales engineer nationwide by order intake.", True),
    ("I was among the top five reps in the Iberia region for service contracts.", False),
    ("I was the top-selling rep in the Iberia region for service contracts in 2023 and 2025.", True),
    ("I was part of the launch team for the HX-9 booster pump.", False),
    ("I led the launch of the HX-9 booster pump.", True),
    ("I headed the HX-9 booster pump launch team.", True),
    ("I am a co-inventor on a granted patent for a seal-cooling insert.", False),
    ("I am the sole inventor on a granted patent for a seal-cooling insert.", True),
    ("I led the distributor training programme for 14 distributors.", False),
    ("I was a co-investigator on a multicentre trial of early mobilisation after hip surgery.", False),
    ("I was principal investigator on a multicentre trial of early mobilisation after hip surgery.", True),
    ("I was principal investigator on a nurse-led falls audit.", False),
    ("I was principal investigator on a EUR 1.2 million trial of early mobilisation after hip surgery.", True),
])
def test_a_part_in_a_result_raised_a_step(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
