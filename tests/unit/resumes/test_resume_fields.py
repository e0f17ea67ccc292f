"""careercopilot.normalize.resume_fields: contact details, sections, experience, titles."""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.normalize.resume_fields import (
    ResumeFields,
    heading_key,
    parse_resume_fields,
    split_sections,
)

TODAY = date(2025, 6, 15)

SOFTWARE_RESUME = """JANE DOE
Senior Software Engineer | jane.doe@example.com | +1 (555) 123-4567 | linkedin.com/in/janedoe | https://github.com/jdoe.

SUMMARY
Backend engineer with 8+ years of experience in Python and Go.

WORK EXPERIENCE
Senior Software Engineer — Acme Corp    Jan 2021 – Present
• Built a Kubernetes platform on Postgres
Software Engineer, Beta Inc.   Mar 2017 - Dec 2021
• Python, R, statistics in R
Intern at Gamma LLC    Jun 2016 - Aug 2016

Education
B.Sc. Computer Science, State University, 2012 – 2016

Skills: Python, Go, Kubernetes, PostgreSQL, C# and .NET

Certifications
AWS Certified Solutions Architect
"""


def test_full_software_resume():
    f = parse_resume_fields(SOFTWARE_RESUME, today=TODAY)
    assert isinstance(f, ResumeFields)
    assert f.name == "Jane Doe"
    assert f.email == "jane.doe@example.com"
    assert f.phone == "+1 (555) 123-4567"
    assert f.links == ["https://linkedin.com/in/janedoe", "https://github.com/jdoe"]
    assert set(f.sections) == {"header", "summary", "experience", "education", "skills", "certifications"}
    assert f.sections["skills"] == "Python, Go, Kubernetes, PostgreSQL, C# and .NET"
    assert "Acme Corp" in f.sections["experience"] and "State University" not in f.sections["experience"]
    # Jun 2016–Aug 2016 (3 months) + Mar 2017–Jun 2025 merged (100 months) = 103 months
    # Mar 2017 – Jun 2025 = 8.3; the 2016 internship is not years at a rung (session 22, ``_NOT_TENURE``)
    assert f.years_experience == pytest.approx(8.3, abs=0.05)
    assert f.recent_titles == ["Senior Software Engineer", "Software Engineer", "Intern"]
    for skill in ("Python", "Go", "Kubernetes", "PostgreSQL", "R", "C#", ".NET"):
        assert skill in f.skills
    assert "Experimental Design" not in f.skills  # nothing from the name line


def test_overlapping_jobs_are_not_double_counted():
    text = """Experience
Registered Nurse, City Hospital    01/2018 – 12/2020
Per-diem Nurse, County Clinic      06/2019 – 05/2020
Charge Nurse, City Hospital        Jan 2021 - Dec 2022
"""
    f = parse_resume_fields(text, today=TODAY)
    assert f.years_experience == 5.0  # 2018-01..2022-12 inclusive, the overlap counted once
    assert f.recent_titles == ["Charge Nurse", "Registered Nurse", "Per-diem Nurse"]


def test_year_only_ranges_and_present():
    f = parse_resume_fields("Work History\nWelder — Steel Co — 2019 – Present\nApprentice Welder, 2017 - 2019\n", today=TODAY)
    # 2019 mid-year .. 2025-06 = 5.9 years: the apprenticeship (2017 – 2019) is training, not years
    # at the welder's rung (session 22, ``_NOT_TENURE``)
    assert f.years_experience == pytest.approx(5.9, abs=0.1)
    assert f.recent_titles[0] == "Welder"


def test_stated_years_of_experience():
    f = parse_resume_fields("Summary\nTeacher with over 12 years of classroom experience.\n", today=TODAY)
    assert f.years_experience == 12.0
    f = parse_resume_fields("Accountant. 7 yrs experience in audit.", today=TODAY)
    assert f.years_experience == 7.0


def test_education_dates_do_not_count_as_experience():
    f = parse_resume_fields("Jane Roe\n\nEducation\nBA History, 2010 - 2014\n", today=TODAY)
    assert f.years_experience is None
    assert f.recent_titles == []


def test_empty_text():
    f = parse_resume_fields("", today=TODAY)
    assert f == ResumeFields()


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call 555-123-4567 anytime", "555-123-4567"),
        ("Tel: +44 20 7946 0958", "+44 20 7946 0958"),
        ("(555) 123 4567", "(555) 123 4567"),
        ("Worked 2015 - 2019 and 2019 - 2021", None),
        ("Order 12345", None),
    ],
)
def test_phone(text, phone):
    assert parse_resume_fields(text, today=TODAY).phone == phone


def test_links_exclude_email_domains():
    f = parse_resume_fields("maria@garcia.dev — www.mariagarcia.dev, behance.net/maria, https://x.com/maria).", today=TODAY)
    assert f.email == "maria@garcia.dev"
    assert f.links == ["https://www.mariagarcia.dev", "https://behance.net/maria", "https://x.com/maria"]


@pytest.mark.parametrize(
    ("first_line", "name"),
    [
        ("María José García-López", "María José García-López"),
        ("John A. Smith | Electrician", "John A. Smith"),
        ("Registered Nurse", None),
        ("jane@example.com", None),
    ],
)
def test_name_detection(first_line, name):
    assert parse_resume_fields(first_line + "\nExperience\nstuff", today=TODAY).name == name


# ---------------------------------------------------------------- sections


def test_split_sections_for_postings():
    posting = """Acme is hiring.

About us
We build tools.

Responsibilities:
- Ship features

## Requirements
- Python

**Nice to have**
- Go

WHAT WE OFFER
- Equity
"""
    pairs = split_sections(posting)
    assert [h for h, _ in pairs] == ["", "About us", "Responsibilities", "Requirements", "Nice to have", "WHAT WE OFFER"]
    assert pairs[0] == ("", "Acme is hiring.")
    assert dict(pairs)["Requirements"] == "- Python"
    assert [heading_key(h) for h, _ in pairs[1:]] == ["about", "responsibilities", "requirements", "nice_to_have", "benefits"]


def test_split_sections_inline_heading_and_no_false_headings():
    text = "Skills: Python, SQL\n• Experience with Kubernetes\n5 years of experience\nACME CORP\nEducation\nBSc"
    pairs = split_sections(text)
    assert pairs == [("Skills", "Python, SQL\n• Experience with Kubernetes\n5 years of experience\nACME CORP"), ("Education", "BSc")]


def test_split_sections_without_headings():
    assert split_sections("just a paragraph\nof text") == [("", "just a paragraph\nof text")]
    assert split_sections("") == []


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("PROFESSIONAL EXPERIENCE", "experience"), ("Work History:", "experience"), ("Relevant Clinical Experience", "experience"),
        ("Core Competencies", "skills"), ("Licenses & Certifications", "certifications"), ("Profile", "summary"),
        ("Selected Projects", "projects"), ("Education and Training", "education"), ("What you'll bring", "requirements"),
        ("Preferred Qualifications", "nice_to_have"), ("Bonus points", "nice_to_have"), ("About the role", "responsibilities"),
        ("Totally Unknown", None),
    ],
)
def test_heading_key(heading, key):
    assert heading_key(heading) == key
