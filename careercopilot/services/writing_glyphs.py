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
5. anything else becomes U+FFFD "�" (:data:`REPLACEMENT`), visibly: one per character.

The DOCX keeps the text as written (Word draws with the reader's fonts); the two exports
have the same text up to this mapping (``writing_export.same_text``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = ["FALLBACK_FONTS", "LOOKALIKES", "REPLACEMENT", "fallback_fonts", "pdf_printable"]

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


def pdf_printable(text: str, *, fonts: tuple[str, ...] | None = None) -> str:
    """``text`` with every character the PDF fonts cannot draw replaced (module rules 2–5).

    ``fonts``: font file paths (default: :data:`MAIN_FONT` + :func:`fallback_fonts`). Line
    breaks, tabs and spaces are kept as they are. Pure for given fonts."""
    fonts = fonts or tuple(str(p) for p in [MAIN_FONT, *fallback_fonts()])
    out: list[str] = []
    for ch in text or "":
        cp = ord(ch)
        if ch in "\n\r\t ":
            out.append(ch)
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
