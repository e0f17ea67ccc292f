"""Tables of variants: set 27's false flags by kind (ground134, issue 12, session 31) — supported restatements that must
pass and nearby claims that must still flag. Resumes and sentences written for this file in the wording of real CVs
(US, Dutch, Polish, Mexican, Australian, veterinary).

* **an unfinished degree said as such** (:data:`.status.KEEPS_STATUS`): "I completed about half / most / two years of
  a forestry bachelor's", "62 of 120 credits toward a B.S."; "earning a certificate" after a school's name
  (:data:`.credential_mentions._CERT_LEFT_EDGE`).
* **the month-year with a hyphen** (:data:`.locale_forms._MONTH_DASH_YEAR_RE`): "01-2013 – 03-2018", "sinds 09-2012",
  "geldig tot 05-2027" — a start, a stay and a credential's expiry.
* **a country's adjective on its own register or title** (:func:`.demonyms.country_award`): "the Dutch Architects'
  Register", "the Dutch engineering title ir." on a Dutch CV that dates its jobs by number ("– heden"); a degree's
  field ends at the sentence's verb ("MSc in … carries the …", :func:`.entities.find_degrees`).
* **a field's initials read as a tool** (:mod:`.practice_acronyms`): "QA checks in Xbench", "GIS work in QGIS",
  "VAT" for the CV's "IVA".
* **"nationally registered" with the register the resume names** (:func:`.standing_claims.national_credential`).
* **two levels of one credential** (:func:`.credential_specialties.levels_written`): "certified in both basic and
  advanced life support" for «BLS and ALS».
* **a decimal in words** (:func:`.text.quantities`): "rose by fifteen hundredths, from 0.71 to 0.86".

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main 4273305): 23 of 51 —
unfinished degrees 5 of 9, hyphen dates 4 of 8, country adjectives 3 of 7, field initials 3 of 9, a national register
and two levels 5 of 12, decimals in words 3 of 6; every "must flag" row flagged on both.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


ARBORIST = ("Dana Ruiz\nArborist Crew Leader\nSpokane, WA · (509) 555-0131 · dana@example.com\n\nEXPERIENCE\n"
            "Inland Canopy Services — Spokane, WA\nCrew Leader | March 2020 – Present\n\nEDUCATION\n"
            "Coursework toward B.S. Forestry, Washington State University (62 of 120 credits, 2009–2011)\n"
            "Certificate, Urban Forestry, Spokane Community College, 2012\n")
NURSE = ("Priya Nair\nRegistered Nurse\nDenver, CO · (303) 555-0188 · priya@example.com\n\nEXPERIENCE\n"
         "Denver Health — Denver, CO\nRegistered Nurse | June 2018 – Present\n\nEDUCATION\n"
         "MSN Nursing Education — in progress, University of Colorado (18 of 36 credits)\n"
         "BSN, Regis University, 2018\n")

UNFINISHED = [
    (ARBORIST, "I completed about half of a forestry bachelor's at Washington State University.", False),
    (ARBORIST, "I completed most of a forestry bachelor's at Washington State University.", False),
    (ARBORIST, "I completed 62 of 120 credits toward a B.S. in Forestry.", False),
    (ARBORIST, "I completed two years of a forestry bachelor's at Washington State University.", False),
    (ARBORIST, "I completed about half of a forestry bachelor's at Washington State University before earning a "
               "certificate in urban forestry.", False),
    (ARBORIST, "I completed a forestry bachelor's at Washington State University.", True),
    (ARBORIST, "I hold a forestry bachelor's from Washington State University.", True),
    (NURSE, "I have completed my MSN in nursing education.", True),
    (NURSE, "I hold an MSN in nursing education.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", UNFINISHED)
def test_an_unfinished_degree_said_as_such(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


LANDSCAPE = ("ir. Sanne de Boer\nLandschapsarchitect / Landscape Architect\nUtrecht · +31 6 4172 0000 · sanne@example.nl\n"
             "Ingeschreven in het Architectenregister als tuin- en landschapsarchitect — sinds 09-2012\n\n"
             "WERKERVARING / EXPERIENCE\nGroenstructuur Landschapsarchitecten B.V. — Utrecht\n"
             "Senior landschapsarchitect / projectleider | 04-2018 – heden\nLandschapsarchitect | 01-2013 – 03-2018\n\n"
             "OPLEIDING / EDUCATION\nMSc Landscape Architecture and Planning, Wageningen University, 2010 (ir.)\n\n"
             "CERTIFICATEN\n• VCA Basis — geldig tot 05-2027\n\nSOFTWARE: AutoCAD, Rhino + Grasshopper, QGIS\n")

HYPHEN_DATES = [
    (LANDSCAPE, "I have worked at Groenstructuur since January 2013.", False),
    (LANDSCAPE, "I have worked at Groenstructuur since January 2012.", True),
    (LANDSCAPE, "My VCA basic safety certificate is valid until May 2027.", False),
    (LANDSCAPE, "My VCA basic safety certificate is valid until May 2028.", True),
    (LANDSCAPE, "I joined Groenstructuur in January 2013.", False),
    (LANDSCAPE, "I joined Groenstructuur in January 2011.", True),
    (LANDSCAPE, "I have been with Groenstructuur for more than thirteen years.", False),
    (LANDSCAPE, "I have been with Groenstructuur for more than sixteen years.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", HYPHEN_DATES)
def test_a_month_year_written_with_a_hyphen(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


COUNTRY_ADJECTIVES = [
    (LANDSCAPE, "My Wageningen MSc in landscape architecture and planning carries the Dutch engineering title ir.", False),
    (LANDSCAPE, "I am listed in the Dutch Architects' Register.", False),
    (LANDSCAPE, "I have been in the Dutch Architects' Register since September 2012.", False),
    (LANDSCAPE, "I am listed in the Belgian Architects' Register.", True),
    (LANDSCAPE, "My Wageningen MSc in urban design carries the Dutch engineering title ir.", True),
    (LANDSCAPE, "My Wageningen PhD in landscape architecture carries the Dutch engineering title ir.", True),
    (LANDSCAPE, "I hold the German Dipl.-Ing. title.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", COUNTRY_ADJECTIVES)
def test_a_countrys_adjective_on_a_cv_dated_by_number(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


TRANSLATOR = ("Anna Nowak\nTłumacz przysięgły / Sworn Translator\nKraków · +48 602 000 000 · anna@example.pl\n\n"
              "DOŚWIADCZENIE / EXPERIENCE\nLexPolonia Sp. z o.o. — Kraków\nTłumacz (Translator) | 02.2020 – obecnie\n\n"
              "NARZĘDZIA / TOOLS: SDL Trados Studio 2022, memoQ, Xbench\n")
TAX = ("Armando Ruiz\nGerente de Impuestos / Tax Manager\nGuadalajara · +52 33 3615 0000 · armando@example.mx\n\n"
       "EXPERIENCIA\nOccidente Asesores Fiscales, S.C. — Guadalajara\nGerente de Impuestos | enero 2019 – actualidad\n"
       "• Recuperación de saldos a favor de IVA por $48.6 millones MXN en 2025\n\nHERRAMIENTAS: SAP S/4HANA, Excel\n")

FIELD_INITIALS = [
    (TRANSLATOR, "I translate in Trados Studio and memoQ and run QA checks in Xbench.", False),
    (TRANSLATOR, "I run QA checks in Verifika.", True),
    (TRANSLATOR, "I run QA checks.", True),
    (LANDSCAPE, "I do my GIS work in QGIS.", False),
    (LANDSCAPE, "I do my GIS work in ArcGIS.", True),
    (LANDSCAPE, "I led GIS projects.", True),
    (TAX, "VAT refund recoveries reached 48.6 million pesos in 2025.", False),
    (TAX, "I file GST returns.", True),
    (ARBORIST, "I file VAT returns.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", FIELD_INITIALS)
def test_a_fields_initials_are_no_tool(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


PARAMEDIC = ("Jack Thompson\nCritical Care Paramedic\nBrisbane, QLD · 0412 000 000 · jack@example.com.au\n"
             "AHPRA Registered Paramedic PAR0001873412 — since 12/2018\n\nEXPERIENCE\nQueensland Ambulance Service — "
             "Brisbane\nParamedic | December 2018 – Present\n")
VET_NURSE = ("Maria Lopez\nEquine Veterinary Technician\nLexington, KY · (859) 555-0100 · maria@example.com\n\n"
             "EXPERIENCE\nRood & Riddle Equine Hospital — Lexington, KY\nVeterinary Technician | May 2015 – Present\n\n"
             "CERTIFICATIONS\n• RECOVER CPR Rescuer, BLS and ALS, 2024\n")

STANDING = [
    (PARAMEDIC, "I have been nationally registered as a paramedic with AHPRA since December 2018.", False),
    (PARAMEDIC, "I am nationally registered with AHPRA.", False),
    (PARAMEDIC, "I am nationally registered as a paramedic.", True),
    (PARAMEDIC, "I am nationally registered as a paramedic with the Queensland Ambulance Service.", True),
    (PARAMEDIC, "I am nationally registered as a nurse with the NMBA.", True),
    (PARAMEDIC, "I am registered as a paramedic with AHPRA.", False),
    (VET_NURSE, "I am RECOVER-certified in both basic and advanced life support.", False),
    (VET_NURSE, "I am RECOVER-certified in basic and advanced life support.", False),
    (VET_NURSE, "I am RECOVER-certified in both basic and advanced life support and renewed it in 2024.", False),
    (VET_NURSE, "I am RECOVER-certified in both basic and pediatric life support.", True),
    (VET_NURSE, "I am certified in both basic and advanced cardiac life support.", True),
    (VET_NURSE, "I am RECOVER-certified in advanced trauma life support.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", STANDING)
def test_a_national_register_and_two_levels_of_one_credential(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


FORECASTER = ("Lee Park\nWarning Coordination Meteorologist\nNorman, OK · (405) 555-0100 · lee@example.com\n\nEXPERIENCE\n"
              "National Weather Service — Norman, OK\nMeteorologist | June 2015 – Present\n"
              "• Office tornado-warning probability of detection rose from 0.71 to 0.86 (2019–2025)\n"
              "• Cut false-alarm ratio from 0.62 to 0.55\n")

DECIMAL_WORDS = [
    (FORECASTER, "Our probability of detection rose by fifteen hundredths, from 0.71 to 0.86.", False),
    (FORECASTER, "Our probability of detection rose by fifteen hundredths.", False),
    (FORECASTER, "We cut the false-alarm ratio by seven hundredths.", False),
    (FORECASTER, "Our probability of detection rose by twenty hundredths, from 0.71 to 0.86.", True),
    (FORECASTER, "We cut the false-alarm ratio by three tenths.", True),
    (FORECASTER, "We cut the false-alarm ratio by nine hundredths.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", DECIMAL_WORDS)
def test_a_decimal_in_words(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)
