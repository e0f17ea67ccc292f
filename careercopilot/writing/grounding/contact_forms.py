"""Contact details written so a pattern for e-mail addresses, links and phone numbers misses them — the
forms spam and phishing use, and a model told by a hostile posting to "add our contact" may write.

Session 27's prober (attack93 item 8) got a letter with ``hr [at] evil-co [dot] com``, ``hr(at)evil.example``,
``hr＠evil.example``, ``ＨＴＴＰＳ：／／evil．example``, ``evil dot example slash apply``, ``hxxps://evil[.]example``
and ``[portfolio](javascript:void)`` past the checker with no flag, and exported it.

Shapes (:func:`disguised_contacts`; each is flagged unless its plain form is in the resume):

* full-width and other compatibility forms of ASCII (``＠``, ``．``, ``／``, ``ＨＴＴＰＳ``): read as their
  NFKC form, one character for one (:func:`ascii_view`), so the ordinary patterns see them;
* "at"/"dot" in brackets or braces, or ``@``/``.`` in brackets (``[at]``, ``(at)``, ``{dot}``, ``[.]``),
  the "defanged" scheme ``hxxp(s)://`` (the convention of threat-intelligence reports, e.g. the
  ``defang`` tool's rules);
* a spoken address: ``<name> dot <top-level domain>`` with optional ``slash <path>`` words, where the
  top-level domain is one of :data:`SPOKEN_TLDS`;
* a Markdown link whose target is a ``javascript:``, ``data:`` or ``vbscript:`` URL (an active link in
  any renderer that follows Markdown).

Shape of each hit: ``(start, end, kind, plain)`` with ``kind`` "email" or "url" and ``plain`` the
undisguised form (lower case), offsets in the sentence as given.
"""

from __future__ import annotations

import re
import unicodedata

from careercopilot.writing.grounding.facts import Flag, SourceFacts, norm_url, overlaps
from careercopilot.writing.grounding.text import EMAIL_RE, PHONE_RE, find_urls, squash

#: Top-level domains a spoken address ends with ("evil dot example", "jobs dot acme dot com").
SPOKEN_TLDS = ("com", "org", "net", "io", "co", "us", "uk", "dev", "app", "ai", "info", "biz", "example", "xyz")
_OPEN = r"[\[\(\{<]\s*"
_CLOSE = r"\s*[\]\)\}>]"
_AT = rf"(?:{_OPEN}(?:at|@){_CLOSE}|\s+at\s+(?=[\w-]+{_OPEN}(?:dot|\.){_CLOSE}))"
_DOT = rf"(?:{_OPEN}(?:dot|\.){_CLOSE}|\.)"
_BRACKETED_DOT = rf"{_OPEN}(?:dot|\.){_CLOSE}"
DISGUISED_EMAIL_RE = re.compile(rf"(?i)\b[\w+-]+(?:\s*{_DOT}\s*[\w+-]+)*\s*{_AT}\s*[\w-]+(?:\s*{_DOT}\s*[\w-]+)+")
DEFANGED_URL_RE = re.compile(r"(?i)\bhxxps?(?:://|\[://\]|\[:\]//)\S+|\b[\w-]+(?:\s*" + _BRACKETED_DOT
                             + r"\s*[\w-]+)+(?:/\S*)?")
SPOKEN_URL_RE = re.compile(r"(?i)\b[a-z][\w-]*(?:\s+dot\s+[a-z][\w-]*)*\s+dot\s+(?:" + "|".join(SPOKEN_TLDS)
                           + r")\b(?:\s+slash\s+[\w-]+)*")
ACTIVE_LINK_RE = re.compile(r"(?i)\[[^\]\n]{0,200}\]\(\s*(?:javascript|data|vbscript)\s*:[^)\n]*\)")


def ascii_view(text: str) -> str:
    """``text`` with each compatibility character whose NFKC form is one ASCII character replaced by it
    (full-width ``＠`` → ``@``, ``ＨＴＴＰＳ`` → ``HTTPS``); same length, so offsets carry over."""
    out = []
    for ch in text:
        if ord(ch) > 127:
            folded = unicodedata.normalize("NFKC", ch)
            if len(folded) == 1 and ord(folded) < 128:
                ch = folded
        out.append(ch)
    return "".join(out)


def _plain(text: str) -> str:
    s = text.lower()
    s = re.sub(r"hxxp", "http", s)
    s = re.sub(_OPEN + r"(?:at|@)" + _CLOSE, "@", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(_OPEN + r"(?:dot|\.)" + _CLOSE, ".", s)
    s = re.sub(r"\[(:?//|:)\]", lambda m: m.group(1), s)
    s = re.sub(r"\s+dot\s+", ".", s)
    s = re.sub(r"\s+slash\s+", "/", s)
    return re.sub(r"\s+", "", s)


def disguised_contacts(text: str) -> list[tuple[int, int, str, str]]:
    """The disguised e-mail addresses and links of ``text`` (module doc), in order, not overlapping."""
    hits: list[tuple[int, int, str, str]] = []

    def add(m: re.Match, kind: str) -> None:
        if any(s < m.end() and m.start() < e for s, e, _, _ in hits):
            return
        hits.append((m.start(), m.end(), kind, _plain(m.group(0))))

    for m in ACTIVE_LINK_RE.finditer(text):
        add(m, "url")
    for m in DISGUISED_EMAIL_RE.finditer(text):
        if re.search(_AT, m.group(0), re.IGNORECASE):
            add(m, "email")
    for m in DEFANGED_URL_RE.finditer(text):
        if re.search(r"(?i)hxxp|" + _BRACKETED_DOT, m.group(0)):
            add(m, "url")
    for m in SPOKEN_URL_RE.finditer(text):
        add(m, "url")
    return sorted(hits)


def check_contacts(text: str, facts: SourceFacts, flags: list[Flag], taken: list[tuple[int, int]]) -> None:
    """E-mail addresses, links and phone numbers not in the resume, in plain and in disguised forms
    (this module: full-width characters read as ASCII, "[at]"/"[dot]", "hxxps://", spoken
    addresses, ``javascript:`` Markdown links — attack93 item 8). ``taken`` collects the
    spans read here (later checks skip them). Flags quote the sentence as written."""
    view = ascii_view(text)  # same length: offsets are the sentence's
    for m in EMAIL_RE.finditer(view):
        taken.append((m.start(), m.end()))
        if m.group(0).lower() not in facts.emails:
            flags.append(Flag("email", m.start(), m.end(), text[m.start():m.end()],
                              "This e-mail address is not in your resume."))
    for us, ue, raw in find_urls(view):
        if overlaps((us, ue), taken):
            continue
        url = raw.rstrip(".,;:!?)]}'\"")
        taken.append((us, us + len(url)))
        n = norm_url(url)
        truncated = any(u != n and u.startswith(n) and not u[len(n)].isalnum() for u in facts.urls)
        if n not in facts.urls and (truncated or f" {squash(n).strip()} " not in facts.squashed):
            # a cut-off link ("…/in/angelak" for "…/in/angelak-retail") is another address
            flags.append(Flag("url", us, us + len(url), text[us:us + len(url)], "This link is not in your resume."))
    for start, end, kind, plain in disguised_contacts(view):
        if overlaps((start, end), taken):
            continue
        taken.append((start, end))
        known = plain in facts.emails if kind == "email" else (
            norm_url(plain) in facts.urls or f" {squash(norm_url(plain)).strip()} " in facts.squashed)
        if not known:
            what = "e-mail address" if kind == "email" else "link"
            flags.append(Flag(kind, start, end, text[start:end],
                              f"This looks like a disguised {what}; it is not in your resume."))
    for m in PHONE_RE.finditer(view):
        if overlaps((m.start(), m.end()), taken):
            continue
        taken.append((m.start(), m.end()))
        if re.sub(r"\D", "", m.group(0))[-7:] not in facts.phones:
            flags.append(Flag("phone", m.start(), m.end(), text[m.start():m.end()],
                              "This phone number is not in your resume."))
