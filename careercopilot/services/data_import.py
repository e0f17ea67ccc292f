"""Restore an account export (:mod:`careercopilot.services.data_export`) into an empty account.

Input: the export zip (``data.json`` + ``files/``) or a bare ``data.json``. The target account
must hold no rows yet in the imported tables (:class:`AccountNotEmpty` otherwise): import adds,
it never merges — except one-per-user settings rows (:func:`is_singleton`: preferences, LLM
setting), which the imported row replaces.

What is restored: every user-owned table of the export except :data:`SKIPPED` (sessions, API
tokens — their secrets are never exported —, job records and the mail send log belong to the old
instance: an imported pending message must never be sent again; sightings are a sync's provenance; match scores, their skill rows and embedding records
are recomputed — a rescore is scheduled when an active resume arrives), plus the profile's
display name and time zone (never the email, password or admin role). Rows get new ids;
foreign keys are remapped through the ids given to the imported parent rows, user references
point at the target account, references to shared rows (sources, LLM providers, shared
postings) are kept when the row exists here and cleared (or the row skipped when the column is
required) otherwise. Resume files are stored again under ``resumes/<target id>/``; a stored
file is removed again when the transaction does not commit.

Errors: :class:`ImportFormatError` (not an export of this format/version), :class:`AccountNotEmpty`.
"""

from __future__ import annotations

import json
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Date, DateTime, Table, delete, func, insert, select
from sqlmodel import Session

from careercopilot.integrations.storage import Storage, get_storage
from careercopilot.models import User
from careercopilot.services import data_export, ownership
from careercopilot.services.tx_hooks import on_abort, schedule_rescore

#: Owned tables not imported (see module docstring).
SKIPPED = frozenset({"user", "authsession", "apitoken", "backgroundjob", "mailmessage", "matchscore", "matchskill",
                     "embeddingrecord", "matchrefresh", "postingsighting"})
#: Profile fields copied onto the target account.
PROFILE_FIELDS = ("display_name", "timezone")


class ImportFormatError(ValueError):
    """The file is not a Career Copilot account export this version can read."""


class AccountNotEmpty(ValueError):
    """The target account already has data in a table the import would fill."""


@dataclass
class ImportResult:
    """Rows inserted per table, rows skipped (a required reference missing here) and files stored."""

    inserted: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    files: int = 0


def read_export(path: Path) -> tuple[dict, dict[str, bytes]]:
    """``(data.json document, {zip path: bytes of files/…})`` of an export zip or JSON file."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                doc = json.loads(zf.read("data.json"))
                files = {n: zf.read(n) for n in zf.namelist() if n.startswith("files/")}
        else:
            doc, files = json.loads(Path(path).read_text(encoding="utf-8")), {}
    except (KeyError, ValueError, OSError) as exc:
        raise ImportFormatError(f"not a readable export: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != data_export.FORMAT or doc.get("version") != data_export.VERSION:
        raise ImportFormatError(f"not a {data_export.FORMAT} version {data_export.VERSION} file")
    if not isinstance(doc.get("tables"), dict):
        raise ImportFormatError("the export has no tables")
    return doc, files


def _parse(column, value):
    if value is None:
        return None
    if isinstance(column.type, DateTime) or isinstance(getattr(column.type, "impl", None), DateTime):
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else value
    if isinstance(column.type, Date):
        return date.fromisoformat(value) if isinstance(value, str) else value
    return value


def is_singleton(table: Table) -> bool:
    """One row per user (the owning column is unique: preferences, LLM setting): settings with
    defaults, replaced by the imported row rather than counted as data."""
    owned = ownership.classify().get(table.name)
    return bool(owned and owned.kind == "column" and table.c[owned.column].unique)


def _check_empty(session: Session, user_id: int) -> None:
    for table in ownership.owned_tables():
        if table.name in SKIPPED or is_singleton(table):
            continue
        n = session.execute(select(func.count()).select_from(table)
                            .where(ownership.owner_clause(table, user_id))).scalar_one()
        if n:
            raise AccountNotEmpty(f"the account already has {n} {table.name} row(s); import needs an empty account")


def _shared_exists(session: Session, table: Table, value) -> bool:
    """True when row ``value`` of ``table`` exists here and belongs to no user (a shared source,
    provider or posting: same instance, so the reference still means the same thing)."""
    pk = next(iter(table.primary_key.columns))
    stmt = select(pk).where(pk == value)
    owned = ownership.classify().get(table.name)
    if owned is not None:
        if owned.kind != "column":
            return False
        stmt = stmt.where(table.c[owned.column].is_(None))
    return session.execute(stmt).first() is not None


def _row_values(session: Session, table: Table, row: dict, user_id: int, ids: dict[str, dict]) -> dict | None:
    """Column values for the new row, or None when a required reference cannot be resolved."""
    owned = ownership.classify()
    pk = next(iter(table.primary_key.columns))
    out = {}
    for col in table.c:
        if col.name == pk.name or (table.name, col.name) in ownership.SECRET_COLUMNS or col.name not in row:
            continue
        value = _parse(col, row[col.name])
        fks = list(col.foreign_keys)
        if fks and value is not None:
            target = fks[0].column.table
            if target.name == ownership.USER_TABLE:
                value = user_id
            elif value in ids.get(target.name, {}):
                value = ids[target.name][value]
            elif not _shared_exists(session, target, value):
                value = None
            if value is None and not col.nullable:
                return None
        out[col.name] = value
    if "user_id" in table.c:
        out["user_id"] = user_id
    return out


def restore(*, session: Session, user_id: int, path: Path, storage: Storage | None = None) -> ImportResult:
    """Import the export at ``path`` into the empty account ``user_id`` (nothing is committed here)."""
    doc, files = read_export(path)
    user = session.get(User, user_id)
    if user is None:
        raise LookupError(f"no user {user_id}")
    _check_empty(session, user_id)
    store = storage or get_storage()
    profile = (doc["tables"].get("user") or [{}])[0]
    for name in PROFILE_FIELDS:
        if profile.get(name) is not None:
            setattr(user, name, profile[name])
    session.add(user)
    session.flush()
    file_of = {f["id"]: f for f in doc.get("files", []) if f.get("table") == "resume"}
    result, ids = ImportResult(), {}
    for table in ownership.owned_tables():
        if table.name in SKIPPED:
            continue
        ids[table.name] = {}
        if is_singleton(table) and doc["tables"].get(table.name):
            session.execute(delete(table).where(ownership.owner_clause(table, user_id)))
        for row in doc["tables"].get(table.name, []):
            values = _row_values(session, table, row, user_id, ids)
            if values is None:
                result.skipped[table.name] = result.skipped.get(table.name, 0) + 1
                continue
            if table.name == "resume":
                values["storage_key"], stored = _store_file(session, store, user_id, file_of.get(row.get("id")), files)
                result.files += stored
            new_id = session.execute(insert(table).values(**values)).inserted_primary_key[0]
            ids[table.name][row.get("id")] = new_id
            result.inserted[table.name] = result.inserted.get(table.name, 0) + 1
    if any(r.get("is_active") for r in doc["tables"].get("resume", [])):
        schedule_rescore(session, user_id)
    return result


def _store_file(session: Session, store: Storage, user_id: int, entry: dict | None,
                files: dict[str, bytes]) -> tuple[str, bool]:
    """A new storage key for an imported resume, and whether its file was in the export (and stored)."""
    ext = (entry or {}).get("path", "").rsplit(".", 1)[-1].lower() if entry else "bin"
    key = f"resumes/{user_id}/{uuid.uuid4().hex}.{ext if ext.isalnum() and len(ext) <= 5 else 'bin'}"
    data = files.get(entry["path"]) if entry else None
    if data is not None:
        store.put(key, data, entry.get("mime") or "application/octet-stream")
        on_abort(session, lambda: store.delete(key))
    return key, data is not None
