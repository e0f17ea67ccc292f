"""Message composition: Jinja2 templates → an RFC 5322 ``email.message.EmailMessage``.

Templates live in this package's ``templates/`` folder, three files per message name:
``<name>.subject.txt`` (one line), ``<name>.txt`` (plain text) and ``<name>.html`` (HTML,
autoescaped, extends ``_layout.html``). The HTML part is an alternative of the text part
(``multipart/alternative``, RFC 2046 §5.1.4).

Headers (:func:`build_message`):

* ``From``/``To`` are ``email.headerregistry.Address`` objects: a non-ASCII display name is
  written as an RFC 2047 encoded-word, the address itself stays outside it (RFC 2047 §5(3):
  encoded-words never appear inside an addr-spec); an internationalized domain is written as
  IDNA A-labels (``xn--…``). A non-ASCII local part needs SMTPUTF8 (RFC 6531):
  :func:`needs_smtputf8` says so and the message is then serialized with ``policy.SMTPUTF8``.
* Control characters (CR, LF, NUL…) in display names and subjects are replaced by spaces, so a
  name can never start a new header (header injection).
* ``Date`` (RFC 5322 §3.3), ``Message-ID`` (fixed when the send-log row is written),
  ``Auto-Submitted: auto-generated`` (RFC 3834) and, for mail a user can opt out of,
  ``List-Unsubscribe: <https://…>`` + ``List-Unsubscribe-Post: List-Unsubscribe=One-Click``
  (RFC 2369, RFC 8058).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from functools import lru_cache
from pathlib import Path
from typing import Any

import idna
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
#: Every code point a header value must not carry (attack80 finding 6): C0 controls (CR, LF, VT, FF, the
#: file/group/record separators Python's ``str.splitlines`` breaks at), DEL, C1 controls (NEL U+0085:
#: ``email.policy`` refused the header with ValueError, so an imported company "Acme\x85Corp" broke the
#: user's reminder mail) and the Unicode line/paragraph separators U+2028/U+2029.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_FORBIDDEN = re.compile(r"[\x00-\x20\x7f-\x9f<>\u2028\u2029]")
#: Longest display name / subject kept (characters).
MAX_NAME = 120
MAX_SUBJECT = 300
#: Serialization policies. Lines are folded at 76 characters, not the 78 default: at 78,
#: CPython's folder writes 76-character encoded-words, which RFC 2047 §2 forbids (at most 75);
#: at 76 they stay at 72 or fewer (tests/unit/mail/test_headers.py checks both limits).
WIRE = policy.SMTP.clone(max_line_length=76)
WIRE_UTF8 = policy.SMTPUTF8.clone(max_line_length=76)


@dataclass(frozen=True)
class Rendered:
    """A rendered message body: ``subject`` (one line), ``text`` and ``html`` parts."""

    subject: str
    text: str
    html: str


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment over :data:`TEMPLATE_DIR` (HTML autoescaped, undefined names raise)."""
    return Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=select_autoescape(["html"]),
                       undefined=StrictUndefined, keep_trailing_newline=True)


def render(name: str, context: dict[str, Any]) -> Rendered:
    """Render template ``name`` with ``context``; raises ``jinja2.TemplateNotFound`` /
    ``jinja2.UndefinedError`` for an unknown template or a missing variable."""
    env = environment()
    subject = clean_line(env.get_template(f"{name}.subject.txt").render(context), MAX_SUBJECT)
    text = env.get_template(f"{name}.txt").render(context)
    html = env.get_template(f"{name}.html").render({**context, "subject": subject})
    return Rendered(subject, text, html)


def clean_line(value: str | None, limit: int) -> str:
    """``value`` on one line: every line-break-like or control code point (:data:`_CONTROL`: CR, LF, VT, FF,
    NEL, U+2028, U+2029, C0 and C1 controls) → one space, trimmed, cut to ``limit``."""
    return _CONTROL.sub(" ", value or "").strip()[:limit]


def ascii_address(addr: str) -> str:
    """``addr`` with its domain as IDNA A-labels (``anna@bücher.de`` → ``anna@xn--bcher-kva.de``,
    UTS #46 mapping); the local part unchanged. Addresses are validated on sign-up
    (services/users.normalize_email); here only their shape is checked, so operator addresses such
    as ``career-copilot@localhost`` pass. Raises ValueError for text that is no address (no ``@``,
    an empty part, spaces, control characters or ``<>``)."""
    local, at, domain = (addr or "").rpartition("@")
    if not at or not local or not domain or _FORBIDDEN.search(addr):
        raise ValueError(f"not an email address: {addr!r}")
    try:
        domain = domain.lower() if domain.isascii() else idna.encode(domain, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(f"not an email address: {addr!r}: {exc}") from None
    return f"{local}@{domain}"


def needs_smtputf8(*addrs: str) -> bool:
    """True when an address has a non-ASCII local part (SMTPUTF8, RFC 6531, is then required)."""
    return any(not ascii_address(a).isascii() for a in addrs)


def make_address(addr: str, name: str | None = None) -> Address:
    """An ``Address`` with the display name cleaned (:func:`clean_line`) and the domain in A-labels."""
    local, _, domain = ascii_address(addr).rpartition("@")
    return Address(display_name=clean_line(name, MAX_NAME), username=local, domain=domain)


def new_message_id(from_addr: str) -> str:
    """A fresh ``<…@domain>`` Message-ID on the sender's domain (RFC 5322 §3.6.4)."""
    return make_msgid(domain=ascii_address(from_addr).rpartition("@")[2])


def build_message(*, from_addr: str, from_name: str | None, to_addr: str, to_name: str | None, subject: str,
                  text: str, html: str | None, message_id: str, unsubscribe_url: str | None = None,
                  date: datetime | None = None) -> EmailMessage:
    """The message to hand to SMTP (see the module doc for the headers). Raises ValueError for
    an invalid address."""
    msg = EmailMessage(policy=WIRE_UTF8 if needs_smtputf8(from_addr, to_addr) else WIRE)
    msg["From"] = make_address(from_addr, from_name)
    msg["To"] = make_address(to_addr, to_name)
    msg["Subject"] = clean_line(subject, MAX_SUBJECT)
    msg["Date"] = format_datetime(date or datetime.now(timezone.utc))
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"
    if unsubscribe_url:
        msg["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


def to_bytes(msg: EmailMessage) -> bytes:
    """Wire form of ``msg``: CRLF line ends, lines folded at 76 characters (the message's policy)."""
    return msg.as_bytes()
