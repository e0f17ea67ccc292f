"""The head of an organization's programs is policy/program work (``person_programs.heads_programs``).

Why (session 24, issue-11 blind11 k30, nDCG@10 0.309): a regional food bank's "Director of Programs" — executive
team, 4 program managers, a $9M program budget — had supervised 6 case managers in an earlier job; the rule that
reads a program role by the people it runs (``person_programs._programs_of_people_run``, blind9 i28) read her
whole profile as social work. families.md files "program and project managers … in public/nonprofit programs"
under policy/program work, and a program executive directs all of an organization's programs, whatever the staff
of one of them, or of an earlier job, did. "Program Manager" / "Program Director" (one program's head) are still
read by the people and the work they run (counter-examples below, which pass before and after).

Rows: US nonprofit and agency titles (blind11 k30's, and others common on nonprofit job boards: Director of
Programs, VP of Programs, Vice President, Programs, Chief Program Officer, Senior/Associate Director of Programs,
Director of Community Programs, Director of Programs and Services, Director of Program Services, Programs
Director) in resumes written as seekers write them. On the code before this change 7 of the 10 ``HEADS`` rows
read another family (social work, health care; the other 3 name no people of another family) and
``test_title_shapes`` could not run (no ``heads_programs``).
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.person_occupation import person_family, person_readings

HEADS = [
    ("Director of Programs",
     "Nonprofit program executive, 20 years in anti-hunger and housing programs. I direct all programs at a regional "
     "food bank (34 staff; 4 program managers report to me).\n\nDirector of Programs — Inland Harvest Food Bank — "
     "2018–present\n- Member of the executive team; $9M program budget; state and federal grants.\n"
     "Program Manager, Housing Stability — Spokane Family Link — 2012–2018\n- Rapid rehousing; supervised 6 case "
     "managers; HMIS data quality lead."),
    ("VP of Programs",
     "VP of Programs at a youth development nonprofit serving 3,000 teens. Oversee 5 program directors and a $6M "
     "budget; report to the CEO.\nEarlier: Site Director, Boys & Girls Club — supervised 9 youth counselors."),
    ("Vice President, Programs",
     "Vice President, Programs — Hope Housing Alliance. Lead shelter, rapid rehousing and permanent supportive "
     "housing programs; supervise 4 program managers who lead a team of 40 case managers."),
    ("Chief Program Officer",
     "Chief Program Officer of a behavioral health nonprofit: outpatient, school-based and crisis programs, 120 staff. "
     "Earlier clinical director; supervised 14 therapists and 6 social workers."),
    ("Senior Director of Programs",
     "Senior Director of Programs, workforce development nonprofit. Run job-training, reentry and youth "
     "employment programs. Previously managed a team of 6 career counselors."),
    ("Associate Director of Programs",
     "Associate Director of Programs at an arts education nonprofit; manage 10 teaching artists across 22 "
     "partner schools; curriculum, evaluation and funder reports."),
    ("Director of Community Programs",
     "Director of Community Programs, county public health department: diabetes prevention, tobacco cessation and "
     "home-visiting programs. Supervise 8 community health workers and 3 nurses."),
    ("Director of Programs and Services",
     "Director of Programs and Services at a senior center: meals, transportation, caregiver support and case "
     "management; supervise 5 social workers; grants and board reporting."),
    ("Director of Program Services",
     "Director of Program Services for a disability services agency. Oversee 60 direct support professionals "
     "through 6 program coordinators; licensing reviews with the state."),
    ("Programs Director",
     "Programs Director, environmental education nonprofit; budget, grants, partnerships and program evaluation "
     "for 4 programs."),
]


@pytest.mark.parametrize(("title", "text"), HEADS, ids=[h[0] for h in HEADS])
def test_head_of_programs_is_program_work(title: str, text: str) -> None:
    readings = person_readings([title], title, text)
    assert person_family(readings) == "policy_program"


# One program's head is still read by the people it runs (blind9 i28) — unchanged by this rule.
STILL_BY_PEOPLE = [
    ("Program Manager",
     "Program Manager, youth transitional services. Supervise 6 case managers and 1 housing specialist; caseload "
     "reviews, HMIS reporting.", "social_work"),
]


@pytest.mark.parametrize(("title", "text", "family"), STILL_BY_PEOPLE, ids=[s[0] for s in STILL_BY_PEOPLE])
def test_one_programs_manager_still_read_by_the_people_run(title: str, text: str, family: str) -> None:
    assert person_family(person_readings([], title, text)) == family


def test_title_shapes() -> None:
    from careercopilot.normalize.person_programs import heads_programs

    assert all(heads_programs(t) for t, _ in HEADS)
    for title in ("Program Director", "Program Manager", "Program Coordinator", "Executive Director",
                  "Program Director, Youth Services", "Director of Programming"):
        assert not heads_programs(title), title
