"""Table of variants (ground142; set 28's kind "continuously since / without a break" across a boomerang's two stints):
unbroken time claimed across a gap between stays (:mod:`careercopilot.writing.grounding.continuity`). Written for this
file, in professions and layouts of no blind set (a UK ward sister back at her NHS trust, a German crane fitter with
dotted month dates, a Brazilian dispatcher after a career break, a Norwegian engineer with parental leave inside one job).

On the code before ground142 6 of the 19 rows failed; all pass now.
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

NURSE = """Grace Adeyemi-Shaw RN
Ward Sister — Acute Medicine
Bristol, UK · +44 7700 900 412 · grace.shaw@example.co.uk

EXPERIENCE
Ward Sister, St Aldhelm's Hospital NHS Trust — Bristol | Jan 2021 – Present
• Lead a 32-bed acute medical ward; 41 nursing staff
Staff Nurse, Harbour Private Clinic — Bristol | Mar 2018 – Dec 2020
• Day-surgery recovery nursing
Staff Nurse, St Aldhelm's Hospital NHS Trust — Bristol | Sep 2012 – Feb 2018
• Rotated across respiratory and cardiology wards

EDUCATION
BSc (Hons) Adult Nursing, University of the West of England, 2012
"""

FITTER = """Jonas Weber
Kranmonteur / Crane Fitter
Hamburg · +49 151 2345 6789 · jonas.weber@example.de

BERUFSERFAHRUNG
09.2017 – heute  Obermonteur, Kranbau Hessler GmbH, Hamburg
• Montage von 12 Portalkranen
08.2015 – 08.2017  Monteur, Hafen Logistik AG, Bremerhaven
03.2010 – 07.2015  Monteur, Kranbau Hessler GmbH, Hamburg

AUSBILDUNG
2007 – 2010  Ausbildung Industriemechaniker, Kranbau Hessler GmbH
"""

DISPATCHER = """Luana Ribeiro Costa
Logistics Dispatcher
São Paulo, Brazil · +55 11 98765-4321 · luana.costa@example.com.br

EXPERIENCE
Transportes Ribeiro Ltda. — Dispatch Supervisor | March 2017 – Present
• Dispatch for 60 trucks across 3 states
• Fleet accident-free three years in a row (2022–2024)
Cargas Paulista S.A. — Dispatcher | February 2009 – June 2014
• Route planning for 25 trucks
"""

ENGINEER = """Kari Nordvik
Senior Process Engineer
Stavanger, Norway · +47 912 34 567 · kari.nordvik@example.no

EXPERIENCE
Nordvik Energi AS — Stavanger
Senior Process Engineer | June 2019 – Present
• Parental leave, March 2020 – December 2020
Process Engineer | January 2015 – May 2019
"""

ROWS = [
    # a boomerang: the same employer before and after a job elsewhere
    (NURSE, "I have worked at St Aldhelm's Hospital NHS Trust continuously since 2012.", True),
    (NURSE, "I have been with St Aldhelm's without a break since September 2012.", True),
    (NURSE, "I have served St Aldhelm's Hospital NHS Trust for 14 consecutive years.", True),
    (NURSE, "I have nursed at St Aldhelm's Hospital NHS Trust, uninterrupted, since 2012.", True),
    (NURSE, "I left St Aldhelm's Hospital NHS Trust in 2018 and came back in 2021 as ward sister.", False),
    (NURSE, "I have been a ward sister at St Aldhelm's continuously since January 2021.", False),
    (NURSE, "I have worked continuously as a nurse since 2012.", False),  # the career itself has no gap
    (FITTER, "I have worked for Kranbau Hessler GmbH without interruption since March 2010.", True),
    (FITTER, "I have been at Kranbau Hessler with no break since 2010.", True),
    (FITTER, "I have worked without a break throughout my career.", False),
    (FITTER, "I have been at Kranbau Hessler uninterrupted since September 2017.", False),
    (FITTER, "I worked at Kranbau Hessler from 2010 to 2015 and rejoined it in 2017.", False),
    # a career break with no entry
    (DISPATCHER, "I have worked in logistics without a break since 2009.", True),
    (DISPATCHER, "My dispatch career has run unbroken since 2009.", True),
    (DISPATCHER, "I have worked at Transportes Ribeiro continuously since 2017.", False),
    (DISPATCHER, "My fleet was accident-free three years in a row.", False),
    # leave inside one job and a promotion break nothing
    (ENGINEER, "I have been with Nordvik Energi AS continuously since 2015.", False),
    (ENGINEER, "I have worked at Nordvik Energi for eleven straight years.", False),
    (ENGINEER, "I have worked at Nordvik Energi without a break, apart from parental leave.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), ROWS, ids=[r[1][:60] for r in ROWS])
def test_continuity(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags
