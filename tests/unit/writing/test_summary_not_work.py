"""A summary or objective is no work done at a job (issue 12, newcomer trial F5): "Seeking to apply my analytical
skills …" read among a role's bullets was cited as "I used QC, analytical skills and problem-solving as Chemistry
Teacher at Whetstone High School: Seeking to apply …". Rows: objective and summary openings from résumé guides and
the issue-11 resumes (aims, self-descriptions, "with 10+ years of"), placed where a resume without a heading puts
them; verb-led bullets that open with a quality word stay bullets. Old code: 16 of 16 placed statements were read as
bullets, and an "Objective:" line above the first role of a resume without headings lost every role (1 of 1)."""

from __future__ import annotations

import pytest

from careercopilot.writing.offline import WritingInput, cover_letter
from careercopilot.writing.resume_facts import roles
from careercopilot.writing.self_statements import is_self_statement

STATEMENTS = [
    "Seeking to apply my analytical skills and problem-solving in a QC laboratory",
    "Seeking a QC Chemist position in a GMP laboratory where I can use HPLC",
    "Looking to leverage 10 years of titration and lab safety experience in industry",
    "To obtain a position as a QC Chemist using my HPLC and GLP experience",
    "Detail-oriented chemistry educator with 10 years of laboratory experience in HPLC",
    "Highly motivated science teacher transitioning into quality control and GLP work",
    "Results-driven, organized professional with strong Excel and HPLC skills",
    "Passionate about data integrity, GLP and analytical chemistry",
    "Aspiring QC chemist with hands-on HPLC and UV-Vis experience",
    "Eager to bring my titration and calibration experience to a regulated lab",
    "I am a dedicated educator who loves HPLC and lab safety",
    "Career changer bringing 9 years of lab safety and Excel experience",
    "Chemistry teacher with 10+ years of HPLC and titration experience",
    "Objective: Secure a QC role using HPLC, titration and GLP",
    "Interested in a QC Analyst role applying HPLC and GLP",
    "Dedicated to lab safety, GLP and accurate HPLC records",
    "Organized and friendly worker who has juggled three part-time gigs for two years",  # issue-11 resume
    "Looking for: entry-level lab tech / research tech / QC chemist",  # issue-11 resume
]
BULLETS = [
    "Organized a district science fair with 300 students",
    "Motivated 30 students to complete HPLC projects",
    "Dedicated 10 hours a week to tutoring in chemistry",
    "Ran UV-Vis and titration labs for 120 students each year",
    "Detailed lab reports for 150 students with rubrics in Excel",
    "Experienced HPLC downtime in 2019 and rebuilt the pump seals",  # an odd verb-led bullet: stays work
    "Led a team of 4 teachers with a shared lab budget",
    "Seeded cultures with E. coli for the biology labs",
    "Trained 5 new teachers on lab safety with OSHA materials",
    "Applied GLP to every student lab notebook",
    "I am often the one who lays out the sleeves and hangers from the drawings for the crew of 4",  # issue-11 resume
]


@pytest.mark.parametrize("line", STATEMENTS)
def test_statement(line: str) -> None:
    assert is_self_statement(line)


@pytest.mark.parametrize("line", BULLETS)
def test_bullet(line: str) -> None:
    assert not is_self_statement(line)


HEAD = "Dana Whitfield\nColumbus, OH | dana@example.com\n\n"
ROLE = ("Chemistry Teacher, Whetstone High School, Columbus, OH, 2015 - present\n"
        "- Ran UV-Vis and titration labs for 120 students each year\n"
        "- Maintained the chemical inventory in Excel for 400+ reagents\n"
        "- Weekly calibration of balances and pH meters\n")
# where a resume puts its summary: right under the role's header, after the last role, on an "Objective:" line
PLACES = {
    "under_header": lambda s: HEAD + "EXPERIENCE\n" + ROLE.replace("\n", f"\n{s}.\n", 1),
    "after_role": lambda s: HEAD + ROLE + f"\n{s}.\n",
    "objective_label": lambda s: HEAD.rstrip("\n") + f"\nObjective: {s}.\n\n" + ROLE,
}
CASES = [(p, s) for s in STATEMENTS[:8] for p in ("under_header", "after_role")]


@pytest.mark.parametrize("place, statement", CASES)
def test_summary_never_a_bullet(place: str, statement: str) -> None:
    resume = PLACES[place](statement)
    assert all(statement not in b for r in roles(resume) for b in r.bullets)
    letter = cover_letter(WritingInput(resume, company="Merck", title="QC Chemist",
                                       posting_text="Requirements:\n- HPLC, GLP, titration, UV-Vis, Excel, QC\n"))
    assert statement not in letter and statement[0].lower() + statement[1:] not in letter


def test_objective_label_keeps_the_roles() -> None:
    resume = PLACES["objective_label"](STATEMENTS[0])
    assert [r.title for r in roles(resume)] == ["Chemistry Teacher"]  # old code: no role at all
