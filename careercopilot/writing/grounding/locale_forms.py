"""The resume's locale forms restated in the English forms the grounding detectors read.

A resume written in Germany, France, Brazil, Sweden, India or Indonesia states its figures and
dates in its own conventions ("€ 4,8 Mio.", "1.150 reviews", "CHF 14'600'000", "1 870 000 €",
"₹85 lakh", "Rp 186 miliar", "01.04.2020 – heute", "desde março de 2019"); a correct English
sentence about them ("€4.8 million", "1,150", "since March 2019") must be supported.
:func:`english_forms` rewrites the resume text once (``SourceFacts`` keeps the original as
``original``), so every detector — numbers, derived figures, dates, durations — reads one form.
The generated document is English and is read as it is.

Numbers (:func:`english_number`): the separators are decided from the shape of the whole number
and, where one shape fits both readings, from the document's habit (:func:`decimal_habit`):

* several groups of exactly three digits joined by the same mark ("1.234.567", "14'600'000",
  "1 870 000", NBSP or narrow NBSP) are thousands; a last group after the other mark is decimals;
* one comma or dot followed by one, two or four or more digits is the decimal mark ("87,5", "3.2"; a
  comma with four or more only in a comma-decimal document);
* one comma or dot followed by exactly three digits ("1.150", "1,150") is a decimal mark only
  when it is the document's decimal habit and the other reading is not the habit; a dot is read
  as thousands in a comma-decimal document, and in a document with no decimals at all when the
  three digits end in 0 and the integer part is not 0 ("310.000", "9.600" — English writers drop
  trailing zeros of decimals; "0.710" stays a decimal); three zeros after a dot are thousands in any
  document ("310.000 users" beside "WCAG 2.1");
* Indian grouping ("36,00,000", "1,20,00,000") is thousands (lakh/crore groups);
* one space group ("3 120") is thousands in a comma-decimal document, when its last digits are "00", or when the
  resume's heading names a country whose CLDR thousands mark is a space (:func:`.locale_data.space_grouping`:
  "Pécs, Magyarország"; ground121) — a US CV's "~640 911 calls" stays 640 of them.

The babel library's ``parse_decimal`` is not used: it needs the document's locale, which a resume
does not declare (a German pharmacist's English CV writes "€ 4,8 Mio." beside "approx. 420") and it
rejects the Indian, apostrophe and mixed forms above unless that exact locale is given. Deciding per
number from its shape and the document's habit fits mixed documents.

Magnitude words after a number (:data:`MAGNITUDE_WORDS`, the forms of sets 1–11): German Mio./Mrd./Tsd.,
Dutch/Polish mln/mld, French/Spanish/Portuguese/Italian/Swedish/Dutch million and billion words, Indonesian
juta/miliar, es/pt "mil", Swedish tkr/Mkr/MSEK, Indian lakh/crore (1e5, 1e7); every other language's from CLDR
compact decimal patterns (:func:`.locale_data.magnitude_words`: 万, 億, 억, tỷ, triệu, milyon, milj., bilion …;
a word of several magnitudes takes the document's language, :func:`language_votes`), and K/M/B before a currency
symbol ("9,6 M€"). A currency written after the amount ("412.000 €", "3,2 Mio. CHF", "450 000 kr", "18,6 milyon
USD", "7,2 tỷ đồng" by the currency's CLDR name) moves before it; a space before "%" goes ("87,5 %"). Unit
symbols: "m²" → "square metres", "km²" → "square kilometres".

Dates (:func:`english_dates`): day.month.year and month.year dates ("01.04.2020", "01.2022"), the year-first
"2017. 09." (Hungarian; ground121); month names and
abbreviations of any language before a year, or after it in the year-first order ("2019年4月", "2020년 3월"),
from dateparser's CLDR data (:func:`.locale_data.month_words`; a name of two months — "listopad" — takes the
document's language); "seit", "depuis", "desde", "sedan", "sejak", "dal", "sinds" before a date → "since"; the
open end of a range after a dash → "present": the words of :data:`_PRESENT_RE`, dateparser's "now"/"today" words
of every language, and any lower-case or uncased word or two ending the line or followed by a column gap
("obecnie", "kini", "dosud", "devam ediyor", "현재", "d.d.": :data:`_OPEN_END_RE`).

Language names (:func:`english_languages`): a languages line in the CV's language ("IDIOMAS: español,
inglés, francés") in English.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from careercopilot.writing.grounding import locale_data
from careercopilot.writing.grounding.era_dates import gregorian_eras

#: Thousands marks besides "," and ".": apostrophes (Swiss), spaces, NBSP, narrow NBSP (fr, sv, za).
_GROUP_MARKS = "'’\u00a0\u202f "
_TOKEN_RE = re.compile(
    r"(?:(?<![\w.,'’/+-])|(?<=(?<![\w])R)|(?<=(?<![\w])RM)|(?<=(?<![\w])Rp))(?<!\d[ \u00a0\u202f])"  # "R1,8 billion"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"  # Indian grouping: 36,00,000
    r"|\d{1,3}(?P<sep>[.,'’\u00a0\u202f ])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
    r"(?![\d]|[.,]\d|[ \u00a0\u202f]\d)"
)


def decimal_habit(text: str) -> str:
    """``"comma"`` when the document writes decimals with a comma ("87,5 %", "3,9 Mio.", "1.234,5")
    more often than with a dot ("3.2", "1,234.5"), ``"dot"`` when the dot wins, ``""`` on a tie (a
    Jakarta CV's "Rp 14,2 miliar" beside "IELTS 7.5") or when neither shape occurs. Dates such as "01.04.2020" and "04.2018" are not counted."""
    comma = len(re.findall(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d.,])|\d\.\d{3},\d", text))
    dot = len(re.findall(r"(?<![\d.,/-])\d{1,3}\.\d{1,2}(?![\d.,])|\d,\d{3}\.\d", text))
    return "comma" if comma > dot else "dot" if dot > comma else ""


def english_number(raw: str, habit: str, spaced: bool = False) -> str | None:
    """``raw`` ("1.150", "14'600'000", "87,5", "36,00,000") in English form ("1,150",
    "14,600,000", "87.5", "3,600,000"), or ``None`` when it is English already or cannot be decided. ``spaced``: the
    CV's country writes thousands with a space (:func:`.locale_data.space_grouping`), so one space group is one too
    ("3 120" → "3,120")."""
    if re.fullmatch(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?", raw) and raw.count(",") >= 2:
        return f"{float(raw.replace(',', '')):,.10g}"
    m = re.fullmatch(r"(\d{1,3})([.,'’\u00a0\u202f ])(\d{3}(?:\2\d{3})*)(?:([.,])(\d+))?", raw)
    if m:
        head, sep, groups, dec_mark, dec = m.groups()
        several = groups.count(sep) >= 1
        if dec_mark and dec_mark == sep:
            return None  # "1.234.5": no reading
        thousands = (sep in "'’\u00a0\u202f" or sep == "," or several or dec_mark is not None
                     or (sep == " " and (habit == "comma" or groups.endswith("00") or spaced))
                     or (sep == "." and habit == "comma")
                     or (sep == "." and habit == "" and groups.endswith("0") and head != "0")
                     or (sep == "." and groups == "000" and head != "0"))
        if not thousands:
            return None
        out = head + "," + groups.replace(sep, ",")
        return out + ("." + dec if dec else "") if out != raw else None
    m = re.fullmatch(r"(\d+),(\d+)", raw)
    if m and (habit == "comma" or len(m.group(2)) < 3):  # an English thousands comma takes three digits
        return f"{m.group(1)}.{m.group(2)}"
    return None


#: Magnitude words written after an amount, lower-cased, with their factor (sources: the words'
#: dictionary senses; "lakh" 10^5 and "crore" 10^7 in Indian English; Swedish "tkr" = thousand kronor,
#: "Mkr"/"MSEK" = million kronor).
MAGNITUDE_WORDS = {
    "tsd": 1e3, "tsd.": 1e3, "tkr": 1e3, "ksek": 1e3, "keur": 1e3, "ribu": 1e3,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "mio": 1e6, "mio.": 1e6, "mill.": 1e6, "mln": 1e6, "mln.": 1e6, "mkr": 1e6, "msek": 1e6, "meur": 1e6,
    "mchf": 1e6, "millionen": 1e6, "millions": 1e6, "millones": 1e6, "millón": 1e6, "milhões": 1e6, "milhão": 1e6,
    "milioni": 1e6, "milione": 1e6, "miljoner": 1e6, "miljon": 1e6, "miljoen": 1e6, "juta": 1e6, "milioane": 1e6,
    "crore": 1e7, "crores": 1e7,
    "mrd": 1e9, "mrd.": 1e9, "mia": 1e9, "mia.": 1e9, "mld": 1e9, "mld.": 1e9,
    "milliarden": 1e9, "milliarde": 1e9, "milliards": 1e9, "milliard": 1e9, "miliar": 1e9, "miliard": 1e9,
    "miliarde": 1e9, "miljarder": 1e9, "miljard": 1e9, "bilhões": 1e9, "bilhão": 1e9, "miliardi": 1e9,
    "mil millones": 1e9, "bn": 1e9,
}
#: The currency a Swedish magnitude word implies ("450 tkr" is SEK 450,000).
_IMPLIED_CURRENCY = {"tkr": "SEK", "ksek": "SEK", "mkr": "SEK", "msek": "SEK", "keur": "EUR", "meur": "EUR",
                     "mchf": "CHF"}
_MAG_RE = re.compile(r"[ \u00a0\u202f]?(?P<w>" + "|".join(
    re.escape(w).replace(r"\ ", r"[ \u00a0]") for w in sorted(MAGNITUDE_WORDS, key=len, reverse=True))
    + r")(?:(?<=\.)|(?![\w]))", re.I)
#: One-letter magnitudes (CLDR English short forms K, M, B; "Mio" elsewhere) written between an amount and
#: the currency symbol after it ("9,6 M€", "450 k€", "2,1 M$").
_LETTER_FACTOR = {"K": 1e3, "M": 1e6, "B": 1e9}
_LETTER_MAG_RE = re.compile(r"[ \u00a0\u202f]?(?P<w>[kKMB])(?=[ \u00a0\u202f]?[€$£])")
#: Currency symbols and codes written after an amount ("412.000 €", "3,2 Mio. CHF", "450 000 kr").
_CUR_AFTER_RE = re.compile(r"[ \u00a0\u202f]?(?P<c>€|£|\$|¥|₩|₫|CHF|EUR|SEK|NOK|DKK|PLN|RON|CZK|HUF|BRL|MXN|USD|GBP|"
                           r"kr\.?|zł|lei|Kč|Ft)(?![\w])")
_CUR_BEFORE_RE = re.compile(r"(?:[A-Z]{1,3}\$|[$€£¥₹₦₱₩₪₫₺₴₵]|\b[A-Z]{3}|\bR[Ps]\.?|\bRs\.?)[ \u00a0\u202f]?$")
#: A word after an amount's magnitude word: an ISO 4217 code or a word of a currency's name ("tỷ đồng").
_NAME_AFTER_RE = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+)(?![\w])")
_AFTER_SYMBOL = {"kr": "SEK", "kr.": "SEK", "zł": "PLN", "lei": "RON", "Kč": "CZK", "Ft": "HUF"}


def _english_amount(value: float) -> str:
    """``value`` as the English form the detectors read: "4.8 million", "36 million", "186 billion", "1,150"."""
    for factor, word in ((1e9, "billion"), (1e6, "million")):
        if value >= factor:
            return f"{value / factor:.10g} {word}"
    return f"{value:,.10g}"


def _cldr_magnitudes(text: str) -> tuple[re.Pattern[str] | None, dict[str, float]]:
    """The CLDR magnitude words (:func:`.locale_data.magnitude_words`) ``text`` writes after a number and
    not in :data:`MAGNITUDE_WORDS`, each with its factor in the document's language (a word naming
    different magnitudes in different languages — "mil": 10^3 in es/pt, 10^6 in cs/hr — takes the one of
    the language the document's month names and currencies point to, :func:`language_votes`); the
    pattern matching them right after a number."""
    words = locale_data.magnitude_words()
    present = {w for w in re.findall(r"(?<=[\d\s\u00a0\u202f])([^\W\d_]+)", text.lower()) if w in words}
    present |= {ch for ch in text if ch in words}  # CJK suffixes written without a space: "3,800万"
    present -= set(MAGNITUDE_WORDS) | {w.rstrip(".") for w in MAGNITUDE_WORDS} | {"min", "km", "mi"}
    if not present:
        return None, {}
    votes = language_votes(text, weighted=True)
    factors = {w: f for w in present if (f := locale_data.pick(words[w], votes)) is not None}
    if not factors:
        return None, {}
    latin = sorted((w for w in factors if w.isascii() or w[0].isalpha() and ord(w[0]) < 0x2E80),
                   key=len, reverse=True)
    cjk = [w for w in factors if w not in latin]
    alts = [re.escape(w) + r"\.?(?![\w])" for w in latin] + [re.escape(w) for w in cjk]
    return re.compile(r"[ \u00a0\u202f]?(?P<w>" + "|".join(alts) + ")", re.I), factors


def language_votes(text: str, weighted: bool = False) -> Counter:
    """How strongly ``text`` points to each language (two-letter codes): its foreign month names before a
    year (:func:`.locale_data.month_words`) and the currencies it names after amounts, whose territories'
    official languages each get a vote (:func:`.locale_data.currency_languages`). ``weighted``: a currency's
    vote is split among its languages (1/n each), so a one-language currency outweighs a shared one — "96,4
    mil. lei (≈ 19,4 mil. EUR)" reads "mil." in Romanian (10^6), not in the Portuguese or Spanish of one of the
    euro's 24 languages (10^3; ground143, set 28)."""
    votes: Counter = Counter()
    for _, _, name, _ in _foreign_months(text):
        votes.update(locale_data.slashed_month_words()[name.lower()])
    langs = locale_data.currency_languages()
    for code in re.findall(r"\b[A-Z]{3}\b", text) + [_AFTER_SYMBOL[c] for c in re.findall(
            r"(?<![\w])(zł|lei|Kč|Ft)(?![\w])", text)]:
        group = langs.get(code, ())
        votes.update({lang: 1 / len(group) if weighted else 1 for lang in group})
    return votes


def english_numbers(text: str) -> str:
    """``text`` with every locale-formed number, magnitude word and trailing currency in English form
    (module doc)."""
    habit = decimal_habit(text)
    spaced = locale_data.space_grouping(text)
    cldr_re, cldr_factors = _cldr_magnitudes(text)
    currency_words = locale_data.currency_words()
    out: list[str] = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        raw = m.group("num")
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            continue  # a year
        english = english_number(raw, habit, spaced) or raw
        end = m.end()
        mag = _MAG_RE.match(text, end)
        cldr = cldr_re.match(text, end) if cldr_re and not mag else None
        letter = None if mag or cldr else _LETTER_MAG_RE.match(text, end)
        currency = ""
        if mag:
            word = mag.group("w").lower().replace("\u00a0", " ")
            english = _english_amount(float(english.replace(",", "")) * MAGNITUDE_WORDS[word])
            end = mag.end()
            currency = _IMPLIED_CURRENCY.get(word, "")
        elif cldr:
            english = _english_amount(float(english.replace(",", "")) * cldr_factors[cldr.group("w").lower().rstrip(".")])
            end = cldr.end()
        elif letter:
            english = _english_amount(float(english.replace(",", "")) * _LETTER_FACTOR[letter.group("w").upper()])
            end = letter.end()
        cur = _CUR_AFTER_RE.match(text, end)
        named = _NAME_AFTER_RE.match(text, end) if mag or cldr else None
        if named and named.group(1) in locale_data.currency_languages():
            cur, named = named, None  # any ISO 4217 code after a magnitude ("11,2 milyon TRY")
        if cur and not _CUR_BEFORE_RE.search(text[max(0, m.start() - 6):m.start()]):
            currency = _AFTER_SYMBOL.get(cur.group(cur.lastindex or 0), cur.group(cur.lastindex or 0))
            end = cur.end()
        elif named and named.group(1).lower() in currency_words and not _CUR_BEFORE_RE.search(
                text[max(0, m.start() - 6):m.start()]):
            currency = currency_words[named.group(1).lower()]  # "7,2 tỷ đồng" (the currency's name)
            end = named.end()
        if english == raw and end == m.end():
            continue
        if currency:
            english = currency + ("" if len(currency) == 1 else " ") + english
        out.append(text[pos:m.start()] + english)
        pos = end
    out.append(text[pos:])
    text = "".join(out)
    text = re.sub(r"(?<=\d)[ \u00a0\u202f]+%", "%", text)  # "87,5 %" (fr, de, sv typography)
    text = re.sub(r"(?<=\d)[ \u00a0\u202f]?km²", " square kilometres", text)
    return re.sub(r"(?<=\d)[ \u00a0\u202f]?m[²2](?!\w)", " square metres", text)


#: Month names and abbreviations (Unicode CLDR, format-wide and -abbreviated) of de, fr, es, pt, it,
#: nl, sv, ro and id → month number; English names are read as they are.
FOREIGN_MONTHS = {
    1: "januar jänner jan janvier janv enero ene janeiro gennaio gen januari ianuarie ian",
    2: "februar feber feb février févr fevrier fevr febrero fevereiro fev febbraio februari februarie",
    3: "märz maerz mär mrz mars marzo mar março marco maart mrt martie maret",
    4: "april apr avril avr abril abr aprile aprilie",
    5: "mai mayo may maio maggio mag mei maj",
    6: "juni jun juin junio junho giugno giu iunie",
    7: "juli jul juillet juil julio julho luglio lug iulie",
    8: "august aug août aout agosto ago augustus aug augusti agustus agu",
    9: "september sept sep septembre septiembre setiembre set setembro settembre sett septembrie",
    10: "oktober okt octobre oct octubre outubro out ottobre ott octombrie",
    11: "november nov novembre noviembre novembro noiembrie nop",
    12: "dezember dez décembre déc decembre dec diciembre dic dezembro dicembre december desember des decembrie",
}
_ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December"]
_MONTH_NUMBER = {w: n for n, words in FOREIGN_MONTHS.items() for w in words.split()}
_FOREIGN_MONTH_RE = re.compile(
    r"(?i)(?<![\w])(?P<m>" + "|".join(sorted(map(re.escape, _MONTH_NUMBER), key=len, reverse=True))
    + r")\.?(?:\s+(?:de|del)\b)?\s+(?P<y>(?:19|20)\d\d)(?!\d)")
#: "since" in de, fr, es/pt, sv, id, it, nl before a date or year.
_SINCE_RE = re.compile(r"(?i)\b(?:seit|depuis|desde|sedan|sejak|dal|sinds)(?=\s+(?:\w+\.?\s+)?(?:de\s+)?(?:19|20)\d\d\b"
                       r"|\s+\d{1,2}[./]\d)")
#: The open end of a date range in de, nl, pt, es, fr, sv, ro, id, it, da/no.
_PRESENT_RE = re.compile(r"(?i)(?:(?<=\s[–—-])|(?<=\d[–—-]))(\s*)(?:heute|heden|atual|actual|actualidad|actualmente|a\s+la\s+fecha|"
                         r"hasta\s+la\s+fecha|hoy|présent|present|aujourd['’]hui|à\s+ce\s+jour|pågående|nuvarande|nu|"
                         r"prezent|sekarang|oggi|in\s+corso|presente|dato|i\s+dag)(?![\w])")


#: A month written as month.year ("01.2022", "12.2025"; de, ch, at, ro, pl), not inside a full date.
#: A day.month.year date ("01.04.2020" → "April 2020"; de, ch, at, ro, pl, ru): the day is left out, a bare
#: number beside a month would read as a count ("30 April" as 30).
_DAY_MONTH_YEAR_RE = re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.])")
_MONTH_DOT_YEAR_RE = re.compile(r"(?<![\d.])(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.])")
#: A month written as month-year with a hyphen and two digits ("01-2013 – 03-2018", "sinds 09-2012", "geldig tot
#: 05-2027"; the Dutch and Flemish CV's numeric month, NEN 2772 / the Europass CV's "mm-jjjj"): session 31 (ground134,
#: set 27 z14 read one history entry, no month and no credential date). Not inside a day-month-year or a range of
#: years ("2010-2012": the digit before the month blocks it).
_MONTH_DASH_YEAR_RE = re.compile(r"(?<![\d.\-/])(0[1-9]|1[0-2])-((?:19|20)\d\d)(?![\d\-/.]\d|\d)")
#: The year-first numeric date with a dot after each part ("2017. 09.", "2017.09.", "2014. 05. 12." → "September 2017",
#: "May 2014"; Hungarian, the MSZ ISO 8601 order its CVs write: "2017. 09. – jelenleg"; ground121, set 26 y20 read
#: no history at all): the month's closing dot is required ("2021.03" without it is the East Asian form read by
#: :data:`_RANGE_START`), the day is left out.
_YEAR_DOT_MONTH_DOT_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.[ \u00a0]?(0?[1-9]|1[0-2])\."
                                    r"(?:[ \u00a0]?(?:0?[1-9]|[12]\d|3[01])\.)?(?![\d])")


_YEAR_RE = re.compile(r"(?<![\d])(?:19|20)\d\d(?!\d)")
#: Up to two words (or a number with a CJK month mark: "4月", "3월") and the joiners before a year.
_BEFORE_YEAR_RE = re.compile(r"(?<![\w])(?P<m>[^\W\d_]+(?:\s(?:\d{1,2}|[^\W\d_]+))?|\d{1,2}[^\W\d_\s]{1,2})\.?"
                             r"(?:\s+(?:de|del|năm))?(?:,?\s+|[ \t]?/[ \t]?)$")
#: Letters with the combining marks Python's ``\\w`` leaves out (Thai, Lao, Devanagari, Bengali, Myanmar,
#: Khmer vowel signs and tone marks: "ปัจจุบัน", "มิ.ย.") — Unicode category Mn/Mc in those blocks.
LETTER = (r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0981-\u0983\u09bc-\u09cd\u0e31\u0e34-\u0e3a"
          r"\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e\u17b4-\u17d3])")
#: A month abbreviation with dots inside it before a year ("พ.ค. 2562", "มิ.ย. 2558", "ธ.ค. 2020"); dateparser lists
#: it without the dots ("พค").
_DOTTED_BEFORE_YEAR_RE = re.compile(rf"(?<![\w.])(?P<m>{LETTER}+(?:\.{LETTER}+)+)\.?,?\s+$")
#: A month name after the year and its dot ("2019. március", "2014. szept."): the Hungarian order.
_YEAR_DOT_MONTH_RE = re.compile(r"\.[ \t]*([^\W\d_]{3,}\.?)")
#: (a slash between month and year: "ago/2014 – fev/2017", "jan/2021 – atual" in Brazilian CVs; session 21, set 17)
_LAST_WORD_RE = re.compile(r"(?<![\w])(?P<m>[^\W\d_]+)\.?(?:\s+(?:de|del|năm))?(?:,?\s+|[ \t]?/[ \t]?)$")


def _foreign_months(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, month word, year)`` of each month name of any language (:func:`.locale_data.month_words`:
    "marts", "Şubat", "tháng 4", "4月") before a year, or after it and its year mark in the year-first order
    ("2019年4月", "2019년 4월"). Read from the years outward (a resume has a few dozen) with dictionary lookups
    — one regex of 2,400 names would cost ~7 ms a resume."""
    words = locale_data.month_words()
    marks = "".join(sorted(locale_data.year_marks()))
    out = []
    for y in _YEAR_RE.finditer(text):
        lo = max(0, y.start() - 30)
        pool = locale_data.slashed_month_words() if re.search(r"[^\W\d_]\.?/$", text[lo:y.start()]) else words
        for rx in (_BEFORE_YEAR_RE, _LAST_WORD_RE):
            m = rx.search(text, lo, y.start())
            if m and m.group("m").lower() in pool:
                out.append((m.start(), y.end(), m.group("m"), y.group(0)))
                break
        else:
            hu = _YEAR_DOT_MONTH_RE.match(text, y.end())  # Hungarian year-first order: "2019. március"
            if hu and hu.group(1).lower().rstrip(".") in words:
                out.append((y.start(), hu.end(), hu.group(1).lower().rstrip("."), y.group(0)))
                continue
            m = _DOTTED_BEFORE_YEAR_RE.search(text, lo, y.start())
            if m and (key := m.group("m").replace(".", "").lower()) in words:
                out.append((m.start(), y.end(), key, y.group(0)))
                continue
            a = re.match(rf"\s*[{marks}]\s*(\d{{1,2}}[^\W\d_\s]{{1,2}}|[^\W\d_]+)", text[y.end():y.end() + 12]) if marks else None
            if a and a.group(1).lower() in words:
                out.append((y.start(), y.end() + a.end(), a.group(1), y.group(0)))
    return out


#: A history header opening with "since <date>" and a column gap or a dash ("since March 2020 — Cheffe pâtissière",
#: "seit 04/2019        Meister"): an open range, written "<date> – present" like the other entries.
_SINCE_HEADER_RE = re.compile(
    r"^(?P<indent>[ \t]*)since[ \t]+(?P<date>(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[ \t]+)?(?:\d{1,2}[./])?(?:19|20)\d\d)(?P<gap>[ \t]{2,}|[ \t]*[—–|-][ \t]*)", re.M | re.I)
#: A point of a history range in English form ("April 2019", "03/2019", "2021.01", "2019") and the dash
#: after it: the open end of the range follows.
_RANGE_START = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
                r"(?:19|20)\d\d|\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d(?:[./-]\d{1,2})?)"
                r"(?P<dash>[ \t]*[–—~-][ \t]*)")  # "2021.03 ~ 현재": Korean and Japanese write a tilde
#: The open end in its shape: one or two words of lower-case or uncased letters (dots allowed: "d.d.") ending
#: the line or followed by a column gap, a pipe, a comma or a gloss in parentheses — "obecnie", "kini", "dosud", "devam ediyor",
#: "현재", "d.d." — the CV's own word for "present" in any language.
_OPEN_END_RE = re.compile(_RANGE_START + r"(?P<word>(?=[^\W\d_])(?![A-Z])[^\W\d_](?:[\w.]|" + LETTER + r")*(?:[ ](?![A-Z])[^\W\d_](?:[\w.]|" + LETTER + r")*)?)"
                          # or a gloss in parentheses after it: "8/2021 – nyt (now)", "09/2021 – היום (present)"
                          r"(?=[ \t]*(?:$|\n)|[ \t]{2,}|[ \t]*[|,;)]|[ \t]+\([^()\n]{1,24}\)[ \t]*(?:$|\n|[|,;]))", re.M)


#: An open range written with the CV's words for "from" and "until now" instead of a dash, at a header's end ("| da
#: March 2019 a oggi", "| od 06/2018 dosud", "| fra 03/2020 til nå", "| od 2017 do teraz"): one short lower-case word
#: before the date, one or two after it ending the line; rewritten "<date> – <word>" for :data:`_OPEN_END_RE`.
_WORDED_OPEN_RE = re.compile(
    r"(?P<lead>^[ \t]*|[|,][ \t]*)(?:[^\W\d_A-Z]{1,6}[ \t]+)(?P<date>" + _RANGE_START.split("(?P<dash>")[0]
    + r")[ \t]+(?:[^\W\d_A-Z]{1,5}[ \t]+)?(?P<word>(?![A-Z])[^\W\d_]+)[ \t]*$", re.M)


def english_dates(text: str) -> str:
    """``text`` with month names of any language before a year (and after it in the year-first order),
    numeric dates ("01.2022" → "January 2022"), "since" words and open range ends in English."""
    text = _DAY_MONTH_YEAR_RE.sub(lambda m: f"{_ENGLISH_MONTHS[int(m.group(2)) - 1]} {m.group(3)}", text)
    text = _MONTH_DOT_YEAR_RE.sub(lambda m: f"{_ENGLISH_MONTHS[int(m.group(1)) - 1]} {m.group(2)}", text)
    text = _MONTH_DASH_YEAR_RE.sub(lambda m: f"{_ENGLISH_MONTHS[int(m.group(1)) - 1]} {m.group(2)}", text)
    text = _YEAR_DOT_MONTH_DOT_RE.sub(lambda m: f"{_ENGLISH_MONTHS[int(m.group(2)) - 1]} {m.group(1)}", text)
    text = _FOREIGN_MONTH_RE.sub(
        lambda m: f"{_ENGLISH_MONTHS[_MONTH_NUMBER[m.group('m').lower()] - 1]} {m.group('y')}", text)
    votes = language_votes(text)

    out, pos = [], 0
    for start, end, name, year in _foreign_months(text):
        number = locale_data.pick(locale_data.slashed_month_words()[name.lower()], votes)
        if number and start >= pos:
            out.append(text[pos:start] + f"{_ENGLISH_MONTHS[number - 1]} {year}")
            pos = end
    text = "".join(out) + text[pos:]
    text = _SINCE_RE.sub("since", text)
    text = _SINCE_HEADER_RE.sub(lambda m: f"{m.group('indent')}{m.group('date')} – present{m.group('gap')}", text)
    text = _PRESENT_RE.sub(lambda m: m.group(1) + "present", text)
    now = locale_data.now_words()

    def open_end(m: re.Match[str]) -> str:
        word = m.group("word")
        if word.lower() in now or word.lower() == "present" or not _month_like(word):
            return m.group(0)[:m.start("word") - m.start()] + ("present" if word != "present" else word)
        return m.group(0)

    text = _WORDED_OPEN_RE.sub(lambda m: f"{m.group('lead')}{m.group('date')} – {m.group('word')}"
                               if not _month_like(m.group("word")) else m.group(0), text)
    return _OPEN_END_RE.sub(open_end, text)


def _month_like(word: str) -> bool:
    """``word`` is a month name of some language ("set." before "– ott. 2012"): no open end."""
    return word.lower().rstrip(".") in locale_data.month_words() or word.lower().rstrip(".") in _MONTH_NUMBER


#: Names of languages in de, fr, es, pt, sv, nl, it, ro and id → English (their own dictionaries' names;
#: a languages line of a CV in its own language: "IDIOMAS: español (nativo), inglés (C2), francés (B1)").
LANGUAGE_NAMES = {
    "English": "englisch anglais inglés ingles inglês engelska engels inglese engleză engleza inggris",
    "German": "deutsch allemand alemán aleman alemão alemao tyska duits tedesco germană germana jerman",
    "French": "französisch franzosisch français francais francés frances francês franska frans francese franceză "
              "franceza prancis",
    "Spanish": "spanisch espagnol español espanol espanhol spanska spaans spagnolo spaniolă spaniola spanyol",
    "Portuguese": "portugiesisch portugais portugués portugues português portugisiska portugees portoghese "
                  "portugheză portugheza portugis",
    "Italian": "italienisch italien italiano italienska italiaans italiană italiana",
    "Dutch": "niederländisch niederlandisch néerlandais neerlandais neerlandés holandês holandes nederländska "
             "nederlands olandese olandeză belanda",
    "Swedish": "schwedisch suédois suedois sueco svenska zweeds svedese suedeză",
    "Polish": "polnisch polonais polaco polonês polones polska pools polacco poloneză",
    "Russian": "russisch russe ruso russo ryska russisch russo rusă rusia",
    "Chinese": "chinesisch chinois chino chinês chines kinesiska chinees cinese chineză mandarin",
    "Japanese": "japanisch japonais japonés japones japonês japanska japans giapponese japoneză jepang",
    "Arabic": "arabisch arabe árabe arabiska arabo arabă arab",
    "Romanian": "rumänisch roumain rumano romeno rumänska roemeens rumeno română romana",
}
_LANGUAGE_ENGLISH = {w: en for en, words in LANGUAGE_NAMES.items() for w in words.split()}
_LANGUAGE_RE = re.compile(r"(?i)(?<![\w-])(" + "|".join(sorted(map(re.escape, _LANGUAGE_ENGLISH), key=len, reverse=True))
                          + r")(?![\w-])")


def english_languages(text: str) -> str:
    """Each line naming two or more languages in the CV's language with their English names ("español,
    inglés, francés" → "Spanish, English, French"); single words elsewhere are left alone ("Svenska
    Handelsbanken", a surname "Engels")."""
    def line(ln: str) -> str:
        if len(_LANGUAGE_RE.findall(ln)) < 2:
            return ln
        return _LANGUAGE_RE.sub(lambda m: _LANGUAGE_ENGLISH[m.group(1).lower()], ln)

    return "\n".join(line(ln) for ln in text.split("\n"))


#: A Buddhist-era year (B.E. = C.E. + 543: the Thai solar calendar's era, also written in Lao, Khmer and
#: Myanmar CVs; CLDR's "buddhist" calendar) in the years 2443–2643 (1900–2100 C.E.), standing alone.
_BE_YEAR_RE = re.compile(r"(?<![\d.,'’/-])(?:24[4-9]\d|25\d\d|26[0-4]\d)(?![\d]|[.,]\d)")
#: The document writes Buddhist-era years: the Thai era mark "พ.ศ.", "B.E."/"BE" beside a year, or a script whose
#: countries count years in that era (Thai, Lao, Khmer, Myanmar).
_BE_CUE_RE = re.compile(r"พ\.\s?ศ\.|\bB\.\s?E\.|\bBE\s+2[456]\d\d|[\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]")
#: A Hijri (A.H.) year with its mark: "1436هـ", "1436 هـ", "1436 AH", "1436H", "AH 1436".
_HIJRI_RE = re.compile(r"(?<![\d.,])(?:(?P<y>1[34]\d\d)\s?(?:هـ|ه\b|A\.?H\.?(?![\w])|H(?![\w]))|\bA\.?H\.?\s?(?P<y2>1[34]\d\d))(?!\d)")


def hijri_to_gregorian(year: int) -> int:
    """The Gregorian year holding most of Hijri year ``year`` (1436 → 2015: 1436 AH ran 24 Oct 2014 – 13 Oct
    2015). A Hijri year is 354.37 days = 0.970229 Gregorian years and 1 AH began 16 July 622 (622.54); its
    middle falls in ``floor(622.54 + 0.970229 · (year − 1) + 0.485)``."""
    return int(622.54 + 0.970229 * (year - 1) + 0.485)


def gregorian_years(text: str) -> str:
    """``text`` with Buddhist-era years (in a document that writes them: :data:`_BE_CUE_RE`) and marked Hijri
    years in the Gregorian calendar ("พ.ค. 2562" → "พ.ค. 2019", "2015 (1436هـ)" → "2015 (1436 AH (2015))": the Hijri figure kept)."""
    text = gregorian_eras(text)  # "令和3年4月" → "2021年4月", "民國108年" → "2019年" (:mod:`.era_dates`, session 21)
    if _BE_CUE_RE.search(text):
        text = _BE_YEAR_RE.sub(lambda m: str(int(m.group(0)) - 543), text)
    return _HIJRI_RE.sub(lambda m: f"{m.group('y') or m.group('y2')} AH ({hijri_to_gregorian(int(m.group('y') or m.group('y2')))})", text)


#: Degree level words of other languages (their national degree names: ISCED 6 bachelor, 7 master, 8 doctor)
#: → the English level. "Licence" and "Master" are English words too: only before a preposition and a field.
DEGREE_WORDS = {
    "Master's degree": "mestrado mestre maestría maestria máster magister magistr magisterka laurea magistrale "
                       "магістр магистр магістра",
    "Bachelor's degree": "bacharelado bacharel licenciatura licență licenta sarjana kandidatexamen laurea triennale "
                         "бакалавр бакалавра",
    "Doctorate": "doutorado doctorado doctorat doktorat",
}
_DEGREE_ENGLISH = {w: en for en, words in DEGREE_WORDS.items()
                   for w in re.findall(r"laurea \w+|\S+", words)}
_DEGREE_WORD_RE = re.compile(
    r"(?i)(?<![\w-])(?P<w>laurea magistrale|laurea triennale|" + "|".join(
        sorted((re.escape(w) for w in _DEGREE_ENGLISH if " " not in w), key=len, reverse=True))
    + r"|licence|master)(?P<prep>[ \t]+(?:em|en|în|in|de|di|del|da|do|i|w|z|dalam|bidang|van|ve)\b)?(?=[ \t]+[^\W\d_])")


def english_degrees(text: str) -> str:
    """Degree level words of the CV's language before a field in English form ("Mestrado em Fitotecnia" →
    "Master's degree in Fitotecnia", "Magister Teknik Geologi" → "Master's degree in Teknik Geologi",
    "Licență în Informatică" → "Bachelor's degree in Informatică"); "Licence" and "Master" only before a
    preposition ("Licence en droit"), never "Driving licence" or "Master Electrician"."""
    def sub(m: re.Match[str]) -> str:
        word = m.group("w").lower()
        if word in ("licence", "master"):
            if not m.group("prep") or m.group("prep").strip().lower() in ("in", "of"):
                return m.group(0)
            return ("Bachelor's degree" if word == "licence" else "Master's degree") + " in"
        return _DEGREE_ENGLISH[re.sub(r"\s+", " ", word)] + " in"

    return _DEGREE_WORD_RE.sub(sub, text)


#: National degree names a CV writes without a field after a preposition, by the level they stand for (ISCED 6
#: bachelor, 7 master, 8 doctor): Turkish, Czech/Slovak, Polish, Finnish, Vietnamese, Chinese/Japanese and Korean,
#: Spanish "Grado", and the English words a Nordic CV writes before its own preposition ("Bachelor i havbruk").
#: Case-sensitive abbreviations ("Ing.", "Bc.", "Mgr.") are letters a name line carries too ("Ing. Jan Novák"). A German
#: Diplom of a Fachhochschule ("Dipl.-Ing. (FH)") is a bachelor's level (KMK, 2001: Diplom (FH) equivalent to a
#: bachelor's; session 25, ground62), a university's "Dipl.-Ing." a master's.
NATIONAL_DEGREES = {
    "master": (r"yüksek\s+lisans|magister\s+inżynier|magister\w*|magistr|maisteri|thạc\s+sĩ|laurea\s+magistrale|mestrado|mestre|"
               r"maestr[ií]a|máster|master\s+(?:i|en|em)", r"Ing\.(?!\s*\(FH\))|Mgr\.", "硕士|修士|석사"),
    "bachelor": (r"lisans|licencjat|inżynier|kandidaatti|cử\s+nhân|kỹ\s+sư|laurea\s+triennale|bacharelado|licenciatura|"
                 r"licență|grado\s+en|bachelor\s+i", r"Bc\.|Dipl\.-?\s?[A-Z][a-z]*\.?\s*\(FH\)", "学士|학사"),
    "doctorate": (r"doktora|doktor|tohtori|tiến\s+sĩ|doutorado|doctorado|doctorat", "", "博士|박사"),
}
_NATIONAL_DEGREE_RE = {level: re.compile(rf"(?<![^\W\d_])(?:(?i:{words})(?![^\W\d_])" + (f"|{abbr}" if abbr else "")
                                         + rf")|{cjk}")
                       for level, (words, abbr, cjk) in NATIONAL_DEGREES.items()}


#: A school's kind in the languages of :data:`NATIONAL_DEGREES` (university, academy, college, faculty; 大学, 대학교).
_SCHOOL_WORD_RE = re.compile(r"(?i)univer|üniversite|yliopisto|korkeakoulu|högskola|høgskole|akadem|academ|politec|"
                             r"polytech|institut|escola|escuela|école|college|school|škola|szkoła|đại\s+học|học\s+viện|"
                             r"fakult|facult|大学|大學|学院|대학")


def native_degrees(text: str) -> dict[str, list[str]]:
    """Level (``"bachelor"``, ``"master"``, ``"doctorate"``) → the education entries (a line, or with the next) of the
    degrees the resume ``text`` names by a national degree name (:data:`NATIONAL_DEGREES`): "Yüksek Lisans,
    Geoteknik Mühendisliği — İTÜ, 2015" → master, "홍익대학교 시각디자인과 학사, 2015" → bachelor. Such a degree's
    field is written in the CV's language, often in another script and with no shared root ("İnşaat Mühendisliği"
    for civil engineering), so a field in English is taken as its translation; level and school are still checked."""
    out: dict[str, list[str]] = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        for level in national_degree_levels(line):
            # the next line too when this one names no school (not the next entry's: "Pós-Graduação … Católica")
            out.setdefault(level, []).append("\n".join(lines[i:i + (1 if _SCHOOL_WORD_RE.search(line) else 2)]))
    return out


def national_degree_levels(line: str) -> set[str]:
    """Levels of the national degree names (:data:`NATIONAL_DEGREES`) on an education entry ``line``: one that names
    its school or one year ("Inżynier budowy | 09.2014 – 02.2019" is a job)."""
    if not _SCHOOL_WORD_RE.search(line) and (len(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", line)) != 1
                                             or re.search(r"\d\s*[–—-]\s*\w", line)):
        return set()
    rest = _NATIONAL_DEGREE_RE["master"].sub(" ", line)  # "Yüksek Lisans": a master's, not also a bachelor's
    return {level for level, rx in _NATIONAL_DEGREE_RE.items() if rx.search(rest if level == "bachelor" else line)}


def english_forms(text: str) -> str:
    """The resume ``text`` with its locale numbers, dates and language names in English form (module doc);
    years of other calendars first in the Gregorian one (:func:`gregorian_years`)."""
    return english_degrees(english_languages(english_dates(english_numbers(gregorian_years(text)))))
