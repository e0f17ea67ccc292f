"""Double-submit guard for create/submit event handlers (stranger10 findings 7 and 8).

Reflex runs one client's events one after another, so a double click/tap on a button that
creates a row reaches the handler twice: the second run made a second cover letter, or — after
the first run cleared the form — reported the now-empty fields. The handlers that start a
document for one target (a cover letter for a posting, prep for an application) call
:func:`double_submit` first and return without doing anything when it is true. Create forms
without a natural key (a contact, an application typed in) instead skip a second event that finds
their form cleared by the first (:func:`replay_of_cleared` / :func:`mark_created`), and the server
makes one row of the same values sent twice within seconds (``services.submissions``: two tabs, a
retried event); forms with one (tokens by name, saved searches) say the name exists.
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


def replay_of_cleared(last: dict[str, float], key: str, values: dict, *, window_s: float = DOUBLE_SUBMIT_WINDOW_S * 5,
                      now: float | None = None) -> bool:
    """True when a create form's ``values`` are all blank and ``key`` was created (:func:`mark_created`)
    less than ``window_s`` seconds ago: the second of a double submit, queued behind the first, which
    then cleared the form. The handler ignores it (no "enter a name" error under the saved row)."""
    if any(str(v).strip() for v in values.values()):
        return False
    t = time.monotonic() if now is None else now
    previous = last.get(key)
    return previous is not None and 0 <= t - previous < window_s


def mark_created(last: dict[str, float], key: str, *, now: float | None = None) -> None:
    """Record that ``key``'s create form was saved (and cleared) now (:func:`replay_of_cleared`)."""
    last[key] = time.monotonic() if now is None else now
