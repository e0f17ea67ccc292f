"""Daily LLM token budgets through the project's rate limiter (services/ratelimit.py).

Two fixed windows per UTC day: ``LLM_USER_DAILY_TOKENS`` per user (default 200,000) and
``LLM_INSTANCE_DAILY_TOKENS`` for the whole instance (0 = no cap). A generation
RESERVES its estimate (prompt tokens + ``max_tokens``) before it starts — an atomic increment, undone
when it takes a budget past its limit, so parallel generations cannot all pass one check and
overspend together (session 25 probe: 6 parallel requests on a 12,000-token budget charged 20,000) —
and afterwards :func:`settle` replaces the reservation by the real count (a stopped or failed
generation by the tokens it streamed, estimated from its text). The offline
writer spends nothing. Counters live in Redis (production) or process memory (embedded).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timezone

from careercopilot.config import settings
from careercopilot.services import ratelimit

WINDOW_S = 2 * 86400  # keyed by UTC date; the key expires after the day is over

#: Serializes reservations within a process. Redis's INCRBY is atomic across processes, but the
#: embedded default's ``limits`` MemoryStorage is not atomic for a new key: its per-key lock is
#: created on first use from a plain dict, so threads starting together may each get their own lock
#: and lose each other's increments (limits 5.8 ``MemoryStorage.incr``; seen in this module's test).
_RESERVE_LOCK = threading.Lock()


class BudgetExceeded(Exception):
    """Not enough tokens left today; ``remaining`` says how many are."""

    def __init__(self, who: str, remaining: int) -> None:
        super().__init__(f"{who} daily token budget is spent ({remaining} tokens left today); it resets at 00:00 UTC")
        self.remaining = remaining


@dataclass(frozen=True)
class Remaining:
    """Tokens left today for the user and for the instance (None = no instance cap)."""

    user: int
    instance: int | None
    user_limit: int


def _day() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


def remaining(user_id: int) -> Remaining:
    """What is left today."""
    day = _day()
    used_user = ratelimit.used("llm-tokens-user", f"{user_id}:{day}", window_seconds=WINDOW_S)
    inst_limit = settings.llm_instance_daily_tokens
    used_inst = ratelimit.used("llm-tokens-instance", day, window_seconds=WINDOW_S)
    return Remaining(max(0, settings.llm_user_daily_tokens - used_user),
                     max(0, inst_limit - used_inst) if inst_limit else None, settings.llm_user_daily_tokens)


def reserve(user_id: int, estimate: int) -> int:
    """Count ``estimate`` tokens against today's budgets now; returns the amount reserved (for
    :func:`settle`). Raises BudgetExceeded, counting nothing, when it does not fit."""
    estimate = max(0, int(estimate))
    with _RESERVE_LOCK:
        return _reserve(user_id, estimate, _day())


def _reserve(user_id: int, estimate: int, day: str) -> int:
    user_total = ratelimit.consume("llm-tokens-user", f"{user_id}:{day}", amount=estimate, window_seconds=WINDOW_S)
    if user_total > settings.llm_user_daily_tokens:
        ratelimit.consume("llm-tokens-user", f"{user_id}:{day}", amount=-estimate, window_seconds=WINDOW_S)
        raise BudgetExceeded("your", max(0, settings.llm_user_daily_tokens - (user_total - estimate)))
    inst_limit = settings.llm_instance_daily_tokens
    inst_total = ratelimit.consume("llm-tokens-instance", day, amount=estimate, window_seconds=WINDOW_S)
    if inst_limit and inst_total > inst_limit:
        ratelimit.consume("llm-tokens-instance", day, amount=-estimate, window_seconds=WINDOW_S)
        ratelimit.consume("llm-tokens-user", f"{user_id}:{day}", amount=-estimate, window_seconds=WINDOW_S)
        raise BudgetExceeded("this instance's", max(0, inst_limit - (inst_total - estimate)))
    return estimate


def settle(user_id: int, reserved: int, tokens: int) -> None:
    """Replace a reservation of ``reserved`` tokens by the ``tokens`` really spent (refunds the
    difference when fewer, charges it when more)."""
    delta = max(0, int(tokens)) - max(0, int(reserved))
    if delta == 0:
        return
    day = _day()
    with _RESERVE_LOCK:
        ratelimit.consume("llm-tokens-user", f"{user_id}:{day}", amount=delta, window_seconds=WINDOW_S)
        ratelimit.consume("llm-tokens-instance", day, amount=delta, window_seconds=WINDOW_S)
