"""Interview prep from the posting and the user's own experience (offline, deterministic).

Questions: one per required skill the user has ("Tell me about a time you used X"), one per
skill gap ("How would you get up to speed with X?"), the posting's responsibilities turned
into "How would you approach …", and the standard behavioural openers. STAR drafts are
built only from the user's bullets: Situation = the role, Task/Action = the bullet, Result =
the bullet's own figures (when it has any) — nothing the resume lacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.normalize.skills import extract_posting_skills, extract_skills
from careercopilot.writing.resume_facts import evidence_for, roles

STANDARD = (
    "Tell me about yourself.",
    "Why do you want this role?",
    "Tell me about a time you disagreed with a colleague and how you resolved it.",
)


@dataclass(frozen=True)
class Question:
    """A likely interview question, why it is likely, and a STAR draft from the resume ('' if none)."""

    text: str
    why: str
    star: str


def _star(role_label: str, bullet: str) -> str:
    figures = re.findall(r"(?<![A-Za-z0-9.])\$?\d[\d,.]*\s?(?:%|percent|[KkMm]\b|million|hours|days|people|engineers|nurses)?", bullet)
    result = ("Result: " + ", ".join(f.strip() for f in figures if f.strip()) + " (as on your resume).") if figures else (
        "Result: say what changed because of it — only what you can back up.")
    return (f"Situation: as {role_label}.\nTask and action: {bullet.rstrip('.')}.\n{result}")


def questions(resume_text: str, posting_text: str, *, limit: int = 12) -> list[Question]:
    """Likely questions with STAR drafts (see the module doc)."""
    skills = extract_posting_skills(posting_text)
    have = set(extract_skills(resume_text))
    resume_roles = roles(resume_text)
    evidence = {e.skill: e for e in evidence_for([s for s in skills.required if s in have], resume_roles, resume_text)}
    out: list[Question] = []
    for skill in skills.required:
        if skill in evidence and evidence[skill].role is not None:
            e = evidence[skill]
            out.append(Question(f"Tell me about a time you used {e.surface}.", f"The posting requires {skill}.",
                                _star(e.role.label, e.bullet)))
    for skill in skills.required:
        if skill not in have:
            out.append(Question(f"How would you get up to speed with {skill}?",
                                f"The posting requires {skill}; your resume does not show it yet.", ""))
    for line in posting_text.splitlines():
        line = line.strip(" -•*\t")
        if 6 <= len(line.split()) <= 20 and re.match(r"(?i)^(design|build|lead|manage|own|develop|support|coordinate|"
                                                     r"maintain|create|drive|deliver|provide|ensure|work)\b", line):
            out.append(Question(f"How would you approach this: “{line.rstrip('.')}”?", "A responsibility in the posting.", ""))
    out += [Question(q, "Asked in most interviews.", "") for q in STANDARD]
    seen: set[str] = set()
    unique = [q for q in out if not (q.text in seen or seen.add(q.text))]
    return unique[:limit]
