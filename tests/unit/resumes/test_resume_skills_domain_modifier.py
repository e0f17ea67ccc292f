"""A skill term that is the domain of an organization or product the person worked at or on
("an accounting SaaS", "a healthcare startup") is not the person's skill (session 12 trial:
Accounting became a software engineer's skill from "an accounting SaaS";
``normalize.resume_skills.domain_modifier``). Real skills and tools stay."""

from __future__ import annotations

import pytest

from careercopilot.normalize.resume_skills import extract_resume_skills
from careercopilot.normalize.skills import extract_skills

CASES = [
    # (resume text, skills kept, skills dropped)
    ("Senior engineer at Acme, an accounting SaaS.", [], ["Accounting"]),
    ("Drove routes for a logistics company.", [], ["Logistics"]),
    ("Backend developer at a logistics startup", [], ["Logistics"]),
    ("Built the billing service of a fintech platform.", [], []),
    ("Data analyst at a retail chain.", [], ["Retail"]),
    ("Frontend work for a marketing agency.", [], ["Marketing"]),
    ("QA for an e-commerce marketplace.", [], ["E-commerce"]),
    ("Joined a Series B cybersecurity firm as a recruiter.", [], ["Cybersecurity"]),
    ("Sold ads to a real estate firm.", [], ["Real Estate"]),
    ("Support engineer at a payroll software company.", [], ["Payroll"]),
    ("Worked at a banking technology company", [], ["Banking"]),
    ("Interned at the logistics sector's largest employer.", [], ["Logistics"]),
    # real skills stay
    ("Accounting software experience (QuickBooks, Xero).", ["Accounting", "QuickBooks"], []),
    ("Accounting: GAAP, payroll", ["Accounting", "GAAP", "Payroll"], []),
    ("Managed accounting for a logistics company.", ["Accounting"], ["Logistics"]),
    ("Skills: Logistics, Accounting", ["Logistics", "Accounting"], []),
    ("Led the accounting team of 4.", ["Accounting"], []),
    ("Marketing lead at a marketing agency.", ["Marketing"], []),   # one solid mention keeps it
    # tools named with a product stay the person's
    ("Built a React app for clinics.", ["React"], []),
    ("Developer at a Python shop.", ["Python"], []),
    ("Migrated a PostgreSQL platform to AWS.", ["PostgreSQL", "Amazon Web Services"], []),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), CASES)
def test_domain_of_an_employer_is_not_a_skill(text, kept, dropped):
    got = extract_resume_skills(text)
    for skill in dropped:
        assert skill in extract_skills(text), f"the taxonomy no longer finds {skill!r}: the case tests nothing"
        assert skill not in got
    for skill in kept:
        assert skill in got
