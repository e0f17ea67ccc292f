"""Statements about the posting are true of the posting (session 16 trial, a senior backend resume on the
demo data): the offline letter cites as "your posting asks for" only skills both the posting and the
resume name, and the posting-side grounding check flags the ones the posting does not ask for; tailoring
says when there is nothing to change and never lists a resume skill as "not shown"; interview prep reads
required vs desired from the posting's sections."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from careercopilot.normalize.html import html_to_text
from careercopilot.writing.interview import questions
from careercopilot.writing.offline import WritingInput
from careercopilot.writing.pipeline import generate

FEED = Path(__file__).resolve().parents[3] / "careercopilot" / "data" / "demo_feed"
RESUME = """Dana Reyes
dana.reyes@example.com

Summary
Senior backend engineer with eight years of experience building APIs.

Skills
Python, FastAPI, PostgreSQL, Redis, Docker, Backend Development, AWS

Experience
Senior Software Engineer, Lumen Health — Portland, OR  March 2019 – Present
- Built a claims API in Python and FastAPI serving 40 hospitals
- Tuned PostgreSQL queries, cutting p95 latency from 900 ms to 120 ms
- Maintained Redis caching layer for the eligibility service

Software Engineer, Northwind Logistics — Seattle, WA  June 2016 – February 2019
- Developed route-planning services in Python on AWS
- Containerized services with Docker

Education
B.S. Computer Science, University of Washington, 2016
"""


def _ge() -> tuple[str, str, str]:
    for line in (FEED / "linkedin_dataset.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["company_name"] == "GE HealthCare" and row["title"] == "Senior Backend Software Developer":
            return row["description"], row["company_name"], row["title"]
    raise AssertionError("the demo posting is gone")


def _oriole() -> tuple[str, str, str]:
    feed = json.loads((FEED / "jobicy.json").read_text("utf-8"))
    rows = feed.get("jobs", feed) if isinstance(feed, dict) else feed
    row = next(j for j in rows if "OrioleDB" in j["jobTitle"])
    return html_to_text(row["jobDescription"]), row["companyName"], row["jobTitle"]


# (posting text, company, title, skills the posting really asks for and the resume has, the stored match
# explanation's (matched, missing) required skills — matching reads the company blurb too)
POSTINGS = {
    "ge-healthcare": (*_ge(), {"PostgreSQL", "Backend Development"}, (["Backend Development"], ["C#", ".NET"])),
    "ge-healthcare-no-explanation": (*_ge(), {"PostgreSQL", "Backend Development"}, ([], [])),
    "orioledb": (*_oriole(), set(), (["PostgreSQL", "Backend Development"], [])),
    "python-markdown": ("## About Acme\nAcme runs Kubernetes for radiology clinics.\n\n## Requirements\n- Python\n"
                        "- FastAPI\n\n## Nice to have\n- Redis\n", "Acme", "Backend Engineer",
                        {"Python", "FastAPI", "Redis", "Backend Development"}, (["Python"], [])),
}
ASKS = re.compile(r"(?:Your posting asks for skills I use in my work, including|You ask for|Su oferta pide "
                  r"competencias que uso en mi trabajo, entre ellas|Piden|Votre offre demande des compétences que "
                  r"j'utilise dans mon travail, notamment|Vous demandez) ([^.:]+?)(?:, all of which I use|, y las uso "
                  r"todas)?[.:]")


def _named(sentence: str) -> set[str]:
    from careercopilot.normalize.skills import extract_skills

    return set(extract_skills(sentence))


@pytest.mark.parametrize("language", ["en", "es", "fr"])
@pytest.mark.parametrize("tone", ["professional", "warm", "concise"])
@pytest.mark.parametrize("key", list(POSTINGS))
def test_the_letter_says_the_posting_asks_only_for_what_it_asks(key, tone, language):
    posting, company, title, shared, (matched, missing) = POSTINGS[key]
    result = generate("cover_letter", WritingInput(RESUME, company=company, title=title, posting_text=posting,
                                                   name="Dana Reyes", matched=matched, missing=missing, tone=tone,
                                                   language=language))
    said = [_named(m.group(1)) for m in ASKS.finditer(result.text)]
    assert all(s <= shared for s in said), (said, result.text)
    if not shared:  # nothing in common: the letter does not pretend the posting asks for the user's skills
        assert not said, result.text
        assert "used them" not in result.text and "las he usado" not in result.text
    assert not [f for f in result.flags if f.kind == "posting"], result.flags


# document sentence → (flagged spans, message fragment); posting = the GE HealthCare demo posting
CLAIMS = [
    ("Your posting asks for skills I use in my work, including PostgreSQL, Python and FastAPI.",
     ["Python", "FastAPI"], "does not ask for"),
    ("You ask for PostgreSQL, Python and FastAPI, all of which I use.", ["Python", "FastAPI"], "does not ask for"),
    ("The role requires PostgreSQL, and I have used Python for eight years.", ["PostgreSQL"], "desired, not required"),
    ("The posting requires radiology expertise.", ["radiology"], "description of the employer"),
    ("You are looking for 10 years of experience with .NET and Azure.", ["10"], "figure"),
    ("GE HealthCare uses Kubernetes and C#.", ["Kubernetes"], "does not mention"),
    ("Su oferta pide competencias que uso en mi trabajo, entre ellas PostgreSQL y Django.", ["Django"], "ask for"),
    ("Votre offre demande des compétences que j'utilise dans mon travail, notamment Python.", ["Python"], "ask for"),
    ("I was drawn to your emphasis on Kafka.", ["Kafka"], "does not ask for"),
    # true statements about the posting, and statements about the user only
    ("Your posting asks for C# and .NET; I have used Python for eight years.", [], ""),
    ("The role calls for 7-9 years of experience and Microsoft Azure.", [], ""),
    ("I used Python and FastAPI as Senior Software Engineer at Lumen Health.", [], ""),
    ("I was glad to see that GE HealthCare is looking for a Senior Backend Software Developer, and I would love "
     "to apply.", [], ""),
    ("Your posting lists PostgreSQL and MongoDB among desired skills.", [], ""),
]


@pytest.mark.parametrize(("sentence", "spans", "why"), CLAIMS)
def test_posting_side_check(sentence, spans, why):
    from careercopilot.writing.grounding.posting_side import check_posting_claims

    posting, company, title = _ge()
    flags = check_posting_claims(sentence, posting, company=company, title=title)
    assert [f.text for f in flags] == spans
    assert all(why in f.message for f in flags) and all(f.kind == "posting" for f in flags)


def test_a_letter_with_a_false_posting_claim_is_flagged_by_the_pipeline():
    """The trial's letter: the grounding panel said "Every fact is in your resume"."""
    from careercopilot.writing.grounding import SourceFacts, check
    from careercopilot.writing.grounding.posting_side import check_posting_claims, merge

    posting, company, title = _ge()
    letter = ("Dear GE HealthCare hiring team,\n\nI am writing to apply for the Senior Backend Software Developer "
              "position at GE HealthCare. Your posting asks for skills I use in my work, including PostgreSQL, Python "
              "and FastAPI.\n")
    flags = merge(check(letter, SourceFacts.from_texts(RESUME, allowed=[company, title])),
                  check_posting_claims(letter, posting, company=company, title=title))
    assert {f.text for f in flags if f.kind == "posting"} == {"Python", "FastAPI"}


def test_tailoring_never_lists_a_resume_skill_as_not_shown_and_says_when_nothing_changes():
    from careercopilot.writing.tailor import propose

    posting, company, _ = _ge()
    proposal = propose(RESUME, posting, company=company)
    assert "Backend Development" not in proposal.unmet  # in the Skills section (the Resume page lists it)
    assert {"C#", ".NET"} <= set(proposal.unmet)
    assert not {"Radiology", "Echocardiography"} & set(proposal.unmet)
    # what it proposes serves the skills the posting lists as a plus (PostgreSQL), and says so (writer82)
    assert all("lists as a plus" in c.reason for c in proposal.changes if c.kind == "reorder")
    nothing = propose(RESUME, "Requirements:\n- C# and .NET\n- Azure Service Bus\n", company=company)
    assert nothing.empty and not nothing.changes


# resume skill written as … → the posting's skill: never "not shown on your resume"
SAME_SKILL = [("Postgres", "PostgreSQL"), ("postgresql", "PostgreSQL"), ("K8s", "Kubernetes"),
              ("JS", "JavaScript"), ("FastAPI", "Backend Development"), ("Grafana", "Monitoring")]


@pytest.mark.parametrize(("written", "asked"), SAME_SKILL)
def test_unmet_uses_the_resume_pages_normalization(written, asked):
    from careercopilot.writing.tailor import propose

    resume = f"Skills\n{written}, Go\n\nExperience\nEngineer, Acme — 2019 – Present\n- Wrote services in Go daily\n"
    assert asked not in propose(resume, f"Requirements:\n- {asked}\n- Go\n").unmet


def test_interview_prep_reads_required_and_desired_from_the_sections():
    posting, company, _ = _ge()
    qs = questions(RESUME, posting, company=company, limit=40)
    whys = " ".join(q.why for q in qs)
    assert "Radiology" not in whys and "Echocardiography" not in whys and "Artificial Intelligence" not in whys
    assert "The posting requires PostgreSQL" not in whys
    assert "The posting lists PostgreSQL as desired, not required." in whys
    assert "The posting requires C#" in whys
