"""Tables of variants for the kinds of false flag blind set 20 showed (session 24, ground53; people and employers
written for this file in the wording of real CVs and letters: Polish, Mexican, Spanish, German and Australian CV
conventions, US registered-apprenticeship and interpreter credentials). Each kind's variety, with the unsupported twin
of the same shape that must stay flagged:

* **A licence's jurisdiction as a country the CV implies** (:func:`.place_claims.implied_country`): "licensed … in
  Poland" on a Polish CV (złoty amounts), "in Mexico" on a Monterrey CV, "in Germany" on a Munich CV; another country
  stays flagged. With it the licence's own length (:func:`.credential_durations._names_licence`: "surveyor" for a
  "surveying licence … since June 2014").
* **"nationally certified"** (:func:`.standing_claims.national_credential`) for a national certification or registry.
* **A field career under the headline's profession**: "an ASL interpreter" on a resume headed "… Interpreter
  (ASL–English)" whose first interpreter role has no "ASL" — NOT solved (xfail): measuring from the first role with the
  head noun when the headline names the whole role also passed "a store manager / travel nurse / financial aid
  director for N years" twins on sets 10, 17, 18, 20 (the headline names the current rung, not the profession).
* **A promotion chain at one employer** (:func:`.facts._state_list`): "Memphis TN, Olive Branch MS, Jackson TN" on a
  title line made the entry a Master of Science's, dropping it from the employer's span.
* **A school by its English/exonym form** (:func:`.place_claims.school_form`): "Cracow University of Economics",
  "Warsaw University of Technology", "University of Seville".
* **A place of other work named with "at"** (:func:`.place_claims.worked_at_place`): "at Nuevo Laredo", "at Ciudad
  Juárez", "at Puerto Quetzal" — the location of one employer, written on another entry's work line.
* **One's own practice** (:func:`.standing_claims.own_practice`) on a sole trader's or owner's resume.
* **A time after an event** (:func:`.line_reads.time_after_event`): "fifteen months after completion", and **states
  counted from a list** (:func:`.line_reads.listed_count`): "in three states" for "FL, GA and TX".
* **A credential on a raw line cut at "U.S."** (:func:`.line_reads.credential_on_line`).

Old code (main 44c9fd6, before session 24): 26 of the 57 rows below wrong — 25 supported rows flagged (countries 4/4,
national credentials and the headline's profession 5/5, promotion chains 2/3, schools 1/2, places 3/3, own practices
4/5, counts 3/5, credentials 3/3) and 1 unsupported twin missed, on the old code and this one alike ("the University
of Granada" for "Universidad de Sevilla", marked xfail: a recall gap). Every other twin was caught and stays caught.
This branch: 3 rows still wrong, all xfail (the two ASL-interpreter careers and the Granada twin).
``True``: the sentence must get a flag; ``False``: none.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


POLISH = ("mgr inż. Anna Nowak\nGeodeta uprawniony (licensed land surveyor)\nKraków · tel. +48 600 100 200 · "
          "anna.nowak@wp.pl\nUprawnienia zawodowe w dziedzinie geodezji i kartografii nr 11111, zakres 1 i 2 — od 06.2014\n"
          "(Professional surveying licence no. 11111, scope 1 and 2 — since June 2014)\n\n"
          "DOŚWIADCZENIE ZAWODOWE (Experience)\nNowak Geodezja — własna działalność gospodarcza (self-employed practice)"
          " — Kraków\nGeodeta uprawniony, właściciel (licensed surveyor, owner) | 03.2019 – obecnie (present)\n"
          "• ok. 180 operatów rocznie; projekty od 40 mln zł do 310 mln zł\n"
          "Geomatix Kraków sp. z o.o.\nGeodeta (surveyor) | 07.2010 – 02.2019\n\n"
          "WYKSZTAŁCENIE (Education)\nmgr inż., Geodezja i kartografia — Akademia Górniczo-Hutnicza (AGH), Kraków, 2010\n"
          "Studia podyplomowe: Wycena nieruchomości — Uniwersytet Ekonomiczny w Krakowie, 2016\n"
          )
MEXICAN = ("Ing. Luis Garza\nIngeniero civil\nMonterrey, N.L. · cel. +52 81 1111 2222 · luis.garza@hotmail.com\n"
           "Cédula profesional 1234567 (professional licence), 2011\n\nEXPERIENCIA\n"
           "Constructora Regia, S.A. de C.V. — Monterrey, N.L.\nIngeniero residente | ene. 2015 – a la fecha\n"
           "• Obras de US$ 12 millones\n\nEDUCACIÓN\nIngeniería Civil — Universidad de Sevilla (intercambio), 2011\n")
GERMAN = ("Dipl.-Ing. Jonas Weber\nPrüfingenieur für Baustatik\nMünchen · +49 89 1234567 · jonas.weber@web.de\n\n"
          "BERUFSERFAHRUNG\nWeber Ingenieure — Inhaber (owner) — München\nPrüfingenieur | 04.2016 – heute\n"
          "• 60 Prüfaufträge pro Jahr\n")

COUNTRIES = [
    (POLISH, "I have been a licensed land surveyor in Poland for more than twelve years.", False),
    (POLISH, "I am a licensed land surveyor in Poland.", False),
    (POLISH, "I have been a licensed land surveyor in Germany for more than twelve years.", True),
    (POLISH, "I have been a licensed land surveyor in Poland for more than twenty years.", True),
    (MEXICAN, "I am a licensed civil engineer in Mexico.", False),
    (MEXICAN, "I am a licensed civil engineer in Chile.", True),
    (GERMAN, "I have been a licensed Prüfingenieur in Germany since April 2016.", False),
    (GERMAN, "I have been a licensed Prüfingenieur in Austria since April 2016.", True),
]

INTERPRETER = ("Jordan Ellis, NIC\nCertified Sign Language Interpreter (ASL–English)\nRochester, NY · (585) 000-0000 · "
               "jordan.ellis@gmail.com\nRID-certified (NIC) since October 2013\n\nEXPERIENCE\n"
               "Ellis Interpreting (independent contractor) — Rochester, NY\nFreelance ASL Interpreter | September 2018 – Present\n"
               "• Medical and conference assignments\n\nValley Institute for Deaf Education — Rochester, NY\n"
               "Lead Staff Interpreter | September 2016 – August 2018\nStaff Interpreter | August 2012 – August 2016\n\n"
               "CERTIFICATIONS\n• National Interpreter Certification (NIC), RID, October 2013\n")
PARAMEDIC = ("Sam Ortiz\nParamedic\nTucson, AZ · (520) 000-0000 · sam.ortiz@gmail.com\n\nEXPERIENCE\n"
             "Pima Fire District — Tucson, AZ\nParamedic | May 2015 – Present\n\nCERTIFICATIONS\n"
             "• National Registry Paramedic (NRP), 2015\n")
STATE_ONLY = ("Lee Park\nCourt Interpreter\nAustin, TX · lee.park@gmail.com\n\nEXPERIENCE\nTravis County Courts — Austin, TX\n"
              "Staff Interpreter | June 2014 – Present\n\nCERTIFICATIONS\n• Texas Licensed Court Interpreter, 2014\n")

NATIONAL = [
    (INTERPRETER, "I have been a nationally certified (NIC) interpreter for more than thirteen years.", False),
    (INTERPRETER, "I am a nationally certified interpreter.", False),
    (PARAMEDIC, "I am a nationally registered paramedic.", False),
    (STATE_ONLY, "I am a nationally certified court interpreter.", True),
    pytest.param(INTERPRETER, "I have worked as an ASL interpreter for more than fourteen years.", False,
                 marks=pytest.mark.xfail(strict=True, reason="a qualifier of the whole profession: not solved")),
    pytest.param(INTERPRETER, "I have been an ASL interpreter for fourteen years.", False,
                 marks=pytest.mark.xfail(strict=True, reason="a qualifier of the whole profession: not solved")),
    (INTERPRETER, "I have worked as an ASL interpreter for more than twenty years.", True),
    (INTERPRETER, "I have worked as an ASL interpreter for more than sixteen years.", True),
]

CHAIN = ("Keisha Moore\nOperations Manager\nMemphis, TN · keisha.moore@gmail.com\n\nEXPERIENCE\n"
         "RiverBend Fulfillment Co. — Memphis, TN\n"
         "Multi-Site Operations Manager (3 DCs: Memphis TN, Olive Branch MS, Jackson TN) | February 2022 – Present\n"
         "• 640 associates\nOperations Manager, Memphis DC | July 2018 – January 2022\nArea Manager, Outbound | March 2016 – June 2018\n\n"
         "Delta Crossing Logistics — Southaven, MS\nShift Supervisor, Inbound | May 2012 – February 2016\n\n"
         "EDUCATION\nB.S., Supply Chain Management — University of Memphis, 2012\n")
CHAIN2 = ("Dana Ruiz\nRegional Sales Director\nDenver, CO · dana.ruiz@gmail.com\n\nEXPERIENCE\nPeakline Foods — Denver, CO\n"
          "Regional Sales Director (territory: Denver CO, Cheyenne WY, Boise ID) | March 2021 – Present\n"
          "Sales Manager | June 2017 – February 2021\nAccount Executive | April 2015 – May 2017\n")

PROMOTIONS = [
    (CHAIN, "I have been with RiverBend Fulfillment for more than ten years, rising from area manager to multi-site "
            "operations manager.", False),
    (CHAIN, "I have worked at RiverBend Fulfillment for more than ten years.", False),
    (CHAIN, "I have been with RiverBend Fulfillment for more than twelve years.", True),
    (CHAIN, "I ran the Memphis DC as operations manager for more than five years.", True),
    (CHAIN2, "I have been with Peakline Foods for more than eleven years, rising from account executive to regional "
             "sales director.", False),
    (CHAIN2, "I have been with Peakline Foods for more than thirteen years.", True),
]

SPANISH = ("Lucía Romero\nArquitecta técnica\nSevilla · +34 600 000 000 · lucia.romero@gmail.com\n\nEXPERIENCIA\n"
           "Obras del Sur S.L. — Sevilla\nJefa de obra | 03/2017 – actualidad\n\nFORMACIÓN\n"
           "Grado en Edificación — Universidad de Sevilla, 2016\n")

MANCHESTER = ("Tara Quinn\nMarketing Manager\nLeeds · tara.quinn@gmail.com\n\nEXPERIENCE\nNorthbrook Ltd — Leeds\n"
              "Marketing Manager | May 2018 – Present\n\nEDUCATION\nBA (Hons) Marketing — Manchester Metropolitan University, 2015\n")

SCHOOLS = [
    (MANCHESTER, "I studied marketing at the University of Manchester.", True),
    (POLISH, "I completed postgraduate studies in real-estate valuation at the Cracow University of Economics.", False),
    (POLISH, "I completed postgraduate studies at the Warsaw School of Economics.", True),
    (POLISH, "I completed postgraduate studies at the Cracow University of Technology.", True),
    (SPANISH, "I graduated in building engineering from the University of Seville.", False),
    # (a school the resume never names, written like one it does: missed before this session too, left to recall work)
    pytest.param(SPANISH, "I graduated in building engineering from the University of Granada.", True,
                 marks=pytest.mark.xfail(strict=True, reason="pre-existing miss: 'University of Granada' unflagged")),
]

CUSTOMS = ("Alejandra Treviño\nGerente de Comercio Exterior\nMonterrey, N.L. · alejandra.t@hotmail.com\n\nEXPERIENCIA\n"
           "Autopartes Sierra Madre, S.A. de C.V. — Apodaca, N.L.\nGerente de Comercio Exterior | ene. 2020 – a la fecha\n"
           "• Tiempo de cruce en Nuevo Laredo reducido de 38 a 14 horas (border crossing time at Nuevo Laredo cut from 38 to 14 hours)\n"
           "• Importaciones temporales en Ciudad Juárez de US$ 180 millones\n\n"
           "Agencia Aduanal Garza Villarreal — Nuevo Laredo, Tamps.\nAnalista de clasificación | jun. 2012 – jul. 2016\n"
           "• Clasificación de 2,000 fracciones arancelarias\n\n"
           "Maquiladora Frontera — Ciudad Juárez, Chih.\nCoordinadora de importaciones | ago. 2016 – dic. 2019\n")
PORT = ("Marco Pérez\nJefe de operaciones portuarias\nCiudad de Guatemala · marco.perez@gmail.com\n\nEXPERIENCIA\n"
        "Naviera Centroamericana — Ciudad de Guatemala\nJefe de operaciones | 2019 – actualidad\n"
        "• Estadía de buques en Puerto Quetzal reducida de 52 a 30 horas (vessel stay at Puerto Quetzal cut from 52 to 30 hours)\n\n"
        "Terminal Granelera Puerto Quetzal — Escuintla\nSupervisor de muelle | 2014 – 2018\n")

CLOUD = ("Ana Lee\nSoftware Engineer\nSeattle, WA · ana.lee@gmail.com\n\nEXPERIENCE\nGoogle — Mountain View, CA\n"
         "Software Engineer | June 2019 – Present\n• Built the payments API\n\nLedgerly — Seattle, WA\n"
         "Backend Engineer | May 2015 – May 2019\n• Migrated the ledger service to Google Cloud, cutting hosting costs 30%\n")

PLACES = [
    (CLOUD, "At Google, I migrated the ledger service to the cloud and cut hosting costs by 30%.", True),
    (CUSTOMS, "I cut border crossing time at Nuevo Laredo by nearly two-thirds, from 38 hours to 14.", False),
    (CUSTOMS, "I cut border crossing time at Nuevo Laredo from 38 hours to 14.", False),
    (CUSTOMS, "At Agencia Aduanal Garza Villarreal, I cut border crossing time from 38 hours to 14.", True),
    (CUSTOMS, "I cut border crossing time at Nuevo Laredo from 38 hours to 11.", True),
    (PORT, "I cut vessel stays at Puerto Quetzal from 52 hours to 30.", False),
    (PORT, "At Terminal Granelera, I cut vessel stays from 52 hours to 30.", True),
]

SOLE = ("Priya Shah\nOccupational Therapist — Paediatrics and NDIS\nTownsville QLD · priya.shah@gmail.com\n\nEXPERIENCE\n"
        "Shah OT Services (sole trader, ABN 47 000 000 000) — Townsville\nOccupational Therapist, registered NDIS provider | "
        "Jul 2019 – Present\n• Caseload of 38–45 NDIS participants\n\nTownsville Hospital — Townsville\n"
        "Occupational Therapist | Feb 2014 – Jun 2019\n")
EMPLOYEE = ("Tom Reid\nOccupational Therapist\nCairns QLD · tom.reid@gmail.com\n\nEXPERIENCE\nCairns Hospital — Cairns\n"
            "Senior Occupational Therapist | Feb 2014 – Present\n• Caseload of 30 inpatients\n")
FREELANCE = ("Mia Kovacs\nTranslator\nBudapest · mia.kovacs@gmail.com\n\nEXPERIENCE\nKovacs Translations — freelance — Budapest\n"
             "Freelance Translator (HU–EN) | 2017 – Present\n• Legal and technical translation\n")

PRODUCT = ("Kim Dole\nProduct Owner\nDenver, CO · kim.dole@gmail.com\n\nEXPERIENCE\nPeakline Software — Denver, CO\n"
           "Senior Product Owner | March 2019 – Present\n• Backlog for 3 teams\n")

PRACTICES = [
    (PRODUCT, "I have run my own consultancy since March 2019.", True),
    (POLISH, "I have run my own surveying practice in Kraków since March 2019.", False),
    (SOLE, "I have run my own NDIS occupational therapy practice since July 2019.", False),
    (SOLE, "I run my own practice as a sole trader.", False),
    (GERMAN, "I run my own practice.", False),
    (FREELANCE, "I run my own translation business.", False),
    (EMPLOYEE, "I have run my own occupational therapy practice since 2019.", True),
    (POLISH, "I have run my own architecture practice since March 2019.", True),
]

QS = ("Owen Hale MRICS\nCommercial Manager\nLeeds · owen.hale@gmail.com\n\nEXPERIENCE\nHarrow Build Ltd — Leeds\n"
      "Commercial Manager | May 2018 – Present\n"
      "• 38 final accounts agreed; average final account agreed 7 months after completion, down from 15 months\n"
      "• Retention released 3 weeks after practical completion, down from 11 weeks\n")
MECHANIC = ("Luis Vega\nA&P Mechanic\nMiami, FL · luis.vega@gmail.com\n\nEXPERIENCE\nGulfstream Aerotech MRO — Opa-locka, FL\n"
            "A&P Mechanic | March 2019 – Present\nContract Mechanic | June 2015 – February 2019\n"
            "• Short-term line and heavy maintenance contracts at 5 MROs in FL, GA and TX\n")
SURVEYS = ("Ana Ruiz\nField Geologist\nLima · ana.ruiz@gmail.com\n\nEXPERIENCE\nAndes Mining — Lima\nField Geologist | 2016 – Present\n"
           "• Mapping campaigns for 4 mines in Peru, Chile and Bolivia\n")

COUNTS = [
    (QS, "I cut the average time to agree final accounts by more than half, from fifteen months after completion to seven.", False),
    (QS, "It took fifteen months after completion to agree a final account before I joined.", False),
    (QS, "I cut the average time from eighteen months after completion to seven.", True),
    (QS, "Retention is now released three weeks after practical completion, down from eleven.", False),
    (QS, "Retention is now released three weeks after practical completion, down from fourteen.", True),
    (MECHANIC, "As a contract mechanic I worked short-term contracts at five MROs in three states.", False),
    (MECHANIC, "As a contract mechanic I worked short-term contracts at five MROs in four states.", True),
    (SURVEYS, "I led mapping campaigns for four mines in three countries.", False),
    (SURVEYS, "I led mapping campaigns for four mines in five countries.", True),
]

TOOLMAKER = ("Dale Kurtz\nTool and Die Maker\nToledo, OH · dale.kurtz@gmail.com\n\nEXPERIENCE\nMaumee Tool & Die — Toledo, OH\n"
             "Journeyman Tool and Die Maker | June 2013 – Present\nApprentice Tool and Die Maker | June 2009 – May 2013\n"
             "• 8,000-hour registered apprenticeship (U.S. Department of Labor)\n\nCERTIFICATIONS\n"
             "Journeyworker certificate, Tool and Die Maker — U.S. Department of Labor, June 2013\n"
             "NIMS Machining Level I — Measurement, Materials & Safety, 2010\n")
ELECTRICIAN = ("Ray Boone\nElectrician\nDayton, OH · ray.boone@gmail.com\n\nEXPERIENCE\nMiami Valley Electric — Dayton, OH\n"
               "Journeyman Electrician | 2016 – Present\n\nCERTIFICATIONS\n"
               "Certificate of Completion of Apprenticeship, Electrician — U.S. Dept. of Labor Office of Apprenticeship, 2016\n")

CREDENTIALS = [
    (TOOLMAKER, "I completed an 8,000-hour registered apprenticeship and hold a Department of Labor journeyworker "
                "certificate.", False),
    (TOOLMAKER, "I hold a U.S. Department of Labor journeyworker certificate.", False),
    (TOOLMAKER, "I hold a Department of Labor master craftsman certificate.", True),
    (ELECTRICIAN, "I hold a Department of Labor certificate of completion of apprenticeship.", False),
    (ELECTRICIAN, "I hold a Department of Labor master electrician certificate.", True),
]

TABLES = COUNTRIES + NATIONAL + PROMOTIONS + SCHOOLS + PLACES + PRACTICES + COUNTS + CREDENTIALS


@pytest.mark.parametrize(("resume", "sentence", "flagged"), TABLES,
                         ids=[(t.values if hasattr(t, "values") else t)[1][:60] for t in TABLES])
def test_set20_forms(resume: str, sentence: str, flagged: bool) -> None:
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
