"""Salary currencies: the symbol and ISO 4217 vocabulary of the salary parsers.

Currency symbols -> ISO 4217 (``$`` alone is USD), the codes never taken from free text,
the currency marked in a piece of text, what a bare ``$`` means in a country (CLDR via
``babel``) and structured currency fields. Used by :mod:`careercopilot.normalize.salary_periods`,
:mod:`careercopilot.normalize.salary_amounts`, :mod:`careercopilot.normalize.salary_payloads`
and :mod:`careercopilot.normalize.salary_input`. Nothing here raises on bad input.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pycountry

__all__ = ["local_dollar_currency"]


# Currency symbols -> ISO 4217. Multi-character prefixes must be tried first
# (ordered longest-first when the regex is built). "$" alone means USD: the
# most common meaning on the boards we ingest (documented assumption).
_CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "USD$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "CAD$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "AUD$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "SG$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₱": "PHP",
    "₦": "NGN",
    "zł": "PLN",
    "Fr.": "CHF",
    "CHF": "CHF",
}

_SYMBOL_RE = "|".join(
    re.escape(s) for s in sorted(_CURRENCY_SYMBOLS, key=len, reverse=True) if not s.isalpha()
)


# ISO 4217 codes that are also common upper-case English words; never taken
# from free text (they are still accepted from structured currency fields).
_AMBIGUOUS_CODES = frozenset({"ALL", "TOP", "CUP"})


@lru_cache(maxsize=1)
def _iso_currencies() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _currency_from_text(text: str) -> str | None:
    """The first currency marked in ``text``; a bare ``$`` gives way to a later ISO code of a
    dollar currency ("$58,000–$66,000 CAD" is CAD, not USD)."""
    bare_dollar = False
    for m in re.finditer(rf"(?<![A-Za-z])([A-Z]{{2,3}})?\s?({_SYMBOL_RE})|\b([A-Z]{{3}})\b|(zł)", text):
        prefix, sym, code, zl = m.groups()
        if sym:
            if prefix and f"{prefix}{sym}" in _CURRENCY_SYMBOLS:
                return _CURRENCY_SYMBOLS[f"{prefix}{sym}"]
            if prefix and sym == "$" and prefix + "D" in _iso_currencies() and prefix in {"US", "CA", "AU", "NZ", "HK", "SG", "MX"}:
                return _CURRENCY_SYMBOLS.get(prefix + "$", "USD")
            if sym == "$":
                bare_dollar = True
                continue
            return _CURRENCY_SYMBOLS[sym]
        if code and code in _iso_currencies() and code not in _AMBIGUOUS_CODES:
            if bare_dollar and code not in _DOLLAR_CODES:
                return "USD"
            return code
        if zl:
            return "PLN" if not bare_dollar else "USD"
    return "USD" if bare_dollar else None


#: ISO codes of currencies written with a bare "$" at home (babel/CLDR symbols); an explicit
#: one of these after "$" amounts names their currency.
_DOLLAR_CODES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "CLP", "ARS", "COP", "TWD", "BRL"})


def local_dollar_currency(country: str | None) -> str | None:
    """The currency a bare ``$`` means in a country (ISO 3166 alpha-2) -> ISO 4217.

    "CA" -> "CAD", "AU" -> "AUD", "MX" -> "MXN", "US" -> "USD"; ``None`` where the local
    currency is not written "$" (e.g. "GB", "DE") or the country is unknown. Source: CLDR
    via ``babel`` (the territory's tender currency and its symbol in the territory's
    likely locale). Never raises.
    """
    if not isinstance(country, str) or len(country) != 2:
        return None
    return _local_dollar_currency(country.upper())


@lru_cache(maxsize=512)
def _local_dollar_currency(cc: str) -> str | None:
    try:
        from babel import Locale
        from babel.numbers import get_currency_symbol, get_territory_currencies

        cur = (get_territory_currencies(cc, tender=True) or [None])[0]
        # Cheap filter with the one English locale ("CA$", "A$", "MX$", "$"), then the
        # territory's own locale (loading it costs ~4 ms, so only for dollar candidates).
        if cur and get_currency_symbol(cur, locale="en").endswith("$") and \
                get_currency_symbol(cur, locale=Locale.parse(f"und_{cc}")) == "$":
            return cur
    except Exception:  # noqa: BLE001 - unknown territory / locale data
        return None
    return None


def _norm_currency(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    v = value.strip()
    if v.upper() in _iso_currencies():
        return v.upper()
    if v in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[v]
    return None
