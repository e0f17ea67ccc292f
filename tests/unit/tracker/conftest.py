"""Tracker unit fixtures: a migrated SQLite database and a session on it."""

from __future__ import annotations

import pytest
from sqlmodel import Session


@pytest.fixture
def session(sqlite_engine):
    """A session on a fresh migrated SQLite database (rolled back / closed afterwards)."""
    with Session(sqlite_engine, expire_on_commit=False) as s:
        yield s
