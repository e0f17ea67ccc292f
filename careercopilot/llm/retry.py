"""When to retry a provider call and how long to wait.

* ``Retry-After`` (RFC 9110 §10.2.3) as delta-seconds or HTTP-date, and the millisecond
  headers ``retry-after-ms`` (OpenAI, Azure OpenAI) and ``x-ms-retry-after-ms``; the
  millisecond form wins when both are present (it is the more precise).
* Without a header: exponential backoff ``backoff_base_s * 2**(attempt-1)`` with ±20 %
  jitter, capped at ``retry_cap_s``.
* A server asking for more than ``retry_cap_s`` is not waited for: the caller raises a
  ``retry_wait_too_long`` error that says how long the server asked for.
"""

from __future__ import annotations

import random

import httpx

from careercopilot.connectors.http import parse_retry_after

MS_HEADERS = ("retry-after-ms", "x-ms-retry-after-ms")


def retry_after_seconds(headers: httpx.Headers | dict[str, str], *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from any of the supported headers, or None."""
    hdrs = httpx.Headers(headers)
    for name in MS_HEADERS:
        value = hdrs.get(name)
        if value:
            try:
                return max(0.0, float(value.strip()) / 1000.0)
            except ValueError:
                pass
    return parse_retry_after(hdrs.get("retry-after"), now=now)


def backoff_seconds(attempt: int, *, base_s: float, cap_s: float, rng: random.Random | None = None) -> float:
    """Backoff before retry number ``attempt`` (1-based), jittered ±20 %, at most ``cap_s``."""
    delay = base_s * (2 ** max(0, attempt - 1))
    jitter = (rng or random).uniform(0.8, 1.2)
    return min(cap_s, delay * jitter)
