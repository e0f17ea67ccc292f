"""Tailoring that serves the posting and says why (issue 12, newcomer trial F9: "few bullets changed, reasons
vague"). A bullet showing a skill the posting's duties or "nice to have" list names moves up too (not only the
required section's), every reason quotes the posting's line it serves and says where the bullet moves, and a
skills line lists the posting's skills first (kind ``order``). Rows: one resume × posting per profession (the
newcomer's QC chemist, nursing, accounting, software, welding, paralegal, logistics, teaching, HVAC, marketing).
Old code: 10 of 10 rows failed (no reason quoted the posting or said where the bullet moved; the paralegal row,
whose tool is only "preferred", got no change at all); 9 changes over the table before, 20 after."""

from __future__ import annotations

import re

import pytest

from careercopilot.writing.tailor import apply, propose

ROWS = [  # (role header, bullets — the one to move up last, skills line, posting, the bullet that must move up)
    ("Chemistry Teacher, Whetstone High School, 2015 - present",
     ["Coached the science olympiad team to state finals", "Wrote lab safety procedures adopted district-wide",
      "Ran UV-Vis and titration labs for 120 students each year"],
     "Classroom management, Excel, titration, UV-Vis",
     "Responsibilities:\n- Perform UV-Vis and titration assays on raw materials\n\nRequirements:\n- B.S. Chemistry\n",
     "Ran UV-Vis"),
    ("Staff Nurse, Riverside Methodist Hospital, 2018 - present",
     ["Precepted 6 new graduate nurses", "Served on the unit practice council",
      "Documented care in Epic for 5 patients per shift"],
     "Patient education, Epic, phlebotomy", "What you'll do:\n- Chart patient care in Epic\n\nRequirements:\n- RN license\n",
     "Documented care"),
    ("Staff Accountant, Lakes Payroll Inc., 2019 - present",
     ["Planned the office holiday party for 60 staff", "Trained two interns on the filing system",
      "Reconciled 14 bank accounts monthly in NetSuite"],
     "Filing, NetSuite, bank reconciliation", "Duties:\n- Bank reconciliations in NetSuite\n\nRequirements:\n- Bachelor's degree\n",
     "Reconciled 14"),
    ("Software Engineer, Northwind Foods, 2020 - present",
     ["Organized the team's weekly demo", "Interviewed 30 engineering candidates",
      "Built REST APIs in Python and PostgreSQL for ordering"],
     "Scrum, Python, PostgreSQL", "Responsibilities:\n- Build Python services on PostgreSQL\n\nNice to have:\n- Kubernetes\n",
     "Built REST"),
    ("Welder, Ortega Fabrication, 2017 - present",
     ["Kept the shop floor clean and organized", "Trained 3 apprentices on shop safety",
      "TIG welded stainless steel food equipment"],
     "Forklift, TIG welding, blueprint reading", "Duties:\n- TIG welding of stainless steel\n\nRequirements:\n- 3 years of experience\n",
     "TIG welded"),
    ("Paralegal, Smith & Lee LLP, 2016 - present",
     ["Answered phones for three attorneys", "Ordered office supplies each month",
      "Drafted discovery responses in Clio for 40 cases"],
     "Scheduling, Clio, legal research", "What you will do:\n- Draft discovery responses\n\nPreferred:\n- Clio experience\n",
     "Drafted discovery"),
    ("Logistics Coordinator, Harbor Freightways, 2019 - present",
     ["Planned the warehouse safety week", "Mentored two new coordinators",
      "Scheduled 200 LTL shipments a week in SAP"],
     "Customer service, SAP, freight auditing", "Responsibilities:\n- Schedule LTL shipments in SAP\n\nRequirements:\n- Bachelor's degree\n",
     "Scheduled 200"),
    ("Math Teacher, Lincoln Middle School, 2014 - present",
     ["Chaperoned 8th grade trips", "Coached the girls' soccer team",
      "Taught Algebra I with Google Classroom to 150 students"],
     "Soccer, Google Classroom, algebra", "Duties:\n- Teach algebra using Google Classroom\n\nRequirements:\n- State teaching license\n",
     "Taught Algebra"),
    ("HVAC Technician, Polar Air Services, 2015 - present",
     ["Kept the service van stocked", "Trained 2 helpers",
      "Performed preventive maintenance on rooftop units"],
     "Customer service, ductwork, preventive maintenance",
     "Responsibilities:\n- Preventive maintenance of rooftop units\n\nRequirements:\n- EPA 608\n",
     "Performed preventive"),
    ("Marketing Coordinator, Bay Insurance, 2019 - present",
     ["Ordered trade show booth materials", "Coordinated the office move",
      "Ran email campaigns in HubSpot for 20,000 contacts"],
     "Event planning, HubSpot, copywriting", "What you'll do:\n- Run email campaigns\n\nNice to have:\n- HubSpot\n",
     "Ran email"),
]


def _resume(header: str, bullets: list[str], skills: str) -> str:
    return ("Pat Doe\npat@example.com\n\nEXPERIENCE\n" + header + "\n" + "".join(f"- {b}\n" for b in bullets)
            + "\nSKILLS\n" + skills + "\n")


@pytest.mark.parametrize("header, bullets, skills, posting, moves", ROWS, ids=[r[0].split(",")[0] for r in ROWS])
def test_tailoring_serves_the_posting(header, bullets, skills, posting, moves):
    resume = _resume(header, bullets, skills)
    proposal = propose(resume, posting)
    moved = [c for c in proposal.changes if c.kind == "reorder" and c.before.startswith(moves)]
    assert moved and moved[0].position == 0, [c.reason for c in proposal.changes]
    for c in proposal.changes:
        if c.kind in ("reorder", "term"):
            quoted = c.reason.split("“", 1)[1].rstrip("”") if "“" in c.reason else ""
            assert quoted and quoted.rstrip(" …")[:40] in posting, c.reason
    assert "from 3rd to 1st of 3" in moved[0].reason
    for c in proposal.changes:
        c.status = "accepted"
    tailored = apply(resume, proposal.changes)
    assert sorted(re.findall(r"[\w'-]+", tailored)) == sorted(re.findall(r"[\w'-]+", resume))  # order only
    assert tailored.index(moves) < tailored.index(bullets[0])
