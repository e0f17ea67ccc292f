"""Matching fixtures: a real model (session), a throwaway PostgreSQL DB per module, temp Chroma.

* ``model`` — loads all-MiniLM-L6-v2 once per pytest session.
* ``mdb`` — a migrated throwaway PostgreSQL database for this module, installed as the
  process engine; every table is emptied before each test (``clean_db``).
* ``index`` — a ``VectorIndex`` on a Chroma ``PersistentClient`` in a temp dir.
* ``make_posting``/``make_user``/``make_resume`` — row factories.
"""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from tests.support import services

_seq = itertools.count(1)


@pytest.fixture(scope="session")
def model():
    from careercopilot.integrations import embeddings

    return embeddings.get_model()


@pytest.fixture(scope="module")
def mdb():
    from careercopilot import db

    with services.throwaway_pg_database("cc_match") as url:
        engine = db.make_engine(url)
        previous = db._engine
        db.set_engine(engine)
        try:
            yield engine
        finally:
            db.set_engine(previous)
            engine.dispose()


@pytest.fixture
def clean_db(mdb):
    from sqlmodel import SQLModel

    import careercopilot.models  # noqa: F401

    names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with mdb.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    return mdb


@pytest.fixture
def index(tmp_path, model):
    from careercopilot.integrations import vectors

    return vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))


@pytest.fixture
def make_user(clean_db):
    from careercopilot.db import session_scope
    from careercopilot.models import User

    def make(email: str | None = None) -> int:
        with session_scope() as s:
            u = User(email=email or f"user{next(_seq)}@example.org")
            s.add(u)
            s.flush()
            return u.id

    return make


@pytest.fixture
def make_posting(clean_db):
    from careercopilot.db import session_scope
    from careercopilot.models import JobPosting

    def make(title: str, description: str, **kw) -> int:
        n = next(_seq)
        fields = dict(source_type="greenhouse", ats_id=f"a{n}", url=f"https://jobs.example.org/{n}", title=title,
                      company=kw.pop("company", "Acme"), company_key="acme", dedupe_key=f"k{n}",
                      description_text=description, description_html=f"<p>{description}</p>", content_hash=f"h{n}")
        fields.update(kw)
        with session_scope() as s:
            p = JobPosting(**fields)
            s.add(p)
            s.flush()
            return p.id

    return make


@pytest.fixture
def make_resume(clean_db):
    from careercopilot.db import session_scope
    from careercopilot.models import Preference, Resume

    def make(user_id: int, text_: str, **prefs) -> int:
        with session_scope() as s:
            r = Resume(user_id=user_id, filename="cv.txt", mime="text/plain", storage_key=f"k{next(_seq)}",
                       text=text_, is_active=True)
            s.add(r)
            if prefs:
                s.add(Preference(user_id=user_id, **prefs))
            s.flush()
            return r.id

    return make
