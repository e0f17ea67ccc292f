"""Characters a PDF export can draw: never a silently dropped glyph (issue 11 trial finding 11).

fpdf2 leaves out every character its font has no glyph for (a warning in the log, nothing on
the page): "✅ Certified RDH", "⭐ Employee of the month", a name in Chinese or Korean, 𝐁𝐨𝐥𝐝
(LinkedIn's "bold" text generators write Mathematical Alphanumeric Symbols) came out of the
PDF without them while the DOCX kept them. :func:`pdf_printable` is the text the PDF carries,
each character drawn by the first of these that applies (session 22):

1. a font of the export has the glyph: DejaVu Sans (``fonts-dejavu-core``), then the fallback
   fonts of :data:`FALLBACK_FONTS` that are installed (fpdf2 ``set_fallback_fonts``): Noto
   Sans Symbols 2 (``fonts-noto-core``), Symbola (``fonts-symbola``: monochrome emoji), Droid
   Sans Fallback (``fonts-droid-fallback``: Chinese, Japanese, Korean) — none is installed by
   the Makefile today (``fonts-dejavu-core`` only), so rules 2–5 are what a PDF gets;
2. its Unicode compatibility form (NFKC) is drawable: 𝐁 → B, ｆｕｌｌ → full, ㎏ → kg; a space
   (Unicode Zs, e.g. the ideographic space) becomes a space;
3. a drawable look-alike (:data:`LOOKALIKES`): ✅ → ✔, ⭐ → ★, ❌ → ✘, 📞 → ☎, 📧 → ✉, 👉 → ☞…;
4. emoji modifiers and joiners (variation selectors U+FE0E/U+FE0F, zero-width joiner, skin
   tones U+1F3FB–1F3FF, tag characters) and other control and format characters (Unicode
   categories Cc, Cf) go: they change a neighbour's look or the layout and draw nothing;
5. an emoji no rule draws (a pictograph of :data:`_PICTOGRAPH_RANGES` with its modifiers, and a
   zero-width-joiner sequence or a flag — two regional indicators — as one unit) is replaced
   cleanly (issue 12 newcomer trial: "💊 Dispensing" came out "� Dispensing", read as tofu):
   opening a line it is a list marker and becomes "•" (:data:`BULLET`); elsewhere it goes with
   the space before it ("Thank you 🙏" → "Thank you"). Emoji carry decoration, not words;
6. anything else (a letter of a script no installed font has: Chinese without a CJK font)
   becomes U+FFFD "�" (:data:`REPLACEMENT`), visibly: one per character — never a dropped word.

The DOCX keeps the text as written (Word draws with the reader's fonts); the two exports
have the same text up to this mapping (``writing_export.same_text``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = ["BULLET", "FALLBACK_FONTS", "LOOKALIKES", "REPLACEMENT", "fallback_fonts", "pdf_printable"]

#: The export's main font (``writing_export.DEJAVU``; fonts-dejavu-core).
MAIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
#: Fallback fonts used when installed (Debian paths; TrueType outlines, which fpdf2 embeds).
FALLBACK_FONTS = (
    Path("/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf"),  # fonts-noto-core
    Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"),  # fonts-symbola
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),  # fonts-droid-fallback (CJK)
)
#: Drawn for a character no rule draws (DejaVu Sans has it): visible, never an empty gap.
REPLACEMENT = "\ufffd"
#: Drawn for an emoji that opens a line (rule 5): it was a list marker.
BULLET = "•"
#: Code points of emoji pictographs (Unicode Extended_Pictographic blocks: Miscellaneous Technical
#: ⌚, Miscellaneous Symbols and Dingbats ☕ ✂, Miscellaneous Symbols and Arrows ⭐, the 1F000–1FAFF
#: blocks 💊 🚀 🧪 🩺, regional indicators 🇺 🇸) — only consulted for characters no font draws.
_PICTOGRAPH_RANGES = ((0x2300, 0x23FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))
_ZWJ = 0x200D
#: Emoji and dingbats → a DejaVu Sans glyph of the same meaning (rule 3).
LOOKALIKES = {
    "✅": "✔", "☑": "✔", "✔": "✔", "❎": "✘", "❌": "✘", "✖": "✖", "⭐": "★", "🌟": "★", "✨": "✦",
    "📞": "☎", "☎": "☎", "📱": "☎", "📧": "✉", "📨": "✉", "📩": "✉", "✉": "✉", "👉": "☞", "👈": "☜",
    "➡": "→", "⬅": "←", "⬆": "↑", "⬇": "↓", "▶": "▶", "🔹": "◆", "🔸": "◆", "🔷": "◆", "🔶": "◆",
    "🔵": "●", "🔴": "●", "🟢": "●", "⚫": "●", "⚪": "○", "❤": "♥", "💙": "♥", "💚": "♥", "💜": "♥",
    "☀": "☀", "⚠": "⚠", "❗": "!", "❓": "?", "💯": "100", "🏆": "★", "🎓": "★", "📍": "•", "📌": "•",
    "🔗": "↗", "🌐": "◎", "💼": "•", "🦷": "•", "🪥": "•", "👍": "✔", "👋": "☺", "🙂": "☺", "😊": "☺",
    "😀": "☺", "😃": "☺", "😄": "☺", "☺": "☺", "🙁": "☹", "☹": "☹",
}
_INVISIBLE_RANGES = ((0xFE00, 0xFE0F), (0x200D, 0x200D), (0x1F3FB, 0x1F3FF), (0xE0020, 0xE007F))


@lru_cache(maxsize=8)
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(path, lazy=True, fontNumber=0)
        return frozenset(font.getBestCmap() or {})
    except Exception:  # noqa: BLE001 — an unreadable font draws nothing
        return frozenset()


def fallback_fonts() -> list[Path]:
    """The :data:`FALLBACK_FONTS` installed on this machine, in order."""
    return [p for p in FALLBACK_FONTS if p.is_file()]


def _drawable(cp: int, fonts: tuple[str, ...]) -> bool:
    return any(cp in _cmap(f) for f in fonts)


def _invisible(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _INVISIBLE_RANGES)


def _pictograph(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _PICTOGRAPH_RANGES)


def _emoji_end(text: str, i: int) -> int:
    """End (exclusive) of the emoji unit starting at ``text[i]`` (a pictograph): its modifiers and
    variation selectors, ``ZWJ`` + the next character repeatedly (👩‍⚕️), and a second regional
    indicator of a flag (🇺🇸)."""
    j = i + 1
    if 0x1F1E6 <= ord(text[i]) <= 0x1F1FF and j < len(text) and 0x1F1E6 <= ord(text[j]) <= 0x1F1FF:
        j += 1
    while j < len(text):
        cp = ord(text[j])
        if cp == _ZWJ and j + 1 < len(text):
            j += 2
        elif _invisible(cp):
            j += 1
        else:
            break
    return j


def _drop_emoji(out: list[str]) -> None:
    """Rule 5 for an emoji no glyph stands for: "•" when it opens a line, else nothing (with the
    space before it, so no double space is left)."""
    k = len(out) - 1
    while k >= 0 and out[k] in (" ", "\t"):
        k -= 1
    if k < 0 or out[k] in ("\n", "\r"):
        out.append(BULLET)
    elif out and out[-1] == " ":
        out.pop()


def pdf_printable(text: str, *, fonts: tuple[str, ...] | None = None) -> str:
    """``text`` with every character the PDF fonts cannot draw replaced (module rules 2–6).

    ``fonts``: font file paths (default: :data:`MAIN_FONT` + :func:`fallback_fonts`). Line
    breaks, tabs and spaces are kept as they are (but the space before a dropped emoji, rule 5).
    Pure for given fonts."""
    fonts = fonts or tuple(str(p) for p in [MAIN_FONT, *fallback_fonts()])
    text = text or ""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        cp = ord(ch)
        i += 1
        if ch in "\n\r\t ":
            out.append(ch)
            continue
        if _pictograph(cp) and not _drawable(cp, fonts) and LOOKALIKES.get(ch) is None:
            i = _emoji_end(text, i - 1)
            _drop_emoji(out)
            continue
        if _invisible(cp):  # emoji modifiers, even where a font maps them
            continue
        if _drawable(cp, fonts):
            out.append(ch)
            continue
        if unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        if unicodedata.category(ch) == "Zs":  # ideographic and other spaces
            out.append(" ")
            continue
        compat = unicodedata.normalize("NFKC", ch)
        if compat != ch and compat.strip() and all(_drawable(ord(c), fonts) for c in compat):
            out.append(compat)
            continue
        alike = LOOKALIKES.get(ch)
        if alike is not None and all(_drawable(ord(c), fonts) for c in alike):
            out.append(alike)
            continue
        out.append(REPLACEMENT)
    return "".join(out)
