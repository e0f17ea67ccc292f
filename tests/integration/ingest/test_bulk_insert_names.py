"""``ingest._bulk_insert`` (PostgreSQL ``COPY``, SQLite executemany) into tables whose names are
reserved words: ``user`` broke ``COPY user (…)`` on PostgreSQL, so the scale benchmarks
(``benchmarks/_scale.py``: 200 users, their resumes and scores) could never build their
PostgreSQL corpus. The table of variants: a reserved-word table, an ordinary table with a
JSON column, a row whose values carry quotes and tabs."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import Session, select

from careercopilot.models import MatchScore, Resume, User
from careercopilot.services.ingest import _bulk_insert
from tests.support import scale_corpus, services

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)


@pytest.fixture(params=["postgresql", "sqlite"])
def engine(request, tmp_path):
    with services.migrated_engine(request.param, tmp_path, "cc_bulk") as eng:
        yield eng


def _row(obj) -> dict:
    return {c.name: getattr(obj, c.name) for c in obj.__table__.columns}


def test_reserved_word_table_json_columns_and_odd_values(engine):
    users = [_row(User(id=i, email=f"u{i}@example.org", display_name='O\'Brien "\tQ"', created_at=NOW))
             for i in (1, 2)]
    with Session(engine) as s:
        scale_corpus.insert_postings(s, scale_corpus.posting_rows([7], source_id=None, now=NOW))
        _bulk_insert(s, User.__table__, users)  # "user": a reserved word on PostgreSQL
        _bulk_insert(s, Resume.__table__, [_row(Resume(id=1, user_id=1, filename="cv.txt", mime="text/plain",
                                                         storage_key="k1", text="Python", is_active=True,
                                                         created_at=NOW, updated_at=NOW))])
        _bulk_insert(s, MatchScore.__table__, [_row(MatchScore(
            id=1, user_id=1, resume_id=1, posting_id=7, model_version="m", score=50.0, semantic=0.5, skills=0.5,
            preference=0.5, freshness=0.5, explanation={"skills": ["python"], "note": 'a "quoted"\tvalue'},
            computed_at=NOW))])
        s.commit()
    with Session(engine) as s:
        assert [u.display_name for u in s.exec(select(User).order_by(User.id))] == ['O\'Brien "\tQ"'] * 2
        assert s.exec(select(MatchScore)).one().explanation == {"skills": ["python"], "note": 'a "quoted"\tvalue'}
