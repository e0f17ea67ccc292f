"""Fixtures for the resume/preferences service tests: SQLite users, local storage, rescore recorder."""

from __future__ import annotations

import pytest


@pytest.fixture
def two_users(sqlite_engine):
    """Ids of two accounts (A, B) in the test's SQLite database."""
    from careercopilot.db import session_scope
    from careercopilot.services import users

    with session_scope() as s:
        a = users.create_user(session=s, email="alice@example.com", password="a-long-Passphrase-1")
        b = users.create_user(session=s, email="bob@example.com", password="b-long-Passphrase-2")
        return a.id, b.id


@pytest.fixture
def storage(tmp_path):
    """A LocalStorage in a temp dir."""
    from careercopilot.integrations.storage import LocalStorage

    return LocalStorage(tmp_path / "files")


@pytest.fixture
def rescores(monkeypatch):
    """Records the user ids whose rescore would be enqueued (after commit)."""
    from careercopilot.services import tx_hooks

    calls: list[int] = []
    monkeypatch.setattr(tx_hooks, "enqueue_rescore", calls.append)
    return calls

