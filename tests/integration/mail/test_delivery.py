"""Idempotent sending against a real SMTP server (aiosmtpd on loopback) and PostgreSQL:
duplicates, SMTP down mid-batch and restarted, timeout after DATA, permanent refusal, and the
retry path through the real background job."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import BackgroundJob, MailMessage
from careercopilot.services import mail
from careercopilot.services.background import enqueue, wait_inline_jobs

LATER = datetime.now(timezone.utc) + timedelta(days=1)


def _queue(user_id: int, email: str, key: str = "k1", *, kind: str = "test", topic: str | None = None,
           deliver: bool = False) -> MailMessage:
    with session_scope() as s:
        row, _ = mail.queue(session=s, user_id=user_id, kind=kind, dedupe_key=key, to_addr=email,
                            to_name="Zoë Tester", template="test_email", context={}, topic=topic, deliver=deliver)
        return row


def _statuses(ids: list[int]) -> dict[int, str]:
    with session_scope() as s:
        return dict(s.exec(select(MailMessage.id, MailMessage.status).where(MailMessage.id.in_(ids))).all())


def test_queueing_twice_sends_once(mail_pg, smtp_server, make_users):
    (uid, email), = make_users(1)
    first = _queue(uid, email, "2026-12-04")
    again = _queue(uid, email, "2026-12-04")
    assert again.id == first.id
    assert mail.deliver_due().sent == 1
    assert mail.deliver_due(now=LATER).sent == 0  # a re-run finds nothing due
    _queue(uid, email, "2026-12-04")              # a job re-run after sending: still the same row
    assert mail.deliver_due(now=LATER).sent == 0
    assert smtp_server.count_for(email) == 1
    got = smtp_server.messages_for(email)[0]
    assert got["To"].addresses[0].display_name == "Zoë Tester"
    assert got["Message-ID"] == first.message_id


def test_concurrent_deliverers_never_send_one_row_twice(mail_pg, smtp_server, make_users):
    people = make_users(12, name="conc")
    for uid, email in people:
        _queue(uid, email)
    reports = []
    threads = [threading.Thread(target=lambda: reports.append(mail.deliver_due())) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r.sent for r in reports) == 12
    assert [smtp_server.count_for(email) for _, email in people] == [1] * 12


def test_server_stopped_mid_batch_then_restarted(mail_pg, smtp_server, make_users):
    people = make_users(20, name="batch")
    ids = [_queue(uid, email).id for uid, email in people]
    stopped = threading.Event()

    def stop_after_seven(server):
        if len(server.received) >= 7 and not stopped.is_set():
            stopped.set()
            threading.Thread(target=server.stop).start()  # from outside the server's loop

    smtp_server.after_each = stop_after_seven
    first = mail.deliver_due()
    assert stopped.is_set() and first.server_down
    assert 7 <= first.sent < 20
    smtp_server.after_each = None
    while smtp_server.running:
        time.sleep(0.05)
    smtp_server.start()
    second = mail.deliver_due(now=LATER)  # past the backoff of the one that met the dead server
    statuses = _statuses(ids)
    assert "pending" not in statuses.values() and "sending" not in statuses.values()
    counts = {email: smtp_server.count_for(email) for _, email in people}
    assert max(counts.values()) == 1, counts  # nobody got a message twice
    for (uid, email), mid in zip(people, ids):
        if statuses[mid] == "sent":
            assert counts[email] == 1
        else:  # the message in flight when the server went away
            assert statuses[mid] == "unknown" and counts[email] <= 1
    assert first.sent + second.sent + first.unknown == 20
    assert mail.deliver_due(now=LATER + timedelta(days=1)).sent == 0


def test_timeout_after_data_is_unknown_and_not_resent(mail_pg, smtp_server, make_users):
    (uid, email), (uid2, email2) = make_users(2, name="slow")
    smtp_server.stall.add(email)
    slow, fast = _queue(uid, email), _queue(uid2, email2)
    report = mail.deliver_due()
    assert report.unknown == 1
    smtp_server.stall.clear()
    mail.deliver_due(now=LATER)
    mail.deliver_due(now=LATER + timedelta(days=2))
    assert _statuses([slow.id, fast.id]) == {slow.id: "unknown", fast.id: "sent"}
    assert smtp_server.count_for(email) == 1 and smtp_server.count_for(email2) == 1


def test_permanent_refusal_is_failed_without_retry(mail_pg, smtp_server, make_users):
    (uid, email), = make_users(1, name="nouser")
    smtp_server.reject.add(email)
    row = _queue(uid, email)
    assert mail.deliver_due().failed == 1
    assert mail.deliver_due(now=LATER).failed == 0
    with session_scope() as s:
        got = s.get(MailMessage, row.id)
        assert got.status == "failed" and got.attempts == 1 and "550" in got.last_error
        status = mail.smtp_status(session=s)
    assert status["configured"] and status["last_failure_at"] is not None and "550" in status["last_error"]


def test_smtp_down_job_retries_with_backoff_and_no_duplicates(mail_pg, smtp_server, make_users, override_settings):
    """The real job path: SMTP down when the job starts → MailServerUnavailable → the job is
    retried after the 1 s backoff (in-process timers) until the server is back."""
    override_settings(job_retry_max=5)
    people = make_users(5, name="down")
    smtp_server.stop()
    ids = [_queue(uid, email, deliver=True).id for uid, email in people]  # commit → deliver_mail enqueued
    time.sleep(1.5)
    # no message reaches a final state while SMTP is down; 'sending' is the claim a running retry
    # holds on the message it is trying (the snapshot can land inside that run on a loaded machine)
    assert set(_statuses(ids).values()) <= {"pending", "sending"}
    smtp_server.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and set(_statuses(ids).values()) != {"sent"}:
        time.sleep(0.2)
        if "pending" in _statuses(ids).values():
            # per-message backoff: the row that met the dead server waits 1 s; the job retries
            with session_scope() as s:
                jobs = s.exec(select(BackgroundJob).where(BackgroundJob.func == "jobs.mail.deliver_mail")
                              .order_by(BackgroundJob.created_at.desc())).all()
            if jobs and jobs[0].status in ("finished", "failed"):
                enqueue("jobs.mail.deliver_mail")
    wait_inline_jobs()
    assert set(_statuses(ids).values()) == {"sent"}
    assert [smtp_server.count_for(email) for _, email in people] == [1] * 5
    with session_scope() as s:
        attempts = max(j.attempts for j in s.exec(select(BackgroundJob).where(
            BackgroundJob.func == "jobs.mail.deliver_mail")).all())
    assert attempts >= 2  # the first run met the dead server and was retried



def test_a_local_relay_must_be_allow_listed(mail_pg, smtp_server, make_users, override_settings):
    """Issue 9 finding 3: SMTP_HOST passes the SSRF guard like every admin-set destination. With the
    loopback relay off the allowlist (or listed on another port, or by a name that is not the one
    configured) nothing reaches it and the message stays queued; listed by host:port it is delivered."""
    (uid, email), = make_users(1, name="relay")
    _queue(uid, email, "relay")
    later = LATER
    for entries in ([], [f"127.0.0.1:{smtp_server.port + 1}"]):
        override_settings(ssrf_allow_hosts=entries)
        report = mail.deliver_due(now=later)
        assert (report.sent, report.server_down) == (0, True), entries
        later += timedelta(days=1)
    assert smtp_server.received == []
    override_settings(ssrf_allow_hosts=[f"127.0.0.1:{smtp_server.port}"])
    assert mail.deliver_due(now=later).sent == 1
    assert smtp_server.count_for(email) == 1


def test_a_sender_that_died_after_handing_over_leaves_unknown_not_a_resend(mail_pg, smtp_server, make_users):
    """A row left ``sending`` (the process died between the claim and the outcome) becomes
    ``unknown`` once its lease passed — it is never picked up again."""
    from sqlalchemy import update

    (uid, email), = make_users(1, name="crash")
    row = _queue(uid, email)
    with session_scope() as s:
        s.execute(update(MailMessage).where(MailMessage.id == row.id).values(
            status="sending", attempts=1, last_attempt_at=datetime.now(timezone.utc) - timedelta(minutes=5)))
    assert mail.deliver_due().stale == 0 and _statuses([row.id]) == {row.id: "sending"}  # within its lease
    with session_scope() as s:
        s.execute(update(MailMessage).where(MailMessage.id == row.id).values(
            last_attempt_at=datetime.now(timezone.utc) - timedelta(minutes=11)))
    assert mail.deliver_due(now=LATER).stale == 1
    assert _statuses([row.id]) == {row.id: "unknown"}
    assert mail.deliver_due(now=LATER).sent == 0 and smtp_server.count_for(email) == 0


def test_a_4xx_defers_only_that_message_with_backoff(mail_pg, smtp_server, make_users):
    """451 to RCPT: the server is up, so the batch goes on; the deferred message waits for its backoff
    and is sent once later."""
    (uid, email), (uid2, email2) = make_users(2, name="defer")
    smtp_server.defer.add(email)
    deferred, other = _queue(uid, email), _queue(uid2, email2)
    report = mail.deliver_due()
    assert (report.retry, report.sent, report.server_down) == (1, 1, False)
    with session_scope() as s:
        row = s.get(MailMessage, deferred.id)
        assert row.status == "pending" and "451" in row.last_error
        assert row.next_attempt_at > datetime.now(timezone.utc)  # backoff (1 s here)
    assert mail.deliver_due().sent == 0  # not due yet
    smtp_server.defer.clear()
    assert mail.deliver_due(now=LATER).sent == 1
    assert _statuses([deferred.id, other.id]) == {deferred.id: "sent", other.id: "sent"}
    assert smtp_server.count_for(email) == 1 and smtp_server.count_for(email2) == 1
