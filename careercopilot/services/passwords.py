"""Password hashing (argon2id via pwdlib) and the password policy (length, zxcvbn strength,
common/breached list)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from zxcvbn import zxcvbn

#: Bounds of the password policy. 10 follows the product brief; 128 caps hashing cost.
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 128
#: Lowest accepted zxcvbn score (0–4). 3 = "safely unguessable: moderate protection from an
#: offline slow-hash scenario" (about 10^8 guesses or more; Wheeler, USENIX Security 2016).
MIN_ZXCVBN_SCORE = 3
#: zxcvbn refuses longer input (its matching is quadratic); the first 72 characters are scored.
ZXCVBN_MAX_CHARS = 72

_hasher = PasswordHash((Argon2Hasher(),))  # argon2id with pwdlib's OWASP-aligned defaults


class PasswordPolicyError(ValueError):
    """The password breaks the policy; ``str(error)`` is a user-facing message, ``code`` its key in
    :mod:`careercopilot.services.auth_messages`."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The bundled common-password list (``careercopilot/data/common_passwords.txt``)."""
    text = resources.files("careercopilot.data").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def check_password_policy(password: str, *, email: str | None = None) -> None:
    """Raise :class:`PasswordPolicyError` unless ``password`` satisfies the policy.

    Rules: 10–128 characters; not the email address nor its local part; not in the
    bundled common-password list (case-insensitive, surrounding spaces ignored); and a
    zxcvbn score of at least :data:`MIN_ZXCVBN_SCORE` with the address as user input
    (zxcvbn's dictionaries include leaked-password frequency lists, so repeats such as
    ``aaaaaaaaaaaaaaaaaaaa``, ``passwordpassword`` and ``Password1!`` score 0–1).
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"Use at least {MIN_PASSWORD_LENGTH} characters.", "password_too_short")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"Use at most {MAX_PASSWORD_LENGTH} characters.", "password_too_long")
    lowered = password.strip().lower()
    if email:
        email_l = email.strip().lower()
        if lowered in {email_l, email_l.split("@", 1)[0]}:
            raise PasswordPolicyError("Your password must not be your email address.", "password_is_email")
    if lowered in common_passwords() or not lowered:
        raise PasswordPolicyError("That password is too common; choose another.", "password_common")
    user_inputs = [email.strip().lower(), email.strip().lower().split("@", 1)[0]] if email else []
    if zxcvbn(password[:ZXCVBN_MAX_CHARS], user_inputs=user_inputs)["score"] < MIN_ZXCVBN_SCORE:
        raise PasswordPolicyError(
            "That password is too easy to guess; use a few unrelated words or a longer mix of characters.",
            "password_weak",
        )


def hash_password(password: str) -> str:
    """argon2id hash string (PHC format) of ``password``."""
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """True when ``password`` matches; a missing hash verifies a dummy to equalize timing."""
    if not password_hash:
        _hasher.verify(password, _dummy_hash())
        return False
    try:
        return _hasher.verify(password, password_hash)
    except Exception:  # malformed hash in the DB: never authenticate
        return False


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("dummy-password-for-timing")
