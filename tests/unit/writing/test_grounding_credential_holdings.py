"""Tables of variants for credentials the person does not hold (session 29, ground109, issue 12; set 25's certification
misses: "board certified in pharmacotherapy (BCPS)" on a BCOP's resume, "the SPE Petroleum Engineering Certification"
for «Society of Petroleum Engineers (SPE), member»). People written for this file: an emergency nurse (CEN held; CCRN,
CPEN, TNCC siblings), a health-information manager (RHIT held; RHIA the next grade), a chartered surveyor (MRICS; FRICS
the fellowship), a fraud examiner (CFE; CISA, CPA not held) and a chemical engineer (AIChE, IEEE and ASQ memberships; a
PE licence). (:mod:`careercopilot.writing.grounding.credential_holdings`; :func:`.context.initialism_in` no longer
spells initials across lines or from another acronym's first letter.)

``True``: the sentence must get a flag; ``False``: none. Old code (main a212c0b) got 3 of 30 rows wrong (missed flags:
a membership's body named with a credential word, initials spelled across a line break); most unheard initials
were already caught by the name checks.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


NURSE = """AMARA J. KOWALSKI-ODUYA, RN, CEN
Emergency Department Charge Nurse
Tulsa, OK · amara.ko@example.com · (918) 555-0121
Oklahoma Registered Nurse License R0098812 — since May 2012 · Certified Emergency Nurse (CEN) — since 2016

EXPERIENCE
Saint Francis Health System — Tulsa, OK
Charge Nurse, Emergency Department | June 2018 – Present
• Lead 14 nurses per shift in a 62-bed emergency department
Staff Nurse, Emergency Department | May 2012 – May 2018

EDUCATION
B.S.N., University of Tulsa, 2012

CERTIFICATIONS
• ACLS, PALS (current)
• Registered Health Information Technician (RHIT), 2010
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I am also board certified in critical care nursing (CCRN).", True),
    ("I hold the CPEN credential for pediatric emergency care.", True),
    ("I earned the TNCC in 2019.", True),
    ("I am a registered health information administrator (RHIA).", True),
    ("I am CCRN-certified.", True),
    ("I am a Certified Emergency Nurse (CEN).", False),
    ("I hold the CEN credential.", False),
    ("I am also a Registered Health Information Technician (RHIT).", False),
    ("I keep my ACLS and PALS current.", False),
])
def test_sibling_specialty_boards(sentence, flagged):
    found = _flags(NURSE, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


SURVEYOR = """OLUWASEUN P. HARTLEY-NWOSU, MRICS
Chartered Quantity Surveyor
Manchester, UK · seun.hn@example.com · +44 7700 900 418
Member of the Royal Institution of Chartered Surveyors (MRICS) — since 2015 · Certified Fraud Examiner (CFE) — since 2019

EXPERIENCE
Ashworth Cost Consultants Ltd — Manchester
Associate Director | March 2018 – Present
• Cost lead on 9 hospital and school projects worth £410 million
Quantity Surveyor | September 2011 – February 2018

EDUCATION
BSc (Hons) Quantity Surveying, Sheffield Hallam University, 2011
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I was elected a fellow of the RICS (FRICS) in 2022.", True),
    ("I also hold the CISA certification.", True),
    ("I passed the ACCA exams in 2014.", True),
    ("I am a chartered member of the RICS (MRICS).", False),
    ("I am a Certified Fraud Examiner (CFE).", False),
    ("My CFE credential helps on disputed final accounts.", False),
])
def test_grades_of_one_body_and_other_bodies(sentence, flagged):
    found = _flags(SURVEYOR, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


ENGINEER = """TOMASZ R. ADEYEMI-LUND, PE
Senior Process Engineer — Specialty Chemicals
Baton Rouge, LA · tomasz.al@example.com · (225) 555-0190
Louisiana Professional Engineer (PE) No. 41877 — since 2017

EXPERIENCE
Bayou Specialty Chemicals — Baton Rouge, LA
Senior Process Engineer | January 2019 – Present
• Lead process design for 3 reactor trains; cut steam use from 41 to 33 t/h
Process Engineer | July 2012 – December 2018

EDUCATION
B.S., Chemical Engineering, Louisiana State University, 2012

AFFILIATIONS
• American Institute of Chemical Engineers (AIChE), member
• IEEE, member since 2014
• ASQ member
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I also hold the AIChE process safety certification.", True),
    ("I am IEEE-certified in industrial control systems.", True),
    ("I am an ASQ Certified Quality Engineer.", True),
    ("I also hold the AIChE Chemical Engineering Certification.", True),
    ("I am an American Institute of Chemical Engineers certified engineer (AIChE).", True),
    ("I am an AIChE member.", False),
    ("I am a member of the IEEE and ASQ.", False),
    ("I am a licensed Professional Engineer (PE) in Louisiana.", False),
    ("I hold a PE licence in Louisiana.", False),
])
def test_memberships_presented_as_credentials(sentence, flagged):
    found = _flags(ENGINEER, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


PHARMACIST = """DANIEL K. OSEI-MARCHETTI, PharmD, BCACP
Critical Care Pharmacist — Cardiac ICU
Columbus, OH · daniel.om@example.com · (614) 555-0187
Ohio Registered Pharmacist — since 2013 · Board Certified Ambulatory Care Pharmacist (BCACP) — since 2017

EXPERIENCE
Riverside Heart Institute — Columbus, OH
Critical Care Pharmacist | August 2016 – Present
• Round daily with 2 cardiac ICU teams; verify about 300 orders per week
Clinical Pharmacist | July 2013 – July 2016

EDUCATION
Doctor of Pharmacy (PharmD), Ohio State University, 2013
"""


@pytest.mark.parametrize("sentence,flagged", [
    # "BCACP\nCritical Care Pharmacist" spelled "BCCP" across the line break for the old code
    ("I am also board certified in cardiology pharmacy (BCCP).", True),
    ("I hold the BCCP credential.", True),
    ("I also passed the BCCCP exam in 2020.", True),
    ("I am a Board Certified Ambulatory Care Pharmacist (BCACP).", False),
    ("I am board certified in ambulatory care (BCACP).", False),
    ("I hold the BCACP credential.", False),
])
def test_initials_across_lines(sentence, flagged):
    found = _flags(PHARMACIST, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]
