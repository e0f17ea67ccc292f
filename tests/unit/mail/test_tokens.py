"""Signed link tokens (services/mail/tokens.py): expiry, purpose separation, forgery, key rotation,
and the reset token's single use (bound to the password hash it was issued for)."""

from __future__ import annotations

import time

import pytest

from careercopilot.services.mail import tokens


def test_round_trip_and_purposes_are_separate():
    tok = tokens.make("unsubscribe", {"u": 7, "t": "digest"})
    assert tokens.read("unsubscribe", tok) == {"u": 7, "t": "digest"}
    for other in ("reset", "verify"):
        with pytest.raises(tokens.InvalidToken):
            tokens.read(other, tok)


@pytest.mark.parametrize("purpose,max_age", [("reset", 30 * 60), ("verify", 7 * 86_400),
                                             ("unsubscribe", 365 * 86_400)])
def test_expiry_boundary(purpose, max_age):
    tok = tokens.make(purpose, {"u": 1})
    issued = time.time()
    assert tokens.read(purpose, tok, now=issued + max_age - 2) == {"u": 1}
    with pytest.raises(tokens.InvalidToken) as err:
        tokens.read(purpose, tok, now=issued + max_age + 2)
    assert err.value.expired


def test_reset_token_lives_thirty_minutes():
    assert tokens.RESET_MAX_AGE == 1800


@pytest.mark.parametrize("bad", [None, "", "x", "a.b.c", "é" * 10, "A" * 700])
def test_garbage_is_refused(bad):
    with pytest.raises(tokens.InvalidToken):
        tokens.read("reset", bad)


def test_tampered_payload_is_refused():
    tok = tokens.make("reset", {"u": 1, "p": "abc"})
    payload, rest = tok.split(".", 1)
    forged = tokens.make("reset", {"u": 2, "p": "abc"}).split(".", 1)[0] + "." + rest
    with pytest.raises(tokens.InvalidToken):
        tokens.read("reset", forged)
    assert tokens.read("reset", tok)["u"] == 1 and payload


def test_rotating_the_secret_key_invalidates_links(monkeypatch):
    from careercopilot.config import settings

    tok = tokens.make("verify", {"u": 3})
    monkeypatch.setattr(settings, "secret_key", "another-secret-key-of-enough-length-0123456789")
    with pytest.raises(tokens.InvalidToken):
        tokens.read("verify", tok)


def test_password_fingerprint_changes_with_every_new_hash():
    from careercopilot.services.passwords import hash_password

    a, b = hash_password("correct horse battery staple"), hash_password("correct horse battery staple")
    assert tokens.password_fingerprint(a) != tokens.password_fingerprint(b)  # new salt: the old link dies
    assert tokens.password_fingerprint(a) == tokens.password_fingerprint(a)
