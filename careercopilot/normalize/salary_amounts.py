"""Salary amounts: numbers, ranges and free text.

Amount tokens (``60.000``, ``82,5k``, ``1.5 Mio``), plausibility bounds, the range /
"up to" / "from" reading of a salary text (``_parse_text``, used by
:func:`careercopilot.normalize.salary_payloads.parse_salary`) and
:func:`find_salary_in_text`, which finds a currency-marked range in a job description.
Amounts are currency units. Nothing here raises on bad input.
"""

from __future__ import annotations

import html as _html
import re
from typing import Any

from .salary import _MAX_TEXT_LEN, Period, Salary
from .salary_currency import (
    _AMBIGUOUS_CODES,
    _CURRENCY_SYMBOLS,
    _SYMBOL_RE,
    _currency_from_text,
    _iso_currencies,
    _norm_currency,
)
from .salary_periods import _period_from_context, _period_from_text

__all__ = ["find_salary_in_text"]


# Largest amount accepted from any source (guards against overflow junk while
# still allowing large-denomination currencies such as IDR or KRW).
_MAX_AMOUNT = 1e11
# Ranges found inside free description text must be tighter to count.
_MAX_TEXT_AMOUNT = 5e7
_MAX_TEXT_SPREAD = 20.0


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
