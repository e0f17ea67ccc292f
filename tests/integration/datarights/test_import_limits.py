"""Re-import of an export zip against zip bombs (issue 14, attacker run), on PostgreSQL with real storage.

The real export of a populated account is rebuilt into hostile variants — many members, one member that
inflates far past the caps (``data.json``, a resume file), a zip nested inside the zip, and headers
that lie about sizes either way. Each is refused with :class:`ImportFormatError` (``ImportTooLarge``
past a cap) leaving the target account empty and nothing stored, or — when harmless — imported
without unpacking more than it should; never read whole into memory (tracemalloc peak bound).
"""

from __future__ import annotations

import io
import json
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.integrations.storage import get_storage
from careercopilot.models import Application, Resume
from careercopilot.normalize.documents import MAX_RESUME_BYTES
from careercopilot.services import data_export, data_import, users
from tests.integration.datarights.conftest import make_account

BUDGET = 4 * 1_048_576
#: IMPORT_MAX_MEMBERS = the real export's members + HEADROOM; the "many members" variant adds more.
HEADROOM = 5
#: Far past every cap: what a full read would hold in memory.
BOMB = 64 * 1_048_576
#: Peak traced allocations of one import, bytes: the caps (one resume file, data.json) and change.
PEAK = 2 * MAX_RESUME_BYTES + BUDGET


@pytest.fixture
def export_zip(use_pg, override_settings, no_rescore, tmp_path) -> tuple[Path, dict]:
    a, _ = make_account("bomb", 1)
    path = tmp_path / "real.zip"
    with session_scope() as s:
        data_export.build_zip(session=s, user_id=a, out=path)
    override_settings(import_max_bytes=BUDGET, import_max_members=len(zipfile.ZipFile(path).namelist()) + HEADROOM)
    return path, json.loads(zipfile.ZipFile(path).read("data.json"))


def _deflated_zip(name: str, size: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open(name, "w", force_zip64=True) as fh:
            for _ in range(size // 1_048_576):
                fh.write(b"\0" * 1_048_576)
    return buf.getvalue()


def _rebuild(src: Path, dst: Path, *, replace: dict[str, bytes] | None = None, extra: int = 0) -> None:
    """``src`` with members replaced (deflated) and ``extra`` tiny members added."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
        for i in range(extra):
            zout.writestr(f"csv/extra-{i}.csv", b"a,b\n")


def _claim_size(path: Path, member: str, claimed: int) -> None:
    """Make the local and central headers of ``member`` claim ``claimed`` uncompressed bytes."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        local = zf.getinfo(member).header_offset
    struct.pack_into("<I", data, local + 22, claimed)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + name_len]).decode() == member:
            struct.pack_into("<I", data, at + 24, claimed)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def _resume_path(doc: dict) -> str:
    (entry,) = doc["files"]
    return entry["path"]


def _padded_json(doc: dict, size: int) -> bytes:
    raw = json.dumps(doc).encode()
    return raw + b" " * (size - len(raw))  # still valid JSON: whitespace after the value


# (id, build(src, dst, doc), expected) — expected: an exception class, or "stored-unexpanded" / "ok"
VARIANTS = [
    ("many-members", lambda src, dst, doc: _rebuild(src, dst, extra=HEADROOM + 1), data_import.ImportTooLarge),
    ("huge-data-json", lambda src, dst, doc: _rebuild(src, dst, replace={"data.json": _padded_json(doc, BOMB)}),
     data_import.ImportTooLarge),
    ("huge-resume-file", lambda src, dst, doc: _rebuild(src, dst, replace={_resume_path(doc): b"\0" * BOMB}),
     data_import.ImportTooLarge),
    ("resume-one-byte-over", lambda src, dst, doc: _rebuild(
        src, dst, replace={_resume_path(doc): b"\0" * (MAX_RESUME_BYTES + 1)}), data_import.ImportTooLarge),
    ("nested-zip-bomb", lambda src, dst, doc: _rebuild(
        src, dst, replace={_resume_path(doc): _deflated_zip("zeros.bin", BOMB)}), "stored-unexpanded"),
    ("data-json-is-a-zip", lambda src, dst, doc: _rebuild(
        src, dst, replace={"data.json": _deflated_zip("data.json", BOMB)}), data_import.ImportFormatError),
    ("header-claims-small-data-json", lambda src, dst, doc: (
        _rebuild(src, dst, replace={"data.json": _padded_json(doc, BOMB)}), _claim_size(dst, "data.json", 1000)),
     data_import.ImportFormatError),
    ("header-claims-small-resume", lambda src, dst, doc: (
        _rebuild(src, dst, replace={_resume_path(doc): b"\0" * BOMB}), _claim_size(dst, _resume_path(doc), 1000)),
     data_import.ImportFormatError),
    ("header-claims-huge-resume", lambda src, dst, doc: (
        _rebuild(src, dst), _claim_size(dst, _resume_path(doc), 0xFFFFFFF0)), "ok"),
]


@pytest.mark.parametrize("variant, build, expected", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_hostile_export_zips(export_zip, tmp_path, variant, build, expected):
    src, doc = export_zip
    hostile = tmp_path / f"{variant}.zip"
    build(src, hostile, doc)
    assert hostile.stat().st_size < 2 * MAX_RESUME_BYTES  # small on disk: the size is in the inflation
    with session_scope() as s:
        target = users.create_user(session=s, email=f"target-{variant}@example.com", password="t-long-Passphrase-9").id
    tracemalloc.start()
    try:
        if isinstance(expected, type):
            with pytest.raises(expected), session_scope() as s:
                data_import.restore(session=s, user_id=target, path=hostile)
        else:
            with session_scope() as s:
                data_import.restore(session=s, user_id=target, path=hostile)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PEAK, f"{variant}: {peak} bytes traced"
    store = get_storage()
    with session_scope() as s:
        keys = list(s.exec(select(Resume.storage_key).where(Resume.user_id == target)))
        apps = s.exec(select(Application.id).where(Application.user_id == target)).all()
    if isinstance(expected, type):
        assert keys == [] and apps == []  # nothing imported
        assert [o.key for o in store.list_objects(f"resumes/{target}/")] == []
    else:
        (key,) = keys
        with zipfile.ZipFile(hostile) as zf:
            assert store.get(key) == zf.read(_resume_path(doc))  # stored as it was: a nested zip stays packed
        assert apps
