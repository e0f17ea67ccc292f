"""Long user text collapses with "Show more" (issue 10 trial finding: a 6,000-character note
pushed Details, Contacts and History 10,000 px down the application page)."""

from __future__ import annotations

import pytest

from careercopilot.services.application_rows import long_text


@pytest.mark.parametrize(("text", "long"), [
    ("", False),
    (None, False),
    ("one line", False),
    ("\n".join(["a line"] * 12), False),  # exactly 12 lines fit
    ("\n".join(["a line"] * 13), True),
    ("x" * 6000, True),  # the trial's note: one paragraph, many rendered lines
    ("x" * 720, False),  # 12 lines of 60 characters
    ("x" * 721, True),
    ("- item\n" * 5 + "y" * 500, True),
])
def test_long_text(text, long):
    assert long_text(text) is long


def test_notes_are_cut_behind_a_real_button():
    import reflex as rx

    from careercopilot.views.application_detail import notes_section

    out = str(rx.fragment(notes_section()).render())
    assert '"notes-rendered-more"' in out and '"notes-rendered"' in out
    assert 'type:"button"' in out
    assert '"aria-expanded":(' in out and '"aria-controls":"notes-rendered"' in out
    assert "Show more" in out and "Show less" in out
    assert "18.0em" in out  # 12 lines × 1.5


def test_detail_marks_a_long_note(sqlite_engine):
    from careercopilot.db import session_scope
    from careercopilot.models import User
    from careercopilot.services import application_changes, application_rows, applications

    with session_scope() as s:
        user = User(email="notes@example.com")
        s.add(user)
        s.flush()
        app = applications.add_manual(session=s, user_id=user.id, company="Acme", title="Dev")
        application_changes.set_notes(session=s, user_id=user.id, application_id=app.id, notes="word " * 1200)
        assert application_rows.detail(session=s, user_id=user.id, application_id=app.id).notes_long is True
