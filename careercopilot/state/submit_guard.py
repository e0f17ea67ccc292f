"""Double-submit guard for create/submit event handlers (stranger10 findings 7 and 8).

Reflex runs one client's events one after another, so a double click/tap on a button that
creates a row reaches the handler twice: the second run made a second cover letter, or — after
the first run cleared the form — reported the now-empty fields. The handlers that start a
document for one target (a cover letter for a posting, prep for an application) call
:func:`double_submit` first and return without doing anything when it is true. Form handlers
do not: a quick deliberate second submit with the same values is a real request there.
The button also shows ``busy`` (disabled) while the first run works; that stops most second
clicks in the browser, this guard stops those already sent.

``last`` is the state's backend-only ``_submitted: dict[str, float]`` (action key → time of
the last accepted run, :func:`time.monotonic` seconds); backend vars never reach the browser.
"""

from __future__ import annotations

import time

#: Seconds after an accepted submit during which the same action is a double click/tap and is
#: ignored. A double click is ≤ 0.5 s on every desktop default (Windows 500 ms, GNOME 400 ms);
#: 2 s also covers a slow double tap and the round trip of the first event.
DOUBLE_SUBMIT_WINDOW_S = 2.0


def double_submit(last: dict[str, float], key: str, *, window_s: float = DOUBLE_SUBMIT_WINDOW_S,
                  now: float | None = None) -> bool:
    """True when ``key`` was accepted less than ``window_s`` seconds ago (ignore this event);
    otherwise records ``now`` (default :func:`time.monotonic`) for ``key`` and returns False."""
    t = time.monotonic() if now is None else now
    previous = last.get(key)
    if previous is not None and 0 <= t - previous < window_s:
        return True
    last[key] = t
    return False
