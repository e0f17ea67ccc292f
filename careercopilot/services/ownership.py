"""Which rows, files and vectors belong to a user — derived from ``SQLModel.metadata``.

Export (:mod:`careercopilot.services.data_export`), import and account deletion
(:mod:`careercopilot.services.account_deletion`) read this module, never a hand-written
table list, so a new table is exported and purged automatically — or, when no rule below
reaches it, ``tests/unit/foundation/test_ownership.py`` fails until it is declared.

Rules, applied to every table of the metadata (first match wins):

1. ``user`` itself: the row ``id = <user id>``.
2. A ``user_id`` column (with or without a foreign key: ``backgroundjob.user_id`` has none).
3. A foreign key to ``user.id`` with ``ON DELETE CASCADE`` (``jobposting.owner_id``: private
   postings; shared postings have NULL and belong to nobody).
4. Owned via a parent: a foreign key with ``ON DELETE CASCADE`` to a table owned by 1–3
   (recursively); the row belongs to the user when its parent row does
   (``postingsighting`` of a private posting).
5. :data:`POLYMORPHIC`: ``(kind, item_id)`` pointers with no foreign key
   (``embeddingrecord`` of a resume or a private posting).

Tables reached by none of these must be listed in :data:`SHARED` (instance data: sources,
their sync runs, LLM providers …). Foreign keys to ``user.id`` with ``ON DELETE SET NULL``
(``source.created_by``) are references, not ownership: the database clears them when the
user row goes.

Storage: a user's files live under :func:`storage_prefixes` (``resumes/<id>/``,
``exports/<id>/``, ``imports/u<id>-``). Vectors: the Chroma records of the user's private
postings (:func:`private_posting_ids`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Table, and_, false, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel

import careercopilot.models  # noqa: F401  (registers every table on SQLModel.metadata)

USER_TABLE = "user"
#: Instance data that belongs to no user (checked by the ownership test: every other table
#: must be reached by a rule of the module docstring).
SHARED = frozenset({"source", "syncrun", "llmprovider"})
#: ``table → [(kind column, kind value, id column, owning table)]`` for pointers without a foreign key.
POLYMORPHIC: dict[str, list[tuple[str, str, str, str]]] = {
    "embeddingrecord": [("kind", "resume", "item_id", "resume"), ("kind", "posting", "item_id", "jobposting")],
}
#: Columns never written to an export (secrets and their hashes); import leaves them at defaults.
SECRET_COLUMNS = frozenset({
    ("user", "password_hash"), ("authsession", "token_hash"), ("authsession", "handoff_hash"),
    ("userllmsetting", "api_key_enc"), ("apitoken", "token_hash"),
    ("alertsettings", "ical_token_hash"),
    ("totpfactor", "secret_enc"), ("recoverycode", "code_hash"),
    ("oauthauthorizationcode", "code_hash"), ("oauthrefreshtoken", "token_hash"),
})


class UnclassifiedTable(LookupError):
    """A table that no ownership rule reaches and that is not declared :data:`SHARED`."""


@dataclass(frozen=True)
class Owned:
    """How one table's rows are attributed to a user.

    ``kind``: ``self`` | ``column`` | ``parent`` | ``polymorphic``; ``column`` names the
    owning column (kinds ``self``/``column``); ``parents`` the ``(fk column, parent table)``
    pairs (kind ``parent``).
    """

    table: str
    kind: str
    column: str | None = None
    parents: tuple[tuple[str, str], ...] = ()


def _tables() -> dict[str, Table]:
    return dict(SQLModel.metadata.tables)


def _direct(table: Table) -> Owned | None:
    if table.name == USER_TABLE:
        return Owned(table.name, "self", "id")
    if "user_id" in table.c:
        return Owned(table.name, "column", "user_id")
    for col in table.c:
        for fk in col.foreign_keys:
            if fk.column.table.name == USER_TABLE and (fk.ondelete or "").upper() == "CASCADE":
                return Owned(table.name, "column", col.name)
    return None


@lru_cache(maxsize=1)
def classify() -> dict[str, Owned | None]:
    """``table name → Owned`` for user-owned tables, ``None`` for :data:`SHARED` ones.

    Raises :class:`UnclassifiedTable` naming every table no rule reaches."""
    tables = _tables()
    out: dict[str, Owned | None] = {}
    for name, table in tables.items():
        if (owned := _direct(table)) is not None:
            out[name] = owned
    changed = True
    while changed:  # rule 4, to a fixed point (parents of parents)
        changed = False
        for name, table in tables.items():
            if name in out or name in SHARED:
                continue
            parents = tuple(
                (col.name, fk.column.table.name) for col in table.c for fk in col.foreign_keys
                if fk.column.table.name in out and (fk.ondelete or "").upper() == "CASCADE"
            )
            if parents:
                out[name], changed = Owned(name, "parent", parents=parents), True
    for name in POLYMORPHIC:
        out.setdefault(name, Owned(name, "polymorphic"))
    missing = sorted(set(tables) - set(out) - SHARED)
    if missing:
        raise UnclassifiedTable(
            f"tables with no owner rule: {missing} — give them a user_id, a CASCADE foreign key to an owned "
            "table, or declare them in ownership.SHARED / POLYMORPHIC")
    for name in SHARED:
        out.setdefault(name, None)
    return out


def owned_tables() -> list[Table]:
    """User-owned tables, parents before children (``SQLModel.metadata.sorted_tables`` order)."""
    kinds = classify()
    return [t for t in SQLModel.metadata.sorted_tables if kinds.get(t.name) is not None]


def owner_clause(table: Table, user_id: int, _depth: int = 0) -> ColumnElement[bool]:
    """A WHERE clause selecting ``user_id``'s rows of ``table`` (``false()`` for shared tables)."""
    owned = classify().get(table.name)
    if owned is None or _depth > 8:
        return false()
    tables = _tables()
    if owned.kind in ("self", "column"):
        return table.c[owned.column] == user_id
    if owned.kind == "parent":
        ors = []
        for fk_col, parent_name in owned.parents:
            parent = tables[parent_name]
            pk = next(iter(parent.primary_key.columns))
            ors.append(table.c[fk_col].in_(select(pk).where(owner_clause(parent, user_id, _depth + 1))))
        return or_(*ors)
    ors = []
    for kind_col, kind_value, id_col, target in POLYMORPHIC[table.name]:
        parent = tables[target]
        pk = next(iter(parent.primary_key.columns))
        ors.append(and_(table.c[kind_col] == kind_value,
                        table.c[id_col].in_(select(pk).where(owner_clause(parent, user_id, _depth + 1)))))
    return or_(*ors)


def user_reference_columns(table: Table) -> list[str]:
    """Columns of ``table`` holding a user id (any foreign key to ``user.id``, plus ``user_id``)."""
    cols = {c.name for c in table.c for fk in c.foreign_keys if fk.column.table.name == USER_TABLE}
    if "user_id" in table.c:
        cols.add("user_id")
    if table.name == USER_TABLE:
        cols.add("id")
    return sorted(cols)


def storage_prefixes(user_id: int) -> list[str]:
    """Storage key prefixes holding only ``user_id``'s objects."""
    return [f"resumes/{int(user_id)}/", f"exports/{int(user_id)}/", f"imports/u{int(user_id)}-"]


def keep_if_account(store, key: str, user_id: int) -> None:
    """After a writer of user files stored ``key`` for ``user_id``: delete it again and raise LookupError
    when the account is gone meanwhile (``credentials.account_exists``, asked after the ``put``).

    Why after: ``account_deletion.purge_user`` sweeps :func:`storage_prefixes` before and after the
    account's rows go; a file stored before this check is caught by the second sweep, one stored after
    it is seen here — so no file outlives its account (attack145 finding 1)."""
    from careercopilot.services.credentials import account_exists

    if account_exists(user_id):
        return
    try:
        store.delete(key)
    except Exception:  # noqa: BLE001 - already gone (the purge's second sweep); nothing else to do
        pass
    raise LookupError(f"account {int(user_id)} was deleted while {key} was written; removed it")


def private_posting_ids(session, user_id: int) -> list[int]:
    """Ids of the user's private postings (their vectors are the user's Chroma records)."""
    from careercopilot.models import JobPosting

    return list(session.execute(select(JobPosting.id).where(JobPosting.owner_id == user_id)).scalars())
