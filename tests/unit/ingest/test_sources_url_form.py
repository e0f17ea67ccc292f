"""Sources page, "Add posting from URL": the typed address stays in the box after an
error (so it can be corrected) and is cleared only after a successful import."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from careercopilot.connectors.errors import InvalidURLError
from careercopilot.state import sources as sources_state
from careercopilot.state.sources import MAX_URL, SourcesState


class FakeState(SimpleNamespace):
    """Stands in for the Reflex state: attributes plus ``async with self``."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


def _submit(monkeypatch, url: str, outcome) -> FakeState:
    async def current_user_id(state):
        return 7

    monkeypatch.setattr(sources_state, "current_user_id", current_user_id)

    async def import_posting_async(*, user_id, url):
        assert user_id == 7
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(sources_state.url_import, "import_posting_async", import_posting_async)
    state = FakeState(url_value=url, url_error="", url_notice="")
    asyncio.run(SourcesState.submit_url.fn(state, {"url": url}))
    return state


@pytest.mark.parametrize("error", [InvalidURLError("That is not a web address"), ValueError("enter the URL of a job posting")])
def test_address_is_kept_after_an_error(engine, monkeypatch, error):
    state = _submit(monkeypatch, "not a url", error)
    assert state.url_value == "not a url"
    assert state.url_error == str(error) and state.url_notice == ""


def test_address_is_cleared_after_a_successful_import(engine, monkeypatch):
    posting = SimpleNamespace(title="Platform Engineer", company="Initech")
    state = _submit(monkeypatch, "https://jobs.example.com/p/1", posting)
    assert state.url_value == "" and state.url_error == ""
    assert state.url_notice == "Added (only you can see it): Platform Engineer — Initech"


def test_typed_value_is_capped():
    state = FakeState(url_value="")
    SourcesState.set_url_value.fn(state, "h" * (MAX_URL + 50))
    assert len(state.url_value) == MAX_URL
