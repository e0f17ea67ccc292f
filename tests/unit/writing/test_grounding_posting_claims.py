"""Claims next to the POSTING's names (ground111, issue 12): every real document is written for a posting, so the
checker gets the posting's company and title (and the skills and credentials they name) as allowed names, and
interview prep reads the posting as a source of the interviewer's questions. A name the posting gives is allowed
only AS the posting ("the Dentrix migration your posting mentions", "I would welcome learning Epic", "the CPA
firm you work with"); borrowed as the user's own — a credential the posting names claimed as held ("I hold an
active CPA license"), a contact written beside the company's name ("Acme Dental (401-555-0142)"), a posting
skill presented as the person's experience in a question or a STAR draft ("Tell us about the time you used
Salesforce") — it must flag when the resume lacks it.

Table: ``(id, case, path, sentence, must_flag)`` over 14 professions; ``path`` is where the sentence is checked
as production checks it: ``doc`` (a letter or e-mail: :func:`check` with the pipeline's allowance — company,
title, the user's name, their prose forms — plus the posting-side check), ``q`` (an interview-prep question or
its reason: :func:`prep_grounding.question_flags`, the posting a source), ``star`` (a STAR draft, the same).
On main's code (a212c0b) 40 of the 125 rows fail: 24 of the first 83 (12 supported rows flagged — "I would
welcome learning Epic", "your Salesforce rollout", "clients such as Raytheon" —, 11 questions presenting a posting
skill as the person's experience passing, and "As an ASE Certified Automotive Technician, I …" passing), 16 of the
34 held-out rows (written after the first fix; that fix missed 5 of them), 0 of the 8 contact rows. Now 1 (xfail).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.display import addressing_forms
from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.posting_side import check_posting_claims, merge
from careercopilot.writing.prep_grounding import asked_sources, question_flags

NAME = "Jordan Ellis"
TODAY = date(2026, 12, 1)

CASES: dict[str, tuple[str, str, str, str]] = {  # case → (resume, company, title, posting)
    "accountant": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nStaff Accountant, Bright Ledger LLP, Providence, RI | "
        "2019 - present\n- Prepared monthly reconciliations for 40 clients in QuickBooks and Excel\n- Supported "
        "year-end audits with the outside auditors\nEducation: B.S. Accounting, University of Rhode Island, 2018",
        "Narragansett Health Partners", "Senior Accountant",
        "Senior Accountant\nNarragansett Health Partners is hiring.\nRequirements:\n- 3+ years of accounting "
        "experience\n- NetSuite experience\n- CPA preferred\nResponsibilities:\n- Work with the outside CPA firm on "
        "the annual audit\n- Own the month-end close\nTo apply, email careers@nhpartners.org or call 401-555-0199."),
    "hygienist": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nDental Assistant, Smile Family Dentistry, Cranston, RI | "
        "2020 - present\n- Charted exams and took radiographs in Eaglesoft\n- Sterilized instruments for 4 "
        "operatories\nCertifications: Dental Radiography (RI), CPR/BLS",
        "Acme Dental", "Registered Dental Hygienist (RDH)",
        "Registered Dental Hygienist (RDH)\nAcme Dental is growing.\nRequirements:\n- Active RDH license required\n"
        "- Local anesthesia permit preferred\n- Dentrix experience a plus\nWe are migrating to Dentrix Ascend this "
        "spring. Call Acme Dental at (401) 555-0142 or write hiring@acmedental.com."),
    "nurse": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nCertified Nursing Assistant, Lakeside Care Center | "
        "2021 - present\n- Assisted 12 residents per shift with daily living and vital signs\n- Documented care in "
        "PointClickCare\nCertifications: CNA (Rhode Island), BLS",
        "Mercy General Hospital", "Registered Nurse - Med/Surg",
        "Registered Nurse - Med/Surg\nMercy General Hospital\nRequirements:\n- Active RN license\n- BLS and ACLS "
        "required\n- Epic charting experience preferred\nApply at nursing@mercygeneral.org."),
    "sales": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nAccount Executive, Harbor Print Supply | 2018 - present\n"
        "- Managed 60 small-business accounts in HubSpot\n- Grew territory revenue 18% in 2023",
        "Salesforce", "Account Executive",
        "Account Executive\nSalesforce\nRequirements:\n- 3+ years of B2B sales\n- Salesforce CRM experience\n- "
        "Outreach or Gong a plus\nResponsibilities:\n- Lead the Salesforce rollout for new customers"),
    "developer": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nSoftware Engineer, Tidewater Labs | 2019 - present\n"
        "- Built REST APIs in Java and Spring Boot\n- Ran PostgreSQL migrations for 3 services",
        "Quantive", "Python Developer",
        "Python Developer\nQuantive\nRequirements:\n- 4+ years of Python\n- Django and Kubernetes\n- AWS "
        "Certified Developer preferred\nQuestions? Text our recruiter at 617-555-0177."),
    "electrician": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nApprentice Electrician, Bay State Electric | 2021 - "
        "present\n- Pulled wire and bent conduit on 14 commercial fit-outs\n- OSHA 10 certified",
        "Volt Brothers Electric", "Journeyman Electrician",
        "Journeyman Electrician\nVolt Brothers Electric\nRequirements:\n- Massachusetts journeyman license\n- OSHA "
        "30\n- Experience with Lutron lighting controls\nCall the shop at 508-555-0123."),
    "paralegal": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nLegal Assistant, Carver & Shaw LLP | 2020 - present\n"
        "- Prepared 200+ exhibits for trial binders\n- Managed dockets in Clio",
        "Whitfield Law Group", "Litigation Paralegal",
        "Litigation Paralegal\nWhitfield Law Group\nRequirements:\n- NALA Certified Paralegal (CP) preferred\n- "
        "Relativity e-discovery experience\n- We represent Fortune 500 clients such as Raytheon."),
    "teacher": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nTeaching Assistant, Oak Hill Elementary | 2021 - "
        "present\n- Led small-group reading for 18 second graders\n- Used Google Classroom for homework",
        "Riverside Public Schools", "Special Education Teacher",
        "Special Education Teacher\nRiverside Public Schools\nRequirements:\n- Massachusetts special education "
        "license\n- Wilson Reading System certification preferred\n- Experience writing IEPs"),
    "driver": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nDelivery Driver, QuickShip Couriers | 2019 - present\n"
        "- Completed 120 stops per day in a Ford Transit\n- Class D license, clean record",
        "Northeast Freight Lines", "Class A CDL Driver",
        "Class A CDL Driver\nNortheast Freight Lines\nRequirements:\n- Class A CDL with HAZMAT endorsement\n- 2 "
        "years of OTR experience\nCall dispatch at 860-555-0188."),
    "pm": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nProject Coordinator, Granite Builders | 2019 - present\n"
        "- Tracked schedules for 6 school renovations in Microsoft Project\n- Ran weekly owner meetings",
        "Summit Health", "PMP Project Manager",
        "PMP Project Manager\nSummit Health\nRequirements:\n- PMP certification required\n- Procore experience\n- "
        "Healthcare construction for clients such as Hartford HealthCare"),
    "analyst": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nData Analyst, Coastal Insurance | 2020 - present\n- "
        "Built 30 weekly dashboards in Excel and SQL\n- Automated claims reports",
        "Tableau Health Analytics", "Senior Data Analyst",
        "Senior Data Analyst\nTableau Health Analytics\nRequirements:\n- Tableau and Snowflake\n- Python a plus\n"
        "Located in Denver, Colorado."),
    "mechanic": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nLube Technician, Quick Lube Express | 2021 - present\n- "
        "Performed 25 oil changes per day\n- Rotated tires and checked fluids",
        "Precision Auto Care", "ASE Certified Automotive Technician",
        "ASE Certified Automotive Technician\nPrecision Auto Care\nRequirements:\n- ASE A5 Brakes certification\n"
        "- Snap-on diagnostic scanners\nEmail service@precisionautocare.com."),
    "cook": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nLine Cook, Harbor Grill | 2020 - present\n- Worked the "
        "saute station for 200 covers a night\n- Kept prep lists for 3 cooks",
        "Blue Fin Hospitality", "Sous Chef",
        "Sous Chef\nBlue Fin Hospitality\nRequirements:\n- ServSafe Manager certification required\n- Toast POS "
        "experience\nLocations in Newport and Boston."),
    "hr": (
        "Jordan Ellis\njordan.ellis@mail.com | 401-555-0100\nHR Coordinator, Lantern Retail | 2019 - present\n- "
        "Onboarded 150 hires a year in BambooHR\n- Ran benefits open enrollment",
        "Workday Partners Group", "HR Generalist",
        "HR Generalist\nWorkday Partners Group\nRequirements:\n- SHRM-CP preferred\n- Workday HCM experience\n- "
        "Support clients such as Hasbro"),
}

ROWS: list[tuple[str, str, str, str, bool]] = [
    # --- accountant: CPA the posting names (a preference, the outside firm), contacts of the posting
    ("acc1", "accountant", "doc", "I hold an active CPA license.", True),
    ("acc2", "accountant", "doc", "As a CPA, I prepared monthly reconciliations for 40 clients.", True),
    ("acc3", "accountant", "doc", "You can reach me at careers@nhpartners.org.", True),
    ("acc4", "accountant", "doc", "I look forward to supporting your outside CPA firm on the annual audit.", False),
    ("acc5", "accountant", "doc", "I am applying for the Senior Accountant role at Narragansett Health Partners.",
     False),
    ("acc6", "accountant", "q", "Tell me about a time you used NetSuite to run the month-end close.", True),
    ("acc7", "accountant", "q", "How would you get up to speed with NetSuite?", False),
    ("acc8", "accountant", "star", "Situation: as Staff Accountant. Task and action: I ran the month-end close in "
     "NetSuite.", True),
    ("acc9", "accountant", "q", "Your CPA license: how has it shaped your audit work?", True),
    # --- dental hygienist: RDH in the title, Dentrix in the posting, the office's phone
    ("dh1", "hygienist", "doc", "I hold an active RDH license in Rhode Island.", True),
    ("dh2", "hygienist", "doc", "As a Registered Dental Hygienist, I scaled and polished for 4 operatories.", True),
    ("dh3", "hygienist", "doc", "I would be glad to join Acme Dental (401-555-0142) this spring.", True),
    ("dh4", "hygienist", "doc", "I am applying for the Registered Dental Hygienist (RDH) position at Acme Dental.",
     False),
    ("dh5", "hygienist", "doc", "The Dentrix migration your posting mentions is a change I would welcome.", False),
    ("dh6", "hygienist", "q", "Tell us about the time you used Dentrix to chart periodontal exams.", True),
    ("dh7", "hygienist", "star", "Situation: as Dental Assistant. Task and action: charted exams in Dentrix.", True),
    ("dh8", "hygienist", "q", "The posting prefers Dentrix; how would you learn it?", False),
    ("dh9", "hygienist", "doc", "Acme Dental, hiring@acmedental.com, is where I would like to grow.", True),
    # --- registered nurse: the title as the user's, ACLS the posting requires, Epic to learn
    ("rn1", "nurse", "doc", "As a Registered Nurse, I triaged patients on a 30-bed unit.", True),
    ("rn2", "nurse", "doc", "I hold current ACLS certification.", True),
    ("rn3", "nurse", "doc", "I am applying for the Registered Nurse - Med/Surg opening at Mercy General Hospital.",
     False),
    ("rn4", "nurse", "doc", "I would welcome learning Epic.", False),
    ("rn5", "nurse", "q", "Describe your experience charting in Epic.", True),
    ("rn6", "nurse", "q", "How would you prepare for the ACLS certification the role requires?", False),
    ("rn7", "nurse", "doc", "My years as a Registered Nurse taught me to stay calm.", True),
    # --- sales: the company is a product
    ("sl1", "sales", "doc", "I used Salesforce to manage 60 small-business accounts.", True),
    ("sl2", "sales", "doc", "I am excited about your Salesforce rollout for new customers.", False),
    ("sl3", "sales", "q", "Tell us about the time you used Gong to coach your calls.", True),
    ("sl4", "sales", "doc", "I would welcome the chance to join Salesforce as an Account Executive.", False),
    ("sl5", "sales", "star", "Situation: as Account Executive. Task and action: I tracked 60 accounts in "
     "Salesforce CRM.", True),
    ("sl6", "sales", "q", "What draws you to Salesforce's mission?", False),
    # --- developer: a skill in the title, a certification preferred, a recruiter's number
    ("dv1", "developer", "doc", "I have used Python for five years.", True),
    ("dv2", "developer", "doc", "I am an AWS Certified Developer.", True),
    ("dv3", "developer", "doc", "Text me at 617-555-0177 to set up a call.", True),
    ("dv4", "developer", "doc", "I am applying for the Python Developer role at Quantive.", False),
    ("dv5", "developer", "doc", "I would welcome learning Django on your team.", False),
    ("dv6", "developer", "q", "Walk me through a Kubernetes cluster you ran in production.", True),
    ("dv7", "developer", "q", "How would you get up to speed with Kubernetes?", False),
    # --- electrician: a licence the posting requires, a tool it names
    ("el1", "electrician", "doc", "I hold a Massachusetts journeyman license.", True),
    ("el2", "electrician", "doc", "As a Journeyman Electrician, I wired 14 commercial fit-outs.", True),
    ("el3", "electrician", "doc", "I am applying for the Journeyman Electrician opening at Volt Brothers Electric.",
     False),
    ("el4", "electrician", "doc", "I am eager to learn the Lutron lighting controls your crews install.", False),
    ("el5", "electrician", "q", "Tell me about a Lutron lighting-control job you wired.", True),
    # --- paralegal: a credential preferred, the firm's client
    ("pl1", "paralegal", "doc", "I am a NALA Certified Paralegal.", True),
    ("pl2", "paralegal", "doc", "I prepared trial exhibits for Raytheon.", True),
    ("pl3", "paralegal", "doc", "I would welcome supporting clients such as Raytheon at Whitfield Law Group.", False),
    ("pl4", "paralegal", "q", "How did you use Relativity on your last e-discovery review?", True),
    ("pl5", "paralegal", "doc", "I am applying for the Litigation Paralegal position at Whitfield Law Group.", False),
    # --- teacher: certification preferred, the title claimed
    ("te1", "teacher", "doc", "I am Wilson Reading System certified.", True),
    ("te2", "teacher", "doc", "As a Special Education Teacher, I wrote IEPs for 18 students.", True),
    ("te3", "teacher", "doc", "I would welcome training in the Wilson Reading System your posting prefers.", False),
    ("te4", "teacher", "doc", "I am applying for the Special Education Teacher role at Riverside Public Schools.",
     False),
    # --- driver: the credential in the title, an endorsement the posting asks for
    ("dr1", "driver", "doc", "I hold a Class A CDL with a HAZMAT endorsement.", True),
    ("dr2", "driver", "doc", "As a Class A CDL Driver, I completed 120 stops per day.", True),
    ("dr3", "driver", "doc", "I am applying for the Class A CDL Driver position at Northeast Freight Lines.", False),
    ("dr4", "driver", "doc", "Please call dispatch at 860-555-0188 to reach me.", True),
    ("dr5", "driver", "q", "How would you plan for the Class A CDL the role requires?", False),
    # --- project manager: PMP in the title
    ("pm1", "pm", "doc", "I am a PMP-certified project manager.", True),
    ("pm2", "pm", "doc", "I used Procore to track 6 school renovations.", True),
    ("pm3", "pm", "doc", "I am applying for the PMP Project Manager role at Summit Health.", False),
    ("pm4", "pm", "doc", "I would welcome learning Procore.", False),
    ("pm5", "pm", "q", "Tell me about a time you managed a project for Hartford HealthCare.", True),
    # --- data analyst: the company is a product
    ("da1", "analyst", "doc", "I built 30 weekly dashboards in Tableau.", True),
    ("da2", "analyst", "doc", "I am applying for the Senior Data Analyst role at Tableau Health Analytics.", False),
    ("da3", "analyst", "doc", "I would welcome learning Snowflake.", False),
    ("da4", "analyst", "doc", "I moved to Denver in 2022.", True),
    ("da5", "analyst", "q", "Tell us about the time you used Snowflake to speed up a report.", True),
    # --- mechanic: ASE in the title
    ("mc1", "mechanic", "doc", "I am ASE certified in brakes.", True),
    ("mc2", "mechanic", "doc", "As an ASE Certified Automotive Technician, I performed 25 oil changes per day.",
     True),
    ("mc3", "mechanic", "doc", "I am applying for the ASE Certified Automotive Technician position at Precision "
     "Auto Care.", False),
    ("mc4", "mechanic", "doc", "Reach me through Precision Auto Care, service@precisionautocare.com.", True),
    ("mc5", "mechanic", "q", "How would you work toward the ASE A5 Brakes certification?", False),
    # --- cook: a certification required, a POS the posting names
    ("ck1", "cook", "doc", "I hold a ServSafe Manager certification.", True),
    ("ck2", "cook", "doc", "I would welcome learning Toast POS.", False),
    ("ck3", "cook", "q", "Tell us about a shift where you ran Toast POS during a rush.", True),
    ("ck4", "cook", "doc", "I am applying for the Sous Chef role at Blue Fin Hospitality.", False),
    ("ck5", "cook", "doc", "As a Sous Chef, I ran a kitchen of 3 cooks.", True),
    # --- HR: the company names a product, a client of the employer
    ("hr1", "hr", "doc", "I onboarded 150 hires a year in Workday.", True),
    ("hr2", "hr", "doc", "I hold the SHRM-CP credential.", True),
    ("hr3", "hr", "doc", "I am applying for the HR Generalist role at Workday Partners Group.", False),
    ("hr4", "hr", "doc", "I would welcome learning Workday HCM.", False),
    ("hr5", "hr", "q", "How did you support Hasbro's HR team?", True),
    ("hr6", "hr", "q", "What interests you about supporting clients such as Hasbro?", False),
]

#: Held out: written after the first fix, in other words than the rows above (how well the rules carry over).
HELD_OUT: list[tuple[str, str, str, str, bool]] = [
    ("ho1", "accountant", "doc", "My CPA license has served me well.", True),
    ("ho2", "hygienist", "doc", "I'm a licensed RDH with four years chairside.", True),
    ("ho3", "nurse", "doc", "I chart in Epic every shift.", True),
    ("ho4", "sales", "doc", "I've closed deals in Salesforce for years.", True),
    ("ho5", "developer", "doc", "Django and Kubernetes are my daily tools.", True),
    ("ho6", "electrician", "doc", "Lutron controls were part of my daily work.", True),
    ("ho7", "paralegal", "doc", "At Carver & Shaw I ran Relativity reviews.", True),
    ("ho8", "driver", "doc", "I drove OTR with a HAZMAT endorsement.", True),
    ("ho9", "pm", "doc", "I used Procore on every renovation, as your posting asks.", True),
    ("ho10", "analyst", "doc", "I'd bring my Snowflake skills to your team.", True),
    ("ho11", "cook", "doc", "I'm ServSafe Manager certified.", True),
    ("ho12", "hr", "doc", "Workday HCM is the system I used at Lantern Retail.", True),
    ("ho13", "cook", "q", "What results did you get from Toast POS at Harbor Grill?", True),
    ("ho14", "hygienist", "q", "When you configured Dentrix, what went wrong?", True),
    ("ho15", "nurse", "q", "Walk us through your Epic charting routine.", True),
    ("ho16", "accountant", "q", "You've used NetSuite for the close; what would you change?", True),
    ("ho17", "hygienist", "doc", "Write to me at hiring@acmedental.com.", True),
    ("ho18", "electrician", "doc", "My phone at Volt Brothers Electric is 508-555-0123.", True),
    ("ho19", "nurse", "doc", "Your posting's emphasis on Epic is one reason I applied.", False),
    ("ho20", "hygienist", "doc", "I have not yet used Dentrix, but I learn new software quickly.", False),
    ("ho21", "cook", "doc", "I'm keen to get certified in ServSafe Manager before starting.", False),
    ("ho22", "pm", "doc", "Procore, which your posting lists, is new to me.", False),
    ("ho23", "electrician", "doc", "Thank you for explaining how your crews use Lutron controls.", False),
    ("ho24", "hr", "doc", "Supporting a client like Hasbro would be a new challenge for me.", False),
    ("ho25", "analyst", "doc", "I would enjoy working in Snowflake with your analysts.", False),
    ("ho26", "accountant", "doc", "The NetSuite close you described sounds well run.", False),
    ("ho27", "hygienist", "doc", "I am excited that Acme Dental is moving to Dentrix Ascend.", False),
    ("ho28", "developer", "doc", "Learning Kubernetes is my next goal.", False),
    ("ho29", "sales", "q", "How comfortable would you be learning Gong?", False),
    ("ho30", "paralegal", "q", "What do you know about Raytheon's litigation needs?", False),
    ("ho31", "pm", "q", "If hired, how would you use Procore on a hospital project?", False),
    ("ho32", "analyst", "q", "Our team runs Snowflake daily; how would you ramp up?", False),
    ("ho33", "electrician", "doc", "Volt Brothers Electric's Lutron work is what drew me to apply.", False),
    ("ho34", "teacher", "doc", "Riverside's use of the Wilson Reading System matches how I teach reading.", False),
]
ROWS += HELD_OUT
#: Contacts beside the company's name, in the forms a letter or a hostile posting writes them (all flag on main too:
#: pinned, since a posting's names are allowed around them).
CONTACTS: list[tuple[str, str, str, str, bool]] = [
    ("ct1", "hygienist", "doc", "I am excited to join Acme Dental (401–555–0142).", True),
    ("ct2", "hygienist", "doc", "Reach me via Acme Dental at +1 401 555 0142.", True),
    ("ct3", "hygienist", "doc", "Acme Dental (tel. 4015550142) is my next step.", True),
    ("ct4", "hygienist", "doc", "I can be reached through Acme Dental at hiring at acmedental dot com.", True),
    ("ct5", "hygienist", "doc", "Write to Acme Dental, HIRING@ACMEDENTAL.COM, for my references.", True),
    ("ct6", "driver", "doc", "Dear Northeast Freight Lines (860-555-0188) team,", True),
    ("ct7", "hygienist", "q", "Can we reach you at Acme Dental, 401-555-0142?", True),
    ("ct8", "hygienist", "doc", "Thank you for considering me for the role at Acme Dental.", False),
]
ROWS += CONTACTS
#: Rows still missed, with why (not a mechanism of the posting's names).
KNOWN_MISSES = {"ho6": "an unknown name opening a sentence is not read as a name (names.py): 'Lutron controls were …'"}


def _flags(case: str, path: str, sentence: str) -> list:
    resume, company, title, posting = CASES[case]
    allowed = [company, title, NAME, *addressing_forms(company, title, NAME)]
    own = SourceFacts.from_texts(resume, allowed=allowed, today=TODAY, posting=posting)
    if path == "doc":
        return merge(check(sentence, own), check_posting_claims(sentence, posting, company=company, title=title))
    asked = asked_sources(resume, posting, allowed=allowed, company=company)
    field = "star" if path == "star" else "text"
    return question_flags([{field: sentence}], own, asked, posting_text=posting, company=company, title=title)


def test_table_shape() -> None:
    assert len(ROWS) >= 60 and len({c for _, c, *_ in ROWS}) >= 12
    assert len({r[0] for r in ROWS}) == len(ROWS)
    flagged = sum(r[4] for r in ROWS)
    assert abs(flagged - (len(ROWS) - flagged)) <= len(ROWS) // 4


@pytest.mark.parametrize(("rid", "case", "path", "sentence", "must_flag"), [
    pytest.param(*r, marks=pytest.mark.xfail(reason=KNOWN_MISSES[r[0]], strict=True)) if r[0] in KNOWN_MISSES
    else pytest.param(*r) for r in ROWS], ids=[r[0] for r in ROWS])
def test_posting_claims(rid: str, case: str, path: str, sentence: str, must_flag: bool) -> None:
    flags = _flags(case, path, sentence)
    got = [(f["kind"], f["text"]) if isinstance(f, dict) else (f.kind, f.text) for f in flags]
    assert bool(flags) == must_flag, got
