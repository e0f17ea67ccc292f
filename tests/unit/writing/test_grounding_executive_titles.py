"""Executive titles written as acronyms are titles (sec125 finding 2): "promoted to CTO" on a resume
that never held it is flagged (kind ``title``); the acronym or its expansion on the resume supports
it; a title the writer does not claim ("reporting to the CTO", "eager to serve as CTO") is no claim.
Old code: 30 of the 30 invented rows passed (none flagged as a title)."""

from __future__ import annotations

import pytest

from careercopilot.writing.grounding import SourceFacts, check

RESUME = """Jordan Avery
Senior Software Engineer, Northwind Traders, Berlin, 2018 - 2023
- Led a team of 6 engineers; reported to the CTO.
Software Engineer, Contoso Ltd, 2014 - 2018
"""
EXEC_RESUME = """Jordan Avery
Chief Technology Officer, Acme GmbH, 2019 - 2023
SVP Engineering, Globex Corporation, 2015 - 2019
General Manager, Initech, 2012 - 2015
Chief Executive Officer, Hooli, 2010 - 2012
"""

INVENTED = [
    "At Northwind Traders I was promoted to CTO.",
    "I served as CEO of a fintech startup.",
    "I worked as CFO for two years.",
    "I acted as interim COO during the merger.",
    "At Contoso Ltd I became CIO.",
    "I was named CISO in 2020.",
    "I was appointed CPO of the product group.",
    "My role as CMO covered four markets.",
    "I joined Contoso Ltd as CRO.",
    "As CHRO I rebuilt the hiring process.",
    "I was SVP of Engineering at Northwind Traders.",
    "I served as EVP, Operations.",
    "I was promoted to GM of the Berlin office.",
    "I stepped in as acting CTO.",
    "I'm the CEO of a small consultancy.",
    "I am the founding CTO of two startups.",
    "I took over as CFO in 2021.",
    "I was hired as CDO at Northwind Traders.",
    "In my time as CTO I shipped twelve releases.",
    "I served as the fractional CFO of three startups.",
    "I worked as AVP, Technology.",
    "I was elected CEO by the board.",
    "I was made COO after the merger.",
    "I became the first CTO of Contoso Ltd.",
    "Northwind Traders brought me on as CTO.",
    "I continued as CIO for two years.",
    "I was CEO of a fintech startup.",
    "I have been CTO since 2021.",
    "I served as MD of the Berlin office.",
    "As COO, I cut costs across the company.",
]
NO_CLAIM = [
    "At Northwind Traders I reported to the CTO.",
    "I presented the roadmap to our CEO every quarter.",
    "I worked closely with the CFO on budgets.",
    "I would be glad to serve as CTO of your company.",
    "I am eager to join as GM of your Berlin site.",
    "I briefed the CEO's office weekly.",
    "As the CEO asked, I wrote the plan.",
    "Your CTO role fits my experience.",
]
SUPPORTED = [
    "At Acme GmbH I was promoted to CTO.",
    "I served as CEO of Hooli.",
    "I was SVP of Engineering at Globex Corporation.",
    "I was GM of Initech.",
]


def _titles(sentence: str, resume: str) -> list[str]:
    return [f.text for f in check(sentence, SourceFacts.from_texts(resume, allowed=["Jordan Avery"]))
            if f.kind == "title"]


@pytest.mark.parametrize("sentence", INVENTED)
def test_an_invented_acronym_title_is_flagged(sentence):
    assert _titles(sentence, RESUME), sentence


@pytest.mark.parametrize("sentence", NO_CLAIM)
def test_a_title_the_writer_does_not_claim_is_not_flagged(sentence):
    assert not _titles(sentence, RESUME)


@pytest.mark.parametrize("sentence", SUPPORTED)
def test_the_resumes_acronym_or_expansion_supports_it(sentence):
    assert not _titles(sentence, EXEC_RESUME)


# Class rank and teaching at a school (the probe's other two misses; other_fabrication kinds of blind sets 10, 15
# and 24): old code passed 7 of the 8 invented rows below (only the teaching assistant's school, as an employer).
ACADEMIC_RESUME = """Jordan Avery

EXPERIENCE
Senior Software Engineer, Northwind Traders, Berlin, 2018 - 2023

Lecturer, Hochschule Hannover, 2015 - 2017
- Taught databases.

EDUCATION
B.Sc. Computer Science, TU Munich, 2014
"""
ACADEMIC_INVENTED = [
    ("I graduated top of my class.", "degree"),
    ("I graduated first in my class at TU Munich.", "degree"),
    ("I was valedictorian of my class.", "degree"),
    ("I was ranked first in my cohort.", "degree"),
    ("I was the best student in my year.", "degree"),
    ("I taught Python at TU Munich for three years.", "claim"),
    ("I lectured on algorithms at TU Munich.", "claim"),
    ("I worked as a teaching assistant at TU Munich.", "employer"),  # (employment at the school: names.py)
]
ACADEMIC_SUPPORTED = [
    "For five years I also taught payroll accounting at Metropolitan Community College.",  # (blind27 g27-170)
    "I taught databases at Hochschule Hannover.",
    "I studied computer science at TU Munich.",
    "I graduated from TU Munich in 2014.",
    "I enjoy teaching juniors at Northwind Traders.",
]


@pytest.mark.parametrize("sentence,kind", ACADEMIC_INVENTED)
def test_class_rank_and_teaching_where_studied_are_flagged(sentence, kind):
    flags = check(sentence, SourceFacts.from_texts(ACADEMIC_RESUME, allowed=["Jordan Avery"]))
    assert any(f.kind == kind for f in flags), [(f.kind, f.text) for f in flags]


@pytest.mark.parametrize("sentence", ACADEMIC_SUPPORTED)
def test_teaching_where_the_resume_teaches_and_studying_pass(sentence):
    resume = ACADEMIC_RESUME + "\nMetropolitan Community College — Omaha, NE\nAdjunct Instructor, Payroll Accounting | 2018 – 2023\n"
    flags = check(sentence, SourceFacts.from_texts(resume, allowed=["Jordan Avery", "Metropolitan Community College"]))
    assert not [f for f in flags if f.kind in ("claim", "degree")], [(f.kind, f.text) for f in flags]


def test_a_resume_rank_supports_it():
    resume = ACADEMIC_RESUME + "Graduated first in class (rank 1 of 120).\n"
    assert not [f for f in check("I graduated top of my class.", SourceFacts.from_texts(resume)) if f.kind == "degree"]
