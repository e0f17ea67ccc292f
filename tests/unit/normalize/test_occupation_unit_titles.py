"""Role-first unit titles of public budget offices read by their role (``normalize.occupation_unit_titles``).

Table: the issue-11 postings of the shape (New York City Office of Management & Budget, real titles and the
opening of their real descriptions: ``TASK FORCE: … UNIT: <unit> JOB TITLE: <role> …``) and OMB vacancies of
the same shape for the other agency units its task forces review (SANITATION, POLICE, EDUCATION, HEALTH —
titles as OMB posts them, the description's header and summary sentence in OMB's wording). Old code (main
3199a51, ``read_posting_occupation``): 10 of 11 budget/unit rows misread (the unit's word voted: corrections
supervisor, loss-prevention specialist, firefighting supervisor, police detective, hand laborer for SANITATION,
postsecondary teacher for EDUCATION, social worker for HEALTH, environmental-science technician …; "Analyst FIRE"
with its full posting was rescued by the description vote, with OMB's short text not);
the negatives (a level, a second role, an unnamed segment) were read right and stay so.
"""
import pytest

from careercopilot.normalize.occupation_postings import read_posting_occupation
from careercopilot.normalize.occupation_unit_titles import unit_title

_OMB = ("The Mayor's Office of Management and Budget (OMB) is the City government's chief financial agency. OMB's "
        "staff of analysts and experts assembles and oversees the Mayor's expense and capital budgets, which fund "
        "the services and activities of approximately 70 City agencies. ")


def _omb(task_force: str, unit: str, role: str, rest: str = "") -> str:
    return f"TASK FORCE: {task_force} UNIT: {unit} JOB TITLE: One (1) {role} CONTROL CODE: X-20-01 SUMMARY: {_OMB}{rest}"


BUDGET = [
    # (title, description, family, level) — the first five are issue-11 postings (nyc-420730, nyc-423017,
    # nyc-425503, nyc-416545, nyc-424683), the rest OMB's other units in the same posting shape.
    ("Unit Head CORRECTION", _omb("ADMINISTRATION OF JUSTICE", "CORRECTION", "Unit Head",
     "The Correction Unit specifically monitors and prepares the expense, capital, and revenue budgets of the "
     "Department of Correction."), "finance_accounting", "lead"),
    ("Analyst Correction", _omb("ADMINISTRATION OF JUSTICE", "Correction", "Assistant Analyst / Analyst / Senior Analyst",
     "The Correction Unit specifically monitors and prepares the expense, capital, and revenue budgets of the "
     "Department of Correction."), "finance_accounting", "mid"),
    ("Analyst FIRE", _omb("FIRE AND SANITATION", "FIRE", "Analyst / Senior Analyst / Supervising Analyst",
     "OMB's Fire Unit monitors the budget of the NYC Fire Department (FDNY)."), "finance_accounting", "mid"),
    ("Analyst DEPARTMENT OF ENVIRONMENTAL PROTECTION", _omb(
        "INFRASTRUCTURE, LIBRARIES, CULTURALS, & TRANSIT", "DEPARTMENT OF ENVIRONMENTAL PROTECTION (DEP)",
        "Two (2) Assistant Analyst/ Analyst/ Senior Analyst",
        "The Environmental Protection Unit oversees the capital and expense budgets for the Department of "
        "Environmental Protection."), "finance_accounting", "mid"),
    ("Supervising Analyst / Unit Head Accounting Services", _omb(
        "Accounting Services & Internal Audit", "Accounting Services", "Supervising Analyst / Unit Head",
        "The Accounting Services Unit is responsible for applying accounting principles to the City budget."),
     "finance_accounting", "lead"),
    ("Analyst SANITATION", _omb("FIRE AND SANITATION", "SANITATION", "Analyst / Senior Analyst",
     "OMB's Sanitation Unit monitors the expense and capital budgets of the Department of Sanitation."),
     "finance_accounting", "mid"),
    ("Senior Analyst POLICE", _omb("ADMINISTRATION OF JUSTICE", "POLICE", "Senior Analyst",
     "The Police Unit monitors the budget of the NYPD, including uniformed overtime."), "finance_accounting", "senior"),
    ("Unit Head EDUCATION", _omb("EDUCATION", "EDUCATION", "Unit Head",
     "The Education Unit prepares the Department of Education's expense budget."), "finance_accounting", "lead"),
    ("Analyst HEALTH", _omb("HEALTH AND SOCIAL SERVICES", "HEALTH", "Analyst",
     "The Health Unit oversees the budgets of the Department of Health and Mental Hygiene."),
     "finance_accounting", "mid"),
    ("Supervising Analyst Health & Hospitals", "Supervising Analyst for the Health and Hospitals unit; prepares "
     "the expense budget, reviews budget modifications and the agency's budget requests.", "finance_accounting",
     "lead"),
    # issue-11 nyc-422482: the unit names the work (grant compliance monitoring), policy/program.
    ("Analyst MONITORING AND COMPLIANCE", _omb("CDBG DISASTER RECOVERY", "MONITORING AND COMPLIANCE",
     "Analyst / Senior Analyst", "The Analyst (Monitoring & Compliance) will be responsible for monitoring "
     "Agencies' compliance with CDBG-DR and applicable Federal, State, and City requirements."),
     "policy_program", "mid"),
]


@pytest.mark.parametrize("title,description,family,level", BUDGET, ids=[b[0] for b in BUDGET])
def test_role_first_unit_title_reads_the_role(title, description, family, level):
    occ = read_posting_occupation(title, description, "City of New York - Office Of Management & Budget")
    assert occ.family == family
    assert occ.level == level


NOT_UNITS = [
    ("Analyst Programmer", "Write and test COBOL programs; budget of time."),
    ("Analyst II", "Budget analyst; prepares the budget, budget modifications and budget requests."),
    ("Senior Analyst, Communications and Change Management", "Draft communications for the budget rollout."),
    ("Analyst Intern", "Support the budget team with budget research and budget tables."),
    ("Budget Analyst", "Prepare the budget."),
]


@pytest.mark.parametrize("title,description", NOT_UNITS, ids=[n[0] for n in NOT_UNITS])
def test_not_a_unit_title(title, description):
    assert unit_title(title, description) is None


def test_agency_unit_without_budget_work_keeps_the_old_reading():
    occ = read_posting_occupation("Analyst POLICE", "Analyze crime patterns and arrest data for precinct commanders.")
    assert occ.method not in ("unit_budget", "unit_function")
