"""README: "titles, companies and places lose tags, script/style contents and all control
characters (``normalize.posting.clean_inline``)". Attack54 rows 62/312: an application title
typed through the API (``POST/PATCH /api/v1/applications``) or the UI kept tags and CR/LF.
The rule now sits at the one boundary every write crosses (``text_guard``'s flush hook), so
each resource's one-line columns are tested through a plain ORM write — what every route,
form and import does in the end — and one through the tracker service's create and edit."""

from __future__ import annotations

import pytest
from sqlalchemy import String, inspect

from careercopilot.models import Application, Contact, Notification, SavedSearch, User, WritingDocument
from careercopilot.models.token import ApiToken
from careercopilot.text_guard import ONE_LINE_COLUMNS

#: (typed, stored): real attack and paste shapes.
VARIANTS = [
    ("Eng\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected", "Eng END:VEVENT BEGIN:VEVENT SUMMARY:Injected"),
    ('Evil<img src=x onerror=alert(1)>"><script>alert(2)</script>', 'Evil ">'),
    ("Senior\tEngineer \x1b[31m(Platform)\x07", "Senior Engineer (Platform)"),
    ("Data\u2028Scientist", "Data Scientist"),
    ("Goo\u202egle\u200b", "Google"),
    ("  Acme   Corp  ", "Acme Corp"),
    ("R&amp;D Lead", "R&D Lead"),
    ("Backend <b>Go</b> Developer", "Backend Go Developer"),
]


def test_every_listed_column_is_a_string_column_of_its_table():
    from sqlmodel import SQLModel

    tables = SQLModel.metadata.tables
    for table, columns in ONE_LINE_COLUMNS.items():
        assert table in tables, table
        for column in columns:
            assert _is_text(tables[table].c[column]), (table, column)


def _rows(user_id: int, app_id: int, value: str) -> list:
    return [
        Application(user_id=user_id, company=value, title=value, source_label=value),
        Contact(application_id=app_id, user_id=user_id, name=value, role=value),
        SavedSearch(user_id=user_id, name=value),
        WritingDocument(user_id=user_id, kind="cover_letter", title=value),
        ApiToken(user_id=user_id, name=value, **_token_fields()),
        Notification(user_id=user_id, kind="reminder", title=value, **_notification_fields()),
    ]


def _required(model, skip: set[str]) -> dict:
    """Placeholder values for the model's other required fields (strings; ints get 0)."""
    out = {}
    for name, info in model.model_fields.items():
        if name not in skip and info.is_required():
            from datetime import datetime, timezone

            ann = info.annotation
            out[name] = ("x" * 8 if ann is str else datetime(2030, 1, 1, tzinfo=timezone.utc)
                         if "datetime" in str(ann) else 0)
    return out


def _is_text(col) -> bool:
    impl = getattr(col.type, "impl", col.type)  # sqlmodel's AutoString decorates String
    return isinstance(impl, String) or isinstance(col.type, String)


def _token_fields() -> dict:
    return _required(ApiToken, {"user_id", "name"})


def _notification_fields() -> dict:
    return _required(Notification, {"user_id", "kind", "title"})


@pytest.mark.parametrize("typed,stored", VARIANTS)
def test_one_line_columns_are_cleaned_on_every_write(session, typed, stored):
    user = User(email=f"u{abs(hash(typed))}@example.com", display_name=typed)
    session.add(user)
    session.flush()
    assert user.display_name == stored
    anchor = Application(user_id=user.id, company="A", title="T")
    session.add(anchor)
    session.flush()
    rows = _rows(user.id, anchor.id, typed)
    session.add_all(rows)
    session.flush()
    seen = {}
    for row in rows:
        table = row.__table__.name
        for column in ONE_LINE_COLUMNS[table]:
            seen[(table, column)] = getattr(row, column)
    assert set(seen) == {(t, c) for t, cols in ONE_LINE_COLUMNS.items() if t != "user" for c in cols}
    assert all(v == stored for v in seen.values()), seen
    # an edit goes through the same rule
    anchor.title = typed
    session.flush()
    assert anchor.title == stored


def test_multi_line_text_keeps_its_lines(session):
    user = User(email="lines@example.com")
    session.add(user)
    session.flush()
    app = Application(user_id=user.id, company="Acme", title="Eng", notes="line one\r\nline two\n<b>kept</b>")
    session.add(app)
    session.flush()
    assert app.notes == "line one\r\nline two\n<b>kept</b>"


def test_tracker_service_create_and_edit(session):
    from careercopilot.services import applications

    user = User(email="svc@example.com")
    session.add(user)
    session.flush()
    app = applications.add_manual(session=session, user_id=user.id, company="Evil<script>x</script>Co",
                                  title="Eng\r\nEND:VEVENT")
    session.flush()
    assert (app.company, app.title) == ("Evil Co", "Eng END:VEVENT")
