"""Shared fixtures for every test tier (keep this file small).

* makes the repository root importable (``careercopilot``, ``jobs``, ``tests.support``);
* ``sqlite_engine`` — a migrated SQLite file in a temp dir, installed as the process
  engine (:func:`careercopilot.db.set_engine`) for the test and removed afterwards.

PostgreSQL/Redis/RQ fixtures live in ``tests/integration/conftest.py``; the e2e app
and browser fixtures in ``tests/e2e/conftest.py``. Helpers that create throwaway
databases are plain functions in :mod:`tests.support.services`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _no_pending_touches():
    """Pending session/visit times (services.touches, process memory) never leak between tests."""
    from careercopilot.services import touches

    touches.reset()
    yield
    touches.reset()


@pytest.fixture(autouse=True)
def _no_shared_cache_entries():
    """Cached user-independent results (services.shared_cache, process memory) never leak
    between tests (each test has its own postings under the same queries)."""
    from careercopilot.services import shared_cache

    shared_cache.clear_memory()
    yield
    shared_cache.clear_memory()


@pytest.fixture
def sqlite_engine(tmp_path):
    """A fresh SQLite database migrated to head, set as the process-wide engine.

    Yields the SQLAlchemy ``Engine``; ``careercopilot.db.session_scope()`` uses it for
    the duration of the test. The previous engine is restored afterwards.
    """
    from careercopilot import db
    from careercopilot.services import migrations

    url = f"sqlite:///{tmp_path / 'test.db'}"
    migrations.upgrade(url)
    engine = db.make_engine(url)
    previous = db._engine
    db.set_engine(engine)
    try:
        yield engine
    finally:
        db.set_engine(previous)
        engine.dispose()
