"""Table of variants for credentials a sentence spells out that the resume writes as initials, and for titles
inside a credential's name (session 12, after sets 8 and 10: "EASA Airline Transport Pilot Licence" for
"EASA ATPL(A)", "AWS SysOps Administrator Associate certifications"). Forms: EASA/FAA/ICAO licences ("ATPL",
"CPL", "PPL"), life-support courses ("BLS", "ACLS", "PALS"), "Licence", "certifications", "type rating",
"registration" after a title-like credential name — case-insensitive. Never an acronym that only begins
another ("CKA" in "CKAD") nor a missing word ("Airline Transport Pilot" for "CPL").
``True``: the sentence must get a flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check, spelled_initials

RESUME = """Marta Kowalczyk
Kraków, Poland | marta.k@example.pl

EXPERIENCE
First Officer, Vistula Air - 03/2019 - present
- Line flying on the A320 family

LICENCES AND CERTIFICATES
EASA ATPL(A), unrestricted since 2019; type rating: Airbus A320 family
BLS and ACLS (European Resuscitation Council), 2024
CKAD (Certified Kubernetes Application Developer), 2023
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I hold an unrestricted EASA Airline Transport Pilot Licence with an Airbus A320 type rating.", False),
    ("I hold an EASA Airline Transport Pilot License.", False),
    ("I hold an EASA Commercial Pilot Licence.", True),
    ("I am certified in Basic Life Support and Advanced Cardiac Life Support.", False),
    ("I am certified in Pediatric Advanced Life Support.", True),
    ("I hold the Certified Kubernetes Administrator credential.", True),
])
def test_credentials_spelled_out(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=date(2026, 12, 3)))
    assert bool(flags) == flagged, [(f.kind, f.text) for f in flags]


@pytest.mark.parametrize("phrase,after,found", [
    ("EASA Airline Transport Pilot Licence", "", True),
    ("Airline Transport Pilot", " Licence with", True),
    ("Airline Transport Pilot", " training", False),
    ("Basic Life Support", "", True),
    ("Certified Kubernetes Administrator", "", False),
    ("FAA Airline Transport Pilot Licence", "", False),  # the authority must be the line's
])
def test_spelled_initials(phrase, after, found):
    lines = ["EASA ATPL(A), unrestricted since 2019", "BLS and ACLS, 2024", "CKAD (Kubernetes), 2023"]
    assert spelled_initials(phrase, lines, after) is found
