"""A preposition, conjunction or sentence adverb that opens a sentence is no part of the name after it
(:data:`careercopilot.writing.grounding.entities.SENTENCE_CONNECTIVES`; session 25, ground63: set 21's "Besides G1, I
hold G4 and G11 certificates." flagged "Besides G1" as an employer). Supported rows passed nothing on main's code when
the opener was glued to the name; look-alikes whose name or code the resume lacks stay flagged."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """JORDAN ELLIS
Lead Crane Operator, offshore platform
Stavanger, Norway · jordan.ellis@example.no

EXPERIENCE
Nordhav Offshore AS — Stavanger
Lead Crane Operator | 05.2018 – present
Crane Operator | 09.2010 – 04.2018
Vestland Rigging AS — Bergen
Rigger | 06.2006 – 08.2010

CERTIFICATIONS
• G1 offshore crane, 2010; G4 traverse crane, 2008; G11 lifting accessories, 2007
• NORSOK R-003 safe use of lifting equipment
"""

FACTS = SourceFacts.from_texts(RESUME, today=date(2026, 12, 1))

SUPPORTED = [
    "Besides G1, I hold G4 and G11 certificates.",
    "Beyond G1, I hold the G4 and G11 certificates.",
    "Alongside G1, I hold G4 and G11.",
    "Unlike G4, G1 covers offshore cranes.",
    "Besides Nordhav Offshore, I worked for Vestland Rigging.",
    "Before Nordhav Offshore, I was a rigger at Vestland Rigging.",
    "Including G11, I hold the G1 and G4 crane certificates.",
    "Besides NORSOK R-003, I hold G1.",
    "Although Nordhav Offshore is my current employer, I started at Vestland Rigging.",
    "Besides Vestland Rigging's lifts, I ran crane work at Nordhav Offshore.",
    "Like Vestland Rigging, Nordhav Offshore runs offshore lifts.",
    "Plus G11, I hold G1 and G4.",
]

UNSUPPORTED = [  # (sentence, flagged text)
    ("Besides G2, I hold G4 and G11 certificates.", "G2"),
    ("Beyond G7, I hold the G4 and G11 certificates.", "G7"),
    ("Besides Equinor, I worked for Vestland Rigging.", "Equinor"),
    ("Unlike Aker Solutions, Nordhav Offshore runs offshore lifts.", "Aker Solutions"),
    ("Alongside Statoil Offshore, I hold G1.", "Statoil"),
    ("Including G20, I hold the G1 and G4 crane certificates.", "G20"),
    ("Although Subsea Partners is my current employer, I started at Vestland Rigging.", "Subsea Partners"),
    ("Plus NORSOK R-005, I hold G1.", "R-005"),
    ("Besides G1, I worked at Maersk Drilling.", "Maersk Drilling"),
    ("Like Transocean Norway, Nordhav Offshore runs offshore lifts.", "Transocean"),
]


@pytest.mark.parametrize("sentence", SUPPORTED)
def test_an_opening_connective_is_no_part_of_the_name(sentence):
    assert check(sentence, FACTS) == []


@pytest.mark.parametrize("sentence,flagged", UNSUPPORTED)
def test_a_name_the_resume_lacks_after_the_opener_stays_flagged(sentence, flagged):
    flags = check(sentence, FACTS)
    assert any(flagged in f.text for f in flags), flags
