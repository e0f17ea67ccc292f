"""Real resume experience-entry, name and credential shapes read by the offline writer (session 16 user
trial: a nurse's bullet became her title, letters ended "Sincerely," without the name, a promotion arrow
line was copied and the header's CPA left out)."""

import re
import pytest

from careercopilot.normalize.resume_fields import find_name
from careercopilot.writing import offline
from careercopilot.writing.resume_facts import header_credentials, roles

NURSE = """Maria Delgado, RN, BSN
Columbus, OH | maria.delgado@example.com

EXPERIENCE
Staff Nurse, Medical-Surgical Unit — Riverside Methodist Hospital, Columbus, OH
June 2021 – Present
• Provide direct patient care for 5–6 patients per shift on a 32-bed medical-surgical unit
• Administer medications and IV therapy and document care in Epic EHR

Staff Nurse, Telemetry — Mount Carmel East Hospital, Columbus, OH
August 2018 – May 2021
• Monitored cardiac rhythms and responded to telemetry alarms for 24 patients

LICENSES AND CERTIFICATIONS
BLS and ACLS, American Heart Association
"""
ACCOUNTANT = """Priya Raman
CPA
Chicago, IL | priya.raman@example.com

PROFESSIONAL EXPERIENCE
Grant Thornton LLP, Chicago, IL (2018 – Present)
Staff Accountant → Senior Staff Accountant
- Prepared month-end close journal entries and account reconciliations for 12 clients
- Built Excel models for revenue forecasting and variance analysis

Smith & Lee CPAs — Accounting Intern
Summer 2017
- Assisted with individual tax returns and bookkeeping
"""

# (experience lines, first role's title, its employer, its first bullet, whether it runs to the present)
SHAPES = [
    ("Staff Nurse, Medical-Surgical Unit — Riverside Methodist Hospital, Columbus, OH\nJune 2021 – Present\n"
     "• Provide direct patient care for 5–6 patients", "Staff Nurse", "Riverside Methodist Hospital",
     "Provide direct patient care for 5–6 patients", True),
    ("Senior Software Engineer, Lumen Health — Portland, OR  March 2019 – Present\n- Built a claims API in Python",
     "Senior Software Engineer", "Lumen Health", "Built a claims API in Python", True),
    ("Journeyman Electrician | Hudson Electric Co. | Bronx, NY | 2019 – Present\n- Installed conduit and panels",
     "Journeyman Electrician", "Hudson Electric Co.", "Installed conduit and panels", True),
    ("Smith & Lee CPAs — Accounting Intern\nSummer 2017\n- Assisted with individual tax returns",
     "Accounting Intern", "Smith & Lee CPAs", "Assisted with individual tax returns", False),
    ("Grant Thornton LLP, Chicago, IL (2018 – Present)\nStaff Accountant → Senior Staff Accountant\n"
     "- Prepared month-end close entries", "Senior Staff Accountant", "Grant Thornton LLP",
     "Prepared month-end close entries", True),
    ("Software Engineer at Google, 2016 – 2019\n- Wrote Go services for ads", "Software Engineer", "Google",
     "Wrote Go services for ads", False),
    ("Charge Nurse          St. Luke's Hospital          2020 – Present\nSupervise 8 nurses on night shift",
     "Charge Nurse", "St. Luke's Hospital", "Supervise 8 nurses on night shift", True),
    ("10/2015 to 01/2016\nWarehouse Associate, Acme Logistics Inc.\nPicked and packed 200 orders a shift",
     "Warehouse Associate", "Acme Logistics Inc.", "Picked and packed 200 orders a shift", False),
    ("Acme Corp — Boston, MA\nSenior Analyst, 2020 – Present\n- Led pricing reviews for retail\n"
     "Analyst, 2017 – 2020\n- Built weekly sales reports", "Senior Analyst", "Acme Corp", "Led pricing reviews for retail",
     True),
    ("Line Cook, Blue Door Bistro, 2019 – 2022\nPromoted to Sous Chef in 2021 after two years\n",
     "Line Cook", "Blue Door Bistro", "Promoted to Sous Chef in 2021 after two years", False),
]


@pytest.mark.parametrize("lines,title,employer,bullet,ongoing", SHAPES)
def test_entry_shapes(lines, title, employer, bullet, ongoing):
    role = roles("Jane Doe\n\nEXPERIENCE\n" + lines + "\n")[0]
    assert (role.title, role.employer, role.bullets[:1], role.ongoing) == (title, employer, [bullet], ongoing)


def test_promotions_at_one_employer():
    r = roles(ACCOUNTANT)
    assert r[0].earlier == ["Staff Accountant"] and all("→" not in b for x in r for b in x.bullets)
    stacked = roles("EXPERIENCE\n" + SHAPES[8][0])
    assert [(x.title, x.employer) for x in stacked] == [("Senior Analyst", "Acme Corp"), ("Analyst", "Acme Corp")]


@pytest.mark.parametrize("text,name", [
    ("Maria Delgado, RN, BSN\nColumbus, OH", "Maria Delgado"),
    ("JOHN SMITH\nBronx, NY · 718-555-0199", "John Smith"),
    ("Priya Raman\nCPA\nChicago, IL", "Priya Raman"),
    ("Daniel Novak — Senior Backend Engineer\nBerlin, Germany", "Daniel Novak"),
])
def test_name_shapes(text, name):
    assert find_name(text + "\n\nEXPERIENCE\nClerk, Acme, 2019 – 2020\n") == name


@pytest.mark.parametrize("text,creds", [
    ("Maria Delgado, RN, BSN\nColumbus, OH", ["RN", "BSN"]),
    ("Priya Raman\nCPA\nChicago, IL", ["CPA"]),
    ("JOHN SMITH\nBronx, NY", []),
    ("Lee Park, PhD\nSeattle, WA\nWA", ["PhD"]),
])
def test_header_credentials(text, creds):
    assert header_credentials(text + "\n\nEXPERIENCE\nClerk, Acme, 2019 – 2020\n") == creds


def _letter(resume: str, company: str, title: str, posting: str) -> str:
    return offline.cover_letter(offline.WritingInput(resume_text=resume, company=company, title=title,
                                                     posting_text=posting))


def test_nurse_letter_reads_the_current_role():
    text = _letter(NURSE, "OhioHealth", "Registered Nurse", "Registered Nurse\nRequirements:\n- Epic EHR\n- BLS")
    # (session 22: the current-role sentence quotes a bullet no evidence sentence quotes, else names the role only)
    assert re.search(r"(?:In my current role as|My current role is) Staff Nurse at Riverside Methodist Hospital\b", text)
    assert "provide direct patient care" in text
    assert "where I staff Nurse" not in text and "as Provide" not in text
    assert text.rstrip().endswith("Sincerely,\nMaria Delgado")


def test_accountant_letter_names_the_cpa_and_no_arrow():
    text = _letter(ACCOUNTANT, "Deloitte", "Senior Accountant", "Senior Accountant\nRequirements:\n- GAAP\n- Excel")
    assert "→" not in text and "CPA" in text.replace("Smith & Lee CPAs", "")
    assert "Senior Staff Accountant at Grant Thornton LLP" in text
    assert text.rstrip().endswith("Priya Raman")


def test_a_past_role_is_not_called_current():
    resume = "EXPERIENCE\nElectrician | Volt Co. | 2015 – 2019\n- Installed conduit and panels in 40 homes\n"
    text = _letter(resume, "Con Edison", "Electrician", "Electrician\nRequirements:\n- Conduit")
    assert re.search(r"(?:In my most recent role as|My most recent role is) Electrician at Volt Co\.", text)
    assert "current role" not in text
