"""What a form says when its save fails on the database (lock70, newcomer trial).

On the embedded default (SQLite) one connection writes at a time; a save waits up to the busy
timeout (30 s, ``careercopilot.db``) behind a background job's write transaction and then fails
with ``OperationalError: database is locked``. Jobs now write in short transactions
(``careercopilot.db_write_locks``), but a save can still fail (a disk full, a server restarting,
PostgreSQL unreachable). Before, the Preferences handler raised, the button had shown no busy
state, and the user only found after a reload that nothing had been kept.

The rule for a state-handled save form: show ``saving`` on its button while the save runs, catch
:data:`SAVE_ERRORS`, keep every typed value (state untouched, the form is never reset) and show
:func:`save_failed_message` — what was not saved, why in plain words, and that pressing the
button again retries. The exception's text goes to the log, never to the user (it can name internals).
"""

from __future__ import annotations

import structlog
from sqlalchemy.exc import SQLAlchemyError

from careercopilot import bidi

log = structlog.get_logger(__name__)

#: Exceptions a save reports in words instead of failing the event: every SQLAlchemy error
#: (``OperationalError`` "database is locked", a lost connection, an integrity error) and an OS
#: error (disk full). Programming errors (TypeError…) still reach ``state.event_errors``.
SAVE_ERRORS: tuple[type[BaseException], ...] = (SQLAlchemyError, OSError)


def save_failed_message(what: str, exc: BaseException, *, button: str = "Save") -> str:
    """``"Your preferences were not saved: the database was busy … press “Save preferences” again."``

    ``what``: the thing saved, plural noun phrase ("your preferences"); ``button``: the label of
    the button that retries. Logs ``form.save_failed`` with the exception's type and text."""
    text = str(exc).lower()
    log.warning("form.save_failed", what=what, error=f"{type(exc).__name__}: {str(exc)[:300]}")
    if "is locked" in text or "database is busy" in text:  # "database is locked", "database table is locked"
        why = "the database was busy with a background job (for example, refreshing your rankings)"
    elif isinstance(exc, OSError) or "disk" in text:
        why = "the server could not write to its storage"
    else:
        why = "the server could not store them"
    return (f"{what[:1].upper()}{what[1:]} were not saved: {why}. What you typed is still in the form — "
            f"press {bidi.quote(button)} again to retry.")
