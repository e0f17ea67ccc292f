"""Table of variants (session 31, ground133; set 27's kind 3): employee years across a contract or agency period
(:mod:`careercopilot.writing.grounding.employment_terms`). Written for this file, in professions of no blind set (an
aircraft mechanic placed by an agency, a data engineer freelancing before being hired, a welder on a secondment).

"Employed by/an employee of/on the staff of X for N years" counts only X's entries without a contract cue; the agency
itself employs the contract years; the years *at* X as a whole ("worked on X's fleet for N years", "with X for N
years") are not employment claims and stay with the duration check.

On the code before this session 7 of the 16 rows failed (every employment claim that needed the contract years).
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

MECHANIC = """Andre P. Kowalczyk
Aircraft Maintenance Technician (A&P)
Wichita, KS · andre.kowalczyk@example.com

EXPERIENCE
Prairie Wing Aviation — Wichita, KS
Lead A&P Technician | May 2021 – Present
• Lead line maintenance on 14 King Air and Citation aircraft
A&P Technician (contract, via AeroTemp Staffing) | March 2015 – April 2021
Skyway Regional — Salina, KS
Apprentice Mechanic | June 2012 – February 2015
"""

DATA = """Maren Holt
Data Engineer
Oslo · +47 412 55 301 · maren.holt@example.no

EXPERIENCE
Fjordline Analytics AS — Oslo
Senior Data Engineer | 01/2022 – present
Data Engineer (freelance, B2B) | 03/2018 – 12/2021
Statnett — Oslo
Graduate Analyst | 08/2016 – 02/2018
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (MECHANIC, "I have been a Prairie Wing Aviation employee for more than ten years.", True),
    (MECHANIC, "I have been a Prairie Wing Aviation employee for more than five years.", False),
    (MECHANIC, "I have been employed by Prairie Wing Aviation for more than eleven years.", True),
    (MECHANIC, "I have been employed by Prairie Wing Aviation for over five years.", False),
    (MECHANIC, "I have been on the staff of Prairie Wing Aviation for nearly twelve years.", True),
    (MECHANIC, "I have worked for Prairie Wing Aviation as an employee for more than eight years.", True),
    (MECHANIC, "I was employed by AeroTemp Staffing for six years, placed at Prairie Wing Aviation.", False),
    (MECHANIC, "I have worked on Prairie Wing Aviation's fleet for more than eleven years.", False),
    (MECHANIC, "I have been with Prairie Wing Aviation for more than eleven years, first through an agency.", False),
    (DATA, "I have been a Fjordline Analytics employee for more than eight years.", True),
    (DATA, "I have been a Fjordline Analytics employee for more than four years.", False),
    (DATA, "I have been employed by Fjordline Analytics for more than eight years.", True),
    (DATA, "I have been on Fjordline Analytics's payroll for more than six years.", True),
    (DATA, "I have worked with Fjordline Analytics for more than eight years, first as a freelancer.", False),
    (DATA, "I was employed by Statnett for about a year and a half.", False),
    (DATA, "I have been employed by Fjordline Analytics since January 2022.", False),
])
def test_employee_years(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    flags = check(sentence, facts)
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
