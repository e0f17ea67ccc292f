"""Table of variants (ground142; set 28's kind "a principal's title claimed from an acting term"): a title the resume gives
only as an ended acting, interim or temporary term, claimed as the current title
(:mod:`careercopilot.writing.grounding.acting_titles`). Written for this file, in professions and layouts of no blind set
(a UK deputy head who was acting head, an Australian public servant "A/Director", a Kenyan county officer "Ag. Chief
Officer", a German deputy plant manager "kommissarischer Werkleiter", a US charge nurse still acting nurse manager).

On the code before ground142 5 of the 15 rows failed; all pass now.
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

TEACHER = """Harriet Olonisakin
Deputy Headteacher
Leeds, UK · 07700 900 611 · h.olonisakin@example.co.uk

EXPERIENCE
Acting Headteacher, Fernbank Primary School | Sep 2024 – Jul 2025
Deputy Headteacher, Fernbank Primary School | Sep 2019 – Present
• Lead teaching and learning for 26 teachers
Class Teacher, Moor Lane Primary | Sep 2012 – Aug 2019

QUALIFICATIONS
NPQH (National Professional Qualification for Headship), 2023
"""

SERVANT = """Liam Kovac
Assistant Director, Water Policy
Canberra ACT · 0412 555 019 · liam.kovac@example.gov.au

EXPERIENCE
Department of Climate and Water — Canberra
A/Director, Water Policy Section | Feb 2023 – Nov 2023
Assistant Director, Water Policy Section | Jul 2018 – Present
Policy Officer, Murray Basin Authority | 2014 – 2018
"""

OFFICER = """Achieng Otieno
Deputy Chief Officer, Health Services
Kisumu, Kenya · +254 722 555 014 · achieng.otieno@example.co.ke

EXPERIENCE
County Government of Kisumu
Ag. Chief Officer, Health Services | March 2022 – January 2023
Deputy Chief Officer, Health Services | June 2019 – Present
"""

NURSE = """Dana Whitfield, RN
Charge Nurse, ICU
Columbus, OH · (614) 555-0190 · dana.whitfield@example.com

EXPERIENCE
Riverside Methodist Hospital — Columbus, OH
Acting Nurse Manager, Medical ICU | October 2026 – Present
Charge Nurse, Medical ICU | May 2018 – Present
"""

MANAGER = """Stefan Brandt
Operations Manager
Linz, Austria · +43 660 555 0123 · stefan.brandt@example.at

EXPERIENCE
Plant Manager, Donau Stahlguss GmbH | 2022 – Present
Interim Plant Manager, Donau Stahlguss GmbH | 2021 – 2022
Production Manager, Donau Stahlguss GmbH | 2016 – 2021
"""

ROWS = [
    (TEACHER, "As headteacher of Fernbank Primary School, I lead 26 teachers.", True),
    (TEACHER, "I am the headteacher at Fernbank Primary School.", True),
    (TEACHER, "I currently serve as headteacher of Fernbank Primary School.", True),
    (TEACHER, "I was acting headteacher of Fernbank Primary School for a school year.", False),
    (TEACHER, "As deputy headteacher of Fernbank Primary School, I lead 26 teachers.", False),
    (SERVANT, "As director of the Water Policy Section, I lead a team of policy officers.", True),
    (SERVANT, "My current role as director of the Water Policy Section covers Murray-Darling policy.", True),
    (SERVANT, "I am an assistant director at the Department of Climate and Water.", False),
    (SERVANT, "I have been an assistant director in the Water Policy Section since 2018.", False),
    (OFFICER, "I am the chief officer for health services at the County Government of Kisumu.", True),
    (OFFICER, "I am the deputy chief officer for health services at the County Government of Kisumu.", False),
    (NURSE, "As acting nurse manager of the medical ICU, I oversee its staffing.", False),  # the acting term runs now
    (NURSE, "As charge nurse of the medical ICU, I coordinate each shift.", False),
    (MANAGER, "As plant manager at Donau Stahlguss, I run the casting lines.", False),  # held after the interim term
    (MANAGER, "As production manager at Donau Stahlguss, I ran the casting lines.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), ROWS, ids=[r[1][:60] for r in ROWS])
def test_acting_titles(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags
