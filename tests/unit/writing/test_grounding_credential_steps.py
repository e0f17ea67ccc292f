"""Table of variants for a credential one rank above the resume's (session 27, ground89; written for this file, not
copied from the blind sets): Certified → Master / Advanced / Board Certified, Associate → Fellow, Level 1 → Level 2,
Class B → Class A, next to the resume's own credential restated ("a Google Certified Educator Level 1", "an ALOA
Certified Master Locksmith", "ISTQB Advanced Test Manager" for "Advanced Level — Test Manager"). ``True``: the sentence
must be flagged; ``False``: no flag at all. :mod:`careercopilot.writing.grounding.credential_steps`.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.credential_steps import unsupported

TODAY = date(2026, 12, 3)

LOCKSMITH = ("Name Surname, CML\nMaster Locksmith / Safe Technician\nDayton, OH · +1 555 010 0000 · name@example.com\n\n"
             "EXPERIENCE\nGem City Lock & Safe — Dayton, OH\nMaster Locksmith | May 2017 – Present\n"
             "Locksmith / Safe Technician | July 2008 – April 2017\n\nCERTIFICATIONS\n"
             "• ALOA Certified Master Locksmith (CML), 2016\n• SAVTA Certified Professional Safe Technician (CPS), 2014\n")
TEACHER = ("Name Surname\nMathematics Teacher\nCork, Ireland · +353 85 000 0000 · name@example.com\n\nEXPERIENCE\n"
           "St. Finbarr's College — Cork\nTeacher of Mathematics | September 2015 – Present\n\nCERTIFICATIONS\n"
           "• Google Certified Educator Level 1 (2019)\n• ISTQB Certified Tester Advanced Level — Test Manager (CTAL-TM), 2022\n"
           "• Associate Member, Institute of Mathematics Teachers (AMIMT), 2018\n")
ANALYST = ("Name Surname, CFA\nSenior Financial Analyst\nChicago, IL · +1 555 010 0000 · name@example.com\n\nEXPERIENCE\n"
           "Lakeshore Foods — Chicago, IL\nSenior Financial Analyst | March 2018 – Present\n\nCERTIFICATIONS\n"
           "• CFA Charterholder — CFA Institute, 2022 (passed Level III in 2021)\n"
           "• Certified Pharmacy Technician Level 2, PTCB, 2010\n• Class B CDL, Illinois, 2012\n")

ROWS = [
    (LOCKSMITH, "I am a Certified Master Safe Technician through SAVTA.", True),
    (LOCKSMITH, "I hold the SAVTA Master Safe Technician credential.", True),
    (TEACHER, "I am a Google Certified Educator Level 2.", True),
    (TEACHER, "I hold the Google Certified Educator Level II badge.", True),
    (TEACHER, "I am an Expert Test Manager certified by ISTQB.", True),
    (TEACHER, "I am a Fellow Member of the Institute of Mathematics Teachers.", True),
    (ANALYST, "I am currently a CFA Level II candidate.", True),
    (ANALYST, "I hold a Class A CDL from Illinois.", True),
    (ANALYST, "I am a Certified Pharmacy Technician Level 3.", True),
    (LOCKSMITH, "I am an ALOA Certified Master Locksmith.", False),
    (LOCKSMITH, "I am a SAVTA Certified Professional Safe Technician.", False),
    (TEACHER, "I am a Google Certified Educator Level 1.", False),
    (TEACHER, "I hold the ISTQB Advanced Test Manager certification.", False),
    (TEACHER, "I am an Associate Member of the Institute of Mathematics Teachers.", False),
    (ANALYST, "I passed CFA Level III in 2021.", False),
    (ANALYST, "I hold a Class B CDL from Illinois.", False),
    (LOCKSMITH, "I have been a master locksmith since May 2017.", False),
]


@pytest.mark.parametrize("resume,sentence,flagged", ROWS)
def test_a_credential_one_rank_above_the_resumes_is_flagged(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags


@pytest.mark.parametrize("sentence", [
    "I hold a Master of Science in Geology.",
    "The ETCS Level 2 projects I work on cover 412 km.",  # the resume writes "ETCS poziom 2": no "level" to contradict
    "I am a Master Brewer of the Institute of Brewing & Distilling.",  # no resume line names the base: another check's
])
def test_no_step_without_the_resumes_credential_at_another_rank(sentence):
    assert unsupported(sentence, ["• Projekty ETCS poziom 2 dla 3 linii kolejowych", "B.S., Geology, 2010"]) == []
