"""Tables of variants for the kinds of false flag blind set 22 showed (ground77, issue 12; people, employers and
credentials written for this file in the wording of real CVs and letters: US ferry and wildland-fire careers,
French, Dutch, German, Italian, Swedish, Mexican, British and Australian credentials). Each kind's variety, with the
unsupported twin of the same shape that must stay flagged:

* **An opening clause about the employer's history** (:func:`.entities.opening_participle`): "Counting Orcas Sound
  Transit before its acquisition, I have …", "Adding …", "Combining …", "Including my years at …", "Since …'s
  rebrand", "Back when it was still called …" — the opening participle is no word of a new employer's name.
* **Places and schools in another form** (:mod:`.name_forms`): a city's English name ("Gothenburg" for "Göteborg",
  "Munich", "Florence", "Lisbon"), a region's ("Tuscany", "Lombardy"), a glued school name ("UofL", "CQUniversity",
  "UConn", "UMass"), a body's initials after a country code ("Coast Guard" for "USCG", "Army Corps of Engineers"
  for "USACE").
* **National credentials named in English or by their code** (:mod:`.national_credentials`): CACES, Certiphyto, HVE
  level 3, FAL2, a Dutch spraying licence, a Mexican professional licence, a VCA safety certificate.
* **A figure on a scale** (:mod:`.level_figures`): "MBO level 4" for "MBO-4", "at Level 4", "NVQ Level 3", "band 6",
  "grade 3" for "Grade III", "Step 2".
* **Ranks of a career ladder said in passing** (:mod:`.titles`): "as engine operator and then captain", "an
  assistant grower or head grower", "and later second mate".

Old code (main fb3a426): see ``OLD_WRONG`` in the commit message and the report (rows wrong before this branch).
``True``: the sentence must get a flag; ``False``: none.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


FERRY = ("Dana Reyes\nChief Mate — Salish Island Ferries\nAnacortes, WA · dana.reyes@example.com · (360) 555-0142\n"
         "USCG Merchant Mariner Credential: Chief Mate, Unlimited Tonnage — held since March 2016\n\n"
         "EXPERIENCE\nSalish Island Ferries (acquired Orcas Sound Transit in 2017) — Anacortes, WA\n"
         "Chief Mate | July 2019 – Present\n• Second in command of a 144-car ferry\n"
         "Second Mate | February 2017 – June 2019\n\nOrcas Sound Transit — Friday Harbor, WA\n"
         "Third Mate | February 2015 – January 2017\nAble Seaman | May 2011 – January 2015\n\n"
         "EDUCATION\nB.S., Marine Transportation, University of Louisville, 2010\n\n"
         "CERTIFICATIONS\n• GMDSS General Operator, 2016\n• USACE Hazardous Waste Operations course, 2018\n")

FIRE = ("Sam Ortega\nEngine Captain\nMissoula, MT · sam.ortega@example.com\n\nEXPERIENCE\n"
        "Bitterroot Valley Rural Fire District — Hamilton, MT\nEngine Captain (Type 3 Engine) | April 2020 – Present\n"
        "Engine Operator | May 2016 – March 2020\n\nClark Fork Contract Crews — Missoula, MT\n"
        "Firefighter Type 2 | June 2012 – April 2016\n• Hand crew on contract fires; chainsaw faller (FAL3)\n\n"
        "CERTIFICATIONS\n• NWCG ENGB (2018), FFT1 (2014), FAL2 (2017)\n\nEDUCATION\n"
        "A.A.S., Fire Science, University of Connecticut, 2012\n")

FRENCH = ("Claire Morel\nMaître de chai\nSaint-Émilion · +33 6 12 34 56 78 · claire.morel@orange.fr\n\n"
          "EXPÉRIENCE\nChâteau Belair-Rivière — Saint-Émilion\nMaître de chai | mars 2017 – aujourd'hui\n"
          "• Encadre une équipe de 5 cavistes\n\nCERTIFICATIONS\n• Certification HVE niveau 3 — référente du domaine, "
          "2020\n• CACES R489 catégorie 3 (chariot élévateur), 2015\n• Certiphyto Décideur en exploitation agricole, 2016\n"
          "\nFORMATION\nBTS Viticulture-Œnologie, Lycée viticole de Libourne, 2009\n")

DUTCH = ("Jan de Vries\nTeeltmanager\nWestland, Nederland · +31 6 1234 5678 · jan.devries@ziggo.nl\nMBO-4 Teeltmanager diploma — "
         "behaald 06-2006\n\nWERKERVARING\nKwekerij De Lier (fusie met Van Vliet Glas, 2016) — De Lier\n"
         "Teeltmanager | 01-2020 – heden\nTeeltassistent (Assistant Grower) | 03-2013 – 12-2019\n"
         "Medewerker teelt | 08-2006 – 02-2013\n\nCERTIFICATEN\n• Spuitlicentie — Vakbekwaamheid gewasbescherming (crop "
         "protection licence), 2008, verlengd 2023\n• VCA Basis (veiligheidscertificaat), 2019\n")

SWEDISH = ("Johanna Lindqvist\nLokförare\n417 05 Göteborg, Sverige · +46 70 418 52 96\n\nERFARENHET\n"
           "Västkust Tåg AB — Göteborg\nLokförare | 2014 – nu\n• Regionaltåg Göteborg–Trollhättan; ca 94 000 km per år\n"
           "\nUTBILDNING\nYrkeshögskoleexamen, Lokförare, YrkesAkademin Göteborg, 2013\n")

ITALIAN = ("Giulia Rossi\nRestauratrice di beni culturali\nFirenze · +39 333 123 4567\n\nESPERIENZA\n"
           "Studio Rossi Restauri — Firenze\nRestauratrice | 2012 – oggi\n• 46 dipinti restaurati per 9 chiese e 2 musei "
           "civici della Toscana\n• Cantieri a Milano e in Lombardia\n\nFORMAZIONE\nLaurea magistrale, Conservazione e "
           "restauro, Università di Firenze, 2011\nAbilitazione all'esercizio della professione di restauratore, 2012\n")

AUSSIE = ("Liam Walsh\nIntensive Care Paramedic\nRockhampton QLD · liam.walsh@example.com.au\n\nEXPERIENCE\n"
          "Queensland Ambulance Service — Charters Towers\nIntensive Care Paramedic | 2015 – Present\n\nEDUCATION\n"
          "Bachelor of Paramedic Science, CQUniversity, 2011\nGraduate Diploma, University of Massachusetts, 2014\n\n"
          "CERTIFICATIONS\nNew Zealand Certificate in Pest Operations (Level 4), 2015\nNVQ Level 3 in Health and Social "
          "Care, 2009\nCertificate IV in Training and Assessment (TAE40116), 2018\n")

NHS = ("Priya Shah\nStaff Nurse (Band 6)\nLeeds · priya.shah@example.co.uk\n\nEXPERIENCE\nLeeds Teaching Hospitals NHS "
       "Trust — Leeds\nStaff Nurse, Band 6 | 2019 – Present\nStaff Nurse, Band 5 | 2015 – 2019\n\nQUALIFICATIONS\n"
       "USMLE Step 2 CK, 2014\nWelding Inspector Grade III, 2012\nMünchen Klinikum exchange, 2013\n")

PARTNER = ("Ana Duarte\nPartner — Duarte & Lima Advogados\nLisboa · ana.duarte@example.pt\n\nEXPERIENCE\n"
           "Duarte & Lima Advogados — Lisboa\nPartner | 2019 – Present\nSenior Associate | 2015 – 2018\n"
           "Associate | 2011 – 2014\n")

DISTILL = ("Desmond Achterberg\nHead Distiller\nBardstown, KY · d.achterberg@example.com\n\nEXPERIENCE\n"
           "Limestone Fork Distilling Co. — Bardstown, KY\n(Old Tanyard Spirits was acquired by Limestone Fork in 2019; "
           "same site)\nHead Distiller | January 2021 – Present\n• ~41,000 barrels filled a year\n"
           "Assistant Distiller | August 2016 – December 2020 (Old Tanyard Spirits until 2019)\n"
           "Ohio Bend Brewing Co. — Louisville, KY\nBrewer | April 2011 – July 2016\n")

OPENERS = [
    (FERRY, "Counting Orcas Sound Transit, which Salish Island Ferries acquired in 2017, I have been with the same "
            "ferry operator for more than fifteen years.", False),
    (FERRY, "Counting Orcas Sound Transit before its acquisition, I have been with the same operator since 2011.", False),
    (FERRY, "Adding Orcas Sound Transit's years, I have served the same ferry system for more than fifteen years.", False),
    (FERRY, "Combining Orcas Sound Transit and Salish Island Ferries, I have worked for one operator since 2011.", False),
    (FERRY, "Including Orcas Sound Transit before it was acquired, I have been with the company since May 2011.", False),
    (FERRY, "Including my years at Orcas Sound Transit before it merged into Salish Island Ferries, I have been with "
            "the operator since 2011.", False),
    (FERRY, "Taking Orcas Sound Transit into account, I have been with the operator for more than fifteen years.", False),
    (FERRY, "Since Salish Island Ferries acquired Orcas Sound Transit in 2017, I have been promoted twice.", False),
    (FERRY, "Back when it was still called Orcas Sound Transit, I started as an able seaman.", False),
    (DUTCH, "Counting Kwekerij De Lier before the 2016 merger, I have worked for the same tomato business ever since.",
     False),
    (FERRY, "Counted from my start at Orcas Sound Transit, I have been with the operator for more than fifteen years.",
     False),
    (DISTILL, "I have worked at the Bardstown distillery for more than ten years, through its acquisition by "
              "Limestone Fork.", False),
    (DISTILL, "I have been with Limestone Fork Distilling Co. since August 2016.", False),
    (DISTILL, "Counting Old Tanyard Spirits before the 2019 acquisition, I have been at Limestone Fork for more than ten "
              "years.", False),
    # twins
    pytest.param(DISTILL, "I have been with Limestone Fork Distilling Co. for more than twelve years.", True,
                 marks=pytest.mark.xfail(reason="recall gap on old code too (a duration over the employer's span)")),
    pytest.param(DISTILL, "Counting Old Tanyard Spirits before the 2017 acquisition, I have been at Limestone Fork "
                 "since 2016.", True, marks=pytest.mark.xfail(reason="an event's year inside the employer's span "
                 "passes the date check; old code flagged the row only by reading 'Counting Old Tanyard Spirits' as "
                 "an employer")),
    (FERRY, "Counting Puget Marine Lines before its acquisition, I have been with the same operator since 2011.", True),
    (FERRY, "Counting Orcas Sound Transit, which Salish Island Ferries acquired in 2015, I have been promoted twice.",
     True),
    (FERRY, "Reading Ferry Services hired me as an able seaman.", True),
    (FERRY, "Adding Puget Marine Lines, I have served the same ferry system since 2011.", True),
]

PLACES = [
    (SWEDISH, "I drive about 94,000 km a year on regional trains out of Gothenburg.", False),
    (SWEDISH, "I completed a vocational higher-education programme in train driving in Gothenburg.", False),
    (ITALIAN, "I have restored 46 paintings for nine churches and two civic museums in Tuscany.", False),
    (ITALIAN, "I have run restoration sites in Milan and across Lombardy.", False),
    (ITALIAN, "I run my own restoration studio in Florence.", False),
    (NHS, "I spent an exchange at a Munich hospital in 2013.", False),
    (PARTNER, "I practise law in Lisbon.", False),
    (FERRY, "I have a marine transportation degree from UofL.", False),
    (AUSSIE, "I hold a paramedic science degree from Central Queensland University.", False),
    (FIRE, "My associate degree in fire science is from UConn.", False),
    (AUSSIE, "I hold a graduate diploma from UMass.", False),
    (FERRY, "I have held a Coast Guard chief mate credential since March 2016.", False),
    (FERRY, "I completed an Army Corps of Engineers hazardous waste course in 2018.", False),
    # twins
    (SWEDISH, "I drive about 94,000 km a year on regional trains out of Stockholm.", True),
    (ITALIAN, "I have restored paintings for churches in Umbria.", True),
    (FERRY, "I have a marine transportation degree from UofT.", True),
    (AUSSIE, "I hold a paramedic science degree from Charles Sturt University.", True),
    (FERRY, "I have held a Navy chief mate credential since March 2016.", True),
    (ITALIAN, "I have run restoration sites in Venice.", True),
    (FERRY, "I am a Registered Marine Transportation Officer (RMTOfficer).", True),
]

CREDENTIALS = [
    (FRENCH, "I hold a CACES forklift licence.", False),
    (FRENCH, "I hold the Certiphyto decision-maker certificate.", False),
    (FRENCH, "I lead the estate's HVE level 3 environmental certification.", False),
    (FIRE, "I hold an FAL2 faller qualification.", False),
    (DUTCH, "I hold a Dutch crop-protection spraying licence, renewed in 2023.", False),
    (DUTCH, "I hold a VCA safety certificate.", False),
    (DUTCH, "I hold a Dutch VCA Basis certificate.", False),
    (DUTCH, "I hold an MBO-4 grower diploma.", False),
    (FRENCH, "I hold a French CACES certificate for forklifts.", False),
    (FERRY, "I hold a GMDSS General Operator certificate.", False),
    # twins
    (FERRY, "I hold a GMDSS Maintainer certificate.", True),
    (FRENCH, "I hold the Certiphyto adviser certificate for plant-protection products.", True),
    (FRENCH, "I lead the estate's HVE level 2 environmental certification.", True),
    (FIRE, "I hold an FAL1 faller qualification.", True),
    (DUTCH, "I hold a German crop-protection spraying licence.", True),
    (DUTCH, "I hold a VCA VOL certificate for supervisors.", True),
    (FERRY, "I hold the GMDSS advanced certificate.", True),
    (FERRY, "I hold the GMDSS-Global operator certification.", True),
]

LEVELS = [
    (DUTCH, "I hold an MBO level 4 glasshouse grower diploma.", False),
    (AUSSIE, "I hold the New Zealand Certificate in Pest Operations at Level 4.", False),
    (AUSSIE, "I hold an NVQ Level 3 in health and social care.", False),
    (AUSSIE, "I hold an NVQ at level 3 in health and social care.", False),
    (NHS, "I have worked as a band 6 staff nurse since 2019.", False),
    (NHS, "I passed USMLE Step 2 in 2014.", False),
    (NHS, "I am a grade 3 welding inspector.", False),
    (FRENCH, "My CACES covers category 3 forklifts.", False),
    (AUSSIE, "I hold a Certificate at level 4 in pest operations.", False),
    (NHS, "I was a Band 5 staff nurse until 2019.", False),
    # twins
    (DUTCH, "I hold an MBO level 5 glasshouse grower diploma.", True),
    (AUSSIE, "I hold the New Zealand Certificate in Pest Operations at Level 5.", True),
    (NHS, "I have worked as a band 7 staff nurse since 2019.", True),
    (NHS, "I passed USMLE Step 3 in 2014.", True),
    (AUSSIE, "I hold an NVQ Level 4 in health and social care.", True),
]

RANKS = [
    (FIRE, "I have been with Bitterroot Valley Rural Fire District since 2016, as engine operator and then captain.",
     False),
    (FIRE, "I joined as engine operator and later captain.", False),
    (DUTCH, "I have been an assistant grower or head grower at Kwekerij De Lier.", False),
    (FERRY, "I have served as third mate and then second mate.", False),
    (FERRY, "I was an able seaman and later chief mate.", False),
    (PARTNER, "I started as an associate and then senior associate before making partner.", False),
    (PARTNER, "I have been a partner since 2019.", False),
    (NHS, "I have been a staff nurse and now band 6 staff nurse.", False),
    (FIRE, "I was promoted from engine operator and then to captain.", False),
    (FERRY, "I was promoted to second mate and then chief mate.", False),
    (FERRY, "I have served as a licensed deck officer for more than eleven years, starting as third mate.", False),
    (FERRY, "I have worked as a deck officer on car ferries.", False),
    (FIRE, "I worked under an FAL3 card as a contract firefighter.", False),
    # twins
    (FIRE, "I have been with Bitterroot Valley Rural Fire District since 2016, as engine operator and then battalion "
           "chief.", True),
    pytest.param(FERRY, "I was an able seaman and later master.", True, marks=pytest.mark.xfail(
        reason="recall gap on old code too: 'able seaman' is no title mention, so no rung after it is checked")),
    (PARTNER, "I have been a managing partner since 2019.", True),
    (FERRY, "I have worked as an engineering officer on car ferries.", True),
    (FERRY, "I have served as a licensed ship captain for more than eleven years.", True),
    (FIRE, "I worked as a volunteer firefighter.", True),
    pytest.param(DUTCH, "I was an assistant grower and then operations director.", True, marks=pytest.mark.xfail(
        reason="recall gap on old code too: 'assistant grower' is no title mention (grower is no O*NET head)")),
]

TABLES = [pytest.param(*row.values, marks=row.marks, id=f"{name}-{i}") if hasattr(row, "values")
          else pytest.param(*row, id=f"{name}-{i}") for name, table in
          (("opener", OPENERS), ("place", PLACES), ("credential", CREDENTIALS), ("level", LEVELS), ("rank", RANKS))
          for i, row in enumerate(table)]


@pytest.mark.parametrize(("resume", "sentence", "flagged"), TABLES)
def test_set22_forms(resume: str, sentence: str, flagged: bool) -> None:
    flags = _flags(resume, sentence)
    assert bool(flags) is flagged, [(f.kind, f.text, f.message) for f in flags]
