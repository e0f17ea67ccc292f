"""attack93 item 3: provider base URLs and ids were in every user's page state (the Settings page's
``LLMSettingsState.providers`` held whole provider rows, sent to the browser over the websocket).

Checked on the wire: the app's real ASGI backend (Reflex's socket.io ``/_event`` endpoint and the
``/auth/*`` routes) served by uvicorn on loopback, accounts made through ``POST /auth/signup``, and a
headless tab (:class:`tests.support.reflex_client.ReflexSession`) that runs ``load_llm`` and merges
every delta it receives — the state dump a browser holds. (The frontend build is skipped: it is not
what carries state.)

Variants (where a provider's address could reach a regular user's browser) — old code failed 4/5:

==  ====================================================================  ========
#   place                                                                 old code
==  ====================================================================  ========
1   the provider list of Settings (base URL, id, wire, last test)         leaked
2   the chosen provider (its id as the select's value)                    leaked
3   a personal key's notice when the provider has no name                 leaked
4   a document's error after "cannot reach" / HTTP errors / Retry-After    leaked
5   the admin's own page (must still show base URLs and test results)     shown
==  ====================================================================  ========
"""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import writing_providers as wp
from careercopilot.state.writing_settings import LLMSettingsState
from tests.support.reflex_client import ReflexSession, sign_up

BASE_URL = "http://10.77.66.55:11434/v1"  # the kind of address an admin keeps to themselves (a LAN Ollama)
STATE = LLMSettingsState.get_full_name()
PASSWORD = "tangerine-bicycle-42"
_ASGI = None


@pytest.fixture
def backend(sqlite_engine, override_settings, tmp_path, monkeypatch):
    """The app's backend (ASGI) on a loopback port; yields its URL."""
    import reflex.app as reflex_app

    from careercopilot.careercopilot import app
    from tests.support.uvicorn_server import serve

    override_settings(data_dir=tmp_path, jobs_inline=True, secret_key="s" * 40, first_account_admin=False,
                      ssrf_allow_hosts=["10.77.66.55"], email_verification=False,
                      scheduler_enabled=False)
    global _ASGI
    if _ASGI is None:  # once per process: Reflex adds its middleware when the ASGI app is built
        monkeypatch.setattr(reflex_app.App, "_compile", lambda self, **kw: None)  # no frontend build: state only
        # another test of this process may have started the API app (``app.api_transformer``, e.g. through a
        # TestClient): Starlette then refuses new middleware ("Cannot add middleware after an application has
        # started"); the outer app built here adds its own CORS middleware, so the started one keeps its stack
        add_cors = reflex_app.App._add_cors
        monkeypatch.setattr(reflex_app.App, "_add_cors", staticmethod(
            lambda api: None if getattr(api, "middleware_stack", None) is not None else add_cors(api)))
        _ASGI = app()
    with serve(_ASGI, lifespan="on") as url:
        # the origin the handshake and form posts must come from: APP_URL, as at start-up (the socket.io
        # server took its allowed origins from APP_URL when the app module was imported)
        override_settings(app_url=url)
        monkeypatch.setattr(app.sio.eio, "cors_allowed_origins", [url])
        yield url


def _dump(url: str, cookies: dict[str, str], *events: tuple[str, dict]) -> dict:
    """Every state var the tab received after ``load_llm`` (and ``events``), merged as a browser does."""

    async def go() -> dict:
        tab = ReflexSession(url, cookies=cookies, path="/settings/")
        await tab.connect()
        try:
            await tab.call(f"{STATE}.load_llm", {}, until=lambda t: bool(t.var(STATE, "providers")), timeout=60)
            for name, payload in events:
                before = tab.messages
                await tab.call(f"{STATE}.{name}", payload, until=lambda t, b=before: t.messages > b, timeout=60)
                await tab.call(f"{STATE}.load_llm", {}, until=lambda t: True, timeout=60)
                await asyncio.sleep(0.5)
            return tab.state
        finally:
            await tab.close()

    return asyncio.run(go())


def _provider(name: str = "Team model") -> int:
    with session_scope() as s:
        return wp.save_provider(session=s, actor_is_admin=True, name=name, base_url=BASE_URL, model="llama3.1:8b",
                                is_default=True).id


def _account(url: str, *, admin: bool) -> tuple[int, dict[str, str]]:
    email = f"p{time.time_ns()}@example.com"
    cookies = sign_up(url, email, PASSWORD)
    with session_scope() as s:
        user = s.exec(__import__("sqlmodel").select(User).where(User.email == email)).one()
        user.is_admin = admin
        s.add(user)
        return user.id, cookies


def test_a_regular_users_page_state_holds_no_provider_address_or_id(backend):
    pid = _provider()
    uid, cookies = _account(backend, admin=False)
    key = wp.choice_key(pid)
    state = _dump(backend, cookies, ("submit_choice", {"form": {"provider_id": key, "api_key": ""}}))
    wire = json.dumps(state)
    assert BASE_URL not in wire and "10.77.66.55" not in wire
    mine = state[STATE]
    assert mine["providers"] == [{"key": key, "label": "Team model (llama3.1:8b)"}]
    assert mine["admin_providers"] == [] and mine["choice"] == key and str(pid) != key
    with session_scope() as s:  # the opaque key chose the provider
        assert wp.user_choice(session=s, user_id=uid).provider_id == pid


def test_the_admin_still_sees_base_urls_and_ids(backend):
    pid = _provider()
    _, cookies = _account(backend, admin=True)
    rows = _dump(backend, cookies)[STATE]["admin_providers"]
    assert [(r["id"], r["base_url"]) for r in rows] == [(pid, BASE_URL)]


def test_a_forged_choice_key_is_refused(backend):
    pid = _provider()
    uid, cookies = _account(backend, admin=False)
    state = _dump(backend, cookies, ("submit_choice", {"form": {"provider_id": str(pid), "api_key": ""}}))
    assert state[STATE]["error"] == "no such provider"
    with session_scope() as s:
        assert wp.user_choice(session=s, user_id=uid).provider_id is None


def test_errors_name_the_provider_not_its_address():
    from careercopilot.llm import ChatRequest, LLMError, Provider, ProviderConfig
    from tests.support import services

    port = services.free_port()  # nothing listens: "cannot reach"
    for name, shown in (("Team model", "Team model"), ("", "the AI provider")):
        cfg = ProviderConfig(wire="openai", base_url=f"http://127.0.0.1:{port}/v1", model="m", name=name,
                             max_retries=0, connect_timeout_s=2)
        with pytest.raises(LLMError) as caught:
            list(Provider(cfg, sleep=lambda s: None).stream(ChatRequest(system="s", messages=(("user", "u"),))))
        assert str(port) not in str(caught.value) and shown in str(caught.value)


def test_a_key_notice_never_names_the_address(sqlite_engine, override_settings, tmp_path):
    override_settings(data_dir=tmp_path, secret_key="s" * 40)
    with session_scope() as s:
        first = wp.save_provider(session=s, actor_is_admin=True, name="A", base_url=BASE_URL, model="m",
                                 is_default=True).id
        second = wp.save_provider(session=s, actor_is_admin=True, name="B", base_url="https://api.example.com/v1",
                                  model="m").id
        user = User(email=f"k{time.time_ns()}@example.com")
        s.add(user)
        s.flush()
        wp.set_user_choice(session=s, user_id=user.id, provider_id=second, api_key="sk-personal-123456")
        from careercopilot.models import LLMProvider

        s.get(LLMProvider, second).name = ""  # a nameless provider
        s.get(LLMProvider, second).base_url = "https://moved.example.com/v1"
        notice = wp.user_choice(session=s, user_id=user.id).key_notice
    assert notice and "example.com" not in notice and first
