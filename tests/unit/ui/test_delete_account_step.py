"""Settings → "Your data" → Delete account in two steps (views/data_rights.py, state/data_rights.py):
a button opens an alert dialog that says what goes and when, warns the only admin, holds the
re-authentication and the native form post, and shows a failed attempt's error under its submit
button (reopened and focused after the redirect)."""

from __future__ import annotations

import pytest

from careercopilot import routes
from careercopilot.config import settings
from careercopilot.services import auth_messages
from careercopilot.state.data_rights import DataRightsState, delete_step
from tests.support.render_tree import props_text


def _walk(node, path=()):
    """(node, ancestors) for every named node of a rendered tree, in document order, through conds,
    matches and foreach bodies (every dict value and list item); conds are among the ancestors."""
    if isinstance(node, dict):
        if node.get("name") is not None:
            yield node, path
        if node.get("name") is not None or "cond_state" in node:
            path = (*path, node)
        for key, value in node.items():
            if key not in ("name", "props", "contents"):
                yield from _walk(value, path)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _walk(item, path)


def _by_id(tree, element_id: str) -> list[tuple[dict, tuple]]:
    return [(n, p) for n, p in _walk(tree) if f'id:"{element_id}"' in props_text(n)]


def _one(tree, element_id: str) -> tuple[dict, tuple]:
    found = _by_id(tree, element_id)
    assert len(found) == 1, (element_id, len(found))
    return found[0]


@pytest.fixture(scope="module")
def tree():
    from careercopilot.careercopilot import app  # noqa: F401  (registers the pages)
    from careercopilot.templates import REGISTERED

    return REGISTERED[routes.SETTINGS].component().render()


def test_the_first_button_only_opens_the_confirmation(tree):
    button, ancestors = _one(tree, "data-delete-open")
    assert 'type:"button"' in props_text(button)
    assert ancestors[-1].get("name") == "RadixThemesAlertDialog.Trigger"
    assert not any(a.get("name") == '"form"' for a in ancestors)  # step one submits nothing
    root = next(a for a in reversed(ancestors) if a.get("name") == "RadixThemesAlertDialog.Root")
    props = props_text(root)
    assert "delete_open" in props and "set_delete_step" in props  # controlled: reopened by the state


def test_the_confirmation_holds_the_terms_the_fields_and_the_native_post(tree):
    dialog, _ = _one(tree, "data-delete-dialog")
    terms, _ = _one(dialog, "data-delete-terms")
    days = settings.deletion_grace_days
    assert f"deleted {days} days after you confirm" in repr(terms) and "signed out everywhere" in repr(terms)
    form, _ = _one(dialog, "data-delete-form")
    assert f'action:"{routes.AUTH_DELETE_ACCOUNT}"' in props_text(form) and 'method:"post"' in props_text(form)
    for field_id in ("delete-password", "delete-email", "delete-reauth-code", "data-delete-submit",
                     "data-delete-cancel", "data-delete-error"):
        _one(form, field_id)
    submit, _ = _one(form, "data-delete-submit")
    assert 'type:"submit"' in props_text(submit) and 'color:"red"' in props_text(submit)
    cancel, ancestors = _one(form, "data-delete-cancel")
    assert 'type:"button"' in props_text(cancel)  # inside the form: it must not submit it
    assert ancestors[-1].get("name") == "RadixThemesAlertDialog.Cancel"


def test_the_error_sits_under_the_submit_button_as_a_focusable_alert(tree):
    found = _by_id(tree, "data-delete-error")
    assert len(found) == 1  # not also at the top of the section
    error, ancestors = found[0]
    props = props_text(error)
    assert 'role:"alert"' in props and "tabIndex:-1" in props.replace(" ", "") and "delete_error" in repr(error)
    assert any(a.get("name") == "RadixThemesAlertDialog.Content" for a in ancestors)
    order = [n for n, _ in _walk(tree)]
    submit, _ = _one(tree, "data-delete-submit")
    assert order.index(submit) < order.index(error)


def test_opening_focuses_the_error_first_then_the_first_field():
    from careercopilot.careercopilot import app  # noqa: F401
    from careercopilot.templates import REGISTERED

    hooks = [h for h in REGISTERED[routes.SETTINGS].component()._get_all_hooks() if "data-delete-dialog" in h]
    assert len(hooks) == 1  # on the Settings page, once
    hook = hooks[0]
    assert "MutationObserver" in hook and "disconnect" in hook  # as the dialog appears, not via the event queue
    assert "error.focus()" in hook  # whenever the error appears (it may come after the dialog)
    assert hook.index("'data-delete-error'") < hook.index("#data-delete-form input") < hook.index(
        "'data-delete-cancel'")


def test_no_page_evaluates_strings_as_javascript():
    """``rx.call_script("…")`` sends a string the browser must eval, which the CSP (no 'unsafe-eval')
    refuses; ``rx.run_script`` compiles the code into the page."""
    from careercopilot.careercopilot import app  # noqa: F401
    from careercopilot.templates import REGISTERED

    assert REGISTERED
    for route, page in REGISTERED.items():
        assert '"_call_script"' not in repr(page.component().render()), route


def test_the_only_admin_is_warned_with_the_command_that_makes_another(tree):
    warning, ancestors = _one(tree, "data-delete-last-admin")
    assert "python -m careercopilot users promote EMAIL" in repr(warning)
    assert any(a.get("name") == "RadixThemesAlertDialog.Content" for a in ancestors)
    assert "delete_last_admin" in [a for a in ancestors if "cond_state" in a][-1]["cond_state"]  # only then


@pytest.mark.parametrize("query,error", [
    ({}, ""),
    ({"delete_error": ""}, ""),
    ({"delete_error": "no_such_code"}, ""),
    ({"delete_error": "current_password_wrong"}, "Your current password is incorrect."),
    ({"delete_error": "delete_email_mismatch"}, "Type your account's email address to confirm."),
    ({"delete_error": "rate_limited", "retry": "30"}, auth_messages.text("rate_limited", retry="30")),
])
def test_a_failed_attempt_reopens_the_step_with_its_sentence(query, error):
    assert delete_step(query) == (error, error != "")


def test_closing_the_step_forgets_the_previous_error():
    state = DataRightsState(_reflex_internal_init=True)
    state.delete_error, state.delete_open = "Your current password is incorrect.", True
    DataRightsState.set_delete_step.fn(state, True)
    assert (state.delete_open, state.delete_error) == (True, "Your current password is incorrect.")
    DataRightsState.set_delete_step.fn(state, False)
    assert (state.delete_open, state.delete_error) == (False, "")
