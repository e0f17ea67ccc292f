"""Duration claims (writing/grounding/durations.py): the length of a stay at an employer must fit
that employer's dates, and a field's length the duration the resume states for it. A table of
variants: date formats (month names, MM/YYYY, years only, "Present"), promotions at one employer,
qualifiers, rates and parts of a stay that are not lengths, and claims tied to nothing."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """DANA OKAFOR
Leeds, UK | dana.okafor@example.org

PROFILE
Operations analyst with seven years in retail supply chain analytics and a background in warehouse operations.

EXPERIENCE
Senior Analyst - Northgate Retail, Leeds - March 2022 to Present
- Built the weekly replenishment model for 140 stores.

Analyst - Northgate Retail, Leeds - January 2020 to February 2022
- Automated the shrink report in Python.

Planning Analyst - Calder Foods, Bradford - 06/2017 - 11/2019
- Forecast demand for 35 product lines.

Warehouse Team Leader - Pennine Logistics, Wakefield - 2014 - 2017
- Led a shift of 12 pickers.

EDUCATION
BSc Mathematics, University of Leeds, 2014
"""
FACTS = SourceFacts.from_texts(RESUME, today=date(2026, 12, 3))


def _date_flags(sentence: str) -> list[str]:
    return [f.text for f in check(sentence, FACTS) if f.kind == "date"]


@pytest.mark.parametrize("sentence", [
    "I spent two years at Calder Foods forecasting demand.",             # 2 y 5 m
    "I spent nearly two and a half years at Calder Foods.",              # "two" + nearly → fine
    "I worked at Calder Foods for over two years.",                      # before-form
    "I have been with Northgate Retail for almost seven years.",         # Jan 2020 – now: 6 y 11 m (promotion joined)
    "I have spent more than six years at Northgate Retail.",
    "In my first two years at Northgate Retail I automated the shrink report.",  # a part of the stay
    "I ran a shift of 12 pickers at Pennine Logistics for three years.",  # years only: 2–4 possible
    "I have seven years in retail supply chain analytics.",              # the resume's own figure
    "I have over five years of experience in retail supply chain analytics.",
    "We reviewed stock twice a year at Calder Foods.",                   # a rate, not a length
    "I forecast demand for 35 product lines, refreshing the model every two months.",
    "Within two years I had automated the shrink report.",
    "I have about three years of experience in Python.",                 # nothing states it: not this check's
    "I spent about two and a half years at Calder Foods.",
    "I spent nearly three years as an Analyst at Northgate Retail.",     # the Analyst entry, not the Senior one
    "I have spent close to five years as a Senior Analyst at Northgate Retail.",
    "I did a six-month secondment with Calder Foods.",                   # part of a longer stay
    "The rollout followed a 5-year plan at Northgate Retail.",           # a plan, not a stay
])
def test_durations_that_fit_pass(sentence):
    assert _date_flags(sentence) == []


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("I spent four years at Calder Foods forecasting demand.", "four years"),           # 2 y 5 m
    ("I worked at Calder Foods for five years.", "five years"),
    ("I spent 3 years at Calder Foods.", "3 years"),
    ("I have been with Northgate Retail for over a decade.", "over a decade"),
    ("I have been with Northgate Retail for ten years.", "ten years"),
    ("I spent six months at Calder Foods.", "six months"),
    ("I led a shift at Pennine Logistics for eight years.", "eight years"),
    ("I have spent over a decade in retail supply chain analytics.", "over a decade"),   # resume: seven years
    ("I have twelve years in retail supply chain analytics.", "twelve years"),
    ("I have worked in retail supply chain analytics for nearly fifteen years.", "nearly fifteen years"),
    ("I spent four and a half years at Calder Foods.", "four and a half years"),
    ("I spent six years as an Analyst at Northgate Retail.", "six years"),
    ("I did a five-year contract with Calder Foods.", "five-year"),           # longer than the whole stay
])
def test_durations_that_do_not_fit_are_flagged(sentence, flagged):
    assert flagged in _date_flags(sentence)
