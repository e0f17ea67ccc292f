"""The offline writer, interview prep and the grounding checker never treat people as skills
(issue 12: "I used RNs, telemetry and CNAs as Charge Nurse", "Tell me about a time you used RNs",
STAR result "32, 8, 4"). One table of professions, each a resume whose current role supervises
other people named by their occupation, and a posting that asks for those occupations' skills."""

from __future__ import annotations

import re

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.interview import outcome_of, questions
from careercopilot.writing.skill_kinds import HAVE_FRAMES
from careercopilot.writing.offline import WritingInput, cover_letter

#: (profession, current title, people bullet, role nouns in it, own bullet, skills line, posting requirements)
TABLE = [
    ("nurse", "Charge Nurse", "Charge nurse for a 32-bed telemetry unit, supervising 8 RNs and 4 CNAs per shift",
     ["RNs", "CNAs"], "Administered medications via Epic MAR and documented in Epic",
     "Telemetry, Epic, IV therapy", ["RN license", "CNA", "Telemetry", "Epic"]),
    ("electrician", "Foreman Electrician", "Crew foreman on a 12-story build, training 6 apprentices",
     ["apprentices"], "Installed conduit and 480V switchgear per NEC", "Conduit bending, NEC, blueprint reading",
     ["Apprenticeship", "NEC", "Conduit bending"]),
    ("lawyer", "Associate Attorney", "Handled 40 commercial cases, supervising 3 paralegals",
     ["paralegals"], "Drafted motions and took depositions in Westlaw-backed research",
     "Legal research, Westlaw, litigation", ["Paralegal", "Westlaw", "Litigation"]),
    ("restaurant", "Kitchen Manager", "Ran a 120-cover kitchen, supervising 10 line cooks and 2 prep cooks",
     ["line cooks", "prep cooks"], "Managed food costing and inventory in Toast",
     "Food safety, inventory management, Toast", ["Line cook", "Inventory management", "Food safety"]),
    ("software", "Engineering Manager", "Led a team of 5 Python developers across 2 time zones",
     ["Python developers"], "Designed the billing service in Go on Kubernetes",
     "Go, Kubernetes, PostgreSQL", ["Python", "Go", "Kubernetes"]),
    ("teacher", "Lead Teacher", "Taught a class of 24 third graders, supervising 2 TAs", ["TAs"],
     "Planned lessons with Google Classroom and differentiated instruction",
     "Lesson planning, Google Classroom, differentiated instruction", ["Teaching Assistant", "Lesson planning"]),
    ("warehouse", "Shift Supervisor", "Oversaw 12 forklift drivers on second shift for a 200,000 sq ft DC",
     ["forklift drivers"], "Ran cycle counts in Manhattan WMS", "Inventory control, WMS, RF scanning",
     ["Forklift", "WMS", "Inventory control"]),
    ("call centre", "Team Lead", "Managed a team of 12 call center agents on the billing queue",
     ["call center agents"], "Resolved escalations in Zendesk and Salesforce", "Zendesk, Salesforce, de-escalation",
     ["Call center", "Zendesk", "Salesforce"]),
]


def _resume(title: str, people: str, own: str, skills: str) -> str:
    return (f"Jordan Reyes\njordan@example.com\n\nExperience\n{title} — Northside Group, Denver, CO  March 2019 – Present\n"
            f"- {people}\n- {own}\n\nSkills\n{skills}\n")


def _posting(title: str, reqs: list[str]) -> str:
    return f"{title}\nRequirements\n" + "".join(f"- {r}\n" for r in reqs)


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_the_letter_never_uses_people_as_skills(row):
    _, title, people, nouns, own, skills, reqs = row
    resume = _resume(title, people, own, skills)
    letter = cover_letter(WritingInput(resume, "Acme", title, _posting(title, reqs), name="Jordan Reyes"))
    for sentence in re.split(r"(?<=[.!?])\s+", letter):
        if re.search(r"\bI (?:used|put|relied on)\b|skills I use|hands-on work with", sentence):
            head = re.split(r", where I| when I|: ", sentence)[0]  # the quoted bullet after "where I" may name them as people
            assert not any(n in head for n in nouns), sentence
    facts = SourceFacts.from_texts(resume, allowed=["Acme", title, "Jordan Reyes"])
    assert [f.text for f in check(letter, facts)] == []


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_interview_prep_asks_about_no_person_and_no_bare_figures_as_result(row):
    _, title, people, nouns, own, skills, reqs = row
    qs = questions(_resume(title, people, own, skills), _posting(title, reqs))
    assert not any(n in q.text for q in qs for n in nouns if q.text.startswith(HAVE_FRAMES))
    for q in qs:
        if q.star:
            result = q.star.splitlines()[-1]
            assert not re.fullmatch(r"Result: [\d,.\s$%KkMm]+\(as on your resume\)\.", result), q.star
            if people.rstrip(".") in q.star:  # the people bullet states no outcome: the draft asks for one
                assert "does not say what changed" in result


@pytest.mark.parametrize("bullet, outcome", [
    ("Charge nurse for a 32-bed unit, supervising 8 RNs and 4 CNAs", None),
    ("Cut p95 latency from 900 ms to 200 ms by caching hot paths", "Cut p95 latency from 900 ms to 200 ms by caching hot paths"),
    ("Led the Kubernetes migration, reducing deploy time 40%", "reducing deploy time 40%"),
    ("Supervised 10 line cooks; kept food cost under 28% and raised health score to 98", "kept food cost under 28% and raised health score to 98"),
    ("Managed 12 agents, resulting in a 15% rise in CSAT", "resulting in a 15% rise in CSAT"),
    ("Taught 24 students in Grade 3", None),
])
def test_outcome_of_reads_an_outcome_clause_not_scope_figures(bullet, outcome):
    assert outcome_of(bullet) == outcome


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_grounding_flags_people_claimed_as_skills_and_passes_people_as_people(row):
    _, title, people, nouns, own, skills, _ = row
    resume = _resume(title, people, own, skills)
    facts = SourceFacts.from_texts(resume, allowed=["Acme"])
    listed = ", ".join(nouns)
    for claim in (f"My skills include {listed} and {skills.split(', ')[0]}.",
                  f"I used {listed} as {title} at Northside Group.",
                  f"I have hands-on experience with {listed}."):
        flagged = {f.text for f in check(claim, facts) if f.kind == "tool"}
        assert set(nouns) <= flagged, (claim, flagged)
    assert check(people + ".", facts) == [], people  # the resume's own sentence: people as people
