"""Assign state vars only when their value changes.

Reflex marks a var dirty on every assignment, equal value or not, and sends every dirty var —
and every computed var depending on it — in the event's delta (``reflex_base.vars.base.Field.__set__``
→ ``_mark_dirty``). Handlers that run on every page view (the session gate, the Jobs page's resets
and watchers) used to resend unchanged values that way: seven deltas per Jobs view where two
carry news (session 11, ``benchmarks/ui_load.py``).
"""

from __future__ import annotations

from typing import Any


def assign_changed(state: Any, **values: Any) -> list[str]:
    """Set each ``name=value`` on ``state`` (a Reflex state or its background proxy, inside
    ``async with self``) whose current value differs (``!=``); returns the names set, in order."""
    changed = []
    for name, value in values.items():
        if getattr(state, name) != value:
            setattr(state, name, value)
            changed.append(name)
    return changed
