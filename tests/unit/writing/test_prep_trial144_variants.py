"""Interview prep for a career changer promoted inside one employer (newcomer trial144 finding 8).

Kinds: the title of a header whose head noun follows an organisation word ("Store Manager — BrightMart Stores"),
the current title in the career-change question, "a"/"an" before an initialism, results read from bullets with
metrics, traits never "not shown"."""

from __future__ import annotations

from pathlib import Path

import pytest

from careercopilot.writing import interview
from careercopilot.writing.interview_path import path_questions
from careercopilot.writing.resume_facts import roles
from careercopilot.writing.role_headers import read_header

DANA = (Path(__file__).resolve().parents[2] / "fixtures" / "writing" / "trial144" / "dana_pdf.txt").read_text()

HEADERS = [
    ("Store Manager — BrightMart Stores, Columbus, OH", "Store Manager", "BrightMart Stores"),
    ("Assistant Store Manager — BrightMart Stores, Columbus, OH", "Assistant Store Manager", "BrightMart Stores"),
    ("Department Supervisor — BrightMart Stores, Westerville, OH", "Department Supervisor", "BrightMart Stores"),
    ("Store Manager — Target, Columbus, OH", "Store Manager", "Target"),
    ("Hospital Pharmacist — Mercy Hospital, 2019 – Present", "Hospital Pharmacist", "Mercy Hospital"),
    ("Restaurant Manager | Olive Garden | 2017 – 2021", "Restaurant Manager", "Olive Garden"),
    ("Lab Technician, Quest Labs, 2020 – 2022", "Lab Technician", "Quest Labs"),
    ("School Counselor — Lincoln High School, 2016 – 2020", "School Counselor", "Lincoln High School"),
    ("Hotel Front Desk Supervisor — Hilton Garden Inn, 2018 – 2021", "Hotel Front Desk Supervisor", "Hilton Garden Inn"),
    ("Market Manager — Whole Foods Market, 2019 – Present", "Market Manager", "Whole Foods Market"),
    ("Mercy General Hospital — Staff Nurse, 2015 – 2019", "Staff Nurse", "Mercy General Hospital"),
    ("Registered Nurse, Kings County Hospital, 2018 - present", "Registered Nurse", "Kings County Hospital"),
    ("Clinic Coordinator — Riverside Clinic, 2020 – 2023", "Clinic Coordinator", "Riverside Clinic"),
]


@pytest.mark.parametrize("line,title,employer", HEADERS)
def test_title_with_an_organisation_word_before_its_head(line, title, employer):
    h = read_header([line])
    assert (h.title, h.employer) == (title, employer)


ARTICLES = [("HR & Administrative Coordinator", "an HR"), ("HR Coordinator", "an HR"), ("HRIS Analyst", "an HRIS"),
            ("RN Care Coordinator", "an RN"), ("SEO Specialist", "an SEO"), ("UX Designer", "a UX"),
            ("Administrative Assistant", "an Administrative"), ("Unit Clerk", "a Unit"), ("IT Support Tech", "an IT"),
            ("FP&A Analyst", "an FP&A"), ("Payroll Specialist", "a Payroll"), ("LPN", "an LPN")]


@pytest.mark.parametrize("title,phrase", ARTICLES)
def test_career_change_question_article(title, phrase):
    q = path_questions(roles(DANA), title)[0]
    assert f"move into {phrase}" in q
    assert q.startswith("You have worked as Store Manager:")


def test_current_title_when_the_first_listed_is_older():
    resume = ("Experience\nDepartment Supervisor — BrightMart Stores, Westerville, OH\n2012 – 2015\n"
              "Led a 10-person housewares department.\nStore Manager — BrightMart Stores, Columbus, OH\n"
              "2019 – Present\nLead a store with 45 associates and 4 supervisors.\n")
    assert path_questions(roles(resume), "HR Coordinator")[0].startswith("You have worked as Store Manager:")


OUTCOMES = [
    ("Run new-hire onboarding and compliance training (harassment prevention, safety, cash handling); 100% "
     "completion three years running.", "100% completion three years running"),
    ("Own full-cycle hiring: extend offers; hired 60+ associates a year and cut 90-day turnover from 38% to 24%.",
     "hired 60+ associates a year and cut 90-day turnover from 38% to 24%"),
    ("Handle employee relations: investigate complaints, document coaching and corrective action.", None),
    ("Led fraud prevention training for 12 tellers.", None),
    ("Prevented 40 late shipments by re-routing carriers.", "Prevented 40 late shipments by re-routing carriers"),
    ("Kept personnel files audit-ready; 98% audit pass rate over 3 years.", "98% audit pass rate over 3 years"),
]


@pytest.mark.parametrize("bullet,outcome", OUTCOMES)
def test_outcome_of(bullet, outcome):
    assert interview.outcome_of(bullet) == outcome


POSTING = """HR & Administrative Coordinator
Requirements:
- 1-2 years of HR or administrative experience; aPHR a plus.
- Strong organizational and interpersonal skills and ability to work independently.
- Experience with HRIS data entry, onboarding, FMLA and leave administration.
- Maintain personnel files and support employee relations investigations.
"""


def test_dana_prep_drafts_results_and_traits():
    qs = interview.questions(DANA, POSTING, company="KLA", title="HR & Administrative Coordinator")
    drafts = [q for q in qs if q.star]
    assert len(drafts) >= 4
    assert any("from 38% to 24% (as on your resume)" in q.star for q in qs)
    assert not any("does not show it yet" in q.why for q in qs if "skills" in q.text or "independent" in q.text)
    assert "an HR" in qs[0].text and "Store Manager" in qs[0].text


GLUED = [
    "HR & Administrative CoordinatorWork is Remote with Preference for Ohio\nRequirements:\n- Experience with FMLA "
    "and leave administration.\n- 1-2 years of HR or administrative experience.\n",
    "HR Generalist IIHybrid in Columbus\nWhat you need:\n- 2 years of HR experience with FMLA paperwork.\n",
    "Payroll & HR AssistantOnsite\nRequirements\n- FMLA and leave tracking for our HR team.\n",
]


@pytest.mark.parametrize("posting", GLUED)
def test_reason_never_quotes_the_glued_title_line(posting):
    from careercopilot.writing.tailor import _posting_line

    for skill in ("FMLA", "Human Resources"):
        line = _posting_line(posting, skill)
        assert line and posting.splitlines()[0] not in line
