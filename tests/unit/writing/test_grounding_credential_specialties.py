"""Tables of variants for a resume credential claimed one specialty step on (ground97, issue 12; set 24's certification
misses: "the ARDMS pediatric echocardiography credential" for an adult-echo RDCS, "the CCA sustainability specialty"
for a plain CCA, "annotated on the HCPC register as an independent prescriber" for a registered paramedic, "a licensed
Oklahoma real estate broker" for a landman). People written for this file: a Spokane cardiac sonographer (RDCS adult
echo, RVT, CCRN adult, a tanker endorsement), a UK paramedic (HCPC registration, practice educator) and an agronomist
(CCA with a 4R specialty).

Forms: the specialty between the anchor and a credential noun, "with a … specialty", "registered / certified in …",
"annotated on the … register as …", "with a … endorsement", a jurisdiction before a licence title; supported: the
resume's own specialty in other words. (:mod:`careercopilot.writing.grounding.credential_specialties`,
:mod:`.licence_titles`.)

``True``: the sentence must get a flag; ``False``: none. Old code (main 95de34c) got 11 of 30 rows wrong, all missed
flags.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


SONOGRAPHER = """TERESA J. NAKAMURA-BELL, RDCS, RVT
Lead Cardiac Sonographer
Spokane, WA · teresa.nb@example.com · (509) 555-0177

CREDENTIALS
• ARDMS Registered Diagnostic Cardiac Sonographer (RDCS), Adult Echocardiography (AE), 2012
• ARDMS Registered Vascular Technologist (RVT), 2015
• AACN CCRN (Adult), 2009
• Commercial Driver's License Class A with tanker (N) endorsement, 2005
• BLS and ACLS (AHA), current

EXPERIENCE
Inland Heart Institute — Spokane, WA
Lead Cardiac Sonographer | March 2017 – Present
• Perform 2,400 adult transthoracic and transesophageal echocardiograms a year
• Train 6 sonographers in strain imaging
Cardiac Sonographer | June 2012 – February 2017
• Ran vascular duplex studies for the outpatient clinic

Spokane Freight Lines — Spokane, WA
Tanker Driver | 2005 – 2008

EDUCATION
A.A.S., Diagnostic Medical Sonography, Spokane Community College, 2011
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I also hold the ARDMS pediatric echocardiography credential.", True),
    ("I am ARDMS-registered in fetal echocardiography.", True),
    ("I hold the RDCS with a pediatric echocardiography specialty.", True),
    ("I hold a CCRN (Pediatric) certification.", True),
    ("I hold the ARDMS congenital heart credential.", True),
    ("I also hold the RVT with a physician interpretation specialty.", True),
    ("I am a board-certified cardiac sonographer with a pediatric specialty.", True),
    ("I am also certified by ARDMS in musculoskeletal sonography.", True),
    ("I hold the CCRN with a cardiac surgery subspecialty.", True),
    ("I hold the ACLS instructor credential.", True),
    ("I hold the ARDMS adult echocardiography credential.", False),
    ("I am an ARDMS-registered vascular technologist.", False),
    ("I hold the RDCS in adult echocardiography.", False),
    ("I hold a CCRN (Adult) certification.", False),
    ("I am ARDMS-registered in adult echocardiography.", False),
    ("I hold current BLS and ACLS certifications.", False),
    ("I also hold the RVT credential.", False),
    ("I am certified by ARDMS in adult echocardiography and vascular technology.", False),
    ("I hold the RDCS credential with the adult echocardiography specialty.", False),
])
def test_echo_and_nursing_specialties(sentence, flagged):
    found = _flags(SONOGRAPHER, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


PARAMEDIC = """OLUWASEUN T. HARGREAVES-MOLL
Specialist Paramedic — Urgent Care
Halifax, UK · seun.hm@example.co.uk · +44 7700 900188

REGISTRATION AND CERTIFICATES
HCPC registered paramedic (PA41277), since 2011
Practice Educator (PEPs), 2018
ALS Provider (Resuscitation Council UK), 2022

AGRONOMY (previous career)
ASA Certified Crop Adviser (CCA) — since 2006 · 4R Nutrient Management Specialist (4R NMS) — since 2009

EXPERIENCE
Calder Valley Urgent Care — Halifax
Specialist Paramedic, Urgent Care | April 2019 – Present
Paramedic | September 2011 – March 2019
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I am also annotated on the HCPC register as an independent prescriber.", True),
    ("I am registered with the HCPC as an advanced practitioner.", True),
    ("I also hold the CCA sustainability specialty.", True),
    ("I hold the CCA with a soil and water management specialty.", True),
    ("I am also a licensed Yorkshire real estate broker.", True),
    ("I hold the ALS instructor credential.", True),
    ("I am registered with the HCPC as a paramedic.", False),
    ("I hold the CCA with a 4R nutrient management specialty.", False),
    ("I am an HCPC registered paramedic.", False),
    ("I hold the ALS provider certificate.", False),
    ("I am a practice educator.", False),
])
def test_register_annotations_and_crop_adviser_specialties(sentence, flagged):
    found = _flags(PARAMEDIC, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]
