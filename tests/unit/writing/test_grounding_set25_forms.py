"""Tables of variants: set 25's false flags by kind (ground110, issue 12) — supported restatements that must pass and
nearby claims that must still flag. Resumes and sentences written for this file in the wording of real CVs.

* **a credential's length on a line listing several, each "— since <date>"** (:func:`.credential_durations._own_part`):
  "I have held my Alabama respiratory therapy licence for more than sixteen years" for «RRT — since January 2010 ·
  Alabama … License 4418 — since February 2010 · NPS — since September 2014» (the whole line read as one range dated
  the licence from 2014).
* **a firm's word in its short or long form** (:func:`.name_forms.firm_word_forms`): "Charter Oak Life Re" for
  "Charter Oak Life Reinsurance Company", "Bayside Labs", "Crescent Mfg", "Harbor Intl", "Kestrel Comms", "Northwind
  Technologies" for "Northwind Tech".
* **people trained named by another noun** (:func:`.acts._trained_people`): "I train smallholder farmers" for "Train
  smallholders".

* **a relation word opening the user's own title** (:data:`.client_employers._TITLE_WORD`, :data:`.attribution._RELATION`):
  "Customer Success Manager, Lonestar Fieldwork" made Lonestar a customer (the writer sweep over blind sets 10–16).

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main a212c0b): durations 4 of 14,
firms 8 of 16, people trained 3 of 8, titles' relation words 5 of 9 (every "must flag" row passed on both).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


RT = ("Dana Cole, RRT\nLead Respiratory Therapist\nMobile, AL · dana.cole@example.com\n"
      "NBRC Registered Respiratory Therapist (RRT) — since January 2010 · Alabama Board of Respiratory Therapy License "
      "4418 — since February 2010 · NBRC Neonatal/Pediatric Specialist (NPS) — since September 2014\n\nEXPERIENCE\n"
      "Gulf Coast Children's Hospital — Mobile, AL\nLead Respiratory Therapist, NICU | October 2020 – Present\n"
      "• Lead 11 therapists on nights\nStaff Respiratory Therapist | March 2010 – September 2020\n")
EMS = ("Kit Moreno\nSki Patrol Director\nBozeman, MT · kit.moreno@example.com\n"
       "Nationally Registered EMT (NREMT) — since March 2012 | Certified Flight Paramedic (FP-C) — since May 2019 | "
       "AIARE Avalanche Level 2 — since January 2015\n\nEXPERIENCE\nBridger Peaks Resort — Bozeman, MT\n"
       "Ski Patrol Director | May 2017 – Present\n• Manage 46 patrollers\nSki Patroller | December 2006 – April 2017\n")
PE = ("Ravi Shah, PE, CFM\nSenior Water Resources Engineer\nHouston, TX · ravi.shah@example.com\n"
      "Licensed Professional Engineer (PE), Texas — since June 2011; Certified Floodplain Manager (CFM) — since "
      "April 2016\n\nEXPERIENCE\nBayou Civil Partners — Houston, TX\nSenior Engineer | August 2015 – Present\n"
      "• Design detention basins\nEngineer | July 2008 – July 2015\n")

DURATION_ROWS = [
    (RT, "I have held my Alabama respiratory therapy licence for more than sixteen years.", False),
    (RT, "I have been a registered respiratory therapist for more than sixteen years.", False),
    (RT, "I have held my Alabama licence for over sixteen years.", False),
    (RT, "I have held the NPS credential for more than twelve years.", False),
    (EMS, "I have been a nationally registered EMT for more than fourteen years.", False),
    (EMS, "I have held my NREMT registration for more than fourteen years.", False),
    (EMS, "I have been a certified flight paramedic for more than seven years.", False),
    (PE, "I have been a licensed professional engineer for more than fifteen years.", False),
    (PE, "I have been a certified floodplain manager for more than ten years.", False),
    # overstated: still flagged
    (RT, "I have held my Alabama respiratory therapy licence for more than eighteen years.", True),
    (RT, "I have held the NPS credential for more than fifteen years.", True),
    (EMS, "I have been a nationally registered EMT for more than sixteen years.", True),
    (EMS, "I have been a certified flight paramedic for more than ten years.", True),
    (PE, "I have been a certified floodplain manager for more than thirteen years.", True),
]


def _firm(employer: str) -> str:
    return (f"Jo Park\nSenior Analyst\nHartford, CT · jo.park@example.com\n\nEXPERIENCE\n{employer} — Hartford, CT\n"
            "Senior Analyst | March 2015 – Present\n• Priced 14 treaties\n")


FIRM_ROWS = [
    ("Charter Oak Life Reinsurance Company", "I have worked at Charter Oak Life Re for more than eleven years.", False),
    ("Charter Oak Life Reinsurance Company", "At Charter Oak Life Re I priced 14 treaties.", False),
    ("Hartford Steam Boiler Reinsurance Corp.", "At Hartford Steam Boiler Re I priced 14 treaties.", False),
    ("Bayside Laboratories", "At Bayside Labs I priced 14 treaties.", False),
    ("Crescent Manufacturing Company", "At Crescent Mfg I priced 14 treaties.", False),
    ("Harbor International Holdings", "At Harbor Intl I priced 14 treaties.", False),
    ("Kestrel Communications Group", "At Kestrel Comms I priced 14 treaties.", False),
    ("Northwind Tech", "At Northwind Technologies I priced 14 treaties.", False),
    ("Gateway Pharmaceuticals, Inc.", "At Gateway Pharma I priced 14 treaties.", False),
    ("Pinecrest Mutual Insurance Company", "At Pinecrest Mutual I priced 14 treaties.", False),
    ("Meridian Systems Group", "At Meridian Sys I priced 14 treaties.", False),
    # another firm's word: still flagged
    ("Gateway Pharmaceuticals, Inc.", "At Gateway Labs I priced 14 treaties.", True),
    ("Northwind Technologies LLC", "At Northwind Telecom I priced 14 treaties.", True),
    ("Bayside Laboratories", "At Bayside Pharma I priced 14 treaties.", True),
    ("Crescent Marine Company", "At Crescent Mfg I priced 14 treaties.", True),
    ("Harbor Insurance Holdings", "At Harbor Intl I priced 14 treaties.", True),
]

COFFEE = ("Ana Ruiz\nCoffee Quality Lead\nManizales, Colombia · ana.ruiz@example.com\n\nEXPERIENCE\n"
          "Café Altura S.A.S. — Manizales\nQuality Lead | March 2016 – Present\n"
          "• Train smallholders in 12 municipalities through the FNC extension programme\n"
          "• Trained 40 dairy producers in milk hygiene\n• Coached warehouse staff on moisture meters\n")
TRAIN_ROWS = [
    (COFFEE, "I train smallholder farmers in twelve municipalities.", False),
    (COFFEE, "I trained dairy farmers in milk hygiene.", False),
    (COFFEE, "I have trained smallholder growers in twelve municipalities.", False),
    (COFFEE, "I trained dairy producers in milk hygiene.", False),
    # no word of the object named, or not people: still flagged
    (COFFEE, "I train avalanche rescue dogs.", True),
    (COFFEE, "I train hospital pharmacists.", True),
    (COFFEE, "I trained pharmacists in milk hygiene.", True),
    (COFFEE, "I trained smallholder dogs.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", DURATION_ROWS)
def test_a_credentials_length_on_a_line_of_several(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged


@pytest.mark.parametrize("employer,sentence,flagged", FIRM_ROWS)
def test_a_firms_word_in_its_short_or_long_form(employer, sentence, flagged):
    assert bool(_flags(_firm(employer), sentence)) is flagged


@pytest.mark.parametrize("resume,sentence,flagged", TRAIN_ROWS)
def test_people_trained_named_by_another_noun(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged


# A relation word opening the user's own job title before the employer ("Customer Success Manager, Lonestar Fieldwork"):
# no client or partner (:data:`.client_employers._TITLE_WORD`, :data:`.attribution._RELATION`; ground110, the writer
# sweep over blind sets 10–16 — the self-check hid "at Lonestar Fieldwork" and "at Tulpvast B.V." as clients').
CSM = ("Femke de Wilde\nCustomer Success Manager\nAustin, TX · femke@example.com\n\nWORK EXPERIENCE\n"
       "09/2022 – present    Customer Success Manager, Lonestar Fieldwork (field-service SaaS), Austin\n"
       "- Portfolio of 46 accounts, $7.4M ARR; gross revenue retention 94%\n"
       "- Client: Nordal Foods — onboarding redesign\n- Key customers: Redwood Grocers, Pine Mart\n"
       "06/2017 – 08/2022    Customer Support Specialist (2nd line), Tulpvast B.V., Amsterdam\n"
       "- Zendesk queues, knowledge base articles, CSAT 96%\n"
       "01/2014 – 05/2017    Client Services Director, Harbor Mutual, Boston\n- Renewed 30 group plans\n"
       "01/2012 – 12/2013    Vendor Manager, Keystone Foods, Camden\n- Renegotiated 12 supply contracts\n"
       "01/2010 – 12/2011    Account Executive, Brightline Media, Denver\n- Sold 40 ad packages\n")
TITLE_RELATION_ROWS = [
    (CSM, "At Lonestar Fieldwork I manage a portfolio of 46 accounts.", False),
    (CSM, "In my current role as Customer Success Manager at Lonestar Fieldwork, my work includes: Portfolio of 46 "
          "accounts, $7.4M ARR.", False),
    (CSM, "I was a Customer Support Specialist at Tulpvast B.V. in Amsterdam.", False),
    (CSM, "At Tulpvast B.V. I worked Zendesk queues.", False),
    (CSM, "As Client Services Director at Harbor Mutual, I renewed 30 group plans.", False),
    (CSM, "As Vendor Manager at Keystone Foods, I renegotiated 12 supply contracts.", False),
    (CSM, "At Brightline Media I sold 40 ad packages.", False),
    # a client or customer named as the employer: still flagged
    (CSM, "At Nordal Foods I led the onboarding redesign.", True),
    (CSM, "As a buyer at Redwood Grocers, I managed 46 accounts.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", TITLE_RELATION_ROWS)
def test_a_relation_word_in_the_users_title_relates_nothing(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged
