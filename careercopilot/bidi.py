"""Quoting user text inside UI copy without breaking the sentence's direction.

A query, a name or a posting title may be right-to-left (Hebrew, Arabic) inside a left-to-right
sentence: without isolation the bidi algorithm (Unicode UAX #9) joins the closing quote to the
RTL run and draws it on the wrong side — issue 10 trial: "Results for “…”" with a Hebrew query.
:func:`quote` wraps the text in FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE (U+2069),
the plain-text form of HTML ``<bdi>`` (UAX #9 §2.7; components use
:func:`careercopilot.components.common.quoted`). ``tests/unit/ui/test_quoted_text.py`` fails on a
quote mark next to interpolated text anywhere else.

Direction CONTROLS inside stored text are another matter: :func:`strip_invisible` (attack a12 W2,
rules in :mod:`careercopilot.normalize.invisible`) removes them from postings and names.
"""

from __future__ import annotations

# Invisible format characters (bidi overrides, isolates, marks, zero-width characters) are removed
# from third-party text at normalization: the rules live with the normalizers (normalize/ imports
# nothing else of the app) and are re-exported here.
from careercopilot.normalize.invisible import strip_invisible

__all__ = ["FSI", "PDI", "quote", "strip_invisible"]

#: Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (UAX #9 §2.7).
FSI, PDI = "\u2068", "\u2069"


def quote(text: object) -> str:
    """``“text”`` with ``text`` direction-isolated: ``quote("שלום")`` → ``"“\\u2068שלום\\u2069”"``."""
    return f"“{FSI}{text}{PDI}”"

