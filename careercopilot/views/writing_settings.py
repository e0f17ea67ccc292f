"""Writing sections of Settings (the user's provider, key, budget, generation log) and Admin
(the instance's LLM providers and connection tests)."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import field, notice, section, stack_cell, stack_row, stack_table
from careercopilot.state.writing_settings import LLMSettingsState as L


def _log_row(g: rx.Var) -> rx.Component:
    return stack_row(stack_cell("When", g["at"], class_name="cc-nowrap"), stack_cell("Provider", g["provider"]),
                     stack_cell("Model", g["model"]), stack_cell("Tokens", g["tokens"]),
                     stack_cell("Latency", g["latency"]), stack_cell("Outcome", g["outcome"]))


def user_section() -> rx.Component:
    """Provider choice, personal key (write-only), remaining budget, recent generations."""
    return section(
        "Writing copilot",
        rx.text(L.remaining, size="2", id="llm-remaining"),
        rx.cond(L.providers.length() == 0,
                rx.text("No LLM is configured on this instance: documents are written by the offline writer "
                        "(templates filled from your resume).", size="2", color_scheme="gray", id="llm-offline"),
                rx.form(rx.vstack(
                    rx.el.label("Provider", html_for="llm-provider"),
                    rx.el.select(rx.el.option("Instance default", value=""),
                                 rx.foreach(L.providers, lambda p: rx.el.option(p["label"].to(str),
                                                                                value=p["key"].to(str))),
                                 # never wider than the form: a long "name — model" option widened Settings
                                 # to 651 px at 390 (seeded provider, tests/e2e/test_design_checks.py)
                                 name="provider_id", id="llm-provider", default_value=L.choice, key=L.choice,
                                 class_name="cc-native-select"),
                    field("Personal API key (optional)", "api_key", type_="password", max_length=500, id_="llm-key",
                          auto_complete="off", hint="Stored encrypted; it is never shown again."),
                    rx.cond(L.has_key, rx.text("A personal key is saved; type a new one to replace it.", size="1",
                                               id="llm-key-saved")),
                    rx.cond(L.key_notice != "", rx.text(L.key_notice, size="1", color_scheme="amber",
                                                        id="llm-key-notice")),
                    rx.checkbox("Remove my saved key", name="remove_key", id="llm-remove-key"),
                    rx.button("Save", type="submit", id="llm-save"), spacing="2", max_width="28rem"),
                    on_submit=L.submit_choice, reset_on_submit=False, id="llm-choice-form")),
        notice(L.error, id="llm-error"),
        notice(L.message, color="green", id="llm-message"),
        stack_table(["When", "Provider", "Model", "Tokens", "Latency", "Outcome"], L.log, _log_row,
                    id="llm-log", size="1"),
        description="Which model writes your documents, your budget today, and what each generation cost.",
        id="settings-writing",
    )


def _provider_row(p: rx.Var) -> rx.Component:
    return stack_row(
        stack_cell("Name", p["name"]), stack_cell("Wire", p["wire"]),
        # a long base URL breaks anywhere rather than widening the table
        stack_cell("Base URL", rx.text(p["base_url"], as_="span", word_break="break-all")),
        stack_cell("Model", p["model"]),
        stack_cell("Key", rx.cond(p["has_key"], "saved", "none")),
        stack_cell("Default", rx.cond(p["is_default"], "yes", "no")),
        stack_cell("Last test", p["last_test"]),
        stack_cell("Actions", rx.button("Test", size="1", variant="soft", on_click=L.test_provider(p["id"]),
                                        class_name="llm-test", aria_label="Test " + p["name"].to(str))),
    )


def admin_section() -> rx.Component:
    """The instance's providers (seeded from LLM_*), an add/update form and connection tests."""
    return section(
        "LLM providers",
        stack_table(["Name", "Wire", "Base URL", "Model", "Key", "Default", "Last test", "Actions"], L.admin_providers,
                    _provider_row, id="admin-llm-table", size="1"),
        rx.form(rx.vstack(
            field("Name", "name", max_length=100, id_="llm-name", required=True),
            field("Base URL", "base_url", max_length=500, id_="llm-base-url", required=True,
                  hint="OpenAI-compatible API root (…/v1) or https://api.anthropic.com; local hosts need the allowlist."),
            field("Model", "model", max_length=200, id_="llm-model", required=True),
            rx.el.select(rx.el.option("auto", value="auto"), rx.el.option("OpenAI-compatible", value="openai"),
                         rx.el.option("Anthropic", value="anthropic"), name="wire", id="llm-wire",
                         aria_label="Wire format"),
            field("API key", "api_key", type_="password", max_length=500, id_="llm-admin-key", auto_complete="off"),
            rx.checkbox("Default provider", name="is_default", id="llm-default"),
            rx.button("Save provider", type="submit", id="llm-provider-save"), spacing="2", max_width="32rem"),
            on_submit=L.submit_provider, reset_on_submit=False, id="llm-provider-form"),
        notice(L.error, id="admin-llm-error"),
        notice(L.message, color="green", id="admin-llm-message"),
        description="Models the writing copilot may call, with their keys (stored encrypted) and a connection test.",
        id="admin-llm",
    )
