"""Account export (zip of JSON + CSV + files) and import, on SQLite and PostgreSQL with real
storage: every owned table of ``SQLModel.metadata`` is in the archive, nothing of the other
user is, secrets are left out, the background job stores it behind a signed expiring link
(owner only), and the JSON re-imports into an empty account (round trip)."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.integrations.storage import get_storage
from careercopilot.models import Resume
from careercopilot.services import background, data_export, data_import, ownership, users
from tests.integration.datarights.conftest import client_for, make_account
from tests.unit.resumes_service.resume_files import NURSE_LINES, make_pdf


def _zip(tmp_path, user_id: int) -> zipfile.ZipFile:
    out = tmp_path / f"export-{user_id}.zip"
    with session_scope() as s:
        data_export.build_zip(session=s, user_id=user_id, out=out)
    return zipfile.ZipFile(out)


def test_export_holds_every_owned_table_and_nothing_of_another_user(accounts, tmp_path):
    (a, a_email), (b, b_email) = accounts
    zf = _zip(tmp_path, a)
    doc = json.loads(zf.read("data.json"))
    owned = {t.name for t in ownership.owned_tables()}
    assert set(doc["tables"]) == owned                        # derived from the metadata, not a list
    assert all(doc["tables"][name] for name in owned), [n for n in owned if not doc["tables"][n]]
    assert {n[4:-4] for n in zf.namelist() if n.startswith("csv/")} == owned
    text = zf.read("data.json").decode()
    assert a_email in text and b_email not in text
    for name, rows in doc["tables"].items():                   # every row is A's
        for row in rows:
            for col in ownership.user_reference_columns(ownership._tables()[name]):
                assert row.get(col) in (a, None), (name, col, row)
    for table, column in ownership.SECRET_COLUMNS:             # secrets never leave
        assert all(column not in row for row in doc["tables"].get(table, []))
    assert "gAAAA-secret-ciphertext" not in text and "$argon2" not in text
    # the original file, byte for byte, under a safe name
    (entry,) = doc["files"]
    assert entry["filename"] == "Résumé – Jane.pdf" and "/" not in entry["path"][len("files/resumes/"):]
    assert zf.read(entry["path"]) == make_pdf()
    # CSV keeps contacts; formula-looking cells are neutralized
    contacts = list(csv.DictReader(io.StringIO(zf.read("csv/contact.csv").decode())))
    assert [c["name"] for c in contacts] == [doc["tables"]["contact"][0]["name"]] and contacts[0]["email"]
    notes = list(csv.DictReader(io.StringIO(zf.read("csv/application.csv").decode())))[0]["notes"]
    assert notes.startswith("'=cmd")


def _comparable(doc: dict) -> dict[str, list]:
    """Rows minus ids, user references, foreign keys and storage keys (they change on import)."""
    tables = ownership._tables()
    out = {}
    for name, rows in doc["tables"].items():
        if name in data_import.SKIPPED:
            continue
        table = tables[name]
        drop = {c.name for c in table.c if c.primary_key or c.foreign_keys} | {"user_id", "storage_key"}
        out[name] = sorted(json.dumps({k: v for k, v in r.items() if k not in drop}, sort_keys=True) for r in rows)
    return out


def test_json_export_reimports_into_an_empty_account(accounts, tmp_path):
    (a, _), _ = accounts
    path = tmp_path / "a.zip"
    with session_scope() as s:
        data_export.build_zip(session=s, user_id=a, out=path)
        c = users.create_user(session=s, email="carol-restore@example.com", password="c-long-Passphrase-3").id
        from careercopilot.services import preferences

        preferences.get_preferences(session=s, user_id=c)  # a default settings row: still an empty account
    with session_scope() as s:
        result = data_import.restore(session=s, user_id=c, path=path)
    assert result.files == 1 and not result.skipped
    before, after = json.loads(zipfile.ZipFile(path).read("data.json")), json.loads(_zip(tmp_path, c).read("data.json"))
    assert _comparable(after) == _comparable(before)
    assert set(after["tables"]) - data_import.SKIPPED == set(_comparable(before))
    with session_scope() as s:
        key = s.exec(select(Resume.storage_key).where(Resume.user_id == c)).one()
        assert key.startswith(f"resumes/{c}/") and get_storage().get(key) == make_pdf()
    # a second import into the now non-empty account is refused, nothing added
    with pytest.raises(data_import.AccountNotEmpty), session_scope() as s:
        data_import.restore(session=s, user_id=c, path=path)


def test_import_refuses_other_files(accounts, tmp_path):
    (a, _), _ = accounts
    bad = tmp_path / "x.json"
    bad.write_text(json.dumps({"format": "something-else", "tables": {}}))
    with pytest.raises(data_import.ImportFormatError), session_scope() as s:
        data_import.restore(session=s, user_id=a, path=bad)


def test_export_job_link_is_owner_only_and_expires(accounts, override_settings):
    (a, _), (b, _) = accounts
    handle = background.enqueue("jobs.data_rights.export_account", a, user_id=a)
    background.wait_inline_jobs()
    assert background.job_status(handle.id, user_id=a).status == "finished"
    assert background.job_status(handle.id, user_id=b) is None          # B cannot follow A's job
    key = data_export.latest_export(user_id=a)
    assert key and key.startswith(f"exports/{a}/") and data_export.latest_export(user_id=b) is None
    link = data_export.export_link(user_id=a, key=key)
    r = client_for(a).get(link.url)
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-disposition"].startswith('attachment; filename="careercopilot-export-')
    assert json.loads(zipfile.ZipFile(io.BytesIO(r.content)).read("data.json"))["tables"]["user"][0]["id"] == a
    assert client_for(b).get(link.url).status_code == 404             # B with A's link
    assert client_for(a).get(link.url[:-3] + "xyz").status_code == 404  # forged signature
    anonymous = client_for(a)
    anonymous.cookies.clear()
    assert anonymous.get(link.url).status_code == 401
    with pytest.raises(data_export.ExportNotFound):
        data_export.export_link(user_id=b, key=key)
    override_settings(export_link_ttl_seconds=60)
    import time

    assert data_export.is_live(key) and not data_export.is_live(key, now=time.time() + 61)


def test_expired_exports_are_swept(accounts, override_settings):
    (a, _), _ = accounts
    from careercopilot.services import maintenance

    with session_scope() as s:
        fresh = data_export.store_export(session=s, user_id=a)
    old = f"exports/{a}/1700000000-{'0' * 16}.zip"  # an expired one (a new export deletes older ones itself)
    get_storage().put(old, b"PK", "application/zip")
    removed = maintenance.sweep_orphan_uploads(grace_seconds=0)
    store = get_storage()
    assert old in removed and not store.exists(old) and store.exists(fresh)


def test_cli_export_writes_the_zip(accounts, tmp_path):
    from typer.testing import CliRunner

    from careercopilot.cli import app

    (_, a_email), _ = accounts
    out = tmp_path / "cli.zip"
    result = CliRunner().invoke(app, ["export", "--user", a_email.upper(), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(zipfile.ZipFile(out).read("data.json"))["account"]["email"] == a_email
    assert CliRunner().invoke(app, ["export", "--user", "nobody@example.com", "--out", str(out)]).exit_code == 2


def test_export_on_s3_is_a_presigned_url(engine_kind, no_rescore, s3_settings, override_settings, s3_endpoint):
    import httpx

    override_settings(s3_public_endpoint_url=s3_endpoint)  # the endpoint as browsers reach it
    a, _ = make_account("s3", 1, NURSE_LINES)
    with session_scope() as s:
        key = data_export.store_export(session=s, user_id=a)
    link = data_export.export_link(user_id=a, key=key)
    assert link.url.startswith(s3_settings.s3_endpoint_url) and "X-Amz-Signature=" in link.url
    r = httpx.get(link.url)
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    doc = json.loads(zipfile.ZipFile(io.BytesIO(r.content)).read("data.json"))
    assert zipfile.ZipFile(io.BytesIO(r.content)).read(doc["files"][0]["path"]) == make_pdf(NURSE_LINES)
    # moto does not check signatures or expiry; the URL carries the expiry S3 enforces
    from urllib.parse import parse_qs, urlsplit

    expires = int(parse_qs(urlsplit(link.url).query)["X-Amz-Expires"][0])
    assert 0 < expires <= s3_settings.export_link_ttl_seconds


def test_cli_import_round_trip(accounts, tmp_path):
    from typer.testing import CliRunner

    from careercopilot.cli import app

    (a, a_email), _ = accounts
    out = tmp_path / "cli.zip"
    assert CliRunner().invoke(app, ["export", "--user", a_email, "--out", str(out)]).exit_code == 0
    with session_scope() as s:
        d = users.create_user(session=s, email="dora-restore@example.com", password="d-long-Passphrase-4").id
    result = CliRunner().invoke(app, ["import", "--user", "dora-restore@example.com", "--file", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["inserted"]["contact"] == 1
    assert _comparable(json.loads(_zip(tmp_path, d).read("data.json"))) == _comparable(
        json.loads(zipfile.ZipFile(out).read("data.json")))
    again = CliRunner().invoke(app, ["import", "--user", "dora-restore@example.com", "--file", str(out)])
    assert again.exit_code == 2 and "empty account" in again.output


def test_export_job_on_rq_with_s3(job_stack, s3_endpoint, no_rescore):
    """Production shape: a real RQ worker builds the export into S3; the presigned link serves it."""
    import secrets
    import time

    import httpx

    stack = job_stack(s3_endpoint_url=s3_endpoint, s3_bucket=f"cc-exp-{secrets.token_hex(4)}",
                      s3_access_key_id="test", s3_secret_access_key="test", s3_public_endpoint_url=s3_endpoint)
    stack.worker()
    a, a_email = make_account("rqexp", 1)
    b, _ = make_account("rqexp-b", 2, NURSE_LINES)
    handle = background.enqueue("jobs.data_rights.export_account", a, user_id=a)
    deadline = time.monotonic() + 120
    while not (status := background.job_status(handle.id, user_id=a)).done and time.monotonic() < deadline:
        time.sleep(0.5)
    assert status.status == "finished", status
    key = data_export.latest_export(user_id=a)
    assert key and data_export.latest_export(user_id=b) is None
    r = httpx.get(data_export.export_link(user_id=a, key=key).url)
    doc = json.loads(zipfile.ZipFile(io.BytesIO(r.content)).read("data.json"))
    assert doc["account"]["email"] == a_email and doc["files"] and not doc["files"][0].get("missing")


def test_export_on_a_private_s3_endpoint_is_served_by_the_app(engine_kind, no_rescore, s3_settings):
    """MinIO reachable only inside the deployment (S3_PUBLIC_ENDPOINT_URL unset): a presigned URL
    would name a host browsers cannot reach, so the signed app route streams the zip from S3."""
    (a, _), (b, _) = make_account("s3priv", 1), make_account("s3priv-b", 2, NURSE_LINES)
    with session_scope() as s:
        key = data_export.store_export(session=s, user_id=a)
    link = data_export.export_link(user_id=a, key=key)
    assert link.url.startswith("/api/exports/")
    r = client_for(a).get(link.url)
    assert r.status_code == 200 and json.loads(zipfile.ZipFile(io.BytesIO(r.content)).read("data.json"))["files"]
    assert client_for(b).get(link.url).status_code == 404
