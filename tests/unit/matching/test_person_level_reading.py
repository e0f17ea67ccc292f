"""The matcher's reading of a person's level (``services.matching.profile.read_person``):
asking for the job one holds is no career change, a generic current title takes the job zone
of the person's profession, and a generic title does not say the person works in another field
(issue 11, level reading)."""

from __future__ import annotations

import pytest

from careercopilot.services.matching.profile import read_person


def _resume(title: str, summary: str, years: tuple[int, int] = (2014, 2026)) -> str:
    return (f"PAT EXAMPLE\nColumbus, OH · 555-0101\n\nSUMMARY\n{summary}\n\nEXPERIENCE\n{title}\n"
            f"Acme Services, Columbus, OH {years[0]} - present\n- Daily work of the role.\n")


@pytest.mark.parametrize(("title", "summary", "targets", "level"), [
    # the person wants the job they hold: no career change, whatever family the title is misread into
    ("Public Information Officer", "Seeking a public information officer role in a city agency.",
     ["Public Information Officer", "Communications Manager"], "senior"),
    ("Member Services Representative II", "Seeking a member services representative position.",
     ["Member Services Representative"], "mid"),
    # a generic current title takes its profession's job zone (a warehouse "Associate" is entry)
    ("Associate", "Seeking a warehouse associate role on day shift.", ["Warehouse Associate", "Inventory Clerk"],
     "entry"),
    # a catch-all title ("Vice President") does not make the person a changer into their own field
    ("Vice President", "Seeking a chief human resources officer role.", [], "executive"),
    # a real career change still enters low
    ("Staff Accountant", "Career change: moving into software engineering after a coding bootcamp.",
     ["Junior Software Engineer"], "entry"),
])
def test_person_level(title, summary, targets, level):
    _, _, got = read_person(targets, [title], _resume(title, summary), None)
    assert got == level


def test_a_supervising_coordinator_with_a_licence_is_a_nursing_lead():
    text = ("GWEN EXAMPLE, BSN, RN\nSpringfield, MO\n\nSUMMARY\nHome health RN with 14 years in the field. "
            "Seeking a nurse manager role.\n\nEXPERIENCE\nClinical Coordinator\nOzark Home Health 2020 - present\n"
            "* Supervise 9 field RNs, 4 LPNs and 6 home health aides.\n")
    _, family, level = read_person([], ["Clinical Coordinator"], text, None)
    assert (family, level) == ("nursing", "lead")


def _history(titles: list[tuple[str, int, int]], summary: str) -> str:
    jobs = "\n".join(f"{t}\nAcme Services, Boston, MA {a} - {'present' if b == 0 else b}\n- Daily work of the role.\n"
                     for t, a, b in titles)
    return f"PAT EXAMPLE\nBoston, MA · 555-0101\n\nSUMMARY\n{summary}\n\nEXPERIENCE\n{jobs}"


@pytest.mark.parametrize(("titles", "summary", "not_level"), [
    # an earlier title already in the field the person asks for: no career change, whatever a
    # generic current title reads as (held-back set blind6: a law firm's Senior Associate after a
    # clerkship asking for Senior Counsel was read as a career changer at entry level)
    ([("Senior Associate", 2022, 0), ("Associate", 2018, 2022), ("Law Clerk", 2017, 2018)],
     "Seventh-year commercial litigator. Seeking an in-house Senior Counsel role.", "entry"),
    ([("Senior Associate", 2021, 0), ("Paralegal", 2015, 2018)],
     "Litigation associate seeking a senior counsel role.", "entry"),
])
def test_an_earlier_title_in_the_field_is_no_career_change(titles, summary, not_level):
    text = _history(titles, summary)
    _, _, got = read_person([], [t for t, _, _ in titles], text, None)
    assert got != not_level


def test_a_real_changer_with_no_earlier_title_in_the_field_still_enters_low():
    text = _history([("Staff Accountant", 2016, 0), ("Accounts Payable Clerk", 2013, 2016)],
                    "Career change: moving into software engineering after a coding bootcamp.")
    _, _, got = read_person(["Junior Software Engineer"], ["Staff Accountant", "Accounts Payable Clerk"], text, None)
    assert got == "entry"
