"""Salary periods: the pay period (hour/day/week/month/year) a salary text or field names.

Free-text period phrases (English, German, French), structured spellings
(:func:`normalize_period`), a bare unit word after a currency, and the period of the
pay-related sentences of a longer text. Annualisation is in
:mod:`careercopilot.normalize.salary` (:func:`~careercopilot.normalize.salary.annualize`).
Nothing here raises on bad input.
"""

from __future__ import annotations

import re
from typing import Any

from .salary import _MAX_TEXT_LEN, Period
from .salary_currency import _AMBIGUOUS_CODES, _SYMBOL_RE, _iso_currencies

__all__ = ["normalize_period"]


# Period phrases (earliest match in the text wins). Abbreviations that are
# also common words ("hr", "pm", "pa") only count right after an amount.
_AFTER_AMOUNT = r"(?<=[\dkK])\s*"
_PERIOD_WORDS: list[tuple[str, Period]] = [
    (rf"hourly|per\s+hour|an\s+hour|/\s*h(?:ou)?rs?\b|/\s*h\b|{_AFTER_AMOUNT}(?:p\.?\s?h\.?|hrs?)(?=\W|$)|\bp\.h\.|per\s+hr\b|stundenlohn|pro\s+stunde|/\s*stunde", "hour"),
    (r"daily|per\s+day|a\s+day|/\s*day\b|day\s+rate|/\s*d\b|tagessatz|pro\s+tag", "day"),
    (r"weekly|per\s+week|a\s+week|/\s*(?:wk|week)\b|pro\s+woche", "week"),
    (rf"monthly|per\s+month|a\s+month|/\s*mo(?:nth)?\b|{_AFTER_AMOUNT}pcm\b|\bp\.m\.|pro\s+monat|monatlich|/\s*monat|mensuel", "month"),
    (rf"yearly|annual(?:ly)?|per\s+(?:year|annum)|a\s+year|/\s*(?:yr|year|y|a)\b|{_AFTER_AMOUNT}p\.?\s?a\.?(?=\W|$)|\bp\.a\.|per\s+an+um|pro\s+jahr|j(?:ä|ae)hrlich|/\s*jahr|annuel|\bOTE\b", "year"),
]
_PERIOD_RES = [(re.compile(p, re.IGNORECASE), period) for p, period in _PERIOD_WORDS]

# Structured period spellings (Recruitee "month", Himalayas "hourly"/"annual",
# Jobicy "yearly", JSON-LD unitText "HOUR"/"YEAR", Ashby "1 YEAR").
_PERIOD_ALIASES: dict[str, Period] = {
    "hour": "hour", "hours": "hour", "hourly": "hour", "hr": "hour", "h": "hour", "perhour": "hour",
    "day": "day", "days": "day", "daily": "day", "d": "day", "perday": "day",
    "week": "week", "weeks": "week", "weekly": "week", "wk": "week", "perweek": "week",
    "month": "month", "months": "month", "monthly": "month", "mo": "month", "permonth": "month",
    "year": "year", "years": "year", "yearly": "year", "annual": "year", "annually": "year",
    "annum": "year", "yr": "year", "y": "year", "peryear": "year", "perannum": "year",
}


def normalize_period(value: Any) -> Period | None:
    """Map a structured period spelling to a :data:`Period`.

    Accepts e.g. ``"month"``, ``"hourly"``, ``"annual"``, ``"YEAR"`` (JSON-LD
    unitText), ``"1 YEAR"`` (Ashby interval; only a multiplier of 1 is
    accepted). Returns ``None`` for anything else. Never raises.
    """
    if not isinstance(value, str):
        return None
    v = value.strip().lower()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([a-z]+)", v)
    if m:
        if float(m.group(1)) != 1.0:
            return None
        v = m.group(2)
    v = re.sub(r"[^a-z]", "", v)
    return _PERIOD_ALIASES.get(v)


#: A bare unit word right after a currency code or symbol: "15–17.5 GBP HOUR", "50000 USD YEAR",
#: "€15 hour" (structured feeds that print amount, currency, unitText in a row).
_UNIT_AFTER_CURRENCY_RE = re.compile(
    rf"(?:\b(?P<code>[A-Z]{{3}})|(?:{_SYMBOL_RE})(?:\s?\d[\d.,]*\s?[kK]?)?)\s*(?:/\s*|(?i:per|an?)\s+)?"
    r"(?P<unit>(?i:hour|hr|day|week|month|year|annum))s?\b"
)
_UNIT_WORDS: dict[str, Period] = {"hour": "hour", "hr": "hour", "day": "day", "week": "week", "month": "month",
                                  "year": "year", "annum": "year"}


def _period_from_text(text: str | None) -> Period | None:
    if not text:
        return None
    text = text[:_MAX_TEXT_LEN]
    best: tuple[int, Period] | None = None
    for rx, period in _PERIOD_RES:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), period)
    for m in _UNIT_AFTER_CURRENCY_RE.finditer(text):
        code = m.group("code")
        if code and (code not in _iso_currencies() or code in _AMBIGUOUS_CODES):
            continue
        if best is None or m.start("unit") < best[0]:
            best = (m.start("unit"), _UNIT_WORDS[m.group("unit").lower()])
        break
    return best[1] if best else None


_PAY_SENTENCE_RE = re.compile(
    r"\b(?:pay|salary|salaries|compensation|wage|wages|rate|range|remuneration|earn|OTE|gehalt|vergütung|stipend)\b",
    re.IGNORECASE,
)


#: "monthly incentive plan", "annual bonus", "monthly internet stipend": an adjective period
#: word that qualifies something other than the pay itself says nothing about the salary.
_OTHER_PERIODIC_RE = re.compile(
    r"\b(?:hourly|daily|weekly|monthly|yearly|annual)\s+(?!(?:base\s+)?(?:salary|salaries|pay|rate|wages?|"
    r"compensation|income|earnings|remuneration|gross|base)\b)[a-z]+",
    re.IGNORECASE,
)


def _period_from_context(text: str | None) -> Period | None:
    """Period from the pay-related sentences of a longer text only (period adjectives that
    qualify something else — "a monthly incentive plan" — are ignored)."""
    if not text:
        return None
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text[:_MAX_TEXT_LEN]):
        if _PAY_SENTENCE_RE.search(sentence):
            p = _period_from_text(_OTHER_PERIODIC_RE.sub(" ", sentence))
            if p:
                return p
    return None
