"""Tables of variants for the kinds of false flag blind set 23 showed (ground88, issue 12; people, employers, registers
and figures written for this file in the wording of real CVs: US utility, water and wind careers, Irish, Portuguese,
Chilean, Spanish, Québec and US registers). Each kind's variety, with the unsupported twin of the same shape that must
stay flagged:

* **Durations over two titles joined by "or"/"then"** (:func:`.durations._either_span`): the span is the union of the
  titles' ranges ("a line technician or senior line technician", "a line or senior line technician", "and then");
  each title must be held (:data:`.entities.ROLE_TITLE_RE` no longer reads "mechanic or pilot" as one title).
* **Registers and regulators** (:mod:`.registers`): a body by its postnominal ("MRICS"), a register line in the CV's
  language ("Ordem dos Fisioterapeutas — Cédula Profissional …", "Registro Público de la … Comisión Minera"), a
  register's designation ("Registered Professional Archaeologist"); "a member of X since" is no role's start.
* **Figures derived from the resume** (:mod:`.derivations`, :mod:`.numbers`): a unit with a magnitude inside ("12
  MGD"), a count times a model's rating ("40 × GE 1.5 MW"), a part written "3 of the authority's 9", names counted
  ("to PG&E and Southern California Edison": two utilities), a test's score bounded ("a TOEIC score above 900").
* **Titles in translation** (:data:`.title_words.TITLE_PHRASES`, :func:`.title_words.agent_cognate`): "head chef" for
  "Jefa de Cocina", "sous chef" for "Segunda de Cocina", "translator" for "Traductrice", "physiotherapist" for
  "Fisioterapeuta", "geologist" for "Geóloga".

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main f1e1e5f): see the report.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


LINE = ("Jordan Pike\nSenior Line Technician — Electric Distribution\nBoise, ID · jordan.pike@example.com · (208) 555-0199\n\n"
        "EXPERIENCE\nSnake River Power Cooperative — Boise, ID\nSenior Line Technician | June 2018 – Present\n"
        "• Maintain 40 feeders across the cooperative's service area\n"
        "Line Technician | April 2012 – May 2018\nApprentice Lineworker | March 2009 – March 2012\n"
        "Treasure Valley Irrigation — Nampa, ID\nPump Mechanic | May 2005 – February 2009\n")

JOINED = [
    ("I have been a line technician or senior line technician for more than fourteen years.", False),
    ("I have been a line technician or a senior line technician for more than fourteen years.", False),
    ("I have been a line technician and then senior line technician for more than fourteen years.", False),
    ("I have been a line or senior line technician for more than fourteen years.", False),
    ("I worked as a line technician or senior line technician for more than fourteen years.", False),
    ("I have been a pump mechanic or line technician for more than twenty-one years.", False),
    ("I have worked as a mechanic or technician for more than twenty-one years.", False),
    ("I have been a line technician or senior line technician for more than sixteen years.", True),
    ("I have been an apprentice lineworker or line technician for more than eighteen years.", True),
    ("I have worked as a mechanic or pilot for more than ten years.", True),
]


@pytest.mark.parametrize("sentence,flagged", JOINED)
def test_durations_over_titles_joined_by_or_or_then(sentence, flagged):
    assert bool(_flags(LINE, sentence)) is flagged, _flags(LINE, sentence)


RICS = ("Ciara Walsh, MRICS\nChartered Building Surveyor\nCork, Ireland · ciara.walsh@example.ie · +353 87 555 0101\n"
        "MRICS, 09/2016 · Registered Building Surveyor, Society of Chartered Surveyors Ireland — registered since 2014\n\n"
        "EXPERIENCE\nHarbour Surveyors Ltd — Cork\nBuilding Surveyor | Jan 2013 – Present\n"
        "• Condition surveys for 60 commercial buildings a year\n")
ORDEM = ("Marta Sousa\nFisioterapeuta — Reabilitação\nLisboa, Portugal · marta.sousa@example.pt\n"
         "Ordem dos Fisioterapeutas — Cédula Profissional n.º 1-0456 · inscrita desde 03/2019\n\n"
         "EXPERIÊNCIA\nClínica Tejo — Lisboa\nFisioterapeuta | 01/2012 – presente\n"
         "• Cerca de 1 100 sessões por ano\n")
COMISION = ("Lucía Ferrer\nGeóloga — Minería\nAntofagasta, Chile · lucia.ferrer@example.cl\n"
            "Persona Competente, Registro Público de la Comisión Minera, N.º 0999 — inscrita desde mayo 2018\n\n"
            "EXPERIENCIA\nMinera Cordillera SpA — Antofagasta\nGeóloga de Mina | mar. 2010 – actualidad\n"
            "• Modelo geológico de corto plazo\n")
RPA = ("Sam Ortiz\nField Director — Archaeology\nTucson, AZ · sam.ortiz@example.com\n"
       "Register of Professional Archaeologists (RPA) — registered since May 2015\n"
       "Engineers Ireland Chartered Engineer (CEng), Reg. No. 4471 — registered since 2019\n\n"
       "EXPERIENCE\nSonoran Heritage Consultants — Tucson, AZ\nField Director | August 2016 – Present\n")

REGISTERS = [
    (RICS, "I am a member of the Royal Institution of Chartered Surveyors.", False),
    (RICS, "I have been a member of the Royal Institution of Chartered Surveyors since September 2016.", False),
    (RICS, "I have been a member of the Royal Institution of Chartered Surveyors since September 2012.", True),
    (RICS, "I am a member of the Chartered Institute of Building.", True),
    (RICS, "I am a fellow of the Royal Institution of Chartered Surveyors.", True),
    (ORDEM, "I have been registered with Portugal's Order of Physiotherapists since March 2019.", False),
    (ORDEM, "I am registered with the Order of Physiotherapists.", False),
    (ORDEM, "I am registered with Portugal's Order of Nurses.", True),
    (COMISION, "I have been registered with Chile's Mining Commission since May 2018.", False),
    (COMISION, "I am registered with Chile's Medical Council.", True),
    (RPA, "I am a Registered Professional Archaeologist.", False),
    (RPA, "I have been a Registered Professional Archaeologist since May 2015.", False),
    (RPA, "I am a Registered Professional Geologist.", True),
    (RPA, "I am registered with Engineers Ireland as a Chartered Engineer.", False),
    (RPA, "I am registered with Engineers Ireland as a Chartered Engineering Technician.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", REGISTERS)
def test_registers_and_regulators_are_credentials(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


FIGURES_CV = ("Pat Kim\nPlant Superintendent — Water Treatment\nFresno, CA · pat.kim@example.com\n\n"
              "EXPERIENCE\nValley Water Authority — Fresno, CA\nPlant Superintendent | March 2015 – Present\n"
              "• Run a 12 MGD membrane plant; staff of 7 operators\n"
              "• Manage 3 of the authority's 9 pump stations\n"
              "Sierra Wind LLC — Tehachapi, CA\nSite Manager | June 2010 – February 2015\n"
              "• Ran a wind farm of 40 × GE 1.5 MW turbines\n"
              "• Sold wind power to PG&E and Southern California Edison\n\n"
              "CERTIFICATIONS\n• TOEIC Listening & Reading 905, 2018\n")

FIGURES = [
    ("My plant treats twelve million gallons a day.", False),
    ("My plant treats 12 million gallons per day with seven operators.", False),
    ("My plant treats twenty million gallons a day.", True),
    ("The wind farm I ran had 60 MW of capacity.", False),
    ("The wind farm I ran had 80 MW of capacity.", True),
    ("I manage a third of the authority's pump stations.", False),
    ("I manage a quarter of the authority's pump stations.", True),
    ("I sold wind power to two utilities.", False),
    ("I sold wind power to four utilities.", True),
    ("I have a TOEIC score above 900.", False),
    ("I have a TOEIC score above 950.", True),
]


@pytest.mark.parametrize("sentence,flagged", FIGURES)
def test_figures_derived_from_the_resume(sentence, flagged):
    assert bool(_flags(FIGURES_CV, sentence)) is flagged, _flags(FIGURES_CV, sentence)


CHEF = ("Ane Etxeberria\nJefa de Cocina — Restauración\nBilbao, España · ane.etx@example.es\n\n"
        "EXPERIENCIA\nRestaurante Itsaso — Bilbao\nJefa de Cocina | sept. 2016 – actualidad\n"
        "• Brigada de 9 cocineros\nSegunda de Cocina | mar. 2011 – ago. 2016\n"
        "Hotel Nervión — Bilbao\nAyudante de Cocina | oct. 2007 – feb. 2011\n")
TRAD = ("Claire Roy\nTraductrice agréée — Juridique\nMontréal (Québec) · claire.roy@example.ca\n\n"
        "EXPÉRIENCE\nTraductions Nord inc. — Montréal\nTraductrice | septembre 2012 – aujourd'hui\n"
        "• Environ 400 000 mots par an\n")

TRANSLATED = [
    (CHEF, "I have been head chef at Itsaso since September 2016.", False),
    (CHEF, "I have been head chef at Itsaso since September 2014.", True),
    (CHEF, "I was sous chef at Itsaso.", False),
    (CHEF, "I was executive chef at Itsaso.", True),
    (CHEF, "I have worked as a head chef for more than ten years.", False),
    (CHEF, "I have worked as a head chef for more than twelve years.", True),
    (TRAD, "I have worked as a translator for more than fourteen years.", False),
    (TRAD, "I have worked as a translator for more than sixteen years.", True),
    (TRAD, "I worked as a translator at Traductions Nord.", False),
    (TRAD, "I worked as a paralegal at Traductions Nord.", True),
    (ORDEM, "I have practised as a physiotherapist for more than fourteen years.", False),
    (ORDEM, "I have practised as a physiotherapist for more than sixteen years.", True),
    (COMISION, "I have worked as a geologist for more than sixteen years.", False),
    (COMISION, "I have worked as a geologist for more than eighteen years.", True),
    (COMISION, "I have worked as a geographer for more than ten years.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", TRANSLATED)
def test_titles_in_translation(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)
