"""A daily digest and an instant alert through the real loopback aiosmtpd on PostgreSQL: the
rendered postings arrive once, with RFC 2369/8058 ``List-Unsubscribe`` headers of their topic,
and the delivery job run twice sends nothing twice."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from careercopilot.db import session_scope
from careercopilot.models import JobPosting
from careercopilot.services import alerts, mail
from careercopilot.services.alerts import digest
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.services.background import wait_inline_jobs


def _posting(title: str, company: str, first_seen: datetime) -> int:
    n = uuid.uuid4().hex[:10]
    with session_scope() as s:
        p = JobPosting(source_type="greenhouse", ats_id=n, url=f"https://jobs.example.org/{n}", title=title,
                       company=company, company_key=company.lower(), dedupe_key=n, content_hash=n,
                       first_seen_at=first_seen, last_seen_at=first_seen)
        s.add(p)
        s.flush()
        return int(p.id)


def test_digest_and_instant_alert_over_smtp(mail_pg, smtp_server, make_users):
    (uid, email), = make_users(1, name="digest")
    word = "wombat" + uuid.uuid4().hex[:6]
    now = datetime.now(timezone.utc)
    with session_scope() as s:
        ss.create(session=s, user_id=uid, name="Daily wombats", query=word, filters={}, delivery="daily",
                  now=now - timedelta(hours=1))
        ss.create(session=s, user_id=uid, name="Instant wombats", query=f"{word} lead", filters={},
                  delivery="instant", now=now - timedelta(hours=1))
    _posting(f"{word.title()} Engineer", "Acme", now - timedelta(minutes=20))
    _posting(f"{word.title()} Lead", "Beta", now - timedelta(minutes=20))
    with session_scope() as s:
        counts = alerts.run_after_sync(session=s, now=now)
    assert counts["mails"] == 1
    with session_scope() as s:
        built = digest.build_due_digests(session=s, user_id=uid, now=now + timedelta(days=1, hours=1))
    assert [d.count for d in built] == [2]    # the daily search's two postings (the Lead matched both)
    wait_inline_jobs()                        # the delivery job queued after each commit
    mail.deliver_due(now=now + timedelta(days=2))
    assert mail.deliver_due(now=now + timedelta(days=2)).sent == 0
    assert smtp_server.count_for(email) == 2
    got = smtp_server.messages_for(email)
    subjects = sorted(m["Subject"] for m in got)
    assert subjects == ["1 new posting for “Instant wombats”", "Your daily job digest: 2 new postings"]
    for m in got:
        assert m["List-Unsubscribe"].startswith("<http://localhost:3000/unsubscribe/")
        assert m["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    body = next(m for m in got if "digest" in m["Subject"]).get_body(("plain",)).get_content()
    assert f"{word.title()} Engineer — Acme" in body and "Daily wombats" in body
