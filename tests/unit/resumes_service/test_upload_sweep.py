"""The orphan-upload sweep on local disk (issue 9, finding 12): files no row refers to are
removed once older than the grace period; files with a row, young files and other
prefixes are kept. The S3 variant and the kill -9 mid-upload are in
``tests/integration/faults/test_upload_crash.py``."""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone

from careercopilot.db import session_scope
from careercopilot.services import background, maintenance, resumes

RESUME = (b"Jane Doe\njane@example.com\nSenior Python engineer with ten years of backend work, "
          b"PostgreSQL, Kubernetes and Go. Led a team of five at Acme from 2019 to 2024.\n")


def _age(storage, key: str, seconds: float) -> None:
    path = storage.root / key
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_sweep_removes_only_old_unreferenced_files(two_users, storage, rescores, monkeypatch):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "jobs_inline", True)
    uid = two_users[0]
    with session_scope() as s:
        kept = resumes.upload_resume(session=s, user_id=uid, filename="cv.txt", data=RESUME, storage=storage).resume
        kept_key = kept.storage_key
    storage.put(f"resumes/{uid}/0123456789abcdef0123456789abcdef.pdf", b"%PDF orphan")      # crash after put
    storage.put(f"resumes/{uid}/fedcba9876543210fedcba9876543210.pdf", b"%PDF in flight")   # young orphan
    tmp = storage.root / "resumes" / str(uid) / ".tmp-crashed"                              # interrupted write
    tmp.write_bytes(b"half")
    storage.put("imports/u1-00000000000000000000000000000001.csv", b"a,b\n")                # no job row
    storage.put("imports/u1-00000000000000000000000000000002.csv", b"a,b\n")                # its job exists
    storage.put("other/keep-me.zip", b"PK")                                                # not a swept prefix
    live_export = f"exports/{uid}/{int(time.time()) - 60}-0123456789abcdef.zip"
    storage.put(live_export, b"PK")                                                        # link still valid
    storage.put(f"exports/{uid}/1700000000-0123456789abcdef.zip", b"PK")                   # link expired
    with session_scope() as s:
        from careercopilot.models import BackgroundJob

        key = background.dedupe_key("jobs.tracker.import_applications", '["u1-00000000000000000000000000000002"]')
        s.add(BackgroundJob(id="imp2", func="jobs.tracker.import_applications",
                            args='["u1-00000000000000000000000000000002"]', dedupe_key=key, status="finished"))
    for key in (kept_key, f"resumes/{uid}/0123456789abcdef0123456789abcdef.pdf",
                "imports/u1-00000000000000000000000000000001.csv", "imports/u1-00000000000000000000000000000002.csv",
                "other/keep-me.zip", live_export, f"exports/{uid}/1700000000-0123456789abcdef.zip"):
        _age(storage, key, 7200)
    os.utime(tmp, (time.time() - 7200,) * 2)

    removed = maintenance.sweep_orphan_uploads(storage=storage, grace_seconds=3600,
                                               now=datetime.now(timezone.utc))
    assert sorted(removed) == sorted([f"resumes/{uid}/0123456789abcdef0123456789abcdef.pdf",
                                      f"resumes/{uid}/.tmp-crashed",
                                      "imports/u1-00000000000000000000000000000001.csv",
                                      f"exports/{uid}/1700000000-0123456789abcdef.zip"])
    assert storage.exists(kept_key)
    assert storage.exists(f"resumes/{uid}/fedcba9876543210fedcba9876543210.pdf")
    assert storage.exists("imports/u1-00000000000000000000000000000002.csv")
    assert storage.exists("other/keep-me.zip") and storage.exists(live_export) and not tmp.exists()
    assert maintenance.sweep_orphan_uploads(storage=storage, grace_seconds=3600) == []


def test_listing_a_missing_prefix_is_empty(storage):
    assert list(storage.list_objects("resumes/")) == []
