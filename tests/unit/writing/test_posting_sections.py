"""What a posting asks for, by section (required / duties / preferred), never from its company blurb.

Trial of session 16: interview prep wrote "The posting requires Radiology / Echocardiography" (GE
HealthCare's business area, from the company blurb) and called PostgreSQL required when the posting
lists it under "Desired Characteristics". The old reader (``extract_posting_skills``, whose section
split only knows colon/markdown/known-phrase headings) fails most rows below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careercopilot.normalize.html import html_to_text
from careercopilot.normalize.posting_sections import heading_kind, read_posting, sections

FEED = Path(__file__).resolve().parents[3] / "careercopilot" / "data" / "demo_feed"

# heading as written in real postings → kind
HEADINGS = [
    # Workday / GE HealthCare / Amazon / Google
    ("Basic Qualifications", "required"), ("BASIC QUALIFICATIONS", "required"), ("Minimum Qualifications", "required"),
    ("Preferred Qualifications", "preferred"), ("PREFERRED QUALIFICATIONS", "preferred"),
    ("Desired Characteristics", "preferred"), ("Eligibility Requirements", "required"),
    ("Essential Responsibilities", "duties"), ("In This Role You Will", "duties"), ("Job Description Summary", "intro"),
    ("Additional Information", "other"), ("Knowledge, Skills and Abilities", "required"),
    # Greenhouse / Lever / Ashby
    ("What you'll do", "duties"), ("What You’ll Do", "duties"), ("What you'll bring", "required"),
    ("What we're looking for", "required"), ("Nice to haves", "preferred"), ("Bonus points", "preferred"),
    ("Bonus Points If You Have", "preferred"), ("Even better if you have", "preferred"),
    ("It would be great if you have", "preferred"), ("Extra credit", "preferred"), ("Pluses", "preferred"),
    ("What would make you stand out", "preferred"), ("Who you are", "required"), ("About you", "required"),
    ("About the role", "duties"), ("About Supabase", "company"), ("About Us", "company"), ("Who we are", "company"),
    ("Our Mission", "company"), ("Why Stripe?", "company"), ("Life at Ramp", "company"),
    ("Benefits", "benefits"), ("Perks & Benefits", "benefits"), ("What we offer", "benefits"),
    ("Compensation", "benefits"), ("Pay Range", "benefits"), ("Total Rewards", "benefits"),
    ("Equal Opportunity Employer", "other"), ("How to apply", "other"),
    # plain text / markdown
    ("Requirements", "required"), ("Must have", "required"), ("Must-haves", "required"), ("Tech stack", "required"),
    ("Responsibilities", "duties"), ("Desired Skills and Experience", "preferred"), ("Nice to have", "preferred"),
    ("Optional", "preferred"), ("Not required, but helpful", "preferred"),
]


@pytest.mark.parametrize(("heading", "kind"), HEADINGS)
def test_heading_kinds(heading, kind):
    assert heading_kind(heading) == kind


# (posting text, required tier ⊇, preferred ⊇, never asked for)
POSTINGS = [
    pytest.param(  # markdown (Greenhouse export)
        "## About Acme\nAcme is the leading radiology software vendor.\n\n## Requirements\n- 5+ years of Python\n"
        "- PostgreSQL\n\n## Nice to have\n- Kubernetes\n- Terraform\n", {"Python", "PostgreSQL"},
        {"Kubernetes", "Terraform"}, {"Radiology"}, id="markdown"),
    pytest.param(  # Lever style: bold headings, bullets
        "**What You'll Do**\n• Build APIs in Go\n**What You'll Need**\n• Docker\n**Bonus Points**\n• Rust\n"
        "**Benefits**\n• Excel training budget\n", {"Go", "Docker"}, {"Rust"}, {"Microsoft Excel"}, id="lever-bold"),
    pytest.param(  # Workday: Title Case headings without colons, glued sentences (LinkedIn export)
        "Job Description Summary\nOur customers do echocardiography in radiology departments.\n\n"
        "Basic Qualifications\n\nSenior level proficiency in C# (.NET core).\n\nDesired Characteristics\n\n"
        "Experience using relational (PostgreSQL, SQL Server) databases.Experience with RabbitMQ.",
        {"C#", ".NET"}, {"PostgreSQL", "Microsoft SQL Server", "RabbitMQ"}, {"Radiology", "Echocardiography"},
        id="workday-title-case"),
    pytest.param(  # ALL CAPS (Amazon)
        "BASIC QUALIFICATIONS\n- Java\nPREFERRED QUALIFICATIONS\n- AWS\n", {"Java"}, {"Amazon Web Services"}, set(),
        id="all-caps"),
    pytest.param(  # inline labels
        "Requirements: Python, Django\nNice to have: Redis\n", {"Python", "Django"}, {"Redis"}, set(), id="inline"),
    pytest.param(  # inline cues inside a required list
        "Requirements:\n- Python\n- Kubernetes is a plus\n- Ideally some Terraform\n- GraphQL preferred\n"
        "- Experience with Kafka would be an advantage\n", {"Python"},
        {"Kubernetes", "Terraform", "GraphQL", "Apache Kafka"}, set(), id="inline-cues"),
    pytest.param(  # both cues in one sentence
        "Qualifications:\nPython required, Rust a plus.\nKubernetes, Terraform or Helm preferred; must know SQL.\n",
        {"Python", "SQL"}, {"Rust", "Kubernetes", "Terraform", "Helm"}, set(), id="mixed-sentence"),
    pytest.param(  # plain text, no headings: everything the job says is asked, the blurb is not
        "Acme is a leading fintech company founded in 2010.\nWe need a backend engineer with Python and AWS.\n",
        {"Python", "Amazon Web Services"}, set(), {"Fintech"}, id="plain-no-headings"),
    pytest.param(  # lowercase standalone headings from HTML (Jobicy / Ashby)
        "About the company\n\nWe build Kubernetes tooling for radiology clinics.\n\nWhat you'll do\n\n"
        "Write Go services.\n\nNice to have\n\nRust experience.\n", {"Go"}, {"Rust"}, {"Radiology", "Kubernetes"},
        id="html-paragraph-headings"),
    pytest.param(  # a heading we do not know, after the job sections, still counts
        "Responsibilities:\n- Ship React features\nOur Stack:\n- TypeScript\n", {"React", "TypeScript"}, set(), set(),
        id="unknown-heading-after-job"),
]


@pytest.mark.parametrize(("text", "required", "preferred", "never"), POSTINGS)
def test_postings_by_section(text, required, preferred, never):
    asks = read_posting(text)
    assert required <= set(asks.asked), asks
    assert preferred <= set(asks.preferred), asks
    assert not (preferred & set(asks.asked)), asks
    assert not (never & set(asks.everything)), asks


def _ge() -> str:
    for line in (FEED / "linkedin_dataset.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["company_name"] == "GE HealthCare" and row["title"] == "Senior Backend Software Developer":
            return row["description"]
    raise AssertionError("the demo posting is gone")


def test_the_demo_ge_healthcare_posting():
    asks = read_posting(_ge(), company="GE HealthCare")
    assert {"C#", ".NET"} <= set(asks.required) and "Microsoft Azure" in asks.asked
    assert {"PostgreSQL", "MongoDB", "Microsoft SQL Server"} <= set(asks.preferred)
    assert not {"Radiology", "Echocardiography", "Artificial Intelligence"} & set(asks.everything)
    kinds = {h: k for h, k, _ in sections(_ge())}
    assert kinds["Desired Characteristics"] == "preferred" and kinds["Basic Qualifications"] == "required"


def test_the_demo_orioledb_posting_names_no_skill_from_its_company_blurb():
    feed = json.loads((FEED / "jobicy.json").read_text("utf-8"))
    rows = feed.get("jobs", feed) if isinstance(feed, dict) else feed
    row = next(j for j in rows if "OrioleDB" in j["jobTitle"])
    asks = read_posting(html_to_text(row["jobDescription"]), company=row["companyName"])
    # "Supabase is the Postgres development platform … a complete backend solution" describes the employer
    assert not {"PostgreSQL", "Backend Development"} & set(asks.everything)
