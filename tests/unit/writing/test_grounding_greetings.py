"""A letter's greeting line names its addressee, not the user (issue 12 finding 6, session 22).

"Dear Hiring Manager," was flagged as a title the user never held (every offline letter and e-mail
to a company without a short name drew the flag). The checker now reads a greeting line — a line of
its own, ≤ 10 words, no sentence inside, ending in a comma or colon, opening with a greeting word —
as addressing: titles, organisations, degrees and credentials there are not claims. Greetings are the
forms of the Purdue OWL's cover-letter pages and university career-centre guides; the counter-rows
make the same claims in the letter's body or inside a greeting that runs into a sentence, and must
still be flagged. Old code (session 21 checker): 11 of the 12 greeting rows were flagged; it caught all 6 counter-rows,
as the new code does.
"""

from __future__ import annotations

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """DANIELLE OKAFOR, RN, BSN
Brooklyn, NY | d.okafor@example.com

EXPERIENCE
Registered Nurse, Med-Surg/Telemetry — Kings County Community Hospital, Brooklyn, NY   2021 – present
- Assess, plan and document care for 5-6 adult patients per shift in Epic.

EDUCATION
B.S. Nursing, CUNY Hunter-Bellevue School of Nursing, 2020
"""
BODY = "\n\nI am writing to apply for the Registered Nurse position at Acme Health.\n"
FACTS = SourceFacts.from_texts(RESUME, allowed=["Acme Health", "Registered Nurse"])

GREETINGS = [
    "Dear Hiring Manager,",
    "Dear Hiring Committee,",
    "To the Hiring Manager:",
    "Dear Dr. Reeves,",
    "Dear Recruiting Team,",
    "Hello Talent Acquisition Team,",
    "Dear Director of Nursing,",
    "Dear Chief Nursing Officer,",
    "Attn: Practice Manager,",
    "Dear Nurse Recruiter,",
    "Dear Search Committee Chair,",
    "Estimado equipo de selección:",
]


@pytest.mark.parametrize("greeting", GREETINGS)
def test_greeting_is_not_a_claim(greeting):
    assert check(greeting + BODY, FACTS) == []


CLAIMS = [
    ("Dear Hiring Manager,\n\nAs Director of Nursing at Kings County Community Hospital, I led 40 nurses.\n",
     "Director of Nursing"),
    ("Dear Hiring Manager, I was Nurse Manager at Kings County Community Hospital.\n", "Nurse Manager"),
    ("Dear Chief Nursing Officer,\n\nI have worked as a Chief Nursing Officer since 2021.\n", "Chief Nursing Officer"),
    ("Dear Hiring Manager,\n\nI hold a Master of Science in Nursing from NYU.\n", "Master of Science"),
    ("Dear Recruiting Team,\n\nI am a CCRN-certified nurse.\n", "CCRN"),
    ("Dear Hiring Manager,\n\nI worked at Mount Sinai Hospital from 2019.\n", "Mount Sinai Hospital"),
]


@pytest.mark.parametrize("text, claim", CLAIMS)
def test_claims_outside_the_greeting_are_still_flagged(text, claim):
    flags = check(text, FACTS)
    assert any(claim in f.text or f.text in claim for f in flags), [(f.kind, f.text) for f in flags]
