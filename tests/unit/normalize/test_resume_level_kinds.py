"""How resumes show a person's level beyond their title's words (issue 11, level reading —
``normalize.level_reading``): the people they supervise, a practitioner's ladder that stays
mid whatever the years, and the kinds the title already says (Roman numerals, Sr./Senior,
deputy/assistant prefixes, foreman/charge/chief). Phrasings written from how real resumes put
them, not from the held-back sets' texts."""

from __future__ import annotations

import pytest

from careercopilot.normalize.level_reading import PRACTITIONER_FAMILIES, resume_level, supervised_count


@pytest.mark.parametrize(("text", "count"), [
    ("Supervise 9 field RNs, 4 LPNs and 6 home health aides across three counties.", 19),
    ("Managed a team of 12 customer service representatives.", 12),
    ("Lead a crew of 6 electricians and 2 apprentices on commercial fit-outs.", 8),
    ("Oversee a staff of 15 housekeepers and room attendants.", 15),
    ("7 direct reports (analysts and associates).", 7),
    ("Supervised eight therapists and three case managers; weekly clinical supervision.", 8),
    ("Directing approximately 40 employees across two shifts.", 40),
    ("Hired, trained and supervised a team of 5 paralegals.", 5),
    # things, not people; or no count
    ("Managed 30 client accounts worth $4M.", 0),
    ("Lead 3 projects a year from scoping to delivery.", 0),
    ("Supervised aides every 14 days per Medicare rules.", 0),
    ("Trained new hires on the POS system.", 0),
])
def test_supervised_count_reads_people_not_things(text, count):
    assert supervised_count("Summary\n" + text) == count


@pytest.mark.parametrize(("title", "years", "text", "family", "level"), [
    # a coordinator / specialist / title without level words who supervises a team → lead
    ("Clinical Coordinator", 12.0, "Supervise 9 RNs, 4 LPNs and 6 aides.", "nursing", "lead"),
    ("Program Coordinator", 6.0, "Manage a team of 8 outreach workers.", "social_work", "lead"),
    ("Specialist II", 6.0, "Supervise 5 claims specialists and train new hires.", "finance_accounting", "lead"),
    ("Office Manager", 9.0, "", "administrative", "lead"),
    # a practitioner's ladder stays mid however long the career (level guide: RN = mid, journeyman = mid)
    ("Registered Nurse", 14.0, "", "nursing", "mid"),
    ("Staff Nurse", 11.0, "", "nursing", "mid"),
    ("Electrician", 16.0, "", "skilled_trades", "mid"),
    ("CNC Machinist", 12.0, "", "manufacturing", "mid"),
    ("Case Manager", 11.0, "", "social_work", "mid"),
    ("Police Officer", 15.0, "", "public_safety", "mid"),
    ("Mathematics Teacher", 12.0, "", "education", "mid"),
    # the titled rungs of those ladders still count
    ("Senior Staff Nurse", 14.0, "", "nursing", "senior"),
    ("Charge Nurse", 8.0, "", "nursing", "senior"),  # charge duty, not a manager (session 23, level_lookalikes)
    ("Electrical Foreman", 16.0, "", "skilled_trades", "lead"),
    ("Master Electrician", 16.0, "", "skilled_trades", "lead"),  # level guide: master trades = lead
    ("Apprentice Electrician", 2.0, "", "skilled_trades", "entry"),
    # a professional's years do make them senior ("5+ yrs specialist")
    ("Budget Analyst", 11.0, "", "finance_accounting", "senior"),
    ("Communications Specialist", 12.0, "", "marketing_communications", "senior"),
    ("Budget Analyst", 6.0, "", "finance_accounting", "mid"),
    # Roman numerals, Sr./Senior, prefixes, heads
    ("Accountant II", 4.0, "", "finance_accounting", "mid"),
    ("Management Analyst III", 8.0, "", "finance_accounting", "senior"),
    ("Sr. Paralegal", 7.0, "", "legal", "senior"),
    ("Paralegal I", 1.0, "", "legal", "entry"),
    ("Deputy Director of Operations", 15.0, "", "policy_program", "lead"),
    ("Assistant Director, Student Services", 10.0, "", "education", "lead"),
    ("Deputy Commissioner", 20.0, "", "policy_program", "executive"),
    ("Head of Finance", 15.0, "", "finance_accounting", "executive"),
    ("Vice President, Human Resources", 20.0, "", "human_resources", "executive"),
    ("Chief Nursing Officer", 25.0, "", "nursing", "executive"),
    ("Executive Housekeeper", 15.0, "", "hospitality", "lead"),
])
def test_resume_level_variants(title, years, text, family, level):
    assert resume_level(title, years, text, family=family) == level


def test_a_career_change_still_enters_low():
    # into an unrelated field: entry (issue-11 blind2 b27, a staff accountant becoming a software engineer)
    text = "Career change: 4 years as a staff accountant, now moving into software engineering."
    assert resume_level("Staff Accountant", 4.0, text, family="software_engineering") == "entry"
    # into an adjacent field the old work counts (blind4 d21: accountant → data analyst = mid;
    # families.md: "entry unless the old job already did the core work of the new one")
    text = "Career change: 7 years as a staff accountant, now moving into data analysis."
    assert resume_level("Staff Accountant", 7.0, text, family="data_analysis") == "mid"


def test_practitioner_families_are_families():
    import json
    from pathlib import Path

    fams = json.loads((Path(__file__).resolve().parents[3] / "benchmarks/data/issue11/families.json").read_text())
    names = {f["id"] if isinstance(f, dict) else f for f in (fams.get("families") if isinstance(fams, dict) else fams)}
    assert PRACTITIONER_FAMILIES <= names
