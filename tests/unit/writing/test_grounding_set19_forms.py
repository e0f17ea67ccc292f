"""Tables of variants for the kinds of false flag blind set 19 showed (session 23, ground38; people and employers
written for this file, unit, court and degree forms from public usage — EPA/WHO water and air reporting units, US
court and fire-service numbering, universities' degree initials). Each kind's variety, with the wrong claims of the
same shape (a swapped digit, an inflated figure, a rung up) that must stay flagged:

* **Numbering abbreviations before a figure** (:data:`.facts.NUMBERING_ABBREVIATIONS`): "County Court at Law No. 4",
  "Station No. 12", "Justice of the Peace Court, Pct. 4", "Superior Court, Div. 3" — no sentence ends there.
* **Units in another form** (:mod:`.unit_forms`): "milligrams per liter"/"per litre" for "mg/L", "milligray" for
  "mGy", "from fourteen hours to nine per 1,000 wafers" (the second end counts the first's unit, not the rate's
  base), "van 52 naar 17 km" (the first end counts the second's).
* **Shares after "nearly"** (:func:`.numbers._nearly_share`): "nearly in half" of 45–50 %, "almost a third", "nearly
  three-quarters" — never of more than the share nor of less than nine tenths of it.
* **Careers in a field** (:mod:`.field_careers`): "worked in respiratory care / environmental compliance / the
  semiconductor industry / the banking sector for N years" measured from the first role of that line of work.
* **Licence careers** (:func:`.credential_durations._names_licence`): "a licensed Texas court reporter" for "Texas
  Certified Shorthand Reporter … licensed since October 2011".
* **A role held after its lower rank at one employer** ("an inspector with the agency for N years" over "Environmental
  Compliance Inspector" then "Senior Environmental Compliance Inspector").
* **Degrees by field-naming initials** (:mod:`.degree_initials`): M.S.C.E. (Structural), M.U.R.P., MSW, MPH, BSEE.
* **Titles with a middle word dropped** (:mod:`.title_gaps`) and **two titles joined by "and"**, a qualified role
  measured from its qualification, not its apprenticeship.
* **A country's adjective before its qualification** (:mod:`.demonyms`): "the Dutch ir. title", "the Chilean
  professional title", "my Austrian Mag. degree" on a CV from that country; another country's stays flagged.
* **"As a consultant" at a consulting firm** (:mod:`.consulting`): "… Engineers, LLC", "… Advisory Partners"; a rank
  added, or no such firm, stays flagged.

Old code (main before session 23): 31 of the 80 rows below wrong — 29 supported rows flagged (numbered 4/10, units
4/11, shares 2/7, fields 4/11, licences 2/6, degrees 4/10, titles 3/10, countries 3/8, consultants 3/7) and 2
unsupported twins missed ("the banking sector for more than seventeen years" for banking since June 2011, 15 y 6 m:
the old code measured the whole working life from a server's job in 2008, "a qualified electrician for more than seventeen years" counting the apprenticeship); every other twin
was caught and stays caught. ``True``: the sentence must get a flag; ``False``: none.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\n"


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(HEAD + resume, today=TODAY))


COURT = ("EXPERIENCE\nHarris County Court at Law No. 4 — Houston, TX\nOfficial Court Reporter | March 2017 – Present\n"
         "• Reported ~900 hearing and trial days\n")
FIRE = ("EXPERIENCE\nRiverside Fire Department — Station No. 12, Riverside, CA\nFire Captain | June 2015 – Present\n"
        "• Lead a crew of 4 firefighters\n")
JP = ("EXPERIENCE\nJustice of the Peace Court, Pct. 4 — Travis County, TX\nChief Deputy Clerk | January 2016 – Present\n"
      "• Process ~6,000 civil filings a year\n")
DIVISION = ("EXPERIENCE\nSuperior Court of Arizona, Div. 3 — Phoenix, AZ\nJudicial Assistant | August 2018 – Present\n"
            "• Managed a docket of 1,400 cases\n")

NUMBERED = [
    (COURT, "I have been the official court reporter for County Court at Law No. 4 since March 2017.", False),
    (COURT, "I have been the official court reporter for County Court at Law No. 4 since March 2015.", True),
    (COURT, "I have been the official court reporter for County Court at Law No. 2 since March 2017.", True),
    (FIRE, "I have been a fire captain at Station No. 12 since June 2015.", False),
    (FIRE, "I have been a fire captain at Station No. 12 since June 2013.", True),
    (FIRE, "I have been a fire captain at Station No. 14 since June 2015.", True),
    (JP, "I have been chief deputy clerk of the Justice of the Peace Court, Pct. 4 since January 2016.", False),
    (JP, "I have been chief deputy clerk of the Justice of the Peace Court, Pct. 4 since January 2012.", True),
    (DIVISION, "I have been a judicial assistant at the Superior Court, Div. 3 since August 2018.", False),
    (DIVISION, "I have been a judicial assistant at the Superior Court, Div. 3 since August 2016.", True),
]

WATER = ("EXPERIENCE\nRiverbend Water Treatment Plant — Greenville, NC\nChief Operator | July 2021 – Present\n"
         "• Jar-testing program lowered alum dose from 38 to 26 mg/L\n"
         "• Lowered mean CT head dose from 52 to 38 mGy\n")
WAFER = ("EXPERIENCE\nHanbit Semiconductor — Hwaseong\nPrincipal Engineer, dry etch | 2019.03 ~ present\n"
         " - PM downtime per 1,000 wafers: 14 h → 9 h\n")
DIKE = ("WERKERVARING\nmrt. 2021 – heden   Senior beleidsadviseur waterveiligheid, Waterschap Eemsmond-Lauwers\n"
        " • Lengte afgekeurde dijk teruggebracht van 52 naar 17 km (length of dike failing the safety standard reduced)\n")

UNITS = [
    (WATER, "Our jar-testing program lowered the alum dose from 38 to 26 milligrams per liter.", False),
    (WATER, "Our jar-testing program lowered the alum dose from 38 to 26 milligrams per litre.", False),
    (WATER, "Our jar-testing program lowered the alum dose from 38 to 16 milligrams per liter.", True),
    (WATER, "Our jar-testing program lowered the alum dose from 48 to 26 milligrams per liter.", True),
    (WATER, "We lowered the mean CT head dose from 52 to 38 milligray.", False),
    (WATER, "We lowered the mean CT head dose from 52 to 28 milligray.", True),
    (WAFER, "I reduced PM downtime from fourteen hours to nine per 1,000 wafers.", False),
    (WAFER, "I reduced PM downtime from fourteen hours to six per 1,000 wafers.", True),
    (WAFER, "I reduced PM downtime from sixteen hours to nine per 1,000 wafers.", True),
    (DIKE, "We have cut the length of dike failing the safety standard by more than two-thirds.", False),
    (DIKE, "We have cut the length of dike failing the safety standard by more than three-quarters.", True),
]

PLANNING = "EXPERIENCE\nCity of Cascade Ridge — Planning Bureau\nAssociate Planner | 2012 – 2018\n• Cut average decision time from 94 to 51 days\n"
PLANNING2 = "EXPERIENCE\nCity of Cascade Ridge — Planning Bureau\nAssociate Planner | 2012 – 2018\n• Cut average decision time from 94 to 62 days\n"
ICU = "EXPERIENCE\nMercy General — Sacramento, CA\nCharge Nurse | 2015 – Present\n• Cut average ICU stay from 60 to 41 hours\n"
ICU2 = "EXPERIENCE\nMercy General — Sacramento, CA\nCharge Nurse | 2015 – Present\n• Cut average ICU stay from 60 to 48 hours\n"
CLAIMS = "EXPERIENCE\nNorthfield Mutual — Omaha, NE\nClaims Supervisor | 2016 – Present\n• Reduced claim backlog from 100 to 32 files\n"

SHARES = [
    (PLANNING, "I cut average decision time nearly in half, from 94 to 51 days.", False),
    (PLANNING, "I cut average decision time by nearly two-thirds, from 94 to 51 days.", True),
    (PLANNING2, "I cut average decision time nearly in half, from 94 to 62 days.", True),
    (ICU, "I cut the average ICU stay by almost a third.", False),
    (ICU2, "I cut the average ICU stay by almost a third.", True),
    (CLAIMS, "I reduced the claim backlog by nearly three-quarters.", False),
    (CLAIMS, "I reduced the claim backlog by more than three-quarters.", True),
]

RT = ("EXPERIENCE\nDepartment of Respiratory Care, Scioto River Medical Center — Columbus, OH\n"
      "Lead Respiratory Therapist | April 2018 – Present\nStaff Respiratory Therapist | July 2010 – March 2018\n\n"
      "Franklin Valley Community Hospital — Grove City, OH\nRespiratory Therapy Technician (student, PRN) | May 2009 – June 2010\n")
ENV = ("EXPERIENCE\nPuget Sound Clean Water Agency — Tacoma, WA\nSenior Environmental Compliance Inspector | September 2019 – Present\n"
       "Environmental Compliance Inspector | April 2015 – August 2019\n\n"
       "Cascade Ecological Consulting, Inc. — Olympia, WA\nEnvironmental Technician | June 2012 – March 2015\n")
SEMI = ("Experience\nHanbit Semiconductor Co., Ltd. — Hwaseong\n2019.03 ~ present  Principal Engineer, dry etch process\n"
        "2014.01 ~ 2019.02  Senior Engineer, etch process\n\nSejin Tech Co., Ltd. — Pyeongtaek\n"
        "2011.07 ~ 2013.12  Field service engineer, etch equipment\n")
BANK = ("EXPERIENCE\nPrairie State Bank & Trust — Wichita, KS\nCommercial Loan Officer | March 2015 – Present\n\n"
        "First Community Bank — Salina, KS\nBanking Associate | June 2011 – February 2015\n\n"
        "Sunflower Grill — Salina, KS\nServer | 2008 – 2011\n")

FIELDS = [
    (RT, "I have worked in respiratory care for more than seventeen years.", False),
    (RT, "I have worked in respiratory care for more than eighteen years.", True),
    (ENV, "I have worked in environmental compliance for more than fourteen years.", False),
    (ENV, "I have worked in environmental compliance for more than fifteen years.", True),
    (SEMI, "I have worked in the semiconductor industry for more than fifteen years.", False),
    (SEMI, "I have worked in the semiconductor industry for more than sixteen years.", True),
    (BANK, "I have worked in the banking sector for more than fifteen years.", False),
    (BANK, "I have worked in the banking sector for more than seventeen years.", True),
    (ENV, "I have been an inspector with the Puget Sound Clean Water Agency for more than eleven years.", False),
    (ENV, "I have been an inspector with the Puget Sound Clean Water Agency for more than twelve years.", True),
    (ENV, "I have been a senior inspector with the Puget Sound Clean Water Agency for more than eight years.", True),
]

CSR = ("Texas Certified Shorthand Reporter (CSR) No. 11472 — licensed since October 2011\n\nEXPERIENCE\n"
       "Pecan Bayou County Court at Law No. 2 — Pecan Bayou County, TX\nOfficial Court Reporter | January 2019 – Present\n"
       "Deputy Court Reporter | June 2016 – December 2018\n\nLone Star Deposition Services — Austin, TX\n"
       "Freelance Deposition Reporter | November 2011 – May 2016\n")
ELECTRICIAN = ("EXPERIENCE\n09/2010 – heute   Elektroniker für Betriebstechnik (Industrial electrician), Petersen GmbH\n"
               "08/2007 – 06/2010   Ausbildung zum Elektroniker (apprenticeship, industrial electrician), Petersen GmbH\n")

LICENCES = [
    (CSR, "I have been a licensed Texas court reporter for more than fifteen years.", False),
    (CSR, "I have been a licensed court reporter for more than fifteen years.", False),
    (CSR, "I have been a licensed Texas court reporter for more than sixteen years.", True),
    (CSR, "I have been a licensed court reporter for more than seventeen years.", True),
    (ELECTRICIAN, "I have worked as a qualified electrician for more than sixteen years.", False),
    (ELECTRICIAN, "I have worked as a qualified electrician for more than seventeen years.", True),
]

DEGREES_R = ("EDUCATION\nM.S.C.E. (Structural) — The Pennsylvania State University, 2008\n"
             "M.U.R.P. (Master of Urban and Regional Planning) — Portland State University, 2011\n"
             "MSW — University of Michigan, 2014\nBSEE — Purdue University, 2005\n")

DEGREES = [
    (DEGREES_R, "I hold a master's degree in structural engineering from Penn State.", False),
    (DEGREES_R, "I hold a master's in civil engineering from Penn State.", False),
    (DEGREES_R, "I hold a master's degree in electrical engineering from Penn State.", True),
    (DEGREES_R, "I hold a PhD in structural engineering from Penn State.", True),
    (DEGREES_R, "I hold a master's in urban and regional planning from Portland State.", False),
    (DEGREES_R, "I hold a PhD in urban planning from Portland State.", True),
    (DEGREES_R, "I earned a master's in social work at the University of Michigan.", False),
    (DEGREES_R, "I earned a master's in public health at the University of Michigan.", True),
    (DEGREES_R, "I earned a bachelor's in electrical engineering at Purdue University.", False),
    (DEGREES_R, "I earned a bachelor's in mechanical engineering at Purdue University.", True),
]

PHARMACY = ("EXPERIENCE\nDepartment of Pharmacy Services, Sonoran Desert Medical Center — Tucson, AZ\n"
            "Lead Pharmacy Technician, IV Room | October 2019 – Present\nPharmacy Technician II | March 2014 – September 2019\n")
HOTEL = ("EXPERIENCE\nThe Marigny Crescent Hotel — New Orleans, LA\nExecutive Sous Chef | April 2021 – Present\n"
         "Sous Chef | September 2013 – March 2021\n")
FIELD_OPS = ("EXPERIENCE\nBasin Midstream LLC — Midland, TX\nField Operations Supervisor | May 2017 – Present\n"
             "Pipeline Technician | 2012 – 2017\n")
WIND = ("EXPERIENCE\n04/2020 – heute   Teamleiter Service (Team leader, service), Nordwind Service GmbH, Husum\n"
        "07/2014 – 03/2020   Servicetechniker (Service technician), Nordwind Service GmbH\n"
        "09/2010 – 06/2014   Elektroniker für Betriebstechnik (Industrial electrician), Petersen GmbH\n"
        "08/2007 – 06/2010   Ausbildung zum Elektroniker (apprenticeship, industrial electrician), Petersen GmbH\n")

TITLES = [
    (PHARMACY, "I have been the lead technician in our IV room since October 2019.", False),
    (PHARMACY, "I have been the lead pharmacist in our IV room since October 2019.", True),
    (PHARMACY, "I have been the chief technician in our IV room since October 2019.", True),
    (HOTEL, "As executive chef of the Marigny Crescent, I own the hotel's menus.", True),
    (FIELD_OPS, "As field supervisor at Basin Midstream, I run the Midland crews.", False),
    (FIELD_OPS, "As field operations manager at Basin Midstream, I run the Midland crews.", True),
    (WIND, "I have worked as a qualified electrician and technician for more than sixteen years.", False),
    (WIND, "I have worked as a qualified electrician and technician for more than seventeen years.", True),
    (WIND, "I have worked as a qualified electrician and engineer for more than sixteen years.", True),
    (WIND, "I have worked as an electrician and service manager for more than ten years.", True),
]

DELFT = ("WERKERVARING\nmrt. 2021 – heden   Senior beleidsadviseur, Waterschap Eemsmond-Lauwers, Groningen\n"
         "jan. 2016 – feb. 2021   Beleidsadviseur, Waterschap Eemsmond-Lauwers\n\nOPLEIDING\n"
         "2013   MSc Civil Engineering (Hydraulic Engineering) — TU Delft; titel ir. (ingenieur)\n")
UCHILE = ("Antofagasta, Chile\n\nEXPERIENCIA LABORAL\nMinera Cerro Alto SpA — Antofagasta\n"
          "Geóloga de Mina (Mine Geologist) | marzo 2015 – a la fecha\n\nFORMACIÓN\n"
          "Geóloga (título profesional) (professional title of Geologist) — Universidad de Chile, 2011\n")
WIEN = ("Wien, Österreich\n\nBERUFSERFAHRUNG\n03/2017 – heute   Steuerberaterin, Kanzlei Huber & Partner, Wien\n\n"
        "AUSBILDUNG\n2016   Mag. rer. soc. oec. (Wirtschaftswissenschaften) — Wirtschaftsuniversität Wien\n")

COUNTRIES = [
    (DELFT, "I hold an MSc in hydraulic engineering from TU Delft, with the Dutch ir. title.", False),
    (DELFT, "I hold an MSc in hydraulic engineering from TU Delft, with the German Dipl.-Ing. title.", True),
    (DELFT, "I hold an MSc in hydraulic engineering from TU Delft, with the Belgian ir. title.", True),
    (UCHILE, "I hold the Chilean professional title of geologist from the Universidad de Chile.", False),
    (UCHILE, "I hold the Peruvian professional title of geologist from the Universidad de Chile.", True),
    (UCHILE, "I hold the Chilean professional title of geophysicist from the Universidad de Chile.", True),
    (WIEN, "I earned my Austrian Mag. degree in business at the Wirtschaftsuniversität Wien in 2016.", False),
    (WIEN, "I earned my German Mag. degree in business at the Wirtschaftsuniversität Wien in 2016.", True),
]

DESIGN = ("EXPERIENCE\nSusquehanna Valley Regional Transportation Authority — Harrisburg, PA\nBridge Engineer | 2014 – Present\n\n"
          "Keystone Meridian Engineers, LLC — Camp Hill, PA\nEngineer in Training / Bridge Designer | 2008 – 2014\n"
          "• Designed 11 prestressed-concrete bridge replacements\n")
ADVISORY = ("EXPERIENCE\nNorthbridge Advisory Partners — Boston, MA\nAnalyst | 2017 – 2020\n• Built 40 valuation models\n\n"
            "Harbor Health — Boston, MA\nFinancial Planning Manager | 2020 – Present\n")
CLINIC = "EXPERIENCE\nMercy General — Sacramento, CA\nCharge Nurse | 2015 – Present\n• Led a sepsis bundle rollout\n"

CONSULTANTS = [
    (DESIGN, "As a consultant I designed eleven prestressed-concrete bridge replacements.", False),
    (DESIGN, "As a bridge consultant I designed eleven prestressed-concrete bridge replacements.", False),
    (DESIGN, "As a senior consultant I designed eleven prestressed-concrete bridge replacements.", True),
    (DESIGN, "As a principal consultant I designed eleven prestressed-concrete bridge replacements.", True),
    (ADVISORY, "As a consultant I built forty valuation models.", False),
    (ADVISORY, "As a managing consultant I built forty valuation models.", True),
    (CLINIC, "As a consultant I led a sepsis bundle rollout.", True),
]

TABLES = NUMBERED + UNITS + SHARES + FIELDS + LICENCES + DEGREES + TITLES + COUNTRIES + CONSULTANTS


@pytest.mark.parametrize(("resume", "sentence", "flagged"), TABLES, ids=[s[:60] for _, s, _ in TABLES])
def test_set19_forms(resume: str, sentence: str, flagged: bool) -> None:
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
