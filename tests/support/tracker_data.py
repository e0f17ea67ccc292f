"""Row builders for tracker tests (users, postings, applications with stage history)."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from sqlmodel import Session, select

from careercopilot.models import Application, JobPosting, MatchScore, MatchSkill, Resume, StageEvent, User
from careercopilot.services.matching.common import SCORE_MODEL_VERSION


def make_user(session: Session, *, tz: str = "UTC") -> User:
    """A user with a random email in time zone ``tz`` (flushed, id set)."""
    user = User(email=f"u{secrets.token_hex(5)}@example.com", timezone=tz)
    session.add(user)
    session.flush()
    return user


def make_posting(session: Session, *, owner_id: int | None = None, title: str = "Backend Engineer",
                 company: str = "Acme", work_mode: str | None = "remote", text: str = "Build APIs in Python.") -> JobPosting:
    """A posting (shared unless ``owner_id``), flushed."""
    token = secrets.token_hex(6)
    p = JobPosting(source_type="greenhouse", ats_id=token, url=f"https://boards.example.com/{token}", title=title,
                   company=company, company_key=company.lower(), dedupe_key=token, work_mode=work_mode,
                   description_text=text, content_hash=token * 5, owner_id=owner_id, salary_currency="USD",
                   salary_min=100000, salary_max=150000, pay_period="year", location_text="Berlin, DE")
    session.add(p)
    session.flush()
    return p


def make_app(session: Session, *, user_id: int, moves: list[tuple[str | None, str, datetime]],
             company: str = "Acme", title: str = "Engineer", source: str | None = "greenhouse",
             work_mode: str | None = "remote", posting_id: int | None = None,
             applied_at: datetime | None = None) -> Application:
    """An application whose history is exactly ``moves`` [(from, to, at)]; stage = last ``to``."""
    app = Application(user_id=user_id, company=company, title=title, stage=moves[-1][1], source_label=source,
                      work_mode=work_mode, posting_id=posting_id, applied_at=applied_at,
                      created_at=moves[0][2], updated_at=moves[-1][2], dedupe_key=secrets.token_hex(20))
    session.add(app)
    session.flush()
    for f, t, at in moves:
        session.add(StageEvent(application_id=app.id, user_id=user_id, from_stage=f, to_stage=t, at=at))
    session.flush()
    return app


def active_resume(session: Session, *, user_id: int) -> Resume:
    """The user's active resume version, created (version 1, active) when they have none."""
    row = session.exec(select(Resume).where(Resume.user_id == user_id, Resume.is_active == True)  # noqa: E712
                       .order_by(Resume.version.desc())).first()
    if row is None:
        row = Resume(user_id=user_id, version=1, is_active=True, **_resume_fields())
        session.add(row)
        session.flush()
    return row


def add_missing_skills(session: Session, *, user_id: int, posting_id: int, skills: list[str],
                       matched: list[str] = (), resume_id: int | None = None,
                       model_version: str | None = None) -> MatchScore:
    """A MatchScore plus missing/matched MatchSkill rows for a posting.

    The score belongs to ``resume_id`` (default: the user's active resume, created if needed)
    under ``model_version`` (default: the current embedding model version), like the rows
    ``services.matching`` writes for the ranking the user sees now.
    """
    if resume_id is None:
        resume_id = active_resume(session, user_id=user_id).id
    m = MatchScore(user_id=user_id, resume_id=resume_id, posting_id=posting_id,
                   model_version=model_version or SCORE_MODEL_VERSION, score=50.0,
                   computed_at=datetime.now(timezone.utc))
    session.add(m)
    session.flush()
    for s in skills:
        session.add(MatchSkill(match_id=m.id, user_id=user_id, posting_id=posting_id, skill=s, status="missing"))
    for s in matched:
        session.add(MatchSkill(match_id=m.id, user_id=user_id, posting_id=posting_id, skill=s, status="matched"))
    session.flush()
    return m


def _resume_fields() -> dict:
    token = secrets.token_hex(4)
    return {"filename": f"cv-{token}.pdf", "mime": "application/pdf", "storage_key": f"resumes/{token}.pdf"}
