"""Invisible characters out of third-party text.

Attack a12 W2: a clip titled "Engineer \\u202etpircs.exe" displayed as "Engineer exe.script" —
RIGHT-TO-LEFT OVERRIDE reverses what follows it (the "Trojan Source" trick, CVE-2021-42574;
Unicode TR #36 §2.1 / UTS #55 §4). Text that comes from a third party (postings from feeds,
clipped or imported pages) and one-line names shown back to people lose every character that
renders as nothing: General Category Cf (bidi embeddings/overrides/isolates/marks, zero-width
space, word joiner, invisible operators, BOM, soft hyphen, tag characters …) and the rest of
Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt: COMBINING GRAPHEME JOINER
U+034F, Hangul fillers U+115F/U+1160/U+3164/U+FFA0, Khmer inherent vowels U+17B4/U+17B5,
Mongolian free variation selectors U+180B–U+180F, variation selectors U+FE00–U+FE0F and
U+E0100–U+E01EF, reserved U+FFF0–U+FFF8 …; session 13 attacker: "Pay\\u034f\\u200d\\u034fPal",
"Goo\\ufe0f\\u200d\\ufe0fgle", "pass\\u3164word" stayed), except:

* ZERO WIDTH NON-JOINER / JOINER (U+200C/U+200D) between two visible non-ASCII, non-space
  characters: ZWNJ is orthographic in Persian ("می‌خواهم") and ZWJ builds emoji sequences and
  Indic conjuncts (Unicode §23.2); next to ASCII, a space or another ignorable character they only
  hide ("Goo\\u200dgle", "Pay\\u200d\\u200d\\u200dPal", "Goo\\u200b\\u200d\\u200bgle": a joiner is
  judged by its neighbours as written, and an ignorable neighbour is not a visible one). An emoji's
  presentation selector counts as part of the emoji before it ("👁️\\u200d🗨️");
* a variation selector right after a visible non-ASCII character (emoji presentation "❤️",
  ideographic variants "葛\\U000E0100": Unicode §23.4), never after ASCII or another ignorable;
* the visible prepended concatenation marks (Arabic number signs U+0600–0605, U+06DD, U+0890–
  0891, U+08E2, Syriac U+070F, Kaithi U+110BD/U+110CD: property Prepended_Concatenation_Mark);
* emoji tag sequences of a subdivision flag (🏴 + 3–7 tag letters/digits + CANCEL TAG, Unicode TS
  #51 §2.3.1); other tag payloads go.

BRAILLE PATTERN BLANK (U+2800) draws an empty cell: it becomes a plain space.

Re-exported by :mod:`careercopilot.bidi` (the app's one module about text direction).
"""

from __future__ import annotations

import re as _re
import unicodedata as _ud
from functools import cache as _cache

#: Cf characters that are visible (Prepended_Concatenation_Mark, PropList.txt).
_VISIBLE_CF = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd")
#: Default_Ignorable_Code_Point ranges that are not Cf (Unicode 15.1 DerivedCoreProperties.txt;
#: Python's unicodedata has no such property): CGJ, Hangul fillers, Khmer inherent vowels,
#: Mongolian FVS, variation selectors, reserved noncharacter-like ranges, supplementary VS.
_IGNORABLE_NOT_CF = ((0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x2065, 0x2065),
                     (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0xE0000, 0xE0FFF))
#: Characters that draw an empty cell without being white space: BRAILLE PATTERN BLANK (a "\\u2800\\u2800"
#: company looked empty — session 13 attacker, third round). Replaced by a space, then normal spacing rules.
_BLANKS = "\u2800"
_JOINERS = "\u200c\u200d"


def _is_selector(ch: str) -> bool:
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


@_cache
def _ignorable() -> frozenset[str]:
    """Every invisible code point removed by default (Cf minus the visible ones, plus the
    non-Cf Default_Ignorable_Code_Point ranges); built on first use (~0.1 s)."""
    chars = {chr(cp) for cp in (*range(0x30000), *range(0xE0000, 0xE1000)) if _ud.category(chr(cp)) == "Cf"}
    for a, b in _IGNORABLE_NOT_CF:
        chars.update(chr(cp) for cp in range(a, b + 1))
    return frozenset(chars - _VISIBLE_CF)


def ignorable_characters() -> frozenset[str]:
    """Every character :func:`strip_invisible` removes by default (the module docstring's set)."""
    return _ignorable()


def _class(chars: frozenset[str]) -> str:
    cps = sorted(map(ord, chars))
    ranges: list[list[int]] = []
    for cp in cps:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(_re.escape(chr(a)) if a == b else f"{_re.escape(chr(a))}-{_re.escape(chr(b))}" for a, b in ranges)


@_cache
def _invisible() -> _re.Pattern[str]:
    """The pattern, built on first use: an emoji tag sequence (kept) or one ignorable character."""
    # a subdivision flag's tag_spec is a region code of tag digits and lower-case tag letters (Unicode TS #51
    # §2.3.1, CLDR subdivision ids such as "gbsct": 3–7 of them); any other tag payload is hidden text — a
    # flag followed by tags spelling an instruction only an LLM reads (session 13 attacker, third round)
    return _re.compile("(\U0001F3F4[\U000E0030-\U000E0039\U000E0061-\U000E007A]{3,7}\U000E007F)"
                       f"|[{_class(_ignorable())}]")


def _visible(ch: str) -> bool:
    """A character that shows: not ASCII, not white space, not ignorable."""
    return not ch.isascii() and not ch.isspace() and ch not in _ignorable()


def _keep(text: str, i: int) -> bool:
    """Whether the ignorable character at ``text[i]`` stays (rules in the module docstring),
    judged by its neighbours as written."""
    ch = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if _is_selector(ch):
        # emoji/symbol presentation (U+FE0E/FE0F), ideographic variants (U+E0100–E01EF after a CJK
        # ideograph), the other standardized variants after a non-Latin visible character; never after
        # a Latin letter ("Gé\\U000E0100gle")
        if not before or not _visible(before) or "LATIN" in _ud.name(before, ""):
            return False
        return ord(ch) < 0xE0100 or _ud.name(before, "").startswith("CJK")
    if ch in _JOINERS:
        if before and _is_selector(before):  # an emoji with its presentation selector
            before = text[i - 2] if i > 1 else ""
        return bool(before) and bool(after) and _visible(before) and _visible(after)
    return False


def strip_invisible(text: str) -> str:
    """``text`` without invisible characters (rules above), e.g.
    ``strip_invisible("Engineer \\u202etpircs.exe")`` → ``"Engineer tpircs.exe"`` (the logical
    order, as stored; no reordering happens any more). Returns ``text`` itself when nothing changes."""
    if text.isascii():
        return text
    text = text.replace(_BLANKS, " ") if _BLANKS in text else text
    return _invisible().sub(lambda m: m.group(1) or (m.group(0) if _keep(text, m.start()) else ""), text)
