"""A structured salary whose currency or pay unit no reader understands (issue 11, attack102
item 5): the amount's meaning is unknown, so no salary is kept (never "per year" by default,
never an amount without its currency) and the posting notes ``pay_unreadable``.

Old code: all 10 UNREAD rows kept an amount (the unit ones as "/ year", the currency ones with
no currency: "120,000 / year"); the 8 READ rows were read as now.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from careercopilot.normalize.posting import normalize_posting
from careercopilot.normalize.salary_payloads import unread_salary_terms


def _amount(unit_key: str | None = "unitText", unit: str | None = "YEAR", currency=None, **value) -> dict:
    inner = {"@type": "QuantitativeValue", "minValue": 100000, "maxValue": 120000, **value}
    if unit_key:
        inner[unit_key] = unit
    return {"@type": "MonetaryAmount", "currency": "USD" if currency is None else currency, "value": inner}


UNREAD = [
    ("unitText MINUTE", _amount(unit="MINUTE"), ["unit"]),
    ("unitText SECOND", _amount(unit="SECOND"), ["unit"]),
    ("unitText per shift", _amount(unit="PER SHIFT"), ["unit"]),
    ("unitText biweekly", _amount(unit="BIWEEKLY"), ["unit"]),
    ("unitCode MIN", _amount(unit_key="unitCode", unit="MIN"), ["unit"]),
    ("duration PT1M", _amount(unit_key="duration", unit="PT1M"), ["unit"]),
    ("currency with markup", _amount(currency="<b>USD</b>"), ["currency"]),
    ("currency as a word", _amount(currency="dollars"), ["currency"]),
    ("currency unknown code", _amount(currency="XYZ"), ["currency"]),
    ("currency as a number", _amount(currency=840), ["currency"]),
]

READ = [
    ("unitText YEAR", _amount(), "year", "USD"),
    ("unitText HOUR", _amount(unit="HOUR", minValue=50, maxValue=60), "hour", "USD"),
    ("unitText 1 YEAR", _amount(unit="1 YEAR"), "year", "USD"),
    ("unitCode ANN", _amount(unit_key="unitCode", unit="ANN"), "year", "USD"),
    ("duration P1M", _amount(unit_key="duration", unit="P1M", minValue=8000, maxValue=9000), "month", "USD"),
    ("no unit (a year, the documented default)", _amount(unit_key=None), None, "USD"),
    ("currency lower case", _amount(currency="eur"), "year", "EUR"),
    ("currency symbol", _amount(currency="€"), "year", "EUR"),
]


def _posting(salary):
    return normalize_posting(source="jsonld", ats_id="a1", url="https://jobs.example/1", title="Backend Engineer",
                             company="ProbeCo", salary=salary, description_text="Python services in Berlin.",
                             now=datetime(2026, 12, 7, tzinfo=timezone.utc))


@pytest.mark.parametrize("case,salary,terms", UNREAD, ids=[u[0] for u in UNREAD])
def test_an_unread_currency_or_unit_leaves_the_amount_unknown(case, salary, terms):
    assert unread_salary_terms(salary) == terms
    p = _posting(salary)
    assert p.salary is None
    assert [f["kind"] for f in p.quality_flags] == ["pay_unreadable"]
    assert p.quality_flags[0]["detail"] == f"unknown {terms[0]}"


@pytest.mark.parametrize("case,salary,period,currency", READ, ids=[r[0] for r in READ])
def test_a_read_salary_is_kept(case, salary, period, currency):
    assert unread_salary_terms(salary) == []
    p = _posting(salary)
    assert p.salary is not None and p.salary.period == period and p.salary.currency == currency
    assert p.quality_flags == []


def test_the_flag_does_not_hide_the_posting():
    from careercopilot.normalize.quality import FLAG_LABELS, hides_posting

    assert not hides_posting([{"kind": "pay_unreadable", "detail": "unknown unit"}])
    assert "could not be read" in FLAG_LABELS["pay_unreadable"]
