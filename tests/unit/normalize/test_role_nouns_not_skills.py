"""Occupations of other people are not the person's skills or credentials (issues 10/11/12).

Table of professions: each row has a people context (supervise/manage/lead/train/mentor/oversee/
"a team of N …") where the occupation must NOT become a resume skill, and a held context where the
same canonical skill must stay (credential lists, "worked as a …", the person's own work)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.resume_skills import extract_resume_skills
from careercopilot.normalize.role_nouns import names_people, role_phrase
from careercopilot.normalize.skills import _find

#: (profession, people context, held context, canonical skill)
TABLE = [
    ("charge nurse", "Charge nurse for a 32-bed unit, supervising 8 RNs and 4 CNAs per shift.",
     "Certifications: CNA, State of Ohio; BLS", "Certified Nursing Assistant"),
    ("charge nurse RN", "Supervising 8 RNs and 4 CNAs per shift.", "Licenses: RN, State of Ohio", "Registered Nurse"),
    ("nurse manager LPN", "Managed 6 LPNs and unit clerks on nights.", "Licensed Practical Nurse (LPN), Texas",
     "Licensed Practical Nurse"),
    ("preceptor", "Mentored a new RN through orientation.", "Hired as an RN in 2019 on a cardiac floor.",
     "Registered Nurse"),
    ("electrician", "Trained and mentored 6 electrical apprentices on conduit bending.",
     "Completed a 4-year IBEW apprenticeship.", "Apprenticeship"),
    ("lawyer", "Supervised 3 paralegals and managed discovery.", "Paralegal, Smith & Cole LLP, 2016-2019",
     "Paralegal"),
    ("restaurant", "Supervised 10 line cooks and 2 prep cooks.", "Line cook at Bistro 9, 2018-2020", "Cooking"),
    ("software", "Led a team of 5 Python developers building APIs.", "Built billing APIs in Python and Go.",
     "Python"),
    ("teacher", "Supervised 2 TAs and 4 teacher's aides in a Grade 3 classroom.",
     "Worked as a teacher's aide in Grade 3.", "Teaching Assistant"),
    ("warehouse", "Oversaw 12 forklift drivers on second shift.", "Forklift certified; operated reach trucks.",
     "Forklift Operation"),
    ("call centre", "Managed a team of 12 call center agents.", "Answered 80 calls a day in a call center.",
     "Call Center"),
    ("retail", "Trained new cashiers on opening procedures.", "Cashier at Kroger, 2015-2017", "Cash Register"),
    ("trucking", "Dispatched and scheduled 20 truck drivers across 3 states.", "Truck driver, Class A, 2012-2020",
     "Truck Driving"),
]


@pytest.mark.parametrize("profession, people, held, skill", TABLE, ids=[r[0] for r in TABLE])
def test_people_context_is_not_a_skill_and_held_context_is(profession, people, held, skill):
    assert skill not in extract_resume_skills(people), people
    assert skill in extract_resume_skills(held), held
    assert skill in extract_resume_skills(people + "\n" + held)


@pytest.mark.parametrize("text", [
    "Managed payroll for 200 employees",  # "payroll" is an O*NET title but no person's head noun
    "Led Scrum ceremonies for two teams",
    "Managed an HVAC install at a 40-unit building",  # the abbreviation names work here, not technicians
    "Trained cooks on fryers and slicers",  # equipment after "on"
    "One of 12 RNs on the unit",  # the writer is one of them
    "Built CI pipelines as a DevOps engineer",
])
def test_things_and_the_writers_own_role_are_not_people(text):
    assert not any(names_people(text, s, e) for s, e, _ in _find(text)), text


@pytest.mark.parametrize("surface, plural", [("RNs", True), ("CNA", False), ("paralegals", True),
                                             ("line cooks", True), ("forklift drivers", True), ("TAs", True),
                                             ("call center agents", True)])
def test_role_phrase_reads_o_net_person_titles(surface, plural):
    found = role_phrase(surface, 0, len(surface.split()[0]))
    assert found == (len(surface), plural)


@pytest.mark.parametrize("surface", ["Python", "Payroll", "Epic", "telemetry", "Scrum", "forklift"])
def test_a_skill_alone_is_no_role_phrase(surface):
    assert role_phrase(surface, 0, len(surface)) is None
