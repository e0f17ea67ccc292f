"""Database side of a backup set: dump, row counts, emptiness check and restore.

PostgreSQL: ``pg_dump --format=custom`` streamed from its stdout (never held in memory) inside
an exported snapshot (``pg_export_snapshot()`` in a REPEATABLE READ, READ ONLY transaction kept
open while pg_dump runs with ``--snapshot``), so the row counts written to the manifest are
those of the dump even while the app writes. Restore: ``pg_restore --clean --if-exists
--no-owner --no-privileges --exit-on-error --single-transaction`` — one transaction, so a
failing restore leaves the target as it was.

SQLite: a consistent copy through the sqlite3 online backup API (readers and writers of the
live file may go on); restore copies the verified file into the configured database with the
same API (one write transaction on the target).

The database password never reaches a command line or the manifest: it is passed to the
client programs in ``PGPASSWORD``.
"""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from careercopilot.config import Settings, child_environment
from careercopilot.services.backup.manifest import ARTIFACTS

ALEMBIC_TABLE = "alembic_version"


class DatabaseBackupError(RuntimeError):
    """pg_dump/pg_restore failed, or a database file is unreadable; the message says why."""


@dataclass(frozen=True)
class PgTarget:
    """libpq connection parameters of DATABASE_URL, with the password kept apart."""

    conninfo: str  # no password
    password: str | None

    def env(self) -> dict[str, str]:
        """The child program's environment: ours plus ``PGPASSWORD`` when the URL has a password
        (the conninfo's host/port/user/dbname win over any PG* variable)."""
        return child_environment({"PGPASSWORD": self.password} if self.password else {})


def pg_target(database_url: str) -> PgTarget:
    """Split a SQLAlchemy PostgreSQL URL into a libpq conninfo string and its password."""
    from psycopg.conninfo import make_conninfo
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    params = {k: v for k, v in {"host": url.host, "port": url.port, "user": url.username,
                                "dbname": url.database}.items() if v is not None}
    params.update({k: (v if isinstance(v, str) else v[-1]) for k, v in url.query.items()})
    return PgTarget(make_conninfo(**{k: str(v) for k, v in params.items()}), url.password)


def database_kind(s: Settings) -> str:
    """``"postgresql"`` or ``"sqlite"`` (the dialect of ``s.sqlalchemy_url``)."""
    return "postgresql" if s.sqlalchemy_url.startswith("postgresql") else "sqlite"


def sqlite_path(s: Settings) -> Path:
    """The SQLite file of ``s.sqlalchemy_url``."""
    return Path(s.sqlalchemy_url.split("sqlite:///", 1)[1])


def artifact_name(kind: str) -> str:
    """Name of the database artifact inside a set (``manifest.ARTIFACTS``)."""
    return ARTIFACTS["postgresql" if kind == "postgresql" else "sqlite"]


# ------------------------------------------------------------------------------ counting


def _pg_counts(cur) -> dict[str, int]:
    cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    names = [r[0] for r in cur.fetchall()]
    counts = {}
    for name in names:
        cur.execute('SELECT count(*) FROM "{}"'.format(name.replace('"', '""')))
        counts[name] = int(cur.fetchone()[0])
    return counts


def _pg_revision(cur) -> str | None:
    cur.execute("SELECT to_regclass('alembic_version') IS NOT NULL")
    if not cur.fetchone()[0]:
        return None
    cur.execute("SELECT version_num FROM alembic_version")
    return ",".join(sorted(r[0] for r in cur.fetchall())) or None


def _sqlite_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: int(conn.execute('SELECT count(*) FROM "{}"'.format(n.replace('"', '""'))).fetchone()[0])
            for n in names}


def _sqlite_revision(conn: sqlite3.Connection) -> str | None:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (ALEMBIC_TABLE,)).fetchone():
        return None
    return ",".join(sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))) or None


def row_counts(s: Settings) -> dict[str, int]:
    """``{table: rows}`` of every table of the configured database (PostgreSQL: its current
    schema; SQLite: every table but ``sqlite_*``); ``{}`` for a SQLite file that does not exist."""
    if database_kind(s) == "postgresql":
        import psycopg

        t = pg_target(s.sqlalchemy_url)
        with psycopg.connect(t.conninfo, password=t.password) as conn, conn.cursor() as cur:
            return _pg_counts(cur)
    path = sqlite_path(s)
    if not path.exists():
        return {}
    conn = sqlite3.connect(str(path))
    try:
        return _sqlite_counts(conn)
    finally:
        conn.close()


def app_tables_with_rows(s: Settings) -> dict[str, int]:
    """The application's tables (SQLModel metadata; not ``alembic_version`` or search-index
    internals) that hold rows in the configured database: ``{table: rows}``, empty when none."""
    from sqlmodel import SQLModel

    import careercopilot.models  # noqa: F401  (registers every table)

    app = {t.name for t in SQLModel.metadata.sorted_tables}
    return {t: n for t, n in row_counts(s).items() if t in app and n}


# ------------------------------------------------------------------------------ dumping


@dataclass
class DumpInfo:
    """What :func:`dump` learned besides the bytes: counts and revision inside the dump's snapshot."""

    row_counts: dict[str, int]
    alembic_revision: str | None


@contextmanager
def dump(s: Settings) -> Iterator[tuple[BinaryIO, DumpInfo]]:
    """Yield ``(stream, info)``: a readable stream of the database artifact (read it to EOF
    inside the block) and the row counts/revision of exactly that content. Raises
    :class:`DatabaseBackupError` after the block when pg_dump failed (its stderr in the message)."""
    if database_kind(s) == "postgresql":
        with _pg_dump(s) as out:
            yield out
    else:
        with _sqlite_dump(s) as out:
            yield out


@contextmanager
def _pg_dump(s: Settings):
    import psycopg

    t = pg_target(s.sqlalchemy_url)
    with psycopg.connect(t.conninfo, password=t.password) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        with conn.cursor() as cur:
            cur.execute("SELECT pg_export_snapshot()")
            snapshot = cur.fetchone()[0]
            info = DumpInfo(_pg_counts(cur), _pg_revision(cur))
            with tempfile.TemporaryFile() as err:
                cmd = [s.backup_pg_dump, "--format=custom", f"--snapshot={snapshot}", "--dbname", t.conninfo]
                try:
                    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=t.env())
                except OSError as exc:
                    raise DatabaseBackupError(f"could not run {s.backup_pg_dump}: {exc.strerror or exc} "
                                              "(install postgresql-client or set BACKUP_PG_DUMP)") from exc
                try:
                    yield proc.stdout, info
                finally:
                    proc.stdout.close()
                    rc = proc.wait()
                if rc != 0:
                    err.seek(0)
                    raise DatabaseBackupError(f"pg_dump failed (exit {rc}): {err.read().decode(errors='replace')[-2000:]}")
        conn.rollback()


@contextmanager
def _sqlite_dump(s: Settings):
    path = sqlite_path(s)
    if not path.exists():
        raise DatabaseBackupError(f"SQLite database {path} does not exist (run `migrate` first)")
    with tempfile.TemporaryDirectory(prefix="cc-backup-") as tmp:
        copy = Path(tmp) / "database.sqlite3"
        src = sqlite3.connect(str(path), timeout=30)
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)  # online backup API: a consistent snapshot of the live file
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file (no -wal beside it)
            info = DumpInfo(_sqlite_counts(dst), _sqlite_revision(dst))
        finally:
            dst.close()
            src.close()
        with copy.open("rb") as fh:
            yield fh, info


# ------------------------------------------------------------------------------ restoring


def check_artifact(s: Settings, kind: str, path: Path) -> None:
    """Refuse an artifact the restore tools cannot read (DatabaseBackupError): ``pg_restore
    --list`` must parse a dump; ``PRAGMA integrity_check`` must answer ``ok`` for SQLite."""
    if kind == "postgresql":
        proc = _run([s.backup_pg_restore, "--list", str(path)], env=None, tool=s.backup_pg_restore)
        if proc.returncode != 0:
            raise DatabaseBackupError(f"the database dump is unreadable: {proc.stderr.strip()[-1000:]}")
        return
    try:
        conn = sqlite3.connect(str(path))
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseBackupError(f"the SQLite backup is unreadable: {exc}") from exc
    if result != "ok":
        raise DatabaseBackupError(f"the SQLite backup fails its integrity check: {result}")


def _run(cmd: list[str], *, env, tool: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, env=env)
    except OSError as exc:
        raise DatabaseBackupError(f"could not run {tool}: {exc.strerror or exc} "
                                  "(install postgresql-client or set BACKUP_PG_RESTORE)") from exc


def restore(s: Settings, kind: str, path: Path) -> None:
    """Replace the configured database's content with the verified artifact at ``path``
    (DatabaseBackupError on failure; PostgreSQL then keeps its previous content)."""
    if kind != database_kind(s):
        raise DatabaseBackupError(f"this backup holds a {kind} database but DATABASE_URL selects "
                                  f"{database_kind(s)}; restore it into a {kind} database")
    if kind == "postgresql":
        t = pg_target(s.sqlalchemy_url)
        proc = _run([s.backup_pg_restore, "--clean", "--if-exists", "--no-owner", "--no-privileges",
                     "--exit-on-error", "--single-transaction", "--dbname", t.conninfo, str(path)],
                    env=t.env(), tool=s.backup_pg_restore)
        if proc.returncode != 0:
            raise DatabaseBackupError(f"pg_restore failed (exit {proc.returncode}; nothing was changed): "
                                      f"{proc.stderr.strip()[-2000:]}")
        return
    target = sqlite_path(s)
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(target, timeout=30)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise DatabaseBackupError(f"could not write {target}: {exc}") from exc
    finally:
        dst.close()
        src.close()
