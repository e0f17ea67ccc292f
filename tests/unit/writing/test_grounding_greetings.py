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


# The posting's own names (company and title: the ``allowed`` addressing strings) may carry a figure or a
# credential's initials; written out whole they name the posting and claim nothing. The same figure or
# initials anywhere else remain claims. (Rows: NYC Open Data and LinkedIn postings of
# benchmarks/data/issue11/postings.jsonl.) Old code: all 8 supported rows were flagged.
POSTING_NAMES = [
    # (allowed names, text, flagged?)
    (["City of New York - Nyc Employees Retirement Sys", "CERTIFIED IT ADMINISTRATOR (LAN/WAN), LEVEL 4",
      "Certified IT Administrator (LAN/WAN), Level 4"],
     "I am applying for the Certified IT Administrator (LAN/WAN), Level 4 position.", False),
    (["SEIU Local 32BJ", "Organizer"], "I am writing to apply for the Organizer position at SEIU Local 32BJ.", False),
    (["Acme Health", "Staff Analyst Level 2"], "Thank you for speaking with me about the Staff Analyst Level 2 role.",
     False),
    (["Acme Health", "Correction Officer Class 1"], "I applied for the Correction Officer Class 1 position.", False),
    (["barton CPA", "CPA", "Barton CPA"], "I am writing to apply for the CPA position at Barton CPA.", False),
    (["barton CPA", "CPA", "Barton CPA"], "Subject: Thank you — CPA interview", False),
    (["barton CPA", "CPA", "Barton CPA"], "I would welcome a conversation about the CPA role.", False),
    (["barton CPA", "CPA", "Barton CPA"], "our conversation made me more interested in contributing at Barton CPA.",
     False),
    # counter-rows: the same figure or initials as the user's claim
    (["Acme Health", "Certified IT Administrator (LAN/WAN), Level 4"],
     "I managed 4 network engineers for the Certified IT Administrator (LAN/WAN), Level 4 team.", True),
    (["SEIU Local 32BJ", "Organizer"], "I organized 32 buildings for SEIU Local 32BJ.", True),
    (["barton CPA", "CPA", "Barton CPA"], "As a CPA, I audited clients at Barton CPA.", True),
    (["barton CPA", "CPA", "Barton CPA"], "I have held my CPA license since 2019.", True),
]


@pytest.mark.parametrize("allowed, text, flagged", POSTING_NAMES)
def test_posting_names_in_prose(allowed, text, flagged):
    facts = SourceFacts.from_texts(RESUME, allowed=allowed)
    assert bool(check(text, facts)) is flagged, [(f.kind, f.text) for f in check(text, facts)]
