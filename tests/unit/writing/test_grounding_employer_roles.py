"""Table of variants for the resume's client, school or regulator named as the employer (session 27, ground89; written
for this file, not copied from the blind sets): "I worked as a road engineer for SANRAL" when SANRAL is the client of
the resume's contracts ("Resident engineer's representative on 3 SANRAL road rehabilitation contracts" — another's
role, not the user's), "I worked as a hygienist in Utah Valley University's dental hygiene clinic" when the resume
trained there, next to the same names in their own roles ("I worked on three SANRAL contracts", "my clinical training
in the UVU clinic") and to the resume's employers ("I worked as a technologist for Umgeni Consulting Engineers").
``True``: the sentence must be flagged; ``False``: no flag at all. :mod:`careercopilot.writing.grounding.names`.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

ROADS = ("Name Surname\nSenior Civil Engineering Technologist\nDurban, South Africa · +27 82 000 0000 · name@example.com\n\n"
         "EXPERIENCE\nUmgeni Consulting Engineers — Pietermaritzburg\nSenior Civil Engineering Technologist | Apr 2019 – Present\n"
         "• Resident engineer's representative on 3 SANRAL road rehabilitation contracts\n"
         "• Site inspector's assistant on 2 KZN Department of Transport bridge contracts\n"
         "Civil Engineering Technologist | Feb 2012 – Mar 2019\n\n"
         "EDUCATION\nBTech: Civil Engineering, Durban University of Technology, 2011\n")
HYGIENE = ("Name Surname, RDH\nRegistered Dental Hygienist\nProvo, UT · +1 555 010 0000 · name@example.com\n\n"
           "EXPERIENCE\nTimpanogos Family Dental — Provo, UT\nDental Hygienist | June 2012 – Present\n"
           "• See 9 patients a day\n\nEDUCATION\n"
           "B.S., Dental Hygiene, Utah Valley University, 2012 (clinical training in the UVU Dental Hygiene Clinic)\n")

ROWS = [
    (ROADS, "I worked as a road engineer for SANRAL.", True),
    (ROADS, "I was a resident engineer for SANRAL on three contracts.", True),
    (ROADS, "I worked as an engineer for SANRAL on road rehabilitation.", True),
    (ROADS, "I worked as a bridge inspector for the KZN Department of Transport.", True),
    (HYGIENE, "I worked as a hygienist in Utah Valley University's dental hygiene clinic.", True),
    (HYGIENE, "I worked as a hygienist at Utah Valley University.", True),
    (HYGIENE, "I practised in Utah Valley University's dental clinic for two years.", True),
    (HYGIENE, "I worked in Utah Valley University's hygiene clinic.", True),
    (ROADS, "I worked on three SANRAL road rehabilitation contracts.", False),
    (ROADS, "I worked as a technologist for Umgeni Consulting Engineers.", False),
    (ROADS, "I represent the resident engineer on SANRAL road contracts.", False),
    (HYGIENE, "I did my clinical training in the UVU Dental Hygiene Clinic.", False),
    (HYGIENE, "I worked as a hygienist in Timpanogos Family Dental's Provo office.", False),
    (HYGIENE, "I earned my dental hygiene degree at Utah Valley University.", False),
]


@pytest.mark.parametrize("resume,sentence,flagged", ROWS)
def test_a_client_or_school_named_as_the_employer_is_flagged(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags
