"""Where backup sets are written: a local folder (BACKUP_DIR) or an S3 bucket/prefix.

Layout (both kinds): one folder per set, ``<root>/<set id>/`` holding ``manifest.json``,
the database artifact (``database.dump`` or ``database.sqlite3``) and ``files/<storage key>``
for every uploaded file. ``manifest.json`` is written LAST: a set without it is incomplete
(a backup that failed or is still running) and is never restored.

Every write streams from a file object (S3: ``upload_fileobj``, multipart above 8 MB; local:
a temporary file in the target folder, then ``os.replace``), so a database dump is never held
in memory. Errors surface as :class:`DestinationError`.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from careercopilot.config import Settings

#: A set id: UTC creation time to the second plus 4 random hex digits (``20261204T020000Z-1a2b``);
#: ids sort in creation order.
SET_ID = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{4}$")
MANIFEST = "manifest.json"


class DestinationError(RuntimeError):
    """The backup destination failed (unreachable, access denied, I/O error) or is not configured."""


class BackupDestination(ABC):
    """A place holding backup sets; names inside a set are ``/``-separated relative paths."""

    @abstractmethod
    def describe(self) -> str:
        """Where the sets live, for messages (``s3://bucket/prefix`` or a folder path); no secrets."""

    @abstractmethod
    def set_ids(self) -> list[str]:
        """Ids of every set folder (complete or not), oldest first."""

    @abstractmethod
    def has(self, set_id: str, name: str) -> bool:
        """True when ``name`` exists in set ``set_id``."""

    @abstractmethod
    def write(self, set_id: str, name: str, stream: BinaryIO) -> None:
        """Store the bytes read from ``stream`` (until EOF) as ``name`` of set ``set_id``."""

    @abstractmethod
    @contextmanager
    def open(self, set_id: str, name: str) -> Iterator[BinaryIO]:
        """A readable binary stream of ``name`` in set ``set_id`` (DestinationError when absent)."""

    @abstractmethod
    def delete_set(self, set_id: str) -> None:
        """Remove set ``set_id`` and everything in it (missing is not an error)."""

    def write_bytes(self, set_id: str, name: str, data: bytes) -> None:
        """Store ``data`` as ``name`` of set ``set_id``."""
        import io

        self.write(set_id, name, io.BytesIO(data))

    def read_bytes(self, set_id: str, name: str) -> bytes:
        """The whole content of ``name`` in set ``set_id`` (small objects: the manifest)."""
        with self.open(set_id, name) as fh:
            return fh.read()


class LocalDestination(BackupDestination):
    """Sets as folders under ``root`` (created on first write)."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).resolve()

    def describe(self) -> str:
        return str(self.root)

    def _path(self, set_id: str, name: str = "") -> Path:
        path = (self.root / set_id / name).resolve()
        if not path.is_relative_to(self.root / set_id):
            raise DestinationError(f"unsafe name in backup set: {name!r}")
        return path

    def set_ids(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and SET_ID.match(p.name))

    def has(self, set_id: str, name: str) -> bool:
        return self._path(set_id, name).is_file()

    def write(self, set_id: str, name: str, stream: BinaryIO) -> None:
        path = self._path(set_id, name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    shutil.copyfileobj(stream, fh, 1024 * 1024)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise DestinationError(f"could not write {path}: {exc.strerror or exc}") from exc

    @contextmanager
    def open(self, set_id: str, name: str) -> Iterator[BinaryIO]:
        path = self._path(set_id, name)
        try:
            fh = path.open("rb")
        except FileNotFoundError:
            raise DestinationError(f"backup set {set_id} has no {name}") from None
        except OSError as exc:
            raise DestinationError(f"could not read {path}: {exc.strerror or exc}") from exc
        with fh:
            yield fh

    def delete_set(self, set_id: str) -> None:
        if not SET_ID.match(set_id):
            raise DestinationError(f"not a backup set id: {set_id!r}")
        shutil.rmtree(self.root / set_id, ignore_errors=True)


class S3Destination(BackupDestination):
    """Sets under ``s3://<bucket>/<prefix>/`` on AWS or any S3-compatible server (boto3).

    The bucket is created when missing by the first :meth:`write` (like the file storage's);
    reading never creates or writes anything — a missing bucket holds no sets. The backup-age
    figure is read at every metrics scrape, which must stay read-only (ops15, finding 6: a
    scrape created the bucket)."""

    def __init__(self, *, bucket: str, prefix: str = "backups", endpoint_url: str | None = None,
                 access_key_id: str | None = None, secret_access_key: str | None = None,
                 region: str = "us-east-1") -> None:
        from careercopilot.integrations.storage import S3Storage, StorageError

        try:  # reuse the storage client's configuration (path-style for custom endpoints, retries, SigV4)
            self._s3 = S3Storage(bucket=bucket, endpoint_url=endpoint_url, access_key_id=access_key_id,
                                 secret_access_key=secret_access_key, region=region, create_bucket=False)
        except StorageError as exc:
            raise DestinationError(str(exc)) from exc
        self._bucket_ready = False
        self.client = self._s3.client
        self.bucket = bucket
        self.endpoint_url = endpoint_url
        self.prefix = prefix.strip("/")

    def describe(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}" if self.prefix else f"s3://{self.bucket}"

    def _key(self, set_id: str, name: str = "") -> str:
        if not SET_ID.match(set_id) or ".." in name.split("/"):
            raise DestinationError(f"unsafe backup object name: {set_id}/{name}")
        return "/".join(p for p in (self.prefix, set_id, name) if p)

    def _errors(self):
        from botocore.exceptions import BotoCoreError, ClientError

        return (BotoCoreError, ClientError)

    def set_ids(self) -> list[str]:
        root = f"{self.prefix}/" if self.prefix else ""
        found: list[str] = []
        try:
            for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=root,
                                                                               Delimiter="/"):
                for cp in page.get("CommonPrefixes", []):
                    name = cp["Prefix"][len(root):].rstrip("/")
                    if SET_ID.match(name):
                        found.append(name)
        except self._errors() as exc:
            if self._s3._code(exc) == "NoSuchBucket":
                return []  # never written to: no sets (the first backup creates the bucket)
            raise DestinationError(f"could not list {self.describe()}: {exc}") from exc
        return sorted(found)

    def has(self, set_id: str, name: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(set_id, name))
            return True
        except ClientError as exc:
            if self._s3._code(exc) in {"404", "NoSuchKey", "NotFound"}:
                return False
            raise DestinationError(f"could not check {set_id}/{name}: {exc}") from exc
        except self._errors() as exc:
            raise DestinationError(f"could not check {set_id}/{name}: {exc}") from exc

    def _ensure_bucket(self) -> None:
        """Create the bucket when missing, once per destination object (writes only)."""
        from careercopilot.integrations.storage import StorageError

        if self._bucket_ready:
            return
        try:
            self._s3.ensure_bucket()
        except StorageError as exc:
            raise DestinationError(str(exc)) from exc
        self._bucket_ready = True

    def write(self, set_id: str, name: str, stream: BinaryIO) -> None:
        self._ensure_bucket()
        try:
            self.client.upload_fileobj(stream, self.bucket, self._key(set_id, name))
        except self._errors() as exc:
            raise DestinationError(f"could not write {set_id}/{name} to {self.describe()}: {exc}") from exc

    @contextmanager
    def open(self, set_id: str, name: str) -> Iterator[BinaryIO]:
        from botocore.exceptions import ClientError

        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._key(set_id, name))["Body"]
        except ClientError as exc:
            if self._s3._code(exc) in {"404", "NoSuchKey", "NotFound"}:
                raise DestinationError(f"backup set {set_id} has no {name}") from None
            raise DestinationError(f"could not read {set_id}/{name}: {exc}") from exc
        except self._errors() as exc:
            raise DestinationError(f"could not read {set_id}/{name}: {exc}") from exc
        try:
            yield body
        finally:
            body.close()

    def delete_set(self, set_id: str) -> None:
        root = self._key(set_id) + "/"
        try:
            for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=root):
                keys = [{"Key": o["Key"]} for o in page.get("Contents", [])]
                for i in range(0, len(keys), 1000):  # DeleteObjects takes at most 1000 keys
                    self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": keys[i:i + 1000], "Quiet": True})
        except self._errors() as exc:
            raise DestinationError(f"could not delete set {set_id}: {exc}") from exc


def get_destination(s: Settings) -> BackupDestination:
    """The configured destination: S3 when BACKUP_S3_BUCKET is set (endpoint, credentials and
    region from BACKUP_S3_* or else S3_*), else BACKUP_DIR; DestinationError when neither is set."""
    if s.backup_s3_bucket:
        if excluded_storage_prefix(s) == "":
            raise DestinationError("BACKUP_S3_BUCKET is the file bucket S3_BUCKET: set BACKUP_S3_PREFIX "
                                   "(default 'backups') so backups and uploaded files do not mix")
        return S3Destination(
            bucket=s.backup_s3_bucket, prefix=s.backup_s3_prefix,
            endpoint_url=s.backup_s3_endpoint_url or s.s3_endpoint_url,
            access_key_id=s.backup_s3_access_key_id or s.s3_access_key_id,
            secret_access_key=s.backup_s3_secret_access_key or s.s3_secret_access_key,
            region=s.backup_s3_region or s.s3_region,
        )
    if s.backup_dir:
        return LocalDestination(s.backup_dir)
    raise DestinationError("no backup destination: set BACKUP_S3_BUCKET (with S3_* or BACKUP_S3_* "
                           "endpoint/credentials) or BACKUP_DIR")


def excluded_storage_prefix(s: Settings) -> str | None:
    """The storage key prefix holding the backups themselves when BACKUP_S3_BUCKET is the file
    bucket (S3_BUCKET) on the same endpoint: those objects are not uploaded files and are left
    out of file backups and emptiness checks. None otherwise."""
    same = (s.s3_bucket and s.backup_s3_bucket == s.s3_bucket
            and (s.backup_s3_endpoint_url or s.s3_endpoint_url) == s.s3_endpoint_url)
    if not same:
        return None
    prefix = s.backup_s3_prefix.strip("/")
    return f"{prefix}/" if prefix else ""
