"""Issue 12 finding 4: a personal key is bound to the provider it was saved for (id and base URL).
Whatever later changes — the instance default, the user's choice, the provider's base URL, a disabled
provider — the key is never sent to another endpoint, and the user is told to re-enter it. The last
rows check the key IS sent where it belongs, over a loopback server."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import update

from careercopilot.db import session_scope
from careercopilot.models import LLMProvider, User, UserLLMSetting
from careercopilot.services import llm_keys, ratelimit
from careercopilot.services import writing_providers as wp
from tests.support.llm_server import LLMServer, json_reply

KEY = "sk-personal-7c1f0e9d"
A_URL, B_URL = "https://a.example.com/v1", "https://b.example.org/v1"


@pytest.fixture
def db(sqlite_engine, override_settings, tmp_path):
    override_settings(jobs_inline=True, data_dir=tmp_path, ssrf_allow_hosts=["127.0.0.1"], llm_base_url=None,
                      llm_model=None, secret_key="a" * 40, llm_judge=False)
    ratelimit.reset()
    return sqlite_engine


def setup() -> tuple[int, int, int]:
    with session_scope() as s:
        u = User(email=f"k{time.time_ns()}@example.com")
        s.add(u)
        s.flush()
        a = wp.save_provider(session=s, actor_is_admin=True, name="A", base_url=A_URL, model="m", api_key="sk-admin-a",
                             is_default=True)
        b = wp.save_provider(session=s, actor_is_admin=True, name="B", base_url=B_URL, model="m", api_key="sk-admin-b")
        return u.id, a.id, b.id


def make_default(pid: int) -> None:
    with session_scope() as s:
        row = s.get(LLMProvider, pid)
        wp.save_provider(session=s, actor_is_admin=True, name=row.name, base_url=row.base_url, model=row.model,
                         provider_id=pid, is_default=True)


def legacy_key(uid: int, provider_id: int | None) -> None:  # a key stored before binding existed
    with session_scope() as s:
        s.add(UserLLMSetting(user_id=uid, provider_id=provider_id, api_key_enc=llm_keys.encrypt(KEY)))


def _default_switched(uid, a, b):
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=None, api_key=KEY)
    make_default(b)


def _choice_switched(uid, a, b):
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=a, api_key=KEY)
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=b)  # the key field left empty: "keep it"


def _url_changed(uid, a, b):
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=a, api_key=KEY)
    with session_scope() as s:
        wp.save_provider(session=s, actor_is_admin=True, name="A", base_url="https://collector.example.net/v1",
                         model="m", provider_id=a)


def _default_url_changed(uid, a, b):
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=None, api_key=KEY)
    with session_scope() as s:
        s.exec(update(LLMProvider).where(LLMProvider.id == a).values(base_url="https://A.example.com/v1/proxy"))


def _chosen_disabled(uid, a, b):
    make_default(b)
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=a, api_key=KEY)
    with session_scope() as s:
        s.exec(update(LLMProvider).where(LLMProvider.id == a).values(enabled=False))


def _legacy_default(uid, a, b):
    legacy_key(uid, None)
    make_default(b)


def _legacy_default_unchanged(uid, a, b):
    legacy_key(uid, None)


WITHHELD = [("default switched", _default_switched, "B"), ("choice switched", _choice_switched, "B"),
            ("base URL changed", _url_changed, "A"), ("default's URL changed", _default_url_changed, "A"),
            ("chosen provider disabled", _chosen_disabled, "B"), ("legacy key, default switched", _legacy_default, "B"),
            ("legacy key under instance default", _legacy_default_unchanged, "A")]


@pytest.mark.parametrize("change", [r[1] for r in WITHHELD], ids=[r[0] for r in WITHHELD])
def test_key_is_not_sent_to_another_provider(db, change):
    uid, a, b = setup()
    change(uid, a, b)
    target = {"A": a, "B": b}[[r[2] for r in WITHHELD if r[1] is change][0]]
    with session_scope() as s:
        provider = wp.provider_for_user(session=s, user_id=uid)
        assert provider.config.api_key != KEY
        assert provider.config.base_url == s.get(LLMProvider, target).base_url
        assert "enter it again" in wp.user_choice(session=s, user_id=uid).key_notice
        provider.close()


def _same_default(uid, a, b):
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=None, api_key=KEY)


def _reentered(uid, a, b):
    _default_switched(uid, a, b)
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=None, api_key=KEY)


def _legacy_chosen(uid, a, b):
    legacy_key(uid, a)


def _chosen_trailing_slash(uid, a, b):
    with session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=a, api_key=KEY)
    with session_scope() as s:
        s.exec(update(LLMProvider).where(LLMProvider.id == a).values(base_url=A_URL + "/"))


SENT = [("default unchanged", _same_default), ("re-entered after the switch", _reentered),
        ("legacy key of a chosen provider", _legacy_chosen), ("trailing slash only", _chosen_trailing_slash)]


@pytest.mark.parametrize("change", [r[1] for r in SENT], ids=[r[0] for r in SENT])
def test_key_is_sent_to_its_own_provider(db, change):
    uid, a, b = setup()
    change(uid, a, b)
    with session_scope() as s:
        provider = wp.provider_for_user(session=s, user_id=uid)
        assert provider.config.api_key == KEY and wp.user_choice(session=s, user_id=uid).key_notice == ""
        provider.close()


def test_over_loopback_the_new_default_never_sees_the_key(db):
    uid, a, _ = setup()
    ok = json_reply({"choices": [{"index": 0, "message": {"content": "hi"}, "finish_reason": "stop"}]})
    with LLMServer([ok]) as srv, session_scope() as s:
        wp.set_user_choice(session=s, user_id=uid, provider_id=None, api_key=KEY)
        new = wp.save_provider(session=s, actor_is_admin=True, name="C", base_url=srv.url + "/v1", model="m",
                               is_default=True)
        assert new.id != a
        provider = wp.provider_for_user(session=s, user_id=uid)
        from careercopilot.llm import ChatRequest

        provider.complete(ChatRequest(system="s", messages=(("user", "u"),)))
        provider.close()
        assert all(KEY not in str(r["headers"]) for r in srv.requests) and srv.requests
