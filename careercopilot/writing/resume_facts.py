"""Roles and bullets read from a resume's plain text (for the offline writer and tailoring).

A role starts at a line that carries a year (a dated header such as
"Senior Software Engineer, Lumen Health — Portland, OR  March 2019 – Present"); the
lines after it, up to the next dated line or section heading, are its bullets. The
header is split at the first comma, dash or " at " into title and employer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careercopilot.normalize.resume_fields import heading_key, split_sections
from careercopilot.normalize.resume_skills import own_skill_spans

_YEAR = re.compile(r"\b(19[6-9]\d|20[0-3]\d)\b|\bpresent\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•·●▪◦‣]|\d+[.)])\s*")
_DATES_TAIL = re.compile(
    r"(?i)\s*[,|(]?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}/)?"
    r"(?:19|20)\d{2}.*$|\s*[,|(]?\s*present.*$"
)


@dataclass
class Role:
    """One job: ``title`` at ``employer`` with its bullet lines (verbatim, bullet marks removed)."""

    title: str
    employer: str
    header: str
    bullets: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """"Title at Employer" (or whichever is known)."""
        return f"{self.title} at {self.employer}" if self.title and self.employer else self.title or self.employer


def _split_header(line: str) -> tuple[str, str]:
    head = _DATES_TAIL.sub("", line).strip(" ,|–—-\t")
    parts = [p.strip() for p in re.split(r"\s+[—–|-]\s+|,\s*|\s+at\s+", head) if p.strip()]
    if not parts:
        return "", ""
    title = parts[0]
    employer = parts[1] if len(parts) > 1 else ""
    # "Charge Nurse, Medical-Surgical Unit — St. Luke's …": a unit is not the employer
    if len(parts) > 2 and re.search(r"(?i)\b(unit|department|team|division)\b", employer):
        employer = parts[2]
    return title, employer


def roles(text: str) -> list[Role]:
    """Roles of the experience section (or of the whole text when it has no such heading)."""
    sections = split_sections(text)
    body = "\n".join(b for h, b in sections if heading_key(h) == "experience") or text
    out: list[Role] = []
    header_pending = False
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if header_pending and not _YEAR.search(line):
            # dates on their own line, title and employer on the next ("10/2015 to 01/2016")
            out[-1].title, out[-1].employer = _split_header(line)
            out[-1].header += "\n" + line
            header_pending = False
            continue
        if _YEAR.search(line) and not _BULLET.match(raw) and len(line.split()) <= 18:
            title, employer = _split_header(line)
            header_pending = not re.search(r"[A-Za-z]{2}", title + employer)
            out.append(Role(title if not header_pending else "", employer, line))
        elif out:
            bullet = _BULLET.sub("", line).strip()
            if len(bullet.split()) >= 3:
                out[-1].bullets.append(bullet)
    return out


@dataclass(frozen=True)
class Evidence:
    """Where a skill was used: the role and the bullet that names it (``role`` None: a line of
    the certifications/education/skills sections). ``surface`` is the skill as the resume
    writes it ("Postgres", "Epic EHR"), never the taxonomy's canonical name."""

    skill: str
    role: Role | None
    bullet: str
    surface: str


def own_skills(text: str) -> list[str]:
    """Canonical skills ``text`` shows as the person's own, in order: mentions in passing and
    mentions of other people ("supervising 8 RNs and 4 CNAs") left out
    (:func:`careercopilot.normalize.resume_skills.own_skill_spans`)."""
    return list(dict.fromkeys(n for _, _, n in own_skill_spans(text)))


def covered_skills(text: str) -> set[str]:
    """Canonical skills a resume covers, as the Resume page and the match explanation count them: its
    own skills (:func:`careercopilot.normalize.resume_skills.extract_resume_skills` — taxonomy synonyms and
    case folded to one name) and every broader skill they imply
    (:func:`careercopilot.normalize.skills.skill_ancestors`: FastAPI → Backend Development)."""
    from careercopilot.normalize.skills import skill_ancestors

    own = set(own_skills(text))
    return own | {a for s in own for a in skill_ancestors(s)}


def surface_of(skill: str, text: str) -> str | None:
    """How ``text`` writes ``skill`` (its first own mention, :func:`own_skills`), or None."""
    for s, e, name in own_skill_spans(text):
        if name == skill:
            return text[s:e]
    return None


def credential_lines(text: str) -> list[str]:
    """Lines of the certifications and education sections (verbatim)."""
    return [ln.strip(" -•*\t") for h, b in split_sections(text) if heading_key(h) in ("certifications", "education")
            for ln in b.splitlines() if ln.strip(" -•*\t")]


def evidence_for(skills: list[str], resume_roles: list[Role], resume_text: str = "") -> list[Evidence]:
    """Where each skill shows: the first bullet naming it (most recent role first), else a
    credentials line; in ``skills`` order."""
    found: list[Evidence] = []
    creds = credential_lines(resume_text) if resume_text else []
    for skill in skills:
        hit = None
        for role in resume_roles:
            bullet = next((b for b in role.bullets if skill in own_skills(b)), None)
            if bullet:
                hit = Evidence(skill, role, bullet, surface_of(skill, bullet) or skill)
                break
        if hit is None:
            line = next((ln for ln in creds if skill in own_skills(ln)), None)
            if line:
                hit = Evidence(skill, None, line, surface_of(skill, line) or skill)
        if hit:
            found.append(hit)
    return found
