"""Matching reads a posting's requirements by its sections (issue 11), with the writing side's reader.

The matcher used its own reader (``extract_posting_skills`` over ``resume_fields.split_sections``):
a company blurb under "About <Company>" / "Life at …" / "Why join us", and "Desired …" / "Preferred
Qualifications" / a long "Nice to have: · …" line counted as REQUIRED skills, and every preferred
skill the person lacked lowered the skills component (one denominator, weight 1 against 2) and
showed on the card as "missing". Now (``signals.posting_skills`` → ``normalize.posting_sections``):

* company / benefits / EEO sections name no required skill;
* a preferred skill is flagged ``required=False``, never lowers the skills component when missing
  (``skills`` = the required coverage), adds a little when present, and is not on the card's
  "missing" list (the detail page lists it apart: "Nice to have");
* a posting without sections reads as before: all required.

Shapes: Workday (Title Case and ALL CAPS), Greenhouse/Lever markdown (rendered by ingest's
``clean_html`` as the stored ``description_text`` is), inline labels and cues, and real recorded
postings from ``benchmarks/data/issue11/postings.jsonl`` and the demo feed. Each row but the
"no sections" ones fails on the old reader/scoring.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from careercopilot.models import JobPosting, MatchScore
from careercopilot.normalize.html import clean_html
from careercopilot.services import matching
from careercopilot.services.matching.reads import _card
from careercopilot.services.matching.signals import posting_skills

ROOT = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _issue11() -> dict[str, dict]:
    rows = (json.loads(x) for x in (ROOT / "benchmarks/data/issue11/postings.jsonl").read_text("utf-8").splitlines())
    return {r["id"]: r for r in rows}


def _real(pid: str) -> tuple[str, str, str]:
    r = _issue11()[pid]
    return r["title"], r["company"], r["description"]


def _ge() -> tuple[str, str, str]:
    for line in (ROOT / "careercopilot/data/demo_feed/linkedin_dataset.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["company_name"] == "GE HealthCare" and row["title"] == "Senior Backend Software Developer":
            return row["title"], row["company_name"], row["description"]
    raise AssertionError("the demo posting is gone")


# (title, company, description) or a loader → required ⊇, preferred ⊇, never required (nor preferred)
SHAPES = [
    pytest.param(("Backend Engineer", "Acme", "Qualifications\nPython and PostgreSQL in production.\n\n"
                  "Preferred Qualifications\nExperience with Kubernetes and Terraform.\n"),
                 {"Python", "PostgreSQL"}, {"Kubernetes", "Terraform"}, set(), id="workday-title-case"),
    pytest.param(("Software Engineer", "Amazon", "BASIC QUALIFICATIONS\n- Java\n- SQL\nPREFERRED QUALIFICATIONS\n"
                  "- AWS\n- Scala\n"), {"Java", "SQL"}, {"Amazon Web Services", "Scala"}, set(), id="workday-all-caps"),
    pytest.param(("Platform Engineer", "Supabase", "## About Supabase\nSupabase is the Postgres development platform "
                  "with Kubernetes under the hood.\n\n## What you'll bring\n- Go\n- Docker\n\n## Bonus points\n- Rust\n"),
                 {"Go", "Docker"}, {"Rust"}, {"PostgreSQL", "Kubernetes"}, id="greenhouse-markdown-about-company"),
    pytest.param(("Data Engineer", "Ramp", "**What You'll Do**\n- Build pipelines in Python\n**What you'll bring**\n"
                  "- SQL\n- Airflow\n**Bonus Points**\n- dbt\n- Snowflake\n"), {"Python", "SQL", "Apache Airflow"},
                 {"dbt", "Snowflake"}, set(), id="lever-bold-bring-bonus"),
    pytest.param(("Web Developer", "Acme", "REQUIREMENTS\n- React\n- TypeScript\n\nNICE TO HAVE\n- GraphQL\n"),
                 {"React", "TypeScript"}, {"GraphQL"}, set(), id="all-caps-requirements"),
    pytest.param(("Analyst", "Acme", "Requirements: Excel, SQL, Tableau\nNice to have: Python, Power BI\n"),
                 {"Microsoft Excel", "SQL", "Tableau"}, {"Python", "Microsoft Power BI"}, set(), id="inline-nice-to-have"),
    pytest.param(("Mobile Developer", "Acme", "What you need:\n- Swift\n- iOS development\n\nPluses:\n- Kotlin\n"
                  "- Firebase\n"), {"Swift"}, {"Kotlin", "Firebase"}, set(), id="pluses"),
    pytest.param(("Backend Engineer", "Acme", "Requirements:\n- Java\n- Spring Boot\n\nWe offer:\n- Salesforce "
                  "certification budget\n- Spanish lessons\n"), {"Java", "Spring Boot"}, set(), {"Salesforce", "Spanish"},
                 id="we-offer"),
    pytest.param(("Accountant", "Acme", "Requirements:\n- GAAP\n- QuickBooks\n- Excel\n\nWhat's in it for you\n- Free "
                  "Coursera courses in Python and Tableau\n"), {"GAAP", "QuickBooks", "Microsoft Excel"}, set(),
                 {"Python", "Tableau"}, id="whats-in-it-for-you"),
    pytest.param(("Accountant", "Acme", "Requirements:\n- GAAP\n- Excel\n\nTotal Rewards\n- Annual Python and Tableau "
                  "training budget\n"), {"GAAP", "Microsoft Excel"}, set(), {"Python", "Tableau"}, id="total-rewards"),
    pytest.param(("Registered Nurse", "Mercy", "Requirements:\n- BLS\n- ACLS\n- Epic\n\nEqual Opportunity Employer\n"
                  "Mercy welcomes applicants who use American Sign Language; interpreters in Spanish are available.\n"),
                 {"BLS", "ACLS", "Epic"}, set(), {"American Sign Language", "Spanish"}, id="eeo-section"),
    pytest.param(("Registered Nurse", "Mercy", "Requirements:\n- BLS\n- ACLS\n\nInclusion & Belonging\nWe provide "
                  "American Sign Language interpreters and Spanish-language materials to every applicant.\n"),
                 {"BLS", "ACLS"}, set(), {"American Sign Language", "Spanish"}, id="inclusion-and-belonging"),
    pytest.param(("Designer", "Figma", "About Figma\nFigma is where teams design in Adobe Illustrator's place.\n\n"
                  "Life at Figma\nWe host Python meetups.\n\nWhat you'll do\n- Prototype in Figma\n"
                  "What we're looking for\n- User research\n- Wireframing\n"), {"UX Research", "Wireframing"}, set(),
                 {"Adobe Illustrator", "Python"}, id="about-company-life-at"),
    pytest.param(("Engineer", "Acme", "Responsibilities\n- Build services in Go\n\nRequirements\n- gRPC\n- Docker\n\n"
                  "Even better if you have\n- Rust\n- Kafka\n"), {"Go", "Docker"}, {"Rust", "Apache Kafka"}, set(),
                 id="even-better-if"),
    pytest.param(("Backend Developer", "Acme", "Requirements:\n- 3+ years of Python, ideally with Django\n- PostgreSQL\n"
                  "- Redis is a plus\n"), {"Python", "PostgreSQL"}, {"Django", "Redis"}, set(), id="inline-cues"),
    pytest.param(("Nurse", "Clinic", "We need a nurse with BLS, ACLS and IV therapy experience who knows Epic."),
                 {"BLS", "ACLS", "IV Therapy", "Epic"}, set(), set(), id="no-sections"),
    pytest.param(_ge, {"C#", ".NET"}, {"PostgreSQL", "MongoDB", "Microsoft SQL Server"},
                 {"Radiology", "Echocardiography"}, id="demo-ge-healthcare-desired-characteristics"),
    pytest.param(lambda: _real("li-3863610227"), {"Java", "Selenium", "Python"}, {"Git", "Maven", "Gradle", "HTML"},
                 set(), id="real-long-nice-to-have-label"),
    pytest.param(lambda: _real("li-3884805577"), {"Threat Modeling", "Docker", "Kubernetes"}, {"Go", "Terraform"},
                 {"Ethereum", "Scalability"}, id="real-all-caps-nice-to-haves-company-intro"),
    pytest.param(lambda: _real("li-3904381957"), {"Ruby", "Python", "Linux"}, {"Serverless"}, {"Security Guard"},
                 id="real-bonus-points-for"),
    pytest.param(lambda: _real("li-3844216662"), {"Microsoft Office"}, set(), {"Real Estate"},
                 id="real-we-offer-company-intro"),
]


def _posting(title: str, company: str, text: str) -> JobPosting:
    _, clean = clean_html(text)  # as ingest stores description_text
    return JobPosting(id=1, source_type="x", ats_id="1", url="https://x.example/1", title=title, company=company,
                      company_key=company.lower(), dedupe_key="k", description_text=clean,
                      content_hash=f"{title}|{company}|{clean}")


def _profile(skills) -> matching.Profile:
    return matching.Profile(text="", skills=sorted(skills), chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32))


@pytest.mark.parametrize(("shape", "required", "preferred", "never"), SHAPES)
def test_posting_skills_by_section(shape, required, preferred, never):
    p = _posting(*(shape() if callable(shape) else shape))
    req, nice = posting_skills(p)
    assert required <= set(req), (req, nice)
    assert preferred <= set(nice) and not preferred & set(req), (req, nice)
    assert not never & (set(req) | set(nice)), (req, nice)


@pytest.mark.parametrize(("shape", "required", "preferred", "never"), SHAPES)
def test_missing_preferred_skills_never_lower_the_score(shape, required, preferred, never):
    p = _posting(*(shape() if callable(shape) else shape))
    req, nice = posting_skills(p)
    has_req = matching.score_posting(_profile(req), p, None)
    # coverage is the required coverage alone: the preferred skills the person lacks cost nothing
    assert has_req.skills == (pytest.approx(len(req) / max(len(req), matching.MIN_SKILL_EVIDENCE)) if req else None)
    flags = {f.skill: f.required for f in has_req.matched_skills + has_req.missing_skills}
    assert all(flags[s] is False for s in preferred), flags
    assert not [f for f in has_req.missing_skills if f.required], has_req.missing_skills
    # the card's "missing" names required skills only
    card = _card(p, MatchScore(user_id=1, resume_id=1, posting_id=1, model_version="m", score=has_req.score,
                               explanation=has_req.model_dump(mode="json")), last_visit=None)
    assert not set(card.missing_skills) & set(nice), card.missing_skills
    if nice:  # present, a preferred skill adds a little (and never takes away)
        half = req[: len(req) // 2]
        without = matching.score_posting(_profile(half), p, None)
        with_pref = matching.score_posting(_profile(half + nice), p, None)
        assert with_pref.skills > without.skills and with_pref.score >= without.score


def test_a_preferred_skill_is_no_skill_gap():
    """The strong-fit band's skill gap (``steps.skill_gap``) counts required skills only: a posting
    with 3 required skills the person has and 10 preferred ones they lack is no gap."""
    text = "Requirements:\n- Python\n- SQL\n- Docker\n\nNice to have:\n" + "".join(
        f"- {s}\n" for s in ("Rust", "Scala", "Kotlin", "Haskell", "Elixir", "Erlang", "Clojure", "OCaml", "F#", "Julia"))
    p = _posting("Engineer", "Acme", text)
    person = ["Python", "SQL", "Docker"] + [f"Skill {i}" for i in range(20)]
    ex = matching.score_posting(_profile(person), p, None)
    assert ex.steps.skill_gap is False and ex.skills == pytest.approx(1.0)
