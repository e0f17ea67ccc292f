"""The header of a resume — the lines before its first section heading: the person's name ("Jane Doe, RN, BSN" →
"Jane Doe"), the place ("City, ST [ZIP]", "City, Country"). Split from ``resume_fields`` (session 31), which
re-exports these names; whether "<words>, MD" is a name with post-nominals or a place: ``post_nominals``.
"""

from __future__ import annotations

import re

from careercopilot.normalize.post_nominals import name_with_post_nominals
from careercopilot.normalize.resume_sections import heading_key, split_sections

_HEADER_SPLIT = re.compile(r"\s*[|•·]\s*|\s{3,}|\t|\s+[—–]\s+|\s+-\s+")
_PLACE_RE = re.compile(r"^(?P<city>[A-Z][\w.'’\- ]{1,40}?),\s*(?P<region>[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)*)"
                       r"(?:\s+\d{5}(?:-\d{4})?|\s+[A-Z]\d[A-Z] ?\d[A-Z]\d)?$")


def _find_location(header_lines: list[str]) -> str | None:
    """The first header segment shaped like a place: "City, ST [ZIP]" (a US state / Canadian
    province code) or "City, Region-or-Country" whose last part is a known country or
    subdivision (``normalize.location``)."""
    from careercopilot.normalize.location import country_to_alpha2, subdivision_of

    for line in header_lines[:6]:
        for seg in _HEADER_SPLIT.split(line.strip()):
            m = _PLACE_RE.match(seg.strip())
            if not m or "@" in seg or name_with_post_nominals(seg):
                continue
            region = m.group("region")
            if (len(region) == 2 and subdivision_of(region)) or country_to_alpha2(region) or subdivision_of(region):
                return re.sub(r"\s+\d{5}(?:-\d{4})?$", "", seg.strip())
    return None


def _find_name(header_lines: list[str]) -> tuple[str, str] | None:
    """Return ``(display_name, raw_text)`` for the first header line that looks like a person's name."""
    from careercopilot.normalize.resume_fields import TITLE_WORDS  # a job title is no name (its module imports this one)

    for line in header_lines[:5]:
        seg = re.split(r"\s*[|•·,]\s*|\s{3,}|\t|\s+[—–]\s+|\s+-\s+", line.strip())[0].strip()
        head = line.strip().split("|")[0].split("·")[0].strip()
        if _PLACE_RE.match(head) and not name_with_post_nominals(head):
            continue  # "West Allis, WI · 414-…" is a place, not a name; "Tom Reed, PA" a name
        if not seg or "@" in seg or re.search(r"\d|https?:|www\.", seg) or heading_key(seg):
            continue
        tokens = seg.split()
        if not 2 <= len(tokens) <= 5:
            continue
        if not all(re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['’.\-](?=[^\W\d_]))*\.?", t) for t in tokens):
            continue
        if not all(t[0].isupper() for t in tokens if t.lower() not in {"de", "van", "von", "da", "di", "del", "la", "le", "bin", "al"}):
            continue
        if TITLE_WORDS.search(seg):
            continue
        return (seg.title() if seg.isupper() else seg), seg
    return None


def header_lines_of(text: str) -> list[str]:
    """The non-blank lines before the resume's first section heading (its name and contact block)."""
    pairs = split_sections(text or "")
    for heading, body in pairs:
        if not heading:
            return [ln for ln in body.splitlines() if ln.strip()]
    return [pairs[0][0]] if pairs and pairs[0][0] else []


def find_name(text: str) -> str | None:
    """The person's name from a resume's header ("Jane Doe, RN, BSN" → "Jane Doe", "JOHN SMITH" →
    "John Smith"), or None; the same reading as :func:`parse_resume_fields` without its skills pass."""
    name = _find_name(header_lines_of(text))
    return name[0] if name else None
