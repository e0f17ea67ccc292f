"""The resume and preferences services on real PostgreSQL with S3 storage (moto server)."""

from __future__ import annotations

import boto3
import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.integrations.storage import get_storage
from careercopilot.models import BackgroundJob, Resume
from careercopilot.services import preferences, resumes, users
from tests.unit.resumes_service.resume_files import (
    corrupt_pdf,
    make_docx,
    make_pdf,
    make_scanned_pdf,
)


def _keys(endpoint, bucket) -> list[str]:
    client = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test",
                          region_name="us-east-1")
    return sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket).get("Contents", []))


@pytest.fixture
def pg_users(use_pg):
    """Two fresh accounts in the throwaway PostgreSQL database."""
    import secrets

    tag = secrets.token_hex(4)
    with session_scope() as s:
        a = users.create_user(session=s, email=f"a-{tag}@example.com", password="a-long-Passphrase-1")
        b = users.create_user(session=s, email=f"b-{tag}@example.com", password="b-long-Passphrase-2")
        return a.id, b.id


def test_add_resume_stores_in_s3_and_postgres(pg_users, s3_settings, s3_endpoint):
    a, _ = pg_users
    with session_scope() as s:
        row = resumes.add_resume(session=s, user_id=a, filename="cv.pdf", data=make_pdf())
    assert _keys(s3_endpoint, s3_settings.s3_bucket) == [row.storage_key]
    with session_scope() as s:
        assert resumes.get_resume_file(session=s, user_id=a, resume_id=row.id) == make_pdf()
        second = resumes.add_resume(session=s, user_id=a, filename="cv.docx", data=make_docx())
        dup = resumes.upload_resume(session=s, user_id=a, filename="again.pdf", data=make_pdf())
        assert dup.resume.id == row.id and dup.duplicate and not dup.was_active
        assert dup.message.startswith("This file is already version 1 — it is your active resume again.")
    assert len(_keys(s3_endpoint, s3_settings.s3_bucket)) == 2
    with session_scope() as s:
        resumes.delete_resume(session=s, user_id=a, resume_id=second.id)
    assert _keys(s3_endpoint, s3_settings.s3_bucket) == [row.storage_key]


@pytest.mark.parametrize("data", [make_scanned_pdf(), corrupt_pdf(), make_pdf(user_password="pw"),
                                  b"this is not a pdf at all"],
                         ids=["scanned", "corrupt", "encrypted", "too-short"])
def test_failed_upload_leaves_nothing_in_s3_or_postgres(pg_users, s3_settings, s3_endpoint, data):
    a, _ = pg_users
    with pytest.raises(resumes.ResumeError), session_scope() as s:
        resumes.add_resume(session=s, user_id=a, filename="cv.pdf", data=data)
    with session_scope() as s:
        assert s.exec(select(Resume).where(Resume.user_id == a)).all() == []
    get_storage()  # creates the bucket if nothing else did
    assert _keys(s3_endpoint, s3_settings.s3_bucket) == []


def test_rollback_after_upload_removes_the_s3_object(pg_users, s3_settings, s3_endpoint):
    a, _ = pg_users
    with pytest.raises(RuntimeError), session_scope() as s:
        resumes.add_resume(session=s, user_id=a, filename="cv.pdf", data=make_pdf())
        raise RuntimeError("boom")
    assert _keys(s3_endpoint, s3_settings.s3_bucket) == []


def test_cross_user_on_postgres(pg_users, s3_settings):
    a, b = pg_users
    with session_scope() as s:
        row = resumes.add_resume(session=s, user_id=a, filename="cv.pdf", data=make_pdf())
        preferences.save_preferences(session=s, user_id=a, titles=["Backend Engineer"], salary_currency="EUR")
    for call in (
        lambda s: resumes.get_resume(session=s, user_id=b, resume_id=row.id),
        lambda s: resumes.set_active(session=s, user_id=b, resume_id=row.id),
        lambda s: resumes.update_text(session=s, user_id=b, resume_id=row.id, text="mine now"),
        lambda s: resumes.delete_resume(session=s, user_id=b, resume_id=row.id),
        lambda s: resumes.get_resume_file(session=s, user_id=b, resume_id=row.id),
    ):
        with pytest.raises(LookupError), session_scope() as s:
            call(s)
    with session_scope() as s:
        assert resumes.list_resumes(session=s, user_id=b) == []
        theirs = preferences.get_preferences(session=s, user_id=b)
        assert theirs.titles == [] and theirs.salary_currency == "USD"
        assert resumes.get_resume(session=s, user_id=a, resume_id=row.id).text == row.text


def test_rescore_job_is_recorded_after_commit_when_available(pg_users, s3_settings):
    """With the real enqueue (in-process): a rescore job row appears iff jobs.matching exists."""
    import importlib.util

    a, _ = pg_users
    with session_scope() as s:
        resumes.add_resume(session=s, user_id=a, filename="cv.pdf", data=make_pdf())
    from careercopilot.services.background import wait_inline_jobs

    wait_inline_jobs()
    with session_scope() as s:
        jobs = s.exec(select(BackgroundJob).where(BackgroundJob.user_id == a)).all()
    available = importlib.util.find_spec("jobs.matching") is not None
    assert [j.func for j in jobs] == (["jobs.matching.rescore_user"] if available else [])
