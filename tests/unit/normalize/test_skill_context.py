"""Skills misread from context (issue 11 trial finding 1): an electrician's "EMT conduit" became
Emergency Medical Technician, an employer's name became skills, ``javascript:`` became
JavaScript. Three kinds, each a table of real variants: acronyms whose meaning depends on the
trade around them, employer/school names on a resume, URL schemes and markup."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from careercopilot.normalize.org_names import org_spans
from careercopilot.normalize.resume_skills import extract_resume_skills
from careercopilot.normalize.skills import extract_skills

# --- 1. acronyms of another trade ----------------------------------------------------------------
# (text, skill that must not be read, skill that must still be read or None)
OTHER_SENSE = [
    ("Installed EMT conduit and rigid conduit runs", "Emergency Medical Technician", "Conduit Bending"),
    ("Bent 1/2\" and 3/4 EMT, PVC and IMC", "Emergency Medical Technician", None),
    ("Skills: EMT, rigid, PVC bending, wire pulling", "Emergency Medical Technician", None),
    ("Worked at Barclays PLC, London", "PLC Programming", None),
    ("HSBC Holdings plc", "PLC Programming", None),
    ("Led weekly PLC meetings with grade-level teachers", "PLC Programming", None),
    ("CNA Financial, commercial insurance underwriting", "Certified Nursing Assistant", None),
    ("Built React/RN mobile apps for iOS and Android", "Registered Nurse", "React"),
    ("Verified ABA routing numbers for outgoing wires", "Applied Behavior Analysis", None),
    ("Graduated from an ABA-approved law school", "Applied Behavior Analysis", None),
    ("Maintained ACLs on Cisco routers and firewalls", "ACLS", "Cisco"),
    ("Configured S3 bucket ACLs", "ACLS", None),
    ("Salary: CAD 85,000 - 95,000", "CAD", None),
    ("Pay: 85k CAD per year", "CAD", None),
    ("Answered 911 calls on the CAD/RMS dispatch console", "CAD", None),
    ("Cared for patients with CAD and CHF", "CAD", None),
    ("Exposure and response prevention (ERP) for clients with OCD", "ERP Systems", None),
    ("Reviewed PRs on GitHub and merged to main", "Public Relations", "GitHub"),
    ("Prepared evidence for SOC 2 Type II audits", "Security Operations", None),
    ("Docketed PCT national phase filings", "Patient Care Technician", None),
    ("CMA (AAMA): rooming patients, vitals, phlebotomy", "CMA", "Phlebotomy"),
]
OWN_SENSE = [  # the taxonomy's meaning still reads
    ("EMT-B certified; 3 years on an ambulance crew", "Emergency Medical Technician"),
    ("Programmed Allen-Bradley PLC ladder logic", "PLC Programming"),
    ("Installed PLC", "PLC Programming"),
    ("Siemens PLC and HMI troubleshooting", "PLC Programming"),
    ("CNA in long-term care: ADLs, vitals", "Certified Nursing Assistant"),
    ("RN, BSN; ICU charge nurse", "Registered Nurse"),
    ("ABA therapy for children with autism (RBT)", "Applied Behavior Analysis"),
    ("ACLS, BLS, PALS certified", "ACLS"),
    ("CAD drafting and 3D models in SolidWorks", "CAD"),
    ("ERP implementation (NetSuite)", "ERP Systems"),
    ("PR campaigns and media relations", "Public Relations"),
    ("SOC analyst: SIEM triage", "Security Operations"),
    ("PCT: EKG, phlebotomy, vitals", "Patient Care Technician"),
    ("CMA, CPA; budgeting and cost accounting", "CMA"),
]


@pytest.mark.parametrize("text,wrong,right", OTHER_SENSE, ids=[t for t, _, _ in OTHER_SENSE])
def test_an_acronym_of_another_trade_is_not_its_skill(text, wrong, right):
    got = extract_skills(text)
    assert wrong not in got
    if right:
        assert right in got


@pytest.mark.parametrize("text,skill", OWN_SENSE, ids=[t for t, _ in OWN_SENSE])
def test_the_taxonomy_meaning_still_reads(text, skill):
    assert skill in extract_skills(text)


# --- 2. employer and school names on a resume ---------------------------------------------------
ORG = [
    ("Electrician, Integrity Marketing Group, Dallas TX", {"Integrity", "Marketing"}, set()),
    ("Staff Accountant at Oracle Health, 2019 – 2022", {"Cerner"}, set()),
    ("Data Analyst at Salesforce", {"Salesforce"}, set()),
    ("RN | Epic Systems | 2018 – 2023", {"Epic"}, {"Registered Nurse"}),
    ("Volunteer, Python Software Foundation", {"Python"}, set()),
    ("Kubernetes Academy, 2021", {"Kubernetes"}, set()),
    ("Staff Accountant @ Deloitte Tax LLP; GAAP", {"Tax Preparation", "Taxation"}, {"GAAP"}),
    # the person's own skills around the names stay
    ("Proficient at Excel and QuickBooks", set(), {"Microsoft Excel", "QuickBooks"}),
    ("Managed Epic Systems upgrades for 3 clinics", set(), {"Epic"}),
    ("Skilled at Python and SQL", set(), {"Python", "SQL"}),
    ("Public Health outreach and Salesforce reporting", set(), {"Salesforce"}),
]


@pytest.mark.parametrize("text,wrong,right", ORG, ids=[t for t, _, _ in ORG])
def test_an_employer_or_school_name_is_no_skill(text, wrong, right):
    got = set(extract_resume_skills(text))
    assert not (got & wrong), got & wrong
    assert right <= got or not right, right - got


@pytest.mark.parametrize("text,names", [
    ("Electrician, Integrity Marketing Group, Dallas TX", ["Integrity Marketing Group"]),
    ("Staff Accountant at Oracle Health 2019-2022", ["Oracle Health"]),
    ("University of Phoenix — BS Accounting", ["University of Phoenix"]),
    ("RN | Mercy Health | 2018 – 2023", ["Mercy Health"]),
    ("Proficient at Excel", []),
    ("Public Health outreach", []),
    ("Managed Epic Systems upgrades", []),
])
def test_org_spans_table(text, names):
    assert [text[a:b] for a, b in org_spans(text)] == names


# --- 3. URL schemes and markup ------------------------------------------------------------------
HOSTILE = [
    '<a href="javascript:alert(1)">Portfolio</a>',
    "javascript:void(0)",
    "JaVaScRiPt:alert(document.cookie)",
    "java\tscript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "jav&#x09;ascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<html><body><p>hello</p></body></html>",
    "<script>var python = require('react')</script>",
    "<style>.java { color: red }</style>",
    "<!-- SQL Python -->",
    "[click](javascript:alert('XSS'))",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_url_schemes_and_markup_name_no_skill(text):
    assert extract_skills(text) == []


@pytest.mark.parametrize("text,skills", [
    ("JavaScript: React, Vue", ["React", "Vue.js"]),  # a label, not a scheme
    ("Skills: JavaScript, HTML, CSS", ["JavaScript", "HTML", "CSS"]),
    ('<p>Python developer</p> <a href="javascript:x()">x</a>', ["Python"]),
    ("Data: SQL, Tableau", ["SQL", "Tableau"]),
])
def test_text_around_schemes_and_markup_still_reads(text, skills):
    assert [s for s in skills if s in extract_skills(text)] == skills


# --- where the trial saw it: `resume parse` on the three trial resumes ---------------------------
RESUMES = {
    "electrician": ("Journeyman Electrician\nElectrician, Integrity Marketing Group, Dallas TX, 2019 – 2024\n"
                    "- Installed EMT conduit and rigid conduit runs; bent 3/4 EMT\n- Pulled wire, terminated panels\n"
                    "Portfolio: <a href=\"javascript:alert(1)\">site</a>\nSkills: NEC, conduit bending, OSHA 30",
                    {"Emergency Medical Technician", "Integrity", "Marketing", "JavaScript"},
                    {"National Electrical Code", "Conduit Bending"}),
    "nurse": ("Registered Nurse\nRN | Mercy Health | 2018 – 2023\n- Med-surg nursing, ACLS, BLS\n"
              "- Precepted new graduate nurses", {"JavaScript"}, {"Registered Nurse", "ACLS", "BLS"}),
    "accountant": ("Staff Accountant at Oracle Health, 2019 – 2022\n- Month-end close, GAAP, reconciliations\n"
                   "- Verified ABA routing numbers for vendor wires\nSkills: Excel, QuickBooks, CPA",
                   {"Cerner", "Applied Behavior Analysis"}, {"GAAP", "Microsoft Excel", "CPA"}),
}


@pytest.mark.parametrize("who", sorted(RESUMES))
def test_resume_parse_cli_on_the_trial_resumes(who, tmp_path):
    from careercopilot.cli import app

    text, wrong, right = RESUMES[who]
    path = tmp_path / f"{who}.txt"
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["resume", "parse", str(path), "--json"])
    assert out.exit_code == 0, out.output
    skills = set(json.loads(out.output)["skills"])
    assert not (skills & wrong), skills & wrong
    assert right <= skills, right - skills
