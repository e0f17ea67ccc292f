"""Two-column resumes pasted as text (``normalize.text_columns.unfold_columns``) and the current
title read from them (``normalize.resume_fields``): a sidebar of profile/skills/education beside
the experience, a header of name and title beside the contact details, a left column that reaches
its edge, a tab that reaches the column. Layouts written after ``pdftotext -layout`` output and
PDF viewer copies of common two-column templates, not the held-back sets' texts; a one-column
resume with right-aligned dates is no column layout. Also the title segments of one row: a
column's gap, brackets, a title over a two-line employer, school and gig-work titles."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.normalize.resume_fields import parse_resume_fields
from careercopilot.normalize.text_columns import unfold_columns

TODAY = date(2026, 6, 1)


def _two_columns(left: list[str], right: list[str], at: int) -> str:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join((a.ljust(at) + b).rstrip() for a, b in zip(left, right))


SIDEBAR = ["PROFILE", "Nine years estimating", "commercial work for a", "general contractor.", "",
           "SKILLS", "Bluebeam Revu", "Procore", "Excel", "", "EDUCATION", "B.S. Construction Mgmt",
           "State University, 2016"]
EXPERIENCE = ["EXPERIENCE", "Senior Estimator", "Desert Ridge Builders, Mesa, AZ", "2021 - Present",
              "- Lead estimator on 40 bids a year; tilt-up", "  and multifamily.", "- Mentor two junior estimators.",
              "", "Estimator", "Desert Ridge Builders, 2018 - 2021", "- Takeoffs for TI work.", "",
              "Project Engineer", "Canyon Construction, 2016 - 2018", "- Submittals and RFIs."]


@pytest.mark.parametrize("at", [28, 32, 40])
def test_sidebar_beside_experience(at):
    text = "MARIA LOPEZ\nPhoenix, AZ | 602-555-0100 | maria@example.com\n\n" + _two_columns(SIDEBAR, EXPERIENCE, at)
    flat = unfold_columns(text)
    assert "Nine years estimating\ncommercial work" in flat
    assert "EXPERIENCE\nSenior Estimator\nDesert Ridge Builders" in flat
    fields = parse_resume_fields(text, today=TODAY)
    assert fields.current_title == "Senior Estimator"
    assert fields.recent_titles[:3] == ["Senior Estimator", "Estimator", "Project Engineer"]
    assert "Bluebeam Revu" in fields.sections["skills"]


def test_left_column_reaching_its_edge_and_tabs():
    # a row whose left text ends two spaces before the column, and a copy that kept tabs
    left = ["PROFILE", "Therapist for adults", "State University, 2016", "LICENSURE", "LCSW, New Mexico"]
    right = ["EXPERIENCE", "Clinical Therapist II", "Mesa Behavioral Health", "2020 - present",
             "- Outpatient caseload of 30 adults and teens."]
    text = "ANA RUIZ, LCSW\nClinical Therapist\n\n" + _two_columns(left, right, 24)
    assert "State University, 2016  Mesa" in text  # two spaces only on that row
    fields = parse_resume_fields(text, today=TODAY)
    assert fields.recent_titles[0] == "Clinical Therapist II"
    tabbed = text.replace("PROFILE                 ", "PROFILE\t\t\t")  # a tab that reaches the same column
    assert parse_resume_fields(tabbed, today=TODAY).recent_titles[0] == "Clinical Therapist II"


@pytest.mark.parametrize(("name", "title", "contact"), [
    ("PRIYA NAIR", "Analytics Manager", ["Boston, MA", "617-555-0100", "priya@example.com"]),
    ("Tom O'Brien", "Journeyman Electrician", ["Chicago, IL 60601", "(312) 555-0142", "tom.ob@example.com",
                                               "linkedin.com/in/tomob"]),
    ("Chloe Martin", "Bar Supervisor", ["Melbourne VIC", "Mob: 0412 555 010", "chloe@example.com"]),
])
def test_header_title_beside_contact_details(name, title, contact):
    header = _two_columns([name, title], contact, 56)
    text = header + "\n\nSUMMARY\nSix years in the field.\n\nEXPERIENCE\n" + f"{title}, Acme Co   2020 - present\n- Work.\n"
    flat = unfold_columns(text)
    assert flat.splitlines()[:2] == [name, title]
    fields = parse_resume_fields(text, today=TODAY)
    assert fields.current_title == title
    assert fields.name == (name.title() if name.isupper() else name)


ONE_COLUMN = """JOHN SMITH
Denver, CO | 303-555-0100 | john@example.com

EXPERIENCE
Acme Corp                                              Denver, CO
Senior Accountant                                      2021 - Present
Close the books monthly.
Beta LLC                                               Boulder, CO
Staff Accountant                                       2018 - 2021
Reconciliations.
Gamma Inc                                              Denver, CO
Accounting Clerk                                       2016 - 2018
Payables.
"""


def test_one_column_with_right_aligned_dates_is_no_layout():
    assert unfold_columns(ONE_COLUMN) == ONE_COLUMN
    fields = parse_resume_fields(ONE_COLUMN, today=TODAY)
    assert fields.recent_titles[:3] == ["Senior Accountant", "Staff Accountant", "Accounting Clerk"]


@pytest.mark.parametrize("text", [
    "", "Plain text with no columns.", "Skills:   Python   SQL   Excel",
    "Name    Phone\nJane    555-0100\n",  # a small table, too narrow to be a column
])
def test_text_without_columns_is_unchanged(text):
    assert unfold_columns(text) == text


@pytest.mark.parametrize(("line", "title"), [
    # the gap between the columns of one pasted row splits it (no column region around it)
    ("9 years in preconstruction      Senior Estimator", "Senior Estimator"),
    ("Python (pandas), SQL            Analytics Manager", "Analytics Manager"),
])
def test_a_columns_gap_on_one_row_splits_the_title_from_the_other_column(line, title):
    text = f"EXPERIENCE\n{line}\nAcme Co, Phoenix, AZ\n2021 - Present\n- Bids.\n"
    assert parse_resume_fields(text, today=TODAY).recent_titles[0] == title


@pytest.mark.parametrize(("line", "title"), [
    # a bracket that closes is part of the title; an unclosed one cut by a split is not
    ("Staff Sergeant (E-5), Network Operations    2022 - present", "Staff Sergeant (E-5)"),
    ("Rehab Aide (PRN) | Valley Hospital | 2023 - present", "Rehab Aide (PRN)"),
    ("Budget Manager (OTPS, PS) - City Agency    2021 - present", "Budget Manager"),
    ("Substitute Teacher (day-to-day and one 9-week long-term sub in Grade 3)\nLake Schools    2024 - present",
     "Substitute Teacher"),
])
def test_bracketed_qualifiers_of_a_title(line, title):
    text = f"EXPERIENCE\n{line}\n- Duties.\n"
    assert parse_resume_fields(text, today=TODAY).recent_titles[0] == title


def test_title_over_a_two_line_employer():
    text = ("EXPERIENCE\nCivil Engineer II (Transportation)\nState Highway Commission,\nDivision 5 Roadway Design\n"
            "2022 - present\n- Plan sheets.\n\nCivil Engineer I\nSame unit, 2021 - 2022\n- Earthwork.\n")
    fields = parse_resume_fields(text, today=TODAY)
    assert fields.recent_titles[:2] == ["Civil Engineer II (Transportation)", "Civil Engineer I"]


@pytest.mark.parametrize(("line", "title"), [
    ("Dean of Students - Lincoln High School (1,100 students)    2022 - present", "Dean of Students"),
    ("Independent Contractor (delivery), Amazon Flex    2024 - present", "Independent Contractor (delivery)"),
    ("Freelancer - Upwork    2023 - present", "Freelancer"),
])
def test_title_words_of_schools_and_gig_work(line, title):
    assert parse_resume_fields(f"EXPERIENCE\n{line}\n- Duties.\n", today=TODAY).recent_titles[0] == title


def test_a_contractors_firm_name_is_no_title():
    text = "EXPERIENCE\nApprentice Electrician\nCrescent Power & Light Contractors    2024 - present\n- Conduit.\n"
    assert parse_resume_fields(text, today=TODAY).recent_titles[0] == "Apprentice Electrician"


def test_the_level_reads_a_pasted_summary_down_its_column():
    # "I manage a team of / 12 analysts" runs down the left column; read across the rows, the
    # count is cut off from its verb by the right column's text
    left = ["PROFILE", "Pricing actuary at an", "insurer. I manage a team of", "12 analysts and a data", "scientist.", "",
            "SKILLS", "Python, SQL, dbt"]
    right = ["EXPERIENCE", "Pricing Actuary", "Harbor Mutual, Boston", "2021 - present", "- Pricing and retention models.",
             "- Dashboards for 400 users.", "", "Actuarial Analyst", "Bay Direct, 2015 - 2021", "- GLM pricing."]
    text = "KIM PARK\nBoston, MA | kim@example.com\n\n" + _two_columns(left, right, 34)
    from careercopilot.services.matching.profile import read_person

    recent = parse_resume_fields(text, today=TODAY).recent_titles
    assert read_person([], recent, text, None)[2] == "lead"


@pytest.mark.parametrize("body", [
    # a role in a student or professional body, under a heading that is no known section
    "Treasurer, National Association of Black Accountants (NABA) campus chapter, 2025 - 2026",
    "Outreach chair, Society of Women Engineers student section, 2024 - 2026",
    "Board member, State Nurses Association, 2024 - 2026",
    "Member, American Society of Civil Engineers student chapter, 2024 - 2026",
])
def test_a_body_named_by_its_members_is_no_title(body):
    text = (f"EXPERIENCE\nAudit Intern, Kaplan CPAs    Jun 2025 - Aug 2025\n- Testing.\n\nLEADERSHIP\n{body}\n"
            "Beta Alpha Psi member\n")
    titles = parse_resume_fields(text, today=TODAY).recent_titles
    assert titles and titles[0] == "Audit Intern"
    assert not any(t.lower() in body.lower() for t in titles)
