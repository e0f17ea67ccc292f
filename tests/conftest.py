"""Shared fixtures for every test tier (keep this file small).

* makes the repository root importable (``careercopilot``, ``jobs``, ``tests.support``);
* gives this pytest process its own ``DATA_DIR`` (a temp dir, removed at exit), set before
  ``careercopilot.config`` reads the environment: see :data:`SESSION_DATA_DIR`;
* ``sqlite_engine`` — a migrated SQLite file in a temp dir, installed as the process
  engine (:func:`careercopilot.db.set_engine`) for the test and removed afterwards.

PostgreSQL/Redis/RQ fixtures live in ``tests/integration/conftest.py``; the e2e app
and browser fixtures in ``tests/e2e/conftest.py``. Helpers that create throwaway
databases are plain functions in :mod:`tests.support.services`.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: This pytest process's DATA_DIR (each xdist worker imports this file: one folder each), exported
#: before ``careercopilot.config`` builds ``settings`` (it reads DATA_DIR once, at import) and so
#: inherited by the app/CLI subprocesses tests start unless they pass their own. Without it tests
#: used the checkout's ./data: when ``make run`` in the same checkout held the embedded Chroma
#: folder (integrations/vector_folder_lock.py), unit tests that index handed their jobs to that app
#: (services/index_handoff.py) and hung waiting for them (tidy68). A test that needs another folder
#: sets ``settings.data_dir`` or a subprocess's DATA_DIR itself.
SESSION_DATA_DIR = Path(tempfile.mkdtemp(prefix="cc-test-data-"))
os.environ["DATA_DIR"] = str(SESSION_DATA_DIR)
atexit.register(shutil.rmtree, SESSION_DATA_DIR, ignore_errors=True)
if "careercopilot.config" in sys.modules:  # imported earlier (a plugin, `python -c "…; pytest.main()"`)
    sys.modules["careercopilot.config"].settings.data_dir = SESSION_DATA_DIR


def _inline_jobs():
    return sys.modules.get("careercopilot.services.background")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """In-process jobs a test queued never outlive it. Right after the body (its database still
    the process engine) delayed runs and retries that have not fired are cancelled; after the
    fixtures' teardown (gates released) running ones are awaited, before the next test's
    database exists. Without this a retry timer fired inside the next test of the same worker
    and wrote a job row into that test's fresh database (CI, stop 21: ``export_account`` for a
    user of an earlier test appeared in the account-deletion test's before/after comparison)."""
    yield
    if (background := _inline_jobs()) is not None:
        background.discard_pending_inline()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """See :func:`pytest_runtest_call`: the second half (await running in-process jobs, cancelling
    the retries they schedule as they fail against a database the fixtures already dropped: joining
    those timers hung the teardown past pytest-timeout's 300 s on a loaded machine)."""
    yield
    if (background := _inline_jobs()) is not None:
        background.wait_inline_jobs(run_pending=False)


@pytest.fixture(autouse=True)
def _no_pending_touches():
    """Pending session/visit times (services.touches, process memory) never leak between tests."""
    from careercopilot.services import touches

    touches.reset()
    yield
    touches.reset()


@pytest.fixture(autouse=True)
def _no_reused_session_checks():
    """Reused session validations (services.session_checks, process memory) never leak between tests."""
    from careercopilot.services import session_checks

    session_checks.invalidate()
    yield
    session_checks.invalidate()


@pytest.fixture(autouse=True)
def _no_shared_cache_entries():
    """Cached user-independent results (services.shared_cache, process memory) never leak
    between tests (each test has its own postings under the same queries)."""
    from careercopilot.services import shared_cache

    shared_cache.clear_memory()
    yield
    shared_cache.clear_memory()


@pytest.fixture(autouse=True)
def _no_submission_claims():
    """Claims of just-sent create forms (services.submissions, on the process-memory ``limits``
    storage of the embedded default) never leak between tests (each test's database reuses ids)."""
    from limits.storage import MemoryStorage

    from careercopilot.services import ratelimit

    if ratelimit.backend.cache_info().currsize and isinstance(ratelimit.backend(), MemoryStorage):
        ratelimit.reset()
    yield


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
