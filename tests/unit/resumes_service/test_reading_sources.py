"""The Resume page says what each "matched as" occupation was read from (ux122 finding 3: a
dental hygienist saw "Matched as Dental Hygienists" and no why): the target title, the job the
resume asks for, the latest or an earlier title, or a licence — quoted as written."""

from __future__ import annotations

import pytest

from careercopilot.services.resume_reading import match_reading, source_words
from tests.unit.resumes_service.test_resume_reading import ENGINEER, HYGIENIST, NURSE, WAREHOUSE

STATED = """Ana Ruiz
Tucson, AZ

OBJECTIVE
Seeking a medical assistant role in a family practice.

EXPERIENCE
Cashier, Safeway, Tucson, AZ
2019 - Present
"""
LICENSED = """Jane Roe, LCSW
Pittsburgh, PA

LICENSURE
LCSW, Pennsylvania, 2018
"""
GENERIC_NOW = """Sam Park
Dayton, OH

EXPERIENCE
Specialist II, Acme Corp
2022 - Present
Payroll Specialist, Beta Inc
2018 - 2022
"""

# (resume, preferences, the first occupation, the words of its source, the title quoted)
CASES = [
    (HYGIENIST, None, "Dental Hygienists", "most recent job title on this resume", "Registered Dental Hygienist"),
    (HYGIENIST, {"titles": ["Dental Hygienist"]}, "Dental Hygienists", "target title", "Dental Hygienist"),
    (NURSE, None, "Registered Nurses", "most recent job title", "Registered Nurse"),
    (WAREHOUSE, None, "Laborers", "most recent job title", "Warehouse Associate"),
    (ENGINEER, None, "Software Developers", "most recent job title", "Senior Software Engineer"),
    (STATED, None, "Medical Assistants", "your resume says you are looking for", "medical assistant"),
    (LICENSED, None, "Social Workers", "licence or certificate", "clinical social worker"),
    (GENERIC_NOW, None, "Payroll", "an earlier job title", "Payroll Specialist"),
]


@pytest.mark.parametrize("text,prefs,occupation,source,title", CASES,
                         ids=[f"{c[2][:18]}|{c[3][:14]}" for c in CASES])
def test_each_occupation_says_what_it_was_read_from(text, prefs, occupation, source, title):
    r = match_reading(text, prefs)
    assert len(r.occupation_reasons) == len(r.occupations) >= 1
    first = r.occupation_reasons[0]
    assert first.startswith(r.occupations[0]) and occupation in first
    assert source in first and f"\u2068{title}\u2069" in first  # the title as written, direction-isolated


def test_an_unreadable_resume_has_no_reasons():
    assert match_reading("").occupation_reasons == []


@pytest.mark.parametrize("source,title,want", [
    ("summary", "", "from the work your resume describes"),
    ("current", "", "from this resume"),
    ("unknown", "X", "from this resume"),
    ("target", "y" * 200, "y" * 79 + "…"),
])
def test_source_words_edges(source, title, want):
    assert want in source_words(source, title)


def test_the_page_shows_the_reasons_and_what_matched_as_means():
    import reflex as rx

    from careercopilot.views.resume import selected_sections

    out = str(rx.fragment(selected_sections()).render())
    assert "occupation_reasons" in out and '"reading-occupations-note"' in out and "O*NET" in out
