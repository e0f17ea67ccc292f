import json
from pathlib import Path

import pytest

from careercopilot.normalize.salary import Salary, annualize
from careercopilot.normalize.salary_amounts import find_salary_in_text
from careercopilot.normalize.salary_payloads import parse_salary
from careercopilot.normalize.salary_periods import normalize_period

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "job-boards"


def S(mn, mx, cur=None, per=None):
    return Salary(min_amount=mn, max_amount=mx, currency=cur, period=per)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€35.000 - €45.000", S(35000, 45000, "EUR")),
        ("€45.000,00", S(45000, 45000, "EUR")),
        ("82,5k", S(82500, 82500)),
        ("60.000", S(60000, 60000)),
        ("$100-120k", S(100000, 120000, "USD")),
        ("Salary range: 50k – 70k per year", S(50000, 70000, None, "year")),
        ("$120,000+", S(120000, None, "USD")),
        ("Up to €50,000", S(None, 50000, "EUR")),
        ("$36—$48", S(36, 48, "USD")),
        ("£50k-£60k", S(50000, 60000, "GBP")),
        ("USD 80,000 – 100,000 a year", S(80000, 100000, "USD", "year")),
        ("$45/hr", S(45, 45, "USD", "hour")),
        # strings recorded in tests/fixtures/job-boards
        ("$0.05 – $0.06 / hour", S(0.05, 0.06, "USD", "hour")),  # breezy.json
        ("$1 – $5 / year", S(1, 5, "USD", "year")),  # breezy.json
        ("$286k - $392k", S(286000, 392000, "USD")),  # fourdayweek.json
        ("$90k - $105k", S(90000, 105000, "USD")),  # remotive.json
        ("€75k–110k", S(75000, 110000, "EUR")),  # hackernews.json
        ("$150 - 210K USD + equity", S(150000, 210000, "USD")),  # hackernews.json
        ("$17.00 Per Hour", S(17, 17, "USD", "hour")),  # jsonld_pages.json (trakstar)
        ("CHF 120'000 - 140'000", S(120000, 140000, "CHF")),
        ("80.000 € - 95.000 € brutto/Jahr", S(80000, 95000, "EUR", "year")),
        ("From $50k", S(50000, None, "USD")),
        ("A$120k", S(120000, 120000, "AUD")),
        ("€4.500 per month", S(4500, 4500, "EUR", "month")),
        ("$90,000 - $70,000", S(70000, 90000, "USD")),
        ("Band 3: €50k-€60k", S(50000, 60000, "EUR")),
        ("100 - 120k EUR", S(100000, 120000, "EUR")),
        ("40 hours/week, $25/hr", S(25, 25, "USD", "hour")),
        ("$50k pa", S(50000, 50000, "USD", "year")),
        ("£50,000 p.a.", S(50000, 50000, "GBP", "year")),
        ("€4,000 pcm", S(4000, 4000, "EUR", "month")),
        ("Salary for the PM role: $100k", S(100000, 100000, "USD")),
        ("Contact HR about the salary: $100k", S(100000, 100000, "USD")),
    ],
)
def test_parse_salary_text(text, expected):
    assert parse_salary(text) == expected


@pytest.mark.parametrize("text", ["Negotiable", "Competitive", "", "   ", "DOE", "$0", "0 - 0", "-"])
def test_parse_salary_text_without_amount_is_none(text):
    assert parse_salary(text) is None


def test_default_currency_applies_when_text_has_none():
    assert parse_salary("60.000", default_currency="EUR") == S(60000, 60000, "EUR")


def test_default_currency_does_not_override_marked_currency():
    assert parse_salary("£50k", default_currency="EUR") == S(50000, 50000, "GBP")


def test_greenhouse_hourly_pay_range_real_record():
    job = json.loads((FIXTURES / "greenhouse_hourly_pay_range.json").read_text())["jobs"][0]
    assert parse_salary(job["pay_input_ranges"]) == S(36, 48, "USD", "hour")


def test_greenhouse_pay_range_period_from_context_text():
    ranges = [{"min_cents": 3600, "max_cents": 4800, "currency_type": "USD", "title": "Pay", "blurb": ""}]
    assert parse_salary(ranges, context_text="The pay for this role is an hourly rate.") == S(36, 48, "USD", "hour")
    assert parse_salary(ranges) == S(36, 48, "USD", None)


def test_greenhouse_multiple_ranges_use_widest_same_currency():
    ranges = [
        {"min_cents": 10000000, "max_cents": 12000000, "currency_type": "USD", "title": "Zone A, annual"},
        {"min_cents": 9000000, "max_cents": 11000000, "currency_type": "USD", "title": "Zone B"},
    ]
    assert parse_salary(ranges) == S(90000, 120000, "USD", "year")


def test_remoteok_zero_salary_is_none():
    jobs = json.loads((FIXTURES / "remoteok.json").read_text())[1:]
    for job in jobs:
        assert parse_salary({"salary_min": job["salary_min"], "salary_max": job["salary_max"]}) is None
    assert parse_salary({"salary_min": 0, "salary_max": 0}) is None
    assert parse_salary({"salary_min": 70000, "salary_max": 90000}, default_currency="USD") == S(70000, 90000, "USD")


def test_recruitee_salary_real_record():
    offer = json.loads((FIXTURES / "recruitee.json").read_text())["offers"][0]
    assert parse_salary(offer["salary"]) == S(3750, 5250, "EUR", "month")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            {"@type": "MonetaryAmount", "currency": "USD",
             "value": {"@type": "QuantitativeValue", "minValue": 40, "maxValue": 50, "unitText": "HOUR"}},
            S(40, 50, "USD", "hour"),
        ),
        (
            {"@type": "MonetaryAmount", "currency": "EUR", "value": {"@type": "QuantitativeValue", "value": 60000, "unitText": "YEAR"}},
            S(60000, 60000, "EUR", "year"),
        ),
        (
            {"baseSalary": {"@type": "MonetaryAmount", "currency": "GBP",
                            "value": {"minValue": "3000", "maxValue": "3500", "unitText": "MONTH"}}},
            S(3000, 3500, "GBP", "month"),
        ),
    ],
)
def test_jsonld_base_salary(value, expected):
    assert parse_salary(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            {"compensationTierSummary": "$150K – $200K • Offers Equity",
             "summaryComponents": [
                 {"compensationType": "EquityPercentage", "interval": "NONE", "minValue": 0.1, "maxValue": 0.2},
                 {"compensationType": "Salary", "interval": "1 YEAR", "currencyCode": "USD", "minValue": 150000, "maxValue": 200000},
             ]},
            S(150000, 200000, "USD", "year"),
        ),
        (
            {"compensationTierSummary": None, "summaryComponents": [],
             "compensationTiers": [{"components": [{"compensationType": "Salary", "interval": "1 MONTH",
                                                     "currencyCode": "EUR", "minValue": 5000, "maxValue": 6000}]}]},
            S(5000, 6000, "EUR", "month"),
        ),
        ({"compensationTierSummary": "€80K – €100K", "summaryComponents": []}, S(80000, 100000, "EUR")),
    ],
)
def test_ashby_compensation(value, expected):
    assert parse_salary(value) == expected


def test_ashby_empty_compensation_real_record_is_none():
    job = json.loads((FIXTURES / "ashby.json").read_text())["jobs"][0]
    assert parse_salary(job["compensation"]) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"salaryMin": 200000, "salaryMax": 250000, "salaryCurrency": "USD", "salaryPeriod": "yearly"}, S(200000, 250000, "USD", "year")),  # jobicy
        ({"salary_low": 50000, "salary_high": 67000, "currency_code": "EUR"}, S(50000, 67000, "EUR")),  # landing.jobs
        ({"min": 20, "max": 25, "currency": "usd", "period": "hourly"}, S(20, 25, "USD", "hour")),
        (75000, S(75000, 75000)),
        (82500.5, S(82500.5, 82500.5)),
    ],
)
def test_other_structured_shapes(value, expected):
    assert parse_salary(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1 YEAR", "year"), ("YEAR", "year"), ("HOUR", "hour"), ("hourly", "hour"), ("annual", "year"),
     ("month", "month"), ("2 WEEK", None), ("junk", None), (None, None)],
)
def test_normalize_period(value, expected):
    assert normalize_period(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The OTE salary range for candidates within the San Francisco Bay Area or New York City is "
         "$190,800-$227,900 Actual base pay will depend", S(190800, 227900, "USD", "year")),  # weworkremotely.rss
        ("The estimated base pay range for this role is listed below, this is an hourly rate.\n\n$36—$48 USD",
         S(36, 48, "USD", "hour")),
        ("We raised $10M - $20M last year.", None),  # implausible spread/amount
        ("We have 401(k) and 20-25 days of holiday.", None),  # no currency marker
        ("Pay: £50k-£60k depending on experience.", S(50000, 60000, "GBP")),
    ],
)
def test_find_salary_in_text(text, expected):
    assert find_salary_in_text(text) == expected


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        (S(36, 48, "USD", "hour"), S(74880, 99840, "USD", "year")),
        (S(3750, 5250, "EUR", "month"), S(45000, 63000, "EUR", "year")),
        (S(500, None, "EUR", "day"), S(130000, None, "EUR", "year")),
        (S(1000, 1000, "USD", "week"), S(52000, 52000, "USD", "year")),
        (S(50000, 70000, "USD", None), S(50000, 70000, "USD", "year")),
        (None, None),
    ],
)
def test_annualize(salary, expected):
    assert annualize(salary) == expected


def test_annualize_unknown_period_without_assumption():
    assert annualize(S(1, 2), assume_period=None) is None
    assert annualize(S(10, 10, "USD", "hour"), hours_per_year=1000) == S(10000, 10000, "USD", "year")


@pytest.mark.parametrize("text,currency", [
    ("$58,000–$66,000 CAD per year", "CAD"), ("$58,000 - $66,000 AUD", "AUD"), ("$100,000 USD", "USD"),
    ("$100k EUR", "USD"), ("$100k", "USD"), ("C$60,000", "CAD"),
])
def test_explicit_dollar_code_after_a_bare_dollar_wins(text, currency):
    assert parse_salary(text).currency == currency


@pytest.mark.parametrize("country,currency", [("CA", "CAD"), ("AU", "AUD"), ("MX", "MXN"), ("US", "USD"),
                                              ("GB", None), ("DE", None), ("ZZ", None), (None, None)])
def test_local_dollar_currency(country, currency):
    from careercopilot.normalize.salary_currency import local_dollar_currency

    assert local_dollar_currency(country) == currency


@pytest.mark.parametrize("context,period", [
    ("- $85,000 – $100,000 base salary, plus a monthly incentive plan", None),
    ("Salary range of $85,000 – $100,000. A $100 monthly internet and phone stipend.", None),
    ("Pay: 5,000 monthly salary.", "month"),
    ("We pay 25 per hour.", "hour"),
    ("Salary: 4,000 monthly.", "month"),
])
def test_period_words_that_qualify_something_else_are_ignored(context, period):
    assert parse_salary("$85,000 – $100,000", context_text=context).period == period
