"""Table of variants for "since <month year>" claims that borrow an earlier date of the resume (session 30, ground120;
set 26's date misses): a licence's start when the resume's headline names the licence undated
(:func:`careercopilot.writing.grounding.credential_starts._chosen`: a standing word breaks ties among dated parts
only), a membership's start (:mod:`~careercopilot.writing.grounding.credential_starts`: "member of" is a credential
claim) and the start of leading work (:mod:`careercopilot.writing.grounding.lead_starts`). Resumes and sentences
written for this file.

``True``: the date must be flagged (kind ``date``); ``False``: no flag. Old code (main 4f96153) got 8 of 25 rows
wrong (every ``True`` row passed on the earlier date written elsewhere in the resume).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 7)

ELECTRICIAN = """Name Surname
Licensed Master Electrician — Project Manager
Austin, TX · (512) 555-0142 · name@example.com
Master Electrician License ME-44812 (Texas) — since April 2016 · Journeyman Electrician License — since May 2010

EXPERIENCE
Lone Star Electric LLC — Austin, TX
Project Manager | January 2020 – Present
• Run 6 commercial fit-out crews
Foreman | April 2016 – December 2019
Journeyman Electrician | May 2010 – March 2016
"""

PHARMACIST = """Name Surname
Registered Pharmacist — Pharmacy Manager
Bristol, UK · +44 7700 900123 · name@example.com
Pharmacist registration, GPhC No. 2071234 — since August 2013 · Pre-registration trainee — since July 2012

EXPERIENCE
Harbourside Pharmacy Ltd — Bristol
Pharmacy Manager | 09/2018 – present
Pharmacist | 08/2013 – 08/2018
"""

LANDSCAPE = """Name Surname
Landscape Architect
Portland, OR · (503) 555-0199 · name@example.com
Licensed Landscape Architect, Oregon — since June 2011
Member, American Society of Landscape Architects (ASLA) — since 2014

EXPERIENCE
Fernhill Design Studio — Portland, OR
Senior Landscape Architect | March 2017 – Present
Landscape Architect | June 2011 – February 2017
"""

ARCHITECT = """Name Surname
Architektin
Berlin · +49 30 1234567 · name@example.com
Mitglied der Architektenkammer Berlin – seit 2016

BERUFSERFAHRUNG
Büro Lindqvist Architekten GmbH – Berlin
Projektleiterin | 03/2018 – heute
Architektin | 10/2012 – 02/2018

AUSBILDUNG
Dipl.-Ing. Architektur, TU Berlin, 2012
"""

CHEF = """Name Surname
Head Chef
Lyon · +33 6 12 34 56 78 · name@example.com

EXPERIENCE
Maison Lune — Lyon
Head Chef | 01/2020 – present
• Lead a brigade of 9 cooks
Sous Chef | 04/2015 – 12/2019
"""

NURSE = """Name Surname
ICU Nurse
Denver, CO · (303) 555-0177 · name@example.com

EXPERIENCE
St. Brendan Medical Center — Denver, CO
Night Shift Supervisor, ICU | September 2018 – Present
Staff Nurse, ICU | June 2012 – August 2018
"""

ELECTRICAL_FOREMAN = """Name Surname
Electrical Foreman
Calgary, AB · (403) 555-0110 · name@example.com

EXPERIENCE
Voltline Contracting Ltd. — Calgary, AB
Foreman | March 2016 – Present
Electrician | May 2009 – February 2016
"""

SALES = """Name Surname
Account Manager
Chicago, IL · (312) 555-0101 · name@example.com

EXPERIENCE
Brightline Media — Chicago, IL
Account Manager | February 2016 – Present
Account Executive | March 2012 – January 2016
"""

TRAVEL_NURSE = """Name Surname
Travel Registered Nurse — Adult Critical Care
Tampa, FL · (813) 555-0160 · name@example.com
Florida RN License No. RN9912345 — licensed since June 2011

EXPERIENCE
Suncoast Nurse Staffing — Tampa, FL
Travel ICU Registered Nurse | April 2019 – Present
Staff Nurse, Cardiac ICU | June 2011 – March 2019
• Relief charge nurse 2 shifts a week from 2016
"""

PSYCHOLOGIST = """Name Surname
Psicóloga clínica (Clinical Psychologist)
Rosario, Argentina · +54 9 341 555-0101 · name@example.com

EXPERIENCIA
Psicóloga clínica — Clínica del Parque S.A., Rosario       abr. 2014 – actualidad
  • Coordinadora del Programa de Trastornos Alimentarios (eating disorders programme) desde mar. 2020
  • 38 grupos de terapia (10 sesiones) desde 2018
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    # a licence's start, its headline naming it undated
    (ELECTRICIAN, "I have been a licensed master electrician since May 2010.", True),
    (ELECTRICIAN, "I have been a licensed master electrician since April 2016.", False),
    (ELECTRICIAN, "I have held a journeyman electrician license since May 2010.", False),
    (PHARMACIST, "I have been a registered pharmacist since July 2012.", True),
    (PHARMACIST, "I have been a registered pharmacist since August 2013.", False),
    # a membership's start
    (LANDSCAPE, "I have been a member of ASLA since June 2011.", True),
    (LANDSCAPE, "I have been a member of the American Society of Landscape Architects since 2011.", True),
    (LANDSCAPE, "I have been a member of the American Society of Landscape Architects since 2014.", False),
    (LANDSCAPE, "I have been a licensed landscape architect since June 2011.", False),
    (ARCHITECT, "I have been a member of the Architektenkammer Berlin since 2012.", True),
    (ARCHITECT, "I have been a member of the Architektenkammer Berlin since 2016.", False),
    # leading work's start
    (CHEF, "I have led the kitchen brigade at Maison Lune since April 2015.", True),
    (CHEF, "I have led the kitchen brigade at Maison Lune since January 2020.", False),
    (NURSE, "I have supervised the ICU night shift since June 2012.", True),
    (NURSE, "I have supervised the ICU night shift since September 2018.", False),
    (ELECTRICAL_FOREMAN, "I have run a wiring crew at Voltline since 2009.", True),
    (ELECTRICAL_FOREMAN, "I have run a wiring crew at Voltline since 2016.", False),
    (ELECTRICAL_FOREMAN, "I have worked at Voltline since May 2009.", False),
    (SALES, "I have managed client accounts since 2012.", False),
    (SALES, "I have been an account manager since February 2016.", False),
    # a bullet sharing the title's noun is no licence's part; a programme coordinated since a month in words; a count
    (TRAVEL_NURSE, "I have been a licensed registered nurse for more than fifteen years.", False),
    (TRAVEL_NURSE, "I have been a licensed registered nurse for more than sixteen years.", True),
    (PSYCHOLOGIST, "I have coordinated the clinic's eating disorders programme since March 2020.", False),
    (PSYCHOLOGIST, "I have coordinated the clinic's eating disorders programme since April 2014.", True),
    (PSYCHOLOGIST, "I have run 38 therapy groups since 2018.", False),
])
def test_since_claims_read_their_own_start(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    flags = [f for f in check(sentence, facts) if f.kind == "date"]
    assert bool(flags) is flagged, flags
