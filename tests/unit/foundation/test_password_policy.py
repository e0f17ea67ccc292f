"""Password policy (length 10–128, not the email, not common) and argon2id hashing."""

from __future__ import annotations

import pytest

from careercopilot.services.passwords import (
    MAX_PASSWORD_LENGTH,
    MIN_PASSWORD_LENGTH,
    PasswordPolicyError,
    check_password_policy,
    common_passwords,
    hash_password,
    verify_password,
)


def test_length_bounds():
    check_password_policy("q" * 3 + "Zx9!tr7$w2"[: MIN_PASSWORD_LENGTH - 3])
    with pytest.raises(PasswordPolicyError, match="at least 10"):
        check_password_policy("Zx9!tr7$w")
    check_password_policy("Zx9!tr7$w2-пароль-密码" * 6 + "é" * (MAX_PASSWORD_LENGTH - 6 * 20))
    with pytest.raises(PasswordPolicyError, match="at most 128"):
        check_password_policy("é" * (MAX_PASSWORD_LENGTH + 1))


@pytest.mark.parametrize("password", ["alice.smith@example.com", "ALICE.SMITH@EXAMPLE.COM", "alice.smith"])
def test_not_the_email_or_its_local_part(password):
    with pytest.raises(PasswordPolicyError, match="email"):
        check_password_policy(password, email="Alice.Smith@example.com")


@pytest.mark.parametrize("password", ["password123", "PASSWORD123", "1234567890", "qwertyuiop"])
def test_common_passwords_refused(password):
    assert password.lower() in common_passwords()
    with pytest.raises(PasswordPolicyError, match="too common"):
        check_password_policy(password)


def test_common_list_is_loaded():
    assert len(common_passwords()) >= 50


def test_unicode_password_hashes_and_verifies():
    pw = "пароль-密码-🔑-long"
    check_password_policy(pw, email="u@example.com")
    h = hash_password(pw)
    assert h.startswith("$argon2id$")
    assert verify_password(pw, h)
    assert not verify_password(pw + "x", h)


def test_missing_or_malformed_hash_never_verifies():
    assert verify_password("anything-long", None) is False
    assert verify_password("anything-long", "not-a-hash") is False


#: Issue 9 finding 7: passwords the old length-only policy accepted. Each is refused now
#: (repeats, keyboard walks, dictionary words with the usual capital-digit-symbol dressing,
#: leaked favourites, the address itself dressed up).
WEAK_PASSWORDS = [
    " " * 10, " " * 20, "a" * 20, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "passwordpassword", "Password1!", "Password123!", "P@ssw0rd2024", "Summer2024!", "Welcome123!",
    "qwertyuiop123", "1q2w3e4r5t6y", "abcdefghij", "0123456789", "iloveyou123", "letmein12345",
    "Monkey123456", "dragondragon", "football1234", "zaq12wsxcde", "abc123abc123", "1111111111",
    "alice.smith2024", "AliceSmith123",
]


@pytest.mark.parametrize("password", WEAK_PASSWORDS)
def test_weak_passwords_refused_by_strength_estimate(password):
    with pytest.raises(PasswordPolicyError):
        check_password_policy(password, email="alice.smith@example.com")


@pytest.mark.parametrize("password", [
    "tangerine-bicycle-42", "orange-Kettle-4812", "correct horse battery B", "Zx9!tr7$w2",
    "пароль-密码-🔑-long", "nebula quarry fig 77",
])
def test_strong_passwords_accepted(password):
    check_password_policy(password, email="alice.smith@example.com")
