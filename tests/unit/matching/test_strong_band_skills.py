"""The strong-fit band needs the posting's skills when their absence says something
(``matching.steps.skill_gap``, ``strong_fit``).

A stranger found an "Anaplan Developer" posting scored 95+ for a senior backend engineer: the
same O*NET occupation (software developers), 4 % of its skills. The occupation band lifted every
same-occupation posting to ≥ 75 whatever its skills. Variants of the kind: one occupation whose
postings ask for a platform or stack the person does not have (Anaplan, Salesforce, SAP, the
mainframe for a Python/Go backend engineer), beside
postings of the same occupation that share the person's skills, postings that name few skills,
and people whose resumes name few (absence is no evidence there: the band stays)."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.normalize.occupations import infer_occupation
from careercopilot.services import matching
from careercopilot.services.matching.steps import SKILL_GAP_COVERAGE, SKILL_GAP_NAMED, SKILL_GAP_PERSON

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
BACKEND = (["Senior Backend Engineer", "Backend Engineer"],
           ["Python", "Go", "PostgreSQL", "Kafka", "Kubernetes", "Docker", "AWS", "REST APIs", "Redis", "gRPC",
            "Terraform", "Prometheus", "Grafana", "Linux", "Git", "CI/CD", "Microservices", "Django", "FastAPI",
            "GraphQL", "RabbitMQ", "Elasticsearch", "Celery", "Nginx"])
BOOKKEEPER = (["Bookkeeper", "Accounting Clerk"],
              ["QuickBooks", "Accounts Payable", "Accounts Receivable", "Bank Reconciliation", "Microsoft Excel",
               "General Ledger", "Payroll", "Invoicing", "Sales Tax", "Month-End Close", "Xero", "Budgeting",
               "Financial Reporting", "Data Entry", "Microsoft Word", "Customer Service", "Accounting",
               "Reconciliation", "Sage Accounting", "Cash Handling"])
FEW = (["Backend Engineer"], ["Python", "PostgreSQL"])   # a resume naming two skills

ANAPLAN = ("Anaplan Developer",
           "Build and maintain Anaplan models for FP&A. Required: Anaplan Certified Model Builder, Anaplan Connect, "
           "financial planning and analysis, budgeting, forecasting, Microsoft Excel, Workday Adaptive Planning, "
           "Oracle Hyperion, SAP BW, stakeholder management, Power BI, data modeling.")
SALESFORCE = ("Salesforce Developer",
              "Requirements: Apex, Visualforce, Lightning Web Components, Salesforce administration, SOQL, "
              "Salesforce Marketing Cloud, MuleSoft, Salesforce CPQ, Sales Cloud, Service Cloud, JavaScript, HTML, "
              "CSS, Agile, Jira, Tableau.")
SAP = ("SAP Developer",
       "Requirements: SAP ABAP, SAP HANA, SAP Fiori, SAPUI5, SAP S/4HANA, SAP BW, SAP ERP, SAP BASIS, "
       "Oracle Database, SAP Business Objects, Java, JavaScript, Agile, Jira, ITIL.")
MAINFRAME = ("Mainframe Developer",
             "Requirements: COBOL, JCL, CICS, DB2, IBM z/OS, VSAM, IMS, REXX, Assembler, Java, C++, Agile, Jira, "
             "Oracle Database, ITIL.")
BACKEND_JOB = ("Backend Engineer",
               "Requirements: Python, PostgreSQL, Kafka, Docker, Kubernetes, AWS, Terraform, gRPC, Redis, Linux.")
VAGUE_JOB = ("Software Engineer", "Join a friendly team building things people love.")
ERP_BOOKKEEPER = ("Bookkeeper",
                  "Requirements: NetSuite, SAP ERP, Oracle Financials, Workday Financials, Power BI, Python, SQL, "
                  "Tableau, Sage Intacct, Microsoft Dynamics 365.")
QB_BOOKKEEPER = ("Bookkeeper",
                 "Requirements: QuickBooks, accounts payable, accounts receivable, bank reconciliation, Microsoft "
                 "Excel, general ledger, payroll, invoicing.")


def _profile(titles: list[str], skills: list[str]) -> matching.Profile:
    occs = [o for o in map(infer_occupation, titles) if o.family]
    return matching.Profile(text="", skills=skills, chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32), occupations=occs, family=occs[0].family)


def _posting(title: str, description: str) -> JobPosting:
    return JobPosting(id=1, source_type="x", ats_id="1", url="https://x/1", title=title, company="Acme",
                      company_key="acme", dedupe_key="k", description_text=description, content_hash=title + description,
                      posted_at=NOW, first_seen_at=NOW)


CASES = [
    # (person, posting, strong fit?)
    (BACKEND, ANAPLAN, False),            # the stranger's case: 95+ before
    (BACKEND, SALESFORCE, False),
    (BACKEND, SAP, False),
    (BACKEND, MAINFRAME, False),
    (BOOKKEEPER, ERP_BOOKKEEPER, True),   # one of its eleven skills is theirs (bookkeeping): not none
    (BACKEND, BACKEND_JOB, True),         # the person's skills
    (BOOKKEEPER, QB_BOOKKEEPER, True),
    (BACKEND, VAGUE_JOB, True),           # the posting names no skill: nothing to judge
    (FEW, ANAPLAN, True),                 # the resume names two skills: absence says little
]


@pytest.mark.parametrize(("person", "posting", "strong"), CASES)
def test_strong_fit_needs_the_skills_the_posting_asks_for(person, posting, strong):
    titles, skills = person
    ex = matching.score_posting(_profile(titles, skills), _posting(*posting), None, now=NOW)
    assert ex.occupation_relation in ("code", "same") and ex.penalty == 1.0  # the band rule decides
    assert (ex.score >= 75) is strong, (ex.score, ex.skills, len(ex.matched_skills) + len(ex.missing_skills))
    assert ex.steps.score == ex.score and ex.steps.skill_gap is not strong  # the explanation reproduces it


@pytest.mark.parametrize(("skills", "named", "person", "gap"), [
    (0.04, 12, 25, True),                                   # the stranger's Anaplan Developer
    (0.0, SKILL_GAP_NAMED, SKILL_GAP_PERSON, True),
    (SKILL_GAP_COVERAGE, 12, 25, False),
    (0.04, SKILL_GAP_NAMED - 1, 25, False),                 # a posting naming few skills
    (0.04, 12, SKILL_GAP_PERSON - 1, False),                # a resume naming few
    (None, 0, 25, False),                                   # no recognized skill in the posting
    (0.0, 12, None, False),                                 # a score stored before the person's count was kept
])
def test_skill_gap_rule(skills, named, person, gap):
    assert matching.skill_gap(skills, named, person) is gap
    assert matching.strong_fit("code", 1.0, gap) is not gap
    assert (matching.in_band(90.0, "code", 1.0, gap) >= 75) is not gap


def test_band_reason_names_the_missing_skills():
    from careercopilot.services.job_detail_views import _band_why

    steps = matching.score_steps({"title": 1.0, "skills": 0.0}, {"title": 1.0, "skills": 1.0}, 1.0, "code",
                                 named_skills=12, person_skills=20)
    assert steps.skill_gap and steps.score < 75 and "skills" in _band_why(steps)
