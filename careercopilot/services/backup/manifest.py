"""The manifest of a backup set (``manifest.json``) and reading the sets of a destination.

Shape (``format`` 1)::

    {"format": 1, "id": "20261204T020000Z-1a2b", "created_at": "2026-12-04T02:00:00.123456+00:00",
     "database": {"kind": "postgresql" | "sqlite", "artifact": "database.dump", "sha256": "<hex>",
                  "size": <bytes>, "alembic_revision": "0012_alerts", "row_counts": {"<table>": <rows>}},
     "storage": {"kind": "s3" | "local"},
     "files": [{"key": "resumes/3/ab.pdf", "sha256": "<hex>", "size": <bytes>}, ...],
     "app": {"alembic_head": "0012_alerts"}}

``row_counts`` covers every table of the database (PostgreSQL: its schema; SQLite: all but
``sqlite_*``) counted inside the dump's snapshot. No setting, URL or credential is written
(the database's own rows are its only content).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

FORMAT = 1
#: The database artifact's name in a set, by database kind. A manifest naming anything else is refused:
#: the name becomes a path under the restore's staging folder, and an absolute or "../" name there wrote
#: a file anywhere the restoring user can (attack129 finding 4: an S3 set whose manifest named
#: "/tmp/…/PWNED" wrote that file before any check ran).
ARTIFACTS = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}


class ManifestError(ValueError):
    """A manifest that is not valid JSON of the expected shape (the set cannot be restored)."""


@dataclass(frozen=True)
class FileEntry:
    """One stored file in a set: storage key, SHA-256 (hex) and size in bytes."""

    key: str
    sha256: str
    size: int


@dataclass
class Manifest:
    """Parsed ``manifest.json`` (see the module docstring for the JSON shape)."""

    id: str
    created_at: datetime
    database_kind: str
    database_artifact: str
    database_sha256: str
    database_size: int
    alembic_revision: str | None
    row_counts: dict[str, int]
    storage_kind: str
    files: list[FileEntry] = field(default_factory=list)
    alembic_head: str | None = None

    def to_json(self) -> bytes:
        return json.dumps({
            "format": FORMAT, "id": self.id, "created_at": self.created_at.isoformat(),
            "database": {"kind": self.database_kind, "artifact": self.database_artifact,
                         "sha256": self.database_sha256, "size": self.database_size,
                         "alembic_revision": self.alembic_revision, "row_counts": self.row_counts},
            "storage": {"kind": self.storage_kind},
            "files": [{"key": f.key, "sha256": f.sha256, "size": f.size} for f in self.files],
            "app": {"alembic_head": self.alembic_head},
        }, indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> "Manifest":
        """Parse and validate; raises :class:`ManifestError` naming what is wrong."""
        try:
            doc = json.loads(data)
            if doc.get("format") != FORMAT:
                raise ManifestError(f"unknown manifest format {doc.get('format')!r} (this version reads {FORMAT})")
            db = doc["database"]
            if ARTIFACTS.get(db["kind"]) != db["artifact"]:
                raise ManifestError(f"manifest.json names the database artifact {str(db['artifact'])[:80]!r} of kind "
                                    f"{str(db['kind'])[:20]!r}; a set holds {' or '.join(map(repr, ARTIFACTS.values()))}")
            return cls(
                id=str(doc["id"]), created_at=datetime.fromisoformat(doc["created_at"]),
                database_kind=str(db["kind"]), database_artifact=str(db["artifact"]),
                database_sha256=str(db["sha256"]), database_size=int(db["size"]),
                alembic_revision=db.get("alembic_revision"),
                row_counts={str(k): int(v) for k, v in db["row_counts"].items()},
                storage_kind=str(doc["storage"]["kind"]),
                files=[FileEntry(str(f["key"]), str(f["sha256"]), int(f["size"])) for f in doc["files"]],
                alembic_head=(doc.get("app") or {}).get("alembic_head"),
            )
        except ManifestError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ManifestError(f"manifest.json is malformed: {type(exc).__name__}: {exc}") from exc

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())

    @property
    def total_file_bytes(self) -> int:
        return sum(f.size for f in self.files)


class HashingReader:
    """Wraps a binary stream: every ``read`` also feeds a SHA-256 and a byte count (``sha256``,
    ``size`` after EOF), so a streamed artifact is checksummed without a second pass."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._hash = hashlib.sha256()
        self.size = 0

    def read(self, n: int = -1) -> bytes:
        chunk = self._stream.read(n)
        self._hash.update(chunk)
        self.size += len(chunk)
        return chunk

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()
