"""LLMSettingsState: the user's LLM provider choice, personal key (write-only), remaining
token budget and generation log (Settings); the admin's provider list, edits and
connection tests (Admin). Keys go in, never come back."""

from __future__ import annotations

import asyncio

import reflex as rx

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.services import writing_budget, writing_providers as wp
from careercopilot.services.writing_generation import generation_log
from careercopilot.services.applications import user_zone
from careercopilot.services.local_time import local_minute
from careercopilot.state.auth import current_user_id, session_user
from careercopilot.state.form_feedback import clear_fields


def _load(uid: int, *, is_admin: bool) -> dict:
    """What the page state may hold for this user. A regular user gets each enabled provider as
    ``{"key", "label"}`` only — an opaque key (:func:`wp.choice_key`) and its display name — never its
    base URL, id, wire or last test result (attack93 item 3: the whole rows went to every browser);
    ``admin_providers`` (the full rows) is filled for admins alone."""
    with session_scope() as s:
        rows = wp.list_providers(session=s)
        choice = wp.user_choice(session=s, user_id=uid)
        chosen = next((r for r in rows if r.id == choice.provider_id), None)
        providers = [{"key": wp.choice_key(r.id), "label": wp.display_name(r)} for r in rows if r.enabled]
        zone = user_zone(s, uid)
        log = [{"at": local_minute(g.created_at, zone), "provider": g.provider, "model": g.model,
                "tokens": f"{g.tokens_in} in / {g.tokens_out} out", "latency": f"{g.latency_ms / 1000:.1f} s",
                "outcome": g.outcome} for g in generation_log(session=s, user_id=uid, limit=20)]
    left = writing_budget.remaining(uid)
    return {"providers": providers, "admin_providers": [vars(r) for r in rows] if is_admin else [],
            "choice": wp.choice_key(chosen.id) if chosen is not None else "", "has_key": choice.has_personal_key,
            "key_notice": choice.key_notice,
            "remaining": f"{left.user:,} of {left.user_limit:,} tokens left today"
            + ("" if left.instance is None else f" (instance: {left.instance:,})"), "log": log}


class LLMSettingsState(rx.State):
    """Values of the writing sections on Settings and Admin. ``providers``: what every user may see
    (opaque key + display name); ``admin_providers``: the full rows, loaded for admins only."""

    providers: list[dict] = []
    admin_providers: list[dict] = []
    #: the opaque key of the user's chosen provider ("" = the instance default)
    choice: str = ""
    has_key: bool = False
    #: why the saved personal key is not sent ("" = it is): saved for another provider (issue 12 finding 4)
    key_notice: str = ""
    remaining: str = ""
    log: list[dict] = []
    message: str = ""
    error: str = ""

    @rx.event
    async def load_llm(self):
        """Load providers, the user's choice, remaining budget and recent generations."""
        who = await session_user(self)
        if who is None:
            return
        data = await asyncio.to_thread(_load, who.user_id, is_admin=bool(who.is_admin))
        self.providers, self.choice, self.has_key = data["providers"], data["choice"], data["has_key"]
        self.admin_providers = data["admin_providers"]
        self.key_notice = data["key_notice"]
        self.remaining, self.log = data["remaining"], data["log"]

    @rx.event
    async def submit_choice(self, form: dict):
        """Save the provider choice and, when typed, a personal key (empty field keeps the saved one)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        raw = str(form.get("provider_id", "")).strip()[:64]  # the opaque key (wp.choice_key), "" = the default
        key = str(form.get("api_key", ""))[:500]
        remove = bool(form.get("remove_key"))

        def save():
            with session_scope() as s:
                provider_id = wp.provider_for_choice_key(session=s, key=raw) if raw else None
                wp.set_user_choice(session=s, user_id=uid, provider_id=provider_id,
                                   api_key="" if remove else (key or None))
        try:
            await asyncio.to_thread(save)
            self.message, self.error = "Saved.", ""
        except (LookupError, ValueError) as exc:
            self.message, self.error = "", str(exc)
            return [*clear_fields("llm-key"), LLMSettingsState.load_llm]
        return [*clear_fields("llm-key"), LLMSettingsState.load_llm]

    @rx.event
    async def submit_provider(self, form: dict):
        """Admin: add or update a provider (empty key field keeps the stored key)."""
        who = await session_user(self)
        if who is None:
            return rx.redirect(routes.LOGIN)

        def save():
            with session_scope() as s:
                wp.save_provider(session=s, actor_is_admin=who.is_admin, name=str(form.get("name", "")),
                                 base_url=str(form.get("base_url", "")), model=str(form.get("model", "")),
                                 wire=str(form.get("wire", "auto")), api_key=str(form.get("api_key", "")) or None,
                                 is_default=bool(form.get("is_default")),
                                 provider_id=int(form["provider_id"]) if str(form.get("provider_id", "")).isdigit() else None)
        try:
            await asyncio.to_thread(save)
            self.message, self.error = "Provider saved.", ""
        except (PermissionError, ValueError, LookupError) as exc:
            self.message, self.error = "", str(exc)
            return [*clear_fields("llm-admin-key"), LLMSettingsState.load_llm]
        return [*clear_fields("llm-name", "llm-base-url", "llm-model", "llm-admin-key"), LLMSettingsState.load_llm]

    @rx.event(background=True)
    async def test_provider(self, provider_id: int):
        """Admin: call the provider once and show the result.

        A background event: the provider call (seconds, up to its HTTP timeout) runs without
        the state lock, taken only to clear and to show the result."""
        async with self:
            who = await session_user(self)
            if who is None:
                return rx.redirect(routes.LOGIN)
            self.message = self.error = ""  # the previous test's result goes as this one starts

        def go():
            with session_scope() as s:
                return wp.test_connection(session=s, actor_is_admin=who.is_admin, provider_id=int(provider_id))
        message = error = ""
        try:
            ok, msg = await asyncio.to_thread(go)
            message, error = (msg, "") if ok else ("", msg)
        except (PermissionError, LookupError) as exc:
            error = str(exc)
        async with self:
            self.message, self.error = message, error
        return LLMSettingsState.load_llm
