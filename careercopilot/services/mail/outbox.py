"""The in-app Outbox (every message the app wrote to a user, newest first) and unsubscribes.

With no SMTP configured (the embedded default) the Outbox is where mail is read; with SMTP it
is the user's copy of what was sent, with its delivery status. Only the plain-text part is
shown (never the HTML: the page renders text); the links in it are listed separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from careercopilot.models import MailMessage, MailOptOut
from careercopilot.services import credentials
from careercopilot.services.mail import tokens

#: Messages listed on the Outbox page.
LIST_LIMIT = 100
#: Kinds whose link is a credential: a reset link sets the password. When the message went out
#: by email (any status but ``outbox``), the Outbox shows it without its body: otherwise a session
#: alone (stolen cookie, shared computer) could read the link and set a password of its choosing —
#: only the mailbox may do that (attack notes, session 6). Without SMTP the Outbox IS the delivery
#: and shows it. Data exports leave these bodies out too (``services.data_export``).
CREDENTIAL_KINDS = frozenset({"password_reset"})
#: What the Outbox shows instead of such a message's body.
REDACTED_TEXT = ("This message was sent to your mailbox by email. Its link works only from there: "
                 "it is not shown in the app.")
_URL = re.compile(r"https?://[^\s<>\"']+")
#: What the Outbox says about each status.
STATUS_LABELS = {"outbox": "In the app only (no mail server configured)", "pending": "Waiting to be sent",
                 "sending": "Being sent", "sent": "Sent by email", "unknown": "Delivery unknown (not resent)",
                 "failed": "Not delivered", "suppressed": "Not sent (unsubscribed)"}


@dataclass(frozen=True)
class OutboxItem:
    """One row of the Outbox list: one message — its newest copy (``id``, ``created_at``,
    ``status``) and how many times it was written (``count``; :func:`list_messages`)."""

    id: int
    subject: str
    created_at: datetime
    status: str
    unread: bool
    count: int = 1


@dataclass(frozen=True)
class OutboxCopy:
    """One time a message was written (``MailMessage`` row): when, and what became of it."""

    id: int
    created_at: datetime
    status: str


@dataclass(frozen=True)
class OutboxMessage:
    """One message as the Outbox shows it: the text body and the links found in it."""

    id: int
    subject: str
    to_addr: str
    created_at: datetime
    status: str
    text: str
    links: list[str]
    #: every copy of this message, newest first (one when it was written once)
    copies: list[OutboxCopy] = field(default_factory=list)


def thread_key(kind: str, subject: str) -> tuple[str, str]:
    """What makes two send-log rows the same message in the Outbox: the same ``kind`` and subject.

    Trial 17 finding 2 ("the Outbox lists each subject three times"): the send-log writes one row
    per request, not per message — every "Forgot password?" queues a new ``password_reset`` row
    (its key is the job's id), every unverified sign-in day a new ``verify_email``, every day a
    taken address is tried a new ``signup_notice``, every snooze of a reminder a new
    ``reminder_due`` — all with one subject. A person reads those as one message sent again, as
    mail clients thread a subject into one conversation (RFC 5256 ``THREAD=ORDEREDSUBJECT``
    groups by base subject; Gmail's conversation view likewise); the Outbox lists it once, with
    its copies. The kind is part of the key so two features never merge by a chance subject."""
    return kind, " ".join(subject.split()).casefold()


def _rows(session: Session, user_id: int, limit: int):
    return session.exec(select(MailMessage.id, MailMessage.subject, MailMessage.created_at, MailMessage.status,
                               MailMessage.read_at, MailMessage.kind).where(MailMessage.user_id == user_id)
                        .order_by(MailMessage.created_at.desc(), MailMessage.id.desc()).limit(limit)).all()


def list_messages(*, session: Session, user_id: int, limit: int = LIST_LIMIT) -> list[OutboxItem]:
    """The user's messages, newest first: one :class:`OutboxItem` per message (:func:`thread_key`)
    over the newest ``limit`` send-log rows, carrying its newest copy, the number of copies and
    ``unread`` when any copy was not opened yet."""
    items: dict[tuple[str, str], OutboxItem] = {}
    for mid, subject, created_at, status, read_at, kind in _rows(session, user_id, limit):
        key = thread_key(kind, subject)
        first = items.get(key)
        if first is None:
            items[key] = OutboxItem(mid, subject, created_at, status, read_at is None)
        else:
            items[key] = replace(first, count=first.count + 1, unread=first.unread or read_at is None)
    return list(items.values())


def unread_count(*, session: Session, user_id: int) -> int:
    """Messages of the user not opened in the Outbox yet."""
    return session.exec(select(func.count()).select_from(MailMessage)
                        .where(MailMessage.user_id == user_id, MailMessage.read_at.is_(None))).one()


def open_message(*, session: Session, user_id: int, message_id: int) -> OutboxMessage:
    """The user's message ``message_id`` with every copy of it (:func:`thread_key`, newest first;
    among the newest :data:`LIST_LIMIT` rows, as listed), all marked read — the list shows the
    message once, so opening it reads it. Raises LookupError for anyone else's."""
    row = session.get(MailMessage, message_id)
    if row is None or row.user_id != user_id:
        raise LookupError("message not found")
    key = thread_key(row.kind, row.subject)
    same = [r for r in _rows(session, user_id, LIST_LIMIT) if thread_key(r[5], r[1]) == key]
    copies = [OutboxCopy(r[0], r[2], r[3]) for r in same]
    unread = {r[0] for r in same if r[4] is None} | ({row.id} if row.read_at is None else set())
    if unread:
        session.execute(update(MailMessage).where(MailMessage.user_id == user_id, MailMessage.id.in_(sorted(unread)))
                        .values(read_at=datetime.now(timezone.utc)))
    text = REDACTED_TEXT if is_redacted(row.kind, row.status) else row.body_text
    links = list(dict.fromkeys(m.rstrip(".,;:)") for m in _URL.findall(text)))
    return OutboxMessage(row.id, row.subject, row.to_addr, row.created_at, row.status, text, links,
                         copies or [OutboxCopy(row.id, row.created_at, row.status)])


def is_redacted(kind: str, status: str) -> bool:
    """Whether the Outbox hides the body of a ``kind`` message in ``status`` (:data:`CREDENTIAL_KINDS`)."""
    return kind in CREDENTIAL_KINDS and status != "outbox"


def _token_account(session: Session, token: str) -> tuple[int, str]:
    """``(user_id, topic)`` of a valid unsubscribe token whose account still exists, was created no later
    than the token (``credentials.account_for_token``: a purged account's link never acts on the newer
    account holding its id, attack145 finding 2) and is not scheduled for deletion. Raises InvalidToken."""
    payload, issued = tokens.read_stamped("unsubscribe", token)
    user_id, topic = payload.get("u"), payload.get("t")
    if not isinstance(user_id, int) or not isinstance(topic, str) or not topic:
        raise tokens.InvalidToken("This link is not valid.")
    user = credentials.account_for_token(session=session, user_id=user_id, issued_at=issued)
    if user is None or user.deletion_requested_at is not None:  # gone, newer, or scheduled for deletion
        raise tokens.InvalidToken("This link is not valid.")
    return user_id, topic


def unsubscribe(*, session: Session, token: str) -> tuple[int, str]:
    """Apply a one-click unsubscribe token: record the opt-out (idempotent) and suppress the
    topic's messages still waiting. Returns ``(user_id, topic)``; raises ``tokens.InvalidToken``
    (also for the link of another account instance: :func:`_token_account`)."""
    user_id, topic = _token_account(session, token)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(MailOptOut.__table__).values(user_id=user_id, topic=topic[:40], created_at=datetime.now(timezone.utc))
                    .on_conflict_do_nothing(index_elements=["user_id", "topic"]))
    session.execute(update(MailMessage).where(MailMessage.user_id == user_id, MailMessage.topic == topic,
                                              MailMessage.status == "pending").values(status="suppressed"))
    return user_id, topic


def is_unsubscribed(*, session: Session, token: str) -> bool:
    """Whether the user a valid unsubscribe token names has already opted out of its topic
    (False for an invalid token, or one of another account instance)."""
    try:
        payload, issued = tokens.read_stamped("unsubscribe", token)
    except tokens.InvalidToken:
        return False
    user_id, topic = payload.get("u"), payload.get("t")
    if not isinstance(topic, str) or credentials.account_for_token(session=session, user_id=user_id,
                                                                   issued_at=issued) is None:
        return False
    return session.exec(select(MailOptOut.id).where(MailOptOut.user_id == user_id,
                                                    MailOptOut.topic == topic[:40])).first() is not None


def link_usable(*, session: Session, token: str) -> bool:
    """Whether the account a valid unsubscribe token names can still use it: not scheduled for
    deletion nor gone, nor a newer account holding a purged one's id (:func:`_token_account`, the rule
    :func:`unsubscribe` applies), so the confirmation page and the one-click POST agree (session 25
    probe: the page asked "Stop receiving …?" for an account scheduled for deletion, then the POST said
    "not valid")."""
    try:
        _token_account(session, token)
    except tokens.InvalidToken:
        return False
    return True


def describe_topic(token: str) -> str | None:
    """The topic a valid unsubscribe token names (for the GET confirmation page), else None."""
    try:
        topic = tokens.read("unsubscribe", token).get("t")
    except tokens.InvalidToken:
        return None
    return topic if isinstance(topic, str) else None
