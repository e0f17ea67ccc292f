"""SQLite engine per test (fast unit tests of the ingest services)."""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[3])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import pytest  # noqa: E402
from sqlmodel import Session, SQLModel  # noqa: E402

from careercopilot import db  # noqa: E402
from careercopilot.config import settings  # noqa: E402
from careercopilot.models import Source, User  # noqa: E402


@pytest.fixture()
def engine(tmp_path, monkeypatch):
    import careercopilot.models  # noqa: F401  (all tables on the metadata)

    eng = db.make_engine(f"sqlite:///{tmp_path / 'unit.db'}")
    SQLModel.metadata.create_all(eng)
    db.set_engine(eng)
    monkeypatch.setattr(settings, "demo_feed", "on")
    monkeypatch.setattr(settings, "jobs_inline", True)
    yield eng
    db.set_engine(None)
    eng.dispose()


@pytest.fixture()
def session(engine):
    with Session(engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture()
def users(session):
    admin = User(email="admin@example.com", is_admin=True)
    alice = User(email="alice@example.com")
    bob = User(email="bob@example.com")
    session.add_all([admin, alice, bob])
    session.commit()
    return admin, alice, bob


@pytest.fixture()
def make_source(session):
    """``make_source(type, token, **columns)`` → a committed Source row."""

    def make(type_="greenhouse", token="acme", **kw) -> Source:
        src = Source(type=type_, token=token, name=f"{type_}:{token}", **kw)
        session.add(src)
        session.commit()
        return src

    return make
