"""Tables of variants: set 28's false flags by kind (ground143, issue 12, session 31) — supported restatements that must
pass and nearby claims that must still flag. Resumes and sentences written for this file in the wording of real CVs
(US, Romanian, Italian, French, Czech, Spanish, Malaysian, Estonian, Pakistani).

* **a count of months or seasons from a line's date range** (:mod:`.time_counts`): "six months on secondment" for
  «March – August 2024», "three summer seasons" for «04/2015 – 10/2017 (seasonal)», "two winter seasons" for
  «Saisons d'hiver 2011–2013»; a school year "2025–26" is a date, not 26 of something.
* **shares of a line's two figures, partitives** (:mod:`.line_ratios`): "one of five analysts", "two thirds of the way
  through" for «120 CFU su 180», "about 21 percent" beside the difference it is the change of.
* **a degree being studied, named at its school** (:mod:`.study_claims`): "studying for an MBA at Wake Forest",
  "working toward an associate degree".
* **a magnitude word read in the CV's language** (:func:`.locale_forms.language_votes` weighted): "96,4 mil. lei
  (≈ 19,4 mil. EUR)" is millions in Romanian, "86 mil. Kč" in Czech; "96,4 mil €" stays thousands in Spanish.

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main 4a90efe): 29 of 83, by table in
each table's comment; every "must flag" row flagged by the new code.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 7)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


SOC = ("Jordan Pike\nSOC Analyst (Tier 3)\nRichmond, VA · (804) 555-0142 · jordan@example.com\n\nEXPERIENCE\n"
       "Commonwealth Health Systems — Richmond, VA\nSOC Analyst III | May 2019 – Present\n"
       "• 5 analysts per shift, 18 on the team in total\n"
       "• Seconded to the Virginia Fusion Center, March – August 2024\n"
       "• Covered the night desk lead during parental leave, 01/2022 – 03/2022\n"
       "Richmond Water Utility — Richmond, VA\nIT Intern | June 2017 – August 2017\n")
CHEF = ("CURRICULUM VITAE\nGIULIA ROSSI\nCapo cuoco / Head Chef\nBologna (BO) · +39 347 218 0000 · g.rossi@example.it\n\n"
        "ESPERIENZE PROFESSIONALI\n03/2018 – oggi  Capo cuoco (Head Chef), Trattoria del Ponte S.r.l., Bologna\n"
        "04/2015 – 10/2017  Sous-chef (stagionale, aprile–ottobre / seasonal, April–October), Hotel Bellavista, Rimini\n"
        "09/2008 – 03/2015  Cuoco (Cook), Trattoria del Ponte S.r.l., Bologna\n\nISTRUZIONE\n"
        "2023 – in corso  Laurea triennale in Scienze Gastronomiche, Università di Parma (part-time, 120 CFU su 180)\n")
BAKER = ("PAUL MARTIN\nChef boulanger\nLyon · +33 6 00 00 00 00 · paul@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
         "Depuis sept. 2019 — Chef boulanger, Le Fournil du Parc SARL, Lyon\n"
         "Saisons d'hiver 2011–2013 (déc. – avril) — Commis boulanger, Boulangerie des Cimes, Val Thorens\n"
         "Saisons d'été 2014–2016 — Boulanger, Camping Les Pins, Biarritz\n")
PATROL = ("Casey Lund\nSki Patrol Director\nVail, CO · (970) 555-0100 · casey@example.com\n\nEXPERIENCE\n"
          "Summit Ridge Resort — Vail, CO\nSki Patrol Director (seasonal, November–April) | November 2020 – Present\n"
          "Patroller (seasonal) | December 2014 – April 2018\n"
          "Harvest crew, Palisade Orchards, 2011–2013 (seasonal)\n")
PRINCIPAL = ("Dana Holm\nAssistant Principal (Acting Principal 2025–26)\nDuluth, MN · (218) 555-0101 · dana@example.com\n\n"
             "EXPERIENCE\nLakeview Middle School — Duluth, MN\nActing Principal, Lakeview Middle School | July 2025 – June 2026\n"
             "Assistant Principal, Lakeview Middle School | August 2019 – Present\n"
             "• Seconded to the state Department of Education as standards reviewer, 2017/18 school year\n")

# old code (main 4a90efe): 8 of 19 wrong (the supported month and season rows)
TIME_COUNTS = [
    (SOC, "In 2024 I spent six months on secondment to the Virginia Fusion Center.", False),
    (SOC, "I spent 6 months seconded to the Virginia Fusion Center.", False),
    (SOC, "I covered the night desk lead for three months during a parental leave.", False),
    (SOC, "In 2024 I spent eight months on secondment to the Virginia Fusion Center.", True),
    (SOC, "I covered the night desk lead for seven months during a parental leave.", True),
    (CHEF, "I worked three summer seasons as sous-chef at a hotel in Rimini.", False),
    (CHEF, "I worked 3 seasons as sous-chef at Hotel Bellavista.", False),
    (CHEF, "I worked five summer seasons as sous-chef at a hotel in Rimini.", True),
    (BAKER, "I spent two winter seasons as a trainee baker in Val Thorens.", False),
    (BAKER, "I worked three summers as a baker at a campsite in Biarritz.", False),
    (BAKER, "I spent four winter seasons as a trainee baker in Val Thorens.", True),
    (BAKER, "I worked eight summers as a baker at a campsite in Biarritz.", True),
    (PATROL, "I worked four seasons as a patroller at Summit Ridge Resort.", False),
    (PATROL, "I worked three harvests on the crew at Palisade Orchards.", False),
    (PATROL, "I worked nine seasons as a patroller at Summit Ridge Resort.", True),
    (PRINCIPAL, "I served as acting principal of Lakeview Middle School for the 2025–26 school year.", False),
    (PRINCIPAL, "I was acting principal at Lakeview Middle School in 2025-26.", False),
    (PRINCIPAL, "I was seconded to the state Department of Education for the 2017/18 school year.", False),
    (PRINCIPAL, "I led 27 schools in the district.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", TIME_COUNTS)
def test_time_counts(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


FARM = ("AHMAD BIN YUSOF\nEstate Manager\nSandakan, Sabah · +60 12 345 6789 · ahmad@example.my\n\nEXPERIENCE\n"
        "Ladang Sri Bukit Sdn. Bhd. — Estate Manager | 2019 – Present\n"
        "• FFB yield up from 21.4 t/ha to 25.9 t/ha (2020–2025)\n"
        "• Cut harvesting losses from 8.0% to 5.0%\n"
        "• 2,400 ha planted, of which 600 ha replanted\n")
DYE = ("Imran Qureshi\nDyeing Manager\nFaisalabad · +92 300 0000000 · imran@example.pk\n\nEXPERIENCE\n"
       "Crescent Dye Works (Pvt.) Ltd. — Dyeing Manager | 2018 – Present\n"
       "• Right-first-time shade from 72.5% to 88.0%\n"
       "• Water use cut from 120 L/kg to 80 L/kg\n"
       "• 12 dyeing machines, 4 of them jet dyers\n")

# old code: 6 of 19 wrong (the partitives, the fraction of credits, the yield's percentage)
LINE_RATIOS = [
    (SOC, "I am one of five analysts on each shift, in a team of eighteen.", False),
    (SOC, "I am one of 18 analysts on the team.", False),
    (SOC, "I am one of the five analysts on each shift.", False),
    (SOC, "I am one of seven analysts on each shift.", True),
    (CHEF, "I am two thirds of the way through a part-time bachelor's in gastronomic sciences at the University of "
           "Parma.", False),
    (CHEF, "I am three quarters of the way through a part-time bachelor's at the University of Parma.", True),
    (CHEF, "I am four fifths of the way through a part-time bachelor's at the University of Parma.", True),
    (FARM, "I lifted yields by 4.5 tonnes per hectare, about 21 percent.", False),
    (FARM, "I lifted yields by 4.5 tonnes per hectare, or 21%.", False),
    (FARM, "I lifted yields by 4.5 tonnes per hectare, about 35 percent.", True),
    (FARM, "I lifted yields by 6.5 tonnes per hectare, about 21 percent.", True),
    (FARM, "I replanted a quarter of the estate's 2,400 ha.", False),
    (FARM, "I replanted two thirds of the estate's 2,400 ha.", True),
    (DYE, "I cut water use by 40 L/kg, a third less than before.", False),
    (DYE, "I cut water use by 40 L/kg, about 33 percent.", False),
    (DYE, "I cut water use by 40 L/kg, about 60 percent.", True),
    (DYE, "A third of our 12 dyeing machines are jet dyers.", False),
    (DYE, "Two thirds of our 12 dyeing machines are jet dyers.", True),
    (DYE, "I raised right-first-time shade by 15.5 points, about 21 percent.", False),
]


@pytest.mark.parametrize("resume,sentence,flagged", LINE_RATIOS)
def test_line_ratios(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


BANK = ("Morgan Ellis\nBranch Manager\nCharlotte, NC · (704) 555-0177 · morgan@example.com\n\nEXPERIENCE\n"
        "Piedmont Federal Bank — Charlotte, NC\nBranch Manager | April 2018 – Present\n\nEDUCATION\n"
        "MBA, Wake Forest University — currently enrolled (part-time), expected May 2027\n"
        "B.S. Finance, UNC Charlotte, 2012\n")
LINEMAN = ("Cody Harjo\nJourneyman Lineman\nTulsa, OK · (918) 555-0155 · cody@example.com\n\nEXPERIENCE\n"
           "Green Country Electric Cooperative — Tulsa, OK\nJourneyman Lineman | June 2016 – Present\n\nEDUCATION\n"
           "A.A.S. Electrical Technology, Tulsa Community College — in progress, expected May 2027\n")
ICU = ("Bree Achter, BSN, RN\nICU Charge Nurse\nColumbus, OH · (614) 555-0190 · bree@example.com\n\nEXPERIENCE\n"
       "Riverside Methodist Hospital — Columbus, OH\nCharge Nurse, MICU | 2019 – Present\n\nEDUCATION\n"
       "MSN (Nurse Educator), Capital University — in progress, expected May 2027\nBSN, Ohio State University, 2013\n")

# old code: 7 of 16 wrong (the supported rows but "enrolled in the MBA program")
STUDY = [
    (BANK, "I am studying part-time for an MBA at Wake Forest and expect to finish in 2027.", False),
    (BANK, "I am enrolled in the MBA program at Wake Forest University.", False),
    (BANK, "I am pursuing an MBA at Wake Forest University, due in 2027.", False),
    (BANK, "I worked at Wake Forest University as a teller.", True),
    (BANK, "I am studying part-time for an MBA at Duke and expect to finish in 2027.", True),
    (ICU, "I am working on a nurse-educator MSN at Capital University, expected in 2027.", False),
    (ICU, "I am completing an MSN at Capital University.", False),
    (ICU, "I worked as a charge nurse at Capital University.", True),
    (ICU, "I am working on an MSN at Xavier University, expected in 2027.", True),
    (LINEMAN, "I am working toward an associate degree in electrical technology, due in 2027.", False),
    (LINEMAN, "I am working toward an associate's in electrical technology at Tulsa Community College.", False),
    (LINEMAN, "I am earning an Associate of Applied Science in electrical technology.", False),
    (LINEMAN, "I was promoted to associate at Green Country Electric Cooperative.", True),
    (LINEMAN, "I work as an associate engineer at Green Country Electric Cooperative.", True),
    (LINEMAN, "I am working toward an associate degree in electrical technology at Rogers State University.", True),
    (LINEMAN, "I am working toward a bachelor's degree in electrical technology, due in 2027.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", STUDY)
def test_study_claims(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


def _cv(line: str) -> str:
    return f"Ana Pop\nInginer\nCluj · ana@example.com\n\nEXPERIENȚĂ / EXPERIENCE\n04.2019 – prezent  Inginer, Alfa S.R.L.\n• {line}\n"


_ES = ("Lucía Gómez\nJefa de obra\nMadrid · lucia@example.es\n\nEXPERIENCIA\nmarzo 2019 – actualidad  Jefa de obra, "
       "Obras Centro S.L.\n• presupuesto de 96,4 mil € en 2023\n")
# old code: 4 of 12 wrong (the Romanian "mil." rows read as thousands beside EUR)
MAGNITUDES = [
    (_cv("6 blocuri, valoare totală 96,4 mil. lei (≈ 19,4 mil. EUR)"), "The blocks were worth roughly €19 million.", False),
    (_cv("6 blocuri, valoare totală 96,4 mil. lei (≈ 19,4 mil. EUR)"), "The blocks were worth about RON 96 million.", False),
    (_cv("6 blocuri, valoare totală 96,4 mil. lei (≈ 19,4 mil. EUR)"), "The blocks were worth roughly €40 million.", True),
    (_cv("contract de 12,5 mil. lei (2,5 mil. EUR)"), "I managed a contract worth RON 12.5 million.", False),
    (_cv("contract de 12,5 mil. lei (2,5 mil. EUR)"), "I managed a contract worth about €2.5 million.", False),
    (_cv("contract de 12,5 mil. lei (2,5 mil. EUR)"), "I managed a contract worth about €25 million.", True),
    (_cv("zakázka 86 mil. Kč (3,4 mil. EUR)"), "I delivered an order worth CZK 86 million.", False),
    (_cv("zakázka 86 mil. Kč (3,4 mil. EUR)"), "I delivered an order worth about €3.4 million.", False),
    (_cv("zakázka 86 mil. Kč (3,4 mil. EUR)"), "I delivered an order worth about €34 million.", True),
    (_ES, "I managed a budget of about €96,000.", False),
    (_ES, "I managed a budget of about €96 million.", True),
    (_cv("buget 4,2 mil. lei"), "I managed a budget of RON 4.2 million.", False),
]


@pytest.mark.parametrize("resume,sentence,flagged", MAGNITUDES)
def test_magnitudes_in_the_cvs_language(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


def _fr(header: str, lower: str = "09/2013 – 08/2016 — Ouvrier boulanger, Le Fournil du Parc SARL, Lyon") -> str:
    return (f"PAUL MARTIN\n{header.split(',')[0]}\nLyon · +33 6 00 00 00 00 · paul@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
            f"Depuis sept. 2019 — {header}\n{lower}\n")


_ES_BAKERY = ("Lucía Gómez\nPanadera\nMadrid · lucia@example.es\n\nEXPERIENCIA\nmarzo 2019 – actualidad  Jefa de panadería, "
              "Horno San Onofre S.L., Madrid\nenero 2012 – febrero 2019  Panadera, Horno San Onofre S.L., Madrid\n")
_IT_BAKERY = ("CURRICULUM VITAE\nMARCO BIANCHI\nFornaio\nTorino · +39 347 000 0000 · marco@example.it\n\nESPERIENZE\n"
              "03/2018 – oggi  Capo fornaio, Panificio Po S.r.l., Torino\n09/2010 – 02/2018  Fornaio, Panificio Po S.r.l.\n")
_US_BAKERY = ("Sam Cole\nBaker\nAustin, TX · (512) 555-0100 · sam@example.com\n\nEXPERIENCE\nBaker | Red Oak Bakery | "
              "2019 – Present\n")

# old code: 4 of 13 wrong (three French rows; one Italian twin passed)
RANK_WITH_TRADE = [
    (_fr("Chef boulanger, Le Fournil du Parc SARL, Lyon"),
     "I have been head baker at Le Fournil du Parc since September 2019.", False),
    (_fr("Chef boulanger, Le Fournil du Parc SARL, Lyon"),
     "I worked at Le Fournil du Parc as a baker from 2013 to 2016 and came back in 2019 as head baker.", False),
    (_fr("Chef pâtissier, Le Fournil du Parc SARL, Lyon"),
     "I have been head pastry chef at Le Fournil du Parc since 2019.", False),
    (_fr("Chef d'équipe, Le Fournil du Parc SARL, Lyon"),
     "I have been team leader at Le Fournil du Parc since 2019.", False),
    (_ES_BAKERY, "I have been head baker at Horno San Onofre since March 2019.", False),
    (_IT_BAKERY, "I have been head baker at Panificio Po since 2018.", False),
    (_fr("Second de fournil, Le Fournil du Parc SARL, Lyon"),
     "I have been head baker at Le Fournil du Parc since September 2019.", True),
    (_fr("Ouvrier boulanger, Le Fournil du Parc SARL, Lyon"),
     "I have been head baker at Le Fournil du Parc since September 2019.", True),
    (_ES_BAKERY, "I have been head pastry chef at Horno San Onofre since March 2019.", True),
    (_IT_BAKERY, "I have been head baker at Panificio Po since 2010.", True),
    (_US_BAKERY, "I have been head baker at Red Oak Bakery since 2019.", True),
    (_US_BAKERY, "I have been chief baker at Red Oak Bakery since 2019.", True),
    (_fr("Chef boulanger, Le Fournil du Parc SARL, Lyon"),
     "I have been head chef at Le Fournil du Parc since September 2019.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", RANK_WITH_TRADE)
def test_rank_with_trade(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


_LAW = ("Ada Rowe\nAssociate\nLondon · ada@example.co.uk\n\nEXPERIENCE\nGallagher Rowe LLP — Associate, real estate | 2020 – "
        "Present\n\nEDUCATION\nLLB, King's College London, 2019\n")

# an associate of a firm's group stays a title (set 8's g8-152 kept caught): old and new code flag all four
ASSOCIATE_TITLES = [
    (_LAW, "As a Senior Associate in Gallagher Rowe's real estate group, I act on acquisitions.", True),
    (_LAW, "As a senior associate in the real estate group, I act on acquisitions.", True),
    (_LAW, "I am a managing associate in real estate at Gallagher Rowe.", True),
    (LINEMAN, "I work as a sales associate in retail at Green Country Electric Cooperative.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", ASSOCIATE_TITLES)
def test_associate_titles_stay_titles(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)
