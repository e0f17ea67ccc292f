"""Message headers per RFC 5322 / RFC 2047 (services/mail/compose.py): a table of display names
and subjects, each serialized, checked on the wire and parsed back."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.header import decode_header, make_header

import pytest

from careercopilot.services.mail import compose

BASE = dict(from_addr="noreply@example.org", from_name="Career Copilot", text="Hello\n", html="<p>Hello</p>",
            message_id="<abc.123@example.org>")


def _wire(**overrides) -> bytes:
    fields = {**BASE, "to_addr": "zoe@example.com", "to_name": None, "subject": "Hi", **overrides}
    return compose.to_bytes(compose.build_message(**fields))


def _header_lines(raw: bytes, name: str) -> str:
    """The raw (folded) header ``name`` as sent, continuation lines included."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    out, taking = [], False
    for line in head.split("\r\n"):
        if line.lower().startswith(name.lower() + ":"):
            taking = True
            out.append(line)
        elif taking and line[:1] in (" ", "\t"):
            out.append(line)
        else:
            taking = False
    return "\r\n".join(out)


def _check_lengths(raw: bytes) -> None:
    """RFC 5322 §2.1.1: lines MUST be at most 998 characters (78 is a SHOULD, which Python's
    folding keeps except around one long encoded-word); RFC 2047 §2: an encoded-word MUST be at
    most 75 characters."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert all(len(line) <= 998 for line in head.split("\r\n"))
    for word in head.split():
        if word.startswith("=?"):
            assert len(word.rstrip(",")) <= 75, word


# display name -> (fragment that must appear on the wire, the name decoded back)
NAME_CASES = [
    ("Zoë Müller", "=?utf-8?q?Zo=C3=AB_M=C3=BCller?= <zoe@example.com>", "Zoë Müller"),
    ("Doe, John", '"Doe, John" <zoe@example.com>', "Doe, John"),
    ('Ann "The Dev" O\'Neil', '"Ann \\"The Dev\\" O\'Neil" <zoe@example.com>', 'Ann "The Dev" O\'Neil'),
    ("山田太郎", "<zoe@example.com>", "山田太郎"),
    ("Ελένη Παπαδοπούλου", "<zoe@example.com>", "Ελένη Παπαδοπούλου"),
    ("", "To: zoe@example.com", ""),
    ("Eve\r\nBcc: victim@example.net", "<zoe@example.com>", "Eve Bcc: victim@example.net"),
]


@pytest.mark.parametrize("name,wire_fragment,decoded", NAME_CASES)
def test_display_names_are_encoded_apart_from_the_address(name, wire_fragment, decoded):
    raw = _wire(to_name=name)
    assert raw.isascii()
    to = _header_lines(raw, "To")
    assert wire_fragment in to
    # the address is never inside an encoded-word (RFC 2047 §5(3))
    assert "<zoe@example.com>" in to or to == "To: zoe@example.com"
    for word in to.split():
        if word.startswith("=?"):
            assert "@" not in word
    _check_lengths(raw)
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["To"].addresses[0].addr_spec == "zoe@example.com"
    assert parsed["To"].addresses[0].display_name == decoded
    assert "Bcc" not in parsed  # a CR/LF in a name never starts a header


SUBJECT_CASES = [
    ("Plain ASCII subject", "Plain ASCII subject"),
    ("Réinitialiser votre mot de passe", "Réinitialiser votre mot de passe"),
    ("求人のお知らせ: 3 件の新着", "求人のお知らせ: 3 件の新着"),
    ("Line\r\nBcc: x@example.net", "Line Bcc: x@example.net"),
    ("Ünïcödé " * 20, ("Ünïcödé " * 20).strip()),
]


@pytest.mark.parametrize("subject,decoded", SUBJECT_CASES)
def test_subjects_are_rfc2047_encoded_and_folded(subject, decoded):
    raw = _wire(subject=subject)
    assert raw.isascii()
    _check_lengths(raw)
    sent = _header_lines(raw, "Subject")
    if not subject.isascii():
        assert "=?utf-8?" in sent
    parsed = message_from_bytes(raw, policy=policy.default)
    assert str(make_header(decode_header(parsed["Subject"]))) == decoded or parsed["Subject"] == decoded
    assert "Bcc" not in parsed


def test_idn_domain_goes_out_as_a_labels():
    raw = _wire(to_addr="anna@bücher.de", to_name="Anna")
    assert "Anna <anna@xn--bcher-kva.de>" in _header_lines(raw, "To")


def test_non_ascii_local_part_needs_smtputf8():
    assert compose.needs_smtputf8("jürgen@example.de")
    assert not compose.needs_smtputf8("anna@bücher.de", "x@example.org")
    raw = compose.build_message(**{**BASE, "to_addr": "jürgen@example.de", "to_name": "Jürgen", "subject": "Hi"}
                                ).as_bytes()
    assert "jürgen@example.de".encode() in raw  # SMTPUTF8 policy: the address as UTF-8, not encoded


def test_standard_and_unsubscribe_headers():
    raw = _wire(unsubscribe_url="https://cc.example.org/unsubscribe/TOKEN")
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["List-Unsubscribe"] == "<https://cc.example.org/unsubscribe/TOKEN>"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert parsed["Message-ID"] == "<abc.123@example.org>"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["Date"].datetime.tzinfo is not None
    assert parsed["From"].addresses[0].display_name == "Career Copilot"
    assert parsed.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in parsed.iter_parts()] == ["text/plain", "text/html"]
    assert "List-Unsubscribe" not in message_from_bytes(_wire(), policy=policy.default)


def test_templates_render_text_and_escaped_html():
    out = compose.render("password_reset", {"reset_url": "https://x.example/reset?token=a&b=<c>", "minutes": 30,
                                            "app_url": "https://x.example", "unsubscribe_url": None})
    assert out.subject == "Reset your Career Copilot password"
    assert "https://x.example/reset?token=a&b=<c>" in out.text
    assert "token=a&amp;b=&lt;c&gt;" in out.html and "<c>" not in out.html


@pytest.mark.parametrize("addr,wire", [("career-copilot@localhost", "career-copilot@localhost"),
                                       ("Anna@Bücher.DE", "Anna@xn--bcher-kva.de"),
                                       ("x@EXAMPLE.org", "x@example.org")])
def test_ascii_address(addr, wire):
    assert compose.ascii_address(addr) == wire


@pytest.mark.parametrize("bad", ["", "no-at-sign", "a b@example.org", "x@", "@example.org", "a@exa\r\nmple.org",
                                 "<a@example.org>"])
def test_not_an_address(bad):
    with pytest.raises(ValueError):
        compose.ascii_address(bad)
