"""The sender's header of an exported cover letter (ux122 finding 2: a newcomer's DOCX and PDF
letters had no name or contact details at the top, as a letter sent to an employer has).

Read only from the active resume (``normalize.resume_fields``: its name, location, e-mail and
phone) and only what it has: each value must appear in the resume's text as written (case and
spacing aside), so nothing is invented — no account e-mail, no guessed phone. A part the letter
already shows in its first lines (a header the person typed themselves) is not repeated.

Shape: :class:`Letterhead` ``name`` and ``contact`` (location, e-mail, phone — those found, in
that order); :meth:`Letterhead.lines` → ``["Maria Lopez", "Columbus, OH · maria@example.org ·
(614) 555-0134"]`` (``[]`` when the resume gives none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Letterhead", "letterhead_of", "without_shown"]

#: Lines at the top of a letter searched for a header the person typed (name, address, e-mail).
TOP_LINES = 6
#: A salutation line ("Dear Dr. Patel,", "Hello Bright Smiles team,", "Hola:", "Madame, Monsieur,"): the
#: person's own header can only be above it.
_GREETING = re.compile(r"^\s*(?:dear|hello|hi|to whom|greetings|hola|estimad[oa]s?|bonjour|madame|monsieur)\b",
                       re.IGNORECASE)
#: Between the parts of the contact line.
SEPARATOR = " · "


@dataclass(frozen=True)
class Letterhead:
    """The sender's name ('' when the resume names no one) and contact parts (module doc)."""

    name: str = ""
    contact: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """The header's lines: the name, then the contact parts on one line (either left out when empty)."""
        return [x for x in (self.name, SEPARATOR.join(self.contact)) if x]


def _fold(text: str) -> str:
    return " ".join((text or "").casefold().split())


def letterhead_of(resume_text: str | None) -> Letterhead:
    """The header read from a resume's text (module doc); empty for no text. Never raises."""
    from careercopilot.normalize.resume_fields import parse_resume_fields

    text = resume_text or ""
    if not text.strip():
        return Letterhead()
    try:
        fields = parse_resume_fields(text)
    except Exception:  # noqa: BLE001 — a letter without a header beats no export
        return Letterhead()
    source = _fold(text)

    def grounded(value: str | None) -> str:
        value = " ".join((value or "").split())
        return value if value and _fold(value) in source else ""

    contact = tuple(v for v in (grounded(fields.location), grounded(fields.email), grounded(fields.phone)) if v)
    return Letterhead(name=grounded(fields.name), contact=contact)


def without_shown(head: Letterhead, letter: str) -> Letterhead:
    """``head`` less the parts the letter already shows above its salutation (in its first
    :data:`TOP_LINES` non-blank lines): "My name is Maria Lopez" in the first paragraph is no header."""
    top_lines = []
    for line in [ln for ln in (letter or "").splitlines() if ln.strip()][:TOP_LINES]:
        if _GREETING.match(line):
            break
        top_lines.append(line)
    top = _fold("\n".join(top_lines))
    return Letterhead(name="" if head.name and _fold(head.name) in top else head.name,
                      contact=tuple(c for c in head.contact if _fold(c) not in top))
