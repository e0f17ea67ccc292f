"""Table of variants for a rounded figure tied to what it counts, not to how often (session 30, ground120; set 26's
"I direct about 450 services a year" when the resume's services are «about 540 … a year» and 465 counts contracts
«a year»): "about N <noun> a year" is backed by a resume figure within rounding that counts the same noun; the
period words ("a year", "a day", "per week") alone tie no figure to another (:func:`careercopilot.writing.grounding.
numbers._rounded_supported`). Resumes and sentences written for this file.

``True``: the figure must be flagged; ``False``: no flag. Old code (main 4f96153) got 5 of 11 rows wrong (every
``True`` row passed on the other noun's figure of the same period).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 7)


def _resume(title: str, bullets: str) -> str:
    return (f"Name Surname\n{title}\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nRiverside Group — Leeds\n"
            f"{title} | March 2019 – Present\n{bullets}\n")


VET = "• Perform about 1,150 surgeries a year\n• Vaccinate 1,280 animals a year"
INTERPRETER = "• Interpret in 410 medical appointments a year\n• Log about 700 billable hours a year"
PHARMACIST = "• Fill about 1,900 prescriptions a week\n• Counsel 600 patients a week"
COURIER = "• Make 140 stops a day\n• Deliver about 260 parcels a day"
HOTEL = "• Check in about 90 guests a day\n• Handle 120 calls a day"


@pytest.mark.parametrize("title,bullets,sentence,flagged", [
    ("Veterinary Surgeon", VET, "I perform about 1,300 surgeries a year.", True),
    ("Medical Interpreter", INTERPRETER, "I interpret in about 690 appointments a year.", True),
    ("Community Pharmacist", PHARMACIST, "I fill about 620 prescriptions a week.", True),
    ("Delivery Driver", COURIER, "I make about 250 stops a day.", True),
    ("Front Desk Supervisor", HOTEL, "I check in about 115 guests a day.", True),
    ("Veterinary Surgeon", VET, "I perform about 1,200 surgeries a year.", False),
    ("Medical Interpreter", INTERPRETER, "I interpret in about 400 appointments a year.", False),
    ("Community Pharmacist", PHARMACIST, "I fill close to 1,900 prescriptions a week.", False),
    ("Delivery Driver", COURIER, "I deliver about 250 parcels a day.", False),
    ("Front Desk Supervisor", HOTEL, "I check in about 90 guests a day.", False),
    ("Front Desk Supervisor", HOTEL, "We handle about 120 calls a day.", False),
])
def test_rounded_figure_counts_its_own_noun(title, bullets, sentence, flagged):
    facts = SourceFacts.from_texts(_resume(title, bullets), today=TODAY)
    flags = [f for f in check(sentence, facts) if f.kind in ("number", "scale")]
    assert bool(flags) is flagged, flags
