"""Make, list, prune and restore backup sets (``python -m careercopilot backup|restore``).

A backup (:func:`create_backup`) writes, into a new set of the configured destination
(:mod:`.destinations`): the database artifact streamed from :func:`.database.dump`, every
uploaded file of the configured storage (``integrations/storage.py``; temporary files of
interrupted writes are skipped) under ``files/<key>``, then ``manifest.json`` last (:mod:`.manifest`).
The database snapshot is taken first and the files are copied after it: a file uploaded
meanwhile is included without its row (the orphan sweep removes it after a restore).
After a successful backup, complete sets that the retention rule (:mod:`.retention`) does not
keep are deleted, and incomplete sets (no manifest) older than :data:`INCOMPLETE_GRACE`.

A restore (:func:`restore_backup`) checks everything before it changes anything: the target
database holds no application rows and the storage no files (unless ``force``), the manifest
parses, the database artifact and every file match their SHA-256 and size (downloaded to a
temporary folder) and the artifact is readable by the restore tool. Only then is the database
replaced and the files written; finally the target is compared with the manifest (row counts
per table, file checksums) and the comparison returned.
"""

from __future__ import annotations

import hashlib
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import structlog

from careercopilot.config import Settings
from careercopilot.integrations.storage import LocalStorage, Storage, StorageError, get_storage
from careercopilot.services.backup import database, retention
from careercopilot.services.backup.destinations import (
    MANIFEST,
    SET_ID,
    BackupDestination,
    DestinationError,
    excluded_storage_prefix,
    get_destination,
)
from careercopilot.services.backup.manifest import FileEntry, HashingReader, Manifest, ManifestError

log = structlog.get_logger(__name__)

#: Incomplete sets (a failed or crashed backup) younger than this are left alone: a backup may
#: still be writing them.
INCOMPLETE_GRACE = timedelta(days=1)
FILES = "files/"


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why and what to do."""


class BackupCorrupt(BackupError):
    """A set whose content does not match its manifest (or has none); nothing was restored."""


@dataclass
class SetInfo:
    """A set of the destination: its manifest (None when incomplete) and the retention rules keeping it."""

    id: str
    manifest: Manifest | None
    kept_by: list[str] = field(default_factory=list)
    error: str | None = None


def policy(s: Settings) -> retention.Policy:
    return retention.Policy(daily=s.backup_keep_daily, weekly=s.backup_keep_weekly, monthly=s.backup_keep_monthly)


def _set_time(set_id: str) -> datetime:
    return datetime.strptime(set_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)


def _storage_kind(storage: Storage) -> str:
    return "local" if isinstance(storage, LocalStorage) else "s3"


def _alembic_head() -> str | None:
    from alembic.script import ScriptDirectory

    from careercopilot.services.migrations import alembic_config

    return ",".join(sorted(ScriptDirectory.from_config(alembic_config()).get_heads())) or None


def _uploaded(storage: Storage, s: Settings) -> list[str]:
    skip = excluded_storage_prefix(s)
    return sorted(o.key for o in storage.list_objects("") if not o.temporary
                  and not (skip and o.key.startswith(skip)))


# ------------------------------------------------------------------------------ backup


@dataclass
class BackupResult:
    """A finished backup: its manifest, where it went, what was pruned and how long it took (s)."""

    manifest: Manifest
    destination: str
    pruned: list[str]
    seconds: float


def create_backup(s: Settings, *, storage: Storage | None = None, dest: BackupDestination | None = None,
                  now: datetime | None = None) -> BackupResult:
    """Write a new complete set and prune by retention; raises :class:`BackupError` (the partial
    set is deleted) or :class:`.destinations.DestinationError` for an unusable destination."""
    started = time.monotonic()
    dest = dest or get_destination(s)
    storage = storage or get_storage()
    now = now or datetime.now(timezone.utc)
    set_id = f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(2)}"
    kind = database.database_kind(s)
    artifact = database.artifact_name(kind)
    try:
        with database.dump(s) as (stream, info):
            reader = HashingReader(stream)
            dest.write(set_id, artifact, reader)
        files = []
        for key in _uploaded(storage, s):
            try:
                data = storage.get(key)
            except KeyError:  # deleted since listed (ObjectNotFound)
                continue
            dest.write_bytes(set_id, FILES + key, data)
            files.append(FileEntry(key, hashlib.sha256(data).hexdigest(), len(data)))
        manifest = Manifest(id=set_id, created_at=now, database_kind=kind, database_artifact=artifact,
                            database_sha256=reader.sha256, database_size=reader.size,
                            alembic_revision=info.alembic_revision, row_counts=info.row_counts,
                            storage_kind=_storage_kind(storage), files=files, alembic_head=_alembic_head())
        dest.write_bytes(set_id, MANIFEST, manifest.to_json())
    except BaseException as exc:
        try:
            dest.delete_set(set_id)
        except DestinationError:
            log.warning("backup.partial_set_left", set_id=set_id)
        if isinstance(exc, (database.DatabaseBackupError, StorageError, DestinationError)):
            raise BackupError(f"backup failed, nothing kept: {exc}") from exc
        raise
    pruned = prune(s, dest=dest, now=now)
    log.info("backup.done", set_id=set_id, files=len(files), rows=manifest.total_rows, pruned=len(pruned))
    return BackupResult(manifest, dest.describe(), pruned, time.monotonic() - started)


def list_sets(s: Settings, *, dest: BackupDestination | None = None) -> list[SetInfo]:
    """Every set of the destination, oldest first, with its manifest (None when incomplete or
    unreadable, the reason in ``error``) and the retention rules that keep it."""
    dest = dest or get_destination(s)
    out = []
    for set_id in dest.set_ids():
        info = SetInfo(set_id, None)
        try:
            if dest.has(set_id, MANIFEST):
                info.manifest = Manifest.from_json(dest.read_bytes(set_id, MANIFEST))
            else:
                info.error = "incomplete (no manifest.json)"
        except ManifestError as exc:
            info.error = str(exc)
        out.append(info)
    why = retention.reasons([(i.id, i.manifest.created_at) for i in out if i.manifest], policy(s))
    for i in out:
        i.kept_by = why.get(i.id, [])
    return out


def prune(s: Settings, *, dest: BackupDestination | None = None, now: datetime | None = None) -> list[str]:
    """Delete the complete sets the retention rule does not keep, and incomplete ones older than
    :data:`INCOMPLETE_GRACE`; returns the deleted ids."""
    dest = dest or get_destination(s)
    now = now or datetime.now(timezone.utc)
    deleted = []
    for info in list_sets(s, dest=dest):
        stale_incomplete = info.manifest is None and now - _set_time(info.id) > INCOMPLETE_GRACE
        if (info.manifest is not None and not info.kept_by) or stale_incomplete:
            dest.delete_set(info.id)
            deleted.append(info.id)
    return deleted


def last_success(s: Settings, *, dest: BackupDestination | None = None) -> Manifest | None:
    """The manifest of the newest complete set (None when there is none); newest ids are checked
    first, so this usually reads one manifest."""
    dest = dest or get_destination(s)
    for set_id in reversed(dest.set_ids()):
        if dest.has(set_id, MANIFEST):
            try:
                return Manifest.from_json(dest.read_bytes(set_id, MANIFEST))
            except ManifestError:
                continue
    return None


# ------------------------------------------------------------------------------ restore


@dataclass
class Comparison:
    """One line of the post-restore check: ``kind`` "table" or "file", the name, the manifest's
    value and the restored one (row count, or SHA-256 prefix / "missing")."""

    kind: str
    name: str
    expected: str
    actual: str

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


@dataclass
class RestoreResult:
    """A finished restore: the set, the comparison lines and whether they all match."""

    manifest: Manifest
    comparisons: list[Comparison]
    extra_files: list[str]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.comparisons)


def resolve_set(s: Settings, set_id: str, *, dest: BackupDestination) -> str:
    """``latest`` → the newest complete set; otherwise ``set_id`` checked to exist (BackupError)."""
    if set_id == "latest":
        found = last_success(s, dest=dest)
        if found is None:
            raise BackupError(f"no complete backup set in {dest.describe()}")
        return found.id
    if not SET_ID.match(set_id) or set_id not in dest.set_ids():
        raise BackupError(f"no backup set {set_id!r} in {dest.describe()} (see `backup list`)")
    return set_id


def _fetch_verified(dest: BackupDestination, set_id: str, name: str, sha256: str, size: int, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with dest.open(set_id, name) as src, target.open("wb") as out:
        reader = HashingReader(src)
        shutil.copyfileobj(reader, out, 1024 * 1024)
    if reader.sha256 != sha256 or reader.size != size:
        raise BackupCorrupt(f"backup set {set_id} is corrupt: {name} has {reader.size} bytes with SHA-256 "
                            f"{reader.sha256[:12]}…, the manifest says {size} bytes with {sha256[:12]}…; "
                            "nothing was restored")


def restore_backup(s: Settings, *, set_id: str = "latest", force: bool = False, storage: Storage | None = None,
                   dest: BackupDestination | None = None, work_dir: Path | None = None) -> RestoreResult:
    """Restore set ``set_id`` (or ``latest``) into the configured database and storage.

    Raises :class:`BackupError` when the target holds data and ``force`` is False, and
    :class:`BackupCorrupt` when the set does not match its manifest — in both cases before
    anything is written. ``work_dir``: where the set is staged (default: the system temp folder;
    it needs the set's size free)."""
    dest = dest or get_destination(s)
    storage = storage or get_storage()
    set_id = resolve_set(s, set_id, dest=dest)
    try:
        manifest = Manifest.from_json(dest.read_bytes(set_id, MANIFEST))
    except DestinationError as exc:
        raise BackupCorrupt(f"backup set {set_id} is incomplete: {exc}") from exc
    except ManifestError as exc:
        raise BackupCorrupt(f"backup set {set_id}: {exc}") from exc
    if manifest.database_kind != database.database_kind(s):
        raise BackupError(f"backup set {set_id} holds a {manifest.database_kind} database but the configured "
                          f"database is {database.database_kind(s)}")
    if not force:
        busy = database.app_tables_with_rows(s)
        if busy:
            some = ", ".join(f"{t} ({n})" for t, n in sorted(busy.items())[:5])
            raise BackupError(f"the target database is not empty ({some}…); restore into a fresh database "
                              "or pass --force to replace its content")
        files = _uploaded(storage, s)
        if files:
            raise BackupError(f"the target storage already holds {len(files)} file(s) (e.g. {files[0]}); "
                              "restore into an empty bucket/folder or pass --force")
    with tempfile.TemporaryDirectory(prefix="cc-restore-", dir=work_dir) as tmp:
        staged = Path(tmp)
        artifact = staged / database.artifact_name(manifest.database_kind)  # never a path the set names
        _fetch_verified(dest, set_id, manifest.database_artifact, manifest.database_sha256,
                        manifest.database_size, artifact)
        for i, f in enumerate(manifest.files):
            _fetch_verified(dest, set_id, FILES + f.key, f.sha256, f.size, staged / "files" / str(i))
        try:
            database.check_artifact(s, manifest.database_kind, artifact)
        except database.DatabaseBackupError as exc:
            raise BackupCorrupt(f"backup set {set_id}: {exc}; nothing was restored") from exc
        # --- from here on the target changes
        try:
            database.restore(s, manifest.database_kind, artifact)
        except database.DatabaseBackupError as exc:
            raise BackupError(str(exc)) from exc
        try:
            for i, f in enumerate(manifest.files):
                storage.put(f.key, (staged / "files" / str(i)).read_bytes())
        except StorageError as exc:
            raise BackupError(f"the database was restored but writing the files failed: {exc}; fix the storage "
                              f"and run the restore again with --force") from exc
    log.info("backup.restored", set_id=set_id, files=len(manifest.files), rows=manifest.total_rows)
    return verify(s, manifest, storage=storage)


def verify(s: Settings, manifest: Manifest, *, storage: Storage | None = None) -> RestoreResult:
    """Compare the configured database and storage with ``manifest``: one :class:`Comparison`
    per table (row counts) and per file (SHA-256, "missing" when absent); files present in the
    storage but not in the manifest are listed in ``extra_files``."""
    storage = storage or get_storage()
    counts = database.row_counts(s)
    lines = [Comparison("table", t, str(n), str(counts.get(t, "missing"))) for t, n in sorted(manifest.row_counts.items())]
    for f in manifest.files:
        try:
            actual = hashlib.sha256(storage.get(f.key)).hexdigest()
        except KeyError:
            actual = "missing"
        lines.append(Comparison("file", f.key, f.sha256, actual))
    known = {f.key for f in manifest.files}
    extra = [k for k in _uploaded(storage, s) if k not in known]
    return RestoreResult(manifest, lines, extra)
