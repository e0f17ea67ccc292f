"""Shared column helpers for the SQLModel tables."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, Table, TypeDecorator


def utcnow() -> datetime:
    """Current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """A DateTime stored as UTC and always returned timezone-aware (SQLite drops tzinfo)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def surrogate_id_tables(metadata=None) -> list[Table]:
    """Tables whose primary key is one integer ``id`` column (every table but ``backgroundjob``, keyed
    by a uuid hex, and ``matchrefresh``, keyed by its posting) — sorted by name."""
    if metadata is None:
        from sqlmodel import SQLModel

        metadata = SQLModel.metadata
    out = []
    for table in metadata.tables.values():
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].name == "id" and isinstance(pk[0].type, Integer):
            out.append(table)
    return sorted(out, key=lambda t: t.name)


def never_reuse_ids(metadata=None) -> None:
    """Give every :func:`surrogate_id_tables` table ``sqlite_autoincrement=True``: on SQLite a new row
    never takes the id of a deleted one (without AUTOINCREMENT SQLite hands out ``max(id) + 1``, so the
    newest account's id went to the next sign-up after a purge, with everything still keyed by it —
    export zips, mail tokens, queued jobs: attack145 findings 1–3). PostgreSQL sequences never go back.

    Ids leave their rows everywhere (storage keys ``resumes/<user id>/``, signed tokens, URLs, job
    arguments and dedupe keys, Chroma ids, in-process caches, calendar UIDs), so the rule covers every
    table, not a list; Alembic revision 0020_ids_never_reused converts existing SQLite databases."""
    for table in surrogate_id_tables(metadata):
        table.dialect_kwargs["sqlite_autoincrement"] = True
