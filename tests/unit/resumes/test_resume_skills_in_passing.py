"""A resume's skills leave out skills named only in passing (issue 11, ``normalize.resume_skills``):
a wish, other people's team, a glancing contact. A skill with one solid mention is kept."""

from __future__ import annotations

import pytest

from careercopilot.normalize.resume_fields import parse_resume_fields
from careercopilot.normalize.resume_skills import extract_resume_skills, in_passing
from careercopilot.normalize.skills import extract_skills

CASES = [
    # (resume text, skills kept, skills dropped)
    ("Worked alongside the Python team to gather requirements.", [], ["Python"]),
    ("Coordinated with the Salesforce admins on lead routing.", [], ["Salesforce"]),
    ("Supported the SAP team during the migration.", [], ["SAP"]),
    ("Exposure to SAP.", [], ["SAP"]),
    ("Some exposure to Tableau and Power BI.", [], ["Tableau", "Microsoft Power BI"]),
    ("Introduced to Docker during onboarding.", [], ["Docker"]),
    ("Objective: eager to learn Kubernetes and Terraform.", [], ["Kubernetes", "Terraform"]),
    ("Looking to grow into AWS.", [], ["Amazon Web Services"]),
    ("Currently learning Docker.", [], ["Docker"]),
    ("Hoping to gain experience with Salesforce.", [], ["Salesforce"]),
    ("Used Excel daily. Interested in Tableau.", ["Microsoft Excel"], ["Tableau"]),
    # solid mentions
    ("Skills: Python, SQL, Docker", ["Python", "SQL", "Docker"], []),
    ("Built ETL pipelines in Python; worked with the SAP team on invoices.", ["Python"], ["SAP"]),
    ("Machine learning models in PyTorch.", ["Machine Learning", "PyTorch"], []),
    ("Led the Python team of 6 engineers.", ["Python"], []),       # leading a team is not passing by
    ("Backend developer on the Java team.", ["Java"], []),
    ("Handed tickets to the Java developers.", [], ["Java"]),
    ("Led the Python team of 6 engineers.", ["Python"], []),      # leading a team is not passing by
    ("Exposure to SAP.\nSkills: SAP FI, SAP", ["SAP"], []),       # one solid mention keeps it
    ("Learned SQL at a bootcamp and wrote 40 reports in SQL.", ["SQL"], []),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), CASES)
def test_passing_mentions_are_left_out(text, kept, dropped):
    got = extract_resume_skills(text)
    every = extract_skills(text)
    for s in kept:
        assert s in got, (s, got)
    for s in dropped:
        assert s in every, f"the taxonomy must find {s} for the row to test anything"
        assert s not in got, (s, got)


def test_cue_must_share_the_clause():
    text = "Exposure to customers daily. Python, SQL."
    start = text.index("Python")
    assert not in_passing(text, start, start + len("Python"))
    assert "Python" in extract_resume_skills(text)


def test_parsed_resume_fields_use_the_resume_rules():
    text = "Jane Doe\nData Analyst\n\nSummary: eager to learn Kubernetes.\n\nSkills: SQL, Tableau\n"
    skills = parse_resume_fields(text).skills
    assert "SQL" in skills and "Tableau" in skills and "Kubernetes" not in skills
