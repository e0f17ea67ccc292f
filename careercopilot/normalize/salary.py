"""Salary parsing: free text and the structured shapes job boards publish.

Amounts are always in currency *units* (e.g. dollars, not cents). Currency is
an ISO 4217 code (validated with ``pycountry.currencies``). Period is one of
``hour``, ``day``, ``week``, ``month``, ``year`` or ``None`` when the source
does not say. Nothing here converts between currencies: that belongs to the
matching layer.

Nothing in this module raises on bad input: junk returns ``None``.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal

import pycountry
from pydantic import BaseModel, ConfigDict

__all__ = [
    "Period",
    "Salary",
    "parse_salary",
    "local_dollar_currency",
    "find_salary_in_text",
    "annualize",
    "normalize_period",
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
# (5 days x 52 weeks). Callers in other labour markets can override them.
HOURS_PER_YEAR = 2080.0
DAYS_PER_YEAR = 260.0
WEEKS_PER_YEAR = 52.0
MONTHS_PER_YEAR = 12.0

# Largest amount accepted from any source (guards against overflow junk while
# still allowing large-denomination currencies such as IDR or KRW).
_MAX_AMOUNT = 1e11
# Ranges found inside free description text must be tighter to count.
_MAX_TEXT_AMOUNT = 5e7
_MAX_TEXT_SPREAD = 20.0
_MAX_TEXT_LEN = 200_000


class Salary(BaseModel):
    """A salary range. Amounts in currency units (not cents)."""

    model_config = ConfigDict(frozen=True)

    min_amount: float | None = None
    max_amount: float | None = None
    currency: str | None = None
    period: Period | None = None


# ---------------------------------------------------------------------------
# Currency and period vocabularies
# ---------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

_NUM = r"\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
_NUM_RE = re.compile(rf"(?<![\w.,])({_NUM})\s?(k|K|m|M|mil|Mio\.?|million|thousand|tsd\.?|T)?(?![A-Za-z])")
_RANGE_SEP_RE = re.compile(
    rf"^\s*(?:{_SYMBOL_RE}|[A-Z]{{3}})?\s*(?:-|–|—|―|~|to|and|bis|à|a)\s*(?:{_SYMBOL_RE}|[A-Z]{{3}})?\s*$",
    re.IGNORECASE,
)
_UPTO_RE = re.compile(r"(?:\bup\s*to|\bmax(?:imum)?\.?|\bbis\s+zu|\bjusqu'?à|\bhasta|\bat\s+most|\bunder|<)\s*\W{0,3}\s*$", re.IGNORECASE)
_FROM_RE = re.compile(r"(?:\bfrom|\bstarting\s+(?:at|from)|\bmin(?:imum)?\.?|\bat\s+least|\bab|\bdès|\bdesde|\bover|>)\s*\W{0,3}\s*$", re.IGNORECASE)


_MARK_BEFORE_RE = re.compile(rf"(?:{_SYMBOL_RE}|\b[A-Z]{{3}})\s?$")
_MARK_AFTER_RE = re.compile(rf"^\s?(?:{_SYMBOL_RE}|[A-Z]{{3}}\b)")


def _to_number(token: str, suffix: str | None) -> float | None:
    s = token.replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ")
    has_dot, has_comma = "." in s, "," in s
    s_nospace = s.replace(" ", "")
    if has_dot and has_comma:
        dec = "." if s_nospace.rfind(".") > s_nospace.rfind(",") else ","
        grp = "," if dec == "." else "."
        s_nospace = s_nospace.replace(grp, "").replace(dec, ".")
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = s_nospace.split(sep)
        if len(parts) > 2:
            s_nospace = s_nospace.replace(sep, "")
        elif len(parts[1]) == 3:
            # "60.000" / "120,000": a single separator followed by exactly
            # three digits is a thousands separator.
            s_nospace = s_nospace.replace(sep, "")
        else:
            s_nospace = s_nospace.replace(sep, ".")
    try:
        value = float(s_nospace)
    except ValueError:
        return None
    if suffix:
        suf = suffix.lower().rstrip(".")
        if suf in {"k", "thousand", "tsd", "t"}:
            value *= 1_000
        elif suf in {"m", "mil", "mio", "million"}:
            value *= 1_000_000
    return value


def _valid(x: float | None) -> float | None:
    if x is None or x != x or x <= 0 or x > _MAX_AMOUNT:
        return None
    return float(x)


def _build(mn: Any, mx: Any, currency: str | None, period: Period | None) -> Salary | None:
    lo, hi = _valid(_as_float(mn)), _valid(_as_float(mx))
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Salary(min_amount=lo, max_amount=hi, currency=currency, period=period)


def _as_float(v: Any) -> float | None:
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        m = _NUM_RE.search(v.strip())
        if m:
            return _to_number(m.group(1), m.group(2))
    return None


# ---------------------------------------------------------------------------
# Free text
# ---------------------------------------------------------------------------


def _parse_text(text: str, default_currency: str | None, context_text: str | None) -> Salary | None:
    text = _html.unescape(text)[:_MAX_TEXT_LEN]
    matches = list(_NUM_RE.finditer(text))
    if not matches:
        return None
    # Prefer the first amount carrying a currency marker ("Band 3: €50k").
    marked = [
        i for i, m in enumerate(matches)
        if _MARK_BEFORE_RE.search(text[max(0, m.start() - 5) : m.start()]) or _MARK_AFTER_RE.match(text[m.end() : m.end() + 5])
    ]
    if marked:
        i = marked[0]
        if i > 0 and _RANGE_SEP_RE.match(text[matches[i - 1].end() : matches[i].start()]):
            i -= 1  # "100 - 120k EUR": the marker sits on the upper bound
        matches = matches[i:]
    first = matches[0]
    lo_tok = (first.group(1), first.group(2))
    hi_tok = None
    end = first.end()
    if len(matches) > 1:
        between = text[first.end() : matches[1].start()]
        if _RANGE_SEP_RE.match(between):
            hi_tok = (matches[1].group(1), matches[1].group(2))
            end = matches[1].end()
    lo = _to_number(*lo_tok)
    hi = _to_number(*hi_tok) if hi_tok else None
    if lo is None:
        return None
    # "$100-120k", "€75k–110k": a suffix on the upper bound only applies to the
    # lower bound too when that makes the lower bound plausible.
    if hi_tok and hi_tok[1] and not lo_tok[1] and hi is not None:
        mult = hi / (_to_number(hi_tok[0], None) or 1)
        if lo * mult <= hi and lo < 1000:
            lo *= mult
    currency = _currency_from_text(text) or _norm_currency(default_currency)
    period = _period_from_text(text[first.start() :]) or _period_from_text(text) or _period_from_context(context_text)
    before = text[: first.start()]
    # strip a currency marker directly before the number for qualifier checks
    before = re.sub(rf"(?:{_SYMBOL_RE}|\b[A-Z]{{3}})\s*$", "", before)
    after = text[end:]
    if hi is None:
        if _UPTO_RE.search(before):
            return _build(None, lo, currency, period)
        if re.match(r"\s*(?:[A-Z]{3}\s*)?\+", after) or _FROM_RE.search(before):
            return _build(lo, None, currency, period)
        return _build(lo, lo, currency, period)
    return _build(lo, hi, currency, period)


_TEXT_RANGE_RE = re.compile(
    rf"(?P<c1>(?:[A-Z]{{2,3}})?(?:{_SYMBOL_RE})|\b[A-Z]{{3}}\s?)\s?(?P<n1>{_NUM})\s?(?P<k1>[kKmM])?(?![\w])"
    rf"\s*(?:-|–|—|―|to|and)\s*"
    rf"(?P<c2>(?:[A-Z]{{2,3}})?(?:{_SYMBOL_RE})|\b[A-Z]{{3}}\s?)?\s?(?P<n2>{_NUM})\s?(?P<k2>[kKmM])?(?![\w])"
    rf"(?:\s?(?P<c3>[A-Z]{{3}})\b)?"
)


_DIGIT_RUN_RE = re.compile(r"\d+")
#: What ``_TEXT_RANGE_RE`` needs right before its first amount: a currency symbol or a
#: three-letter code, then at most two spaces (the longest symbol, "USD$", is 4 chars).
_MARK_TAIL_RE = re.compile(rf"(?:{_SYMBOL_RE}|[A-Z]{{3}})\s{{0,2}}$")


def _may_have_marked_amount(text: str) -> bool:
    """Cheap necessary condition for a ``_TEXT_RANGE_RE`` match: some digit run is
    preceded by a currency mark. Scanning the (few) digit runs is ~10x faster than
    letting the big range regex try every position of a long description."""
    for m in _DIGIT_RUN_RE.finditer(text):
        i = m.start()
        if _MARK_TAIL_RE.search(text, max(0, i - 8), i):
            return True
    return False


def find_salary_in_text(text: str | None, *, default_currency: str | None = None) -> Salary | None:
    """Find the first clearly currency-marked salary *range* in free text.

    Used on job descriptions when the board gives no structured salary. Only
    ranges whose first bound carries a currency symbol or ISO code are taken
    (``$190,800-$227,900``, ``USD 80,000 – 100,000``, ``£50k-£60k``); bare
    numbers are ignored because descriptions are full of non-salary numbers.
    Plausibility rules: both bounds within (0, 5e7] units,
    ``max <= 20 * min``, and no "M" (million) suffix. The period comes from the text around the match
    (+/- 150 characters), e.g. "hourly rate" -> ``"hour"``.

    Args:
        text: plain text (HTML is tolerated but should be stripped first).
        default_currency: unused for marked ranges; kept for symmetry.

    Returns:
        :class:`Salary` or ``None``. Never raises.
    """
    if not isinstance(text, str) or not text:
        return None
    try:
        text = text[:_MAX_TEXT_LEN]
        if not _may_have_marked_amount(text):
            return None
        for m in _TEXT_RANGE_RE.finditer(text):
            c1 = m.group("c1").strip()
            currency = _CURRENCY_SYMBOLS.get(c1) or (
                c1 if c1 in _iso_currencies() and c1 not in _AMBIGUOUS_CODES else None
            )
            if currency is None:
                currency = _currency_from_text(c1)
            if currency is None:
                continue
            if c1 == "$" and m.group("c3") and m.group("c3") in _iso_currencies():
                currency = m.group("c3")
            if any((m.group(g) or "").lower() == "m" for g in ("k1", "k2")):
                continue  # "$10M - $20M" is funding/revenue talk, not pay
            lo = _to_number(m.group("n1"), m.group("k1"))
            hi = _to_number(m.group("n2"), m.group("k2"))
            if lo is None or hi is None:
                continue
            if m.group("k2") and not m.group("k1") and lo < 1000:
                lo *= hi / (_to_number(m.group("n2"), None) or 1)
            if not (0 < lo <= hi <= _MAX_TEXT_AMOUNT and hi <= lo * _MAX_TEXT_SPREAD):
                continue
            window = text[max(0, m.start() - 150) : m.end() + 150]
            period = _period_from_text(text[m.end() : m.end() + 40]) or _period_from_text(window)
            return Salary(min_amount=lo, max_amount=hi, currency=currency, period=period)
    except Exception:  # pragma: no cover - defensive: never raise on junk
        return None
    return None


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


def salary_text(lo: float | None, hi: float | None, currency: str | None, period: str | None) -> str:
    """Human salary: ``"EUR 70,000–90,000 / year"``, ``"USD 45.00 / hour"`` ('' when unknown).

    A missing pay period is shown as ``/ year``: the same assumption scoring makes
    (:func:`annualize`, ``assume_period="year"``), so the
    text and the salary check agree. A lone minimum reads ``"from …"``, a lone maximum
    ``"up to …"``.
    """
    if lo is None and hi is None:
        return ""
    cur = (currency or "").upper()
    fmt = (lambda v: f"{v:,.0f}") if max(lo or 0, hi or 0) >= 1000 else (lambda v: f"{v:,.2f}")
    if lo is not None and hi is not None and lo != hi:
        rng = f"{cur} {fmt(lo)}–{fmt(hi)}"
    elif lo is not None and hi is not None:
        rng = f"{cur} {fmt(lo)}"
    else:
        rng = f"from {cur} {fmt(lo)}" if hi is None else f"up to {cur} {fmt(hi)}"
    return " ".join(rng.split()) + f" / {period or 'year'}"
