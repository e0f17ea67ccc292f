"""A hostile export zip (attack80 finding 1) and the full round trip (finding 2), end to end on
SQLite and PostgreSQL: imported postings are the target user's PRIVATE postings (never shared,
never a source's: another user cannot open them), their text is cleaned as on a normal write, and
an account with a BLOB column (a clip's ``normalize_inputs``) re-imports."""

from __future__ import annotations

import json
import zipfile

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import Application, JobPosting, Notification, Source, User
from careercopilot.services import data_export, data_import, posting_access, users


def _export(tmp_path, user_id: int) -> dict:
    out = tmp_path / f"e{user_id}.zip"
    with session_scope() as s:
        data_export.build_zip(session=s, user_id=user_id, out=out)
    return json.loads(zipfile.ZipFile(out).read("data.json"))


def _fresh(email: str) -> int:
    with session_scope() as s:
        return users.create_user(session=s, email=email, password="c-long-Passphrase-3").id


def _import(tmp_path, user_id: int, doc: dict) -> data_import.ImportResult:
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data.json", json.dumps(doc))
    with session_scope() as s:
        return data_import.restore(session=s, user_id=user_id, path=path)


def test_hostile_export_imports_as_private_cleaned_rows(accounts, tmp_path):
    (a, _), (b, _) = accounts
    doc = _export(tmp_path, a)
    with session_scope() as s:
        src = Source(type="greenhouse", token="acme", name="Acme board")
        s.add(src)
        s.flush()
        source_id = src.id
    (p,) = doc["tables"]["jobposting"]
    p.update(owner_id=None, source_id=source_id, title="INJECTED\x85PUBLIC\u202e POSTING <script>alert(1)</script>",
             company="Evil\r\nBcc: x@evil.example", url="javascript:alert(1)", apply_url="javascript:alert(3)",
             description_html='<p>Apply now</p><script>alert(document.cookie)</script><img src=x onerror=alert(1)>'
                              '<a href="javascript:alert(2)">apply</a>')
    p2 = {k: v for k, v in p.items() if k != "owner_id"} | {"id": 99999, "title": "INJECTED2", "ats_id": "evil-2",
                                                             "url": "https://evil.example/2", "dedupe_key": "evil|2"}
    doc["tables"]["jobposting"].append(p2)
    doc["tables"]["application"][0]["company"] = "Acme\x85Corp"
    doc["tables"]["notification"] = [
        {"id": 1, "user_id": b, "kind": "search_alert", "title": "Locked: sign in", "body": "x",
         "link": "https://evil.example/login", "dedupe_key": "k1", "created_at": "2026-12-07T03:50:00Z"},
        {"id": 2, "user_id": b, "kind": "made_up", "title": "x", "body": "", "link": "/", "dedupe_key": "k2",
         "created_at": "2026-12-07T03:50:00Z"}]
    doc["tables"]["user"][0]["timezone"] = "Evil/Zone\r\nX"
    c = _fresh("dave-hostile@example.com")
    result = _import(tmp_path, c, doc)
    assert result.inserted["jobposting"] == 2 and result.skipped == {"notification": 1}
    with session_scope() as s:
        posts = s.exec(select(JobPosting).where(JobPosting.title.like("INJECTED%"))).all()
        assert len(posts) == 2 and {x.owner_id for x in posts} == {c} and {x.source_id for x in posts} == {None}
        for x in posts:
            for text in (x.title, x.company, x.description_html, x.description_text, x.url, x.apply_url or ""):
                for bad in ("<script", "onerror", "javascript:", "\u202e", "\x85"):
                    assert bad not in text, (bad, text)
            assert not any(ch in x.title + x.company for ch in "\r\n")
            with pytest.raises(LookupError):                                  # not shared: B cannot open it
                posting_access.get_posting(session=s, user_id=b, posting_id=x.id)
        app = s.exec(select(Application).where(Application.user_id == c)).one()
        assert "\x85" not in app.company
        (note,) = s.exec(select(Notification).where(Notification.user_id == c)).all()
        assert note.link == ""
        assert s.get(User, c).timezone != "Evil/Zone\r\nX"


def test_round_trip_with_every_column_type(accounts, tmp_path):
    """BLOB (hex), JSON, UTC datetimes, dates, floats, booleans: export A, import into C, export C: equal rows."""
    (a, _), _ = accounts
    before = _export(tmp_path, a)
    assert before["tables"]["jobposting"][0]["normalize_inputs"]            # the BLOB is populated
    before["tables"]["application"][0]["applied_at"] = "2026-01-05T10:00:00+02:00"  # an offset, not Z
    c = _fresh("erin-roundtrip@example.com")
    result = _import(tmp_path, c, before)
    assert not result.skipped
    after = _export(tmp_path, c)
    with session_scope() as s:
        (post,) = s.exec(select(JobPosting).where(JobPosting.owner_id == c)).all()
        assert isinstance(post.normalize_inputs, bytes)
        assert post.normalize_inputs.hex() == before["tables"]["jobposting"][0]["normalize_inputs"]
    assert after["tables"]["application"][0]["applied_at"] == "2026-01-05T08:00:00Z"
    from tests.integration.datarights.test_export_import import _comparable

    before["tables"]["application"][0]["applied_at"] = "2026-01-05T08:00:00Z"
    assert _comparable(after) == _comparable(before)
