"""Tables of variants: issuing, examining and operating bodies named in English that the resume names in its own
language, script or initials (ground121, issue 12; set 26's false flags — :mod:`.line_bodies`), and the other
restatements of set 26's supported sentences: a partitive naming its members (:func:`.totality._enumerated`), a device
set up with a listed tool (:func:`.acts._configured`), a master craftsman's exam in a trade the resume glosses
(:func:`.credential_glossary.glossed_tokens`). Resumes and sentences written for this file in the wording of real CVs
(Greek, Polish, Czech, Belgian, German, Portuguese, Hungarian, US).

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main 4f96153): bodies 9 of 18,
partitive members and devices 3 of 10, a glossed trade 2 of 4 — every "must flag" row flagged on both.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


GREEK = ("ΜΑΡΙΑ ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ / MARIA KONSTANTINIDOU\nMedical Physicist\nΑθήνα, Ελλάδα · +30 693 118 4402 · m.konst@example.gr\n\n"
         "EXPERIENCE\nΙατρικό Κέντρο Αθηνών Α.Ε. – Αθήνα\nMedical Physicist | 05/2016 – σήμερα\n\nEDUCATION\n"
         "Πτυχίο Φυσικής (Ptychio, Physics), Πανεπιστήμιο Ιωαννίνων, 2012\nMSc Medical Physics, Ε.Κ.Π.Α., 2015\n\n"
         "CERTIFICATES\n• Radiation safety officer certificate, Ελληνική Επιτροπή Ατομικής Ενέργειας (ΕΕΑΕ), 2017\n")
POLISH = ("Tomasz Zieliński\nInżynier budownictwa\nKraków, Polska · +48 602 114 938 · t.zielinski@example.pl\n\n"
          "DOŚWIADCZENIE\nBudimex-Kraków Sp. z o.o. – Kraków\nKierownik budowy | 04/2018 – obecnie\n\n"
          "WYKSZTAŁCENIE\nMagister inżynier, Budownictwo, Politechnika Krakowska, 2012\n\nUPRAWNIENIA\n"
          "• Uprawnienia budowlane do kierowania robotami, Małopolska Okręgowa Izba Inżynierów Budownictwa, 2016\n")
FLEMISH = ("Els Peeters\nDierenarts (veterinarian)\nGent, België · +32 476 55 21 09 · els.peeters@example.be\n\n"
           "WERKERVARING\nDierenkliniek Leie BV – Gent\nDierenarts | 09/2015 – heden\n\nCURSUSSEN\n"
           "• Cursus echografie bij paarden, Faculteit Diergeneeskunde UGent, 2019\n")
CZECH = ("Jana Dvořáková\nGeoložka (geologist)\nBrno, Česko · +420 605 331 874 · j.dvorakova@example.cz\n"
         "Členka, Česká geologická společnost (ČGS) – od 03/2015\n\nPRAXE\nGeotest Brno, a.s. – Brno\n"
         "Geoložka | 09/2012 – dosud\n")
CUSTOMS = ("Priya Raman\nLicensed Customs Broker\nSavannah, GA · (912) 555-0137 · praman@example.com\n\nEXPERIENCE\n"
           "Coastal Entry Services — Savannah, GA\nCustoms Broker | June 2016 – Present\n\n"
           "U.S. Customs Broker License No. 40118 (CBP) — since June 2016\n\n"
           "TOOLS: Descartes CustomsInfo, CargoWise One, ACE portal, ABI\n")

BODIES = [
    # a body in another script on the line the sentence is about
    (GREEK, "I hold a radiation safety officer certificate from the Greek Atomic Energy Commission.", False),
    (GREEK, "I hold a radiation safety officer certificate from the Atomic Energy Commission.", False),
    (GREEK, "I hold a radiation safety officer certificate from the Greek Ministry of Health.", True),
    (GREEK, "I hold a radiation safety officer certificate from the Greek Nuclear Safety Authority.", True),
    (GREEK, "My Ptychio in physics is from the University of Ioannina.", False),
    (GREEK, "My Ptychio in physics is from the University of Patras.", True),
    # a body in another language, Latin script
    (POLISH, "I hold a site manager's licence from the Małopolska Chamber of Civil Engineers.", False),
    (POLISH, "I hold a site manager's licence from the Silesian Chamber of Civil Engineers.", True),
    (FLEMISH, "I completed an equine ultrasound course at Ghent University's veterinary faculty.", False),
    (FLEMISH, "I completed an equine ultrasound course at Leuven University's veterinary faculty.", True),
    (CZECH, "I have been a member of the Czech Geological Society since March 2015.", False),
    (CZECH, "I have been a member of the Slovak Geological Society since March 2015.", True),
    (CZECH, "I have been a member of the Czech Geological Society for more than eleven years.", False),
    (CZECH, "I have been a member of the Czech Geological Society for more than twelve years.", True),
    # a system named by the initials the resume's tool line writes
    (CUSTOMS, "I file entries through CBP's Automated Commercial Environment with Descartes CustomsInfo.", False),
    (CUSTOMS, "I file entries through the Automated Broker Interface and classify with Descartes CustomsInfo.", False),
    (CUSTOMS, "I file entries through CBP's Automated Export System with Descartes CustomsInfo.", True),
    # an English line: a generic word of the name is no translation ("DC Board" for "DC … licence")
    (CUSTOMS, "I chaired the Savannah Board of Customs Brokers' education committee.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", BODIES)
def test_bodies_named_in_translation(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


TRADE = ("Hannah Reyes, CCS\nTrade Compliance Manager\nLaredo, TX · (956) 555-0118 · hreyes@example.com\n"
         "NCBFAA Certified Customs Specialist (CCS) — since April 2015\n\nEXPERIENCE\nRio Bravo Logistics — Laredo, TX\n"
         "Trade Compliance Manager | 2019 – Present\n• Supervise 6 entry writers in 2 of the company's 3 offices\n\n"
         "CERTIFICATIONS\n• NCBFAA Certified Export Specialist (CES), 2018\n")
SLP = ("Jordan Lee, M.S., CCC-SLP\nSpeech-Language Pathologist\nBoise, ID · (208) 555-0173 · jlee@example.com\n\n"
       "EXPERIENCE\nTreasure Valley Pediatric Therapy — Boise, ID\nSpeech-Language Pathologist | 2015 – Present\n"
       "• Run an AAC evaluation clinic for 40 families\n\nTOOLS: LAMP Words for Life, Proloquo2Go, Tobii Dynavox TD Snap\n")

RESTATEMENTS = [
    # a partitive naming its members, each on a line with the owner
    (TRADE, "I hold both of the NCBFAA's specialist designations, customs and export.", False),
    (TRADE, "I hold both of the NCBFAA's designations (customs and export).", False),
    (TRADE, "I hold both of the NCBFAA's specialist designations, customs and compliance.", True),
    (TRADE, "I hold all three of the NCBFAA's designations, customs, export and compliance.", True),
    (TRADE, "I hold both of the NCBFAA's specialist designations.", True),
    (TRADE, "I supervise entry writers in all three of the company's offices, Laredo, Eagle Pass and Hidalgo.", True),
    # a device set up with a tool the resume lists
    (SLP, "I set up communication devices with Proloquo2Go and TD Snap.", False),
    (SLP, "I set up speech-generating devices with LAMP Words for Life.", False),
    (SLP, "I set up communication devices with TouchChat.", True),
    (SLP, "I set up a feeding clinic with Proloquo2Go.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", RESTATEMENTS)
def test_partitive_members_and_devices_set_up(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


JOINER_HU = ("NAGY PÉTER\nAsztalosmester (master joiner)\nDebrecen, Magyarország · +36 30 552 1184 · nagy.peter@example.hu\n"
             "Mestervizsga (master craftsman examination), asztalos, Hajdú-Bihar Megyei Kereskedelmi és Iparkamara – 2015. 06.\n\n"
             "SZAKMAI TAPASZTALAT / EXPERIENCE\nNagy Bútor Kft. – Debrecen\nAsztalosmester | 2015. 07. – jelenleg\n"
             "Asztalos (joiner) | 2008. 09. – 2015. 06.\n")

GLOSSED_TRADE = [
    # the exam's trade glossed on another line
    (JOINER_HU, "I passed the master craftsman examination in joinery in June 2015.", False),
    (JOINER_HU, "I passed the master craftsman examination as a joiner.", False),
    (JOINER_HU, "I passed the master craftsman examination in upholstery in June 2015.", True),
    (JOINER_HU, "I passed the master craftsman examination in joinery in June 2014.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", GLOSSED_TRADE)
def test_a_master_exam_in_a_glossed_trade(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


RESTORER = ("Chiara Bellini\nRestauratrice di beni culturali — dipinti (paintings conservator-restorer)\nFirenze, Italia · "
            "+39 347 118 2290 · chiara.bellini@example.it\nElenco dei Restauratori di beni culturali (Ministero della Cultura), "
            "settore 1 dipinti — iscritta dal 05/2017\n\nESPERIENZA\nBellini Restauri — Firenze\nTitolare | 03/2016 – oggi\n")
ELECTRICIAN = ("Dale Romero\nMaster Electrician\nToledo, OH · (419) 555-0183 · dale@example.com\n"
               "Ohio Electrical Contractor License, residential and commercial — since 2015\n\nEXPERIENCE\n"
               "Romero Electric LLC — Toledo, OH\nOwner | 2015 – Present\n")

REGISTERED_FOR = [
    # a standing held "for both X and Y": each field written somewhere in the resume (the body now read in
    # translation, "wooden sculpture" on a paintings-only register must still flag: set 22's g22-238)
    (RESTORER, "I am registered by the Ministry of Culture for paintings.", False),
    (RESTORER, "I am registered by the Ministry of Culture for both paintings and wooden sculpture.", True),
    (ELECTRICIAN, "I am licensed for both residential and commercial work.", False),
    (ELECTRICIAN, "I am licensed for both residential and marine work.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", REGISTERED_FOR)
def test_a_standing_for_both_fields(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)
