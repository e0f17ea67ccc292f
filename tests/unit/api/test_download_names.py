"""Every file the app serves names itself through one Content-Disposition builder (attack106
item 1: a letter titled with ``Œ``, ``ł``, Cyrillic or CJK exported as a 500 because the header was
written by hand and Starlette encodes headers as Latin-1).

The table holds real-world names: other scripts, emoji, quotes, CR/LF (header splitting), path
parts, very long titles, names that clean to nothing. Each must give an ASCII, one-line header
whose ``filename`` fallback is safe and whose ``filename*`` carries the cleaned name."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest

from careercopilot.api_data import content_disposition
from careercopilot.db import session_scope
from careercopilot.models import WritingDocument

ROOT = Path(__file__).resolve().parents[3]

NAMES = [
    ("cjk", "履歴書 東京 2026.pdf"),
    ("cyrillic", "Сопроводительное письмо.docx"),
    ("oe ligature", "Œuvre — lettre.pdf"),
    ("polish", "Łódź Zażółć.pdf"),
    ("arabic rtl", "رسالة تغطية.pdf"),
    ("emoji", "🚀 Rocket Corp.pdf"),
    ("emoji only", "😀😀.pdf"),
    ("double quotes", 'He said "hi".pdf'),
    ("crlf injection", "a.pdf\r\nSet-Cookie: owned=1"),
    ("nul and tab", "a\x00b\tc.pdf"),
    ("bidi override", "invoice\u202egpj.exe"),
    ("dot dot slash", "../../etc/passwd"),
    ("windows path", "C:\\Users\\me\\letter.docx"),
    ("hidden dotfile", ".htaccess"),
    ("very long latin", "A" * 500 + ".pdf"),
    ("very long cjk", "長" * 400 + ".pdf"),
    ("empty", ""),
    ("only separators", "///"),
    ("semicolon and equals", "a; filename=evil.exe.pdf"),
    ("percent", "100% fit.pdf"),
]

_PARAMS = re.compile(r'^(attachment|inline); filename="([^"]*)"; filename\*=UTF-8\'\'([A-Za-z0-9%!#$&+.^_`|~-]+)$')


@pytest.mark.parametrize(("case", "name"), NAMES, ids=[c for c, _ in NAMES])
def test_header_is_ascii_one_line_and_safe(case, name):
    header = content_disposition(name)
    header.encode("latin-1")  # what Starlette does with every header value
    assert header.isascii() and "\r" not in header and "\n" not in header, header
    assert len(header) <= 1024, len(header)
    m = _PARAMS.match(header)
    assert m, header
    fallback, full = m.group(2), unquote(m.group(3))
    for shown in (fallback, full):
        assert "/" not in shown and "\\" not in shown and not shown.startswith("."), shown
        assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in shown), repr(shown)
        assert shown.strip("_-. "), f"{case}: nothing left of {shown!r}"
    assert '"' not in fallback and ";" not in fallback
    if name.endswith((".pdf", ".docx")) and case not in ("crlf injection",):
        assert fallback.endswith(name.rsplit(".", 1)[1]) and full.endswith(name.rsplit(".", 1)[1]), (fallback, full)


def _ready_letter(user_id: int, title: str) -> int:
    with session_scope() as s:
        doc = WritingDocument(user_id=user_id, kind="cover_letter", title=title, status="ready",
                              text="Dear team,\n\nI would like to apply.\n\nBest,\nA", flags=[], options={})
        s.add(doc)
        s.flush()
        return doc.id


TITLES = ["Œuvre — Paris", "Łódź Software", "Инженер — Яндекс", "ソフトウェアエンジニア（東京）", "🚀 Rocket Corp",
          'The "Best" Co', "Café Zürich", "x" * 300]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("title", TITLES)
def test_letter_export_serves_any_title(backend, title, fmt):
    doc_id = _ready_letter(backend.user_id, title)
    r = backend.client.get(f"/api/writing/{doc_id}/export.{fmt}")
    assert r.status_code == 200, (r.status_code, r.text[:200])
    assert _PARAMS.match(r.headers["content-disposition"]), r.headers["content-disposition"]


#: A hand-built header: the ``Content-Disposition`` name next to a literal ``filename=`` or an f-string.
_HAND_BUILT = re.compile(r"""Content-Disposition["']\s*:\s*f?["']|ResponseContentDisposition["']\]\s*=\s*f["']""")


def test_no_hand_built_content_disposition_in_the_package():
    offenders = [f"{p.relative_to(ROOT)}:{i}" for p in sorted((ROOT / "careercopilot").rglob("*.py"))
                 for i, line in enumerate(p.read_text("utf-8").splitlines(), 1) if _HAND_BUILT.search(line)]
    assert offenders == []
