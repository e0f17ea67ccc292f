"""kill -9 of the app mid-upload (issue 9, finding 12), on local disk and on S3 (moto server).

The probe: killing the app during uploads left files without a row (1 of 6 runs). A
file is stored just before its row commits, so a crash in between leaves exactly that:
an unreferenced file (a local write interrupted earlier leaves only a ``.tmp-*`` file).
The scheduled sweep (``jobs.maintenance.sweep_orphan_uploads``) deletes such files once
they are older than ``UPLOAD_ORPHAN_GRACE_SECONDS`` — never a file with a row, never a
young one (an upload in flight).
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.integrations.storage import get_storage
from careercopilot.models import Resume, User
from careercopilot.services import maintenance, resumes
from tests.integration.storage.conftest import s3_endpoint, s3_settings  # noqa: F401  (fixtures)
from tests.support import services

ROOT = Path(__file__).resolve().parents[3]
RESUME = ("Jane Doe — jane@example.com\nSenior backend engineer: ten years of Python, PostgreSQL, Redis and "
          "Kubernetes. Led the payments platform team at Acme (2019–2024); before that, data pipelines at Initech.\n")


@pytest.fixture(params=["local", "s3"])
def storage_settings(request, use_pg, override_settings, tmp_path):
    if request.param == "s3":
        request.getfixturevalue("s3_settings")
    return request.param


def _env(settings) -> dict[str, str]:
    env = {**os.environ, "DATABASE_URL": settings.database_url, "DATA_DIR": str(settings.data_dir),
           "APP_ENV": "test", "JOBS_INLINE": "true", "PYTHONUNBUFFERED": "1"}
    env.pop("REDIS_URL", None)
    for name in ("s3_endpoint_url", "s3_bucket", "s3_access_key_id", "s3_secret_access_key", "s3_region"):
        value = getattr(settings, name)
        if value:
            env[name.upper()] = str(value)
    return env


def test_kill_9_mid_upload_leaves_nothing_after_the_sweep(storage_settings, use_pg, tmp_path, monkeypatch):
    from careercopilot.config import settings
    from careercopilot.services import tx_hooks

    monkeypatch.setattr(tx_hooks, "enqueue_rescore", lambda user_id: None)  # no ranking work here
    with session_scope() as s:
        user = User(email=f"upload-{storage_settings}@example.com")
        s.add(user)
        s.flush()
        uid = user.id
    with session_scope() as s:  # a completed upload: its file must survive every sweep
        kept = resumes.upload_resume(session=s, user_id=uid, filename="cv.txt", data=RESUME.encode()).resume.storage_key
    cv = tmp_path / "other-cv.txt"
    cv.write_text(RESUME.replace("Jane Doe", "John Roe"))
    proc = subprocess.Popen([services.python(), "-m", "tests.support.upload_crash", str(uid), str(cv)], cwd=ROOT,
                            env=_env(settings), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line.startswith("STORED resumes/"), line + proc.stdout.read()
        orphan = line.split(" ", 1)[1]
        os.kill(proc.pid, signal.SIGKILL)  # the app dies mid-upload: file stored, row not committed
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    storage = get_storage()
    assert storage.exists(orphan)
    with session_scope() as s:
        assert s.exec(select(Resume.storage_key).where(Resume.user_id == uid)).all() == [kept]

    assert maintenance.sweep_orphan_uploads() == []  # younger than the grace period: maybe in flight
    assert maintenance.sweep_orphan_uploads(grace_seconds=0) == [orphan]
    assert not storage.exists(orphan) and storage.exists(kept)
    assert {o.key for o in storage.list_objects("resumes/")} == {kept}
