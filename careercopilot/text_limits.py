"""Saying when a length-limited field cut the user's text (trial101 finding 5: a 5 MB paste into an
application's notes was cut to 20,000 characters and the toast said "Notes saved."; the search boxes cut a
long query to 200 characters without a word).

A browser cuts a paste or typing at an ``<input>``/``<textarea>``'s ``maxlength`` and the server cuts what
it stores to the same limit, so text that reaches the limit exactly was (or may have been) cut: the pages
say so where the text is used — the save's message, the search's results line — besides the note under
the field while typing (``components.a11y._LIMIT_NOTES``, which goes with the field when the page re-renders
it after a save).

:func:`reached` ``(text, limit) -> bool``; :func:`cut_sentence` ``(what, limit) -> str``, e.g. "Notes hold at most
20,000 characters: anything past that was not added." :func:`saved_message` ``(done, text, limit, what) -> str``.
"""

from __future__ import annotations

__all__ = ["cut_sentence", "reached", "saved_message", "utf16_length"]


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units — what a browser's ``maxlength`` counts (HTML Living Standard,
    "the length of the value is its number of UTF-16 code units"): a character outside the Basic Multilingual
    Plane (an emoji such as "🧪", many CJK extension characters) counts 2."""
    return len((text or "").encode("utf-16-le")) // 2


def reached(text: str, limit: int) -> bool:
    """Whether ``text`` fills ``limit`` characters as the browser's ``maxlength`` counts them (UTF-16 code
    units) or as the server's cut does (code points) — either stopped it. Counting code points alone missed
    every cut of a paste holding emoji (trial128: 264,000 characters with "🧪" cut by the field to 19,555
    code points = 20,000 code units; the save said only "Notes saved.")."""
    units = utf16_length(text)
    # a pair that did not fit whole is left out, so a cut text with emoji may stop one unit short
    return limit > 0 and (len(text or "") >= limit or units >= limit or (units == limit - 1 and units != len(text)))


def cut_sentence(what: str, limit: int) -> str:
    """The sentence that says a field cut its text: "<What> hold(s) at most N characters: anything past that was
    not added." (``what`` plural, e.g. "Notes", "Searches")."""
    return f"{what} hold at most {limit:,} characters: anything past that was not added."


def saved_message(done: str, text: str, limit: int, what: str) -> str:
    """``done`` ("Notes saved."), followed by :func:`cut_sentence` when ``text`` reached ``limit``."""
    return f"{done} {cut_sentence(what, limit)}" if reached(text, limit) else done
