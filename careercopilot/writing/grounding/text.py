"""Tokens and normalization shared by the grounding detectors.

Numbers: digits with thousands separators and decimals, ``$``/``€``/``£`` before,
``%``/``K``/``M``/``B`` after, magnitude words (``1.2 million``), English number words up
to ninety-nine and ``a hundred``/``a dozen``, ordinals (``2nd``, ``second``, ``7th``,
``seventh``). Years 1950–2039 written alone are dates, not numbers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
MAGNITUDE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mm": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9,
             "trillion": 1e12,
             # Indian English (OED: lakh 10^5, crore 10^7; "cr"/"Cr." and "lac"/"lacs" the usual short and older forms)
             "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7}
#: Plural magnitude words used as vague scale claims ("thousands of users").
VAGUE_SCALE = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
STOP = frozenset(
    "a an the of to and or in on for per by from with about over more than up down at new each every "
    "roughly nearly almost around approximately some our my their its his her this that these those "
    "into across within under below above least most plus".split()
)

#: A figure: digits with English thousands commas, or Indian lakh/crore grouping ("1,40,000", "12,34,567";
#: session 21: an Indian English sentence groups as its resume does), a decimal part.
_NUM = r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
#: ISO 4217 codes written before an amount ("CAD 84M", "EUR 750,000", "SEK 1.2 million").
_ISO_CURRENCY = ("(?:USD|CAD|AUD|NZD|EUR|GBP|INR|ZAR|NGN|KES|SGD|HKD|AED|SAR|QAR|SEK|NOK|DKK|CHF|JPY|CNY|MXN|BRL|PHP|"
                 "MYR|IDR|THB|PLN|CZK|TRY|EGP|GHS|COP|CLP|ARS|PEN|VND|PKR|BDT|LKR|KRW|TWD|ILS|HUF|RON|UAH|KZT|"
                 "MAD|TND|NPR|QAR|KWD|BHD|OMR|JOD|ISK|BGN|RSD|UYU|BOB|PYG|XOF|XAF|TZS|UGX|RWF|ETB|ZMW|"
                 # national symbols written like codes: ringgit, rupiah, rupees
                 "RM|Rp|Rs\\.?|"
                 # the rand's "R" only before an amount with a magnitude word ("R18 billion"; "R2 of 0.93" is no money)
                 "R(?=\\s?\\d[\\d.,]*\\s?(?:thousand|million|billion|bn\\b|m\\b)))")
#: Currency names written after an amount ("four billion naira", "750,000 euros"): the amount is money.
_MONEY_WORD_AFTER = re.compile(r"(?i)\s+(?:euros?|dollars?|pounds?|naira|rupees?|rand|shillings?|pesos?|kronor|krona|"
                               r"kroner|dirhams?|yen|yuan|renminbi|francs?|ringgit|baht|reais|cedis?|zloty|rupiah)\b")
#: "three and a half (years)", "2 and a half": plus one half.
_AND_A_HALF = re.compile(r"(?i)\s+and\s+a\s+half\b")
#: The rest of a number written in words after "hundred" or "thousand": "eleven hundred and fifty" (1,150), "three
#: thousand two hundred" (3,200), "a hundred and twenty" (120), "two hundred and forty-five" (245) — British "and"
#: optional (ground121, set 26: "roughly eleven hundred and fifty times a year" was read as 1,100 and 50).
_WORD_TAIL = re.compile(
    r"(?i)[ \t]+(?:and[ \t]+)?(?P<w>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:(?<=ty)[-\s](?P<w2>one|two|three|four|five|six|seven|eight|nine)(?![\w-]))?(?P<h>[ \t]+hundred)?\b"
    r"(?:[ \t]+(?P<mag>thousand|million|billion)\b)?(?![ \t]+(?:dozen|hundreds|thousands|percent|per\s+cent)\b|\s*%)")


def word_tail(text: str, end: int, value: float, unit: float) -> tuple[float, int]:
    """``(value, end)`` with the words after ``text[:end]`` added while each part is below the place before it
    (:data:`_WORD_TAIL`; ``unit``: 100 after "hundred", 1,000 after "thousand")."""
    while (m := _WORD_TAIL.match(text, end)) is not None:
        add = WORD_NUMBERS[m.group("w").lower()] + (WORD_NUMBERS[m.group("w2").lower()] if m.group("w2") else 0)
        if m.group("h"):
            add *= 100
        if add >= unit:
            break
        value, end, unit = value + add, m.end(), 100 if m.group("h") else 1
        if m.group("mag"):  # "two hundred and fifty thousand": the whole times the magnitude
            return value * MAGNITUDE[m.group("mag").lower()], end
    return value, end
NUMBER_RE = re.compile(
    rf"(?:(?<![\w.@/#-])|(?<=\d[-–])|(?<=\b[Tt]op-)|(?<=(?<![\w&])#)|(?<=(?<!\S)[-−+])(?={_NUM}\s?%))"
    rf"(?P<cur>(?<![\w])(?:[A-Z]{{1,3}}\$|[$€£¥₹₦₱₩₪₫₺₴₵]|{_ISO_CURRENCY}\s?))?\s?(?P<num>{_NUM})"
    # a magnitude letter after a space only after a currency ("CAD 1.9 M/yr"; "1.9 m" alone is metres)
    # ("30 %", "11,5 %": the space before the sign of French, German, Nordic and ISO 31-0 style)
    rf"(?P<suf>\+|[ \u00a0\u202f]?%|[kKmMbB](?:n|N)?\b|(?:st|nd|rd|th)\b|(?(cur)\s(?:[KMB]n?|MM)\b))?"
    # the magnitude word may touch a word of a script without spaces ("680 million元人民币", "230 million円": the
    # resume's 6.8亿/2.3億 read in English form by :mod:`.locale_forms`), so no ``\b`` after it
    # (Indian English magnitudes "₹470 crore", "1.4 lakh", "Rs 240 cr." — "cr" only after a currency)
    rf"(?:\s?(?P<mag>thousand|million|billion|trillion|(?i:lakhs?|lacs?|crores?)|(?(cur)(?i:cr)|(?!))(?=\.|\b))"
    rf"(?![A-Za-z]))?"
    rf"(?:\s?(?P<pct>percent|per cent)\b)?",
)
WORD_NUMBER_RE = re.compile(
    r"(?i)\b(?P<a>a\s+)?(?P<w>" + "|".join(sorted(list(WORD_NUMBERS) + list(ORDINAL_WORDS), key=len, reverse=True))
    # a compound after a tens word, hyphenated or spaced, cardinal or ordinal ("twenty-one", "forty six",
    # "twenty-first")
    + r")(?:(?<=ty)[-\s](?P<w2>one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|"
      r"seventh|eighth|ninth)(?![\w-]))?\b"
)
#: Unit abbreviations written right after a number ("480V", "1.5h", "20 kg") → the word a sentence
#: spells ("480-volt"). Not "m"/"mm"/"b"/"k" (magnitudes: "$5M", "$5mm") nor letters that make codes
#: ("3G", "2D", "5S").
UNIT_ABBREVIATIONS = {
    "v": "volt", "kv": "kilovolt", "w": "watt", "kw": "kilowatt", "mw": "megawatt", "kwh": "kilowatt", "mwh": "megawatt",
    "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz", "kg": "kilogram", "km": "kilometre",
    "cm": "centimetre", "ml": "millilitre", "lb": "pound", "lbs": "pound", "ft": "foot", "mi": "mile", "h": "hour",
    "hr": "hour", "hrs": "hour", "gb": "gigabyte", "tb": "terabyte", "mb": "megabyte", "sqft": "square",
    # SI and metric units of farming, energy and drinks CVs (session 15: "38.400 ha" for "38,000 hectares")
    "ha": "hectare", "gw": "gigawatt", "gwh": "gigawatt", "kwp": "kilowatt", "mwp": "megawatt", "hl": "hectolitre",
    "kl": "kilolitre", "mg": "milligram",
}
_UNIT_ABBR_RE = re.compile(r"[ \t]?(" + "|".join(sorted(UNIT_ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w])", re.I)
#: The ampere's symbol right after a number ("200A", "400 A service"; SI symbol A): capital only, since "a"
#: after a number is an article ("3 a day").
_AMPERE_RE = re.compile(r"[ \t]?(A)(?![\w]|\.[A-Za-z])")
_FRACTION_NUMERATORS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4}
_FRACTION_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                          "fifth": 5, "fifths": 5}
#: Shares in words: "two-thirds", "three quarters", "a third", "one-fifth"; "half" only as "by half"
#: / "in half" (elsewhere it is seldom a claimed figure: "half the team", "a year and a half").
FRACTION_RE = re.compile(
    r"(?i)\b(?:(?P<n>one|a|two|three|four)[\s-](?P<d>thirds?|quarters?|fifths?)(?![\w-])"
    r"|(?<=\bby\s)(?P<d2>half)\b(?!\s+an?\b)|(?<=\bin\s)(?P<d3>half)\b)")
_RATIO_TERM = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred"
#: Shares as a ratio of counts: "nine in ten", "one in five", "3 out of 4", "two out of every three" (a whole of
#: at most a hundred: "5 in 2023" is no ratio; nor "from six to one in four years": a period, session 22).
RATIO_RE = re.compile(rf"(?i)\b(?P<a>{_RATIO_TERM})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_RATIO_TERM})\b(?![.,]\d)"
                      r"(?!\s+(?:(?:full|straight|consecutive|short|calendar|fiscal)\s+)?(?:years?|months?|weeks?|days?|"
                      r"hours?|minutes?|seasons?|quarters?|decades?)\b)")


def _ratio_term(word: str) -> float:
    word = " ".join(word.lower().split())
    return 100.0 if word == "a hundred" else float(word) if word.isdigit() else float(WORD_NUMBERS[word])


#: "by (nearly) two-thirds", "a drop of nearly two-thirds": what comes before a share in words that is a change.
_SHARE_BEFORE = re.compile(r"(?i)(?:\bby|\b(?:drop|fall|cut|reduction|decrease|decline|rise|increase|gain|saving|"
                           r"improvement|growth|jump)\s+of)\s+(?:(?:nearly|almost|about|around|roughly|over|more than|just over|just under|"
                           r"close to|some|well over)\s+)?$")
#: "thousands of users"; compounds multiply: "tens of thousands" ≥ 10,000, "hundreds of millions" ≥ 100 million.
VAGUE_RE = re.compile(r"(?i)\b(?:(?P<mult>tens|dozens|hundreds)\s+of\s+)?(?P<w>" + "|".join(VAGUE_SCALE) + r")\b")
_VAGUE_MULT = {"tens": 10, "dozens": 12, "hundreds": 100}
YEAR_RE = re.compile(r"(?:(?<=FY)|(?<=FY )|(?<![\w$.,-]))(19[5-9]\d|20[0-3]\d)(?![\w%]|,\d|\.\d)")  # (FY2024)
MONTH_YEAR_RE = re.compile(
    r"(?i)\b(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<y>19[5-9]\d|20[0-3]\d)\b"
)
EMAIL_RE = re.compile(r"(?i)\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
URL_RE = re.compile(
    r"(?i)\b(?:https?://[^\s<>()\"']+|www\.[^\s<>()\"']+|"
    r"(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ca|co|edu|me|app|ai|info|us|uk|de)/[^\s<>()\"']*|"
    r"(?:[a-z0-9-]+\.){1,3}(?:com|org|net|io|dev|ca|co|me|app|ai|info)\b)"
)
#: Host names with any top-level label (".design", ".studio", ".page", ".example"), recognised
#: when a path follows ("portfolio.design/work") or a cue word comes before ("at", "on", "visit",
#: "portfolio:"); file and language suffixes are not top-level labels ("Node.js", "report.pdf").
_ANY_HOST_RE = re.compile(r"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,24})\b(?P<path>/[^\s<>()\"']*)?")
_NOT_TLDS = frozenset(
    "js ts jsx tsx py rb php pl pdf doc docx xls xlsx ppt pptx csv txt rtf html htm json xml yml yaml md exe vue sql sh "
    "css scss java cpp cs go rs kt swift png jpg jpeg gif svg zip gz tar mp4 mp3 mov wav dll so lib ini cfg log net "
    "e g i ie eg vs etc al inc co ltd".split())
_HOST_CUE_RE = re.compile(r"(?i)(?:\b(?:at|on|visit|see|via|to|profile|portfolio|website|site|page|blog|github|"
                          r"linkedin|online|link|url|here)\s*:?|:)\s*$")


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """Web addresses of ``text``: :data:`URL_RE` (scheme, ``www.`` or a common top-level label)
    plus host names with any other label (see :data:`_ANY_HOST_RE`); ``(start, end, url)``."""
    out = [(m.start(), m.end(), m.group(0)) for m in URL_RE.finditer(text)]
    for m in _ANY_HOST_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in out) or m.group("tld") in _NOT_TLDS:
            continue
        if m.group("path") or _HOST_CUE_RE.search(text[max(0, m.start() - 24):m.start()]):
            out.append((m.start(), m.end(), m.group(0)))
    return sorted(out)


PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)"
    r"|(?<![\w+.-])\d{3}-\d{4}(?![\w-])"
)


def norm_words(text: str) -> list[str]:
    """Lower-case word tokens with a plural ``s`` removed (``dispatchers`` → ``dispatcher``)."""
    out = []
    for w in re.findall(r"[a-z0-9]+", text.lower().replace("'s", "")):
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


#: Latin letters without a Unicode decomposition and the letters an English text writes for them (Danish and
#: Norwegian "ø", "æ", Polish "ł", Croatian "đ", Icelandic "þ"/"ð", German "ß").
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
                               "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE"})


def fold_accents(text: str) -> str:
    """``text`` with the accents of Latin letters dropped ("ETH Zürich" → "ETH Zurich", "Tecnológico" →
    "Tecnologico"): an English sentence names a foreign school or firm without them (Unicode NFKD, then the
    combining marks removed; "ß" → "ss")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def squash(text: str) -> str:
    """Lower-case text with punctuation runs turned into single spaces and accents dropped (for phrase
    lookups)."""
    text = fold_accents(text)
    return " " + " ".join(re.findall(r"[a-z0-9+#]+", text.lower().replace("'s ", " ").replace("’s ", " "))) + " "


#: Letters of a script other than Latin (Greek, Cyrillic, Hebrew, Arabic, …).
NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
#: Spellings that romanisation schemes write differently, reduced to one ("Podil'lya"/"Podillia", "Arkhbyuro"/
#: "Arkhbiuro", Greek "ου" as "oy"/"ou", "č" as "ch"/"c"): the ``anyascii`` form of a name and its common national
#: romanisation meet.
_ROMAN_SPELLINGS = (("'", ""), ("’", ""), ("oy", "ou"), ("ch", "c"), ("y", "i"))


def roman_key(text: str) -> str:
    """``text`` folded to lower-case ASCII with :data:`_ROMAN_SPELLINGS` reduced ("Mlekara Bačka Polja" → "mlekara
    backa polja", "Podil'lya" → "podillia"); Latin names are left readable for :func:`squash`."""
    out = fold_accents(text).lower()
    for a, b in _ROMAN_SPELLINGS:
        out = out.replace(a, b)
    return out


def romanised(text: str) -> str:
    """The lines of ``text`` written in another script (Greek, Cyrillic …) romanised by ``anyascii`` and keyed by
    :func:`roman_key`, figures dropped (the native line still states them), one a line; "" when there are none.
    "ТОВ «Буд-Форма Захід», Львів" → "tov <<bud-forma zakhid>>, lviv"."""
    from anyascii import anyascii

    return "\n".join(re.sub(r"\d", " ", roman_key(anyascii(ln))) for ln in text.splitlines() if NON_LATIN.search(ln))


@dataclass(frozen=True)
class Quantity:
    """A number mention: ``value`` (magnitudes applied), its kind and the words after it."""

    value: float
    start: int
    end: int
    kind: str  # plain | money | percent | ordinal | vague
    unit: tuple[str, ...]  # up to 3 content words following the number
    text: str
    bounded: bool = False  # "40+", "more than 40", "over 40"
    currency: str | None = None  # money only: :func:`currency_of` its sign or name


def _unit_after(text: str, end: int, start: int | None = None) -> tuple[str, ...]:
    """Up to 3 content words after a number, within its clause (up to a full stop, comma, colon,
    semicolon or bracket), capitalised names left out, with the noun of "team of 24" / "a crew of 5"
    before it first."""
    words = []
    of = None if start is None else re.search(r"([A-Za-z]+)\s+of\s+(?:about\s+|roughly\s+|over\s+|nearly\s+)?$",
                                              text[max(0, start - 40):start])
    if of and of.group(1).lower() not in STOP and of.group(1).lower() not in ("one", "out", "all", "most", "some", "each"):
        words.append(norm_words(of.group(1))[0])
    limit = len(words) + 3
    clause = re.split(r"[.;:,()!?](?:\s|$)|[;:()\n]", text[end : end + 60])[0]
    clause = re.sub(r"\b[A-Z][a-z][\w'’-]*", " ", clause)  # names qualify a count ("6 Columbus State students")
    for w in norm_words(clause)[:5]:
        if w in STOP or w.isdigit() or w in WORD_NUMBERS:
            continue
        words.append(w)
        if len(words) == limit:
            break
    return tuple(words)


NUMERIC_DATE_RE = re.compile(r"(?<![\w/.,])\d{1,2}/(?:\d{1,2}/)?(?:19|20)?\d{2}(?![\w/])")  # not "8.7/10"


_BOUND_BEFORE = re.compile(r"(?i)\b(more than|over|at least|nearly|almost|about|roughly)\s*$")


def _bounded_before(text: str, start: int) -> bool:
    """A bound or approximation word right before a number ("more than 40", "nearly a third")."""
    return _BOUND_BEFORE.search(text[max(0, start - 14):start]) is not None


def quantities(text: str, *, masked: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every number mention in ``text`` outside the ``masked`` spans (years and numeric
    dates such as ``08/2019`` excluded)."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = list(masked) + [(m.start(), m.end()) for m in NUMERIC_DATE_RE.finditer(text)]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in RATIO_RE.finditer(text):  # "nine in ten", "3 out of 4": a share, in percent
        part, whole = (_ratio_term(m.group(g)) for g in ("a", "b"))
        if free(m.start(), m.end()) and 0 < part < whole:
            out.append(Quantity(100.0 * part / whole, m.start(), m.end(), "percent", _unit_after(text, m.end(), m.start()),
                                m.group(0), _bounded_before(text, m.start())))
            taken.append((m.start(), m.end()))
    for m in NUMBER_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        unit_abbr = None if m.group("suf") else _UNIT_ABBR_RE.match(text, m.end()) or _AMPERE_RE.match(text, m.end())
        if not m.group("suf") and not unit_abbr and re.match(r"[A-Z](?![A-Za-z])", text[m.end():]):
            continue  # a code, not a count: "3G and 4G positions", "2D", "5S"
        raw = m.group("num")
        if YEAR_RE.fullmatch(raw) and not (m.group("cur") or m.group("suf") or m.group("mag") or m.group("pct")):
            continue  # a year: handled as a date
        value = float(raw.replace(",", ""))
        suf = (m.group("suf") or "").strip().lower()
        kind = "money" if m.group("cur") else "plain"
        if suf in ("%",) or m.group("pct"):
            kind = "percent"
        elif suf in ("st", "nd", "rd", "th"):
            kind = "ordinal"
        elif suf.rstrip("n") in MAGNITUDE:
            value *= MAGNITUDE[suf.rstrip("n") if suf != "bn" else "bn"]
        if m.group("mag"):
            value *= MAGNITUDE[m.group("mag").lower().rstrip(".")]
        bounded = suf == "+" or _bounded_before(text, m.start())
        end = m.end()
        if kind == "plain" and _AND_A_HALF.match(text, end):
            value += 0.5
            end = _AND_A_HALF.match(text, end).end()
        currency = currency_of(m.group("cur"))
        if kind == "plain" and _MONEY_WORD_AFTER.match(text, end):
            kind, currency = "money", currency_of(_MONEY_WORD_AFTER.match(text, end).group(0))
        if end != m.end():
            out.append(Quantity(value, m.start(), end, kind, _unit_after(text, end, m.start()), text[m.start():end], bounded,
                                currency))
            taken.append((m.start(), end))
            continue
        if unit_abbr:  # "480V", "1.5 h", "20kg": the unit spelled out, as a sentence writes it ("480-volt")
            unit = (UNIT_ABBREVIATIONS.get(unit_abbr.group(1).lower(), "amp"),) + _unit_after(text, unit_abbr.end(), m.start())
            out.append(Quantity(value, m.start(), unit_abbr.end(), kind, unit[:3], text[m.start():unit_abbr.end()],
                                bounded))
            taken.append((m.start(), unit_abbr.end()))
            continue
        out.append(Quantity(value, m.start(), m.end(), kind, _unit_after(text, m.end(), m.start()), m.group(0), bounded,
                            currency))
        taken.append((m.start(), m.end()))
    for m in FRACTION_RE.finditer(text):  # "by two-thirds", "three quarters of", "cut in half": a share, in percent
        if m.group("d") and not (re.match(r"\s+of\b", text[m.end():]) or _SHARE_BEFORE.search(text[:m.start()])):
            continue  # "in one quarter", "over three quarters": periods of time, not shares
        if free(m.start(), m.end()):
            num = 1.0 if m.group("n") is None else float(_FRACTION_NUMERATORS[m.group("n").lower()])
            den = _FRACTION_DENOMINATORS[(m.group("d") or m.group("d2") or m.group("d3")).lower()]
            mag = re.match(r"(?i)\s+of\s+an?\s+(thousand|million|billion)\b", text[m.end():])
            if mag:  # "three-quarters of a million euros" = 750,000
                end = m.end() + mag.end()
                out.append(Quantity(num / den * MAGNITUDE[mag.group(1).lower()], m.start(), end, "plain",
                                    _unit_after(text, end, m.start()), text[m.start():end]))
                taken.append((m.start(), end))
                continue
            out.append(Quantity(100.0 * num / den, m.start(), m.end(), "percent", _unit_after(text, m.end(), m.start()),
                                m.group(0), _bounded_before(text, m.start())))
            taken.append((m.start(), m.end()))
    for m in WORD_NUMBER_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        w = m.group("w").lower()
        if m.group("w2") and m.group("w2").lower() in ORDINAL_WORDS:
            w = m.group("w2").lower()  # "twenty-first": an ordinal (its value the tens plus the unit's, below)
        if w in ORDINAL_WORDS and not re.match(r"(?i)[\s-]+(?:place|grade|prize|round|rank|overall)", text[m.end():]):
            continue  # "the first time", "a second chance", "safety comes first" — not a rank claim
        if w == "one" and (not re.match(r"\s*(?:of|[a-z]+s\b|(?i:hundred|thousand|million|billion)\b)", text[m.end():])
                           or re.search(r"(?i)\b(?:every|each|any|no|which)\s+$", text[:m.start()])):
            continue  # "one" as a pronoun ("every one of its clinics")
        if w == "one" and re.match(r"(?i)\s+of\s+(?:the|my|our|its|their|his|her|your)\s+(?!(?:\d|two|three|four|five|six|"
                                   r"seven|eight|nine|ten|twelve|dozen)\b)", text[m.end():]):
            continue  # "one of my native languages", "one of the region's …": a member, no count (session 18, set 15)
        if w == "hundred" and not m.group("a"):
            continue
        kind = "ordinal" if w in ORDINAL_WORDS else "plain"
        value = float(ORDINAL_WORDS.get(w, WORD_NUMBERS.get(w, 0)))
        if m.group("w2"):
            value = WORD_NUMBERS[m.group("w").lower()] + (
                ORDINAL_WORDS.get(m.group("w2").lower()) or WORD_NUMBERS[m.group("w2").lower()])
        if m.group("a") and re.search(r"(?i)\bhalf\s+$", text[:m.start()]):
            value /= 2  # "half a dozen", "half a million" (the "a" form only)
        mag = re.match(r"\s+(thousand|million|billion|dozen|hundred)\b", text[m.end():], re.I)
        end = m.end() + (mag.end() if mag else 0)
        parts = re.match(r"[\s-]+(tenths?|hundredths?|thousandths?)\b", text[end:], re.I) if kind == "plain" else None
        if parts:  # "fifteen hundredths" = 0.15, "three tenths" = 0.3 (a decimal in words; session 31, ground134)
            value /= {"ten": 10, "hun": 100, "tho": 1000}[parts.group(1).lower()[:3]]
            end += parts.end()
        if mag:  # "two dozen" = 24, "three hundred" = 300, "five thousand"
            value *= {"dozen": 12, "hundred": 100}.get(mag.group(1).lower()) or MAGNITUDE[mag.group(1).lower()]
        place = (mag.group(1).lower() if mag else w if w == "hundred" else "")
        if place in ("hundred", "thousand"):  # "eleven hundred and fifty", "a hundred and twenty"
            value, end = word_tail(text, end, value, 100 if place == "hundred" else 1000)
        bounded = _bounded_before(text, m.start())
        half = _AND_A_HALF.match(text, end) if kind == "plain" else None
        if half:
            value, end = value + 0.5, half.end()
        currency = None
        if kind == "plain" and _MONEY_WORD_AFTER.match(text, end):
            kind, currency = "money", currency_of(_MONEY_WORD_AFTER.match(text, end).group(0))
        out.append(Quantity(value, m.start(), end, kind, _unit_after(text, end, m.start()), text[m.start():end], bounded,
                            currency))
        taken.append((m.start(), end))
    for m in VAGUE_RE.finditer(text):
        if free(m.start(), m.end()):
            mult = _VAGUE_MULT.get((m.group("mult") or "").lower(), 1)
            out.append(Quantity(mult * VAGUE_SCALE[m.group("w").lower()], m.start(), m.end(), "vague",
                                _unit_after(text, m.end()), m.group(0)))
    from careercopilot.writing.grounding.unit_forms import carry_change_units

    return carry_change_units(text, sorted(out, key=lambda q: q.start))  # "from 14 hours to nine per …" (session 23)


#: Currencies of an amount as written: symbols, ISO 4217 codes, national abbreviations and names after the
#: amount. A symbol several currencies share is a family ("$": every dollar, peso and real written with it;
#: "kr": the Nordic crowns; "Rs": the rupees; "¥": yen and yuan), compatible with each of its members.
_CURRENCY_SIGNS = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "₹": "INR",
    "₦": "NGN", "naira": "NGN", "₱": "PHP", "₩": "KRW", "₪": "ILS", "₫": "VND", "₺": "TRY", "₴": "UAH", "₵": "GHS",
    "cedi": "GHS", "cedis": "GHS", "rp": "IDR", "rupiah": "IDR", "rm": "MYR", "ringgit": "MYR", "baht": "THB",
    "rand": "ZAR", "zloty": "PLN", "reais": "BRL", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "s$": "SGD", "hk$": "HKD",
    "r$": "BRL", "mx$": "MXN", "n$": "NAD", "nt$": "TWD",
    "$": "$", "dollar": "$", "dollars": "$", "peso": "$", "pesos": "$", "¥": "¥", "rs": "Rs", "rs.": "Rs",
    "rupee": "Rs", "rupees": "Rs", "kronor": "kr", "krona": "kr", "kroner": "kr", "shilling": "sh", "shillings": "sh",
    "franc": "fr", "francs": "fr", "dirham": "dh", "dirhams": "dh",
}
_CURRENCY_FAMILIES = {
    "$": {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "BRL", "NAD", "TWD", "ARS", "CLP", "COP", "UYU", "$"},
    "kr": {"SEK", "NOK", "DKK", "ISK", "kr"}, "Rs": {"INR", "PKR", "LKR", "NPR", "Rs"}, "¥": {"JPY", "CNY", "¥"},
    "sh": {"KES", "UGX", "TZS", "sh"}, "fr": {"CHF", "XOF", "XAF", "fr"}, "dh": {"AED", "MAD", "dh"},
}


def currency_of(sign: str | None) -> str | None:
    """The currency of an amount's sign or name ("C$", "CAD", "€", "euros", "Rp"): an ISO 4217 code, a family
    sign (``"$"``, ``"kr"``, ``"Rs"``, ``"¥"``) or ``None`` when there is none ("a budget of 450,000")."""
    if not sign:
        return None
    sign = sign.strip()
    return _CURRENCY_SIGNS.get(sign.lower()) or (sign.upper() if re.fullmatch(r"[A-Z]{3}", sign) else None)


def same_currency(a: str | None, b: str | None) -> bool:
    """Two currencies (:func:`currency_of`) may be the same: equal, either unknown, or one a family sign of the
    other ("$" and "CAD")."""
    if a is None or b is None or a == b:
        return True
    return b in _CURRENCY_FAMILIES.get(a, ()) or a in _CURRENCY_FAMILIES.get(b, ())


def compound_covers(words: list[str], line_words: set[str]) -> bool:
    """Every word of ``words`` (a phrase's, lower case, in order) is among ``line_words`` (a resume line's), or two
    or three neighbours of it are the parts of one compound the line writes as one word — Dutch, German, Nordic and
    Finnish glue their nouns ("project management" for "Projectmanagement", "quality management" for
    "Qualitätsmanagement", "fish welfare" for "fiskevelferd" is no such compound: the parts must be spelled alike).
    A part matches when it is the word itself or shares its first four letters and the part is at most two letters
    longer ("qualitat" for "quality"); the compound is accents-folded; parts are four letters or more."""
    compounds = [fold_accents(w) for w in line_words if len(w) >= 8 and w.isalpha()]
    i, n = 0, len(words)
    while i < n:
        if words[i] in line_words:
            i += 1
            continue
        for size in (2, 3):
            if i + size <= n and any(_splits_into(c, words[i:i + size]) for c in compounds):
                i += size
                break
        else:
            return False
    return True


def _splits_into(compound: str, parts: list[str]) -> bool:
    """``compound`` is ``parts`` glued, each part as :func:`compound_covers` allows (a linking "s" or "e" may
    follow a part: "Qualitätssicherung")."""
    if not parts:
        return compound == ""
    head, rest = parts[0], parts[1:]
    if len(head) < 4:
        return False
    for size in range(max(4, len(head) - 2), len(head) + 3):
        piece = compound[:size]
        if len(piece) < size or piece[:4] != head[:4] or not (piece == head or len(piece) >= len(head) - 2):
            continue
        for link in ("", "s", "e"):
            tail = compound[size:]
            if link and not tail.startswith(link):
                continue
            if _splits_into(tail[len(link):], rest):
                return True
    return False
