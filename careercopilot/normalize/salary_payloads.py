"""Salary payloads: :func:`parse_salary`, the one entry point, and the structured shapes
job boards publish (Greenhouse ``pay_input_ranges``, Ashby ``compensation``, schema.org
``baseSalary``/``estimatedSalary`` in all its shapes, Recruitee/RemoteOK/Jobicy-style dicts).

Text values are read by :mod:`careercopilot.normalize.salary_amounts`. Nothing here raises
on bad input: junk returns ``None``.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Mapping
from typing import Any

from .salary import Period, Salary
from .salary_amounts import _as_float, _build, _parse_text
from .salary_currency import _norm_currency
from .salary_periods import _period_from_context, _period_from_text, normalize_period

__all__ = ["parse_salary", "unread_salary_terms"]


# ---------------------------------------------------------------------------
# Structured shapes
# ---------------------------------------------------------------------------


def _strip_tags(s: Any) -> str:
    if not isinstance(s, str):
        return ""
    return re.sub(r"<[^>]+>", " ", _html.unescape(s))


def _parse_greenhouse_ranges(ranges: list[Any], default_currency: str | None, context_text: str | None) -> Salary | None:
    """Greenhouse ``pay_input_ranges``: cents -> units; widest span of the
    ranges sharing the first range's currency."""
    items = [r for r in ranges if isinstance(r, Mapping)]
    if not items:
        return None
    currency = _norm_currency(items[0].get("currency_type")) or _norm_currency(default_currency)
    same = [r for r in items if (_norm_currency(r.get("currency_type")) or currency) == currency]
    mins = [v / 100 for r in same if (v := _as_float(r.get("min_cents"))) is not None]
    maxs = [v / 100 for r in same if (v := _as_float(r.get("max_cents"))) is not None]
    own_text = " ".join(_strip_tags(r.get("title")) + " " + _strip_tags(r.get("blurb")) for r in same)
    period = _period_from_text(own_text) or _period_from_context(context_text)
    return _build(min(mins) if mins else None, max(maxs) if maxs else None, currency, period)


def _parse_ashby(comp: Mapping[str, Any], default_currency: str | None, context_text: str | None) -> Salary | None:
    components: list[Any] = []
    if isinstance(comp.get("summaryComponents"), list):
        components.extend(comp["summaryComponents"])
    for tier in comp.get("compensationTiers") or []:
        if isinstance(tier, Mapping) and isinstance(tier.get("components"), list):
            components.extend(tier["components"])
    for c in components:
        if not isinstance(c, Mapping):
            continue
        ctype = str(c.get("compensationType") or "").lower()
        if ctype and ctype not in {"salary", "hourly", "basesalary"}:
            continue
        result = _build(
            c.get("minValue"),
            c.get("maxValue"),
            _norm_currency(c.get("currencyCode")) or _norm_currency(default_currency),
            normalize_period(c.get("interval")) or ("hour" if ctype == "hourly" else None),
        )
        if result:
            return result
    for key in ("compensationTierSummary", "scrapeableCompensationSalarySummary"):
        if isinstance(comp.get(key), str):
            result = _parse_text(comp[key], default_currency, context_text)
            if result:
                return result
    return None


#: UN/CEFACT Recommendation 20 unit codes schema.org ``unitCode`` uses for pay periods
#: (HUR hour, DAY day, WEE week, MON month, ANN year).
_UNIT_CODES: dict[str, Period] = {"HUR": "hour", "DAY": "day", "WEE": "week", "MON": "month", "ANN": "year"}
#: ISO 8601 durations of one period (``MonetaryAmountDistribution.duration``: "P1Y", "PT1H").
_ISO_DURATIONS: dict[str, Period] = {"PT1H": "hour", "P1D": "day", "P1W": "week", "P1M": "month", "P1Y": "year"}
#: MonetaryAmountDistribution statistics, low → high (schema.org QuantitativeValueDistribution).
_DISTRIBUTION_LOW = ("percentile10", "percentile25", "median")
_DISTRIBUTION_HIGH = ("percentile90", "percentile75", "median")


def _schema_period(*nodes: Any) -> Period | None:
    """Pay period named by any of the schema.org nodes: ``unitText`` (any spelling
    :func:`normalize_period` reads), ``unitCode`` (UN/CEFACT HUR/DAY/WEE/MON/ANN) or
    ``duration`` (ISO 8601 "P1Y"/"PT1H"); first node that names one wins."""
    for node in nodes:
        if not isinstance(node, Mapping):
            continue
        for key in ("unitText", "unit_text", "unit"):
            period = normalize_period(node.get(key))
            if period:
                return period
        code = node.get("unitCode")
        if isinstance(code, str) and code.strip().upper() in _UNIT_CODES:
            return _UNIT_CODES[code.strip().upper()]
        dur = node.get("duration") or node.get("billingDuration")
        if isinstance(dur, str) and dur.strip().upper() in _ISO_DURATIONS:
            return _ISO_DURATIONS[dur.strip().upper()]
    return None


def _bounds(node: Mapping[str, Any]) -> tuple[Any, Any]:
    """(min, max) of a QuantitativeValue / MonetaryAmount / PriceSpecification /
    MonetaryAmountDistribution node; a single ``value``/``price``/``median`` sets both."""
    mn = _first(node, ("minValue", "minPrice", "min_value"))
    mx = _first(node, ("maxValue", "maxPrice", "max_value"))
    if mn is None and mx is None:
        single = _first(node, ("value", "price", "amount"))
        if isinstance(single, (int, float, str)) and not isinstance(single, bool):
            mn = mx = single
    if mn is None and mx is None and any(k in node for k in _DISTRIBUTION_LOW + _DISTRIBUTION_HIGH):
        mn, mx = _first(node, _DISTRIBUTION_LOW), _first(node, _DISTRIBUTION_HIGH)
    return mn, mx


def _parse_jsonld(base: Mapping[str, Any], default_currency: str | None, context_text: str | None) -> Salary | None:
    """A schema.org ``baseSalary``/``estimatedSalary`` node in any of its published shapes
    (table in tests/unit/normalize/test_salary_variants.py): MonetaryAmount with a nested
    QuantitativeValue (``minValue``/``maxValue``/``value``), with ``minValue``/``maxValue``/
    ``value`` directly on the amount, ``value`` as a number or text; PriceSpecification
    (``minPrice``/``maxPrice``/``price``/``priceCurrency``); MonetaryAmountDistribution
    (percentiles/median, ``duration``). Period from ``unitText``/``unitCode``/``duration``
    on the inner node, then the outer one, then the pay sentences of ``context_text``."""
    currency = (_norm_currency(base.get("currency")) or _norm_currency(base.get("priceCurrency"))
                or _norm_currency(base.get("salaryCurrency")) or _norm_currency(default_currency))
    value = base.get("value")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (Mapping, int, float, str)) and not isinstance(v, bool)), None)
    if isinstance(value, Mapping):
        currency = _norm_currency(value.get("currency")) or currency
        mn, mx = _bounds(value)
        if mn is None and mx is None:
            mn, mx = _bounds({k: v for k, v in base.items() if k != "value"})
        period = _schema_period(value, base) or _period_from_context(context_text)
        return _build(mn, mx, currency, period)
    if isinstance(value, str) and not _as_plain_number(value):
        parsed = _parse_text(value, currency, context_text)
        period = _schema_period(base)
        return parsed.model_copy(update={"period": period}) if parsed and period and not parsed.period else parsed
    mn, mx = _bounds(base)
    return _build(mn, mx, currency, _schema_period(base) or _period_from_context(context_text))


def _as_plain_number(s: str) -> bool:
    """True for a bare number string ("40.00", "60000") — schema.org Number sent as text."""
    return bool(re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", s))


_MIN_KEYS = ("min", "salary_min", "salaryMin", "minValue", "min_amount", "minimum", "salary_low", "salary_from", "from")
_MAX_KEYS = ("max", "salary_max", "salaryMax", "maxValue", "max_amount", "maximum", "salary_high", "salary_to", "to")
_CUR_KEYS = ("currency", "currency_code", "currencyCode", "salaryCurrency", "salary_currency", "currency_type")
_PER_KEYS = ("period", "interval", "unitText", "salaryPeriod", "salary_period", "unit", "per")


#: schema.org types a salary node may have (``baseSalary`` is MonetaryAmount, PriceSpecification
#: or Number; ``estimatedSalary`` is MonetaryAmount or MonetaryAmountDistribution).
_SCHEMA_AMOUNT_TYPES = frozenset({"MonetaryAmount", "PriceSpecification", "UnitPriceSpecification",
                                  "MonetaryAmountDistribution", "QuantitativeValue"})


def _first(d: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        if d.get(k) is not None:
            return d[k]
    return None


def _parse_mapping(d: Mapping[str, Any], default_currency: str | None, context_text: str | None) -> Salary | None:
    if "pay_input_ranges" in d:
        return parse_salary(d["pay_input_ranges"], default_currency=default_currency, context_text=context_text)
    if "baseSalary" in d or "estimatedSalary" in d:
        # JobPosting.salaryCurrency names the currency of a bare-number baseSalary.
        cur = _norm_currency(d.get("salaryCurrency")) or default_currency
        return parse_salary(d.get("baseSalary") or d.get("estimatedSalary"), default_currency=cur, context_text=context_text)
    if "compensation" in d and isinstance(d["compensation"], Mapping):
        return _parse_ashby(d["compensation"], default_currency, context_text)
    if any(k in d for k in ("compensationTierSummary", "compensationTiers", "summaryComponents")):
        return _parse_ashby(d, default_currency, context_text)
    if "min_cents" in d or "max_cents" in d:
        return _parse_greenhouse_ranges([d], default_currency, context_text)
    if isinstance(d.get("value"), (Mapping, int, float, list)) or d.get("@type") in _SCHEMA_AMOUNT_TYPES \
            or "priceCurrency" in d:
        return _parse_jsonld(d, default_currency, context_text)
    currency = _norm_currency(_first(d, _CUR_KEYS)) or _norm_currency(default_currency)
    period = normalize_period(_first(d, _PER_KEYS)) or _period_from_context(context_text)
    result = _build(_first(d, _MIN_KEYS), _first(d, _MAX_KEYS), currency, period)
    if result is None and isinstance(d.get("salary"), (str, Mapping)):
        return parse_salary(d["salary"], default_currency=currency, context_text=context_text)
    return result


def parse_salary(
    value: Any,
    *,
    default_currency: str | None = None,
    context_text: str | None = None,
) -> Salary | None:
    """Parse a salary from text or a board's structured salary payload.

    Accepted ``value`` shapes:

    * text: ``"€35.000 - €45.000"``, ``"82,5k"``, ``"$100-120k"``,
      ``"$120,000+"`` (min only), ``"Up to €50,000"`` (max only),
      ``"USD 80,000 – 100,000 a year"``, ``"$45/hr"``. A single amount sets
      both min and max. Separator rule: one ``.``/``,`` followed by exactly
      three digits is a thousands separator (``60.000`` -> 60000); followed
      by one or two digits it is a decimal mark (``82,5k`` -> 82500).
    * Greenhouse ``pay_input_ranges`` list (``min_cents``/``max_cents``/
      ``currency_type``/``title``/``blurb``); cents are divided by 100.
    * Ashby ``compensation`` dict (``summaryComponents``/``compensationTiers``
      with ``compensationType`` "Salary", ``interval`` "1 YEAR",
      ``currencyCode``, ``minValue``/``maxValue``; else the
      ``compensationTierSummary`` string).
    * Recruitee ``salary`` dict (``min``/``max``/``currency``/``period``).
    * JSON-LD ``baseSalary`` MonetaryAmount (``currency`` + ``value``
      QuantitativeValue with ``minValue``/``maxValue``/``value``/``unitText``);
      a whole JobPosting dict with ``baseSalary`` also works.
    * RemoteOK-style ``{"salary_min": .., "salary_max": ..}`` (0 = none),
      Jobicy ``salaryMin``/``salaryMax``, landing.jobs ``salary_low``/``high``.
    * ``int``/``float``: an exact amount (min = max).

    Args:
        value: the payload.
        default_currency: ISO 4217 code to use when the value names none.
        context_text: surrounding plain text (e.g. the description); only its
            pay-related sentences are used, and only to find the period.

    Returns:
        :class:`Salary` (units, ISO 4217, period or ``None``) or ``None`` when
        no amount is found. Amounts <= 0 or > 1e11 are discarded. Never raises.
    """
    try:
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return _build(value, value, _norm_currency(default_currency), _period_from_context(context_text))
        if isinstance(value, str):
            if not value.strip():
                return None
            return _parse_text(value, default_currency, context_text)
        if isinstance(value, Mapping):
            return _parse_mapping(value, default_currency, context_text)
        if isinstance(value, (list, tuple)):
            if any(isinstance(v, Mapping) and ("min_cents" in v or "max_cents" in v) for v in value):
                return _parse_greenhouse_ranges(list(value), default_currency, context_text)
            for v in value:
                result = parse_salary(v, default_currency=default_currency, context_text=context_text)
                if result:
                    return result
        return None
    except Exception:  # never raise on junk input
        return None


#: Keys of a structured payload that state a currency / a pay unit (schema.org, ATS shapes).
_STATED_CURRENCY = ("currency", "priceCurrency", "salaryCurrency", "currencyCode", "currency_code", "currency_type",
                    "salary_currency")
_STATED_UNIT = ("unitText", "unit_text", "unit", "unitCode", "duration", "billingDuration", "period", "interval",
                "salaryPeriod", "salary_period", "per")


def _unit_read(key: str, value: str) -> bool:
    v = value.strip().upper()
    if key == "unitCode":
        return v in _UNIT_CODES
    if key in ("duration", "billingDuration"):
        return v in _ISO_DURATIONS
    return normalize_period(value) is not None


def unread_salary_terms(value: Any, *, _depth: int = 0) -> list[str]:
    """What a structured salary payload states but no reader understands: ``"currency"`` for
    a currency field that holds no ISO 4217 code or symbol (``"<b>USD</b>"``, ``"dollars!"``),
    ``"unit"`` for a pay unit that is no period (``unitText: "MINUTE"``, ``unitCode: "MIN"``,
    ``duration: "PT1M"``). Empty values count as unstated. Looks into nested ``value``/
    ``baseSalary``/``estimatedSalary`` nodes (3 levels). ``[]`` for text, numbers and lists of
    ranges (Greenhouse: read by their own rules).

    Why (issue 11, attack102 item 5): an unread unit fell back to the "unstated means per year"
    rule (:func:`careercopilot.normalize.salary.annualize`) — USD 50 a MINUTE was shown and scored
    as USD 50 a year — and an unread currency was stored as none and shown as "120,000 / year".
    A stated term the parser cannot read makes the amount unknown (``normalize_posting`` keeps no
    salary and notes ``pay_unreadable``)."""
    if not isinstance(value, Mapping) or _depth > 3:
        return []
    out: list[str] = []
    for key in _STATED_CURRENCY:
        v = value.get(key)
        if isinstance(v, str) and v.strip() and _norm_currency(v) is None or v is not None and not isinstance(v, str):
            out.append("currency")
            break
    for key in _STATED_UNIT:
        v = value.get(key)
        if isinstance(v, str) and v.strip() and not _unit_read(key, v):
            out.append("unit")
            break
    for key in ("value", "baseSalary", "estimatedSalary"):
        out += [t for t in unread_salary_terms(value.get(key), _depth=_depth + 1) if t not in out]
    return out
