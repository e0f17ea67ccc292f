"""What the user picks for a cover letter: tone, length and language (issue 12).

Both writers honour them: the offline writer has one Jinja2 template per language
(``templates/cover_letter.<code>.txt.j2``) whose framing sentences change with the tone,
and it fits the letter into the length's word range; an LLM is told all three in its
system prompt and task. The user's own bullets are quoted as the resume writes them (never
translated: a translation is a rewording the checker cannot verify).

Word ranges: ``standard`` is the issue's 250–400 words; ``short`` and ``long`` are the two
neighbouring bands commonly advised for cover letters (a half page; a full page).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

TONES = ("professional", "warm", "concise")
#: length → (min words, max words), inclusive
LENGTHS: dict[str, tuple[int, int]] = {"short": (150, 250), "standard": (250, 400), "long": (400, 550)}
#: ISO 639-1 code → the language's English name (as the LLM prompt names it) and its own name (UI)
LANGUAGES: dict[str, tuple[str, str]] = {"en": ("English", "English"), "es": ("Spanish", "Español"),
                                         "fr": ("French", "Français")}


@dataclass(frozen=True)
class LetterOptions:
    """A validated choice; ``LetterOptions()`` is the default (professional, standard, English)."""

    tone: str = "professional"
    length: str = "standard"
    language: str = "en"

    def __post_init__(self) -> None:
        if self.tone not in TONES:
            raise ValueError(f"tone must be one of {', '.join(TONES)}")
        if self.length not in LENGTHS:
            raise ValueError(f"length must be one of {', '.join(LENGTHS)}")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")

    @property
    def words(self) -> tuple[int, int]:
        """``(min, max)`` words for the letter."""
        return LENGTHS[self.length]

    @property
    def language_name(self) -> str:
        """The language's English name ("Spanish"), as prompts name it."""
        return LANGUAGES[self.language][0]

    @classmethod
    def from_dict(cls, raw: dict | None) -> LetterOptions:
        """From stored/submitted data; missing keys take the default, unknown values raise ValueError."""
        raw = raw or {}
        default = cls()
        return cls(str(raw.get("tone") or default.tone), str(raw.get("length") or default.length),
                   str(raw.get("language") or default.language))

    def to_dict(self) -> dict:
        """``{"tone", "length", "language"}`` (stored on the document)."""
        return asdict(self)
