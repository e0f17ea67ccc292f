"""Account deletion's confirmation step and the last admin (issue 14, stranger trial), on SQLite:
:func:`account_deletion.leaves_no_admin` over a table of instances, ``users promote`` (the command the
warning names) and the "Your data" section's two steps (render tree)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from careercopilot.cli import app
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import account_deletion, users
from tests.support.render_tree import props_text

PASSWORD = "correct horse battery 77"


def _make(accounts: list[str]) -> list[int]:
    """Accounts by kind: ``admin``, ``user``, ``admin-leaving`` (an admin already scheduled for deletion)."""
    ids = []
    with session_scope() as s:
        for n, kind in enumerate(accounts):
            user = users.create_user(session=s, email=f"{kind}-{n}@example.org", password=PASSWORD,
                                     is_admin=kind.startswith("admin"))
            if kind == "admin-leaving":
                user.deletion_requested_at = datetime.now(timezone.utc)
                s.add(user)
            ids.append(user.id)
    return ids


@pytest.mark.parametrize("accounts, expected", [
    (["admin"], [True]),
    (["admin", "user"], [True, False]),
    (["admin", "admin"], [False, False]),
    (["admin", "admin-leaving"], [True, False]),  # the other admin is on the way out: it doesn't count
    (["user", "user"], [False, False]),  # no admin at all: deleting a user changes nothing about that
])
def test_leaves_no_admin(sqlite_engine, accounts, expected):
    ids = _make(accounts)
    with session_scope() as s:
        assert [account_deletion.leaves_no_admin(session=s, user_id=uid) for uid in ids] == expected


def test_promote_command_makes_an_admin_and_lifts_the_warning(sqlite_engine):
    admin, user = _make(["admin", "user"])
    runner = CliRunner()
    command = account_deletion.PROMOTE_COMMAND.split()[3:5]  # ["users", "promote"]: the words the warning shows
    assert command == ["users", "promote"]
    result = runner.invoke(app, [*command, "USER-1@Example.org"])
    assert result.exit_code == 0, result.output
    assert "user-1@example.org is now an admin" in result.stdout
    with session_scope() as s:
        assert s.get(User, user).is_admin
        assert not account_deletion.leaves_no_admin(session=s, user_id=admin)
    again = runner.invoke(app, [*command, "user-1@example.org"])
    assert again.exit_code == 0 and "already an admin" in again.stdout
    missing = runner.invoke(app, [*command, "nobody@example.org"])
    assert missing.exit_code == 2 and "no account" in missing.stderr
    with session_scope() as s:
        assert len(s.exec(select(User).where(User.is_admin)).all()) == 2


def _find(tree, element_id: str):
    """The node with ``id=element_id`` in a rendered tree, descending into both branches of ``rx.cond``."""
    if isinstance(tree, dict):
        if f'id:"{element_id}"' in props_text(tree):
            return tree
        for child in [*(tree.get("children") or []), tree.get("true_value"), tree.get("false_value")]:
            found = _find(child, element_id)
            if found is not None:
                return found
    return None


def _cond_on(tree, var: str):
    """The first ``rx.cond`` node whose condition reads ``var``."""
    if isinstance(tree, dict):
        if var in str(tree.get("cond_state", "")):
            return tree
        for child in [*(tree.get("children") or []), tree.get("true_value"), tree.get("false_value")]:
            found = _cond_on(child, var)
            if found is not None:
                return found
    return None


def test_deletion_is_a_separate_step_with_its_error_next_to_the_button():
    from careercopilot.views.data_rights import data_section

    tree = data_section().render()
    # the start button and the confirmation step are the two branches of one condition on delete_confirming
    cond = _cond_on(tree, "delete_confirming")
    step, start = _find(cond["true_value"], "data-delete-confirm"), _find(cond["false_value"], "data-delete-start")
    assert step is not None and start is not None
    assert _find(cond["false_value"], "data-delete-submit") is None  # nothing is submitted before the step
    assert "toggle_delete_confirm" in props_text(start) and 'type:"button"' in props_text(start)
    form = _find(step, "data-delete-form")
    for element in ("data-delete-submit", "data-delete-cancel", "data-delete-error"):  # the outcome by its button
        assert _find(form, element) is not None, element
    assert _find(step, "data-delete-last-admin") is not None
    assert _find(tree, "data-delete-error") is _find(form, "data-delete-error")  # the only place it shows
