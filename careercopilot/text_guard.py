"""No C0 control characters in stored text: one rule at the boundary every write crosses.

A trial typed NUL (U+0000) and other control characters into notes and other text fields;
SQLite stored them and PostgreSQL refuses NUL in ``text`` (psycopg ``DataError``: a 500).
Every service writes through an ORM session, so a ``before_flush`` hook on all sessions
cleans every string column (and strings inside JSON columns) of new and changed rows:

* U+0000–U+0008, U+000E–U+001F and U+007F (DEL) are removed;
* vertical tab and form feed (U+000B, U+000C — page breaks of extracted PDFs) become ``\\n``;
* tab, newline and carriage return are kept.

The HTTP API refuses NUL earlier with a 422 (``apiv1.schemas.InputModel``); one-line fields
(titles, companies, places) lose all control characters in ``normalize.posting.clean_inline``.
Bulk Core inserts (``insert(...).values``) do not pass this hook: they write derived data
(scores, index rows), never text a person typed.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

_DROP = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BREAK = re.compile(r"[\x0b\x0c]")
_ANY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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


@event.listens_for(Session, "before_flush")
def _clean_before_flush(session: Session, _context, _instances) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)
            if value is None or not isinstance(value, (str, list, dict)):
                continue
            cleaned = clean_controls(value)
            if cleaned is not value:
                setattr(obj, attr.key, cleaned)
