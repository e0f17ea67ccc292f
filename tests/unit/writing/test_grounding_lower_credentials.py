"""Tables of variants for issue 12's ground78 kinds (set 22's misses; resumes written for this file, employers and
places apart from the blind sets, wording of real resumes and credential registers):

* a credential's or a title's length counted from a lower one (:mod:`.credential_durations`, :mod:`.durations`): "held
  the Certified Journeyman Farrier credential for thirteen years" when the line gives "Certified Farrier (CF), 2011;
  Certified Journeyman Farrier (CJF), 2015"; "a registered nurse for ten years" counting LPN years; "head distiller"
  dated by another credential's "since" line in the resume's heading;
* a tool or an acronym followed by "for/at/with <Employer>" ("ran HPLC for Pfizer"): the employer is checked on its own.

``True``: the sentence must get a flag of the row's kind; ``False``: no flag at all.
"""

from __future__ import annotations

import pytest

from tests.support.grounding_rows import HEAD, TODAY, assert_flag as _assert, flag_kinds as _kinds


# CF 2011, CJF 2015 on one line: the journeyman credential at most 11 y 11 m
FARRIER = HEAD + ("Hollow Brook Hoof Care — Keene, NH\nOwner / Farrier | May 2012 – Present\n"
                  "Kettle Forge — York, PA\nFarrier Apprentice | June 2009 – April 2012\n\n"
                  "CERTIFICATIONS\n• AFA Certified Farrier (CF), 2011; Certified Journeyman Farrier (CJF), 2015\n")
# the licence 2014, the lower handler's approval 2012 (licence at most 12 y 11 m)
TOXINS = HEAD + ("Catlins Restoration Trust — Owaka\nPest Control Ranger | March 2012 – Present\n\n"
                 "CERTIFICATIONS\n• Controlled Substance Licence (vertebrate toxic agents), 2014; Approved Handler, 2012\n")
# RN from June 2019 (7 y 6 m), LPN from 2011
NURSE = HEAD + ("Lakeshore Medical Center — Sandusky, OH\nRegistered Nurse | June 2019 – Present\n"
                "Licensed Practical Nurse | May 2011 – May 2019\n\n"
                "LICENSES\n• Registered Nurse (RN), Ohio, 2019\n• Licensed Practical Nurse (LPN), Ohio, 2011\n")
# LVN before RN, the RN licence line only
LVN = HEAD + ("Gulf Bend Hospital — Victoria, TX\nRN, Medical-Surgical Unit | August 2020 – Present\n"
              "Licensed Vocational Nurse | March 2012 – July 2020\n\nLICENSES\n• Texas RN License, 2020\n")
# journeyman licence March 2023; apprentice years before
SPARKY = HEAD + ("Brazos Electric Co. — Waco, TX\nJourneyman Electrician | March 2023 – Present\n"
                 "Electrical Apprentice | June 2015 – February 2023\n\n"
                 "LICENSES\n• Texas Journeyman Electrician License, 2023\n")
# CPA licence 2018; staff accountant from 2011
CPA = HEAD + ("Marlow & Finch LLP — Peoria, IL\nSenior Accountant | July 2018 – Present\n"
              "Staff Accountant | August 2011 – June 2018\n\n"
              "LICENSES\n• Certified Public Accountant (CPA), Illinois, 2018\n")
# heading headline "Head Distiller", another credential's "since" line; head distiller from January 2021 (5 y 11 m)
DISTILLER = ("Name Surname\nHead Distiller — Kentucky Straight Bourbon\nCity, KY · (502) 000-0000 · name@example.com\n"
             "Executive Bourbon Steward (Stave & Thief Society) — since November 2017\n\nEXPERIENCE\n"
             "Salt Lick Distilling Co. — Bardstown, KY\nHead Distiller | January 2021 – Present\n"
             "Assistant Distiller | August 2016 – December 2020\nCedar Run Brewing — Louisville, KY\n"
             "Brewer | April 2011 – July 2016\n")
# heading headline "Emergency Communications Supervisor", a leader credential's "since" line (2020); supervisor from
# September 2019 (7 y 3 m); senior dispatcher before
DISPATCH = ("Name Surname\nEmergency Communications Supervisor — 911 Center\nCity, NV · (775) 000-0000 · name@example.com\n"
            "APCO Registered Public-Safety Leader (RPL) — since April 2020\n\nEXPERIENCE\n"
            "Sage Valley Emergency Communications — Elko, NV\nCommunications Supervisor | September 2019 – Present\n"
            "Senior Dispatcher | June 2015 – August 2019\nCall-Taker / Dispatcher | February 2011 – May 2015\n")

DURATIONS = [
    (FARRIER, "I have held the Certified Journeyman Farrier credential for more than thirteen years.", True),
    (FARRIER, "I have held the Certified Journeyman Farrier credential for more than eleven years.", False),
    (FARRIER, "I have held my CJF for more than thirteen years.", True),
    (TOXINS, "I have held a controlled substance licence for more than fourteen years.", True),
    (TOXINS, "I have held a controlled substance licence for more than twelve years.", False),
    (NURSE, "I have been a registered nurse for more than ten years.", True),
    (NURSE, "I have been a registered nurse for more than seven years.", False),
    (NURSE, "I have been a nurse for more than fifteen years.", False),
    (LVN, "I have been a registered nurse for more than twelve years.", True),
    (LVN, "I have been an RN for more than six years.", False),
    (SPARKY, "I have been a licensed electrician for more than eight years.", True),
    (SPARKY, "I have been a licensed electrician for more than three years.", False),
    (CPA, "I have been a CPA for more than fifteen years.", True),
    (CPA, "I have been a CPA for more than eight years.", False),
    (DISTILLER, "I have been head distiller for more than seven years.", True),
    (DISTILLER, "I have been head distiller for more than five years.", False),
    (DISTILLER, "I have been a distiller for more than ten years.", False),
    (DISPATCH, "I have been a communications supervisor for more than nine years.", True),
    (DISPATCH, "I have been a communications supervisor for more than seven years.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), DURATIONS)
def test_lower_credential_durations(resume: str, sentence: str, flagged: bool) -> None:
    _assert(resume, sentence, "date", flagged)


# HPLC, GC-MS, Empower, Epic in the resume; qPCR, SAP, Tableau not
LAB = HEAD + ("Northgate Biologics — Raleigh, NC\nAnalytical Chemist | May 2019 – Present\n"
              "• Ran HPLC and GC-MS assays for stability studies; charted in Epic for the clinic trials unit\n\n"
              "SKILLS: HPLC, GC-MS, Empower, LIMS, Epic\n")

TOOL_FOR = [
    (LAB, "I ran HPLC for Pfizer for five years.", True),
    (LAB, "I ran qPCR for Pfizer.", True),
    (LAB, "I ran GC-MS for Merck.", True),
    (LAB, "I managed SAP for Amgen.", True),
    (LAB, "I built Tableau dashboards for Genentech.", True),
    (LAB, "I used Empower for the Mayo Clinic.", True),
    (LAB, "I ran HPLC for Pfizer and Merck.", True),
    (LAB, "I charted in Epic for Kaiser Permanente.", True),
    (LAB, "I ran LIMS for Bayer.", True),
    (LAB, "I ran ELISA for Novartis.", True),
    (LAB, "I ran NMR for AstraZeneca.", True),
    (LAB, "I set up Kubernetes for Spotify.", True),
    (LAB, "I administered Salesforce for Adobe.", True),
    (LAB, "I ran HPLC for Northgate Biologics.", False),
    (LAB, "I ran GC-MS for Northgate Biologics for more than seven years.", False),
    (LAB, "I ran GC-MS for Northgate Biologics' stability studies.", False),
    (LAB, "I charted in Epic for Northgate Biologics.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), TOOL_FOR)
def test_employer_after_a_tool(resume: str, sentence: str, flagged: bool) -> None:
    _assert(resume, sentence, "employer", flagged)

# accounting manager from March 2021 (5 y 9 m); senior accountant before
ACCTS = HEAD + ("Harrow & Lyle Foods — Fresno, CA\nAccounting Manager | March 2021 – Present\n"
                "Senior Accountant | June 2014 – February 2021\nStaff Accountant | July 2010 – May 2014\n")
# senior engineer only, from 2012: "led" may read the senior rank
SENIOR = HEAD + "Kestrel Structures — Boise, ID\nSenior Structural Engineer | April 2012 – Present\n"

LEAD = [
    (ACCTS, "I have managed the accounting team for more than ten years.", True),
    (ACCTS, "I have supervised the accounting staff for more than eight years.", True),
    (ACCTS, "I have managed the accounting team for more than five years.", False),
    (SENIOR, "I have led the design team for more than fifteen years.", True),
    (SENIOR, "I have led the design team for more than ten years.", False),
    (DISPATCH, "I have supervised a dispatch shift for more than nine years.", True),
    (DISPATCH, "I have supervised a dispatch shift for more than seven years.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), LEAD)
def test_senior_is_no_lead(resume: str, sentence: str, flagged: bool) -> None:
    _assert(resume, sentence, "date", flagged)


# a title in the CV's language glossed in the heading: cellar master from March 2017 (9 y 9 m), its second before
CHAI = ("Prénom NOM\nMaître de chai (cellar master) — vins rouges\n33000 Bordeaux · +33 6 00 00 00 00 · nom@example.fr\n\n"
        "EXPÉRIENCE\nChâteau Haut-Vignal — Pomerol\nMaître de chai | mars 2017 – aujourd'hui\n"
        "Second de chai | septembre 2012 – février 2017\n")
# head chef ("Küchenchef") from 04/2019 (7 y 8 m), sous-chef ("Sous-Chef") before
KOCH = ("Vorname Name\nKüchenchef (head chef), Hotel Seeblick\n80331 München · +49 170 0000000 · name@example.de\n\n"
        "BERUFSERFAHRUNG\nHotel Seeblick — Tegernsee\nKüchenchef | 04/2019 – heute\nSous-Chef | 03/2013 – 03/2019\n")
# grower manager ("Teeltmanager") from 01-2020 (6 y 11 m); grower before
TEELT = ("Naam Achternaam\nTeeltmanager (head grower) — tomaten onder glas\n2671 Naaldwijk · +31 6 00000000 · naam@example.nl\n\n"
         "WERKERVARING\nKwekerij De Lier B.V. — De Lier\nTeeltmanager | 01-2020 – heden\nTeler | 05-2011 – 12-2019\n")

GLOSSED = [
    (CHAI, "I have been cellar master for more than eleven years.", True),
    (CHAI, "I have been cellar master for more than nine years.", False),
    (CHAI, "I have been a cellar master for more than ten years.", True),
    (KOCH, "I have been head chef for more than ten years.", True),
    (KOCH, "I have been head chef for more than seven years.", False),
    (TEELT, "I have been head grower for more than eight years.", True),
    (TEELT, "I have been head grower for more than six years.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), GLOSSED)
def test_glossed_title_durations(resume: str, sentence: str, flagged: bool) -> None:
    _assert(resume, sentence, "date", flagged)


# one shift supervised; a team over three shifts
ONE_SHIFT = HEAD + ("Basin Regional 911 — Elko, NV\nCommunications Supervisor | September 2019 – Present\n"
                    "• Supervise one shift of 11 call-takers and dispatchers; ~640 calls per shift\n")
THREE_SHIFTS = HEAD + ("Salt Lick Distilling Co. — Bardstown, KY\nHead Distiller | January 2021 – Present\n"
                       "• Lead a 12-person distilling team over 3 shifts\n")
# six sonographers led, no whole staff
SONO = HEAD + ("Platte River Medical Center — Kearney, NE\nLead Sonographer | November 2019 – Present\n"
               "• Lead 6 sonographers across 2 hospital sites and 1 outpatient clinic\n")

SHIFTS = [
    (ONE_SHIFT, "I supervise all shifts at the regional communications center.", True),
    (ONE_SHIFT, "I supervise every shift at the center.", True),
    (ONE_SHIFT, "I manage all dispatch shifts.", True),
    (ONE_SHIFT, "I oversee all shifts of call-takers.", True),
    (ONE_SHIFT, "I review the call log every shift.", False),
    (ONE_SHIFT, "I handle about 640 calls every shift.", False),
    (ONE_SHIFT, "I supervise one shift of 11 call-takers and dispatchers.", False),
    (THREE_SHIFTS, "I run every shift at the distillery.", True),
    (THREE_SHIFTS, "I lead the distilling team across all three shifts.", False),
    (THREE_SHIFTS, "I lead a 12-person team over all 3 shifts.", False),
    (SONO, "I lead all imaging staff at the medical center.", True),
    (SONO, "I supervise all radiology staff.", True),
    (SONO, "I lead 6 sonographers across 2 hospital sites.", False),
    (SONO, "I lead the sonography staff at both hospital sites.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), SHIFTS)
def test_all_shifts_led(resume: str, sentence: str, flagged: bool) -> None:
    _assert(resume, sentence, "scale", flagged)


# Epic scoped to a hospital job that ended; hospice tools now
HOSPICE = HEAD + ("Suwannee Hospice — Lake City, FL\nClinical Team Leader | October 2020 – Present\n"
                  "Marion Regional Medical Center — Ocala, FL\nStaff RN, Oncology | July 2009 – May 2015\n\n"
                  "TOOLS: Homecare Homebase (HCHB), WellSky Hospice, Epic (oncology unit, Marion Regional), Vocera\n")
# SAP scoped to a past plant; Maximo at the current one
PLANT = HEAD + ("Tidewater Paper Mill — Franklin, VA\nMaintenance Planner | March 2019 – Present\n"
                "Blue Ridge Castings — Roanoke, VA\nMaintenance Technician | June 2012 – February 2019\n\n"
                "SYSTEMS: IBM Maximo; SAP PM (at Blue Ridge Castings)\n")
# Revit scoped to the current firm: present use backed
STUDIO = HEAD + ("Halvorsen Arkitekter — Bergen\nArchitect | August 2018 – Present\n"
                 "Fjord Studio — Oslo\nJunior Architect | 2014 – 2018\n\nSOFTWARE: Revit (Halvorsen Arkitekter), ArchiCAD\n")

TOOL_SCOPES = [
    (HOSPICE, "I document home hospice visits in Epic.", True),
    (HOSPICE, "I chart every visit in Epic.", True),
    (HOSPICE, "I currently track symptoms in Epic.", True),
    (HOSPICE, "I used Epic on the oncology unit.", False),
    (HOSPICE, "I charted in Epic for six years at Marion Regional.", False),
    (HOSPICE, "I document visits in WellSky Hospice.", False),
    (HOSPICE, "Before hospice, I worked in Epic.", False),
    (PLANT, "I plan work orders in SAP.", True),
    (PLANT, "I now schedule preventive maintenance in SAP.", True),
    (PLANT, "I plan work orders in Maximo.", False),
    (PLANT, "I logged repairs in SAP at Blue Ridge Castings.", False),
    (STUDIO, "I model projects in Revit.", False),
    (STUDIO, "I draw in ArchiCAD.", False),
]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), TOOL_SCOPES)
def test_tool_scoped_to_a_past_job(resume: str, sentence: str, flagged: bool) -> None:
    _assert(resume, sentence, "tool", flagged)
