"""Tables of variants: credentials named in English or by short forms, and careers in a field (ground98, issue 12; set
24's false flags "master craftsman's certificate" for "Meisterbrief", "additional qualification" for
"Zusatzqualifikation", "postgraduate certificate" for "PGCert", "Norwegian trade certificate" for "Fagbrev",
"six-pack captain's licence" for "OUPV", "FAA-certified flight instructor", "Type 4 incident commander", "chief
winemaker" for "Enóloga Jefa", "dietitian" for "Nutricionista", "worked in industrial hygiene for more than seventeen
years" from a field technician's start). Resumes and sentences written for this file in the wording of real CVs
(German, Norwegian, UK, US, Brazilian and Argentine careers).

Mechanisms: :mod:`.credential_glossary`, :data:`.title_words.TITLE_PHRASES`, :mod:`.credential_roles` (a scheme
glued to its standing word), :mod:`.level_figures` ("Type 4"), :mod:`.field_careers` (a discipline's run and the
entry-level role that led into it).

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main 95de34c): see the report.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


HOER = ("Katrin Vogel\nHörakustikmeisterin · Filialleiterin\nMannheim · katrin.vogel@example.de · +49 621 555 0142\n"
        "Meisterbrief im Hörakustiker-Handwerk (Handwerkskammer Mannheim) — seit 03/2016\n\nBERUFSERFAHRUNG\n"
        "Klangwerk Hörgeräte GmbH — Mannheim\nFilialleiterin | 10/2020 – heute\nHörakustikmeisterin | 03/2016 – 09/2020\n"
        "Hörakustikerin | 09/2011 – 02/2016\n\nWEITERBILDUNG\n• Pädakustik-Zusatzqualifikation (Kinderversorgung), 2018\n"
        "• Gesellenprüfung Hörakustiker, 2011\n")
GESELLE = ("Jonas Brandt\nElektroniker\nKassel · jonas.brandt@example.de\n\nBERUFSERFAHRUNG\nNordhessen Elektro GmbH — Kassel\n"
           "Elektroniker | 08/2014 – heute\n\nAUSBILDUNG\n• Gesellenbrief Elektroniker für Energie- und Gebäudetechnik, 2014\n")
PARA = ("Amira Shah\nSpecialist Paramedic, Urgent Care\nLeeds · amira.shah@example.co.uk · +44 7700 900123\n"
        "HCPC registration no. PA41872 — since Sep 2012\n\nEXPERIENCE\nYorkshire Ambulance Service NHS Trust — Leeds\n"
        "Specialist Paramedic | Apr 2021 – Present\nParamedic | Sep 2012 – Mar 2021\n\nEDUCATION\n"
        "PGCert Urgent and Emergency Care, University of Huddersfield, 2021\nDipHE Paramedic Practice, Sheffield Hallam "
        "University, 2012\n")
ROV = ("Eirik Solberg\nROV-supervisor\nBergen, Norge · eirik.solberg@example.no · +47 912 34 567\n"
       "Fagbrev i automatikerfaget — fra juni 2008\n\nERFARING\nHavdyp Subsea AS — Bergen\nROV-supervisor | mars 2017 – d.d.\n"
       "ROV-pilot | april 2010 – februar 2017\n\nUTDANNING\nFagbrev, automatikerfaget, 2008\n")
CAPT = ("Leilani Kahale\nMarine Biologist\nKailua-Kona, HI · leilani@example.com\n\nEXPERIENCE\nKona Reef Trust — Kailua-Kona, HI\n"
        "Restoration Program Lead | March 2018 – Present\n\nCERTIFICATIONS\n"
        "• U.S. Coast Guard Operator of Uninspected Passenger Vessels (OUPV), 2016\n• AAUS Scientific Diver, 2012\n")
FIRE = ("Cody Marsh\nEngine Captain\nCody, WY · cody.marsh@example.com\n"
        "NWCG Engine Boss (ENGB) — since June 2016 · NWCG Incident Commander Type 4 (ICT4) — since May 2019\n\nEXPERIENCE\n"
        "Bighorn Fire Contractors — Cody, WY\nEngine Captain | May 2016 – Present\n\nCERTIFICATIONS\n• Wyoming EMT (Basic), 2014\n"
        "• FAA Certified Flight Instructor (CFI), 2011\n")
SAFE = ("Dale Ortiz, CSP\nSafety Manager\nTulsa, OK · dale@example.com\nBoard of Certified Safety Professionals: CSP No. "
        "31822 — since 2015\n\nEXPERIENCE\nRed Fork Refining — Tulsa, OK\nSafety Manager | May 2014 – Present\n"
        "Safety Specialist | June 2008 – April 2014\n")
DE = ("Stefan Kühn\nBäckermeister\nLeipzig · s.kuehn@example.de\nMeisterbrief im Bäckerhandwerk, HWK Leipzig — 2015\n\n"
      "BERUFSERFAHRUNG\nBackhaus Kühn — Leipzig\nBackstubenleiter | 04/2015 – heute\nBäckergeselle | 08/2010 – 03/2015\n\n"
      "AUSBILDUNG\n• Gesellenprüfung Bäcker, 2010\n")
UK = ("Tom Hale\nSenior Nurse\nLeeds · tom@example.co.uk\nNMC PIN 12A3456E — registered since Sep 2011\n\nEXPERIENCE\n"
      "Leeds Teaching Hospitals\nSenior Staff Nurse | Apr 2018 – Present\nStaff Nurse | Sep 2011 – Mar 2018\n\nEDUCATION\n"
      "PGDip Critical Care Nursing, University of Leeds, 2016\nBSc (Hons) Adult Nursing, University of Leeds, 2011\n")
NO = ("Ola Nordmann\nElektriker\nOslo · ola@example.no\n\nERFARING\nNordlys Elektro AS — Oslo\nElektriker | august 2012 – d.d.\n\n"
      "UTDANNING\nFagbrev som elektriker, 2012\nSvennebrev tømrerfaget, 2008\n")

CREDENTIALS = [
    (HOER, "I have held my master craftsman's certificate in hearing-aid acoustics since March 2016.", False),
    (HOER, "I hold a master craftsman's certificate in hearing aid acoustics.", False),
    (HOER, "I hold an additional qualification in paediatric hearing-aid fitting.", False),
    (HOER, "I am a master hearing aid acoustician.", False),
    (GESELLE, "I hold a journeyman's certificate as an electronics technician, earned in 2014.", False),
    (PARA, "I hold a postgraduate certificate in urgent and emergency care from Huddersfield.", False),
    (PARA, "I completed a postgraduate certificate in urgent and emergency care in 2021.", False),
    (ROV, "I hold a Norwegian trade certificate as an automation technician, earned in 2008.", False),
    (ROV, "I hold a trade certificate in automation.", False),
    (CAPT, "I hold a U.S. Coast Guard six-pack captain's licence.", False),
    (CAPT, "I hold a six-pack licence from the Coast Guard.", False),
    (FIRE, "I am also an FAA-certified flight instructor.", False),
    (FIRE, "I am a qualified Type 4 incident commander.", False),
    (SAFE, "I am a Certified Safety Professional.", False),
    (SAFE, "I have been a Certified Safety Professional since 2015.", False),
    (SAFE, "I have held the CSP since 2015.", False),
    (PARA, "I am an HCPC-registered paramedic.", False),
    (PARA, "I have been an HCPC-registered paramedic since September 2012.", False),
    (HOER, "I have been a master hearing aid acoustician since March 2016.", False),
    (DE, "I hold a master craftsman's certificate in baking.", False),
    (DE, "I earned my master baker's certificate in 2015.", False),
    (DE, "I hold a journeyman's certificate as a baker from 2010.", False),
    (UK, "I hold a postgraduate diploma in critical care nursing from Leeds.", False),
    (UK, "I am an NMC-registered nurse.", False),
    (UK, "I have been an NMC-registered nurse since September 2011.", False),
    (NO, "I hold a trade certificate as an electrician.", False),
    (NO, "I hold a Norwegian trade certificate as an electrician, earned in 2012.", False),
    (NO, "I hold a journeyman's certificate in carpentry.", False),
    # another credential, field, school, grade, country or date stays flagged
    (DE, "I hold a master craftsman's certificate in confectionery.", True),
    (DE, "I earned my master craftsman's certificate in 2013.", True),
    (UK, "I hold a postgraduate certificate in critical care nursing.", True),
    (UK, "I am an NMC-registered midwife.", True),
    (UK, "I hold a postgraduate diploma in emergency nursing.", True),
    (NO, "I hold a trade certificate as a plumber.", True),
    (NO, "I hold a journeyman's certificate in carpentry from 2010.", True),
    (HOER, "I have held my master craftsman's certificate in hearing-aid acoustics since March 2015.", True),
    (HOER, "I hold a master craftsman's certificate in optometry.", True),
    (HOER, "I hold an additional qualification in tinnitus therapy.", True),
    (GESELLE, "I hold a master craftsman's certificate as an electronics technician.", True),
    (PARA, "I hold a postgraduate certificate in critical care from Huddersfield.", True),
    (PARA, "I hold a postgraduate certificate in urgent and emergency care from Leeds Beckett.", True),
    (PARA, "I hold a postgraduate diploma in urgent and emergency care.", True),
    (ROV, "I hold a Swedish trade certificate as an automation technician.", True),
    (ROV, "I hold a trade certificate as a welder.", True),
    (FIRE, "I hold a U.S. Coast Guard six-pack captain's licence.", True),
    (FIRE, "I am also an FAA-certified flight examiner.", True),
    (FIRE, "I am also an EASA-certified flight instructor.", True),
    (FIRE, "I am a qualified Type 3 incident commander.", True),
    (SAFE, "I am a Certified Industrial Hygienist.", True),
    (SAFE, "I have been a Certified Safety Professional since 2012.", True),
    (PARA, "I am an HCPC-registered physiotherapist.", True),
    (PARA, "I have been an HCPC-registered paramedic since 2010.", True),
    (HOER, "I have been a master hearing aid acoustician since 2012.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", CREDENTIALS)
def test_a_credential_named_in_english_or_by_a_short_form(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


IH = ("Marguerite Nwosu, CIH\nSenior Industrial Hygienist\nBaton Rouge, LA · m.nwosu@example.org\n\nEXPERIENCE\n"
      "Pelican Bend Chemical Company — Geismar, LA\nSenior Industrial Hygienist | April 2019 – Present\n"
      "Industrial Hygienist | August 2012 – March 2019\nGulf South Environmental Consultants — Lafayette, LA\n"
      "Field Technician, Air Sampling | June 2009 – July 2012\nRiverside Diner — Lafayette, LA\n"
      "Server | May 2005 – May 2009\n")
NUTRI = ("Fernanda Lima\nNutricionista Clínica Coordenadora\nSão Paulo · fernanda.lima@example.com.br\n"
         "CRN-3 n.º 31877 — inscrita desde 02/2010\n\nEXPERIÊNCIA\nHospital Santa Aurora — São Paulo\n"
         "Nutricionista Coordenadora | 06/2019 – atual\nNutricionista Clínica | 03/2012 – 05/2019\n"
         "Nutricionista (plantonista, meio período) | 03/2010 – 02/2012\n")
VINO = ("Lucía Paz\nEnóloga Jefa\nMendoza, Argentina · lucia.paz@example.com\nMatrícula de Enóloga N.º 2417, INV — desde sept. 2009\n\n"
        "EXPERIENCIA\nBodega Alta — Tupungato\nEnóloga Jefa | mayo 2018 – actualidad\nSegunda Enóloga | marzo 2013 – abril 2018\n")
VIT = ("Ana Ruiz\nViticulturist\nMendoza · ana@example.com\n\nEXPERIENCE\nFinca Alta — Mendoza\n"
       "Head Viticulturist | March 2016 – Present\nVineyard Technician | January 2010 – February 2016\n")
SUB = ("Eirik Solberg\nROV Supervisor\nBergen · e@example.no\n\nEXPERIENCE\nHavdyp Subsea AS — Bergen\n"
       "ROV Supervisor | March 2017 – Present\nNordsjø Offshore Services — Stavanger\n"
       "ROV Pilot Technician, subsea inspection | April 2012 – February 2017\n")

FIELD_DURATIONS = [
    (IH, "I have worked in industrial hygiene for more than seventeen years.", False),
    (IH, "I have worked in industrial hygiene for over 17 years.", False),
    (IH, "I have been an industrial hygienist for more than fourteen years.", False),
    (NUTRI, "I have worked as a dietitian for more than sixteen years.", False),
    (NUTRI, "I have been a clinical dietitian for more than fourteen years.", False),
    (NUTRI, "I have been a dietitian since March 2010.", False),
    (VINO, "I have been chief winemaker for more than eight years.", False),
    (VINO, "I have been a winemaker for more than thirteen years.", False),
    (VINO, "I have been a registered winemaker with the INV since September 2009.", False),
    (VINO, "I have been head winemaker at Bodega Alta since May 2018.", False),
    (VIT, "I have spent my whole career in viticulture.", False),
    (VIT, "I have worked in viticulture for more than sixteen years.", False),
    (SUB, "I have more than ten years in subsea work.", False),
    (SUB, "I have worked in subsea inspection for more than fourteen years.", False),
    # overstated, another title or a credential not held stays flagged
    (IH, "I have worked in industrial hygiene for more than nineteen years.", True),
    (IH, "I have worked in industrial hygiene for more than twenty years.", True),
    (IH, "I have been an industrial hygienist for more than seventeen years.", True),
    (NUTRI, "I have worked as a dietitian for more than eighteen years.", True),
    (NUTRI, "I have been a registered dietitian (RDN) for more than sixteen years.", True),
    (IH, "I have worked in industrial hygiene for more than eighteen years.", True),
    (VINO, "I have been chief winemaker for more than eighteen years.", True),
    (VINO, "I have been chief winemaker since March 2013.", True),
    (VINO, "I have been a winemaker for more than eighteen years.", True),
    (NUTRI, "I have been a dietitian since March 2009.", True),
    (VIT, "I have worked in viticulture for more than eighteen years.", True),
    (SUB, "I have more than sixteen years in subsea work.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", FIELD_DURATIONS)
def test_careers_in_a_field_and_titles_in_translation(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)
