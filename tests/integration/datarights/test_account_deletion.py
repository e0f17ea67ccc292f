"""Account deletion on SQLite and PostgreSQL with real storage (local dir, S3 on moto) and a real
Chroma index: the request (password, sessions revoked), the grace period undone by signing in,
the purge — checked by enumerating every table of ``SQLModel.metadata``, every Chroma record and
every stored object before and after (no hand-written list) — its idempotence, and the admin CLI."""

from __future__ import annotations

import json
from datetime import timedelta

import numpy as np
import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from careercopilot import routes
from careercopilot.db import get_engine, session_scope
from careercopilot.integrations import vectors
from careercopilot.integrations.storage import get_storage
from careercopilot.models import JobPosting, User
from careercopilot.services import account_deletion, data_export, exchange_uploads, ownership, users
from tests.integration.datarights.conftest import client_for, make_account
from tests.support import account_data
from tests.unit.resumes_service.resume_files import NURSE_LINES


# ----------------------------------------------------------------------------- enumeration helpers


def db_rows() -> dict[str, dict[tuple, dict]]:
    """Every row of every metadata table: ``table → {primary key: row dict}``."""
    out = {}
    with get_engine().connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            pk = [c.name for c in table.primary_key.columns]
            out[table.name] = {tuple(r[c] for c in pk): dict(r) for r in conn.execute(select(table)).mappings()}
    return out


def owned_keys(user_id: int) -> dict[str, set[tuple]]:
    """Primary keys of ``user_id``'s rows in every owned table (ownership rules) plus any row of
    any table with a column referencing the user."""
    out: dict[str, set[tuple]] = {}
    with get_engine().connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            pk = list(table.primary_key.columns)
            keys = {tuple(r) for r in conn.execute(select(*pk).where(ownership.owner_clause(table, user_id)))}
            for col in ownership.user_reference_columns(table):
                if table.c[col].foreign_keys and any((fk.ondelete or "").upper() == "SET NULL"
                                                     for fk in table.c[col].foreign_keys):
                    continue  # a reference, cleared by the database (checked below)
                keys |= {tuple(r) for r in conn.execute(select(*pk).where(table.c[col] == user_id))}
            out[table.name] = keys
    return out


def chroma_records(index: vectors.VectorIndex) -> set[tuple[str, str, str]]:
    """``(collection, id, metadata json)`` of every record of every Chroma collection."""
    out = set()
    for col in index.client.list_collections():
        name = col if isinstance(col, str) else col.name
        got = index.client.get_collection(name, embedding_function=None).get(include=["metadatas"])
        out |= {(name, i, json.dumps(m or {}, sort_keys=True)) for i, m in zip(got["ids"], got["metadatas"] or [])}
    return out


def stored_keys() -> set[str]:
    return {o.key for o in get_storage().list_objects("") if not o.temporary}


def _index_postings(index: vectors.VectorIndex, session, owner_ids: list[int | None]) -> None:
    """Put one posting per owner (None = shared) into the real Chroma index, with its vectors."""
    from tests.support.tracker_data import make_posting

    rng = np.random.default_rng(7)
    items = []
    for owner in owner_ids:
        pid = (session.execute(select(JobPosting.id).where(JobPosting.owner_id == owner)).scalars().first()
               if owner is not None else make_posting(session).id)
        vec = rng.standard_normal(vectors.DIM).astype(np.float32)
        items.append(vectors.IndexItem(pid, vec / np.linalg.norm(vec), rng.standard_normal((2, vectors.DIM)),
                                       {"owner_id": owner or 0, "is_open": True, "source_type": "greenhouse"}))
    index.upsert(items)


@pytest.fixture
def index(tmp_path):
    idx = vectors.VectorIndex(vectors.make_client(path=str(tmp_path / "chroma")))
    vectors.set_index(idx)
    yield idx
    vectors.set_index(None)


def _full_account_state(a: int, b: int, index) -> None:
    """Give A (and B) an export, an import upload and indexed private postings besides the rows."""
    with session_scope() as s:
        for uid in (a, b):
            data_export.store_export(session=s, user_id=uid)
        _index_postings(index, s, [a, b, None])
    for uid in (a, b):
        exchange_uploads.store_import_upload(user_id=uid, data=b"company,title\nAcme,Engineer\n", filename="x.csv")


def _check_purged(a: int, b: int, index, before_rows, before_owned_a, before_owned_b, before_chroma, before_keys):
    after_rows = db_rows()
    # 0 rows of A anywhere: by the ownership rules and by any column naming A
    assert all(not keys for keys in owned_keys(a).values()), {t: k for t, k in owned_keys(a).items() if k}
    for name, rows in after_rows.items():
        for col in ownership.user_reference_columns(SQLModel.metadata.tables[name]):
            assert all(r[col] != a for r in rows.values()), (name, col)
    # everything else unchanged (A's SET NULL references cleared)
    for name, rows in before_rows.items():
        table = SQLModel.metadata.tables[name]
        expected = {}
        for pk, row in rows.items():
            if pk in before_owned_a[name]:
                continue
            expected[pk] = {k: (None if k in ownership.user_reference_columns(table) and v == a else v)
                            for k, v in row.items()}
        assert after_rows[name] == expected, name
    assert owned_keys(b) == before_owned_b
    # Chroma: A's private posting records gone, all others intact
    a_posts = {str(pk[0]) for pk in before_owned_a["jobposting"]}
    mine = {r for r in before_chroma
            if json.loads(r[2]).get("owner_id") == a or str(json.loads(r[2]).get("posting_id")) in a_posts}
    assert mine and chroma_records(index) == before_chroma - mine
    # storage: nothing under A's prefixes, every other object intact
    a_objects = {k for k in before_keys if any(k.startswith(p) for p in ownership.storage_prefixes(a))}
    assert {p.split("/")[0] for p in a_objects} == {"resumes", "exports", "imports"}
    assert stored_keys() == before_keys - a_objects


def test_purge_leaves_nothing_of_the_user_and_everything_of_another(accounts, index):
    (a, _), (b, _) = accounts
    _full_account_state(a, b, index)
    before = db_rows()
    owned_a, owned_b = owned_keys(a), owned_keys(b)
    # the fixture really covers every owned table (a new table must get a row in account_data)
    assert {t.name for t in ownership.owned_tables()} == {n for n, k in owned_a.items() if k}
    chroma, keys = chroma_records(index), stored_keys()
    report = account_deletion.purge_user(user_id=a)
    assert report.rows["user"] == 1 and report.files == 3 and report.vectors == 1
    _check_purged(a, b, index, before, owned_a, owned_b, chroma, keys)
    again = account_deletion.purge_user(user_id=a)                 # a retry: one effect
    assert again.total == 0
    _check_purged(a, b, index, before, owned_a, owned_b, chroma, keys)


def test_a_purge_interrupted_after_the_files_completes_on_retry(accounts, index, monkeypatch):
    (a, _), (b, _) = accounts
    _full_account_state(a, b, index)
    before, owned_a, owned_b = db_rows(), owned_keys(a), owned_keys(b)
    chroma, keys = chroma_records(index), stored_keys()
    real = account_deletion._delete_order

    def crash():
        raise ConnectionError("database went away")  # after vectors and files, before any row

    monkeypatch.setattr(account_deletion, "_delete_order", crash)
    with pytest.raises(ConnectionError):
        account_deletion.purge_user(user_id=a)
    assert owned_keys(a)["user"]                                     # rows still there
    monkeypatch.setattr(account_deletion, "_delete_order", real)
    account_deletion.purge_user(user_id=a)
    _check_purged(a, b, index, before, owned_a, owned_b, chroma, keys)


def test_purge_on_s3(engine_kind, no_rescore, s3_settings, index):
    a, _ = make_account("s3del-a", 1)
    b, _ = make_account("s3del-b", 2, NURSE_LINES)
    _full_account_state(a, b, index)
    before, owned_a, owned_b = db_rows(), owned_keys(a), owned_keys(b)
    chroma, keys = chroma_records(index), stored_keys()
    assert any(k.startswith(f"resumes/{b}/") for k in keys)
    account_deletion.purge_user(user_id=a)
    account_deletion.purge_user(user_id=a)
    _check_purged(a, b, index, before, owned_a, owned_b, chroma, keys)


def test_request_grace_period_and_sign_in_undoes_it(accounts, override_settings, index):
    (a, a_email), (b, _) = accounts
    override_settings(app_url="http://testserver")
    origin = {"Origin": "http://testserver"}
    client = client_for(a)
    r = client.post(routes.AUTH_DELETE_ACCOUNT, data={"password": "wrong password here"}, headers=origin)
    assert r.status_code == 303 and r.headers["location"].endswith("/settings?delete_error=current_password_wrong")
    r = client_for(a).post(routes.AUTH_DELETE_ACCOUNT, data={"password": "x"}, headers={"Origin": "http://evil.test"})
    assert r.status_code == 403
    with session_scope() as s:
        assert s.get(User, a).deletion_requested_at is None
    r = client.post(routes.AUTH_DELETE_ACCOUNT, data={"password": account_data.PASSWORD.format(n=1)}, headers=origin)
    assert r.status_code == 303 and r.headers["location"].endswith("/login?notice=deletion_scheduled")
    assert client.get(routes.resume_file(1)).status_code == 401     # signed out everywhere
    with session_scope() as s:
        requested = s.get(User, a).deletion_requested_at
        assert requested is not None and s.get(User, b).deletion_requested_at is None   # B untouched
        assert account_deletion.due_user_ids(session=s, now=requested + timedelta(days=6, hours=23)) == []
        assert account_deletion.due_user_ids(session=s, now=requested + timedelta(days=7)) == [a]
    # signing in within the grace period keeps the account and says so
    r = client.post(routes.AUTH_LOGIN, data={"email": a_email, "password": account_data.PASSWORD.format(n=1)},
                    headers=origin)
    assert r.status_code == 303 and r.headers["location"].endswith("/settings?notice=deletion_cancelled")
    with session_scope() as s:
        assert s.get(User, a).deletion_requested_at is None
    assert account_deletion.purge_due(now=requested + timedelta(days=8)) == []
    # asked again and not undone: the scheduled purge removes A only
    with session_scope() as s:
        account_deletion.request_deletion(session=s, user_id=a, password=account_data.PASSWORD.format(n=1),
                                          now=requested)
    reports = account_deletion.purge_due(now=requested + timedelta(days=7, seconds=1))
    assert [r.user_id for r in reports] == [a]
    with session_scope() as s:
        assert s.get(User, a) is None and s.get(User, b) is not None
        assert users.authenticate(session=s, email=s.get(User, b).email,
                                  password=account_data.PASSWORD.format(n=2)).id == b


def test_admin_cli_deletes_now(accounts, index):
    from typer.testing import CliRunner

    from careercopilot.cli import app

    (a, a_email), (b, _) = accounts
    result = CliRunner().invoke(app, ["delete-user", a_email, "--yes"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1])["rows"]["user"] == 1
    assert all(not k for k in owned_keys(a).values()) and owned_keys(b)["user"]
    assert CliRunner().invoke(app, ["delete-user", a_email, "--yes"]).exit_code == 2   # gone


def test_purge_job_on_rq_twice_one_effect(job_stack, s3_endpoint, no_rescore, tmp_path):
    """The purge as production runs it: real RQ workers, PostgreSQL, S3 shared by test and worker."""
    import secrets

    from careercopilot.services import background

    stack = job_stack(s3_endpoint_url=s3_endpoint, s3_bucket=f"cc-del-{secrets.token_hex(4)}",
                      s3_access_key_id="test", s3_secret_access_key="test")
    stack.worker()
    a, _ = make_account("rq-a", 1)
    b, _ = make_account("rq-b", 2, NURSE_LINES)
    before_b, keys = owned_keys(b), stored_keys()
    for _run in (1, 2):  # the second run finds nothing left and changes nothing
        handle = background.enqueue("jobs.data_rights.purge_account", a)
        final = None
        for _ in range(240):
            final = background.job_status(handle.id)
            if final.done:
                break
            import time

            time.sleep(0.5)
        assert final.status == "finished", final
        assert (owned_keys(a)["user"] == set()) and owned_keys(b) == before_b
    assert stored_keys() == {k for k in keys if not k.startswith(f"resumes/{a}/")}


def test_a_sign_in_during_the_scheduled_purge_keeps_the_account(accounts, index, monkeypatch):
    """Attack notes (session 6): the scheduled purge lists the due accounts, then purges them one
    by one (files, vectors, rows: seconds each on S3). A user who signs in meanwhile cancels the
    request; the purge used to delete the account anyway. Now it re-checks before removing anything."""
    (a, _), (b, _) = accounts
    with session_scope() as s:
        requested = account_deletion._now() - timedelta(days=8)
        for uid, n in ((a, 1), (b, 2)):
            account_deletion.request_deletion(session=s, user_id=uid, password=account_data.PASSWORD.format(n=n),
                                              now=requested)
    listed = account_deletion.due_user_ids

    def listed_then_a_signs_in(*, session, now=None):
        due = listed(session=session, now=now)
        with session_scope() as s:  # A signs in while the purge is under way (the login route's call)
            assert account_deletion.cancel_deletion(session=s, user_id=a)
        return due

    monkeypatch.setattr(account_deletion, "due_user_ids", listed_then_a_signs_in)
    reports = {r.user_id: r for r in account_deletion.purge_due()}
    assert set(reports) == {a, b}
    assert reports[a].total == 0 and reports[b].total > 0
    with session_scope() as s:
        assert s.get(User, a) is not None and s.get(User, a).deletion_requested_at is None
        assert s.get(User, b) is None
