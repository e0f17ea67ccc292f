"""Full account export: a zip of every user-owned row (JSON and CSV) plus the uploaded files.

Which rows: every table :mod:`careercopilot.services.ownership` classifies as user-owned
(derived from ``SQLModel.metadata``), selected with its owner clause; secret columns
(:data:`ownership.SECRET_COLUMNS`: password hash, session token hashes, encrypted API keys)
are left out.

Zip layout (:func:`build_zip`)::

    README.txt
    data.json                 {"format": FORMAT, "version": VERSION, "exported_at": ISO-8601 Z,
                               "account": {"email"}, "tables": {table: [row, …]},
                               "files": [{"table": "resume", "id", "path", "filename", "mime"}]}
    csv/<table>.csv           one file per owned table, header = column names; JSON columns as JSON
                              text; cells neutralized against formula injection (exchange.neutralize)
    files/resumes/<id>-<name> the original uploaded resume files

Row values in ``data.json``: datetimes ISO 8601 UTC (``2026-01-05T10:00:00.123456Z``), dates
``YYYY-MM-DD``, JSON columns as JSON; ``import`` (:mod:`careercopilot.services.data_import`)
reads this file back.

Delivery (:func:`store_export`, :func:`export_link`): the zip is stored under
``exports/<user id>/<epoch s>-<random>.zip`` and reached through a link valid for
``settings.export_link_ttl_seconds``: an S3 presigned GET URL when files are on S3 that browsers
reach (AWS, or ``S3_PUBLIC_ENDPOINT_URL`` for MinIO & co.), otherwise the app route ``/api/exports/<token>`` whose token is signed with ``SECRET_KEY``
(itsdangerous, salt :data:`LINK_SALT`) and which also requires the owner's session. Exports
older than the TTL are removed by the upload sweep (``maintenance.UPLOAD_OWNERS["exports/"]``); a new
export deletes the user's previous ones (:func:`drop_older_exports`): one ready zip per user.
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import JSON, Table, select
from sqlmodel import Session

from careercopilot.config import settings
from careercopilot.integrations.storage import ObjectNotFound, Storage, get_storage
from careercopilot.models import User
from careercopilot.services import ownership
from careercopilot.services.exchange import neutralize
from careercopilot.services.mail.outbox import CREDENTIAL_KINDS as CREDENTIAL_MAIL_KINDS

FORMAT = "careercopilot-export"
VERSION = 1
LINK_SALT = "cc-export-link"
EXPORT_PREFIX = "exports/"
_EXPORT_KEY = re.compile(r"^exports/(\d+)/(\d{10,})-([0-9a-f]{16})\.zip$")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")

README = """Career Copilot export
=====================

data.json   every row of your account, by table (re-importable: python -m careercopilot import)
csv/        the same rows as one CSV file per table (contacts: csv/contact.csv)
files/      the resume files you uploaded, as uploaded

Left out: your password hash, session token hashes and encrypted API keys.
"""


class ExportNotFound(LookupError):
    """No export with that key for that user (expired, removed, or someone else's)."""


@dataclass(frozen=True)
class ExportLink:
    """Where the user downloads an export: ``url`` until ``expires_at`` (UTC)."""

    url: str
    expires_at: datetime
    key: str


def iso(value: datetime) -> str:
    """``2026-01-05T10:00:00.123456Z`` (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def _jsonable(value):
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.c if (table.name, c.name) not in ownership.SECRET_COLUMNS]


def collect_rows(*, session: Session, user_id: int) -> dict[str, list[dict]]:
    """``table → rows`` (JSON-ready dicts, ordered by primary key) of every user-owned table."""
    out: dict[str, list[dict]] = {}
    for table in ownership.owned_tables():
        cols = _columns(table)
        stmt = select(*[table.c[c] for c in cols]).where(ownership.owner_clause(table, user_id))
        stmt = stmt.order_by(*table.primary_key.columns)
        out[table.name] = [{c: _jsonable(v) for c, v in zip(cols, row)} for row in session.execute(stmt)]
    for row in out.get("mailmessage", []):
        if row.get("kind") in CREDENTIAL_MAIL_KINDS:  # a live reset link is no data of the user's
            row["body_text"], row["body_html"] = "(not exported: the message carried a password-reset link)", None
    return out


def table_csv(table: Table, rows: list[dict]) -> str:
    """CSV text of one table's exported rows (JSON columns as JSON text, cells neutralized)."""
    cols = _columns(table)
    json_cols = {c.name for c in table.c if isinstance(c.type, JSON)}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(cols)
    for row in rows:
        writer.writerow([neutralize(json.dumps(row[c], ensure_ascii=False)) if c in json_cols and row[c] is not None
                         else neutralize(row[c]) for c in cols])
    return buf.getvalue()


def safe_filename(name: str, default: str = "file") -> str:
    """A file name safe inside a zip on any system: ``[A-Za-z0-9._ -]`` only, ≤ 120 characters."""
    cleaned = _UNSAFE_NAME.sub("_", name or "").strip(" .")[:120]
    return cleaned or default


def build_zip(*, session: Session, user_id: int, out: Path, storage: Storage | None = None,
              progress: Callable[[int, str], None] | None = None) -> dict[str, int]:
    """Write the export zip of ``user_id`` to ``out``; returns ``table → row count`` (plus ``files``).

    Raises LookupError for an unknown user. A resume whose file is missing from storage is
    listed in ``data.json`` with ``"missing": true`` (the rows are still exported)."""
    user = session.get(User, user_id)
    if user is None:
        raise LookupError(f"no user {user_id}")
    store = storage or get_storage()
    say = progress or (lambda _pct, _msg: None)
    say(5, "reading your data")
    rows = collect_rows(session=session, user_id=user_id)
    tables = {t.name: t for t in ownership.owned_tables()}
    files = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README)
        for i, (name, table_rows) in enumerate(rows.items()):
            zf.writestr(f"csv/{name}.csv", table_csv(tables[name], table_rows))
            say(10 + 40 * (i + 1) // len(rows), f"table {name}")
        resumes = rows.get("resume", [])
        for i, row in enumerate(resumes):
            path = f"files/resumes/{row['id']}-{safe_filename(row['filename'])}"
            entry = {"table": "resume", "id": row["id"], "path": path, "filename": row["filename"], "mime": row["mime"]}
            key = session.execute(select(tables["resume"].c.storage_key)
                                  .where(tables["resume"].c.id == row["id"])).scalar_one()
            try:
                zf.writestr(path, store.get(key), compress_type=zipfile.ZIP_STORED)
            except ObjectNotFound:
                entry["missing"] = True
            files.append(entry)
            say(50 + 40 * (i + 1) // max(1, len(resumes)), f"file {i + 1} of {len(resumes)}")
        doc = {"format": FORMAT, "version": VERSION, "exported_at": iso(datetime.now(timezone.utc)),
               "account": {"email": user.email}, "tables": rows, "files": files}
        zf.writestr("data.json", json.dumps(doc, ensure_ascii=False, indent=1))
    counts = {name: len(r) for name, r in rows.items()}
    counts["files"] = sum(1 for f in files if not f.get("missing"))
    return counts


def store_export(*, session: Session, user_id: int, storage: Storage | None = None,
                 progress: Callable[[int, str], None] | None = None, now: float | None = None) -> str:
    """Build the export and store it; returns its storage key ``exports/<id>/<epoch>-<hex>.zip``.

    Raises LookupError when the account is gone — before the build, or once the zip is stored: a purge
    that ran while the zip was built swept ``exports/<id>/`` before this ``put``, so the zip is deleted
    again here (``ownership.keep_if_account``; attack145 finding 1: it outlived the account and went to
    the next holder of the id)."""
    store = storage or get_storage()
    key = f"{EXPORT_PREFIX}{int(user_id)}/{int(now or time.time())}-{secrets.token_hex(8)}.zip"
    with tempfile.TemporaryDirectory(prefix="cc-export-") as tmp:
        path = Path(tmp) / "export.zip"
        build_zip(session=session, user_id=user_id, out=path, storage=store, progress=progress)
        (progress or (lambda _p, _m: None))(95, "saving the archive")
        store.put(key, path.read_bytes(), "application/zip")
    ownership.keep_if_account(store, key, user_id)
    drop_older_exports(user_id=user_id, keep=key, storage=store)
    return key


def drop_older_exports(*, user_id: int, keep: str, storage: Storage | None = None) -> int:
    """Delete every export of ``user_id`` but ``keep`` (file or S3 object): a new export replaces the
    previous one, so a user holds at most one ready zip (attack80 finding 4: 48 zips of one user in
    40 s, each kept 24 h). Returns how many were deleted; their links answer 404 from then on."""
    store = storage or get_storage()
    gone = 0
    for obj in list(store.list_objects(f"{EXPORT_PREFIX}{int(user_id)}/")):
        parsed = parse_key(obj.key)
        if obj.key != keep and not obj.temporary and parsed is not None and parsed[0] == user_id:
            try:
                store.delete(obj.key)
                gone += 1
            except ObjectNotFound:  # pragma: no cover - removed meanwhile (the sweep)
                pass
    return gone


def parse_key(key: str) -> tuple[int, int] | None:
    """``(user id, created epoch s)`` of an export key, or None for anything else."""
    m = _EXPORT_KEY.match(key or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def is_live(key: str, now: float | None = None) -> bool:
    """True while an export key is younger than ``settings.export_link_ttl_seconds``."""
    parsed = parse_key(key)
    return parsed is not None and (now or time.time()) - parsed[1] < settings.export_link_ttl_seconds


def _account_created(user_id: int) -> datetime | None:
    """``created_at`` of ``user_id`` (None when there is no such account)."""
    from careercopilot.db import session_scope

    with session_scope() as s:
        return s.execute(select(User.created_at).where(User.id == user_id)).scalar_one_or_none()


def _of_account(key: str, created_at: datetime | None) -> bool:
    """Whether export ``key`` was made by the account created at ``created_at`` (not before it: a zip
    left by a purged account whose id a newer one holds is never its export; ``credentials.issued_to``)."""
    from careercopilot.services.credentials import issued_to

    parsed = parse_key(key)
    return parsed is not None and issued_to(created_at, parsed[1])


def latest_export(*, user_id: int, storage: Storage | None = None, now: float | None = None) -> str | None:
    """The newest live export key of ``user_id`` made since the account was created, or None."""
    store = storage or get_storage()
    keys = [o.key for o in store.list_objects(f"{EXPORT_PREFIX}{int(user_id)}/")
            if not o.temporary and is_live(o.key, now) and parse_key(o.key)[0] == user_id]
    if not keys:
        return None
    created = _account_created(user_id)
    return max((k for k in keys if _of_account(k, created)), key=lambda k: parse_key(k)[1], default=None)


def download_name(key: str) -> str:
    """``careercopilot-export-2026-01-05.zip`` for an export key."""
    parsed = parse_key(key)
    day = datetime.fromtimestamp(parsed[1], timezone.utc).date().isoformat() if parsed else "export"
    return f"careercopilot-export-{day}.zip"


def _serializer():
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(settings.secret_key, salt=LINK_SALT)


def sign_link_token(user_id: int, key: str) -> str:
    """A token naming ``(user_id, key)``, signed with SECRET_KEY and timestamped."""
    return _serializer().dumps({"u": int(user_id), "k": key})


def open_link_token(token: str, *, user_id: int) -> str:
    """The export key of a link token for ``user_id``; :class:`ExportNotFound` when the token is
    forged, older than the TTL, names another user's export, the export is no longer live, or the
    token or the export predates the account (a purged account's link, its id now held by a newer one)."""
    from itsdangerous import BadData

    from careercopilot.services.credentials import issued_to

    try:
        data, stamped = _serializer().loads(token, max_age=settings.export_link_ttl_seconds, return_timestamp=True)
    except BadData:
        raise ExportNotFound("link invalid or expired") from None
    key = data.get("k") if isinstance(data, dict) else None
    if data.get("u") != user_id or not isinstance(key, str) or not is_live(key) or parse_key(key)[0] != user_id:
        raise ExportNotFound("no such export")
    created = _account_created(user_id)
    if not issued_to(created, stamped) or not _of_account(key, created):
        raise ExportNotFound("no such export")
    return key


def export_link(*, user_id: int, key: str, storage: Storage | None = None) -> ExportLink:
    """The download link of an export (S3 presigned URL, else the signed app route)."""
    from careercopilot import routes

    parsed = parse_key(key)
    if parsed is None or parsed[0] != user_id:
        raise ExportNotFound("no such export")
    expires = datetime.fromtimestamp(parsed[1] + settings.export_link_ttl_seconds, timezone.utc)
    store = storage or get_storage()
    presign = getattr(store, "presigned_get_url", None)
    remaining = max(1, int(expires.timestamp() - time.time()))
    url = presign(key, expires_in=remaining, filename=download_name(key), content_type="application/zip") \
        if presign is not None else None
    if url is None:  # local files, or S3 on a private endpoint only (S3_PUBLIC_ENDPOINT_URL unset)
        url = routes.export_download(sign_link_token(user_id, key))
    return ExportLink(url, expires, key)


def live_export_keys(keys: list[str], now: float | None = None) -> set[str]:
    """Of ``keys``, those that are live exports (the upload sweep keeps them, removes the rest)."""
    return {k for k in keys if is_live(k, now)}
