"""Encryption at rest of LLM API keys (admin provider keys and users' personal keys).

Fernet (AES-128-CBC + HMAC-SHA256, ``cryptography``) with a key derived from
``SECRET_KEY`` by HKDF-SHA256 (RFC 5869; fixed info string, no salt: the input is already a
high-entropy secret). Keys are decrypted only in the process that calls the provider;
they are never sent to the browser and never logged (``ProviderConfig.__repr__`` masks them).
:func:`rotate` re-encrypts every stored key after ``SECRET_KEY`` changes
(``python -m careercopilot rotate-secret --old OLD``).
"""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from careercopilot.config import settings

INFO = b"career-copilot llm api keys v1"


def _fernet(secret: str | None = None) -> Fernet:
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INFO).derive(
        (secret if secret is not None else settings.secret_key).encode())
    return Fernet(base64.urlsafe_b64encode(raw))


def encrypt(plaintext: str, *, secret: str | None = None) -> str:
    """The ciphertext (ASCII token) of ``plaintext``."""
    return _fernet(secret).encrypt(plaintext.encode()).decode()


def decrypt(token: str, *, secret: str | None = None) -> str:
    """The plaintext of ``token``; ValueError when it was not made with this secret."""
    try:
        return _fernet(secret).decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ValueError("the stored key cannot be decrypted with the current SECRET_KEY "
                         "(run `python -m careercopilot rotate-secret --old <previous secret>`)") from exc


def rotate(*, session, old_secret: str, new_secret: str | None = None) -> int:
    """Re-encrypt every value stored with this key derivation — LLM API keys (admin providers,
    users' personal keys) and TOTP secrets (``TotpFactor.secret_enc``: before session 31 they were
    left behind, so a new SECRET_KEY locked every two-factor user out) — from ``old_secret`` to
    ``new_secret`` (default: the current ``SECRET_KEY``); returns how many were re-encrypted. Values
    already readable with the new secret are left as they are (a re-run is harmless); ValueError
    when one is readable with neither."""
    from sqlmodel import select

    from careercopilot.models import LLMProvider, TotpFactor, UserLLMSetting

    count = 0
    for model, column in ((LLMProvider, "api_key_enc"), (UserLLMSetting, "api_key_enc"), (TotpFactor, "secret_enc")):
        for row in session.exec(select(model).where(getattr(model, column) != "")):
            token = getattr(row, column)
            try:
                decrypt(token, secret=new_secret)
                continue
            except ValueError:
                pass
            setattr(row, column, encrypt(decrypt(token, secret=old_secret), secret=new_secret))
            session.add(row)
            count += 1
    return count
