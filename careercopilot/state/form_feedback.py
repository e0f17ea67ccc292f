"""What a form does after its submit, from the handler's outcome (issue 10 trial finding: on
Settings → API tokens a wrong password cleared the Name field — ``reset_on_submit=True`` resets
before the outcome is known — so the next submit was stopped by the browser's ``required`` check
and the old "That is not right" error stayed; the new token then appeared in a panel off-screen
at 390 px while "Copy it now" sat next to the list).

The rule for every state-handled form (``rx.form(on_submit=…)``, never ``reset_on_submit=True``;
``tests/unit/ui/test_form_feedback.py`` scans for it):

* a new submit clears the earlier error first (the handler sets it to ``""`` and yields before
  the slow work);
* failed → :func:`clear_fields` of its secret fields (passwords, keys): everything else typed stays;
* succeeded → :func:`clear_fields` of the fields the user typed: the form is empty for the next entry;
* a one-time secret (API token, recovery codes) is shown in one panel with the "not shown again"
  warning and its Copy button, which has ``auto_focus``: React focuses it when the panel mounts,
  and focusing scrolls it into view (HTML "focusing steps").

:func:`clear_fields` returns Reflex's ``_set_value`` events (by the fields' refs, which a component
with an ``id`` has): no ``rx.call_script``, whose ``eval`` the app's CSP (no ``unsafe-eval``) blocks.
A field not on the page (another re-authentication method shown) is skipped by Reflex.
"""

from __future__ import annotations

import reflex as rx


def clear_fields(*field_ids: str) -> list[rx.event.EventSpec]:
    """Events emptying the inputs with ids ``field_ids`` (uncontrolled form fields)."""
    return [rx.set_value(field_id, "") for field_id in field_ids]


def reauth_ids(prefix: str) -> tuple[str, str]:
    """Ids of the password and code fields :func:`careercopilot.views.security.reauth_fields`
    renders for ``prefix`` (one of them is on the page, by the account's re-auth method)."""
    return f"{prefix}-reauth-password", f"{prefix}-reauth-code"
