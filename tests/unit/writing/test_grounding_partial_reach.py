"""Table of variants for a part of a counted whole claimed as the whole (session 29, ground109; set 25's misses: "all
eleven civil trial parts" for «4 of the courthouse's 11 civil trial parts», "all 23 Maryland counties" for «3 of
Maryland's 23 counties», "all four of the laboratory system's regional sites" for «2 of … 4 regional sites»). Lines and
sentences written for this file across professions (nursing, retail, utilities, schools, transit, hotels, mining, air
traffic, banking). (:mod:`careercopilot.writing.grounding.partial_reach`, :mod:`.totality`.)

``True``: the sentence must be flagged; ``False``: no flag. Old code (main a212c0b) got 6 of 33 rows wrong (all missed
flags: quantifiers without a verb of reach, owners of two words or more before the whole's count).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nOperations Lead, Acme Works | 2019 – present\n"


def _flagged(line: str, sentence: str) -> bool:
    facts = SourceFacts.from_texts(HEAD + "• " + line + "\n", today=TODAY)
    return bool(check(sentence, facts))


NURSE = "Charge nurse on 2 of the hospital's 6 medical-surgical units; precept 4 new graduates a year"
STORES = "Rolled out self-checkout in 3 of the chain's 14 stores"
SCHOOLS = "Coordinate testing for 5 of the district's 12 elementary schools"
PLANTS = "Maintenance planner for 1 of the utility's 3 water treatment plants"
ROUTES = "Dispatch 9 of the depot's 22 bus routes on the north side"
HOTELS = "Revenue manager for two of the group's seven hotels"
FACES = "Run a crew on 1 of the mine's 2 longwall faces"
BRANCH = "Audited 4 of the regional bank network's 18 branches in 2025"
SECTORS = "Controller for 2 of the approach control facility's 5 sectors"


@pytest.mark.parametrize("line,sentence,flagged", [
    (NURSE, "I am charge nurse on all six of the hospital's medical-surgical units.", True),
    (NURSE, "I am the charge nurse for every medical-surgical unit in the hospital.", True),
    (NURSE, "I cover each of the hospital's six medical-surgical units.", True),
    (NURSE, "I am charge nurse on two of the hospital's six medical-surgical units.", False),
    (STORES, "I rolled out self-checkout in all 14 of the chain's stores.", True),
    (STORES, "Self-checkout now runs in every one of the chain's stores thanks to my rollout.", True),
    (STORES, "I rolled out self-checkout in three of the chain's fourteen stores.", False),
    (SCHOOLS, "I coordinate testing for all twelve elementary schools in the district.", True),
    (SCHOOLS, "I coordinate testing for 100% of the district's elementary schools.", True),
    (SCHOOLS, "I coordinate testing for five elementary schools.", False),
    (PLANTS, "I plan maintenance for all three of the utility's water treatment plants.", True),
    (PLANTS, "Across the whole set of the utility's water treatment plants, I plan maintenance.", True),
    (PLANTS, "I plan maintenance for one of the utility's three water treatment plants.", False),
    (ROUTES, "I dispatch all 22 bus routes on the north side.", True),
    (ROUTES, "I dispatch nine bus routes on the north side.", False),
    (HOTELS, "I manage revenue for all seven of the group's hotels.", True),
    (HOTELS, "I set rates for each of the group's seven hotels.", True),
    (HOTELS, "I manage revenue for two of the group's seven hotels.", False),
    (FACES, "I run a crew on both of the mine's longwall faces.", True),
    (FACES, "I run a crew on one of the mine's two longwall faces.", False),
    (BRANCH, "I audited all eighteen branches of the regional bank network.", True),
    (BRANCH, "I audited four of the network's 18 branches.", False),
    (SECTORS, "I control traffic across all five sectors of the approach control facility.", True),
    (SECTORS, "I am the controller for two of the facility's five sectors.", False),
])
def test_part_claimed_as_whole(line, sentence, flagged):
    assert _flagged(line, sentence) is flagged


@pytest.mark.parametrize("line,sentence,flagged", [
    # the size of the whole, no quantifier
    (SCHOOLS, "The district has 12 elementary schools, and I coordinate testing for five.", False),
    # "all" over something else
    (NURSE, "All of my new graduates passed orientation.", False),
    (NURSE, "I precept all four new graduates each year.", False),
    (HOTELS, "I check rate parity every morning.", False),
    # another count: the number check judges it, once
    (STORES, "I rolled out self-checkout in all 20 stores.", True),
    (BRANCH, "I audited every branch the bank has in the region.", True),
    (SECTORS, "I work every sector of the approach control facility.", True),
    (SECTORS, "I am the controller for two of the facility's sectors.", False),
    (PLANTS, "I plan maintenance for all of the utility's plants.", True),
])
def test_other_quantifiers_and_backing(line, sentence, flagged):
    assert _flagged(line, sentence) is flagged


# Session 29 (the unit suite after the merge): the whole written on the resume as "every one of N", and "the whole
# <one unit>" next to a resume's "one of N <units>", are no part claimed as the whole (3 rows flagged before).
@pytest.mark.parametrize("resume_line,sentence,flagged", [
    ("• Trained the leads of every one of the plant's 9 processing rooms",
     "I trained the leads of every one of the plant's nine processing rooms.", False),
    ("- Piloted a feature-flag service with the payments team (one of 9 product teams).",
     "I thanked the whole team after the checkout launch.", False),
    ("- Piloted a feature-flag service with the payments team (one of 9 product teams).",
     "My runbook gives the whole payments team a shared playbook.", False),
    ("- Piloted a feature-flag service with the payments team (one of 9 product teams).",
     "I rolled the service out to the whole set of product teams.", True),
    ("- Audited 2 of the region's 5 hatcheries for biosecurity.", "I audit every one of the region's hatcheries.", True),
])
def test_the_whole_of_one_unit_and_every_one_of(resume_line, sentence, flagged):
    from careercopilot.writing.grounding.partial_reach import unsupported

    assert bool(unsupported(sentence, [resume_line])) is flagged
