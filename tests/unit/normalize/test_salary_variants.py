"""Issue 11 normalization kinds, each a table of real variants (source named per row).

Sources: schema.org (JobPosting, MonetaryAmount — which itself carries minValue/maxValue/value —
MonetaryAmountDistribution, PriceSpecification/UnitPriceSpecification, QuantitativeValue
unitCode with UN/CEFACT codes); Google Search Central's JobPosting structured-data guide
(baseSalary with a nested QuantitativeValue, ``value`` 40.00 ``unitText`` HOUR); JSON-LD
readers in public job-search projects (e.g. a BaseSalaryValue record carrying
minValue/maxValue/value/unitText and minPrice/maxPrice/price/priceCurrency side by side,
wilzwert/myjobs); UnitPriceSpecification blocks with ``unitCode`` "ANN" and
``billingDuration`` "P1Y" in public sites' JSON-LD; the feeds quoted in issue 11
("15–17.5 GBP HOUR", 0.01/hour, 16.9–39,520, USD 1–5/year).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from careercopilot.normalize.posting import normalize_posting
from careercopilot.normalize.quality import pay_flags, stale_flag
from careercopilot.normalize.salary import Salary
from careercopilot.normalize.salary_payloads import parse_salary


def S(mn, mx, cur=None, per=None):
    return Salary(min_amount=mn, max_amount=mx, currency=cur, period=per)


MONETARY_AMOUNT_VARIANTS = [
    # Google Search Central: single value in a nested QuantitativeValue
    ({"@type": "MonetaryAmount", "currency": "USD",
      "value": {"@type": "QuantitativeValue", "value": 40.00, "unitText": "HOUR"}}, S(40, 40, "USD", "hour")),
    # Google Search Central: range in a nested QuantitativeValue
    ({"@type": "MonetaryAmount", "currency": "USD",
      "value": {"@type": "QuantitativeValue", "minValue": 40.00, "maxValue": 50.00, "unitText": "HOUR"}},
     S(40, 50, "USD", "hour")),
    # schema.org MonetaryAmount: minValue/maxValue directly on the amount, unitText beside them
    ({"@type": "MonetaryAmount", "currency": "USD", "minValue": 100000, "maxValue": 120000, "unitText": "YEAR"},
     S(100000, 120000, "USD", "year")),
    # directly on the amount, no @type, no unit (period from the description's pay sentence)
    ({"currency": "EUR", "minValue": 55000, "maxValue": 65000}, S(55000, 65000, "EUR")),
    # value directly on the amount as a number, unitText on the amount
    ({"@type": "MonetaryAmount", "currency": "GBP", "value": 32000, "unitText": "YEAR"}, S(32000, 32000, "GBP", "year")),
    # value as text (schema.org Number serialized as a string)
    ({"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "value": "40.00",
                                                             "unitText": "HOUR"}}, S(40, 40, "USD", "hour")),
    # unitText on the amount, not on the nested value
    ({"@type": "MonetaryAmount", "currency": "CAD", "unitText": "HOUR",
      "value": {"@type": "QuantitativeValue", "minValue": 22, "maxValue": 26}}, S(22, 26, "CAD", "hour")),
    # unitText spellings
    ({"@type": "MonetaryAmount", "currency": "USD", "value": {"minValue": 50, "maxValue": 60, "unitText": "Hourly"}},
     S(50, 60, "USD", "hour")),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": {"minValue": 5000, "maxValue": 6000, "unitText": "PER_MONTH"}},
     S(5000, 6000, "USD", "month")),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": {"value": 90000, "unitText": "per annum"}},
     S(90000, 90000, "USD", "year")),
    # QuantitativeValue.unitCode: UN/CEFACT codes
    ({"@type": "MonetaryAmount", "currency": "EUR", "value": {"@type": "QuantitativeValue", "minValue": 4000,
                                                             "maxValue": 4500, "unitCode": "MON"}},
     S(4000, 4500, "EUR", "month")),
    ({"@type": "MonetaryAmount", "currency": "EUR", "value": {"value": 70000, "unitCode": "ANN"}},
     S(70000, 70000, "EUR", "year")),
    # PriceSpecification (schema.org baseSalary range includes it)
    ({"@type": "PriceSpecification", "priceCurrency": "USD", "minPrice": 25, "maxPrice": 30, "unitText": "HOUR"},
     S(25, 30, "USD", "hour")),
    ({"@type": "UnitPriceSpecification", "priceCurrency": "GBP", "price": "48000", "unitCode": "ANN",
      "billingDuration": "P1Y"}, S(48000, 48000, "GBP", "year")),
    # estimatedSalary: MonetaryAmountDistribution (schema.org JobPosting example)
    ({"@type": "MonetaryAmountDistribution", "name": "base", "currency": "USD", "duration": "P1Y",
      "percentile10": 100000.5, "percentile25": 115000, "median": 120000.28, "percentile75": 130000,
      "percentile90": 150000}, S(100000.5, 150000, "USD", "year")),
    ({"@type": "MonetaryAmountDistribution", "currency": "USD", "duration": "PT1H", "median": 31.5},
     S(31.5, 31.5, "USD", "hour")),
    # whole JobPosting: baseSalary as a bare number + salaryCurrency
    ({"@type": "JobPosting", "baseSalary": 52000, "salaryCurrency": "EUR"}, S(52000, 52000, "EUR")),
    # whole JobPosting: baseSalary as a list of amounts (first usable wins)
    ({"baseSalary": [{"@type": "MonetaryAmount", "currency": "USD", "minValue": 70000, "maxValue": 80000,
                      "unitText": "YEAR"}]}, S(70000, 80000, "USD", "year")),
    # currency inside the QuantitativeValue
    ({"@type": "MonetaryAmount", "value": {"@type": "QuantitativeValue", "currency": "AUD", "minValue": 90000,
                                           "maxValue": 110000, "unitText": "YEAR"}}, S(90000, 110000, "AUD", "year")),
]


@pytest.mark.parametrize(("value", "expected"), MONETARY_AMOUNT_VARIANTS)
def test_schema_org_monetary_amount_in_all_shapes(value, expected):
    assert parse_salary(value) == expected


PERIOD_AFTER_CURRENCY = [
    ("15–17.5 GBP HOUR", S(15, 17.5, "GBP", "hour")),
    ("15 - 17.5 GBP HOUR", S(15, 17.5, "GBP", "hour")),
    ("50000 USD YEAR", S(50000, 50000, "USD", "year")),
    ("3,200 EUR MONTH", S(3200, 3200, "EUR", "month")),
    ("120 GBP DAY", S(120, 120, "GBP", "day")),
    ("900 USD WEEK", S(900, 900, "USD", "week")),
    ("25 USD per hour", S(25, 25, "USD", "hour")),
    ("€15 hour", S(15, 15, "EUR", "hour")),
    ("45,000 - 55,000 GBP per annum", S(45000, 55000, "GBP", "year")),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_AFTER_CURRENCY)
def test_period_word_after_the_currency(text, expected):
    assert parse_salary(text) == expected


def test_period_word_not_after_a_currency_is_not_a_period():
    # "3 years" of experience is no pay period (only a unit right after a currency counts)
    assert parse_salary("USD 80,000", context_text="Requires 3 years experience.").period is None


PLACEHOLDER_PAY = [
    (S(0.01, 0.01, "USD", "hour"), "pay_placeholder"),       # issue 11: 0.01 per hour
    (S(0.05, 0.05, "USD", "hour"), "pay_placeholder"),       # issue 11: USD 0.05/hour
    (S(1, 5, "USD", "year"), "pay_placeholder"),             # issue 11: 1–5/year
    (S(1, 1, "EUR", None), "pay_placeholder"),               # "1" with no unit
    (S(16.9, 39520, "USD", "hour"), "pay_inconsistent"),     # issue 11: 16.9–39,520 in one range
    (S(20, 85000, "USD", None), "pay_inconsistent"),         # hourly min, annual max
    (S(85000, 85000, "USD", "hour"), "pay_placeholder"),     # an annual figure labeled per hour
    (S(3, 3, "XOF", "month"), "pay_placeholder"),            # no ECB rate: own units
]


@pytest.mark.parametrize(("salary", "kind"), PLACEHOLDER_PAY)
def test_implausible_pay_is_flagged(salary, kind):
    assert [f["kind"] for f in pay_flags(salary)] == [kind]


PLAUSIBLE_PAY = [
    S(15, 17.5, "GBP", "hour"), S(40000, 60000, "USD", "year"), S(7.25, 7.25, "USD", "hour"),
    S(3750, 5250, "EUR", "month"), S(25000, 40000, "INR", "month"), S(2000000, 3000000, "JPY", "year"),
    S(150000, 350000, "USD", "year"), S(None, 120000, "USD", "year"), S(18, None, "USD", "hour"),
    S(1200, 1500, "USD", "week"), S(80, 120, "IDR", None) if False else S(8000000, 12000000, "IDR", "month"),
]


@pytest.mark.parametrize("salary", PLAUSIBLE_PAY)
def test_plausible_pay_is_not_flagged(salary):
    assert pay_flags(salary) == []


NOW = datetime(2026, 12, 3, tzinfo=timezone.utc)


def _posting(**kw):
    base = dict(source="t", ats_id="1", url="https://example.org/j/1", title="Nurse", company="Acme", now=NOW)
    return normalize_posting(**{**base, **kw})


def test_flagged_pay_is_not_shown_but_kept_as_the_flag():
    p = _posting(salary={"min": 0.01, "max": 0.01, "currency": "USD", "period": "hour"})
    assert p.salary is None
    assert [f["kind"] for f in p.quality_flags] == ["pay_placeholder"]
    assert "0.01" in p.quality_flags[0]["detail"]


def test_stale_postings_are_flagged_relative_to_the_sync():
    assert [f["kind"] for f in _posting(posted_at="2021-03-01T00:00:00Z").quality_flags] == ["stale"]
    assert _posting(posted_at=(NOW - timedelta(days=10)).isoformat()).quality_flags == []
    assert _posting().quality_flags == []  # unknown date: not stale
    assert stale_flag(NOW - timedelta(days=181), now=NOW) and not stale_flag(NOW - timedelta(days=179), now=NOW)
