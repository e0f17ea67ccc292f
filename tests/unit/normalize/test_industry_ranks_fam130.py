"""Rank, vanity and executive titles read by their industry's ladder (session 31, fam130; issue-11 blind18 t01–t03,
t08–t10, t28, t29). Each row is a short resume whose current title is such a title, read with no target titles by
``services.matching.profile.read_person`` (family, level) — the person's reading the matcher ranks with.

Old code (main b5dd57c, before fam130): RANKS 7 of 14 rows failed, VANITY 7 of 11, EXECUTIVES 6 of 7 (this file run
from /work/main, PYTHONPATH=/work/main).
"""

from __future__ import annotations

import pytest

from careercopilot.services.matching.profile import read_person
from careercopilot.services.matching.signals import _resume_titles


def _resume(title: str, employer: str, summary: str, bullets: list[str], *, dated: bool = True,
            earlier: str = "") -> str:
    when = " | 2020 - present" if dated else ""
    lines = ["ALEX MORGAN", "Springfield, IL | 217-555-0100 | alex@example.com", "", "SUMMARY", summary, "",
             "EXPERIENCE", f"{title} - {employer}{when}"]
    lines += [f"- {b}" for b in bullets]
    if earlier:
        lines += ["", earlier + (" | 2016 - 2020" if dated else "")]
    return "\n".join(lines) + "\n"


def _read(text: str) -> tuple[str | None, str | None]:
    _, family, level = read_person([], _resume_titles(text), text, None)
    return family, level


BANK = "Commercial banking professional with 8 years at a regional bank. I have no direct reports."
LAW = "Litigation attorney, J.D. 2021, admitted in New York; depositions, motions and law review experience."
RANKS = [
    # bank officer bands held by individual contributors
    ("Vice President, Credit Underwriting", "Piedmont Federal Bank", BANK, ["Underwrite C&I loans; credit memos"],
     "finance_accounting", "senior"),
    ("Assistant Vice President, Credit Risk", "Harbor Savings Bank", BANK, ["Risk-rate the loan portfolio"],
     "finance_accounting", "mid"),
    ("AVP, Treasury Management", "First Lakes Bancorp", BANK, ["Cash management analysis for clients"],
     "finance_accounting", "mid"),
    ("Senior Vice President, Commercial Lending", "Granite Bank", BANK, ["Originate and structure C&I loans"],
     "finance_accounting", "lead"),
    ("VP, Compliance", "Cedar Credit Union", BANK, ["BSA/AML testing and reviews"], "policy_program", "senior"),
    # law-firm associates by class year
    ("Associate", "Harcourt Pell LLP", LAW + " Third-year associate.", ["Draft motions; take depositions",
                                                                        "Supervise 5 contract attorneys"],
     "legal", "mid"),
    ("Associate", "Baker Lund LLP", LAW + " First-year associate.", ["Research memos and discovery"], "legal", "entry"),
    ("Senior Associate", "Wexler Stone LLP", LAW, ["Lead depositions; draft briefs"], "legal", "senior"),
    ("Litigation Associate", "Morrow & Finch LLP", LAW + " 7th-year associate.", ["Trial briefs, motions"], "legal",
     "senior"),
    # Member of Technical Staff ladder
    ("Member of Technical Staff III", "Corvane Networks", "Backend engineer.", ["Go and gRPC services, Kafka"],
     "software_engineering", "senior"),
    ("Member of Technical Staff I", "Corvane Networks", "New grad software engineer.", ["Python services"],
     "software_engineering", "entry"),
    ("Senior Member of Technical Staff", "Oracle", "Database engineer.", ["C++ storage engine work"],
     "software_engineering", "senior"),
    ("Principal Member of Technical Staff", "Juniper", "Routing software engineer.", ["Routing protocols in C"],
     "software_engineering", "lead"),
    ("SMTS", "Salesforce", "Platform engineer.", ["Java microservices, Kubernetes"], "software_engineering", "senior"),
]
VANITY = [
    ("Chief Happiness Officer (Office Manager)", "Brambleworks Software", "Office manager of a software firm.",
     ["Supervise 2 people: receptionist and facilities coordinator", "Vendors, supplies, office budget"],
     "administrative", "lead"),
    ("Chief Happiness Officer", "Tandem Apps", "I run our office.", ["Office supplies, vendors, mail and snacks",
                                                                    "Front desk and calendars"],
     "administrative", "mid"),
    ("Genius", "Apple Store", "Repair technician at an Apple Store.", ["Diagnose and repair Mac and iPhone",
                                                                       "macOS troubleshooting"],
     "it_infrastructure", "mid"),
    ("Geek Squad Agent", "Best Buy", "Retail tech support.", ["Virus removal, OS reinstalls, router setup"],
     "it_infrastructure", "mid"),
    ("Technical Expert", "Apple Store", "Apple retail technical support.", ["Triage of technical issues"],
     "it_infrastructure", "mid"),
    # a vanity title reads as its plain title does (a support desk's job zone 2: entry without stated years)
    ("Happiness Engineer", "Automattic", "Customer support for WordPress.com.", ["Answer 60 tickets a day"],
     "customer_support", "entry"),
    ("Code Ninja", "Pixelbarn", "Web developer.", ["React and Node features"], "software_engineering", "mid"),
    ("Marketing Wizard", "Sprout Foods", "Marketer for a food startup.", ["Email campaigns and SEO"],
     "marketing_communications", "mid"),
    ("Sales Rockstar", "Zentro", "SaaS seller.", ["Closed $1.2M in new business"], "sales", "mid"),
    ("Customer Hero", "Bolt Bikes", "Support agent.", ["Phone and chat support"], "customer_support", "entry"),
    ("Developer Evangelist", "Streamly", "Developer relations engineer.", ["Sample apps in Python and JavaScript"],
     "software_engineering", "mid"),
]
EXECUTIVES = [
    # no dates anywhere; the practice the resume names decides the family, the ladder the level
    ("Executive Director", "Harborlight Family Services",
     "Licensed clinical social worker and nonprofit executive of family services agencies.",
     ["Outpatient counseling, foster care case management, family therapy", "5 directors report to me"],
     "social_work", "executive", False),
    ("Vice President, Transportation Engineering", "Kessler Ruiz Engineers",
     "Licensed civil engineer running a transportation practice: bridges and highways.",
     ["Lead a 95-person practice; 6 department managers report to me"], "engineering_architecture", "executive",
     False),
    ("Director of Engineering", "Ashby Civil Group", "Licensed civil engineer (P.E.), bridges and roadway design.",
     ["Lead 40 civil engineers; stormwater and roadway design"], "engineering_architecture", "executive", False),
    ("Chief Executive Officer", "Bayside Counseling Center", "LCSW leading a community mental health agency.",
     ["Outpatient counseling and case management; 90 clinicians"], "social_work", "executive", False),
    # a hospital's clinical laboratory is allied health
    ("Director, Laboratory Services", "Lakeshore Memorial Hospital", "Clinical laboratory leader, MLS(ASCP).",
     ["Core lab, blood bank, hematology; CAP inspections", "LIS conversion to Epic Beaker"], "allied_health",
     "executive", True),
    ("Laboratory Manager", "St. Anne Hospital", "Medical technologist, MLS(ASCP), now managing the core lab.",
     ["Hematology, coagulation and urinalysis benches; CLIA compliance", "Supervise 25 medical technologists"],
     "allied_health", "lead", True),
    # no clinical words: a research lab stays science
    ("Laboratory Manager", "Broad Street Biologics", "Research lab manager, molecular biology.",
     ["PCR, cell culture, ordering, safety; supervise 4 research associates"], "science_lab", "lead", True),
]


@pytest.mark.parametrize("title,employer,summary,bullets,family,level", RANKS)
def test_industry_rank_reads_the_ladder(title, employer, summary, bullets, family, level):
    assert _read(_resume(title, employer, summary, bullets)) == (family, level)


@pytest.mark.parametrize("title,employer,summary,bullets,family,level", VANITY)
def test_vanity_title_reads_the_work(title, employer, summary, bullets, family, level):
    assert _read(_resume(title, employer, summary, bullets)) == (family, level)


@pytest.mark.parametrize("title,employer,summary,bullets,family,level,dated", EXECUTIVES)
def test_executive_reads_the_practice(title, employer, summary, bullets, family, level, dated):
    assert _read(_resume(title, employer, summary, bullets, dated=dated)) == (family, level)
