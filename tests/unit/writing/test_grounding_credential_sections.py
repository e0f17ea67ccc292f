"""A licence written as a title phrase ("I am a certified cross-connection tester") is backed by a line under a
certifications or licences heading that names the person's noun without a standing word of its own
(:func:`careercopilot.writing.grounding.licence_titles.credential_section_lines`; session 25, ground63: set 21's
"Alaska Rural Water Association cross-connection tester, 2015" under "CERTIFICATIONS"). The noun on an experience line,
a course or pending line of the section, or a rank the line lacks stays flagged."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME_A = """NAOMI ATTAKAI
Chief Operator — Water Treatment
Fairbanks, AK · naomi@example.net

EXPERIENCE
Chena River Utilities — Fairbanks, AK
Chief Operator | July 2019 – Present
Machine operator | June 2010 – June 2012

CERTIFICATIONS
• AWWA member; Alaska Rural Water Association cross-connection tester, 2015
• NSPF pool operator, 2019
• InterNACHI home inspector, 2017
• Radon measurement technician course, 2024 (in progress)
"""

RESUME_B = """LUIS ORTEGA
Field Services Lead
Salem, OR · luis@example.org

WORK HISTORY
Willamette Pest & Turf — Salem, OR
Field Services Lead | March 2016 – Present

Licenses and Certifications:
Oregon Department of Agriculture pesticide applicator, 2016
Journeyman plumber (Oregon), 2012
Notary signing agent (NNA), 2018
AWS welding inspector, 2019
OSHA forklift operator, 2014
"""

FACTS = {"a": SourceFacts.from_texts(RESUME_A, today=date(2026, 12, 1)),
         "b": SourceFacts.from_texts(RESUME_B, today=date(2026, 12, 1))}

SUPPORTED = [
    ("a", "I am a certified cross-connection tester."),
    ("a", "I am also a certified pool operator."),
    ("a", "I am a certified home inspector."),
    ("a", "I'm a certified cross-connection tester and a certified pool operator."),
    ("b", "I am a licensed pesticide applicator."),
    ("b", "I am a licensed plumber."),
    ("b", "I am a certified notary signing agent."),
    ("b", "I am a certified welding inspector."),
    ("b", "I'm a certified forklift operator."),
    ("b", "As a licensed pesticide applicator, I run the turf crews."),
]

UNSUPPORTED = [
    ("a", "I am a certified backflow assembly inspector."),  # no line names the noun
    ("a", "I am a certified drinking water inspector."),
    ("a", "I am a certified radon measurement technician."),  # a course in progress under the heading
    ("a", "I am a licensed water treatment technician."),
    ("b", "I am a licensed master plumber."),  # the rank the line lacks
    ("b", "I am a certified pest control adviser."),
    ("b", "I am a licensed electrician."),
    ("b", "I am a certified crane operator."),
    ("b", "I am a certified senior welding inspector."),
    ("b", "As a licensed real estate appraiser, I value farms."),
]


@pytest.mark.parametrize("resume,sentence", SUPPORTED)
def test_a_credential_section_line_backs_the_licence_title(resume, sentence):
    assert check(sentence, FACTS[resume]) == []


@pytest.mark.parametrize("resume,sentence", UNSUPPORTED)
def test_a_licence_title_no_credential_line_holds_stays_flagged(resume, sentence):
    assert check(sentence, FACTS[resume])
