"""The Jobs page's pay floor as typed, with its unit said back (ux100, issue 12 newcomer trial:
a pharmacy technician thinking in dollars an hour could not tell whether the salary filter
wanted "25" or "52000"; "25" was taken as 25 dollars a year and filtered nothing).

Both forms are accepted (``normalize.salary_input``): a yearly amount ("52k", "52,000",
"$52k+") and a rate with its period ("$25/hr", "25 an hour", "$4,300/month"). A bare amount
under :data:`HOURLY_BELOW` with no period and no multiplier ("25", "$18.50") is no yearly pay
anyone earns: it is read as an hourly rate, and :func:`floor_reading` says so with how to
type a yearly amount instead. The comparison unit stays annual (2,080 h a year,
``normalize.salary.annualize``).
"""

from __future__ import annotations

from .salary_input import SalaryInput, parse_salary_input

__all__ = ["HOURLY_BELOW", "floor_input", "floor_reading"]

#: A bare amount below this (any currency unit) is an hourly rate: US hourly pay tops out near
#: $150 for clinicians (BLS OEWS 2023, 90th percentile of the highest-paid occupations), and no
#: yearly pay is under 200 units.
HOURLY_BELOW = 200
_PERIOD_WORDS = {"hour": "an hour", "day": "a day", "week": "a week", "month": "a month", "year": "a year"}


def _bare(typed: SalaryInput, text: str) -> bool:
    """No period and no multiplier typed, and small enough to be an hourly rate."""
    return (typed.period is None and typed.amount < HOURLY_BELOW
            and not any(c.isalpha() for c in text.replace(typed.currency or "", "")))


def floor_input(text: str | None) -> SalaryInput | None:
    """``text`` as typed → the floor (None for blank); a bare small amount → hourly (module rule).
    Raises ``salary_input.SalaryInputError`` (a ValueError) as :func:`parse_salary_input` does."""
    typed = parse_salary_input(text)
    if typed is not None and _bare(typed, str(text)):
        return SalaryInput(amount=typed.amount, currency=typed.currency, period="hour")
    return typed


def _money(amount: float, currency: str) -> str:
    whole = abs(amount - round(amount)) < 0.005
    return f"{currency} {amount:,.0f}" if whole else f"{currency} {amount:,.2f}"


def floor_reading(text: str | None) -> str:
    """How the Jobs page reads a typed floor, in words with its unit ("" for blank or refused):

    * ``"52k"`` → ``"At least USD 52,000 a year (≈ USD 25 an hour)"``;
    * ``"$25/hr"`` → ``"At least USD 25 an hour (≈ USD 52,000 a year)"``;
    * ``"25"`` → ``"Read as USD 25 an hour (≈ USD 52,000 a year); for a yearly amount type 25k"``.
    """
    try:
        floor = floor_input(text)
    except ValueError:
        return ""
    if floor is None:
        return ""
    currency = floor.currency or "USD"
    yearly = floor.per_year()
    if floor.period in (None, "year"):
        return f"At least {_money(yearly, currency)} a year (≈ {_money(yearly / 2080, currency)} an hour)"
    said = f"{_money(floor.amount, currency)} {_PERIOD_WORDS.get(floor.period, 'a ' + floor.period)}"
    if _bare(parse_salary_input(text), str(text)):
        return f"Read as {said} (≈ {_money(yearly, currency)} a year); for a yearly amount type {floor.amount:g}k"
    return f"At least {said} (≈ {_money(yearly, currency)} a year)"
