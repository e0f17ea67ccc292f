"""The user's sources prepared for the grounding checker (:class:`SourceFacts`) and the span
type it returns (:class:`Flag`); small span helpers shared by the detectors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from careercopilot.normalize.skills import _find as skills_find
from careercopilot.normalize.skills import extract_skills
from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.text import (
    EMAIL_RE, MONTH_YEAR_RE, MONTHS, PHONE_RE, YEAR_RE, find_urls, norm_words, quantities, squash,
)


@dataclass(frozen=True)
class Flag:
    """One unsupported span of a document: ``text[start:end]``."""

    kind: str
    start: int
    end: int
    text: str
    message: str
    source: str = "rule"  # rule | judge


@dataclass
class SourceFacts:
    """What the user's sources say, prepared once per document check.

    Build with :meth:`from_texts`. ``allowed`` are strings the document may name without
    their being the user's facts (the posting's company and title, the user's name).
    """

    text: str
    allowed: list[str] = field(default_factory=list)
    today: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        src = self.text
        self.lines = [ln for ln in _LINE_SPLIT.split(src) if ln.strip()]
        self.squashed = squash(src)
        self.allowed_squashed = squash(" ".join(self.allowed))
        self.emails = {m.group(0).lower() for m in EMAIL_RE.finditer(src)}
        masked_src = EMAIL_RE.sub(" ", src)
        self.urls = {norm_url(u) for _, _, u in find_urls(masked_src)}
        self.phones = {re.sub(r"\D", "", m.group(0))[-7:] for m in PHONE_RE.finditer(src)}
        self.years = {int(y) for y in YEAR_RE.findall(src)}
        self.month_years = {(MONTHS[m.group("m").lower().rstrip(".")[:4] if m.group("m").lower()[:4] == "sept"
                                    else m.group("m").lower()[:3]], int(m.group("y")))
                            for m in MONTH_YEAR_RE.finditer(src)}
        spans = [(m.start(), m.end()) for rx in (EMAIL_RE, PHONE_RE) for m in rx.finditer(src)]
        spans += [(s_, e_) for s_, e_, _ in find_urls(src)]
        spans += [(m.start(), m.end()) for m in YEAR_RE.finditer(src)]
        self.quantities = quantities(src, masked=spans)
        first = min((y for y in self.years if y >= 1960), default=self.today.year)
        self.tenure_years = max(0, self.today.year - first)
        self.skills = set(extract_skills(src))
        self.tool_surfaces: dict[str, set[str]] = {}  # canonical skill → the resume's spellings of it
        for s_, e_, name in skills_find(src):
            self.tool_surfaces.setdefault(name, set()).add(ent.surface_key(src[s_:e_]))
        self.allowed_skills = set(extract_skills(" ".join(self.allowed)))
        self.titles = {norm_title(t) for _, _, t in ent.find_titles(ent.uncap(src))}
        self.allowed_titles = {norm_title(t) for a in self.allowed for _, _, t in ent.find_titles(a)} | {
            norm_title(a) for a in self.allowed}
        self.degrees = ent.resume_degree_keys(src)
        self.line_words = [set(norm_words(ln)) | set(re.findall(r"[a-z0-9]+", ln.lower())) for ln in self.lines]
        self.history = ctx.entries(src, self.today.year)
        self.line_info = [(ln, ctx.content_words(ln), *ctx.line_years(ln)) for ln in self.lines]
        from careercopilot.writing.grounding.numbers import derived_quantities

        self.derived = derived_quantities(self.lines)
        self.line_tags = {ln: _line_tags(ln) for ln in self.lines}
        self.entry_orgs = [squash(ctx.RANGE_RE.sub(" ", ent.TITLE_RE.sub(" | ", e.header))) for e in self.history]
        self.header_titles = sorted({n for e in self.history for _, _, t in ent.find_titles(ent.uncap(e.header))
                                     if len((n := norm_title(t)).split()) >= 2}, key=len, reverse=True)

    @classmethod
    def from_texts(cls, *sources: str, allowed: Iterable[str] = (), today: date | None = None) -> SourceFacts:
        """Facts from the user's source texts (resume, profile); ``allowed`` as in the class doc."""
        return cls("\n".join(s for s in sources if s), [a for a in allowed if a], today or date.today())


#: Resume lines: line breaks, inline bullets, semicolons and sentence ends — not the full stop of an
#: abbreviation ("19 days vs. 31", "approx. 40", "St. Thomas": lower case or a digit follows, or a
#: two-letter capitalised word ends there).
_LINE_SPLIT = re.compile(r"[\n•]|(?<=;)\s|(?<![\s(][A-Z][a-z]\.)(?<=\.)\s(?![a-z0-9])")


def norm_url(url: str) -> str:
    u = url.lower().rstrip(".,;:!?)]}'\"/")
    u = re.sub(r"^https?://", "", u)
    return u[4:] if u.startswith("www.") else u


def norm_title(t: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", t.lower()))


def overlaps(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


# --- per-kind checks -------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“(])|\n+")


def sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` around character ``pos``."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > pos:
            return text[start:m.start()]
        start = m.end()
    return text[start:]



_EDU_LINE = re.compile(r"\b(?:University|College|School|Institute|Academy|Polytechnic)\b")
EDU_WORDS = re.compile(r"(?i)\b(?:degree|graduat\w*|diploma|studied|bachelor\w*|master\w*|doctorate)\b")
CERT_WORDS = re.compile(r"(?i)\b(?:certif\w*|licen[cs]\w*|credential\w*)\b")


def _line_tags(line: str) -> set[str]:
    """``edu`` for a degree or school line, ``cert`` for a certification line."""
    tags = set()
    if ent.find_degrees(line) or _EDU_LINE.search(line):
        tags.add("edu")
    if ent.find_certifications(line):
        tags.add("cert")
    return tags


