"""Table of variants for a school claimed as an employer when the resume dates the degree there (session 20, issue
12; resumes written for this file). A dated education line ("Master of Economics — Πανεπιστήμιο Πειραιώς |
09/2009 – 06/2014") is read as a history entry; since session 19 its organisation is also romanised (anyascii), so
"I worked at Panepistimio Peiraios" found it as an employer. A degree's dated entry is a study, no workplace for an
employment claim (``SourceFacts.study_entries``, :func:`.names.check_employers`); a job at a university stays one.
"""

from __future__ import annotations

from datetime import date

import pytest
from anyascii import anyascii

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _resume(school: str, education: str = "Master of Economics") -> str:
    return ("Name Surname\nCity · +000 000 · name@example.com\n\nEXPERIENCE\nNordfrakt AS — Oslo\n"
            f"Logistics Planner | 03/2015 – present\n\nEDUCATION\n{education} — {school} | 09/2009 – 06/2014\n")


SCHOOLS = ["Київський політехнічний інститут", "Πανεπιστήμιο Πειραιώς", "Московский государственный университет",
           "Софийски университет", "Тбилисский государственный университет", "Universitetet i Oslo",
           "Uniwersytet Ekonomiczny w Poznaniu"]


@pytest.mark.parametrize("school", SCHOOLS)
@pytest.mark.parametrize("sentence", ["I worked at {} for two years.", "I was a logistics planner at {}.",
                                      "Before Nordfrakt I worked at {}."])
def test_a_dated_degree_school_is_no_employer(school, sentence):
    name = anyascii(school)
    flags = check(sentence.format(name), SourceFacts.from_texts(_resume(school), today=TODAY))
    assert "employer" in [f.kind for f in flags]


@pytest.mark.parametrize("school", SCHOOLS)
def test_studying_there_is_supported(school):
    flags = check(f"I earned my Master of Economics at {anyascii(school)} in 2014.",
                  SourceFacts.from_texts(_resume(school), today=TODAY))
    assert "employer" not in [f.kind for f in flags]


def test_a_job_at_a_university_stays_an_employer():
    resume = ("Name Surname\nCity · +000 000 · name@example.com\n\nEXPERIENCE\nUniversitetet i Oslo — Oslo\n"
              "Research Assistant | 09/2014 – 06/2018\n\nEDUCATION\nMaster of Economics — Universitetet i Oslo | "
              "09/2009 – 06/2014\n")
    flags = check("I worked at Universitetet i Oslo for almost four years.", SourceFacts.from_texts(resume, today=TODAY))
    assert flags == []


@pytest.mark.parametrize("entry,sentence", [
    ("Warehouse Associate\nDelta Freight Logistics — Southaven, MS | 2013 to 2016",
     "I worked at Delta Freight Logistics as a warehouse associate."),
    ("Library Assistant, Back Bay Athenaeum Library, Boston, MA          2013–2015",
     "I worked at Back Bay Athenaeum Library as a library assistant."),
    ("Project Engineer | Millbrook & Associates, Boulder, CO | August 2015 - March 2020",
     "I worked at Millbrook & Associates as a project engineer."),
    ("PhD Candidate - Department of Cell Biology, Erasmus MC, Rotterdam - September 2017 to August 2021",
     "I worked at Erasmus MC as a PhD candidate."),
    ("Jefe de Calidad | April 2019 – present\nTrilladora Cafés del Ruiz S.A.S. — Manizales",
     "I have worked at Cafés del Ruiz as head of quality since 2019."),
])
def test_work_entries_with_degree_like_tokens_stay_employers(entry, sentence):
    resume = f"Name Surname\nCity · +000 000 · name@example.com\n\nEXPERIENCE\n{entry}\n• Daily work\n"
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert "employer" not in [f.kind for f in flags], flags
