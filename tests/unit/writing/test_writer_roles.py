"""Roles the offline writer cites, read from real resume layouts (issue 12, session 22).

The offline writer names each bullet's role ("I used X as <title> at <employer>"); when it read the
role wrong the grounding checker rightly flagged the letter ("Data Analytics Intern at INTERNSHIP",
"Stock Associate at Home Depot, where I forming and pouring sidewalks" — the family business's work).
Rows are trimmed from the issue-11 resumes (``benchmarks/data/issue11/*resumes.jsonl``: i05, i16, i10,
r08, r38, r28, d03, i25, h15). Old code (session 21's ``resume_facts.roles``): all 13 rows failed.
"""

from __future__ import annotations

import pytest

from careercopilot.writing.phrasing import evidence_sentence, is_verb_phrase, variant
from careercopilot.writing.resume_facts import roles

ROWS = [
    ("sub-heading INTERNSHIP",
     "SKILLS: SQL | Excel | Tableau\n\nINTERNSHIP\nData Analytics Intern, Peachline Grocers - Summer 2025\n"
     "- Wrote SQL for the weekly shrink report (38 stores).\n",
     [("Data Analytics Intern", "Peachline Grocers")], None),
    ("sub-heading EARLIER",
     "EXPERIENCE\nDocument Review Paralegal - via Keystone eDiscovery, 2021-2022\n  First-level review and coding on 4 "
     "matters.\n\nEARLIER\nLegal Assistant, Dorsey Brandt & Hale (insurance defense) - 2019-2021\n  Calendars, filings, "
     "client correspondence for 3 attorneys.\n",
     [("Document Review Paralegal", "Keystone eDiscovery"), ("Legal Assistant", "Dorsey Brandt & Hale")], None),
    ("sub-heading WORK",
     "Tech Lead / shop foreman, 17 yrs automotive.\n\nWORK\nTech Lead - Treasure Valley Honda, Boise ID - 2018-now\n"
     "- Run the team of 7 techs + 2 lube techs: dispatch ROs, QC road tests\n",
     [("Tech Lead", "Treasure Valley Honda")], None),
    ("lower-case header with dates",
     "EXPERIENCE\nStock Associate — Home Depot, Phoenix AZ (2021 - present)\n  - Unload trucks, move material with "
     "pallet jack.\nWeekend helper — Ortega Concrete (family business) (2020 - present)\n  - Forming and pouring "
     "sidewalks and patios, finishing concrete.\n",
     [("Stock Associate", "Home Depot"), ("Weekend helper", "Ortega Concrete")], None),
    ("entry on one line",
     "EXPERIENCE\nCustomer Success Manager — NorthPeak Software (2018–2021)\nTechnical Support Specialist — Lakes "
     "Payroll Inc. (2016–2018): tier-2 tickets, SQL lookups, knowledge base articles.\n",
     [("Customer Success Manager", "NorthPeak Software"), ("Technical Support Specialist", "Lakes Payroll Inc.")], None),
    ("city read as the employer",
     "Experience\nSenior Data Scientist, Bay Insurance — Oakland, 2016–2020\n  Pricing and churn models (logistic "
     "regression, XGBoost), SQL on Snowflake.\n",
     [("Senior Data Scientist", "Bay Insurance")], None),
    ("unclosed aside in the employer",
     "NURSING EXPERIENCE\nStaff Nurse, Telemetry / Step-Down Unit\nCapital Oaks Community Hospital (36-bed unit), "
     "Raleigh, NC                  2015 - 2018\n- 4-5 patient assignment; cardiac monitoring.\n",
     [("Staff Nurse", "Capital Oaks Community Hospital")], None),
    ("'Same hospital': no employer named",
     "NURSING EXPERIENCE\nStaff Nurse, Telemetry Unit\nCapital Oaks Community Hospital, Raleigh, NC        2015 - 2018\n"
     "- Charge nurse on nights about once a week.\n\nStaff Nurse, Medical-Surgical Unit\nSame hospital"
     "                2013 - 2015\n- Post-op orthopedic and general surgery patients, wound care.\n",
     [("Staff Nurse", "Capital Oaks Community Hospital"), ("Staff Nurse", "")], None),
    ("'same department': no employer named",
     "EXPERIENCE\nAnalyst (Budget), Fairfax County Government, Fairfax, VA       2020 - present\n- Lead analyst for "
     "Public Works.\n\nBudget Analyst II, same department                     2017 - 2020\n- Public safety agencies "
     "(Fire, Sheriff); overtime analysis.\n",
     [("Analyst", "Fairfax County Government"), ("Budget Analyst II", "")], None),
    ("TRAINING / CERTS ends the experience",
     "WORK\nLube Tech - Quick Lane - 2007-2009\n- Oil changes and tire rotations on 30 cars a day.\n\nTRAINING / CERTS\n"
     "ASE Master Automobile Tech (A1-A8)\nHonda PACT Master Technician\nEPA 609 AC\n\nOwn tools (~$60K). Clean driving "
     "record.\n",
     [("Lube Tech", "Quick Lane")], "Own tools"),
    ("long inline SKILLS line",
     "EXPERIENCE\nCustomer Success Manager — NorthPeak Software (2018–2021)\n * Built health scores in Gainsight.\n"
     "SKILLS: Gainsight, Zendesk, Salesforce, churn analysis, onboarding, coaching, SQL (basic), QBRs, renewals\n",
     [("Customer Success Manager", "NorthPeak Software")], "SKILLS"),
    ("date line with its length",
     "Experience\nCustomer Support Manager — Prairie Ledger\nMarch 2022 - October 2026 (4 years 8 months)\nManaged 9 "
     "support specialists (phone, chat, email). CSAT 88% to 94%.\n",
     [("Customer Support Manager", "Prairie Ledger")], "4 years 8 months"),
    ("bullet wrapped onto the next line",
     "EXPERIENCE\nAssociate General Counsel, Transit Workers Union                2017 - present\n- First-chair 40+ "
     "labor arbitrations (discipline, contract interpretation); 70% win or\n  favorable settlement.\n",
     [("Associate General Counsel", "Transit Workers Union")], None),
]


@pytest.mark.parametrize("name, text, expected, not_a_bullet", ROWS, ids=[r[0] for r in ROWS])
def test_roles(name, text, expected, not_a_bullet):
    got = roles(text)
    assert [(r.title, r.employer) for r in got] == expected
    bullets = [b for r in got for b in r.bullets]
    if not_a_bullet:
        assert not any(not_a_bullet in b for b in bullets)
    if name == "bullet wrapped onto the next line":
        assert bullets == ["First-chair 40+ labor arbitrations (discipline, contract interpretation); 70% win or "
                           "favorable settlement."]


# bullet → whether "I <bullet>" is a sentence (real bullets of the issue-11 resumes)
VERB_PHRASES = [
    ("Assess, plan and document care for 5-6 adult patients per shift in Epic", True),
    ("Built health scores in Gainsight, QBR templates, renewal playbooks", True),
    ("Precept new graduate nurses (6 so far)", True),
    ("Unload trucks, move material with pallet jack and forklift (certified).", True),
    ("Lead a team of 5 data scientists and 2 analysts.", True),
    ("Know lumber, concrete, plumbing products; help contractors load their trucks.", True),
    ("Post-op orthopedic and general surgery patients, wound care, PCA pumps, discharge teaching.", False),
    ("Forming and pouring sidewalks and patios, finishing concrete, rebar tying.", False),
    ("Use of skid steer (basic), mixing mortar.", False),
    ("Calendars, filings, client correspondence for 3 attorneys.", False),
    ("Lead analyst for Public Works, Housing, and Transportation: combined $690M operating", False),
    ("Charge nurse on nights about once a week; precepted two new graduates.", False),
    ("4-5 patient assignment; cardiac monitoring, drips (heparin, diltiazem, amiodarone).", False),
    ("Certified in Epic inpatient documentation.", False),
]


@pytest.mark.parametrize("bullet, verb", VERB_PHRASES)
def test_verb_phrase(bullet, verb):
    assert is_verb_phrase(bullet) is verb


def test_verb_phrase_table_old_failures():
    """The old writer wrote "where I <bullet>" for every bullet: each noun-phrase row failed ("where I post-op
    orthopedic …", "where I forming and pouring …", "where I calendars, filings …")."""
    assert sum(not verb for _, verb in VERB_PHRASES) == 8


def test_evidence_forms_differ_and_stay_grammatical():
    forms = {evidence_sentence(["Epic"], "Registered Nurse at Kings County Hospital",
                               "Assess, plan and document care in Epic.", i) for i in range(3)}
    assert len(forms) == 3 and all(" I assess, plan and document care in Epic." in f for f in forms)
    noun = evidence_sentence(["wound care"], "Staff Nurse", "Post-op patients, wound care, PCA pumps.", 0)
    assert noun == "I used wound care as a Staff Nurse: Post-op patients, wound care, PCA pumps."  # trial101: article
    assert "where I post" not in noun


def test_openings_vary_across_people():
    """Sentence variety: 60 different resume texts spread over all three forms."""
    picks = {variant(f"resume {i}\nRegistered Nurse 2019 - present") for i in range(60)}
    assert picks == {0, 1, 2}


# trial105 finding 9: past-tense openings outside the action-verb list were pasted after a colon
# ("experience with collections: Covered office-manager duties …"); 8 of the 12 verb rows failed before.
PAST_OPENINGS = [
    ("Covered office-manager duties two days a week, including insurance verification", True),
    ("Scaled and root-planed periodontal patients", True),
    ("Trained new dental assistants on Dentrix charting", True),
    ("Sat on the infection-control committee", True),
    ("Fielded 60 calls a day for three providers", True),
    ("Triaged walk-in emergencies with the dentist", True),
    ("Charted perio exams in Eaglesoft", True),
    ("Sterilized instruments and logged autoclave tests", True),
    ("Reconfigured the recall system for 2,400 patients", True),
    ("Shadowed the office manager on payroll", True),
    ("Paid vendors and reconciled the petty cash", True),
    ("Underwent cross-training in billing", True),
    ("Trained in local anesthesia administration (Rhode Island permit)", False),
    ("Certified in CPR/BLS", False),
    ("Licensed dental hygienist in two states", False),
    ("Advanced cardiac life support (ACLS)", False),
    ("Detailed charting and recall tracking", False),
    ("Speed and accuracy in data entry", False),
]


@pytest.mark.parametrize("bullet, verb", PAST_OPENINGS)
def test_past_tense_openings(bullet, verb):
    assert is_verb_phrase(bullet) is verb
