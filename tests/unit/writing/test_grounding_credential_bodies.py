"""A credential's title placed with the body that grants it, the resume writing the body by its initials on the
credential's line ("I am an OEC technician with the National Ski Patrol." for "NSP Outdoor Emergency Care (OEC)
Technician, current"): a membership or certification, no employment claim (session 25, ground63: set 21's
"National Ski Patrol" flagged as an employer). Claimed as a workplace ("I worked for …"), with a title the line does
not hold, or with a body whose initials no line writes, it stays flagged."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """MORGAN TALLIS
Snow Safety Supervisor — Ski Patrol and Avalanche Mitigation
Bozeman, MT · morgan@example.com

EXPERIENCE
Big Sky Mountain Resort — Big Sky, MT
Snow Safety Supervisor | November 2017 – Present
Ski Patroller | December 2011 – October 2017

CERTIFICATIONS
• NSP Outdoor Emergency Care (OEC) Technician, current
• NREMT Emergency Medical Technician, 2015
• AMGA Rock Guide, 2019
• PSIA Level 2 Alpine Instructor, 2013
• AIARE avalanche course leader, 2018
"""

FACTS = SourceFacts.from_texts(RESUME, today=date(2026, 12, 1))

SUPPORTED = [
    "I am an OEC technician with the National Ski Patrol.",
    "I am an Outdoor Emergency Care technician with the National Ski Patrol.",
    "Besides patrolling, I am an OEC technician with the National Ski Patrol.",
    "As an OEC technician with the National Ski Patrol, I run patrol first aid.",
    "Since my patroller years I have been an OEC technician with the National Ski Patrol.",
    "I am a rock guide with the American Mountain Guides Association.",
    "I am also an OEC technician with the National Ski Patrol.",
    "I have been an OEC technician with the National Ski Patrol since my patrol years.",
    "My role as an OEC technician with the National Ski Patrol keeps my first aid current.",
    "I hold the rock guide credential with the American Mountain Guides Association.",
]

UNSUPPORTED = [  # (sentence, flagged text)
    ("I worked for the National Ski Patrol.", "National Ski Patrol"),  # a workplace claim
    ("I am an OEC instructor with the National Ski Patrol.", "National Ski Patrol"),  # the line holds no instructor
    ("I am an OEC technician with the National Ski Association.", "National Ski Association"),
    ("I am a rock guide with the International Federation of Mountain Guides Associations.", "International"),
    ("I was employed by the American Mountain Guides Association.", "American Mountain Guides Association"),
    ("I am an avalanche technician with the American Avalanche Association.", "American Avalanche Association"),
    ("I am a ski patroller with the Professional Ski Patrol Association.", "Professional Ski Patrol Association"),
    ("I am an avalanche technician with the National Ski Patrol.", "National Ski Patrol"),  # the line's title is OEC
    ("I am an OEC technician with the Canadian Ski Patrol.", "Canadian Ski Patrol"),
    ("I was hired by the National Registry of Emergency Medical Technicians.", "National Registry"),
]


@pytest.mark.parametrize("sentence", SUPPORTED)
def test_a_credential_title_with_its_body_by_initials_is_no_employment(sentence):
    assert check(sentence, FACTS) == []


@pytest.mark.parametrize("sentence,flagged", UNSUPPORTED)
def test_a_workplace_claim_or_another_body_stays_flagged(sentence, flagged):
    flags = check(sentence, FACTS)
    assert any(flagged in f.text or f.text in flagged for f in flags), flags
