"""The one builder of ``Content-Disposition`` headers for files the app serves (stdlib only, a leaf).

Every download — résumé files, account exports, letter DOCX/PDF, ``.ics`` calendars, presigned
S3 links — names its file through :func:`content_disposition`. A header written by hand
(``f'attachment; filename="{name}"'``) broke twice (attack106 item 1): Starlette encodes header
values as Latin-1, so a title holding ``Œ``, ``ł``, Cyrillic or CJK raised ``UnicodeEncodeError``
(500), and a quote or CR/LF in a name could end the parameter or the header.

Rules (RFC 6266 §4.1/§4.3, RFC 8187 for ``filename*``):

* the name is cleaned first: control and format characters (Unicode Cc/Cf: CR, LF, NUL, bidi
  overrides) dropped, ``/`` and ``\\`` turned into ``_`` (no path survives), leading dots and
  spaces stripped (no hidden/relative names), capped at :data:`MAX_NAME_BYTES` of UTF-8 keeping
  the extension; nothing left → ``default`` (with the extension when there was one);
* ``filename="…"`` is an ASCII fallback for old clients: accents folded (``Résumé`` → ``Resume``),
  quotes, backslashes and every other unsafe character → ``_``;
* ``filename*=UTF-8''…`` carries the cleaned name percent-encoded, so the header is pure ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

#: Longest cleaned name (UTF-8 bytes): ~50 CJK characters, 150 ASCII; keeps the header < 1 KB.
MAX_NAME_BYTES = 150
_ASCII_UNSAFE = re.compile(r'[^A-Za-z0-9!#$&+.^_`|~ -]')
_SPACES = re.compile(r"\s+")


def _clean(filename: str, default: str) -> str:
    name = "".join(ch for ch in (filename or "") if unicodedata.category(ch) not in ("Cc", "Cf"))
    name = _SPACES.sub(" ", name.replace("/", "_").replace("\\", "_")).strip().lstrip(". ")
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10 or not ext.isascii() or not ext.isalnum():
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    budget = MAX_NAME_BYTES - len(suffix)
    cut = stem.encode("utf-8")[:budget].decode("utf-8", "ignore").rstrip(" .")
    if not cut.strip("_- "):
        cut = default
    return cut + suffix


def content_disposition(filename: str, *, default: str = "download", disposition: str = "attachment") -> str:
    """``attachment; filename="<ascii>"; filename*=UTF-8''<pct-encoded>`` for ``filename`` (any
    text, e.g. a letter title in Japanese); pure ASCII, one line. ``default`` names a file whose
    name cleans to nothing; ``disposition`` is ``attachment`` or ``inline``."""
    name = _clean(filename, default)
    stem, dot, ext = name.rpartition(".")
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    fallback = _ASCII_UNSAFE.sub("_", folded).strip()
    if not fallback.rpartition(".")[0].strip("_- ") if dot else not fallback.strip("_- "):
        fallback = default + (f".{ext}" if dot else "")
    return f"{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
