"""Alert fixtures: a migrated database per test on BOTH engines (``alerts_db`` is parametrized
"sqlite" / "postgresql", installed as the process engine) and row factories."""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from tests.support import services

_seq = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def alerts_db(request, tmp_path):
    """The backend name; the process engine points at a fresh migrated database of it."""
    from careercopilot import db

    with services.migrated_engine(request.param, tmp_path, "cc_alerts") as engine:
        previous = db._engine
        db.set_engine(engine)
        try:
            yield request.param
        finally:
            db.set_engine(previous)


@pytest.fixture
def make_user():
    """``make_user(tz="UTC")`` → user id (no password)."""
    from careercopilot.db import session_scope
    from careercopilot.models import User

    def make(tz: str = "UTC") -> int:
        with session_scope() as s:
            u = User(email=f"a-{uuid.uuid4().hex[:10]}@example.com", timezone=tz)
            s.add(u)
            s.flush()
            return int(u.id)

    return make


@pytest.fixture
def make_posting():
    """``make_posting(title=…, company=…, first_seen=…, **fields)`` → posting id (open, shared)."""
    from careercopilot.db import session_scope
    from careercopilot.models import JobPosting

    def make(title: str = "Python Engineer", company: str = "Acme", *, first_seen: datetime | None = None,
             description: str = "We build things.", **fields) -> int:
        n = next(_seq)
        first = first_seen or datetime.now(timezone.utc)
        with session_scope() as s:
            p = JobPosting(source_type=fields.pop("source_type", "greenhouse"), ats_id=f"a{n}",
                           url=f"https://jobs.example.org/{n}", title=title, company=company,
                           company_key=company.lower(), dedupe_key=f"d{n}", content_hash=f"h{n}",
                           description_text=description, description_html=f"<p>{description}</p>",
                           first_seen_at=first, last_seen_at=first, **fields)
            s.add(p)
            s.flush()
            return int(p.id)

    return make


def past(minutes: int = 60) -> datetime:
    """``minutes`` ago (UTC)."""
    return datetime.now(timezone.utc) - timedelta(minutes=minutes)
