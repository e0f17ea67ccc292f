"""Every line-break-like code point in a display name or subject becomes a space at compose time
(attack80 finding 6: NEL U+0085 in an imported company made ``build_message`` raise ValueError)."""

from __future__ import annotations

import pytest

from careercopilot.services.mail import compose

BREAKS = [("CR", "\r"), ("LF", "\n"), ("CRLF", "\r\n"), ("VT", "\x0b"), ("FF", "\x0c"), ("FS", "\x1c"),
          ("GS", "\x1d"), ("RS", "\x1e"), ("NEL", "\x85"), ("LS", "\u2028"), ("PS", "\u2029"), ("NUL", "\x00"),
          ("ESC", "\x1b"), ("DEL", "\x7f"), ("PAD", "\x80"), ("CSI", "\x9b"), ("APC", "\x9f")]


@pytest.mark.parametrize("name,ch", BREAKS, ids=[b[0] for b in BREAKS])
def test_header_values_lose_every_break(name, ch):
    hostile = f"Acme{ch}Bcc: victim@evil.example"
    msg = compose.build_message(from_addr="cc@localhost", from_name=f"CC{ch}X", to_addr="alice@example.org",
                                to_name=hostile, subject=f"New match: {hostile}", text="t", html=None,
                                message_id="<1@localhost>")
    head = compose.to_bytes(msg).split(b"\r\n\r\n")[0].decode("ascii", "replace")
    lines = [ln for ln in head.split("\r\n") if ln and not ln.startswith((" ", "\t"))]
    assert not any(ln.lower().startswith("bcc") for ln in lines), lines
    assert compose.clean_line(hostile, 200) == "Acme Bcc: victim@evil.example"
