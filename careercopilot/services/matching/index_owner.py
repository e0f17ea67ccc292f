"""Which database a vector index mirrors, so that ``reindex`` never rebuilds another database's
index (ops12 finding 1: a restore drill's ``reindex`` — DATABASE_URL pointed at the restored
copy, CHROMA_URL still at the live server — dropped the live collections and refilled them
from the restored database, losing every posting added after the backup).

The index records its database in the Chroma collection ``cc-index-owner``
(:meth:`careercopilot.integrations.vectors.VectorIndex.set_owner`) — the collection whose metadata
also records which generation of the index's collections is live
(:mod:`careercopilot.integrations.vector_generations`); the identity is
:func:`database_identity`. A failover keeps it (a physical replica has its primary's system
identifier); a restore into another database or server changes it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from careercopilot.integrations import vectors


class ForeignIndexError(RuntimeError):
    """The vector index belongs to another database (``owner``); this one is ``database``."""

    def __init__(self, *, owner: str, database: str) -> None:
        self.owner, self.database = owner, database
        super().__init__(
            f"the vector index (CHROMA_URL, CHROMA_DATABASE) mirrors another database ({owner}), not this "
            f"DATABASE_URL ({database}): rebuilding it would drop that index. A restore drill gives the "
            "restored copy its own index — CHROMA_DATABASE=restore_drill (README \"Backups and restore\"); "
            "after restoring over a lost database for good, pass --replace-foreign-index")


def database_identity(session: Session) -> str:
    """A stable name of the database behind ``session`` (no credentials).

    PostgreSQL: ``postgresql:<system identifier>/<database name>`` — ``pg_control_system()``'s
    identifier is set by ``initdb`` and shared by physical replicas (a failover keeps it), so a
    restored copy in another database or cluster differs; when it cannot be read,
    ``postgresql:<server address>:<port>/<database name>``. SQLite: ``sqlite:<absolute file path>``.
    """
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        try:
            with session.begin_nested():
                ident = session.execute(text("SELECT system_identifier FROM pg_control_system()")).scalar_one()
        except Exception:  # noqa: BLE001 - function not granted: fall back to the server's address
            ident = session.execute(text("SELECT coalesce(host(inet_server_addr()), 'local') || ':' || "
                                         "coalesce(inet_server_port(), 0)")).scalar_one()
        name = session.execute(text("SELECT current_database()")).scalar_one()
        return f"postgresql:{ident}/{name}"
    database = bind.url.database or ""
    return f"sqlite:{Path(database).resolve() if database and database != ':memory:' else database or 'memory'}"


def check_owner(*, session: Session, index: vectors.VectorIndex, replace_foreign: bool = False) -> str:
    """This database's identity, after checking the index mirrors it (or records no database).

    Raises :class:`ForeignIndexError` when the index records another database, unless
    ``replace_foreign``."""
    identity = database_identity(session)
    owner = index.owner()
    if owner and owner != identity and not replace_foreign:
        raise ForeignIndexError(owner=owner, database=identity)
    return identity


def claim_if_unowned(*, session: Session, index: vectors.VectorIndex) -> None:
    """Record this database as the index's when none is recorded (the first indexing run of an
    existing install; never overwrites another database's record)."""
    if index.owner() is None:
        index.set_owner(database_identity(session))
