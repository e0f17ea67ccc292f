"""Salary values: the :class:`Salary` type, annualisation and the one display format.

Amounts are always in currency *units* (e.g. dollars, not cents). Currency is
an ISO 4217 code (validated with ``pycountry.currencies``). Period is one of
``hour``, ``day``, ``week``, ``month``, ``year`` or ``None`` when the source
does not say. Nothing here converts between currencies: that belongs to the
matching layer.

Parsing lives next door, one concern a module: :mod:`~careercopilot.normalize.salary_payloads`
(:func:`parse_salary` and the structured shapes boards publish),
:mod:`~careercopilot.normalize.salary_amounts` (numbers, ranges, free text,
``find_salary_in_text``), :mod:`~careercopilot.normalize.salary_periods` (pay periods,
``normalize_period``) and :mod:`~careercopilot.normalize.salary_currency` (symbols and
ISO codes, ``local_dollar_currency``).

Nothing in these modules raises on bad input: junk returns ``None``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "Period",
    "Salary",
    "annualize",
    "salary_text",
    "HOURS_PER_YEAR",
    "DAYS_PER_YEAR",
    "WEEKS_PER_YEAR",
    "MONTHS_PER_YEAR",
]

Period = Literal["hour", "day", "week", "month", "year"]

# Annualisation constants. Source: US full-time convention used by the US
# Office of Personnel Management (5 U.S.C. 5504(b): 2,087 h/yr for pay, the
# common rounded figure 2,080 = 40 h x 52 weeks) and 260 working days
# (5 days x 52 weeks). Callers in other labour markets can override them. A posting
# that states its weekly hours is annualised at those hours instead
# (``normalize.work_hours.yearly_hours``; ``matching.annual_usd``).
HOURS_PER_YEAR = 2080.0
DAYS_PER_YEAR = 260.0
WEEKS_PER_YEAR = 52.0
MONTHS_PER_YEAR = 12.0

#: Longest text any salary parser reads (characters; the rest is ignored).
_MAX_TEXT_LEN = 200_000


class Salary(BaseModel):
    """A salary range. Amounts in currency units (not cents)."""

    model_config = ConfigDict(frozen=True)

    min_amount: float | None = None
    max_amount: float | None = None
    currency: str | None = None
    period: Period | None = None


def annualize(
    salary: Salary | None,
    *,
    hours_per_year: float = HOURS_PER_YEAR,
    days_per_year: float = DAYS_PER_YEAR,
    weeks_per_year: float = WEEKS_PER_YEAR,
    months_per_year: float = MONTHS_PER_YEAR,
    assume_period: Period | None = "year",
) -> Salary | None:
    """Convert a salary to a yearly amount in the same currency.

    Multipliers: hour x ``hours_per_year`` (2080 = 40 h x 52 wk, the US
    full-time convention, cf. US OPM), day x ``days_per_year`` (260 = 5 d x
    52 wk), week x 52, month x 12. A salary with ``period=None`` is taken to
    be ``assume_period`` (default ``"year"``: boards that omit the unit almost
    always mean annual pay); pass ``assume_period=None`` to get ``None`` back
    instead. Returns a new :class:`Salary` with ``period="year"``, or ``None``
    when ``salary`` is ``None``/unknown-period. Never raises.
    """
    if salary is None:
        return None
    period = salary.period or assume_period
    factors = {
        "hour": hours_per_year,
        "day": days_per_year,
        "week": weeks_per_year,
        "month": months_per_year,
        "year": 1.0,
    }
    if period not in factors:
        return None
    f = factors[period]
    return Salary(
        min_amount=None if salary.min_amount is None else salary.min_amount * f,
        max_amount=None if salary.max_amount is None else salary.max_amount * f,
        currency=salary.currency,
        period="year",
    )


def salary_amount_text(value: float, *, cents: bool) -> str:
    """One amount as pages show it: thousands separated, two decimals when ``cents`` else whole
    units (``56.41``, ``56``, ``120,000``)."""
    return f"{value:,.2f}" if cents else f"{value:,.0f}"


def salary_text(lo: float | None, hi: float | None, currency: str | None, period: str | None) -> str:
    """Human salary, the one formatter of every page and e-mail (exports keep the raw numbers):
    ``"EUR 70,000–90,000 / year"``, ``"USD 56.41 / hour"``, ``"USD 45 / hour"`` ('' when unknown).

    Precision (issue 10 trial finding: $56.41/hr read "56–56 USD per hour"): amounts of 1,000
    or more show whole units with thousands separators (a year's pay; cents do not matter);
    smaller amounts (an hour's or a day's pay) show cents when either bound is not a whole
    number (both bounds alike: ``"USD 56.41–60.00 / hour"``), else whole units. Equal bounds
    show one number. A missing pay period is shown as ``/ year``: the same assumption scoring
    makes (:func:`annualize`, ``assume_period="year"``), so the text and the salary check
    agree. A lone minimum reads ``"from …"``, a lone maximum ``"up to …"``.
    """
    if lo is None and hi is None:
        return ""
    cur = (currency or "").upper()
    bounds = [v for v in (lo, hi) if v is not None]
    cents = max(bounds) < 1000 and any(round(v, 2) != round(v) for v in bounds)
    fmt = lambda v: salary_amount_text(v, cents=cents)  # noqa: E731
    if lo is not None and hi is not None and fmt(lo) != fmt(hi):
        rng = f"{cur} {fmt(lo)}–{fmt(hi)}"
    elif lo is not None and hi is not None:
        rng = f"{cur} {fmt(lo)}"
    else:
        rng = f"from {cur} {fmt(lo)}" if hi is None else f"up to {cur} {fmt(hi)}"
    return " ".join(rng.split()) + f" / {period or 'year'}"
