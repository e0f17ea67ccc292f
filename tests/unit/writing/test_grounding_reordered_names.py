"""Table of variants for names a sentence writes in another order with a word clipped, and grades named "at <X> level"
(session 20, ground21, after set 11's "Higher Level Leaving Cert class" for "Leaving Certificate Higher Level maths"
and "an ICF-accredited coach at ACC level", flagged as employers; CVs written for this file).

:func:`.names.reordered_in` took a reordered name only from a run joined by "of" ("Coimbra School of Nursing");
a run of three words or more may now hold the name's words in any order with one clipped ("Cert" for
"Certificate", four letters at least). A name followed by "level", "grade", "tier", "band" or "standard" after "at"
names a grade, no workplace, and a name the resume writes with "at" inside it ("Working at Heights", set 12) is no
"working at" claim. ``True``: the sentence must be flagged; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

TEACHER = ("Sinéad Byrne\nCork · +353 87 000 0000 · sinead@example.com\n\nEXPERIENCE\nMaths Teacher, St Brendan's "
           "College | Sep 2016 – Present\n• Junior Cycle maths (2 classes) and Leaving Certificate Ordinary Level maths "
           "(1 class of 28)\n• Transition Year Mini Company programme\n")
WIND = ("Erik Lund\nEsbjerg · +45 20 00 00 00 · erik@example.com\n\nEXPERIENCE\nWind Turbine Technician, Acme Wind | "
        "2019 – present\n\nTRAINING\nGWO Basic Safety Training (First Aid, Working at Heights, Sea Survival), 2024\n")
COACH = ("Lena Berg\nMalmö · +46 70 000 00 00 · lena@example.com\n\nEXPERIENCE\nLeadership Coach, Nordic Growth AB | "
         "2019 – present\n\nCERTIFICATIONS\nICF Professional Certified Coach (PCC), 2022\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (TEACHER, "I teach an Ordinary Level Leaving Cert class of 28.", False),
    (TEACHER, "I teach a Higher Level Leaving Cert class of 28.", True),
    (TEACHER, "I run the Mini Company Transition Year programme.", False),
    (TEACHER, "I run the Young Enterprise Transition Year programme.", True),
    # a name with "at" inside it ("Working at Heights") is no workplace; working at a firm the resume lacks is
    (WIND, "My GWO training covers Working at Heights and Sea Survival.", False),
    (WIND, "Before that I was working at Vestas as a technician.", True),
    (COACH, "I am an ICF-accredited coach at PCC level.", False),
    (COACH, "I am an ICF-accredited coach at MCC level.", True),
])
def test_reordered_names_and_grades(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    assert bool(check(sentence, facts)) is flagged
