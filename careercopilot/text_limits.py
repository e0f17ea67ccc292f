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

__all__ = ["cut_sentence", "reached", "saved_message"]


def reached(text: str, limit: int) -> bool:
    """Whether ``text`` fills ``limit`` characters (a browser's ``maxlength`` or the server's cut stopped it)."""
    return limit > 0 and len(text or "") >= limit


def cut_sentence(what: str, limit: int) -> str:
    """The sentence that says a field cut its text: "<What> hold(s) at most N characters: anything past that was
    not added." (``what`` plural, e.g. "Notes", "Searches")."""
    return f"{what} hold at most {limit:,} characters: anything past that was not added."


def saved_message(done: str, text: str, limit: int, what: str) -> str:
    """``done`` ("Notes saved."), followed by :func:`cut_sentence` when ``text`` reached ``limit``."""
    return f"{done} {cut_sentence(what, limit)}" if reached(text, limit) else done
