"""ids never reused: AUTOINCREMENT on every integer-id table (SQLite; a no-op on PostgreSQL)

Revision ID: 0020_ids_never_reused
Revises: 0019_resume_version_unique
Create Date: 2026-12-08 00:20:00

Why (attack145 findings 1–3): without AUTOINCREMENT SQLite gives a new row ``max(id) + 1``, so after a
purge of the newest account the next sign-up got its id — and with it the purged account's export zip
(``exports/<user id>/``), its one-click unsubscribe links (``{"u": id}``) and its queued jobs (job
arguments). PostgreSQL sequences never hand out a number twice: nothing to do there.

Audit — where each table's id leaves its row (so a reused id would reach the old row's things):

* ``user``: storage keys (``resumes/<id>/``, ``exports/<id>/``, ``imports/u<id>-``), signed tokens
  (mail unsubscribe/reset/verify, export links, first-party JWT ``sub``, OAuth link/re-auth attempt
  cookies, pending two-factor logins), job arguments and per-user slot/dedupe keys, rate-limit keys,
  in-process caches keyed by user.
* ``jobposting``: Chroma vector ids, match/skill caches keyed by posting id, URLs (``/jobs/<id>``),
  job arguments, clip/idempotency replays, alert e-mails' links.
* ``resume``: export paths, embedding cache keys, job arguments (rescoring), writing-document state.
* ``application``, ``reminder``: URLs, calendar UIDs (``interview-<id>@host``, ``reminder-<id>@host``).
* ``writingdocument``, ``documentversion``, ``applicationsnapshot``, ``generationlog``: URLs, job
  arguments of the writing jobs.
* ``source``, ``syncrun``: job arguments (``sync_source``), dedupe keys, admin URLs.
* ``mailmessage``: the outbox's delivery job arguments; ``notification``, ``savedsearch``,
  ``savedsearchhit``, ``postinghide``, ``contact``, ``stageevent``: REST/MCP ids and cursors.
* ``apitoken``, ``authsession``, ``oauthrefreshtoken``, ``oauthauthorizationcode``, ``useridentity``,
  ``totpfactor``, ``recoverycode``, ``api_idempotency_key``: ids shown in Settings and API answers,
  ``session_id`` in re-authentication proofs.
* ``alertsettings``, ``notificationpreference``, ``preference``, ``mailoptout``, ``matchscore``,
  ``matchskill``, ``embeddingrecord``, ``metricsnapshot``, ``postingsighting``, ``llmprovider``,
  ``userllmsetting``: cursors and API ids only — converted as well, so the rule is "every table with an
  integer ``id``" (``models._base.never_reuse_ids``), not a list that a new table can miss.

Not converted: ``backgroundjob`` (uuid hex ids), ``matchrefresh`` (keyed by its posting).

How (SQLite): the table's stored ``CREATE TABLE`` text is edited in place — ``id INTEGER NOT NULL`` with
a table-level ``PRIMARY KEY (id)`` becomes ``id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT`` — with
``PRAGMA writable_schema`` and a schema-version bump, the procedure SQLite documents for changes that do
not alter the stored format ("Making Other Kinds Of Table Schema Changes", sqlite.org/lang_altertable):
both forms make ``id`` the rowid, so no row is rewritten. Chosen over a batch (copy-and-move) rebuild
because rebuilding ``user`` drops it, and with ``PRAGMA foreign_keys=ON`` (every app connection) a
``DROP TABLE`` deletes its rows first and cascades into every owned table; the FTS triggers of
``jobposting`` (0008_search_fts) would also go. ``sqlite_sequence`` starts at each table's current
``max(id)``: ids deleted before this revision above the current maximum cannot be known, so the export
and token checks of the same change (creation stamps) cover accounts that took such an id before it.
A table whose text has another shape is left as it is and logged (none in a database made by these
revisions). Downgrade drops the AUTOINCREMENT keyword (the column stays the rowid primary key).
"""
import logging
import re
from typing import Sequence, Union

from alembic import op

revision: str = '0020_ids_never_reused'
down_revision: Union[str, None] = '0019_resume_version_unique'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

log = logging.getLogger("alembic.runtime.migration")

TABLES = (
    "alertsettings", "api_idempotency_key", "apitoken", "application", "applicationsnapshot", "authsession",
    "contact", "documentversion", "embeddingrecord", "generationlog", "jobposting", "llmprovider",
    "mailmessage", "mailoptout", "matchscore", "matchskill", "metricsnapshot", "notification",
    "notificationpreference", "oauthauthorizationcode", "oauthrefreshtoken", "postinghide", "postingsighting",
    "preference", "recoverycode", "reminder", "resume", "savedsearch", "savedsearchhit", "source", "stageevent",
    "syncrun", "totpfactor", "user", "useridentity", "userllmsetting", "writingdocument",
)

_ID_COLUMN = re.compile(r'(\(\s*"?id"?\s+INTEGER\s+NOT\s+NULL)(\s*,)', re.IGNORECASE)
_TABLE_PK = re.compile(r',\s*(CONSTRAINT\s+"?\w+"?\s+)?PRIMARY\s+KEY\s*\(\s*"?id"?\s*\)', re.IGNORECASE)
_AUTOINCREMENT = re.compile(r'(\(\s*"?id"?\s+INTEGER\s+NOT\s+NULL\s+PRIMARY\s+KEY)\s+AUTOINCREMENT', re.IGNORECASE)


def with_autoincrement(sql: str) -> str | None:
    """The ``CREATE TABLE`` text ``sql`` with ``id`` as an AUTOINCREMENT column primary key, or None
    when the text has another shape (``id`` not the first column, no single table-level key on it)."""
    if "AUTOINCREMENT" in sql.upper():
        return sql
    if len(_ID_COLUMN.findall(sql)) != 1 or len(_TABLE_PK.findall(sql)) != 1:
        return None
    return _TABLE_PK.sub("", _ID_COLUMN.sub(r"\1 PRIMARY KEY AUTOINCREMENT\2", sql))


def _rewrite(edit) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL: identity/serial sequences never reuse a number
    rows = bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all()
    changes = {}
    for name, sql in rows:
        if name not in TABLES:
            continue
        new = edit(sql)
        if new is None:
            log.warning("table %s: CREATE TABLE text of an unexpected shape; ids stay reusable", name)
        elif new != sql:
            changes[name] = new
    if not changes:
        return
    # sqlite_sequence exists once any AUTOINCREMENT table was created; make (and drop) one so it does
    bind.exec_driver_sql("CREATE TABLE IF NOT EXISTS _cc_autoincrement_boot (id INTEGER PRIMARY KEY AUTOINCREMENT)")
    bind.exec_driver_sql("DROP TABLE _cc_autoincrement_boot")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for name, sql in changes.items():
            bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, name))
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    for name in changes:
        top = bind.exec_driver_sql(f'SELECT max(id) FROM "{name}"').scalar()
        bind.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = ?", (name,))
        if top is not None and "AUTOINCREMENT" in changes[name].upper():
            bind.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, int(top)))
    problems = bind.exec_driver_sql("PRAGMA quick_check").scalars().all()
    if problems != ["ok"]:  # pragma: no cover - the edit changes no stored format
        raise RuntimeError(f"quick_check after the schema edit: {problems[:5]}")


def upgrade() -> None:
    _rewrite(with_autoincrement)


def downgrade() -> None:
    _rewrite(lambda sql: _AUTOINCREMENT.sub(r"\1", sql))
