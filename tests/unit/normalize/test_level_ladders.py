"""Levels of public job ladders and of resumes that say more than their title (issue 11, level
reading: ``normalize.level_reading``). Titles and phrasings from public ladders and how real
resumes put them: US OPM General Schedule grades, hospital clinical ladders (Clinical Nurse
I–IV), civil-service and bank support grades (Clerical Associate III), law-firm and in-house
legal ladders, bank officer grades (AVP / VP / SVP beside an individual contributor's noun),
police and military ranks, the kitchen brigade, public-service fellowships; and resumes of new
entrants, returners, people leaving the military and people who held the next rung "acting".
The level is the job the person would be hired into next (issue-11 SOURCES.md point 4)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.level_reading import resume_level, stated_years, supervised_count
from careercopilot.normalize.occupations import infer_level


@pytest.mark.parametrize(("title", "level"), [
    # US federal General Schedule (OPM): 5/7 entry, 9/11 full performance, 12/13 senior, 14/15 supervisory
    ("Contract Specialist, GS-1102-7", "entry"),
    ("Program Analyst (GS-0343-11)", "mid"),
    ("Mathematical Statistician GS-1530-13", "senior"),
    ("Supervisory IT Specialist GS-2210-14", "lead"),
    ("Senior Executive Service (SES), Office of the CIO", "executive"),
    # support ladders: III is the journey rung, IV/V the senior one (NYC "Clerical Associate III" = mid)
    ("Clerical Associate III", "mid"),
    ("Associate III", "mid"),
    ("Office Assistant III", "mid"),
    ("Customer Service Representative III", "mid"),
    ("Engineering Technician IV", "senior"),
    # hospital clinical ladder and nursing support rungs (level guide: nursing assistant = entry)
    ("Clinical Nurse IV", "senior"),
    ("RN IV - Cardiac Step-Down", "senior"),
    ("Certified Nursing Assistant", "entry"),
    ("CNA - Long Term Care", "entry"),
    ("Patient Care Assistant", "entry"),
    ("Caregiver", "entry"),
    # in-house legal and law-firm ladders (posting labels: Assistant GC mid, Deputy GC lead)
    ("General Counsel", "executive"),
    ("Deputy General Counsel", "lead"),
    ("Assistant General Counsel", "mid"),
    ("Associate General Counsel, Employment", "senior"),  # blind8 h15 = senior (``level_offices``)
    ("Of Counsel", "senior"),
    ("First-Year Associate, Litigation", "entry"),
    # bank officer grades beside an individual contributor's noun are not executive offices
    ("Vice President, Software Engineer", "senior"),
    ("Software Engineer III - Vice President", "senior"),
    ("Credit Analyst - Vice President", "senior"),
    ("Vice President, Commercial Lending Officer", "senior"),
    ("Assistant Vice President, Credit Analyst", "mid"),
    ("SVP, Relationship Manager", "lead"),
    # police and military ranks (a military NCO's rank is not the civilian rung)
    ("Police Sergeant", "lead"),
    ("Sergeant, Property Crimes Unit", "lead"),
    ("Lieutenant", "lead"),
    ("Fire Captain", "lead"),
    ("Drill Sergeant / Senior Instructor", "mid"),
    # the kitchen brigade: the sous chef is the chef's second
    ("Sous Chef", "senior"),
    ("Executive Sous Chef", "senior"),
    # public-service fellowships and national service are first jobs
    ("Policy Fellow", "entry"),
    ("AmeriCorps VISTA Member", "entry"),
])
def test_ladder_rungs(title, level):
    assert infer_level(title, None, default=None) == level


@pytest.mark.parametrize(("title", "level"), [
    # a business function's partner is an individual contributor (no rung of its own)
    ("People Partner", None),
    ("Talent Acquisition Partner", None),
    ("Finance Partner", None),
])
def test_a_function_partner_is_not_a_firm_partner(title, level):
    assert infer_level(title, None, default=None) == level


@pytest.mark.parametrize(("title", "level"), [
    # unchanged: the executive and the firm's partner, the plain rungs
    ("Vice President of Sales", "executive"), ("VP of Engineering", "executive"),
    ("Vice President & Chief Compliance Officer", "executive"), ("Managing Partner", "executive"),
    ("Partner", "executive"), ("Senior Fellow", "senior"), ("Senior HR Business Partner", "senior"),
    ("AVP, Underwriting Team Leader", "lead"), ("Head Chef", "lead"), ("Clerk Typist II", "mid"),
    ("Outbound Telesales Representative 5", None),
])
def test_rungs_that_stay(title, level):
    assert infer_level(title, None, default=None) == level


@pytest.mark.parametrize(("title", "years", "text", "family", "level"), [
    # a first job in the field, stated in the summary → entry whatever the old title or years
    ("Shift Lead", 8.4, "OBJECTIVE\nNewly certified pharmacy technician (PTCB CPhT) looking for my first pharmacy "
     "tech job. 6 years of fast-paced retail behind me.", "allied_health", "entry"),
    ("Wheeled Vehicle Mechanic", 6.0, "TRANSITIONING SOLDIER\nU.S. Army Sergeant separating after 6 years. Just "
     "finished a CNC course and want a CNC operator or machinist\ntrainee job.", "manufacturing", "entry"),
    ("Mathematics Teacher", 7.0, "High school math teacher (7 years) who finished a full-time software engineering "
     "bootcamp in 2024.", "software_engineering", "entry"),
    ("Certified Nursing Assistant", 8.0, "OBJECTIVE\nNewly licensed Registered Nurse seeking a new graduate "
     "residency on a medical-surgical unit.", "nursing", "entry"),
    ("Recruiting Coordinator", 3.4, "Recruiting coordinator (1.5 years) looking for a recruiter role.",
     "human_resources", "entry"),
    # a returner comes back at most at mid (the rung they left)
    ("Administrative Assistant", 10.9, "SUMMARY\nOrganized administrative assistant returning to the workforce after "
     "five years caring for my mother.", "administrative", "mid"),
    ("Content Marketing Specialist", 10.4, "Content writer\n\nFreelance Content Writer | 2023 – present\n\n"
     "Career break | 2021 – 2023\nMedical leave and recovery.", "marketing_communications", "mid"),
    # leaving the military: at most mid
    ("Drill Sergeant / Senior Instructor", 14.4, "Army Sergeant First Class separating in January 2026 after 14 "
     "years of service, the last 8 in instruction.", "education", "mid"),
    # the next rung held as acting or interim
    ("Deputy General Counsel", 20.4, "Corporate attorney with 19 years of practice.\nDeputy General Counsel\n"
     "• Manage 6 attorneys, 3 paralegals.\n• Acting GC for 7 months in 2022 (GC medical leave).", "legal",
     "executive"),
    ("Assistant Director of Nursing", 12.0, "Served as Interim Director of Nursing for five months.", "nursing",
     "executive"),
    # the summary's years (curators read them; counted years run on to the day of matching)
    ("People Partner", 10.4, "HR business partner with 8 years in human resources, no direct reports.",
     "human_resources", "senior"),
    ("Budget Analyst", 9.4, "Budget analyst with 8 years in state government.", "finance_accounting", "senior"),
    ("Territory Manager", 9.4, "Medical device sales professional with 7 years of quota-carrying experience. "
     "Individual contributor.", "sales", "senior"),
    ("Client Success Manager", 7.4, "Client-facing support professional with 5 years in B2B software.",
     "customer_support", "mid"),
    ("Planner II", 11.4, "GIS and spatial data analyst, 9 years, regional government.", "data_analysis", "senior"),
    ("Associate III", 8.0, "Accountant with 4 years of general ledger work at a bank.", "finance_accounting", "mid"),
    ("Clinician III", 11.4, "Licensed clinical social worker with 9 years in community mental health.",
     "social_work", "senior"),
    # a police sergeant who supervises a range of officers stays lead
    ("Police Officer", 20.0, "PROFILE: patrol sergeant supervising 8-12 officers and detectives.", "public_safety",
     "lead"),
])
def test_resume_levels(title, years, text, family, level):
    assert resume_level(title, years, text, family=family) == level


@pytest.mark.parametrize(("title", "years", "text", "family", "level"), [
    # unchanged: a practitioner's II stays mid however long; a II professional short of the years stays mid
    ("Member Services Representative II", 12.0, "", "customer_support", "mid"),
    ("Electrician II", 15.0, "", "skilled_trades", "mid"),
    ("Specialist II", 5.3, "", "allied_health", "mid"),
    # a returner who is a CNA is still entry; a police sergeant retiring is still lead
    ("Certified Nursing Assistant", 6.0, "Returning to work after a career break.", "nursing", "entry"),
    ("Police Sergeant", 20.0, "Police sergeant retiring in June 2025 after 21 years.", "public_safety", "lead"),
])
def test_resume_levels_that_stay(title, years, text, family, level):
    assert resume_level(title, years, text, family=family) == level


@pytest.mark.parametrize(("text", "years"), [
    ("Recruiting coordinator (1.5 years) looking for a recruiter role.", 1.5),
    ("Four years supporting a busy property management office.", 4.0),
    ("Principal designer, 13 yrs. B2B SaaS.", 13.0),
    ("Raised scores from 64% to 79% over three years.", None),
    ("Caring for my 12-year-old son.", None),
    ("No figure here.", None),
])
def test_stated_years(text, years):
    assert stated_years(text) == years


def test_a_range_of_people_supervised_counts():
    assert supervised_count("Summary\nPatrol sergeant supervising 10-12 officers on nights.") == 10
    assert supervised_count("Summary\nSupervise 9 detectives; assign and review cases.") == 9


# -- the current title the level is read from ---------------------------------------------------
@pytest.mark.parametrize(("experience", "current"), [
    # a PDF paste wraps the range after its dash
    ("Sergeant, Property Crimes Unit                                     2020 -\nPresent\n"
     "- Supervise 9 detectives\nPolice Officer / Field Training Officer           2004 -\n2016\n- Patrol\n",
     "Sergeant"),
    # two current jobs: the part-time / weekend / evening one is the side job
    ("Inventory Control Specialist\nMid-South Fulfillment, Memphis, TN\n2021 – Present\n- Run cycle counts\n\n"
     "Delivery Driver (part-time, weekends)\nBluff City Parts Express\n2022 – Present\n- Box truck routes\n",
     "Inventory Control Specialist"),
    ("Electrical Foreman - Prairie Line Electric Co.        2016 - present\n- Foreman on 30+ projects\n\n"
     "Evening instructor, 3rd-year apprentice class,\nJATC training center, 2019 - present (part time).\n",
     "Electrical Foreman"),
    # a volunteer role during a career break is not the current title
    ("Administrative Assistant — Sandia Vista Property Management — Feb 2017 – Jun 2021\n• Supported 3 managers\n\n"
     "Volunteer office helper — Church food pantry — Jan 2024 – Present\n• Intake sheets\n",
     "Administrative Assistant"),
    # titles of clinicians, public-health and statistics ladders
    ("Clinician III — Outpatient Behavioral Health\nSandia Community Counseling Center        2020 – present\n"
     "· Caseload of 55-65 clients\nCase Manager — Rio Grande Family Services        2015 – 2017\n", "Clinician III"),
    ("U.S. Census Bureau, Suitland, MD — Mathematical Statistician, 2017–Present\n- Weighting\n"
     "Graduate Research Assistant, 2012–2017\n", "Mathematical Statistician"),
])
def test_the_current_title_of_layouts_in_the_wild(experience, current):
    from datetime import date

    from careercopilot.normalize.resume_fields import parse_resume_fields

    fields = parse_resume_fields("Pat Doe\npat@example.com\n\nEXPERIENCE\n" + experience, today=date(2026, 11, 29))
    assert fields.recent_titles[0] == current


def test_a_title_joining_two_offices_keeps_the_profession():
    # blind5 e09 kind: the whole title read administrative ("Assistant Secretary"), so the
    # next-door-field rule cut an acting general counsel to mid
    from careercopilot.services.matching.profile import read_person

    text = ("EXECUTIVE PROFILE\nCorporate attorney with 19 years of practice. Seeking a General Counsel / Chief "
            "Legal Officer position.\n\nPROFESSIONAL EXPERIENCE\nDeputy General Counsel & Assistant Secretary\n"
            "Charter Oak Mutual, Hartford, CT        2016 - present\n• Manage 6 attorneys, 3 paralegals.\n"
            "• Acting GC for 7 months in 2022 (GC medical leave).\n")
    assert read_person([], ["Deputy General Counsel & Assistant Secretary"], text, None)[2] == "executive"


@pytest.mark.parametrize(("title", "text", "level"), [
    # a job-zone ≤ 2 occupation: entry, unless the summary states 5+ years of the working rung
    ("Inventory Control Specialist", "Inventory control specialist, 5 years in 3PL distribution centers.", "mid"),
    ("Line Cook", "Line cook, 2 years. Grill, sauté and fry stations.", "entry"),
    ("Customer Service Representative", "CUSTOMER SERVICE REPRESENTATIVE — 2 years in inbound call centers.",
     "entry"),
])
def test_a_low_preparation_occupation_and_its_stated_years(title, text, level):
    assert resume_level(title, 7.4, text, family="logistics_supply_chain") == level


def test_a_firm_named_for_its_partners_is_not_a_title():
    from datetime import date

    from careercopilot.normalize.resume_fields import parse_resume_fields

    text = ("Pat Doe\npat@example.com\n\nEXPERIENCE\n\nInventory Control Specialist\nMid-South Fulfillment Partners "
            "(3PL), Memphis, TN\n2021 – Present\n- Run daily cycle counts\n")
    assert parse_resume_fields(text, today=date(2026, 11, 29)).recent_titles[0] == "Inventory Control Specialist"
