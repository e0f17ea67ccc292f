"""Table of variants for credentials and degrees the resume names but does not hold (written for this
file, in professions of no blind set: an accountant, a network engineer, a nurse educator).

A resume names what its owner is working towards as often as what they hold: "CISSP – exam scheduled
for 2027", "ACCA – 9 of 13 exams passed", "MBA, Warwick Business School – in progress (expected
2027)", "Certified ScrumMaster: course attended, exam not yet taken", "PhD in Nursing (ABD)". A sentence
that claims to hold it ("I am CISSP certified", "I hold an MBA", "I have completed my PhD") is flagged
(:mod:`careercopilot.writing.grounding.status`); one that keeps the status ("I am working towards the
CISSP", "I have passed 9 of the 13 ACCA exams") is not, nor is a credential a line without such a status
names. ``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUME = """Deirdre Okafor
Leeds, UK | deirdre.okafor@example.co.uk

CERTIFICATIONS & STUDY
CISSP - exam scheduled for March 2027
CCNP Enterprise - 2021
ACCA - 9 of 13 exams passed
Certified ScrumMaster (CSM): two-day course attended 2024, exam not yet taken
Chartered Institute of Management Accountants (CIMA) Certificate in Business Accounting - 2016
Gas Safe registered engineer: ACS core modules completed 2025; assessment scheduled for 2027 - not yet registered

EDUCATION
MBA, Warwick Business School - in progress (part-time, expected 2027)
PhD in Nursing Education, University of Leeds - all but dissertation (ABD), not completed
MSc Nursing, University of Leeds - 2014
BSc Accounting and Finance, Leeds Beckett University - 2 years completed (2005 - 2007), did not graduate

EXPERIENCE
Network Engineer, Aire Valley NHS Trust - 2019 - present
- Run the trust's Cisco campus network; about 1,900 switches.
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I am CISSP certified.", True),
    ("I hold the CISSP certification.", True),
    ("I am preparing for the CISSP exam in 2027.", False),
    ("I hold the CCNP Enterprise certification.", False),
    ("I am a fully qualified ACCA accountant.", True),
    ("I have passed nine of the thirteen ACCA exams.", False),
    ("I am a Certified ScrumMaster.", True),
    ("I attended the Certified ScrumMaster course in 2024.", False),
    ("I hold an MBA from Warwick Business School.", True),
    ("I have completed my MBA at Warwick Business School.", True),
    ("I am studying part-time for an MBA at Warwick Business School.", False),
    ("I have a PhD in nursing education from the University of Leeds.", True),
    ("I have completed all but the dissertation of my PhD in nursing education.", False),
    ("I hold an MSc in nursing from the University of Leeds.", False),
    ("I have a degree in accounting and finance from Leeds Beckett University.", True),
    ("I studied accounting and finance at Leeds Beckett University for two years.", False),
    ("I hold the CIMA Certificate in Business Accounting.", False),
    # the status after a semicolon of the same line
    ("I am a Gas Safe registered engineer.", True),
    ("I have completed the ACS core modules towards Gas Safe registration.", False),
])
def test_claims_to_hold_what_the_resume_is_working_towards(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
