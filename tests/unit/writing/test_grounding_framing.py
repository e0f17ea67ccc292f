"""Grounding false flags found on the refreshed evaluation data (benchmarks/writing_eval.py,
2026-12-03): the letter's framing around a real credential, an acronym inside a hyphenated
credential, and degree/certification words inside the posting's company or title. Each row
is (resume, allowed, sentence, expected flagged texts); unsupported variants stay flagged.
The checker fixes themselves landed with the blind set (dc81d36); these rows keep them."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

CNA = "Certified Nursing Assistant, Sunrise Gardens Nursing & Rehab, Queens NY (2022 - now)\n- dementia care\n"
ELECTRICIAN = "CERTIFICATIONS\nIBEW Local 3 apprenticeship completion (2019) • OSHA 30 • valid NYS driver license\n"
BUYER = "CERTIFICATION: NIGP-CPP in progress; NYC PPB training\n"
HR = "Recruiting coordinator (1.5 years) looking for a recruiter role.\n"

CASES = [
    # the name is the capitalised run after the framing words
    (CNA, [], "In my current role as Certified Nursing Assistant at Sunrise Gardens Nursing & Rehab, I help.", []),
    (CNA, [], "I used dementia care as Certified Nursing Assistant at Sunrise Gardens Nursing & Rehab.", []),
    (CNA, [], "I am a Certified Medication Aide.", ["Certified Medication Aide"]),
    # framing words before a licence are not part of its name
    (ELECTRICIAN, [], "Your posting asks for skills I use, including driver license.", []),
    (ELECTRICIAN, [], "My resume lists driver license among my credentials.", []),
    (ELECTRICIAN, [], "I hold a commercial driver license.", ["hold a commercial driver license"]),
    (ELECTRICIAN, [], "I completed OSHA 30 training.", []),
    (ELECTRICIAN, [], "I completed OSHA 10 training.", ["OSHA 10"]),
    # an acronym inside a hyphenated credential is that credential
    (BUYER, [], "My credentials include NIGP-CPP in progress.", []),
    # the posting's company and title address the employer: not the user's claims
    (HR, ["KLA (Kim Lundgren Associates)", "HR Assistant"], "Dear KLA (Kim Lundgren Associates) hiring team,", []),
    (HR, ["KLA (Kim Lundgren Associates)"], "I earned an Associates degree in 2019.", ["Associates degree", "2019"]),
    (HR, ["Board Certified Behavior Analyst"], "I am applying for the Board Certified Behavior Analyst position.", []),
    (HR, ["Acme Corp"], "Write to me at jane@evil.example about Acme Corp.", ["jane@evil.example"]),
]


@pytest.mark.parametrize("resume,allowed,sentence,expected", CASES)
def test_framing_variants(resume, allowed, sentence, expected):
    facts = SourceFacts.from_texts(resume, allowed=allowed, today=date(2026, 12, 1))
    flagged = sorted({f.text for f in check(sentence, facts)}, key=sentence.find)
    assert flagged == expected, [(f.kind, f.text) for f in check(sentence, facts)]
