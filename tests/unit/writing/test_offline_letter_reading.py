"""The offline cover letter read as a stranger reads it (issue 12, writer69): a noun phrase opening a
bullet is not spliced after "where I" (kind 1), a bullet's opening verb is not cited as a tool (kind 2),
a "·"/"|" skills line is not quoted as credentials (kind 3), a role is named once per run of sentences
about it (kind 7), and the "requirements reach beyond" filler comes only after the person's own facts
(kind 4). Rows: variants from the blind10–blind12 letters and the newcomer trial."""

from __future__ import annotations

import re

import pytest

from careercopilot.writing import phrasing
from careercopilot.writing.offline import WritingInput, cover_letter
from careercopilot.writing.resume_facts import credential_lines

# (bullet, starts with a verb)
HOMOGRAPHS = [
    ("Program reports and logic models with the program directors", False),
    ("Process improvement projects for the billing office", False),
    ("Support for the CFO and two controllers", False),
    ("Record keeping for 3 job sites", False),
    ("Project management of 3 tenant build-outs", False),
    ("Design reviews for MEP and fire protection", False),
    ("Lead generation campaigns in HubSpot", False),
    ("Report writing for the county court", False),
    ("Schedule coordinator for 40 technicians", False),
    ("Schedule crews and equipment for 3 sites", True),
    ("Conduct inspections of sprinkler systems", True),
    ("Lead training sessions for new hires", True),
    ("Program PLCs and HMIs for packaging lines", True),
    ("Report findings to the audit committee", True),
    ("Lead and mentor 5 outlet managers", True),
    ("Schedule appointments and insurance verifications daily", True),
]


@pytest.mark.parametrize("bullet, verb", HOMOGRAPHS)
def test_homograph_openings(bullet: str, verb: bool) -> None:
    assert phrasing.is_verb_phrase(bullet) is verb


# (credentials section line, items a letter may quote as credentials)
SKILL_LINES = [
    ("OSHA 30 Construction · CPR/First Aid · Procore · Bluebeam · MS Project", ["OSHA 30 Construction", "CPR/First Aid"]),
    ("A.S.N., River Valley Community College, 2011 | B.S.N. (online), Southern NH University, 2016",
     ["A.S.N., River Valley Community College, 2011", "B.S.N. (online), Southern NH University, 2016"]),
    ("BLS · ACLS · PALS", ["BLS", "ACLS", "PALS"]),
    ("PMP | Jira | Confluence | Smartsheet", ["PMP"]),
    ("ServSafe Manager · Toast POS · OpenTable", ["ServSafe Manager"]),
    ("MS Data Science, Purdue | Tableau | Python", ["MS Data Science, Purdue"]),
    ("Excel · SQL · Tableau", []),
    ("CPSM (ISM) | NIGP-CPP | Michigan public purchasing association member",  # nothing left out: as written
     ["CPSM (ISM)", "NIGP-CPP", "Michigan public purchasing association member"]),
    ("CDL Class A | Forklift certified | Excel", ["CDL Class A", "Forklift certified"]),
    ("Notary Public (Texas) · Clio · QuickBooks", ["Notary Public (Texas)"]),
    ("EPA 608 Universal certification | AutoCAD", ["EPA 608 Universal certification"]),
]


@pytest.mark.parametrize("line, kept", SKILL_LINES)
def test_credentials_line_items(line: str, kept: list[str]) -> None:
    resume = "Pat Doe\n\nEXPERIENCE\nClerk, Acme Corp, 2020 - present\n- Filed reports\n\nCERTIFICATIONS\n" + line + "\n"
    got = [c for c in credential_lines(resume)]
    sep = " · " if "·" in line else " | "
    assert got == ([sep.join(kept)] if kept else [])


ROLE = "Chemistry Teacher & Chemical Hygiene Officer at Whetstone High School"
# (bullet, form)
AGAIN = [("Ran UV-Vis and titration labs for 120 students", f) for f in range(3)] + [
    ("Weekly calibration of balances and pH meters", f) for f in range(3)]


@pytest.mark.parametrize("bullet, form", AGAIN)
def test_role_named_once(bullet: str, form: int) -> None:
    s = phrasing.evidence_sentence(["calibration"], ROLE, bullet, form, again=True)
    assert ROLE not in s and re.search(r"in that role|there", s)
    assert any(re.search(rx, s) for rx in phrasing.CITED_FORMS)  # the format check still reads the skill


MENTOR = """Alex Rivera, PE
Denver, CO | alex@example.com

EXPERIENCE
Fire Protection Engineer, Barlow Ridge Consulting Engineers, 2019 - present
- Mentor two EIT engineers through PE exam preparation
- Designed sprinkler systems in AutoCAD and Revit for 40 commercial buildings
- Ran hydraulic calculations in HydraCAD for warehouse and high-rise projects

Designer, Front Range Fire, 2015 - 2019
- Drafted NFPA 13 layouts in AutoCAD for tenant improvements
- Coordinated with the fire marshal on plan reviews
"""


def test_opening_verb_is_not_a_tool() -> None:
    letter = cover_letter(WritingInput(MENTOR, company="Jensen Hughes", title="Fire Protection Engineer",
                                       posting_text="Requirements: AutoCAD, Revit, mentoring junior engineers, NFPA 13."))
    assert "Mentor as" not in letter and "mentor as" not in letter


def test_role_label_not_repeated_in_letter() -> None:
    letter = cover_letter(WritingInput(MENTOR, company="Jensen Hughes", title="Fire Protection Engineer",
                                       posting_text="Requirements: AutoCAD, Revit, HydraCAD, NFPA 13 sprinkler design."))
    for para in letter.split("\n\n"):
        assert para.count("Fire Protection Engineer at Barlow Ridge Consulting Engineers") <= 1, para
