"""No C0 control characters in stored text: one rule at the boundary every write crosses.

A trial typed NUL (U+0000) and other control characters into notes and other text fields;
SQLite stored them and PostgreSQL refuses NUL in ``text`` (psycopg ``DataError``: a 500).
Every service writes through an ORM session, so a ``before_flush`` hook on all sessions
cleans every string column (and strings inside JSON columns) of new and changed rows:

* U+0000–U+0008, U+000E–U+001F and U+007F (DEL) are removed;
* vertical tab and form feed (U+000B, U+000C — page breaks of extracted PDFs) become ``\\n``;
* tab, newline and carriage return are kept;
* characters XML 1.0 cannot hold (lone surrogates, U+FFFE, U+FFFF) are removed.

The HTTP API refuses NUL earlier with a 422 (``apiv1.schemas.InputModel``); one-line fields
(titles, companies, places) lose all control characters in ``normalize.posting.clean_inline``.
One-line fields a person types get the same rule at the same boundary (attack54 rows 62/312:
an application title ``"Eng\r\nEND:VEVENT…"`` or ``"Evil<img onerror=…>"`` typed through
``POST/PATCH /api/v1/applications`` or the UI was stored as typed and showed multi-line in
cards, CSV and the calendar file): the columns of :data:`ONE_LINE_COLUMNS` go through
``normalize.posting.clean_inline`` (tags and script/style contents removed, every control
character and invisible format character removed, whitespace collapsed) on every flush,
whichever route, form or import wrote them.
Bulk Core inserts (``insert(...).values``) do not pass this hook. Most write derived data (scores,
index rows); the two that carry typed text clean it themselves with :func:`clean_column` /
:func:`clean_row` before inserting: the account import (``services.data_import`` through
``services.import_guards``) and the CSV tracker import (``services.exchange_import``, every cell;
attack129 finding 1 — before session 31 it stored CR/LF, U+202E, tags and controls raw). A new bulk
insert of typed text must do the same.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

# also what XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets: surrogates, U+FFFE, U+FFFF):
# a DOCX export of LLM output holding U+FFFE failed with python-docx's "All strings must be XML
# compatible" (session 25 probe), while the PDF of the same text worked
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BREAK = re.compile(r"[\x0b\x0c]")
_ANY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_controls(value: Any) -> Any:
    """``value`` without C0 controls (rules above); lists/dicts are cleaned recursively.
    Returns the very same object when nothing changes (so unchanged rows stay clean)."""
    if isinstance(value, str):
        return _DROP.sub("", _BREAK.sub("\n", value)) if _ANY.search(value) else value
    if isinstance(value, list):
        out = [clean_controls(v) for v in value]
        return value if all(a is b for a, b in zip(out, value)) else out
    if isinstance(value, dict):
        items = {clean_controls(k): clean_controls(v) for k, v in value.items()}
        same = len(items) == len(value) and all(k in value and value[k] is v for k, v in items.items())
        return value if same else items
    return value


#: Table name → its one-line text columns a person (or a third party) types: names, titles,
#: companies, roles, labels. Postings' own fields are cleaned when they are normalized
#: (``normalize.posting``), before they reach a session. ``tests/unit/test_text_guard_one_line.py``
#: checks every pair names a real string column.
ONE_LINE_COLUMNS: dict[str, frozenset[str]] = {
    "application": frozenset({"title", "company", "source_label"}),
    "contact": frozenset({"name", "role"}),
    "savedsearch": frozenset({"name"}),
    "writingdocument": frozenset({"title"}),
    "apitoken": frozenset({"name"}),
    "user": frozenset({"display_name"}),
    "notification": frozenset({"title"}),
}


def clean_one_line(value: str) -> str:
    """The one-line rule (``normalize.posting.clean_inline``), imported on first use."""
    from careercopilot.normalize.posting import clean_inline

    return clean_inline(value)


def clean_column(table: str, column: str, value: Any) -> Any:
    """``value`` of ``table.column`` after this module's rules (the one-line rule for
    :data:`ONE_LINE_COLUMNS`, :func:`clean_controls` otherwise); the very same object when
    nothing changes. The flush hook and ``services.data_import`` (whose Core inserts skip the
    hook, attack80 finding 1) both call it."""
    if value is None or not isinstance(value, (str, list, dict)):
        return value
    if isinstance(value, str) and column in ONE_LINE_COLUMNS.get(table, ()):
        cleaned = clean_one_line(value)
        return value if cleaned == value else cleaned
    return clean_controls(value)


def clean_row(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``values`` (column → value of one row of ``table``) with :func:`clean_column` applied."""
    return {k: clean_column(table, k, v) for k, v in values.items()}


@event.listens_for(Session, "before_flush")
def _clean_before_flush(session: Session, _context, _instances) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        table = getattr(state.mapper.local_table, "name", "")
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)
            cleaned = clean_column(table, attr.key, value)
            if cleaned is not value:
                setattr(obj, attr.key, cleaned)
