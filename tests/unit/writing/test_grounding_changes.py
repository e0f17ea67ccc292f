"""Table of before/after variants (:mod:`careercopilot.writing.grounding.changes`), written for this
file in professions of no blind set (a ferry terminal planner, a dental practice manager, a lab
technician): a change is one claim, so "from A to B" needs a resume change from A that ends at B.
``True``: the sentence must get a ``number`` flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding import changes

TODAY = date(2026, 12, 3)

RESUME = """Aoife Mbatha
Cork, Ireland | aoife.mbatha@example.ie

EXPERIENCE
Practice Manager — Harbourview Dental, Cork
May 2020 – present
- Cut patient no-shows from 14% to 6% with SMS reminders.
- Reduced average wait for a hygiene slot from 5 weeks to 12 days.
- Manage 2 dentists, 4 nurses and 6 receptionists.

Laboratory Technician — Munster Water Testing, Cork
2016 – 2020
- Brought sample turnaround down from 72 hours to 48 hours.
- Ran about 30 samples a day; 4 analysers.
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("At Harbourview Dental I cut patient no-shows from 14% to 6%.", False),
    ("At Harbourview Dental I cut patient no-shows from 14% to 4%.", True),
    ("I cut no-shows from 14 percent to 2 percent with SMS reminders.", True),
    ("I reduced the wait for a hygiene slot from 5 weeks to 12 days.", False),
    ("I reduced the wait for a hygiene slot from 5 weeks to 6 days.", True),
    ("I brought sample turnaround down from 72 hours to 2 days.", False),  # 48 hours is 2 days
    ("I brought sample turnaround down from 72 hours to 30 hours.", True),
    ("I brought sample turnaround from 72 to 48 hours.", False),
    ("I brought sample turnaround from 72 to 4 hours.", True),
])
def test_change_variants(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))]
    if flagged:
        assert any(k == "number" for k, _ in flags), flags
    else:
        assert not flags, flags


def test_a_change_from_another_start_or_about_another_thing_is_left_to_the_numbers_check():
    lines = ["Cut patient no-shows from 14% to 6% with SMS reminders."]
    assert changes.unsupported_ends("Raised recall bookings from 20% to 6%.", lines) == []
    assert changes.unsupported_ends("Lifted staff retention from 14% to 30%.", lines) == []
    [c] = changes.unsupported_ends("Cut no-shows from 14% to 9%.", lines)
    assert (c.a, c.b, c.unit) == (14, 9, "%")


# --- degree honours (careercopilot/writing/grounding/honours.py) ----------------------------------------
HONOURS_RESUME = """Siobhán Adeyemi
EDUCATION
BSc (Hons) Physiotherapy, University of Limerick, 2019 — Second Class Honours, Grade 1 (2.1 equivalent)
MSc Sports Medicine, University College Cork, 2021 (with distinction)
BS Nursing — Ateneo de Davao University, 2012, cum laude
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I earned a 2:1 in physiotherapy at the University of Limerick.", False),
    ("I earned a first-class degree in physiotherapy at the University of Limerick.", True),
    ("I graduated with first class honours in physiotherapy.", True),
    ("I completed my MSc in Sports Medicine with distinction.", False),
    ("I completed my MSc in Sports Medicine with merit.", True),
    ("I graduated cum laude with a BS in Nursing from Ateneo de Davao University.", False),
    ("I graduated summa cum laude with a BS in Nursing.", True),
    ("I graduated magna cum laude from Ateneo de Davao University.", True),
    ("I cut clinic no-shows by 2.1% in 2021.", False),  # a number, not a class
])
def test_honours(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(HONOURS_RESUME, today=TODAY))]
    if flagged:
        assert any(k == "degree" for k, _ in flags), flags
    else:
        assert not any(k == "degree" for k, _ in flags), flags


# --- degree mentions: firms, jobs and fields (careercopilot/writing/grounding/entities.py) ---------------
DEGREE_RESUME = """Thandiwe Lindqvist
EXPERIENCE
Retail Associate, then Lead Associate — Kestrel Outdoor Supply, Durban — 2017 – 2021
Surveyor — Mbeki Okafor Associates, Pietermaritzburg — 2021 – present

EDUCATION
Bachelor of Science (Geomatics), University of KwaZulu-Natal, 2016
Associate of Applied Science in Surveying Technology, Durban Technical College, 2014
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I have been a surveyor at Mbeki Okafor Associates in Pietermaritzburg since 2021.", False),  # a firm
    ("I moved up from retail associate to lead associate in camping at Kestrel Outdoor Supply.", False),  # a job
    ("I hold a Bachelor of Science in geomatics from the University of KwaZulu-Natal.", False),  # (field)
    ("I hold a Bachelor of Science majoring in geomatics.", False),
    ("I hold a Bachelor of Science majoring in geology.", True),
    ("I earned an associate degree in surveying technology in 2014.", False),
    ("I earned my associate degree in surveying technology through Durban Technical College.", False),
    ("I earned an associate degree in civil engineering in 2014.", True),
])
def test_degree_mentions(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(DEGREE_RESUME, today=TODAY))]
    if flagged:
        assert any(k == "degree" for k, _ in flags), flags
    else:
        assert not flags, flags


# --- compound vague magnitudes (careercopilot/writing/grounding/text.py VAGUE_RE) -----------------------
SCALE_RESUME = """Leilani Okoro
EXPERIENCE
Product Designer — Waipuna Payments, Honolulu — 2020 – present
- Redesigned the checkout used by ~45,000 merchants.
- Mobile app handles about 2 million transactions a month.
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("The checkout I redesigned is used by tens of thousands of merchants.", False),
    ("The checkout I redesigned is used by hundreds of thousands of merchants.", True),
    ("Our mobile app handles millions of transactions a month.", False),
    ("Our mobile app handles tens of millions of transactions a month.", True),
    ("Our mobile app handles hundreds of millions of transactions a month.", True),
])
def test_compound_vague_magnitudes(sentence, flagged):
    flags = [(f.kind, f.text) for f in check(sentence, SourceFacts.from_texts(SCALE_RESUME, today=TODAY))]
    if flagged:
        assert any(k == "scale" for k, _ in flags), flags
    else:
        assert not flags, flags
