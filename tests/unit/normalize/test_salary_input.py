"""A salary typed into a form (Jobs filter, Preferences floor) → amount and currency (issue 10:
"150k" was refused)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.salary_input import SalaryInput, SalaryInputError, parse_salary_input


@pytest.mark.parametrize(("typed", "amount", "currency"), [
    ("150000", 150_000, None),
    ("150k", 150_000, None),
    ("150K", 150_000, None),
    ("  150k  ", 150_000, None),
    ("$150k", 150_000, None),  # a bare $ names no particular dollar: the form's currency applies
    ("US$150k", 150_000, "USD"),
    ("150,000", 150_000, None),
    ("150 000", 150_000, None),
    ("150\u00a0000", 150_000, None),
    ("150\u202f000", 150_000, None),
    ("150'000", 150_000, None),
    ("150.000", 150_000, None),  # German grouping
    ("150.000,00", 150_000, None),
    ("150,000.50", 150_000.5, None),
    ("1,5k", 1_500, None),  # decimal comma
    ("1.5k", 1_500, None),
    ("1.2M", 1_200_000, None),
    ("1.5L", 150_000, None),
    ("15 lakh", 1_500_000, None),
    ("12 lakhs", 1_200_000, None),
    ("1.2 crore", 12_000_000, None),
    ("₹15L", 1_500_000, "INR"),
    ("150k USD", 150_000, "USD"),
    ("150k usd", 150_000, "USD"),
    ("USD 150k", 150_000, "USD"),
    ("€60k", 60_000, "EUR"),
    ("60k EUR", 60_000, "EUR"),
    ("£50,000", 50_000, "GBP"),
    ("150k-180k", 150_000, None),  # a floor is a range's lower end
    ("150-180k", 150_000, None),  # the k applies to both ends
    ("$150–180k", 150_000, None),
    ("150k to 180k", 150_000, None),
    ("0", 0, None),
])
def test_accepted_forms(typed, amount, currency):
    assert parse_salary_input(typed) == SalaryInput(amount=float(amount), currency=currency)


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_blank_is_no_floor(typed):
    assert parse_salary_input(typed) is None


@pytest.mark.parametrize(("typed", "message"), [
    ("lots", "must be an amount such as 150000, 150,000, 150k"),
    ("150 apples", "must be an amount"),
    ("150kk", "must be an amount"),
    ("1.2.3", "must be an amount"),
    ("-5", "must be an amount"),
    ("1e99", "must be an amount"),
    ("150k EUR USD", "must be an amount"),
    ("€150k USD", "two currencies"),
    ("180k-150k", "runs backwards"),
])
def test_refused_with_a_clear_message(typed, message):
    with pytest.raises(SalaryInputError, match=message):
        parse_salary_input(typed)


# A newcomer's trial: "$120k+" (Preferences) and "$150k+" (application) were refused. Money as
# people write it: "at least" wording, a pay period, spaces and symbols on either side.
@pytest.mark.parametrize(("typed", "amount", "currency", "period", "per_year"), [
    ("$120k+", 120_000, None, None, 120_000),
    ("$150k+", 150_000, None, None, 150_000),
    ("120k+", 120_000, None, None, 120_000),
    ("120K/yr", 120_000, None, "year", 120_000),
    ("$120,000+", 120_000, None, None, 120_000),
    ("USD 120k", 120_000, "USD", None, 120_000),
    ("120 000 €", 120_000, "EUR", None, 120_000),
    ("€120k", 120_000, "EUR", None, 120_000),
    ("from $120k", 120_000, None, None, 120_000),
    ("at least 120k", 120_000, None, None, 120_000),
    ("120k or more", 120_000, None, None, 120_000),
    ("min. 120k", 120_000, None, None, 120_000),
    ("120k minimum", 120_000, None, None, 120_000),
    ("$120k+ USD", 120_000, "USD", None, 120_000),
    ("$120k base", 120_000, None, None, 120_000),
    ("$60/hr", 60, None, "hour", 124_800),  # 2080 h a year, as normalize.salary.annualize
    ("60 an hour", 60, None, "hour", 124_800),
    ("€4,500 monthly", 4_500, "EUR", "month", 54_000),
    ("5000 per month", 5_000, None, "month", 60_000),
    ("120k a year", 120_000, None, "year", 120_000),
    ("120k p.a.", 120_000, None, "year", 120_000),
    ("£55k", 55_000, "GBP", None, 55_000),
    ("120-140k", 120_000, None, None, 120_000),
    ("from 120 to 140k", 120_000, None, None, 120_000),
])
def test_written_money_forms(typed, amount, currency, period, per_year):
    parsed = parse_salary_input(typed)
    assert parsed == SalaryInput(amount=float(amount), currency=currency, period=period)
    assert parsed.per_year() == pytest.approx(per_year)


@pytest.mark.parametrize(("typed", "message"), [
    ("negotiable", "must be an amount such as .*\\$150k\\+"),
    ("competitive", "must be an amount"),
    ("2026-12-10", "must be an amount"),
    ("120k apples", "must be an amount"),
    ("+5", "must be an amount"),
    ("1+1", "must be an amount"),
    ("at least", "must be an amount"),
    ("$60/hr/yr", "two pay periods"),
])
def test_what_is_not_money_is_refused(typed, message):
    with pytest.raises(SalaryInputError, match=message):
        parse_salary_input(typed)
