"""Settings → API tokens: create (name, scopes per resource, expiry), the secret shown once
with a copy button, the list with status and last use, revoke."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import field, notice, section, stack_cell, stack_row, stack_table
from careercopilot.services.api_tokens import READ_ONLY_RESOURCES, RESOURCES
from careercopilot.state.api_tokens import EXPIRY_DAYS, FORM_ID, ApiTokensState as T
from careercopilot.views.security import reauth_fields


def _scope_select(resource: str) -> rx.Component:
    modes = [("", "No access"), ("read", "Read")] + ([] if resource in READ_ONLY_RESOURCES else [("write", "Read and write")])
    return rx.hstack(
        rx.el.label(resource.capitalize(), html_for=f"token-scope-{resource}", width="8rem"),
        rx.el.select(*[rx.el.option(label, value=value) for value, label in modes], name=f"scope_{resource}",
                     id=f"token-scope-{resource}", default_value="read" if resource == "postings" else ""),
        align="center", spacing="2",
    )


def _row(t: rx.Var) -> rx.Component:
    return stack_row(
        stack_cell("Name", t["name"]), stack_cell("Token", rx.code(t["prefix"], word_break="break-all")),
        stack_cell("Scopes", t["scopes"]), stack_cell("Status", t["status"]),
        stack_cell("Expires", t["expires"], class_name="cc-nowrap"), stack_cell("Last used", t["last_used"]),
        stack_cell("Actions", rx.cond(t["status"] == "active",
                                      rx.button("Revoke", size="1", color_scheme="red", variant="soft",
                                                on_click=T.revoke_token(t["id"]), class_name="token-revoke",
                                                aria_label="Revoke token " + t["name"].to(str)),
                                      rx.fragment())),
    )


def tokens_section() -> rx.Component:
    """The API tokens section of Settings."""
    return section(
        "API tokens",
        rx.form(
            rx.vstack(
                field("Name", "name", max_length=100, id_="token-name", required=True,
                      hint="What uses it, e.g. “laptop script” or “clipper”."),
                rx.text("Access", size="2", weight="medium"),
                *[_scope_select(r) for r in RESOURCES],
                rx.hstack(rx.el.label("Expires after", html_for="token-expiry", width="8rem"),
                          rx.el.select(*[rx.el.option(f"{d} days", value=d) for d in EXPIRY_DAYS], name="expires_days",
                                       id="token-expiry", default_value="30"), align="center", spacing="2"),
                reauth_fields("token"),
                rx.button("Create token", type="submit", id="token-submit"),
                spacing="2", max_width="28rem",
            ),
            on_submit=T.submit_token, reset_on_submit=False, id=FORM_ID,
        ),
        notice(T.error, id="token-error"),
        notice(T.message, color="green", id="token-message"),
        # right under the form that made it: the warning, the token and Copy in one panel
        rx.cond(T.new_secret != "", rx.callout.root(
            rx.callout.text("Token created. Copy it now: it is not shown again.", weight="medium"),
            rx.code(T.new_secret, id="token-secret", style={"word_break": "break-all"}),
            rx.hstack(rx.button("Copy", size="1", on_click=rx.set_clipboard(T.new_secret), id="token-copy", auto_focus=True),
                      rx.button("Done", size="1", variant="soft", on_click=T.dismiss_secret, id="token-done"),
                      align="center", spacing="2", wrap="wrap"),
            color_scheme="green", id="token-created", role="status")),
        rx.cond(T.tokens.length() == 0,
                rx.text("You have no API tokens.", size="2", color_scheme="gray", id="settings-tokens-empty"),
                stack_table(["Name", "Token", "Scopes", "Status", "Expires", "Last used", "Actions"], T.tokens, _row,
                            id="token-list", size="1")),
        rx.text("Use a token as ", rx.code("Authorization: Bearer cc_pat_…"), " with the REST API — ",
                rx.link("API docs", href="/api/docs", is_external=True), ".", size="2"),
        rx.text("Clip postings from any job site with the browser extension (", rx.code("clipper/"),
                " in the repository; see the README) or the ",
                rx.link("bookmarklet", href="/clip", is_external=True, id="settings-clip-link"), ".", size="2"),
        description="Tokens for the REST API and the job clipper extension.",
        id="settings-tokens",
    )
