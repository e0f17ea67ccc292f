"""Placeholder companies (issue 11 trial finding 2: LinkedIn dataset rows with a blank
``company_name`` showed "LinkedIn Job Postings dataset (recorded)" as their company).

A source of many employers never gives its own label as a posting's employer: a blank,
placeholder or board-named company becomes the employer the description names, else ``""``
(shown "Employer not named"); a one-employer board (ATS, careers page) keeps its own name."""

from __future__ import annotations

import json

import pytest

from careercopilot.connectors import REGISTRY, get_source
from careercopilot.connectors.linkedin_dataset import LinkedInDatasetSource
from careercopilot.normalize.company_names import employer_in_text, is_placeholder_company
from careercopilot.schemas import UNNAMED_EMPLOYER, JobCard
from careercopilot.services import sources


@pytest.mark.parametrize("name,placeholder", [
    ("", True), (None, True), ("   ", True), ("-", True), ("N/A", True), ("n.a.", True), ("NA", True),
    ("Confidential", True), ("CONFIDENTIAL COMPANY", True), ("Company Confidential", True), ("Undisclosed", True),
    ("Not disclosed", True), ("Unknown", True), ("Private", True), ("Anonymous", True), ("Hiring Company", True),
    ("Our Client", True), ("Stealth Startup", True), ("Stealth Mode", True), ("null", True), ("None", True),
    ("SKF Group", False), ("The Job Network", False), ("Robert Half", False), ("Confidential Records LLC", False),
    ("Unknown Worlds Entertainment", False), ("Private Label Co", False), ("NA Solutions", False),
])
def test_placeholder_company_table(name, placeholder):
    assert is_placeholder_company(name) is placeholder


@pytest.mark.parametrize("name,labels", [
    ("LinkedIn Job Postings dataset (recorded)", ("LinkedIn Job Postings dataset (recorded)", "linkedin_dataset")),
    ("linkedin_dataset", ("LinkedIn Job Postings dataset (recorded)", "linkedin_dataset")),
    ("Remote OK", ("Remote OK", "remoteok")), ("RemoteOK", ("Remote OK", "remoteok")),
    ("remotive", ("Remotive", "remotive")), ("JOBICY", ("Jobicy", "jobicy")),
])
def test_a_source_naming_itself_is_a_placeholder(name, labels):
    assert is_placeholder_company(name, source_names=labels)


@pytest.mark.parametrize("text,employer", [
    ("Mindfull Nutrition is looking for an Admin Assistant to join our team!", "Mindfull Nutrition"),
    ("Riverwood Healthcare Center is looking for a patient-centered Nurse Practitioner", "Riverwood Healthcare Center"),
    ("Role DescriptionThis is a full-time on-site role as a Timekeeper at Cypress Staffing Solutions located in "
     "Pearland, TX.", "Cypress Staffing Solutions"),
    ("This is a full-time, on-site role for an Outside Services Staff at Fenway Golf Club located in Scarsdale, NY.",
     "Fenway Golf Club"),
    ("Who We AreSweatPals is a platform. The RoleSweatPals is seeking a part-time intern", "SweatPals"),
    ("Acme Robotics, Inc. is hiring a Controls Technician.", "Acme Robotics, Inc"),
    ("About Northwind Traders:\nWe ship things.", "Northwind Traders"),
    ("Join the Contoso Health team as a Registered Nurse.", "Contoso Health"),
    # not names: pronouns, generic nouns, placeholders, nothing
    ("We are seeking a Project Coordinator to join our team.", None),
    ("Our client is seeking a Staff Accountant.", None),
    ("The Company is looking for a welder.", None),
    ("Confidential is hiring a nurse.", None),
    ("Join Our Dynamic Team: Physical Therapist Wanted in Owensboro, KY!", None),
    ("", None), (None, None),
])
def test_employer_in_text_table(text, employer):
    assert employer_in_text(text) == employer


def _row(**kw) -> dict:
    row = {"job_id": "1", "title": "Timekeeper", "company_name": "", "description": "Tracks hours.",
           "location": "Pearland, TX"}
    row.update(kw)
    return row


@pytest.mark.parametrize("company,description,expected", [
    ("", "Tracks hours.", ""),
    ("Confidential", "Tracks hours.", ""),
    ("LinkedIn Job Postings dataset (recorded)", "Tracks hours.", ""),
    ("", "This is a role as a Timekeeper at Cypress Staffing Solutions located in Pearland, TX.",
     "Cypress Staffing Solutions"),
    ("N/A", "Mindfull Nutrition is looking for an Admin Assistant.", "Mindfull Nutrition"),
    ("SKF Group", "We are seeking a machinist.", "SKF Group"),
])
def test_linkedin_rows_never_show_the_dataset_as_company(company, description, expected):
    (posting,) = LinkedInDatasetSource().parse_payload(json.dumps(_row(company_name=company, description=description)))
    assert posting.company == expected
    assert JobCard(posting_id=1, title=posting.title, company=posting.company).company == (expected or UNNAMED_EMPLOYER)


_TOKENS = {"jsonld": "https://careers.acme.example/jobs", "workday": "acme/External"}


def _source(cls):
    return get_source(cls.key, token=_TOKENS.get(cls.key, "acme") if cls.token_label else None)


@pytest.mark.parametrize("cls", sorted(REGISTRY.values(), key=lambda c: c.key), ids=lambda c: c.key)
@pytest.mark.parametrize("company", ["", "Confidential", "Undisclosed", "N/A", "label"])
def test_every_source_reads_a_placeholder_company_by_its_kind(cls, company):
    src = _source(cls)
    name = src.employer(cls.label if company == "label" else company, "We are hiring.")
    if cls.kind in ("ats", "page"):
        assert name == src.company_name() and name  # one employer's board: its own name
    else:
        assert name == ""  # many employers: not named, never the board's label
    assert src.employer("", "Fenway Golf Club is hiring a caddie.") == "Fenway Golf Club"
    assert src.employer("Fenway Golf Club", None) == "Fenway Golf Club"


def test_demo_feed_names_no_source_as_a_company():
    """Every recorded demo posting of a many-employer source (issue 11 trial: `make run` with the
    demo feed); an ATS board may be the ATS vendor's own (Rippling's board on Rippling)."""
    bad, unnamed, total = [], 0, 0
    for entry in sources.demo_manifest():
        src = get_source(entry["type"], token=entry["token"], company=entry["company"])
        labels = (src.label, src.key, entry.get("name"))
        for payload in sources.demo_payloads(entry["type"], entry["token"]):
            for p in src.parse_payload(payload, company=entry["company"]):
                total += 1
                unnamed += p.company == ""
                if p.company and src.kind not in ("ats", "page") and is_placeholder_company(p.company,
                                                                                             source_names=labels):
                    bad.append((entry["type"], p.company))
    assert total >= 900 and not bad, bad[:10]
    assert unnamed < 60  # LinkedIn rows whose description names no employer either (44 of the 55 blank)
