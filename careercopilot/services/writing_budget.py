"""Daily LLM token budgets through the project's rate limiter (services/ratelimit.py).

Two fixed windows per UTC day: ``LLM_USER_DAILY_TOKENS`` per user (default 200,000) and
``LLM_INSTANCE_DAILY_TOKENS`` for the whole instance (0 = no cap). A generation is refused
before it starts when the user's or the instance's remaining budget is below its estimate
(prompt tokens + ``max_tokens``); afterwards the real token count is charged. The offline
writer spends nothing. Counters live in Redis (production) or process memory (embedded).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from careercopilot.config import settings
from careercopilot.services import ratelimit

WINDOW_S = 2 * 86400  # keyed by UTC date; the key expires after the day is over


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


def check(user_id: int, estimate: int) -> None:
    """Raise BudgetExceeded when ``estimate`` tokens do not fit today's budgets."""
    left = remaining(user_id)
    if left.user < estimate:
        raise BudgetExceeded("your", left.user)
    if left.instance is not None and left.instance < estimate:
        raise BudgetExceeded("this instance's", left.instance)


def charge(user_id: int, tokens: int) -> None:
    """Count ``tokens`` against today's budgets."""
    if tokens <= 0:
        return
    day = _day()
    ratelimit.consume("llm-tokens-user", f"{user_id}:{day}", amount=tokens, window_seconds=WINDOW_S)
    ratelimit.consume("llm-tokens-instance", day, amount=tokens, window_seconds=WINDOW_S)
