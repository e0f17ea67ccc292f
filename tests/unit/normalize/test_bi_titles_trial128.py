"""Builders of business intelligence are data analysis (a newcomer's trial, session 31, finding 2: a "Business
Intelligence Engineer" posting read as Human Resources Specialists — O*NET files the reported title under
13-1071 — and its why-this-score said so). families.md: "data/BI/business analysts" are data analysis; the
specialty ``data_work`` of ``occupation_specialties`` now holds BI engineers, developers, architects, specialists
and consultants as employers title them. On the old code 6 of the 10 rows failed (HR specialists, software
developers by the word vote, architects)."""

import pytest

from careercopilot.normalize.occupations import infer_occupation

ROWS = [
    pytest.param("Business Intelligence Engineer", "data_analysis", id="bi_engineer"),
    pytest.param("BI Engineer", "data_analysis", id="bi_engineer_abbrev"),
    pytest.param("Sr. Business Intelligence Engineer II", "data_analysis", id="bi_engineer_rungs"),
    pytest.param("Business Intelligence Developer", "data_analysis", id="bi_developer"),
    pytest.param("Power BI Developer", "data_analysis", id="power_bi_developer"),
    pytest.param("Business Intelligence Architect", "data_analysis", id="bi_architect"),
    pytest.param("BI Specialist", "data_analysis", id="bi_specialist"),
    pytest.param("Business Intelligence Analyst", "data_analysis", id="control_bi_analyst"),
    pytest.param("Human Resources Specialist", "human_resources", id="control_hr_specialist"),
    pytest.param("Software Engineer", "software_engineering", id="control_software_engineer"),
]


@pytest.mark.parametrize(("title", "family"), ROWS)
def test_bi_title_family(title, family):
    assert infer_occupation(title).family == family
