"""Trial 81: a restaurant GM asking for Store/Operations Manager (unit management across industries).

Kinds: (1) a posting failing both the stated target titles and seniority is no strong fit
(``steps.misses_targets``); (2) unit-management titles share the function whatever their O*NET family
(``normalize.unit_management``); (3) a manager moving between unit-management titles keeps her level.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.unit_management import runs_a_unit, same_function
from careercopilot.schemas import PreferenceCheck
from careercopilot.services.matching.explanations import occupation_title_fit
from careercopilot.services.matching.steps import misses_targets, score_steps

UNIT = ["General Manager", "Store Manager", "Assistant Store Manager", "Restaurant Manager", "Assitant Restaurant Manager",
        "Kitchen Manager", "Shift Lead", "Shift Supervisor", "District Manager", "Operations Manager",
        "Assistant Manager", "Owner/Operator", "Front Desk Supervisor", "Warehouse Manager", "Branch Manager",
        "Food & Beverage Director", "Director of Operations", "Hotel General Manager", "Restaurant Shift Supervisor",
        "Area Manager", "Department Manager", "Executive Chef"]
NOT_UNIT = ["Account Executive", "Sales Manager", "Area Sales Manager", "Account Manager", "Nurse Manager",
            "Product Operations Manager", "Project Lead", "Software Engineer", "Inside Sales Representative",
            "Customer Success Manager", "Marketing Operations Manager", "Data Analyst", "Server", "Cashier",
            "Fitness Sales General Manager"]


@pytest.mark.parametrize("title", UNIT)
def test_unit_titles_run_a_unit(title):
    assert runs_a_unit(title)


@pytest.mark.parametrize("title", NOT_UNIT)
def test_other_titles_do_not(title):
    assert not runs_a_unit(title)


#: (target, posting title): the target's function — O*NET files them in sales, hospitality, policy.
FUNCTION_PAIRS = [("Store Manager", "Restaurant Manager"), ("Store Manager", "Assistant Restaurant Manager"),
                  ("Store Manager", "Kitchen Manager"), ("Restaurant Manager", "Assistant Store Manager"),
                  ("Store Manager", "Hotel Front Office Manager"), ("Kitchen Manager", "Store Manager"),
                  ("Store Manager", "District Manager"), ("Restaurant Manager", "Store Manager"),
                  ("Store Manager", "Hotel General Manager"), ("Salon Manager", "Store Manager"),
                  ("Store Manager", "Restaurant Shift Supervisor")]


@pytest.mark.parametrize("target,posting", FUNCTION_PAIRS)
def test_unit_posting_passes_unit_target(target, posting):
    ok, _ = occupation_title_fit(target, posting)
    assert ok


@pytest.mark.parametrize("target,posting", [("Store Manager", "Account Executive"), ("Operations Manager", "Sales Manager"),
                                            ("Store Manager", "Inside Sales Representative")])
def test_sales_posting_fails_unit_target(target, posting):
    assert not occupation_title_fit(target, posting)[0]
    assert not same_function(target, posting)


def _c(name, ok):
    return PreferenceCheck(name=name, ok=ok, reason="")


@pytest.mark.parametrize("checks,gap", [
    ([_c("title", False), _c("seniority", False)], True),
    ([_c("title", False), _c("seniority", False), _c("location", True)], True),
    ([_c("title", False), _c("seniority", True)], False),
    ([_c("title", True), _c("seniority", False)], False),
    ([_c("title", False)], False),
    ([_c("title", False), _c("seniority", None)], False),
    ([_c("seniority", False)], False),
    ([], False),
])
def test_misses_targets(checks, gap):
    assert misses_targets(checks) is gap


def test_target_gap_keeps_same_family_out_of_strong_band():
    comps = {"semantic": 0.9, "lexical": 0.9, "skills": 0.9, "title": 0.85, "preference": 0.5, "freshness": 1.0}
    strong = score_steps(comps, {}, 1.0, "same").score
    capped = score_steps(comps, {}, 1.0, "same", target_gap=True)
    assert strong >= 75 and capped.score < 75 and capped.target_gap


def _resume(current: str, earlier: str, seeking: str, start: int = 2014) -> str:
    return (f"Jordan Reyes\nPhoenix, AZ\nSummary\n{current} with {2026 - start} years of experience. "
            f"Seeking {seeking} role.\nExperience\n{current}\tMar 2019 – Present\nAcme Co, Phoenix, AZ\n"
            f"Own the P&L, schedule and lead a team of 30, inventory and vendor orders.\n"
            f"{earlier}\tJun {start} – Feb 2019\nAcme Co, Phoenix, AZ\nOpened and closed, trained new staff.\n")


#: (current title, earlier title, what the resume asks for, target titles) → the level is not entry.
LEVEL_ROWS = [
    ("General Manager", "Shift Lead", "an Operations Manager or Store Manager", ["Store Manager"]),
    ("General Manager", "Shift Lead", "a Store Manager", ["Store Manager"]),
    ("Restaurant Manager", "Assistant Manager", "a Store Manager", ["Store Manager"]),
    ("Kitchen Manager", "Shift Lead", "an Operations Manager", ["Operations Manager"]),
    ("Store Manager", "Assistant Store Manager", "a Restaurant Manager", ["Restaurant Manager"]),
    ("Assistant Store Manager", "Shift Supervisor", "a Store Manager", ["Store Manager"]),
    ("Hotel General Manager", "Front Desk Supervisor", "an Operations Manager", ["Operations Manager"]),
    ("Warehouse Manager", "Shift Supervisor", "a Store Manager", ["Store Manager"]),
    ("Branch Manager", "Assistant Manager", "a Store Manager", ["Store Manager"]),
    ("Owner/Operator", "Kitchen Manager", "an Operations Manager", ["Operations Manager"]),
    ("District Manager", "Store Manager", "an Operations Manager", ["Operations Manager"]),
    ("Restaurant General Manager", "Kitchen Manager", "a District Manager", ["District Manager"]),
]


@pytest.mark.parametrize("current,earlier,seeking,targets", LEVEL_ROWS)
def test_unit_manager_moving_between_units_is_not_entry(current, earlier, seeking, targets):
    from careercopilot.services.matching.profile import read_person
    from careercopilot.services.matching.signals import _resume_titles

    text = _resume(current, earlier, seeking)
    _, _, level = read_person(targets, _resume_titles(text), text, None)
    assert level not in (None, "entry")


#: (current title, the title the resume asks for, years, acceptable pre-filled levels): 7 of the 25 rows
#: were entry on the old code (a field change by O*NET family).
PREFILL_ROWS = [
    ("General Manager", "Store Manager", 12.4, {"lead", "senior", "executive"}),
    ("General Manager", "Operations Manager", 12.4, {"lead", "senior", "executive"}),
    ("Restaurant Manager", "Store Manager", 8.0, {"lead", "senior"}),
    ("Kitchen Manager", "Operations Manager", 10.0, {"lead", "senior"}),
    ("Store Manager", "Restaurant Manager", 9.0, {"lead", "senior"}),
    ("Assistant Store Manager", "Store Manager", 5.0, {"senior", "lead"}),
    ("Shift Lead", "Assistant Manager", 4.0, {"mid", "senior", "lead"}),
    ("Warehouse Manager", "Operations Manager", 11.0, {"lead", "senior"}),
    ("Hotel General Manager", "Operations Manager", 15.0, {"lead", "senior", "executive"}),
    ("Front Desk Supervisor", "Front Office Manager", 6.0, {"senior", "lead"}),
    ("Branch Manager", "Store Manager", 9.0, {"lead", "senior"}),
    ("Owner/Operator", "General Manager", 14.0, {"lead", "senior", "executive"}),
    ("Executive Chef", "Restaurant Manager", 12.0, {"lead", "senior"}),
    ("District Manager", "Operations Manager", 13.0, {"lead", "senior", "executive"}),
    ("Department Manager", "Store Manager", 7.0, {"lead", "senior"}),
    ("Clinic Manager", "Operations Manager", 9.0, {"lead", "senior"}),
    ("Practice Manager", "Office Manager", 8.0, {"lead", "senior", "mid"}),
    ("Maintenance Supervisor", "Facilities Manager", 10.0, {"lead", "senior"}),
    ("Site Supervisor", "Operations Manager", 9.0, {"lead", "senior"}),
    ("Assistant General Manager", "General Manager", 7.0, {"lead", "senior", "executive"}),
    ("Pharmacy Manager", "Store Manager", 10.0, {"lead", "senior"}),
    ("Salon Manager", "Store Manager", 6.0, {"lead", "senior"}),
    # controls: a real change of field stays entry
    ("Line Cook", "Web Developer", 8.0, {"entry"}),
    ("Registered Nurse", "Data Analyst", 7.0, {"entry"}),
    ("Server", "Software Engineer", 5.0, {"entry"}),
]


@pytest.mark.parametrize("current,target,years,levels", PREFILL_ROWS)
def test_prefilled_level_of_a_unit_manager(current, target, years, levels):
    from careercopilot.services.preferences import prefill_level

    assert prefill_level(target, True, current, years, "") in levels


@pytest.mark.parametrize("target,posting", [("Core Facility Manager", "Store Manager"), ("Laboratory Manager", "Restaurant Manager"),
                                            ("Security Site Manager", "Kitchen Manager"),
                                            ("Facilities Maintenance Manager", "Assistant Store Manager"),
                                            ("Warehouse Manager", "Restaurant Manager"), ("Plant Manager", "Store Manager")])
def test_unit_titles_of_other_kinds_are_not_the_target(target, posting):
    from careercopilot.normalize.unit_management import same_job_title

    assert not same_job_title(target, posting)


def test_band_line_names_the_target_gap():
    """The Job-detail band line says why a same-field posting is below a strong fit."""
    from careercopilot.services.job_detail_views import _band_why

    comps = {"semantic": 0.9, "lexical": 0.9, "skills": 0.9, "title": 0.85, "preference": 0.5, "freshness": 1.0}
    st = score_steps(comps, {}, 1.0, "same", target_gap=True)
    assert "neither your target title nor your seniority" in _band_why(st, ["title", "seniority"])
