"""Tables of variants: figures a sentence derives from a resume line (ground98, issue 12; set 24's false flags "roughly
10,500 echocardiograms" for "9,400 transthoracic and 1,100 stress echoes", "seven vessel designs" for "5 ferry and 2
research-vessel designs", "seven firefighters in all", "430 hectares, 310 of them estate-owned", "from 52 patients in
2022 to 86" for "86 patients in 2025, up from 52 in 2022"). Resumes and sentences written for this file in the wording
of real CVs (clinic, shipyard, brewery, fire service, vineyard, research and logistics careers).

Mechanisms: :mod:`.list_sums` (a list's total said without its parts), :func:`.unit_forms.carry_change_units` (the
old value of "86 patients, up from 52" counts patients), :mod:`.numbers` (differences, shares, changes, rates).

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main 95de34c): see the report.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


ECHO = ("Dana Cole, RDCS\nLead Cardiac Sonographer\nAustin, TX · dana.cole@example.com\n\nEXPERIENCE\n"
        "Hill Country Heart Clinic — Austin, TX\nLead Cardiac Sonographer | May 2015 – Present\n"
        "• Lead 8 sonographers across 2 outpatient echo labs; about 9,400 transthoracic and 1,100 stress echoes a year\n"
        "• Repeat-study rate cut from 14 of 212 audited studies in 2022 to 3 of 240 in 2024\n")
YARD = ("Lee Park, PE\nSenior Naval Architect\nNorfolk, VA · lee.park@example.com\n\nEXPERIENCE\n"
        "Tidewater Marine Design — Norfolk, VA\nSenior Naval Architect | March 2014 – Present\n"
        "• Lead stability and weight engineering for 5 ferry and 2 research-vessel designs; team of 6 engineers\n"
        "• Ran 11 inclining experiments and 4 deadweight surveys\n")
FIRE = ("Cody Marsh\nEngine Captain\nCody, WY · cody.marsh@example.com\n\nEXPERIENCE\nBighorn Fire Contractors — Cody, WY\n"
        "Engine Captain | May 2016 – Present\n• Lead a Type 6 engine crew of 4 and a Type 4 engine crew of 3\n")
BREW = ("Sam Hale\nHead Brewer\nSt. Louis, MO · sam.hale@example.com\n\nEXPERIENCE\nSoulard Brewing — St. Louis, MO\n"
        "Head Brewer | June 2016 – Present\n• Grew annual output from 28,000 barrels in 2019 to 45,000 in 2024\n"
        "• Enrolled 86 new wholesale accounts in 2025, up from 52 in 2022\n")
VINO = ("Lucía Paz\nEnóloga Jefa\nMendoza, Argentina · lucia.paz@example.com\n\nEXPERIENCIA\nBodega Alta — Tupungato\n"
        "Enóloga Jefa | mayo 2018 – actualidad\n• Dirijo la elaboración de 1.400.000 litros anuales de 310 ha propias y "
        "120 ha de productores\n")
CLINIC = ("Ruth Adler\nClinical Research Coordinator\nBoston, MA · ruth.adler@example.com\n\nEXPERIENCE\n"
          "Harbor Oncology — Boston, MA\nSenior Clinical Research Coordinator | Jan 2019 – Present\n"
          "• Enrolled 86 patients in 2025, up from 52 in 2022\n• Coordinate 6 industry, 3 cooperative-group and 2 "
          "investigator-initiated trials\n")
PRE = ("Maya Tan\nPreschool Principal\nSingapore · maya@example.sg\n\nEXPERIENCE\nLittle Oaks Preschool — Singapore\n"
       "Centre Principal | Aug 2019 – Present\n• Lead 24 teachers and 6 support staff for 176 children, up from 131 in 2020\n"
       "• Parent satisfaction 91.2% in 2021 → 96.8% in 2025\n• 3 infant care, 4 playgroup and 5 kindergarten classes\n")

SUMS = [
    (ECHO, "Our two labs perform roughly 10,500 echocardiograms a year.", False),
    (ECHO, "Our labs perform about 10,500 echoes a year.", False),
    (ECHO, "Our labs perform more than 10,000 echo studies a year.", False),
    (YARD, "I lead stability and weight work on seven vessel designs with a six-engineer team.", False),
    (YARD, "I have led weight engineering on seven designs.", False),
    (YARD, "I have run fifteen stability tests in all, inclining experiments and deadweight surveys.", False),
    (FIRE, "I lead two engine crews, seven firefighters in all.", False),
    (FIRE, "I lead two engine crews with seven firefighters between them.", False),
    (VINO, "Our fruit comes from 430 hectares, 310 of them estate-owned.", False),
    (VINO, "Our wines are made from about 430 hectares of vineyard.", False),
    (CLINIC, "I coordinate eleven trials.", False),
    (CLINIC, "I coordinate 11 oncology trials in total.", False),
    (PRE, "I lead a team of thirty staff.", False),
    (PRE, "I lead thirty educators and support staff.", False),
    (PRE, "I run twelve classes across infant care, playgroup and kindergarten.", False),
    (PRE, "I run 12 classes in all.", False),
    # a wrong total, or a total given one part's own word, stays flagged
    (PRE, "I lead a team of thirty-two staff.", True),
    (PRE, "I run twelve kindergarten classes.", True),
    (PRE, "I lead thirty teachers.", True),
    (ECHO, "Our two labs perform roughly 11,500 echocardiograms a year.", True),
    (ECHO, "Our labs perform about 10,500 stress echoes a year.", True),
    (ECHO, "Our labs perform about 10,500 transthoracic echoes a year.", True),
    (YARD, "I lead stability and weight work on eight vessel designs.", True),
    (YARD, "I lead stability and weight work on seven ferry designs.", True),
    (YARD, "I have led seven research-vessel designs.", True),
    (FIRE, "I lead two engine crews, nine firefighters in all.", True),
    (VINO, "Our fruit comes from 450 hectares, 310 of them estate-owned.", True),
    (CLINIC, "I coordinate eleven industry trials.", True),
    (CLINIC, "I coordinate 13 trials in total.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", SUMS)
def test_a_lists_total_said_without_its_parts(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


OTHER_DERIVED = [
    (CLINIC, "Annual enrollment rose by about 65 percent, from 52 patients in 2022 to 86 in 2025.", False),
    (CLINIC, "I grew enrollment from 52 patients in 2022 to 86 in 2025.", False),
    (CLINIC, "I enrolled 34 more patients in 2025 than in 2022.", False),
    (BREW, "I grew annual output by 17,000 barrels between 2019 and 2024.", False),
    (BREW, "Annual output grew by about 61 percent from 2019 to 2024.", False),
    (BREW, "New wholesale accounts rose from 52 in 2022 to 86 in 2025.", False),
    (ECHO, "Our repeat-study rate fell from 6.6 percent to 1.3 percent.", False),
    (ECHO, "Our repeat-study rate fell from about 6.6% to about 1.3%.", False),
    (YARD, "I have run fifteen stability tests: eleven inclining experiments and four deadweight surveys.", False),
    (BREW, "I brew about 3,750 barrels a month.", False),
    (PRE, "Enrolment grew by forty-five children since 2020.", False),
    (PRE, "Parent satisfaction rose 5.6 points to 96.8%.", False),
    (BREW, "I signed 86 new wholesale accounts in 2025, up from 52 in 2022.", False),
    # a wrong derivation stays flagged
    (CLINIC, "Annual enrollment rose by about 80 percent, from 52 patients in 2022 to 86 in 2025.", True),
    (CLINIC, "I grew enrollment from 25 patients in 2022 to 86 in 2025.", True),
    (CLINIC, "I enrolled 43 more patients in 2025 than in 2022.", True),
    (BREW, "I grew annual output by 27,000 barrels between 2019 and 2024.", True),
    (BREW, "Annual output grew by about 85 percent from 2019 to 2024.", True),
    (BREW, "New wholesale accounts rose from 25 in 2022 to 86 in 2025.", True),
    (ECHO, "Our repeat-study rate fell from 9.6 percent to 1.3 percent.", True),
    (ECHO, "Our repeat-study rate fell from about 6.6% to about 3.1%.", True),
    (BREW, "I brew about 5,750 barrels a month.", True),
    (PRE, "Enrolment grew by fifty-five children since 2020.", True),
    (BREW, "I signed 86 new wholesale accounts in 2025, up from 25 in 2022.", True),
    (BREW, "I brew about 3,750 barrels a week.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", OTHER_DERIVED)
def test_differences_shares_changes_and_rates(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)
