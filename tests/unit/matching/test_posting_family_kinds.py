"""A posting's family where its title leaves it open: read from the job's own sections, never the blurb
(issue 11, session 21: ``matching.posting_occupation`` → ``normalize.occupation_postings``)."""

from __future__ import annotations

import pytest

from careercopilot.models import JobPosting
from careercopilot.services.matching import posting_occupation

#: The job's own sections by domain: (duties, requirements). Written for these tests after the shapes
#: of LinkedIn, Workday and NYC Jobs postings (headed sections, bullets).
WORK = {
    "construction": ("Manage subcontractors, RFIs, submittals and change orders on commercial construction sites; "
                     "run OAC meetings and the project schedule with the site superintendent and the general "
                     "contractor; enforce OSHA site safety.",
                     "5+ years in construction management; knowledge of blueprints, estimating and Procore; "
                     "OSHA 30."),
    "software_engineering": ("Design, build and review Python and TypeScript services; own CI/CD pipelines; "
                             "mentor engineers in code review and agile sprints.",
                             "Experience with React, Node.js, PostgreSQL, Docker and Kubernetes; REST APIs; Git."),
    "policy_program": ("Administer the agency's community grant programs, monitor contract compliance, draft policy "
                       "memos and program evaluation reports for the Commissioner; coordinate with community-based "
                       "organizations and elected officials.",
                       "Knowledge of public policy, grants management and program evaluation; stakeholder "
                       "engagement; policy analysis."),
    "logistics_supply_chain": ("Oversee inbound and outbound shipping, inventory control, cycle counts and "
                               "warehouse staffing; manage carriers and freight; run the WMS and pick/pack/ship "
                               "operations.",
                               "Experience in warehouse operations, supply chain, logistics and forklift safety; "
                               "inventory management."),
    "nursing": ("Oversee nursing units, patient care quality, staffing of registered nurses and nursing assistants, "
                "and Joint Commission readiness; manage patient flow and infection control.",
                "Active RN license; BLS; experience in patient care, nursing leadership and EMR charting."),
    "skilled_trades": ("Troubleshoot and repair HVAC, boilers, chillers, plumbing and electrical systems; perform "
                       "preventive maintenance; read schematics; use hand and power tools.",
                       "Journeyman electrician or HVAC certification; EPA 608; experience with PLC and motor "
                       "controls; welding a plus."),
    "it_infrastructure": ("Administer Windows Server, Active Directory, VMware and Cisco network switches; handle "
                          "help desk tickets; manage firewalls, backups and patching.",
                          "Experience with TCP/IP, DNS, DHCP, Linux, Azure and ITIL; CompTIA Network+."),
    "social_work": ("Provide case management, crisis intervention and counseling to clients and families; "
                    "complete psychosocial assessments and service plans; make community referrals.",
                    "Knowledge of social work practice, trauma-informed care, child welfare and substance abuse "
                    "treatment."),
    "data_analysis": ("Build Tableau and Power BI dashboards; write SQL queries; analyze data and present "
                      "statistical findings; maintain reporting and data visualization.",
                      "Experience with SQL, Excel, statistics, data analysis and Python pandas."),
}

#: A company blurb naming another domain than the job's (the blurb must not decide).
BLURBS = {
    "hospital": "About Us\nMercy Health is a leading hospital system with 12 hospitals, nursing homes and "
                "clinics; our nurses and physicians deliver patient care across the region.",
    "software": "About Us\nAcme Cloud is a fast-growing SaaS software company building Python APIs and "
                "Kubernetes platforms for developers.",
    "construction": "About Us\nBuildRight is a general contractor and construction management firm delivering "
                    "commercial construction projects.",
}


def _posting(title: str, family: str, blurb: str | None = None, company: str = "Example Co") -> JobPosting:
    duties, reqs = WORK[family]
    text = "\n\n".join(x for x in ((BLURBS[blurb] if blurb else None), f"Responsibilities\n{duties}",
                                   f"Requirements\n{reqs}", "Benefits\nMedical, dental, 401(k) and paid time off.")
                       if x)
    return JobPosting(id=1, source_type="test", ats_id=title, url="https://example.invalid/p", title=title,
                      company=company, company_key="example", dedupe_key=f"{title}|{family}|{blurb}",
                      description_text=text, content_hash=f"{title}|{family}|{blurb}", is_open=True)


#: (title, the job's domain, a blurb of another domain or None, family): titles that name a role found in
#: many families take the family the duties and requirements name.
DOMAIN_ROWS = [
    ("Project Manager", "construction", "software", "construction"),
    ("Senior Project Manager", "construction", None, "construction"),
    ("Project Manager", "software_engineering", "construction", "software_engineering"),
    ("Project Manager", "policy_program", None, "policy_program"),
    ("Program Manager", "software_engineering", None, "software_engineering"),
    ("Program Coordinator", "social_work", None, "social_work"),
    ("Director of Operations", "nursing", None, "nursing"),
    ("Director of Operations", "logistics_supply_chain", "hospital", "logistics_supply_chain"),
    ("Operations Manager", "logistics_supply_chain", None, "logistics_supply_chain"),
    ("Operations Director", "software_engineering", None, "software_engineering"),
    ("Tech Lead", "software_engineering", None, "software_engineering"),
    ("Technical Lead", "software_engineering", "hospital", "software_engineering"),
    ("Team Lead", "it_infrastructure", None, "it_infrastructure"),
    ("Technician", "skilled_trades", None, "skilled_trades"),
    ("Field Technician", "it_infrastructure", None, "it_infrastructure"),
    ("Consultant", "software_engineering", None, "software_engineering"),
    ("Specialist", "data_analysis", None, "data_analysis"),
    ("Coordinator", "social_work", "hospital", "social_work"),
    ("Analyst", "data_analysis", None, "data_analysis"),
    ("Infrastructure Manager", "it_infrastructure", None, "it_infrastructure"),
    ("Associate", "logistics_supply_chain", None, "logistics_supply_chain"),
    ("Quality Assurance Engineer", "software_engineering", None, "software_engineering"),
    ("Implementation Specialist", "software_engineering", None, "software_engineering"),
    ("Site Manager", "construction", None, "construction"),
]


@pytest.mark.parametrize("title, domain, blurb, family", DOMAIN_ROWS)
def test_a_domain_role_takes_the_family_its_duties_name(title, domain, blurb, family):
    assert posting_occupation(_posting(title, domain, blurb)).family == family


#: (title, the job's domain, blurb, family): titles that name their family keep it whatever the text.
KEEPS_ROWS = [
    ("Registered Nurse", "software_engineering", None, "nursing"),
    ("Software Engineer", "nursing", "hospital", "software_engineering"),
    ("Electrician", "construction", None, "skilled_trades"),
    ("Staff Accountant", "logistics_supply_chain", None, "finance_accounting"),
    ("Recruiter", "software_engineering", "software", "human_resources"),
    ("Paralegal", "construction", "construction", "legal"),
]


@pytest.mark.parametrize("title, domain, blurb, family", KEEPS_ROWS)
def test_a_title_naming_its_family_keeps_it(title, domain, blurb, family):
    assert posting_occupation(_posting(title, domain, blurb)).family == family


def test_the_company_blurb_never_decides():
    """A generic title with a hospital blurb and software duties is software work; with the same
    blurb and no job sections of another domain, the blurb alone does not make it nursing."""
    p = _posting("Specialist", "software_engineering", "hospital")
    assert posting_occupation(p).family == "software_engineering"
    only_blurb = JobPosting(id=2, source_type="test", ats_id="b", url="https://example.invalid/b", title="Specialist",
                            company="Mercy Health", company_key="mercy", dedupe_key="b",
                            description_text=BLURBS["hospital"] + "\n\nResponsibilities\nAnswer the phones and "
                            "greet visitors.", content_hash="only-blurb", is_open=True)
    assert posting_occupation(only_blurb).family != "nursing"
