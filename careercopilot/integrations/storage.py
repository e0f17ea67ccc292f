"""File storage behind one interface: local directory (embedded default) or S3.

:class:`Storage` is the interface every caller uses (``put``/``get``/``delete``/``exists``
on opaque string keys). :class:`LocalStorage` keeps objects as files under
``settings.uploads_dir``; :class:`S3Storage` talks to AWS S3 or any S3-compatible server
(MinIO, moto) through boto3, selected when ``S3_BUCKET`` is set (see :func:`get_storage`).

Keys are validated by :func:`validate_key` on both backends: 1–500 characters (the
``Resume.storage_key`` column width) of ``[A-Za-z0-9._-]`` segments joined by ``/``; no
empty, ``.`` or ``..`` segment, no leading ``/`` or ``\\``. A key therefore can never
name a path outside the storage root.

:meth:`Storage.list_objects` lists what is stored under a prefix with its age — the
input of the orphan sweep (``services.maintenance.sweep_orphan_uploads``). A local write
interrupted by a crash leaves only a ``.tmp-*`` file (listed with ``temporary=True``);
on S3 an interrupted upload leaves nothing (``PutObject`` is atomic) or, for multipart
uploads, parts that :meth:`S3Storage.abort_stale_uploads` removes.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import structlog

from careercopilot.config import settings

log = structlog.get_logger(__name__)

#: Longest key accepted (matches ``Resume.storage_key`` max_length).
MAX_KEY_LENGTH = 500
_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


class StorageError(RuntimeError):
    """A storage backend failed (I/O error, unreachable S3, access denied)."""


class InvalidKey(ValueError):
    """A key that is not a safe relative name (see module docstring)."""


class ObjectNotFound(KeyError):
    """``get`` of a key that holds no object."""


def validate_key(key: str) -> str:
    """Return ``key`` unchanged when it is safe; raise :class:`InvalidKey` otherwise.

    Each ``/``-separated segment must start with a letter or digit and contain only
    letters, digits, ``.``, ``_`` and ``-`` (so ``..``, ``.hidden``, ``a//b``, ``/abs``,
    ``C:\\x`` and NUL bytes are all refused).
    """
    if not isinstance(key, str) or not key or len(key) > MAX_KEY_LENGTH:
        raise InvalidKey(f"storage key must be 1–{MAX_KEY_LENGTH} characters")
    for segment in key.split("/"):
        if not _SEGMENT.match(segment) or segment in {".", ".."}:
            raise InvalidKey(f"unsafe storage key {key!r}")
    return key


@dataclass(frozen=True)
class StoredObject:
    """One stored object: its key, last modification (UTC) and whether it is a local
    write's temporary file (never a valid key; removed with :meth:`Storage.delete_object`)."""

    key: str
    modified: datetime
    temporary: bool = False


class Storage(ABC):
    """Blob storage on string keys. All methods raise :class:`InvalidKey` for unsafe keys."""

    @abstractmethod
    def list_objects(self, prefix: str) -> Iterator[StoredObject]:
        """Every object whose key starts with ``prefix`` (e.g. ``"resumes/"``), any order."""

    def delete_object(self, obj: StoredObject) -> None:
        """Remove a listed object (temporary files included); missing is not an error."""
        self.delete(obj.key)

    @abstractmethod
    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        """Store ``data`` under ``key``, replacing any previous object (atomic per key)."""

    @abstractmethod
    def get(self, key: str) -> bytes:
        """The bytes stored under ``key``; raises :class:`ObjectNotFound` when absent."""

    @abstractmethod
    def delete(self, key: str) -> None:
        """Remove ``key``; a missing key is not an error (idempotent)."""

    @abstractmethod
    def exists(self, key: str) -> bool:
        """True when an object is stored under ``key``."""


class LocalStorage(Storage):
    """Objects as files under ``root`` (default ``settings.uploads_dir``).

    Writes go to a temporary file in the target folder followed by ``os.replace``, so a
    reader never sees a half-written object. The content type is not persisted.
    """

    def __init__(self, root: Path | str | None = None) -> None:
        self.root = Path(root if root is not None else settings.uploads_dir).resolve()

    def path_for(self, key: str) -> Path:
        """Absolute file path of ``key``; raises :class:`InvalidKey` if it would leave ``root``."""
        path = (self.root / validate_key(key)).resolve()
        if not path.is_relative_to(self.root) or path == self.root:
            raise InvalidKey(f"unsafe storage key {key!r}")
        return path

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        path = self.path_for(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise StorageError(f"could not write {key}: {exc.strerror or exc}") from exc

    def get(self, key: str) -> bytes:
        path = self.path_for(key)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise ObjectNotFound(key) from None
        except OSError as exc:
            raise StorageError(f"could not read {key}: {exc.strerror or exc}") from exc

    def delete(self, key: str) -> None:
        path = self.path_for(key)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(f"could not delete {key}: {exc.strerror or exc}") from exc

    def exists(self, key: str) -> bool:
        return self.path_for(key).is_file()

    def list_objects(self, prefix: str) -> Iterator[StoredObject]:
        folder, _, stem = prefix.rpartition("/")
        base = self.root / folder if folder else self.root
        if folder:
            self.path_for(folder)  # validates the folder part of the prefix
        if not base.is_dir():
            return
        for dirpath, _dirs, files in os.walk(base):
            for name in files:
                path = Path(dirpath) / name
                key = path.relative_to(self.root).as_posix()
                if not key.startswith(prefix) and not (name.startswith(".tmp-") and key.startswith(folder)):
                    continue
                try:
                    mtime = path.stat().st_mtime
                except FileNotFoundError:  # deleted while listing
                    continue
                yield StoredObject(key, datetime.fromtimestamp(mtime, timezone.utc), name.startswith(".tmp-"))

    def delete_object(self, obj: StoredObject) -> None:
        if not obj.temporary:
            self.delete(obj.key)
            return
        path = (self.root / obj.key).resolve()
        if not path.is_relative_to(self.root) or not path.name.startswith(".tmp-"):
            raise InvalidKey(f"not a temporary file of this storage: {obj.key!r}")
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(f"could not delete {obj.key}: {exc.strerror or exc}") from exc


class S3Storage(Storage):
    """Objects in one S3 bucket (AWS, MinIO or any S3-compatible endpoint), via boto3.

    ``endpoint_url`` selects a non-AWS server and path-style addressing. The bucket is
    created on first use when it does not exist. Errors surface as :class:`StorageError`
    (``get`` of a missing key: :class:`ObjectNotFound`).
    """

    def __init__(
        self,
        *,
        bucket: str,
        endpoint_url: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        region: str = "us-east-1",
        create_bucket: bool = True,
        public_endpoint_url: str | None = None,
    ) -> None:
        import boto3
        from botocore.config import Config

        self.bucket = bucket
        self.region = region
        self.endpoint_url = endpoint_url
        self.public_endpoint_url = public_endpoint_url
        self._credentials = (access_key_id, secret_access_key)
        config = Config(
            region_name=region,
            signature_version="s3v4",  # presigned export links are SigV4 too (X-Amz-Signature, X-Amz-Expires)
            connect_timeout=5,
            read_timeout=30,
            retries={"max_attempts": 3, "mode": "standard"},
            s3={"addressing_style": "path"} if endpoint_url else {},
        )
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            aws_access_key_id=access_key_id,
            aws_secret_access_key=secret_access_key,
            config=config,
        )
        if create_bucket:
            self.ensure_bucket()

    @staticmethod
    def _code(exc: Exception) -> str:
        response = getattr(exc, "response", None) or {}
        return str(response.get("Error", {}).get("Code", ""))

    def ensure_bucket(self) -> None:
        """Create the bucket unless it exists (raises :class:`StorageError` on other errors)."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
            return
        except ClientError as exc:
            if self._code(exc) not in {"404", "NoSuchBucket", "NotFound"}:
                raise StorageError(f"bucket {self.bucket!r} is not accessible: {exc}") from exc
        except BotoCoreError as exc:
            raise StorageError(f"S3 endpoint unreachable: {exc}") from exc
        kwargs: dict = {"Bucket": self.bucket}
        if self.region and self.region != "us-east-1":
            kwargs["CreateBucketConfiguration"] = {"LocationConstraint": self.region}
        try:
            self.client.create_bucket(**kwargs)
            log.info("storage.bucket_created", bucket=self.bucket)
        except ClientError as exc:
            if self._code(exc) not in {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}:
                raise StorageError(f"could not create bucket {self.bucket!r}: {exc}") from exc

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.put_object(Bucket=self.bucket, Key=validate_key(key), Body=data, ContentType=content_type)
        except (ClientError, BotoCoreError) as exc:
            raise StorageError(f"could not write {key}: {exc}") from exc

    def get(self, key: str) -> bytes:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            response = self.client.get_object(Bucket=self.bucket, Key=validate_key(key))
            return response["Body"].read()
        except ClientError as exc:
            if self._code(exc) in {"NoSuchKey", "404", "NotFound"}:
                raise ObjectNotFound(key) from None
            raise StorageError(f"could not read {key}: {exc}") from exc
        except BotoCoreError as exc:
            raise StorageError(f"could not read {key}: {exc}") from exc

    def delete(self, key: str) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.delete_object(Bucket=self.bucket, Key=validate_key(key))
        except (ClientError, BotoCoreError) as exc:
            raise StorageError(f"could not delete {key}: {exc}") from exc

    def exists(self, key: str) -> bool:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=validate_key(key))
            return True
        except ClientError as exc:
            if self._code(exc) in {"404", "NoSuchKey", "NotFound"}:
                return False
            raise StorageError(f"could not check {key}: {exc}") from exc
        except BotoCoreError as exc:
            raise StorageError(f"could not check {key}: {exc}") from exc

    def list_objects(self, prefix: str) -> Iterator[StoredObject]:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix):
                for item in page.get("Contents", []):
                    yield StoredObject(item["Key"], item["LastModified"].astimezone(timezone.utc))
        except (ClientError, BotoCoreError) as exc:
            raise StorageError(f"could not list {prefix}: {exc}") from exc

    def presigned_get_url(self, key: str, *, expires_in: int, filename: str | None = None,
                          content_type: str | None = None) -> str | None:
        """A presigned GET URL for ``key`` valid ``expires_in`` seconds (SigV4, no network call);
        ``filename``/``content_type`` become the response's Content-Disposition/Content-Type.

        Signed for the endpoint browsers reach: AWS (no ``endpoint_url``) or ``public_endpoint_url``;
        None when the only endpoint is a private one (``http://minio:9000``) — callers serve the
        object themselves then."""
        from careercopilot.download_names import content_disposition

        if self.endpoint_url and not self.public_endpoint_url:
            return None
        client = self.client
        if self.public_endpoint_url:
            import boto3

            client = boto3.client("s3", endpoint_url=self.public_endpoint_url, aws_access_key_id=self._credentials[0],
                                  aws_secret_access_key=self._credentials[1], config=self.client.meta.config)
        params: dict = {"Bucket": self.bucket, "Key": validate_key(key)}
        if filename:
            params["ResponseContentDisposition"] = content_disposition(filename)
        if content_type:
            params["ResponseContentType"] = content_type
        return client.generate_presigned_url("get_object", Params=params, ExpiresIn=int(expires_in))

    def abort_stale_uploads(self, prefix: str, older_than: datetime) -> int:
        """Abort multipart uploads under ``prefix`` started before ``older_than``; returns count."""
        from botocore.exceptions import BotoCoreError, ClientError

        aborted = 0
        try:
            for page in self.client.get_paginator("list_multipart_uploads").paginate(Bucket=self.bucket,
                                                                                      Prefix=prefix):
                for up in page.get("Uploads", []):
                    if up["Initiated"].astimezone(timezone.utc) < older_than:
                        self.client.abort_multipart_upload(Bucket=self.bucket, Key=up["Key"], UploadId=up["UploadId"])
                        aborted += 1
        except (ClientError, BotoCoreError) as exc:
            raise StorageError(f"could not list uploads under {prefix}: {exc}") from exc
        return aborted


_cache_lock = threading.Lock()
_cache: dict[tuple, Storage] = {}


def get_storage() -> Storage:
    """The configured storage: :class:`S3Storage` when ``settings.s3_bucket`` is set,
    else :class:`LocalStorage` under ``settings.uploads_dir``.

    One instance per distinct configuration per process (the S3 client is thread-safe
    and the bucket check runs once).
    """
    if settings.s3_bucket:
        ident: tuple = (
            "s3", settings.s3_bucket, settings.s3_endpoint_url, settings.s3_access_key_id,
            settings.s3_secret_access_key, settings.s3_region, settings.s3_public_endpoint_url,
        )
    else:
        ident = ("local", str(Path(settings.uploads_dir).resolve()))
    with _cache_lock:
        storage = _cache.get(ident)
        if storage is None:
            if ident[0] == "s3":
                storage = S3Storage(
                    bucket=settings.s3_bucket or "",
                    endpoint_url=settings.s3_endpoint_url,
                    access_key_id=settings.s3_access_key_id,
                    secret_access_key=settings.s3_secret_access_key,
                    region=settings.s3_region,
                    public_endpoint_url=settings.s3_public_endpoint_url,
                )
            else:
                storage = LocalStorage(settings.uploads_dir)
            _cache[ident] = storage
        return storage
