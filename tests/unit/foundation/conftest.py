"""Unit-test helpers for the foundation: a Settings builder that ignores the real environment."""

from __future__ import annotations

import pytest


@pytest.fixture
def clean_env(monkeypatch):
    """Remove every environment variable that names a Settings field; returns ``build(**env)``.

    ``build`` sets the given variables (names as in the README table, e.g. ``DATABASE_URL``)
    and returns a fresh ``Settings`` read without any ``.env`` file.
    """
    import os

    from careercopilot.config import Settings

    for name in list(os.environ):
        if name.lower() in Settings.model_fields:
            monkeypatch.delenv(name)

    def build(**env: str) -> Settings:
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        return Settings(_env_file=None)

    return build
