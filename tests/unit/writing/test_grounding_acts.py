"""Table of variants for invented acts and recognitions (session 27, ground89; written for this file, not copied from
the blind sets): a sentence whose main verb claims an act — writing a policy, introducing a therapy, developing a
product, discovering a deposit, opening locations, training rescue dogs, being named "X of the Year" — on an object the
resume never names, next to the resume's own acts in other words ("led the opening of our Mesa store" backs "opened the
Mesa store"; "trained 14 new hires" backs "I train new hires"). ``True``: the sentence must be flagged; ``False``: no
flag at all. :mod:`careercopilot.writing.grounding.acts`, :mod:`careercopilot.writing.grounding.recognitions`.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.acts import claims

TODAY = date(2026, 12, 3)

CAFE = ("Name Surname\nRegional Café Manager\nPhoenix, AZ · +1 555 010 0000 · name@example.com\n\nEXPERIENCE\n"
        "Desert Bean Coffee Co. — Phoenix, AZ\nRegional Manager | March 2019 – Present\n"
        "• Led the opening of our Mesa store in 2021\n• Wrote the barista training manual used in 6 stores\n"
        "• Introduced a seasonal cold-brew menu\n• Trained 14 new hires a year\n"
        "Store Manager | June 2014 – February 2019\n\nEDUCATION\nB.A., Business, Arizona State University, 2014\n")
PHARMACY = ("Name Surname\nLead Pharmacy Technician\nDurham, NC · +1 555 010 0000 · name@example.com\n\nEXPERIENCE\n"
            "Tar River Health — Durham, NC\nLead Pharmacy Technician, IV Room | February 2017 – Present\n"
            "• Lead a 12-technician IV room\n• Drafted the IV room's hazardous-drug handling procedure\n"
            "Pharmacy Technician | June 2008 – January 2017\n\nCERTIFICATIONS\n"
            "• USP <797> sterile compounding training, 2023\n")
GEOLOGY = ("Name Surname\nSenior Mine Geologist\nElko, NV · +1 555 010 0000 · name@example.com\n\nEXPERIENCE\n"
           "Carlin Gold Mining — Elko, NV\nSenior Mine Geologist | January 2016 – Present\n"
           "• Lead the short-term geological model of the North pit\n• Identified a high-grade zone at depth in 2022\n"
           "Exploration Geologist | May 2010 – December 2015\n\nEDUCATION\nB.S., Geology, University of Nevada, Reno, 2010\n")
PATROL = ("Name Surname\nSki Patroller\nAlta, UT · +1 555 010 0000 · name@example.com\n\nEXPERIENCE\n"
          "Alta Ski Area — Alta, UT\nSenior Patroller | November 2015 – Present\n"
          "• Run avalanche control routes with explosives\n• Trained 9 rookie patrollers in toboggan handling\n"
          "\nAWARDS\n• Patroller of the Year, Alta Ski Area, 2021\n")

ROWS = [
    # invented acts: one object word the resume never names
    (PHARMACY, "I wrote the hospital's USP <797> compounding policy.", True),
    (PHARMACY, "I authored the IV room's chemotherapy spill policy.", True),
    (PHARMACY, "I introduced barcode-verified compounding at the hospital.", True),
    (CAFE, "I opened two new drive-through locations.", True),
    (CAFE, "I developed the company's signature oat-milk latte.", True),
    (CAFE, "We launched a loyalty app for the region.", True),
    (CAFE, "I helped the owners start a coffee roastery.", True),
    (GEOLOGY, "I discovered the eastern ore extension of the North pit.", True),
    (GEOLOGY, "I co-discovered a satellite gold deposit in 2019.", True),
    (PATROL, "I handle and train avalanche rescue dogs for the resort.", True),
    (PATROL, "I designed the resort's new avalanche beacon park.", True),
    (GEOLOGY, "I published a case study on pit slope failures in a mining journal.", True),
    (PATROL, "I was named the resort's snowmaker of the year in 2022.", True),
    (CAFE, "I was named Regional Manager of the Year in 2023.", True),
    # the resume's own acts, in other words
    (CAFE, "I opened the Mesa store in 2021.", False),
    (CAFE, "I wrote the barista training manual.", False),
    (CAFE, "I introduced a seasonal cold-brew menu.", False),
    (CAFE, "I train new hires every year.", False),
    (CAFE, "I trained fourteen new hires a year.", False),
    (PHARMACY, "I drafted the IV room's hazardous-drug handling procedure.", False),
    (GEOLOGY, "I identified a high-grade zone at depth in 2022.", False),
    (PATROL, "I trained nine rookie patrollers in toboggan handling.", False),
    (PATROL, "I was named Patroller of the Year in 2021.", False),
    (CAFE, "I started my career as a store manager in 2014.", False),
    (PATROL, "I trained as a patroller at Alta.", False),
]


@pytest.mark.parametrize("resume,sentence,flagged", ROWS)
def test_an_invented_act_is_flagged_and_the_resumes_own_act_is_not(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags


@pytest.mark.parametrize("sentence", [
    "The barista manual I wrote is used in six stores.",
    "The cold-brew menu we introduced sold out every summer.",
    "The model I built in Leapfrog lifted grade control accuracy.",
])
def test_a_relative_clause_is_no_act_claim(sentence):
    assert claims(sentence) == []
