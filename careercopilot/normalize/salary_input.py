"""A salary amount as a person types it into a form (the Jobs salary filter, the Preferences
salary floor) → a number and, when typed, a currency.

Accepted forms (issue 10 trial finding: "150k" was refused), case and surrounding spaces
ignored:

* plain and grouped numbers: ``150000``, ``150,000``, ``150 000`` (also no-break and thin
  spaces), ``150'000`` (Swiss), ``150.000`` (German grouping), ``150.000,50`` / ``150,000.50``;
  a single ``.`` or ``,`` followed by exactly three digits groups thousands (the rule of
  :func:`careercopilot.normalize.salary_amounts._to_number`, shared with posting text), otherwise it is
  the decimal mark (``1,5k`` = 1500);
* multipliers: ``k``/``K``/``thousand``/``Tsd`` (× 1,000), ``m``/``M``/``mio``/``million``
  (× 1,000,000), and the Indian ``L``/``lakh``/``lac`` (× 100,000) and ``cr``/``crore``
  (× 10,000,000) — the app has INR as a floor currency;
* a currency before or after the amount: an ISO 4217 code (``150k USD``, ``EUR 60000``) or a
  symbol of :data:`careercopilot.normalize.salary_currency._CURRENCY_SYMBOLS` (``$150k``, ``€60k``,
  ``£50,000``, ``₹15L``). A bare ``$`` names no particular dollar: it is reported as no
  currency (the form's currency applies);
* a range ``150k-180k`` / ``150k to 180k`` / ``$150–180k``: a floor is its lower end (a
  multiplier on the upper end only applies to both, as people write "150-180k");
* "at least" wording around the amount (a newcomer's trial: "$120k+" was refused): a leading
  ``from`` / ``at least`` / ``min(imum)`` / ``starting at`` / ``over`` / ``≥`` and a trailing
  ``+`` / ``or more`` / ``and up`` / ``minimum`` / ``base`` — the amount is the floor either way;
* a pay period after the amount: ``/yr``, ``/hr``, ``per hour``, ``an hour``, ``a year``,
  ``p.a.``, ``hourly``, ``monthly`` … (the spellings of
  :func:`careercopilot.normalize.salary_periods.normalize_period`) → :attr:`SalaryInput.period`;
  :meth:`SalaryInput.per_year` annualizes as the rest of the app does
  (:func:`careercopilot.normalize.salary.annualize`: 2080 h, 260 d, 52 wk, 12 mo a year).

Refused with a :class:`SalaryInputError` whose message names the accepted forms: anything
else (words such as "negotiable", a date, two different currencies, two different periods, a
range whose ends are out of order, a negative number).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from careercopilot.bidi import quote

from .salary_amounts import _NUM, _to_number
from .salary_currency import _CURRENCY_SYMBOLS, _iso_currencies

__all__ = ["SalaryInput", "SalaryInputError", "parse_salary_input", "EXAMPLES"]

#: How the accepted forms are named in messages.
EXAMPLES = "150000, 150,000, 150k, $150k+, €60k, $60/hr or 150k USD"

#: Multiplier words (lower case, trailing "." dropped) → factor.
_MULTIPLIERS = {
    "k": 1e3, "thousand": 1e3, "tsd": 1e3, "t": 1e3,
    "m": 1e6, "mm": 1e6, "mio": 1e6, "million": 1e6, "mil": 1e6,
    "l": 1e5, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "cr": 1e7, "crore": 1e7, "crores": 1e7,
}
_SYMBOLS = sorted(_CURRENCY_SYMBOLS, key=len, reverse=True)
_SYMBOL_ALT = "|".join(re.escape(s) for s in _SYMBOLS)
_MULT_ALT = "|".join(sorted((re.escape(k) for k in _MULTIPLIERS), key=len, reverse=True))
_CUR = rf"(?:{_SYMBOL_ALT}|[A-Za-z]{{3}}(?![A-Za-z]))"
_AMOUNT = rf"(?P<num@>{_NUM})\s?(?:(?P<mult@>{_MULT_ALT})\.?(?![A-Za-z]))?"
_ONE = rf"(?:(?P<cur_a@>{_CUR})\s?)?{_AMOUNT}(?:\s?(?P<cur_b@>{_CUR}))?"
_INPUT_RE = re.compile(
    rf"^\s*{_ONE.replace('@', '1')}(?:\s*(?:-|–|—|to|bis)\s*{_ONE.replace('@', '2')})?\s*$", re.IGNORECASE)
#: "At least" wording before / after the amount (the amount is a floor either way).
_LEAD_RE = re.compile(
    r"^(?:from|at\s+least|min(?:imum)?\.?:?|starting\s+(?:at|from)|no\s+less\s+than|over|above|more\s+than"
    r"|>=?|≥)\s*", re.IGNORECASE)
_TAIL_RE = re.compile(
    r"\s*(?:\+|plus|or\s+(?:more|higher|above|better)|and\s+(?:up|above|higher)|(?:at\s+)?min(?:imum)?\.?"
    r"|base(?:\s+salary)?|(?:gross|total)(?:\s+comp(?:ensation)?)?)$", re.IGNORECASE)
#: A pay period after the amount: "/yr", "per hour", "an hour", "a year", "p.a.", "hourly".
_PERIOD_TAIL_RE = re.compile(
    r"\s*(?:(?:/|per\s+|an?\s+|a\s+|each\s+)\s*(?P<unit>[a-z]+)\.?|(?P<word>hourly|daily|weekly|monthly|yearly|annually"
    r"|annual|p\.?\s?a\.?|p\.?\s?h\.?|pcm))$", re.IGNORECASE)
_PERIOD_WORDS = {"annual": "year", "annually": "year", "pa": "year", "ph": "hour", "pcm": "month"}
#: Spaces people put inside numbers: no-break, narrow no-break, thin.
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


class SalaryInputError(ValueError):
    """A typed salary that is not one of the accepted forms; ``str()`` is the user-facing message."""


@dataclass(frozen=True)
class SalaryInput:
    """``amount`` in currency units (≥ 0); ``currency`` ISO 4217 when one was typed (None for
    none or a bare ``$``)."""

    amount: float
    currency: str | None = None
    period: str | None = None  # "hour" | "day" | "week" | "month" | "year" when typed ("$60/hr")

    def per_year(self) -> float:
        """The amount a year (``period`` None = already a year), annualized with
        :func:`careercopilot.normalize.salary.annualize`."""
        from .salary import Salary, annualize

        yearly = annualize(Salary(min_amount=self.amount, currency=self.currency, period=self.period))
        return yearly.min_amount if yearly and yearly.min_amount is not None else self.amount


def _currency(token: str | None) -> str | None | bool:
    """ISO code of a typed currency token; None for none/bare "$"; False when not a currency."""
    if not token:
        return None
    if token == "$":
        return None
    if token in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[token]
    if token.upper() in _iso_currencies():
        return token.upper()
    return False


def _amount(num: str, mult: str | None) -> float | None:
    value = _to_number(num, None)
    if value is None:
        return None
    return value * _MULTIPLIERS[mult.lower().rstrip(".")] if mult else value


def parse_salary_input(text: str | None, *, what: str = "salary floor") -> SalaryInput | None:
    """``text`` as typed → :class:`SalaryInput`; None for blank. ``what`` names the field in
    messages. Raises :class:`SalaryInputError` (a ``ValueError``) for anything not accepted."""
    raw = (text or "").translate(_ODD_SPACES).strip()
    if not raw:
        return None
    refused = SalaryInputError(f"The {what} must be an amount such as {EXAMPLES} (you typed {quote(raw[:40])}).")
    if raw.startswith("-") or len(raw) > 60:
        raise refused
    core, period = _strip_wording(raw)
    if period is False:
        raise SalaryInputError(f"The {what} names two pay periods ({quote(raw[:40])}); type one.")
    m = _INPUT_RE.match(core)
    if m is None:
        raise refused
    currencies = [_currency(m.group(g)) for g in ("cur_a1", "cur_b1", "cur_a2", "cur_b2")]
    if any(c is False for c in currencies):
        raise refused
    named = {c for c in currencies if c}
    if len(named) > 1:
        raise SalaryInputError(f"The {what} names two currencies ({', '.join(sorted(named))}); type one.")
    mult1, mult2 = m.group("mult1"), m.group("mult2")
    low = _amount(m.group("num1"), mult1 or mult2)  # "150-180k": the k applies to both ends
    if low is None or not math.isfinite(low):
        raise refused
    if m.group("num2") is not None:
        high = _amount(m.group("num2"), mult2)
        if high is None or high < low:
            raise SalaryInputError(f"The {what} range {quote(raw[:40])} runs backwards; type the lower amount "
                                   f"(e.g. {EXAMPLES}).")
    return SalaryInput(amount=low, currency=next(iter(named), None), period=period)


def _period_word(m: re.Match) -> str | None:
    from .salary_periods import normalize_period

    word = (m.group("unit") or m.group("word") or "").lower()
    key = re.sub(r"[^a-z]", "", word)
    return _PERIOD_WORDS.get(key) or normalize_period(key)


def _strip_wording(raw: str) -> tuple[str, str | None | bool]:
    """``raw`` without its "at least" wording and pay period → ``(amount text, period)``;
    period None when none was typed, False when two different ones were."""
    text = " ".join(re.sub(r"(?<=\S)\s*\+(?!\d)", " ", raw).split())  # "$120k+ USD": the + marks a floor
    periods: set[str] = set()
    for _ in range(4):  # "from $120k+/yr", "$60/hr or more": peel the words in any order
        before = text
        text = _LEAD_RE.sub("", text, count=1).strip()
        text = _TAIL_RE.sub("", text, count=1).strip()
        m = _PERIOD_TAIL_RE.search(text)
        if m and m.start() > 0 and (period := _period_word(m)):
            periods.add(period)
            text = text[:m.start()].strip()
        if text == before:
            break
    if len(periods) > 1:
        return text, False
    return text, next(iter(periods), None)
