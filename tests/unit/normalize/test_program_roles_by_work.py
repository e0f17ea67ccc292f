"""A program or project manager's family read from the work the resume describes (session 22).

``person_occupation._programs_of_work``: a program role (``PROGRAM_ROLES``) still read as policy/program
work after the people it runs are read is read by the rule a posting whose title leaves its family open
is read by (``occupation_postings.read_posting_occupation``). Issue-11 blind10 j14, an assistant project
manager at a general contractor, was read as a public-programme project manager (nDCG@10 0.024). The
construction-management documents (submittals, RFIs, change orders, CPM schedules) vote for construction
alone (``occupation_postings.SKILL_FAMILIES``). On the session-22 code before this change every
"work" row below read policy_program (7 of 7 fail) and the three vote rows split their votes with skilled
trades (3 of 3 fail); the "stays" rows are counter-examples that pass on both.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupation_postings import description_families
from careercopilot.normalize.person_occupation import person_family, person_readings

WORK = [
    ("Assistant Project Manager",
     "Assistant Project Manager at a general contractor, 3 years. I run submittals, RFIs, subcontract buyout, change "
     "orders and owner pay applications, construction schedules and 3-week lookaheads with the superintendent, punch "
     "lists and closeout on a $28M school addition and a $6.4M fire station renovation.", "construction"),
    ("Project Manager",
     "Project Manager, ground-up multifamily construction. Managed subcontractors, construction schedules, change "
     "orders, RFIs and submittals; OSHA 30; coordinated inspections with the building department and the architect.",
     "construction"),
    ("Project Manager",
     "Digital marketing project manager. Ran email marketing campaigns, SEO and content calendars, paid social (Meta "
     "Ads, Google Ads), brand guidelines and marketing analytics for 6 consumer brands.", "marketing_communications"),
    ("Project Manager",
     "Software project manager: Agile/Scrum ceremonies, Jira, sprint planning, release management for a Java and "
     "React web application on AWS, with CI/CD pipelines and API integrations.", "software_engineering"),
    ("Project Manager",
     "IT infrastructure project manager: network refresh of 40 sites (Cisco switches and firewalls), VMware to Azure "
     "migration, Active Directory consolidation, Windows Server upgrades and help desk cutover plans.",
     "it_infrastructure"),
    ("Program Coordinator",
     "HR program coordinator: onboarding for 300 hires a year, benefits enrollment, HRIS data in Workday, employee "
     "relations case intake, recruiting coordination and payroll changes.", "human_resources"),
    ("Project Manager",
     "Data project manager: led SQL data warehouse builds, Tableau and Power BI dashboards, data visualization "
     "standards and statistical analysis requests for the finance team.", "data_analysis"),
]

STAYS = [
    ("Program Manager",
     "Program Manager, community health grants. Managed a $2.4M CDC-funded program, wrote grant reports, coordinated "
     "community partners, tracked outcomes for the state health department and briefed the county board."),
    ("Program Coordinator",
     "Program Coordinator at a nonprofit. Coordinated events, volunteers, program budgets and reports to funders; "
     "grant writing and stakeholder meetings."),
    ("Program Manager",
     "Program Manager in the mayor's office: led the city's participatory budgeting program, policy memos for "
     "council, stakeholder engagement and performance measures for 12 community programs."),
]


@pytest.mark.parametrize(("title", "text", "family"), WORK, ids=[f"{w[2]}-{i}" for i, w in enumerate(WORK)])
def test_a_program_role_takes_the_family_of_the_work_described(title, text, family):
    readings = person_readings([], title, text)
    assert person_family(readings) == family
    assert any(r.occupation.method == "work_named" for r in readings)


@pytest.mark.parametrize(("title", "text"), STAYS)
def test_public_and_nonprofit_programme_work_stays_policy_program(title, text):
    readings = person_readings([], title, text)
    assert person_family(readings) == "policy_program"
    assert not any(r.occupation.method == "work_named" for r in readings)


@pytest.mark.parametrize("skill_text", ["submittals and RFIs", "change orders and construction schedules",
                                        "RFIs, submittals, change orders"])
def test_construction_management_documents_vote_for_construction_alone(skill_text):
    votes = description_families(skill_text)
    assert votes.get("construction", 0) > 0 and "skilled_trades" not in votes
