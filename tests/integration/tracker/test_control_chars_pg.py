"""Text a person types never reaches PostgreSQL with control characters (trial: NUL in
notes was accepted; PostgreSQL refuses U+0000 in text → a 500). One rule for every text
column, JSON lists included (``careercopilot.text_guard``): C0 controls and DEL removed,
VT/FF → newline, tab/newline/CR kept."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from careercopilot.services import application_contacts as contacts_svc
from careercopilot.services import applications as svc
from careercopilot.services import application_changes
from careercopilot.services import preferences as prefs_svc
from careercopilot.text_guard import clean_controls
from tests.support.tracker_data import make_user

DIRTY = "a\x00b\x07c\x1bd\x7fe"


@pytest.fixture
def pg_session(use_pg, pg_engine):
    with Session(pg_engine, expire_on_commit=False) as s:
        yield s


@pytest.mark.parametrize("raw,want", [
    ("plain", "plain"), (DIRTY, "abcde"), ("line1\nline2\ttab\r\n", "line1\nline2\ttab\r\n"),
    ("page1\x0cpage2\x0bx", "page1\npage2\nx"), (["ok", "x\x00y"], ["ok", "xy"]),
    ({"k\x00": ["v\x01"]}, {"k": ["v"]}), (7, 7), (None, None),
])
def test_clean_controls_table(raw, want):
    assert clean_controls(raw) == want


def test_unchanged_values_are_the_same_object():
    v = ["a", {"b": "c"}]
    assert clean_controls(v) is v


@pytest.mark.parametrize("write", ["manual", "notes", "contact", "preferences"])
def test_control_characters_are_stripped_before_postgres(pg_session, write):
    s = pg_session
    user = make_user(s)
    app = svc.add_manual(session=s, user_id=user.id, company=f"Acme{DIRTY}", title=f"Dev{DIRTY}",
                         notes=f"note{DIRTY}\nline two" if write == "manual" else "")
    if write == "notes":
        application_changes.set_notes(session=s, user_id=user.id, application_id=app.id, notes=f"note{DIRTY}\nline two")
    if write == "contact":
        c = contacts_svc.add_contact(session=s, user_id=user.id, application_id=app.id, name=f"Ann{DIRTY}",
                                     role=f"HR{DIRTY}")
        s.commit()
        s.refresh(c)
        assert (c.name, c.role) == ("Annabcde", "HRabcde")
    if write == "preferences":
        p = prefs_svc.save_preferences(session=s, user_id=user.id, titles=[f"Nurse{DIRTY}"])
        s.commit()
        s.refresh(p)
        assert p.titles == ["Nurseabcde"]
    s.commit()  # PostgreSQL raised DataError on NUL here before the guard
    s.refresh(app)
    assert (app.company, app.title) == ("Acmeabcde", "Devabcde")
    if write in ("manual", "notes"):
        assert app.notes == "noteabcde\nline two"
