"""Provider sign-in links an account only on the provider's exact address (sec125 finding 5).

``normalize_email`` folds compatibility forms (NFKC), so a provider-verified "ａlice@example.com"
(full-width ａ) opened alice@example.com's account. Only case and the domain's IDNA form may differ.
Old code: 6 of the 6 look-alike rows were linked to the plain account."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import identities
from careercopilot.services.oauth import OAuthError, Profile

LOOKALIKES = [
    ("ａlice@example.com", "alice@example.com"),        # full-width a (U+FF41)
    ("ａｌｉｃｅ@example.com", "alice@example.com"),     # all full-width
    ("ⓐlice@example.com", "alice@example.com"),         # circled a (U+24D0)
    ("ﬁnn@example.com", "finn@example.com"),            # fi ligature (U+FB01)
    ("alice²@example.com", "alice2@example.com"),       # superscript two
    ("𝐚lice@example.com", "alice@example.com"),         # mathematical bold a
]
SAME_MAILBOX = [
    ("Alice@Example.COM", "alice@example.com"),         # case
    ("alice@ｅｘａｍｐｌｅ．com", "alice@example.com"),   # the domain's full-width form and dot: IDNA maps it
    (" alice@example.com ", "alice@example.com"),
]


def _verified(email: str) -> int:
    with session_scope() as s:
        user = User(email=email, email_verified_at=datetime.now(timezone.utc))
        s.add(user)
        s.flush()
        return user.id


@pytest.mark.parametrize("provider_email,account", LOOKALIKES)
def test_a_lookalike_address_is_never_linked(sqlite_engine, provider_email, account):
    uid = _verified(account)
    with pytest.raises(OAuthError) as exc, session_scope() as s:
        identities.sign_in(session=s, profile=Profile("google", f"g-{provider_email}", provider_email, True))
    assert exc.value.code == "oauth_email_lookalike"
    with session_scope() as s:
        assert s.get(User, uid).email == account and len(s.exec(select(User)).all()) == 1  # nothing created


@pytest.mark.parametrize("provider_email,account", SAME_MAILBOX)
def test_the_same_mailbox_links(sqlite_engine, provider_email, account):
    uid = _verified(account)
    with session_scope() as s:
        out = identities.sign_in(session=s, profile=Profile("github", f"h-{provider_email}", provider_email, True))
    assert out.user_id == uid and out.linked and not out.created
