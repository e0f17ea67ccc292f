"""Interview questions framed by what kind of thing a skill is (trial 41 finding 7).

Trial: "Tell me about a time you used payroll", "How would you get up to speed with Attention to Detail /
Site Visits?" — every skill was asked about as a tool used, every gap as something to learn.

Table: posting requirement lines and resume bullets of many professions (bookkeeping, nursing, trades,
teaching, sales, office, legal, HR, warehouse) naming a duty, a tool, a trait, a credential, a body of
rules, a language or a field, as postings and resumes write them. Through :func:`interview.questions`:

* a gap (the resume does not show it): a trait, a duty, a credential or a language is never "get up to
  speed with"; a duty's or trait's name reads in lower case mid-sentence ("site visits", not "Site Visits");
* a skill the resume shows: "used" only for a tool; a duty by its name, not the bullet's verb ("Tell me
  about a time you used Processed payroll" was the old question).

Old code (main 3199a51): 27 of 30 gap rows fail (every non-tool, non-knowledge row: "How would you get up to
speed with Patience?"), 16 of 20 shown rows ("used Administered medications", "used cold calls"), and
the trial's bookkeeper test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from careercopilot.writing.interview import questions
from careercopilot.writing.skill_kinds import kind_of

# (id, posting requirement line, skill, the skill's words in the question, kind)
GAPS = [
    ("bk-detail", "High attention to detail", "Attention to Detail", "attention to detail", "trait"),
    ("bk-site-visits", "Facilitate the site visits and post-site visit communications", "Site Visits", "site visits", "duty"),
    ("bk-journal", "Make weekly and monthly journal entries for payroll and accounts payable", "Journal Entries",
     "journal entries", "duty"),
    ("bk-ifrs", "Knowledge of IFRS", "IFRS", "IFRS", "knowledge"),
    ("bk-notary", "Notary public commission required", "Notary Public", "Notary Public", "credential"),
    ("rn-bls", "Current BLS certification required", "BLS", "BLS", "credential"),
    ("rn-wound", "Experience with wound care", "Wound Care", "wound care", "duty"),
    ("rn-communication", "Excellent communication skills", "Communication", "communication", "trait"),
    ("rn-epic", "Epic experience required", "Epic", "Epic", "tool"),
    ("tr-blueprint", "Blueprint reading required", "Blueprint Reading", "blueprint reading", "duty"),
    ("tr-forklift", "Forklift operation experience", "Forklift Operation", "forklift operation", "duty"),
    ("tr-welding", "MIG and stick welding", "Welding", "welding", "duty"),
    ("tr-license", "Valid driver's license required", "Driver's License", "Driver's License", "credential"),
    ("ed-classroom", "Strong classroom management", "Classroom Management", "classroom management", "duty"),
    ("ed-lessons", "Lesson planning aligned to state standards", "Lesson Planning", "lesson planning", "duty"),
    ("ed-patience", "Patience and flexibility with young learners", "Patience", "patience", "trait"),
    ("ed-spanish", "Bilingual in Spanish", "Spanish", "Spanish", "language"),
    ("sa-cold", "Cold calling and prospecting", "Cold Calling", "cold calling", "duty"),
    ("sa-leadgen", "Lead generation through events", "Lead Generation", "lead generation", "duty"),
    ("sa-selfmotivated", "Self-motivated and goal oriented", "Self-Motivation", "self-motivation", "trait"),
    ("of-data-entry", "Fast and accurate data entry", "Data Entry", "data entry", "duty"),
    ("of-excel", "Proficiency in Microsoft Excel", "Microsoft Excel", "Microsoft Excel", "tool"),
    ("of-time", "Excellent time management", "Time Management", "time management", "trait"),
    ("of-calendar", "Calendar management for 3 executives", "Calendar Management", "calendar management", "duty"),
    ("le-research", "Legal research and writing", "Legal Research", "legal research", "duty"),
    ("le-doc-review", "Document review for litigation", "Document Review", "document review", "duty"),
    ("hr-onboarding", "Coordinate new hire onboarding", "Onboarding", "onboarding", "duty"),
    ("hr-confidentiality", "Ability to maintain confidentiality", "Confidentiality", "confidentiality", "trait"),
    ("wh-inventory", "Inventory management experience", "Inventory Management", "inventory management", "duty"),
    ("wh-teamwork", "Teamwork in a fast-paced warehouse", "Teamwork", "teamwork", "trait"),
]

# (id, resume bullet, posting requirement line, skill, kind)
SHOWN = [
    ("bk-payroll", "Processed payroll in Gusto for 40 employees", "Payroll processing", "Payroll", "duty"),
    ("bk-ap", "Own accounts payable and receivable for a $14M contractor", "Accounts payable", "Accounts Payable", "duty"),
    ("bk-quickbooks", "Moved the company from QuickBooks Desktop to QuickBooks Online", "QuickBooks", "QuickBooks", "tool"),
    ("bk-excel", "Built the first monthly P&L by location in Excel", "Advanced Excel", "Microsoft Excel", "tool"),
    ("bk-bankrec", "Account reconciliation for 6 bank and 3 credit-card accounts monthly", "Account reconciliation",
     "Account Reconciliation", "duty"),
    ("rn-meds", "Administered medications to 22 residents per shift", "Medication administration",
     "Medication Administration", "duty"),
    ("rn-triage", "Performed triage for 40+ walk-in patients a shift in a Level II ED", "Triage", "Triage", "duty"),
    ("rn-epic", "Documented assessments in Epic for 5-6 patients per shift", "Epic", "Epic", "tool"),
    ("tr-welding", "Performed welding and fitting of structural steel for 12 commercial jobs", "Welding", "Welding", "duty"),
    ("tr-autocad", "Drafted shop drawings in AutoCAD for 25 projects", "AutoCAD", "AutoCAD", "tool"),
    ("ed-lessons", "Wrote lesson plans for 3 sections of 7th-grade science", "Lesson planning", "Lesson Planning", "duty"),
    ("ed-classroom", "Led classroom management for 28 students using PBIS", "Classroom management",
     "Classroom Management", "duty"),
    ("sa-cold", "Made 80 cold calls a day to property managers", "Cold calling", "Cold Calling", "duty"),
    ("sa-salesforce", "Logged every opportunity in Salesforce Sales Cloud", "Salesforce", "Salesforce", "area"),
    ("of-data-entry", "Data entry of donations and grants in Sage 50", "Data entry", "Data Entry", "duty"),
    ("of-scheduling", "Scheduled appointments for 4 physicians", "Appointment scheduling", "Medical Scheduling", "duty"),
    ("le-research", "Performed legal research on Westlaw for 6 attorneys", "Legal research", "Legal Research", "duty"),
    ("hr-onboarding", "Ran onboarding for 120 new hires a year", "Onboarding", "Onboarding", "duty"),
    ("wh-inventory", "Managed inventory for a 20,000 sq ft warehouse", "Inventory management", "Inventory Management", "duty"),
    ("wh-forklift", "Operated a sit-down forklift and pallet jack, zero incidents in 3 years", "Forklift operation",
     "Forklift Operation", "duty"),
]


def _resume(bullet: str = "Answered phones and greeted visitors") -> str:
    return (f"Pat Doe\nColumbus, OH\n\nEXPERIENCE\nAssociate — Acme Services, Columbus, OH — 2019–present\n- {bullet}\n\n"
            "EDUCATION\nA.A.S., Columbus State Community College, 2014\n")


def _posting(line: str) -> str:
    return f"About the role\nWe are hiring.\n\nRequirements\n- {line}\n"


@pytest.mark.parametrize("row", GAPS, ids=[r[0] for r in GAPS])
def test_a_gap_is_asked_in_the_frame_of_its_kind(row):
    _, line, skill, words, kind = row
    assert kind_of(skill) == kind
    asked = [q.text for q in questions(_resume(), _posting(line), limit=30) if words.lower() in q.text.lower()]
    assert asked, line
    for text in asked:
        if kind in ("trait", "duty", "credential", "language"):
            assert "get up to speed" not in text, text
        assert words in text, text  # "site visits", not "Site Visits"; "GAAP", "Microsoft Excel" as spelt


@pytest.mark.parametrize("row", SHOWN, ids=[r[0] for r in SHOWN])
def test_a_skill_the_resume_shows_is_used_only_when_it_is_a_tool(row):
    _, bullet, line, skill, kind = row
    assert kind_of(skill) == kind
    qs = [q for q in questions(_resume(bullet), _posting(line), limit=30) if q.star]
    assert qs, bullet
    for q in qs:
        assert bool(re.search(r"\byou used\b", q.text)) == (kind == "tool"), q.text
        if kind == "duty":  # named as the duty, never the bullet's verb ("handle processed payroll")
            assert f"handle {skill.lower()}," in q.text, q.text


def test_the_trial_bookkeeper_and_the_demo_bookkeeper_posting():
    """Trial 41 as it happened: Denise's resume and the demo feed's Bookkeeper posting (Brava)."""
    from careercopilot.writing.untrusted import sanitize_posting

    root = Path(__file__).resolve().parents[3]
    resume = (root / "tests" / "fixtures" / "writing" / "trial41_bookkeeper_resume.txt").read_text("utf-8")
    feed = (root / "careercopilot" / "data" / "demo_feed" / "linkedin_dataset.jsonl").read_text("utf-8")
    posting = next(json.loads(ln) for ln in feed.splitlines() if '"3869413340"' in ln)
    texts = [q.text for q in questions(resume, sanitize_posting(posting["description"]).text,
                                       company=posting["company_name"], limit=30)]
    assert "Tell me about a time you used QuickBooks." in texts
    assert "Walk me through how you handle payroll, from start to finish." in texts
    assert not any(re.search(r"used (?:payroll|accounts payable)|get up to speed with (?:Attention|attention|Site|site)", t)
                   for t in texts), texts
