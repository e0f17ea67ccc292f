"""Nothing of a purged account reaches anyone (attack145 findings 1–3: "an id outlives its account"),
on SQLite and PostgreSQL with real local storage and in-process jobs.

Variant table 1 — every credential kind × id reuse. A victim account is issued the credential; it is
purged; a newcomer signs up — ``signup`` (the database picks the id: SQLite without AUTOINCREMENT gave
the victim's) and ``same-id`` (a database that reused the id before revision 0020: the newcomer is
given it). The old credential must act on nobody. Control: the same credential kinds issued to a living
account keep working (``test_living_accounts_keep_their_credentials``).

Variant table 2 — every writer of user files × the purge at each stage, and the in-process job path
(a queued or retrying job of the purged account). Afterwards nothing is under the victim's storage
prefixes and the newcomer is shown no export.
"""

from __future__ import annotations

import json
import secrets
import time
import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from careercopilot.db import session_scope
from careercopilot.integrations.storage import get_storage
from careercopilot.models import BackgroundJob, MailOptOut, User
from careercopilot.services import (
    account_deletion,
    account_mail,
    api_tokens,
    background,
    calendar_feed,
    data_export,
    exchange_uploads,
    export_jobs,
    first_party,
    ownership,
    users,
)
from careercopilot.services.mail import outbox, tokens
from careercopilot.services.passwords import hash_password
from tests.support import account_data

TOPIC = "search_alert"


# ----------------------------------------------------------------------------- accounts


def _account(tag: str, *, password: bool = True, email: str | None = None) -> tuple[int, str]:
    email = email or f"{tag}-{secrets.token_hex(4)}@example.com"
    with session_scope() as s:
        user = users.create_user(session=s, email=email, password=account_data.PASSWORD.format(n=1))
        user.email_verified_at = user.created_at
        if not password:
            user.password_hash = None
        return user.id, email


def _next_second() -> None:
    """Tokens and export keys carry whole seconds: what the victim holds is from an earlier second."""
    time.sleep(1.02 - (time.time() % 1))


def _purge(uid: int) -> account_deletion.PurgeReport:
    return account_deletion.purge_user(user_id=uid, storage=get_storage())


def _newcomer(victim: int, mode: str, *, email: str | None = None, password: bool = True) -> int:
    """The next account: a sign-up (``signup``) or one given the victim's id (``same-id``)."""
    _next_second()
    if mode == "signup":
        return _account("newcomer", password=password, email=email)[0]
    with session_scope() as s:
        s.add(User(id=victim, email=email or f"newcomer-{secrets.token_hex(4)}@example.com",
                   password_hash=hash_password(account_data.PASSWORD.format(n=2)) if password else None,
                   email_verified_at=datetime.now(timezone.utc)))
    return victim


def _victim_prefix_objects(uid: int) -> list[str]:
    store = get_storage()
    return [o.key for p in ownership.storage_prefixes(uid) for o in store.list_objects(p)
            if o.key.startswith(p) and not o.temporary]


# ----------------------------------------------------------------------------- table 1: credentials
# Each row: issue(victim id, email) -> credential; reached(credential, newcomer id) -> True when the
# old credential acted on (or was accepted for) the newcomer.


def _unsub(uid, _email):
    return tokens.make("unsubscribe", {"u": uid, "t": TOPIC})


def _unsub_post(tok, nid):
    with session_scope() as s:
        try:
            outbox.unsubscribe(session=s, token=tok)
        except tokens.InvalidToken:
            pass
    with session_scope() as s:
        return s.exec(select(MailOptOut.id).where(MailOptOut.user_id == nid)).first() is not None


def _unsub_page(tok, _nid):
    with session_scope() as s:
        return outbox.link_usable(session=s, token=tok)


def _unsub_state(tok, nid):
    with session_scope() as s:  # the newcomer opted out itself; the old link must not tell its state
        s.add(MailOptOut(user_id=nid, topic=TOPIC, created_at=datetime.now(timezone.utc)))
    with session_scope() as s:
        return outbox.is_unsubscribed(session=s, token=tok)


def _reset(uid, _email):
    with session_scope() as s:
        user = s.get(User, uid)
        return tokens.make("reset", {"u": uid, "p": tokens.password_fingerprint(user.password_hash)})


def _reset_reached(tok, nid):
    with session_scope() as s:
        try:
            return account_mail.reset_user(session=s, token=tok).id == nid
        except tokens.InvalidToken:
            return False


def _verify(uid, email):
    return tokens.make("verify", {"u": uid, "e": email})


def _verify_reached(tok, nid):
    with session_scope() as s:
        s.execute(User.__table__.update().where(User.id == nid).values(email_verified_at=None))
    with session_scope() as s:
        try:
            account_mail.verify_email(session=s, token=tok)
        except tokens.InvalidToken:
            return False
    with session_scope() as s:
        return s.get(User, nid).email_verified_at is not None


def _orphan_export(uid: int) -> str:
    """The zip a racing export job stored after the purge's sweep (what attack145 found on disk)."""
    key = f"{data_export.EXPORT_PREFIX}{uid}/{int(time.time())}-{secrets.token_hex(8)}.zip"
    get_storage().put(key, b"PK\x05\x06" + b"\0" * 18, "application/zip")
    return key


def _export_link(_uid, _email):
    return None  # the zip is stored after the purge (``after_purge``): the race attack145 won


def _export_link_reached(key, nid):
    """The newcomer's Settings signs a fresh link for the key it is shown (or a guessed one)."""
    try:
        return data_export.open_link_token(data_export.sign_link_token(nid, key), user_id=nid) == key
    except data_export.ExportNotFound:
        return False


def _latest_export_reached(key, nid):
    return data_export.latest_export(user_id=nid) == key


def _calendar(uid, _email):
    with session_scope() as s:
        url = calendar_feed.rotate_token(session=s, user_id=uid)  # the feed URL, shown once
    return url.rsplit("/", 1)[-1].removesuffix(".ics")


def _calendar_reached(tok, _nid):
    with session_scope() as s:
        return calendar_feed.feed_for_token(session=s, token=tok) is not None


def _pat(uid, _email):
    with session_scope() as s:
        return api_tokens.create_token(session=s, user_id=uid, name="cli", scopes=["applications:read"],
                                       expires_in_days=30)[1]


def _pat_reached(secret, nid):
    with session_scope() as s:
        p = api_tokens.authenticate(session=s, secret=secret)
        return p is not None and p.user_id == nid


def _jwt(uid, _email):
    with session_scope() as s:
        ts = first_party._tokens(s, user_id=uid, client_id="cc-test", family_id=uuid.uuid4().hex,
                                 scopes=["applications:read"], access_scopes=["applications:read"], parent_id=None,
                                 at=datetime.now(timezone.utc))
        return ts.access_token


def _jwt_reached(tok, nid):
    with session_scope() as s:
        p = first_party.authenticate(session=s, token=tok)
        return p is not None and p.user_id == nid


def _login(uid, _email):
    with session_scope() as s:
        return users.start_session(session=s, user_id=uid)


def _login_reached(tok, nid):
    with session_scope() as s:
        who = users.resolve_session(session=s, token=tok)
        return who is not None and who.user_id == nid


# (row id, issue, reached, victim has a password, newcomer takes the victim's email)
CREDENTIALS = [
    ("unsubscribe one-click POST", _unsub, _unsub_post, True, False),
    ("unsubscribe confirmation page", _unsub, _unsub_page, True, False),
    ("unsubscribe 'already unsubscribed?'", _unsub, _unsub_state, True, False),
    ("password reset, password accounts", _reset, _reset_reached, True, False),
    ("password reset, passwordless accounts", _reset, _reset_reached, False, False),
    ("email verification, same address again", _verify, _verify_reached, True, True),
    ("email verification, other address", _verify, _verify_reached, True, False),
    ("export download link (orphan zip)", _export_link, _export_link_reached, True, False),
    ("Settings 'Download your export' (orphan zip)", _export_link, _latest_export_reached, True, False),
    ("calendar feed URL", _calendar, _calendar_reached, True, False),
    ("personal API token", _pat, _pat_reached, True, False),
    ("first-party JWT access token", _jwt, _jwt_reached, True, False),
    ("login session cookie", _login, _login_reached, True, False),
]


@pytest.mark.parametrize("mode", ["signup", "same-id"])
@pytest.mark.parametrize("row", CREDENTIALS, ids=[r[0] for r in CREDENTIALS])
def test_a_purged_accounts_credentials_reach_nobody(engine_kind, no_rescore, row, mode):
    _name, issue, reached, password, same_email = row
    vid, email = _account("victim", password=password)
    credential = issue(vid, email)
    _purge(vid)
    if issue is _export_link:
        credential = _orphan_export(vid)
    nid = _newcomer(vid, mode, email=email if same_email else None, password=password)
    assert not reached(credential, nid)


@pytest.mark.parametrize("row", CREDENTIALS, ids=[r[0] for r in CREDENTIALS])
def test_living_accounts_keep_their_credentials(engine_kind, no_rescore, row):
    """Control (the rule's cost): the same kinds issued to a living account still act for it."""
    _name, issue, reached, password, _same = row
    uid, email = _account("living", password=password)
    credential = issue(uid, email)
    if reached is _unsub_post:
        assert reached(credential, uid)
    elif reached is _unsub_state:
        assert reached(credential, uid)
    elif reached is _verify_reached:
        assert reached(credential, uid)
    elif issue is _export_link:
        with session_scope() as s:
            key = data_export.store_export(session=s, user_id=uid)
        if reached is _latest_export_reached:
            assert data_export.latest_export(user_id=uid) == key
        else:
            assert data_export.open_link_token(data_export.sign_link_token(uid, key), user_id=uid) == key
    else:
        assert reached(credential, uid)


# ----------------------------------------------------------------------------- table 2: writers × purge


class _PurgeAfterPut:
    """A storage whose ``put`` of a key under ``prefix`` runs the purge right after storing (the purge
    finished between the writer's ``put`` and anything after it)."""

    def __init__(self, store, uid: int, prefix: str):
        self._store, self._uid, self._prefix, self.fired = store, uid, prefix, False

    def __getattr__(self, name):
        return getattr(self._store, name)

    def put(self, key, data, content_type=None):
        self._store.put(key, data, content_type)
        if key.startswith(self._prefix) and not self.fired:
            self.fired = True
            _purge(self._uid)


def _populated(tag="victim") -> int:
    from tests.integration.datarights.conftest import make_account

    return make_account(tag, 1)[0]


def _w_export_purge_while_building(uid):
    def progress(pct, _msg):
        if pct == 95:  # "saving the archive": the purge ran while data.json was written
            _purge(uid)
    with session_scope() as s:
        try:
            data_export.store_export(session=s, user_id=uid, progress=progress)
        except LookupError:
            pass


def _w_export_purge_after_put(uid):
    store = _PurgeAfterPut(get_storage(), uid, f"exports/{uid}/")
    with session_scope() as s:
        try:
            data_export.store_export(session=s, user_id=uid, storage=store)
        except LookupError:
            pass
    assert store.fired


def _w_stray_between_sweep_and_rows(prefix_of):
    """A writer stored a file after the purge's first sweep, before its rows went (its own row
    committed in between): e.g. a resume upload or a tailored resume under ``resumes/<id>/``."""
    def write(uid):
        original = account_deletion._delete_order

        def order():
            get_storage().put(prefix_of(uid), b"late file", "application/octet-stream")
            return original()
        account_deletion._delete_order = order
        try:
            _purge(uid)
        finally:
            account_deletion._delete_order = original
    return write


def _w_import_upload_after_purge(uid):
    _purge(uid)  # the upload request passed its session check just before
    try:
        exchange_uploads.store_import_upload(user_id=uid, data=b"company,title\nAcme,Engineer\n", filename="a.csv")
    except LookupError:
        pass


def _w_import_report_after_purge(uid):
    upload = exchange_uploads.store_import_upload(user_id=uid, data=b"company,title\nAcme,Engineer\n",
                                                  filename="a.csv")
    original = exchange_uploads.import_csv

    def import_then_purge(**kw):
        report = original(**kw)
        _purge(uid)  # the purge ran while the import ran; the report is stored after it
        return report
    exchange_uploads.import_csv = import_then_purge
    try:
        with session_scope() as s:
            try:
                exchange_uploads.run_import_upload(session=s, upload_id=upload)
            except LookupError:
                pass
    finally:
        exchange_uploads.import_csv = original


WRITERS = [
    ("export job: purge while the zip is built", _w_export_purge_while_building),
    ("export job: purge right after the zip is stored", _w_export_purge_after_put),
    ("resume file stored between sweep and rows", _w_stray_between_sweep_and_rows(lambda u: f"resumes/{u}/late.pdf")),
    ("export zip stored between sweep and rows",
     _w_stray_between_sweep_and_rows(lambda u: f"exports/{u}/{int(time.time())}-{secrets.token_hex(8)}.zip")),
    ("import upload stored between sweep and rows", _w_stray_between_sweep_and_rows(lambda u: f"imports/u{u}-late.csv")),
    ("import upload request racing the purge", _w_import_upload_after_purge),
    ("import job: report stored after the purge", _w_import_report_after_purge),
]


@pytest.mark.parametrize("row", WRITERS, ids=[r[0] for r in WRITERS])
def test_no_user_file_outlives_the_purge(engine_kind, no_rescore, row):
    _name, write = row
    uid = _populated()
    write(uid)
    with session_scope() as s:
        assert s.get(User, uid) is None
    assert _victim_prefix_objects(uid) == []
    nid = _newcomer(uid, "signup")
    assert data_export.latest_export(user_id=nid) is None


# ----------------------------------------------------------------------------- the in-process job path


@pytest.mark.parametrize("mode", ["signup", "same-id"])
@pytest.mark.parametrize("state", ["queued", "retrying"])
def test_a_purged_accounts_queued_job_never_runs(engine_kind, no_rescore, state, mode):
    """The victim's export job is queued (or waiting for its retry) when the purge deletes its row; the
    in-process runner then reaches it: it must not run (it ran, recreating the row, and built the export
    of whoever held the id next)."""
    uid = _populated()
    job_id = uuid.uuid4().hex
    with session_scope() as s:
        s.add(BackgroundJob(id=job_id, func=export_jobs.EXPORT_JOB, args=json.dumps([uid]), user_id=uid,
                            status="queued", attempts=1 if state == "retrying" else 0, max_attempts=3,
                            queued_at=datetime.now(timezone.utc), dedupe_key=f"{export_jobs.EXPORT_JOB}:[{uid}]"))
    _purge(uid)
    nid = _newcomer(uid, mode)
    background.run_job(job_id, export_jobs.EXPORT_JOB, [uid])
    with session_scope() as s:
        assert s.get(BackgroundJob, job_id) is None  # not recreated
    assert _victim_prefix_objects(uid) == []
    assert data_export.latest_export(user_id=nid) is None


def test_purge_cancels_live_jobs_before_anything_else(engine_kind, no_rescore):
    """A live job of the account ends (failed, "cancelled: account deleted") before the files go, so a
    queued one never starts while the purge runs; the purge's own job is left alone."""
    uid = _populated()
    job_id = uuid.uuid4().hex
    with session_scope() as s:
        s.add(BackgroundJob(id=job_id, func=export_jobs.EXPORT_JOB, args=json.dumps([uid]), user_id=uid,
                            status="queued", queued_at=datetime.now(timezone.utc)))
    seen = []
    original = account_deletion._sweep

    def sweep(store, user_id):
        with session_scope() as s:
            row = s.get(BackgroundJob, job_id)
            seen.append(None if row is None else (row.status, row.error))
        return original(store, user_id)
    account_deletion._sweep = sweep
    try:
        report = _purge(uid)
    finally:
        account_deletion._sweep = original
    assert seen[0] == ("failed", "cancelled: account deleted") and seen[1] is None
    assert report.jobs == 1
