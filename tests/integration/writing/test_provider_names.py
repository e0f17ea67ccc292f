"""Admin → LLM providers: a name another provider has is a clear form error (the unique key
``llmprovider.name`` used to fail the flush with an unhandled IntegrityError; trial finding 2's kind)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import LLMProvider
from careercopilot.services import writing_providers as wp


@pytest.fixture
def db(sqlite_engine, override_settings, tmp_path):
    override_settings(data_dir=tmp_path, secret_key="a" * 40, llm_base_url=None, llm_model=None)
    return sqlite_engine


def _save(name: str, provider_id: int | None = None) -> int:
    with session_scope() as s:
        return int(wp.save_provider(session=s, actor_is_admin=True, name=name, base_url="https://api.example.com/v1",
                                    model="m", provider_id=provider_id).id)


def test_a_taken_provider_name_is_a_clear_error_on_create_and_rename(db):
    first = _save("openai")
    second = _save("local")
    with pytest.raises(ValueError, match="provider named “\u2068openai\u2069” exists"):
        _save(" openai ")
    with pytest.raises(ValueError, match="provider named “\u2068openai\u2069” exists"):
        _save("openai", provider_id=second)
    assert _save("openai", provider_id=first) == first  # saving under its own name is fine
    with session_scope() as s:
        assert sorted(s.exec(select(LLMProvider.name)).all()) == ["local", "openai"]
