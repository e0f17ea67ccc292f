"""GET /api/resumes/{id}/file on SQLite and PostgreSQL with real local storage (and S3): the
owner gets the original bytes with safe headers; another user, a missing id and a foreign
Origin do not."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from sqlmodel import select

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.models import Resume
from tests.integration.datarights.conftest import client_for, make_account
from tests.unit.resumes_service.resume_files import NURSE_LINES, make_pdf


def _resume_id(user_id: int) -> int:
    with session_scope() as s:
        return s.exec(select(Resume.id).where(Resume.user_id == user_id)).one()


def test_owner_downloads_the_original_file(accounts):
    (a, _), (b, _) = accounts
    r = client_for(a).get(routes.resume_file(_resume_id(a)))
    assert r.status_code == 200 and r.content == make_pdf()
    assert r.headers["content-type"] == "application/pdf"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["cache-control"] == "private, no-store"
    disposition = r.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="Resume  Jane.pdf"; ')   # ASCII fallback (accents folded)
    assert unquote(disposition.split("filename*=UTF-8''", 1)[1]) == "Résumé – Jane.pdf"  # RFC 8187


def test_other_users_missing_ids_and_anonymous_get_nothing(accounts):
    (a, _), (b, _) = accounts
    rid_a = _resume_id(a)
    assert client_for(b).get(routes.resume_file(rid_a)).status_code == 404      # B → A's file
    assert client_for(b).get(routes.resume_file(_resume_id(b))).content == make_pdf(NURSE_LINES)
    assert client_for(a).get(routes.resume_file(rid_a + 1000)).status_code == 404
    anonymous = client_for(a)
    anonymous.cookies.clear()
    assert anonymous.get(routes.resume_file(rid_a)).status_code == 401
    r = client_for(a).get(routes.resume_file(rid_a), headers={"Origin": "http://evil.example"})
    assert r.status_code == 403                                                   # Origin guard


def test_download_from_s3(engine_kind, no_rescore, s3_settings):
    a, _ = make_account("s3dl", 1)
    b, _ = make_account("s3dl-b", 2, NURSE_LINES)
    assert client_for(a).get(routes.resume_file(_resume_id(a))).content == make_pdf()
    assert client_for(a).get(routes.resume_file(_resume_id(b))).status_code == 404


@pytest.mark.parametrize("name", ['a"b.pdf', "../../etc/passwd", "\r\nSet-Cookie: x=1.pdf", "简历.pdf", ""])
def test_content_disposition_is_always_one_safe_header(name):
    from careercopilot.api_data import content_disposition

    value = content_disposition(name)
    fallback = value.split('filename="', 1)[1].split('"', 1)[0]
    assert "\r" not in value and "\n" not in value and "/" not in fallback and '"' not in fallback
    assert value.startswith("attachment; filename=") and "filename*=UTF-8''" in value
