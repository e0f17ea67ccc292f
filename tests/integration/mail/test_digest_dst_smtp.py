"""Daily digests across the daylight-saving change in both hemispheres, delivered through the real
loopback aiosmtpd on PostgreSQL: the digest goes out at the user's local digest hour (08:00) on the
day before, of and after the change — so its UTC instant moves by an hour — once per local day.

Transitions (IANA tz database, 2026): Europe/Berlin 29 March 02:00 CET → 03:00 CEST (UTC+1 → +2);
Australia/Sydney 5 April 03:00 AEDT → 02:00 AEST (UTC+11 → +10). The instants below are written
out by hand (local 07:30 = not yet due, local 08:30 = due), not computed by the code under test."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest

from careercopilot.db import session_scope
from careercopilot.models import JobPosting, User
from careercopilot.services import alerts, mail
from careercopilot.services.alerts import digest
from careercopilot.services.alerts import saved_searches as ss
from careercopilot.services.background import wait_inline_jobs


def Z(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


#: zone → [(posting first seen, local 07:30 of the digest day, local 08:30 of it)]
DAYS = {
    "Europe/Berlin": [
        (Z(2026, 3, 28, 0, 30), Z(2026, 3, 28, 6, 30), Z(2026, 3, 28, 7, 30)),   # CET, day before
        (Z(2026, 3, 29, 0, 30), Z(2026, 3, 29, 5, 30), Z(2026, 3, 29, 6, 30)),   # CEST from 02:00
        (Z(2026, 3, 30, 0, 30), Z(2026, 3, 30, 5, 30), Z(2026, 3, 30, 6, 30)),
    ],
    "Australia/Sydney": [
        (Z(2026, 4, 3, 14, 0), Z(2026, 4, 3, 20, 30), Z(2026, 4, 3, 21, 30)),    # Sat 4 Apr, AEDT
        (Z(2026, 4, 4, 14, 0), Z(2026, 4, 4, 21, 30), Z(2026, 4, 4, 22, 30)),    # Sun 5 Apr, AEST from 03:00
        (Z(2026, 4, 5, 14, 0), Z(2026, 4, 5, 21, 30), Z(2026, 4, 5, 22, 30)),    # Mon 6 Apr
    ],
}


def _posting(title: str, first_seen: datetime) -> None:
    n = uuid.uuid4().hex[:10]
    with session_scope() as s:
        s.add(JobPosting(source_type="greenhouse", ats_id=n, url=f"https://jobs.example.org/{n}", title=title,
                         company=f"Co {n}", company_key=f"co {n}", dedupe_key=n, content_hash=n,
                         first_seen_at=first_seen, last_seen_at=first_seen))


@pytest.mark.parametrize("zone", sorted(DAYS))
def test_daily_digest_at_the_local_hour_across_the_change(mail_pg, smtp_server, make_users, zone):
    (uid, email), = make_users(1, name="dst")
    word = "quokka" + uuid.uuid4().hex[:6]
    days = DAYS[zone]
    with session_scope() as s:
        user = s.get(User, uid)
        user.timezone = zone
        s.add(user)
        ss.create(session=s, user_id=uid, name="Daily quokkas", query=word, filters={}, delivery="daily",
                  now=days[0][0] - timedelta(hours=12))
    built = []
    for i, (seen, before, after) in enumerate(days):
        _posting(f"{word.title()} Keeper {i}", seen)
        with session_scope() as s:
            alerts.run_after_sync(session=s, now=seen + timedelta(minutes=30))
        with session_scope() as s:
            assert digest.build_due_digests(session=s, user_id=uid, now=before) == [], f"day {i}: before 08:00"
        with session_scope() as s:
            got = digest.build_due_digests(session=s, user_id=uid, now=after)
            assert [d.count for d in got] == [1], f"day {i}: due at local 08:00"
            built.append(got[0])
        with session_scope() as s:  # the same local day again: nothing more
            assert digest.build_due_digests(session=s, user_id=uid, now=after + timedelta(hours=3)) == []
    wait_inline_jobs()
    mail.deliver_due(now=days[-1][2] + timedelta(hours=1))
    assert mail.deliver_due(now=days[-1][2] + timedelta(hours=1)).sent == 0
    got = smtp_server.messages_for(email)
    assert len(got) == 3
    assert [m["Subject"] for m in got] == ["Your daily job digest: 1 new posting"] * 3
    bodies = sorted(m.get_body(("plain",)).get_content() for m in got)
    for i in range(3):
        assert sum(f"{word.title()} Keeper {i}" in b for b in bodies) == 1  # each posting in exactly one digest
