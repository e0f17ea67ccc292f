"""Tables of variants: set 26's false flags by kind (ground121, issue 12) — supported restatements that must pass and
nearby claims that must still flag. Resumes and sentences written for this file in the wording of real CVs (US, Dutch,
German, Hungarian, Polish, Czech, Greek, Portuguese, French).

* **a working life's start and length** (:func:`.career_starts.year_is_start`, :func:`.role_paraphrases.done_span`,
  :func:`.durations._employer_entries`): "since <date>, when I started as an apprentice" (the entry the clause names,
  else the first job: "Leerling …"), "I have <done X> professionally since <date>" (the first job), "I have delivered
  physiotherapy for …" (a header naming the function's object), "a licensed CPA in <jurisdiction> for …" (the heading's
  licence line is no stay at the jurisdiction).
* **the year-first numeric date** (:data:`.locale_forms._YEAR_DOT_MONTH_DOT_RE`): "2017. 09. – jelenleg".
* **numbers in words past a hundred** (:func:`.text.word_tail`): "eleven hundred and fifty", "three thousand two
  hundred", "a hundred and twenty", "two hundred and fifty thousand dollars".
* **thousands with a space** (:func:`.locale_data.space_grouping`): "3 120 pipes" on a CV from a country whose CLDR
  thousands mark is a space; a US CV's "640 911 calls" is no 640,911.
* **a list's total with a date after it** (:func:`.list_sums._words_after`): "46 … upgrades and 19 … retrofits since
  2017" heads "retrofits".

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main 4f96153): working life 3 of
13, lengths 3 of 8, year-first dates and space thousands 5 of 11 (one a "must flag" row: the Hungarian CV read no
history), worded numbers and list totals 7 of 13 — every other "must flag" row flagged on both.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


JOINER = ("Maarten de Vries\nMeubelmaker / Furniture Maker\nUtrecht, Nederland · +31 6 4120 8837 · maarten@devries-meubels.nl\n\n"
          "WERKERVARING\nDe Vries Meubelmakerij BV – Utrecht\nEigenaar en meubelmaker (owner) | 03/2015 – heden\n"
          "• Ca. 140 maatwerkprojecten per jaar\nMeubelmakerij Jansen – Amersfoort\nMeubelmaker | 09/2009 – 02/2015\n"
          "Leerling meubelmaker | 08/2006 – 08/2009\n\nOPLEIDING\nMBO Meubelmaker, Hout- en Meubileringscollege, 2009\n")
COOK = ("Dana Whitfield\nExecutive Chef\nPortland, OR · (503) 555-0142 · dana@whitfieldcooks.com\n\nEXPERIENCE\n"
        "Alder & Ash — Portland, OR\nExecutive Chef | April 2019 – Present\nSous Chef | May 2014 – March 2019\n"
        "Harbor Grill — Astoria, OR\nLine Cook | June 2009 – April 2014\n\nEDUCATION\nA.A.S. Culinary Arts, Oregon Coast "
        "Culinary Institute, 2009\n")
BAKER = ("Lukas Brandstätter\nBäckermeister\nLinz, Österreich · +43 664 201 7788 · lukas@brandstaetter-backt.at\n\n"
         "BERUFSERFAHRUNG\nBäckerei Huber GmbH – Linz\nBackstubenleiter | 01/2019 – dato\nBäckergeselle | 09/2013 – 12/2018\n"
         "Bäckerlehrling (apprentice baker) | 09/2010 – 08/2013\n")
NURSE_SLP = ("Renee Okafor, M.S., CCC-SLP\nSpeech-Language Pathologist\nRichmond, VA · (804) 555-0117 · rokafor@example.com\n\n"
             "EXPERIENCE\nRiver City Therapy Group — Richmond, VA\nSenior Speech-Language Pathologist | March 2019 – Present\n"
             "Speech-Language Pathologist | August 2014 – February 2019\nClinical Fellow | July 2013 – July 2014\n")

WORKING_LIFE = [
    # the clause after the date names the start
    (JOINER, "I have built furniture professionally since August 2006, when I started as an apprentice.", False),
    (JOINER, "I have built furniture professionally since August 2005, when I started as an apprentice.", True),
    (JOINER, "I have built furniture professionally since September 2009, when I started as an apprentice.", True),
    (BAKER, "I have been with Bäckerei Huber since September 2010, when I started as an apprentice.", False),
    (BAKER, "I have been with Bäckerei Huber since September 2009, when I started as an apprentice.", True),
    (NURSE_SLP, "I have been at River City Therapy Group since July 2013, when I began my clinical fellowship.", False),
    (NURSE_SLP, "I have been at River City Therapy Group since July 2012, when I began my clinical fellowship.", True),
    # a working life with no role named: the first job's start
    (COOK, "I have cooked professionally since June 2009.", False),
    (COOK, "I have worked in restaurant kitchens professionally since June 2009.", False),
    (COOK, "I have cooked professionally since June 2008.", True),
    (COOK, "I have worked professionally as a sous chef since June 2009.", True),
    (JOINER, "I have worked with wood professionally since August 2006.", False),
    (JOINER, "I have worked with wood professionally since August 2004.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", WORKING_LIFE)
def test_a_working_lifes_start_from_its_first_job(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


PHYSIO = ("Ana Ribeiro\nFisioterapeuta Sénior (Senior Physiotherapist)\nPorto, Portugal · +351 912 448 201 · ana.ribeiro@example.pt\n\n"
          "EXPERIÊNCIA\nClínica Boavista, Lda. – Porto\nSenior Physiotherapist | 02/2020 – presente\n"
          "• Delivered 1.450 sessions of pelvic-floor physiotherapy in 2025\n"
          "Hospital de Santo António, Physiotherapy Department – Porto\nPhysiotherapist | 10/2012 – 01/2020\n")
CPA = ("Morgan T. Ellery, CPA, CFE\nForensic Accounting Manager\nRichmond, VA · (804) 555-0163 · mellery@example.com\n"
       "Certified Public Accountant, Commonwealth of Virginia — since March 2013 · Certified Fraud Examiner (ACFE) — since "
       "June 2019\n\nEXPERIENCE\nJames River Advisory LLC — Richmond, VA\nForensic Accounting Manager | May 2018 – Present\n"
       "Dominion Audit Partners — Richmond, VA\nSenior Auditor | September 2011 – April 2018\n")
RADIOGRAPHER = ("Γιώργος Νικολάου / Giorgos Nikolaou\nSenior Radiographer\nΠάτρα, Ελλάδα · +30 694 221 7780 · g.nikolaou@example.gr\n\n"
                "EXPERIENCE\nΔιαγνωστικό Κέντρο Πάτρας Α.Ε. – Πάτρα\nSenior Radiographer | 06/2020 – σήμερα\n"
                "• Performed about 30 CT examinations a day\nΠ.Γ.Ν. Πατρών, Radiology Department – Πάτρα\n"
                "Radiographer | 04/2011 – 05/2020\n")

LENGTHS = [
    # a function done, its object named by a header
    (PHYSIO, "I have delivered physiotherapy professionally for more than fourteen years.", False),
    (PHYSIO, "I have delivered physiotherapy professionally for more than fifteen years.", True),
    (RADIOGRAPHER, "I have performed radiology examinations for more than fifteen years.", False),
    (RADIOGRAPHER, "I have performed radiology examinations for more than sixteen years.", True),
    # a licence's jurisdiction on the heading's credential line is no stay
    (CPA, "I have been a licensed CPA in the Commonwealth of Virginia for more than thirteen years.", False),
    (CPA, "I have been a licensed CPA in Virginia for more than thirteen years.", False),
    (CPA, "I have been a licensed CPA in the Commonwealth of Virginia for more than fourteen years.", True),
    (CPA, "I have been a certified fraud examiner for more than eight years.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", LENGTHS)
def test_a_functions_length_and_a_licences_length(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


VOICER = ("SZABÓ-KERTÉSZ ANNA\nCukrászmester (master pastry chef)\nGyőr, Magyarország · +36 20 417 3390 · szabo.anna@example.hu\n"
          "Mestervizsga (master craftsman examination), cukrász, Győr-Moson-Sopron Megyei Kereskedelmi és Iparkamara – 2016. 04.\n\n"
          "SZAKMAI TAPASZTALAT / EXPERIENCE\nRába Cukrászda Kft. – Győr\nCukrászmester (master pastry chef) | 2018. 03. – jelenleg\n"
          "• About 2 400 cakes a year; 3 250 guests at the 2025 summer fair\nCukrász (pastry chef) | 2011. 07. – 2018. 02.\n"
          "Tanuló (apprentice) | 2008. 09. – 2011. 06.\n")
PARCELS = ("Katarzyna Wójcik\nKierownik magazynu (Warehouse Manager)\nPoznań, Polska · +48 601 338 274 · k.wojcik@example.pl\n\n"
           "DOŚWIADCZENIE\nLogiPol Sp. z o.o. – Poznań\nKierownik magazynu | 03/2019 – obecnie\n"
           "• 4 250 przesyłek dziennie; zespół 36 osób\n")
DISPATCH = ("Terrence Hale\nShift Supervisor, 911 Communications\nDayton, OH · (937) 555-0148 · thale@example.com\n\n"
            "EXPERIENCE\nMontgomery County Regional Dispatch — Dayton, OH\nShift Supervisor | May 2017 – Present\n"
            "• Supervise one shift of 12 call-takers; ~640 911 calls per shift\n")

LOCALE_FIGURES = [
    # year-first dates (the old code read no history from this CV)
    (VOICER, "I have been with Rába Cukrászda since July 2011.", False),
    (VOICER, "I have been with Rába Cukrászda since September 2008, when I started as an apprentice.", False),
    (VOICER, "I have been a master pastry chef since March 2018.", False),
    (VOICER, "I have been a master pastry chef since July 2011.", True),
    (VOICER, "I passed the master craftsman examination in April 2015.", True),
    # thousands with a space on a CV from a country writing them so
    (VOICER, "I make about 2,400 cakes a year.", False),
    (VOICER, "The summer fair drew 3,250 guests.", False),
    (VOICER, "The summer fair drew 3,520 guests.", True),
    (PARCELS, "My warehouse ships 4,250 parcels a day.", False),
    (PARCELS, "My warehouse ships 4,520 parcels a day.", True),
    (DISPATCH, "My shift handles about 640,911 calls.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", LOCALE_FIGURES)
def test_year_first_dates_and_space_thousands(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


TUNER = ("Elise Navarro\nPiano Technician\nSanta Fe, NM · (505) 555-0190 · elise@example.com\n\nEXPERIENCE\n"
         "High Desert Piano Works — Santa Fe, NM\nLead Technician | 2016 – Present\n• Tune about 1,240 times a year\n"
         "• Regulated 3,200 actions since 2016\n• Trained 120 volunteers for the 2024 festival\n"
         "• Raised $250,000 for the restoration fund\n")
ROOFER = ("Marcus Bell\nRoofing Foreman\nTulsa, OK · (918) 555-0177 · mbell@example.com\n\nEXPERIENCE\n"
          "Red Fork Roofing — Tulsa, OK\nForeman | 2019 – Present\n• Completed 31 tear-off replacements and 12 metal re-roofs "
          "since 2019\n")

WORDED = [
    # numbers in words past a hundred
    (TUNER, "I tune roughly twelve hundred and forty times a year.", False),
    (TUNER, "I have regulated three thousand two hundred actions.", False),
    (TUNER, "I trained a hundred and twenty volunteers for the festival.", False),
    (TUNER, "I trained one hundred and twenty volunteers for the festival.", False),
    (TUNER, "I raised two hundred and fifty thousand dollars for the restoration fund.", False),
    (TUNER, "I tune roughly thirteen hundred and forty times a year.", True),
    (TUNER, "I have regulated three thousand five hundred actions.", True),
    (TUNER, "I trained a hundred and forty volunteers for the festival.", True),
    (TUNER, "I raised three hundred and fifty thousand dollars for the restoration fund.", True),
    # a list's total, a date phrase after its last part
    (ROOFER, "I have completed forty-three replacements and re-roofs since 2019.", False),
    (ROOFER, "I have completed 43 roof replacements and re-roofs since 2019.", False),
    (ROOFER, "I have completed forty-four replacements and re-roofs since 2019.", True),
    (ROOFER, "I have completed forty-three metal re-roofs since 2019.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", WORDED)
def test_numbers_in_words_and_list_totals(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)
