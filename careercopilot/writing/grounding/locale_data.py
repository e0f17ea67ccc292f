"""Locale words the grounding checker reads in any language, taken from libraries instead of
per-language tables: month names and "now" words from ``dateparser``'s translation data (built from
Unicode CLDR, ~200 languages, with genitive and abbreviated forms), number magnitudes from CLDR's
compact decimal patterns via ``babel`` (万/億/억/tỷ/triệu/juta/mln/milj./mill./bilion …).

Only languages with a two-letter ISO 639-1 code are read: the ~1,000 three-letter ones add
month abbreviations that are common English words ("can", "now", "win") and no CV language of the
blind sets. Words naming different months (or magnitudes) in different languages ("listopad" is
November in Polish and Czech, October in Croatian; "bilion" is 10^9 in Malay, 10^12 in Polish) keep
every reading; :func:`pick` chooses the one of the language the document uses most.

Every table is built once per process (``functools.cache``); building reads ~120 dateparser modules
and ~120 babel locales (~0.5 s).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter, defaultdict
from functools import cache

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
#: Month abbreviations of some language that are English words written before a year ("Office Pro 2019",
#: "now 2019"); dropped so a product name or a phrase does not become a month.
_ENGLISH_WORDS = {"now", "any", "see", "sun", "pro", "led", "met", "can", "win", "bit", "kit", "lab", "sad",
                  "cam", "col", "int", "hat", "gas", "gun", "fan", "mat", "may", "ago", "out", "des", "est",
                  "len", "stu", "ion", "ara", "tod", "ted", "tem", "wax", "sat"}
_ROMAN = re.compile(r"(?i)^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})$")


def _dateparser_languages() -> list[tuple[str, dict]]:
    import dateparser.data.date_translation_data as pkg

    out = []
    for mod in pkgutil.iter_modules(pkg.__path__):
        if len(mod.name.split("-")[0]) == 2:
            out.append((mod.name, importlib.import_module(f"{pkg.__name__}.{mod.name}").info))
    return out


def _month_names():
    """Every non-English month name or abbreviation dateparser knows, lower-cased without its dot, as
    ``(word, language, month 1–12)``."""
    for lang, info in _dateparser_languages():
        if lang == "en":
            continue
        for month, key in enumerate(_MONTH_KEYS, 1):
            for word in info.get(key, []):
                yield word.lower().rstrip("."), lang, month


@cache
def month_words() -> dict[str, dict[str, int]]:
    """Lower-cased month name or abbreviation (any language but English; "set", "marts", "tháng 4",
    "4月", "3월") → ``{language: month 1–12}``."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for w, lang, month in _month_names():
        if (len(w) < 3 and w.isascii()) or w in _ENGLISH_WORDS or _ROMAN.match(w) or not w:
            continue
        out[w][lang] = month
    return dict(out)


@cache
def slashed_month_words() -> dict[str, dict[str, int]]:
    """:func:`month_words` with the names that are English words too ("ago" for agosto, "out" for outubro, "des" for
    desember): read only right before "/<year>" ("ago/2014 – out/2019" in Brazilian CVs), where no English word stands
    (session 21, set 17)."""
    out: dict[str, dict[str, int]] = defaultdict(dict, month_words())
    for w, lang, month in _month_names():
        if w in _ENGLISH_WORDS:
            out[w] = {**out.get(w, {}), lang: month}
    return dict(out)


@cache
def now_words() -> frozenset[str]:
    """Lower-cased words for "now" and "today" in every language ("obecnie" is not one: the open end
    of a range is also read from its shape, :mod:`.locale_forms`)."""
    words = set()
    for _, info in _dateparser_languages():
        rel = info.get("relative-type", {})
        for key in ("0 second ago", "0 day ago"):
            words.update(w.lower() for w in rel.get(key, []) if len(w) > 1)
    return frozenset(words)


@cache
def year_marks() -> frozenset[str]:
    """Non-Latin year words written after the year in the year-month order ("年", "년")."""
    return frozenset(w for _, info in _dateparser_languages() for w in info.get("year", [])
                     if len(w) == 1 and not w.isascii())


@cache
def magnitude_words() -> dict[str, dict[str, float]]:
    """Lower-cased magnitude word or suffix written after a number → ``{language: factor}``, from the
    CLDR compact decimal patterns (short and long) of every babel locale with a two-letter language:
    ja "0万" at 10,000 → 万 = 1e4; vi "0 tỷ" → 1e9; ms "0 bilion" → 1e9; pl "0 mln" → 1e6. Thousands
    words ("K", "mil", "tys.") are kept too. A word naming 10^12 or more, or one letter long in Latin
    script ("K", "M", "B": read by the English number rules), is left out."""
    from babel import Locale, localedata

    out: dict[str, dict[str, float]] = defaultdict(dict)
    for ident in localedata.locale_identifiers():
        lang = ident.split("_")[0]
        if len(lang) != 2 or "_" in ident:
            continue
        try:
            loc = Locale.parse(ident)
            forms = [loc.compact_decimal_formats.get("short", {}), loc.compact_decimal_formats.get("long", {})]
        except Exception:  # pragma: no cover - locale data missing
            continue
        for table in forms:
            for by_key in table.values():  # plural category → {magnitude key: pattern}
                for key, pattern in by_key.items():
                    text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
                    zeros = text.count("0")
                    word = re.sub(r"[0#.,\s\u00a0\u202f¤'‎‏]+", " ", text).strip().lower()
                    if not zeros or not word or len(word.split()) > 1 or not key.isdigit():
                        continue
                    factor = float(key) / 10 ** (zeros - 1)
                    if factor < 1e3 or factor >= 1e12 or (len(word) == 1 and word.isascii()):
                        continue
                    out[word][lang] = factor
    return dict(out)


def pick(readings: dict[str, object], score: Counter) -> object | None:
    """The reading of the language ``score`` ranks highest among ``readings``' languages; when every
    language agrees, that reading; ``None`` when they disagree and the document favours none."""
    values = set(readings.values())
    if len(values) == 1:
        return next(iter(values))
    best = max(readings, key=lambda lang: score.get(lang, 0))
    if score.get(best, 0) == 0:
        return None
    return readings[best]


@cache
def currency_words() -> dict[str, str]:
    """Lower-cased word of a currency's name in its home language (CLDR via babel) → ISO code, for
    amounts written with the currency's name after them ("7,2 tỷ đồng", "86 mil. korun"); a word naming
    several currencies ("dollar", "peso", "krone") is left out."""
    from babel import Locale
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    seen: dict[str, set[str]] = defaultdict(set)
    for territory in Locale("en").territories:
        if not territory.isalpha():
            continue
        for code in get_territory_currencies(territory):
            for lang in get_official_languages(territory):
                try:
                    name = Locale.parse(lang).currencies.get(code)
                except Exception:  # pragma: no cover - locale data missing
                    continue
                for word in re.findall(r"[^\W\d_]{3,}", (name or "").lower()):
                    seen[word].add(code)
    return {w: next(iter(c)) for w, c in seen.items() if len(c) == 1}


@cache
def currency_languages() -> dict[str, frozenset[str]]:
    """ISO currency code → the official languages of the territories using it (CLDR via babel): a
    "Kč"/CZK amount votes for Czech when a word names different magnitudes in different languages."""
    from babel import Locale
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    out: dict[str, set[str]] = defaultdict(set)
    for territory in Locale("en").territories:
        if territory.isalpha():
            for code in get_territory_currencies(territory):
                out[code].update(lang.split("_")[0] for lang in get_official_languages(territory))
    return {c: frozenset(v) for c, v in out.items()}


@cache
def currency_symbols() -> frozenset[str]:
    """Currency symbols written in letters at home (CLDR via babel: "RM" ringgit, "Rp" rupiah, "R" rand,
    "Kč", "zł", "kr", "Ft", "TL") and every ISO 4217 code in use: "RM412 million" is an amount, no name."""
    from babel import Locale
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_symbol, get_territory_currencies

    out: set[str] = set(currency_languages())
    for territory in Locale("en").territories:
        if not territory.isalpha():
            continue
        for code in get_territory_currencies(territory):
            for lang in get_official_languages(territory):
                for ident in (f"{lang}_{territory}", lang):
                    try:
                        out.add(get_currency_symbol(code, ident))
                    except Exception:  # noqa: S112 - a language without that territory's locale
                        continue
    return frozenset(s for s in out if re.fullmatch(r"[^\W\d_]{1,3}\.?", s))


@cache
def _english_language_codes() -> dict[str, str]:
    """Lower-cased English language name ("ukrainian", "finnish") → its ISO 639-1 code (babel's CLDR names)."""
    from babel import Locale

    return {name.lower(): code for code, name in Locale("en").languages.items() if len(code) == 2}


@cache
def language_names(english_name: str) -> frozenset[str]:
    """Every lower-cased name of the language ``english_name`` ("Finnish") in the CLDR locales babel ships
    (two-letter locales: "finska", "finnisch", "suomi", "фінська" …; names shorter than four letters such as
    "fin" left out, they are words of other languages); empty when it names no language. ~0.7 s on the first
    call (babel loads its locales), cached."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    code = _english_language_codes().get(english_name.lower())
    if not code:
        return frozenset()
    names = {english_name.lower()}
    for ident in locale_identifiers():
        if len(ident) != 2:
            continue
        try:
            name = Locale.parse(ident).languages.get(code)
        except (ValueError, LookupError):
            continue
        if name and len(name) >= 4:
            names.add(name.lower())
    return frozenset(names)


def names_language(english_name: str, text: str) -> bool:
    """``text`` names the language ``english_name`` in any language ("finska", "українська" for Finnish,
    Ukrainian), as a whole word; ``False`` when ``english_name`` is no language name."""
    names = language_names(english_name)
    if not names:
        return False
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", low) for n in names)


@cache
def _territory_codes() -> dict[str, str]:
    """Lower-cased English country or region name ("belgium", "united kingdom", "uk") → its CLDR territory code
    ("BE", "GB"): babel's names and their short variants; numeric region codes (continents) left out."""
    from babel import Locale

    out = {}
    for code, name in Locale("en").territories.items():
        if code.isalpha():
            out[name.lower()] = code
            out[re.sub(r"^the\s+", "", name.lower())] = code
    out.update({"uk": "GB", "britain": "GB", "great britain": "GB", "us": "US", "usa": "US",
                "america": "US", "holland": "NL"})  # CLDR's "-alt-short"/"-alt-variant" forms babel drops
    return out


@cache
def territory_names(code: str) -> frozenset[str]:
    """Every lower-cased name of territory ``code`` in the two-letter CLDR locales babel ships ("Almanya",
    "Allemagne", "Deutschland", "Німеччина" for DE; names shorter than four letters left out)."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    names = set()
    for ident in locale_identifiers():
        if len(ident) != 2:
            continue
        try:
            name = Locale.parse(ident).territories.get(code)
        except (ValueError, LookupError):
            continue
        if name and len(name) >= 4:
            names.add(name.lower())
    return frozenset(names)


def names_territory(english_name: str, text: str) -> bool:
    """``text`` names the country ``english_name`` ("Belgium", "the Netherlands", "UK") in any language or by
    its ISO 3166 code as a whole capitals token ("NL and BE", "Almanya, Hollanda"); ``False`` when
    ``english_name`` names no country."""
    code = _territory_codes().get(re.sub(r"^the\s+", "", english_name.strip().lower()))
    if not code:
        return False
    if re.search(rf"(?<![\w-]){code}(?![\w-])", text) or (code == "GB" and re.search(r"(?<![\w-])UK(?![\w-])", text)):
        return True
    low = text.lower()
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", low) for n in territory_names(code)):
        return True
    return any(re.search(rx, text) for rx in _initials_patterns(code))


#: Languages whose country names' initials are read (the CV languages of the blind sets; a language's initials in
#: another alphabet or from a locale no CV writes would tie common tokens: "CFA", "NSA" for the United States).
_INITIALS_LANGUAGES = ("es", "pt", "fr", "it", "de", "nl", "sv", "nb", "da", "fi", "pl", "cs", "sk", "tr", "id", "ms",
                       "vi", "ro", "hu", "ca")
#: Linking words of country names in the CLDR locales, skipped by their initials ("Estados Unidos da América").
_COUNTRY_LINKS = frozenset("of the and da de do dos das del di la le des der und och og i".split())


@cache
def _initials_patterns(code: str) -> tuple[str, ...]:
    """Patterns of territory ``code`` written by the initials of a name of it in another language (session 22, sets 12
    and 14: "ABD" for Amerika Birleşik Devletleri, "EE. UU." for Estados Unidos): three initials or more as a capitals
    token, or two words as Spanish writes a plural name's initials, each letter doubled and dotted ("EE. UU.")."""
    from babel import Locale

    out = set()
    for lang in _INITIALS_LANGUAGES:
        name = Locale.parse(lang).territories.get(code, "").lower()
        words = [w for w in re.findall(r"[^\W\d_]+", name) if w not in _COUNTRY_LINKS]
        if len(words) < 2:
            continue
        letters = "".join(w[0] for w in words).upper()
        if len(letters) >= 3:
            out.add(rf"(?<![\w-]){re.escape(letters)}(?![\w-])")
        if len(words) == 2 and all(w.endswith("s") for w in words):
            out.add(r"(?<![\w-])" + r"\s?".join(rf"{re.escape(c * 2)}\." for c in letters))
    return tuple(sorted(out))


#: Languages whose ISO 3166-2 subdivision names ``pycountry`` translates, read for :func:`region_names`.
_REGION_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs", "ro", "hu", "tr", "fi", "da", "nb", "el",
                     "uk", "ru")


@cache
def _region_table() -> dict[str, frozenset[str]]:
    """Folded lower-case subdivision names (ISO 3166-2, ``pycountry``: "slaskie", "malopolskie", "bayern") → every
    name of that subdivision in :data:`_REGION_LANGUAGES` ("schlesien", "silesie (haute-silesie)"; ~5,000 names)."""
    import gettext

    import pycountry

    from careercopilot.writing.grounding.text import fold_accents

    books = []
    for lang in _REGION_LANGUAGES:
        try:
            books.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    out: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        key = fold_accents(sub.name).lower()
        out[key].update(fold_accents(book.gettext(sub.name)).lower() for book in books)
    return {k: frozenset(v - {k}) for k, v in out.items()}


def region_names(word: str) -> frozenset[str]:
    """Other languages' names of a region a CV's word names ("Śląska", an inflected "Śląskie": "schlesien",
    "silesie (haute-silesie)"): the subdivisions whose name opens with the word's first five letters, the word at
    most two letters longer or shorter (inflection). Bridges a school's region in English ("Silesian University of
    Technology") to the CV's own ("Politechnika Śląska"), where spelling has no cognate."""
    from careercopilot.writing.grounding.text import fold_accents

    folded = fold_accents(word).lower()
    if len(folded) < 5:
        return frozenset()
    return frozenset(n for key, names in _region_index().get(folded[:5], ())
                     if abs(len(key.split()[0]) - len(folded)) <= 2 for n in names)


@cache
def _region_index() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """:func:`_region_table` by the first five letters of its keys."""
    out: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for key, names in _region_table().items():
        out[key[:5]].append((key, names))
    return dict(out)


@cache
def _english_currency_names() -> frozenset[str]:
    """Lower-cased English names of currencies (babel's CLDR: "turkish lira", "polish zloty", "japanese yen")."""
    from babel import Locale

    return frozenset(name.lower() for name in Locale("en").currencies.values())


def english_currency_name(text: str) -> bool:
    """``text`` opens with a currency's English name, plural "s" allowed ("Turkish lira", "Polish zlotys", "Swedish
    kronor" is no CLDR name): a nationality adjective before it names no language skill and no tool."""
    low = text.lower()
    return any(re.match(rf"{re.escape(name)}s?\b", low) for name in _english_currency_names())


#: Space characters CLDR gives as a locale's thousands mark ("3 120", "3\u00a0120", "3\u202f120").
_SPACE_MARKS = frozenset(" \u00a0\u202f")


@cache
def _home_country_names() -> dict[str, str]:
    """Lower-cased name of a country, in English and in each of its official languages ("hungary", "magyarország";
    "austria", "österreich") → its CLDR territory code; names under four letters left out."""
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    out = {}
    english = Locale("en").territories
    for code, name in english.items():
        if not code.isalpha():
            continue
        names = {name}
        for lang in get_official_languages(code):
            try:
                names.add(Locale.parse(lang).territories.get(code) or "")
            except (UnknownLocaleError, ValueError, LookupError):
                continue
        out.update({n.lower(): code for n in names if len(n) >= 4 and n.lower() not in _NOT_COUNTRY})
    return out


#: English country names that in a CV's heading are more often a US state or a given name ("Atlanta, Georgia").
_NOT_COUNTRY = frozenset({"georgia", "jordan", "chad", "india"})


@cache
def _space_grouping(code: str) -> bool:
    """Every official language of territory ``code`` writes its thousands with a space (CLDR group symbol, via babel:
    hu_HU, pl_PL, cs_CZ, fr_FR, sv_SE, fi_FI, ru_RU …); ``False`` for a territory with none or a mixed one (BE: nl_BE
    writes a dot, CA: en_CA a comma)."""
    from babel import UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.numbers import get_group_symbol

    symbols = set()
    for lang in get_official_languages(code):
        try:
            symbols.add(get_group_symbol(f"{lang}_{code}"))
        except (UnknownLocaleError, ValueError, LookupError):  # ("no_NO": CLDR has nb_NO)
            continue
    return bool(symbols) and symbols <= _SPACE_MARKS


def space_grouping(text: str) -> bool:
    """The resume's heading (its lines up to the first blank one, six at most) names a country — in English or its own
    language: "Pécs, Magyarország", "Kraków, Poland" — whose CLDR thousands mark is a space (:func:`_space_grouping`): "3
    120 pipes" there is 3,120 (ground121, set 26 y20), while a US CV's "~640 911 calls" is 640 of them."""
    heading = []
    for line in text.strip().splitlines()[:6]:
        if not line.strip():
            break
        heading.append(line)
    low = "\n".join(heading).lower()
    names = _home_country_names()
    for word in re.findall(r"[^\W\d_]{4,}(?:\s+[^\W\d_]+){0,3}", low):
        for n in range(4, 0, -1):  # (the longest name first: "czech republic", "united kingdom")
            key = " ".join(word.split()[:n])
            if key in names and _space_grouping(names[key]):
                return True
    return False
