"""An agency's initials whose written-out name holds a capitals token ("NCDA&CS" for "NC Department of Agriculture &
Consumer Services", "NJDEP" for "NJ Department of Environmental Protection"): the token gives all its letters
(:func:`careercopilot.writing.grounding.abbreviations.capitals_initialism_in`; session 25, ground63: set 21's
"I have been a regional apiary inspector with NCDA&CS since March 2018." flagged NCDA&CS). Initials no line spells,
and a body the resume names only as a client claimed as an employer, stay flagged."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.abbreviations import capitals_initialism_in

RESUME = """DANA WHITFIELD
Regional Apiary Inspector
Asheville, NC · dana@example.org

EXPERIENCE
NC Department of Agriculture & Consumer Services, Apiary Services — Raleigh, NC
Regional Apiary Inspector (Western Region) | March 2018 – Present
NYS Department of Transportation — Albany, NY
Environmental Specialist | June 2012 – February 2018
• Permits coordinated with the NJ Department of Environmental Protection for cross-border work
• Client reviews for the PA Game Commission

EDUCATION
B.S., Entomology, NC State University, 2012
"""

FACTS = SourceFacts.from_texts(RESUME, today=date(2026, 12, 1))

SUPPORTED = [
    "I have been a regional apiary inspector with NCDA&CS since March 2018.",
    "I work for NCDA&CS as a regional apiary inspector.",
    "At NCDA&CS I inspect apiaries across the Western Region.",
    "I joined NCDA&CS as a regional apiary inspector.",
    "Before NCDA&CS, I worked at NYSDOT as an environmental specialist.",
    "I worked at NYSDOT as an environmental specialist.",
    "At NYSDOT I coordinated permits with NJDEP.",
    "I coordinated permits with NJDEP for cross-border work.",
    "My NYSDOT permits went through NJDEP.",
    "I moved from NYSDOT to NCDA&CS.",
]

UNSUPPORTED = [  # (sentence, flagged name)
    ("I have been a regional apiary inspector with NCDEQ since March 2018.", "NCDEQ"),
    ("I worked at NJDOT as an environmental specialist.", "NJDOT"),
    ("I coordinated permits with NYSDEC for cross-border work.", "NYSDEC"),
    ("I worked for NJDEP as an environmental specialist.", "NJDEP"),  # a partner body, no employer
    ("At NCDA&CS I inspected apiaries for PADOH.", "PADOH"),
    ("I joined SCDA&CS as a regional apiary inspector.", "SCDA&CS"),
    ("I worked at NCDOT as an environmental specialist.", "NCDOT"),
    ("Before NCDA&CS, I worked at NYSDOH.", "NYSDOH"),
    ("I worked at PAGC as an environmental specialist.", "PAGC"),  # a client's initials, no employer
    ("I coordinated permits with NJDEPA for cross-border work.", "NJDEPA"),
]


@pytest.mark.parametrize("sentence", SUPPORTED)
def test_initials_with_a_capitals_token_are_the_resumes_body(sentence):
    assert check(sentence, FACTS) == []


@pytest.mark.parametrize("sentence,flagged", UNSUPPORTED)
def test_initials_no_line_spells_or_no_employer_stay_flagged(sentence, flagged):
    assert any(flagged in f.text for f in check(sentence, FACTS))


@pytest.mark.parametrize("acronym,expected", [
    ("NCDA&CS", True), ("NJDEP", True), ("NYSDOT", True), ("NCDEQ", False), ("NYS", False), ("NC", False),
])
def test_capitals_initialism_reading(acronym, expected):
    assert capitals_initialism_in(acronym, RESUME) is expected
