"""Issue 12 (prep72): interview prep and tailoring read nil fields, skill families, soft skills and product
homographs the way the posting means them. Rows are real posting phrasings (issue-11 postings, e.g.
li-3884430769's Workday level grid "Leadership and Talent Management: N / A …" and its "MAP, Agile or
equivalent" document software)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.posting_sections import read_posting
from careercopilot.writing import interview, tailor
from careercopilot.writing.skill_kinds import same_family

BASE = "Requirements:\n- Bachelor's degree in chemistry\n- Experience with HPLC\n"

#: (a field line whose value says "not asked", the skill it must not ask for)
NIL_FIELDS = [
    ("Leadership and Talent Management: N / A job at this level is focused on self development.", "Leadership"),
    ("Leadership and Talent Management: N / A job at this level is focused on self development.", "Talent Management"),
    ("Budget Management: N/A", "Budget Management"),
    ("Leadership experience: not required", "Leadership"),
    ("Project Management: Not applicable", "Project Management"),
    ("People Management: N/A - individual contributor role", "People Management"),
    ("Spanish: not required", "Spanish"),
    ("Customer Service Experience: None required", "Customer Service"),
    ("Supervisory experience: NA", "Supervision"),
    ("Data Entry: n/a", "Data Entry"),
    ("Staff Training: none", "Employee Training"),
    ("Forklift Certification: Not Required", "Forklift Operation"),
    ("Cash Handling: N.A.", "Cash Handling"),
]


@pytest.mark.parametrize(("line", "skill"), NIL_FIELDS)
def test_nil_field_asks_nothing(line, skill):
    asks = read_posting(BASE + line + "\n")
    assert skill not in asks.everything
    assert "Chromatography" in asks.everything  # the rest of the posting is still read


@pytest.mark.parametrize("line", ["Experience: 0-2 years of Project Management", "Project Management: required",
                                  "Project Management: 2+ years", "Budget Management: National accounts"])
def test_a_field_with_a_value_still_asks(line):
    assert any(s in read_posting(BASE + line + "\n").everything for s in ("Project Management", "Budget Management"))


#: (skill, skill) pairs of one family: one interview question between them
FAMILIES = [("Communication", "Verbal Communication"), ("Communication", "Written Communication"),
            ("Written Communication", "Verbal Communication"), ("Leadership", "Team Leadership"),
            ("Microsoft Excel", "Excel"), ("MS Excel", "Microsoft Excel"), ("Communication Skills", "Communication"),
            ("Project Management", "Management"), ("Customer Service", "Service"),
            ("Interpersonal Skills", "Interpersonal")]
DIFFERENT = [("Data Analysis", "Financial Analysis"), ("Chemistry", "Biochemistry"), ("Leadership", "Communication"),
             ("Project Management", "People Management")]


@pytest.mark.parametrize(("a", "b"), FAMILIES)
def test_one_family(a, b):
    assert same_family(a, b) and same_family(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_families(a, b):
    assert not same_family(a, b)


RESUME = """Jane Doe
Experience
Chemistry Teacher, Lincoln High School, 2015 - 2024
- Taught chemistry to 150 students a year with strong verbal communication in class
- Wrote lab reports and written communication to parents
- Led a team of 4 science teachers as department lead
Skills: chemistry, lab safety
"""
POSTING = """QC Chemist
Requirements:
- Excellent communication skills, oral and written communication
- Leadership and team leadership
- Experience with HPLC and Microsoft Excel, MS Excel pivot tables
- Experience with electronic documentation software (e.g. Agile PLM or equivalent)
Leadership and Talent Management: N / A job at this level is focused on self development.
"""


def test_one_question_per_family_and_nothing_from_a_nil_field():
    qs = interview.questions(RESUME, POSTING, limit=40)
    whys = " ".join(q.why for q in qs)
    assert "Talent Management" not in whys
    comm = [q for q in qs if "ommunication" in q.text]
    assert len(comm) <= 1, [q.text for q in comm]
    lead = [q for q in qs if "eadership" in q.text]
    assert len(lead) <= 1, [q.text for q in lead]


#: skills the tailoring "not on your resume" list must never hold for POSTING-like requirement lines
NOT_GAPS = [("Excellent communication skills", "Communication"), ("Strong verbal communication", "Verbal Communication"),
            ("Clear written communication", "Written Communication"), ("Demonstrated leadership", "Leadership"),
            ("Strong interpersonal skills", "Interpersonal Skills"), ("Attention to detail", "Attention to Detail"),
            ("Strong problem-solving capabilities", "Problem Solving"), ("Teamwork and collaboration", "Teamwork"),
            ("Electronic documentation software (e.g. Agile PLM)", "Agile"),
            ("Document control in Agile PLM or equivalent", "Agile")]


@pytest.mark.parametrize(("line", "skill"), NOT_GAPS)
def test_tailoring_lists_no_trait_or_homograph_gap(line, skill):
    posting = "Requirements:\n- " + line + "\n- Experience with HPLC\n"
    unmet = tailor.propose(RESUME, posting).unmet
    assert skill not in unmet, unmet


from datetime import date  # noqa: E402

from careercopilot.writing.interview_path import path_questions  # noqa: E402
from careercopilot.writing.resume_facts import roles  # noqa: E402

#: (latest role title, posting title, a career change?)
CHANGES = [("Chemistry Teacher", "QC Chemist", True), ("Chemistry Teacher", "Laboratory Analyst I", True),
           ("Registered Nurse", "Clinical Research Coordinator", True), ("Office Manager", "HR Generalist", True),
           ("Paralegal", "Compliance Analyst", True), ("Staff Accountant", "Senior Accountant", False),
           ("QC Chemist", "QC Chemist II", False), ("Registered Nurse", "Charge Nurse", False),
           ("Data Analyst", "Senior Data Analyst (Contract)", False), ("Teacher", "Science Teacher", False)]


@pytest.mark.parametrize(("was", "want", "change"), CHANGES)
def test_career_change_question(was, want, change):
    resume = f"Experience\n{was}, Acme Co, 2018 - Present\n- Did the work well every day\n"
    qs = path_questions(roles(resume), want, today=date(2026, 12, 1))
    assert any("why move into" in q for q in qs) is change, qs


#: (role header years, a gap or return question?)
GAPS = [(["2010 - 2014", "2017 - Present"], True), (["2012 - 2019"], True), (["2015 - 2020", "2020 - 2023"], True),
        (["2015 - 2019", "2019 - Present"], False), (["2018 - 2025"], False), (["2016 - 2019", "2020 - Present"], False),
        (["2008 - 2011", "2011 - 2014", "2018 - Present"], True), (["2019 - 2022", "2022 - 2024"], True),
        (["2020 - Present"], False), (["2014 - 2018", "2019 - 2026"], False)]


@pytest.mark.parametrize(("spans", "asked"), GAPS)
def test_gap_or_return_question(spans, asked):
    lines = ["Experience"]
    for i, s in enumerate(reversed(spans)):
        lines += [f"Lab Technician, Employer {chr(65 + i)}, {s}", "- Ran the daily sample checks"]
    qs = path_questions(roles("\n".join(lines) + "\n"), "Lab Technician", today=date(2026, 12, 1))
    assert bool(qs) is asked, qs


def test_interview_prep_asks_the_teacher_why_change():
    qs = interview.questions(RESUME, POSTING, title="QC Chemist")
    assert "why move into a QC Chemist role" in qs[0].text
