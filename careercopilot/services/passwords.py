"""Password hashing (argon2id via pwdlib) and the password policy (length, zxcvbn strength,
common/breached list)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
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


#: A password containing the address's local part (without ``+tag``) is refused when that part
#: has at least this many characters; shorter ones ("al", "j.b") occur in too many good passwords.
MIN_CONTAINED_LOCAL = 4
_SEPARATORS = re.compile(r"[._\-+\s]+")
_WHITESPACE = re.compile(r"\s+")


def address_inputs(email: str | None, names: Iterable[str | None] = ()) -> list[str]:
    """zxcvbn ``user_inputs`` of an account (lower case, de-duplicated, order kept): the address,
    its local part, the local part without ``+tag``, that part's pieces split on ``. _ -``, the
    domain and its labels except the top-level one, and each display name with its words.
    ``address_inputs("Weak.User+7@mail.example.com")`` → ``["weak.user+7@mail.example.com",
    "weak.user+7", "weak.user", "weakuser", "weak", "user", "mail.example.com", "mail", "example"]``."""
    out: list[str] = []

    def add(*values: str) -> None:
        for v in values:
            v = policy_skeleton(v).strip().lower()  # compared with the password's skeleton
            if v and v not in out:
                out.append(v)

    if email:
        address = email.strip().lower()
        local, _, domain = address.rpartition("@") if "@" in address else (address, "", "")
        base = local.split("+", 1)[0]
        add(address, local, base, _SEPARATORS.sub("", base), *_SEPARATORS.split(base))
        if domain:
            labels = domain.split(".")
            add(domain, *(labels[:-1] if len(labels) > 1 else labels))
    for name in names:
        if name and name.strip():
            add(name, _SEPARATORS.sub("", name), *_SEPARATORS.split(name))
    return out


def policy_skeleton(password: str) -> str:
    """What the policy judges: ``password`` with compatibility forms folded (NFKC: full-width and
    other forms, ``ｐａｓｓｗｏｒｄ`` → ``password``; NIST SP 800-63B §5.1.1.2 normalizes with NFKC or
    NFKD), without combining marks (NFKD, General Category Mn/Me: ``passw\\u0323ord`` is still
    ``password`` to a guesser) and without invisible characters (Cf and the other
    Default_Ignorable_Code_Points of :mod:`careercopilot.normalize.invisible`: zero-width space and
    joiner, soft hyphen, variation selectors, Hangul fillers, CGJ). The hash is of the password as
    typed; only the strength rules use the skeleton (session 13 attacker, two rounds: disguised
    common passwords were accepted). Latin letters of another shape (small capitals, dotless i,
    script g, letters with a stroke or hook) count as their plain letter (:func:`_latin_base`).
    Look-alike letters of other scripts (Cyrillic ``раѕѕwоrԁ``) are not folded: that needs Unicode's confusables data (UTS #39), which no installed package
    ships."""
    from careercopilot.normalize.invisible import ignorable_characters

    hidden = ignorable_characters()
    decomposed = unicodedata.normalize("NFKD", password)
    kept = "".join(_latin_base(c) for c in decomposed if c not in hidden and unicodedata.category(c) not in ("Mn", "Me"))
    return unicodedata.normalize("NFKC", kept)


#: A Latin letter's name that names a plain letter under a variant shape: "LATIN LETTER SMALL CAPITAL P",
#: "LATIN SMALL LETTER DOTLESS I", "LATIN SMALL LETTER SCRIPT G", "LATIN SMALL LETTER D WITH STROKE",
#: "LATIN SMALL LETTER P WITH HOOK" (UnicodeData.txt names; NFKD leaves these letters alone).
_LATIN_VARIANT = re.compile(r"^LATIN (?:SMALL |CAPITAL )?LETTER (?:SMALL CAPITAL |DOTLESS |SCRIPT )?([A-Z])(?: WITH .*)?$")


def _latin_base(ch: str) -> str:
    """The plain ASCII letter a Latin variant letter stands for (``ı`` → ``i``, ``ᴘ`` → ``p``, ``ø`` →
    ``o``, ``đ`` → ``d``, ``ɡ`` → ``g``); any other character unchanged (session 13 attacker, third
    round: "ᴘᴀssᴡᴏʀᴅ123", "passwørd1234" passed)."""
    if ch.isascii():
        return ch
    m = _LATIN_VARIANT.match(unicodedata.name(ch, ""))
    return m.group(1).lower() if m else ch


def check_password_policy(password: str, *, email: str | None = None, names: Iterable[str | None] = ()) -> None:
    """Raise :class:`PasswordPolicyError` unless ``password`` satisfies the policy.

    Rules: 10–128 characters; not the email address, and not containing its local part without
    ``+tag`` (with or without its ``. _ -`` separators; when it has at least
    :data:`MIN_CONTAINED_LOCAL` characters); not in the bundled common-password list
    (case-insensitive, surrounding spaces ignored); and a zxcvbn score of at least
    :data:`MIN_ZXCVBN_SCORE` with :func:`address_inputs` of the address and the account's display
    ``names`` as user inputs (zxcvbn's dictionaries include leaked-password frequency lists, so
    repeats such as ``aaaaaaaaaaaaaaaaaaaa``, ``passwordpassword`` and ``Password1!`` score 0–1;
    user inputs make the address's words cost as little as a dictionary word — attack a12 W8:
    ``weakuser.a12`` passed for ``weakuser.a12+NNNN@example.com``). Every rule but the upper
    length bound judges :func:`policy_skeleton` of the password.
    """
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"Use at most {MAX_PASSWORD_LENGTH} characters.", "password_too_long")
    password = policy_skeleton(password)  # every rule below judges what a guesser would try
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(f"Use at least {MIN_PASSWORD_LENGTH} characters.", "password_too_short")
    lowered = password.strip().lower()
    if email:
        email_l = policy_skeleton(email).strip().lower()
        local = email_l.rpartition("@")[0] or email_l
        base = local.split("+", 1)[0]
        compact = _SEPARATORS.sub("", lowered)
        if lowered in {email_l, local}:
            raise PasswordPolicyError("Your password must not be your email address.", "password_is_email")
        if len(base) >= MIN_CONTAINED_LOCAL and (base in lowered or _SEPARATORS.sub("", base) in compact):
            # say what was found: "Nurse-pass-2026" for nurse@… is not the address (newcomer trial 2026-12-06)
            raise PasswordPolicyError("Your password must not contain the name of your email address (the part "
                                      "before the @).", "password_has_email_name")
    spaced_out = _WHITESPACE.sub("", lowered)  # "pass word123", "pass\u3000word123": the list's word with gaps
    if lowered in common_passwords() or spaced_out in common_passwords() or not lowered:
        raise PasswordPolicyError("That password is too common; choose another.", "password_common")
    if zxcvbn(password[:ZXCVBN_MAX_CHARS], user_inputs=address_inputs(email, names))["score"] < MIN_ZXCVBN_SCORE:
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
