"""The part of a job title that names the role: without the places and the requirement clause a
posting's title often carries ("Associate Sales Representative - Chicago, IL, Columbus, Ohio or
Pittsburgh, PA"; "Growth Consultants with OD/OCM experience").

Why (session 27, newcomer trial92, a pharmacy technician in Pittsburgh): the occupation reader cuts a
title into segments at commas, dashes and brackets and takes the first segment that is an O*NET
title — so the state code "PA" of "…Pittsburgh, PA" was read as "Physician Assistants" (her own
field: a sales job scored 92, "strong fit"), and "OD" of "with OD/OCM experience" as Optometrists
(57). The same happens with every state code that is also a profession's abbreviation (MD, PA, OR,
RN is none, but "MD" and "PA" are) and with any "with <X> experience" clause.

Rules (:func:`role_part`), applied to the pieces after the first (the first piece is always kept):

* a piece that is a place is dropped with the delimiter before it: a USPS state code in capitals
  ("PA", ``gazetteer.is_us_state_code``), a state named in full ("Ohio"), "City ST" ("Harrisburg PA"),
  a US city directly followed by a state piece ("Pittsburgh", "PA"), places joined by "or"/"and"/"&"
  ("Ohio or Pittsburgh" when each part is a place), a country name ("Canada"), a region code
  (:data:`REGION_CODES`: "US", "UK", "EMEA") and the work-mode words (:data:`MODE_WORDS`: "Remote", "Hybrid",
  "On-site");
* a trailing "with … experience/background/knowledge/skills/certification/license" clause is a
  requirement, not the role, and is cut ("Nurse with ICU experience" → "Nurse").

A city alone, without a state after it, is kept: GeoNames lists towns named "Mobile", "Commerce" or
"Industry", which are also words of titles. Never raises; "" stays "".
"""

from __future__ import annotations

import re
from functools import lru_cache

from careercopilot.normalize import gazetteer

#: Work-mode words a title carries as a segment ("Data Analyst - Remote").
MODE_WORDS = frozenset({"remote", "hybrid", "on-site", "onsite", "on site", "in-office", "in office", "wfh",
                        "work from home", "telecommute", "virtual", "100% remote", "fully remote", "remote us",
                        "remote usa", "us remote", "usa remote", "remote - us", "nationwide"})
#: Country and region abbreviations a title carries ("Remote - US", "(UK)").
REGION_CODES = frozenset({"US", "USA", "U.S.", "U.S.A.", "UK", "U.K.", "EU", "EMEA", "APAC", "LATAM", "NA", "NAM", "CAN"})
_DELIMS = re.compile(r"(\s+[-–—|/]\s+|\s*,\s*|\s*\(\s*|\s*\)\s*|\s*\[\s*|\s*\]\s*)")
_JOINED = re.compile(r"\s+(?:or|and)\s+|\s*&\s*|\s*/\s*", re.IGNORECASE)
_REQUIREMENT = re.compile(r"\s+with\s+(?:\S+\s+){0,6}?(?:experience|exp\.?|background|knowledge|expertise|skills?|"
                          r"certification|certificate|licen[cs]e|clearance)\b.*$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _is_state(text: str) -> bool:
    t = text.strip().rstrip(".")
    if not t:
        return False
    if gazetteer.is_us_state_code(t):
        return True
    return len(t) > 2 and gazetteer.us_state_code(t) is not None


@lru_cache(maxsize=4096)
def _is_us_city(text: str) -> bool:
    return gazetteer._key(text) in gazetteer._us_cities()  # noqa: SLF001 - the gazetteer's own index


@lru_cache(maxsize=4096)
def _is_country(text: str) -> bool:
    t = text.strip()
    return len(t) > 3 and gazetteer.country_to_alpha2(t) is not None


def _city_state(text: str) -> bool:
    """"Harrisburg PA", "St. Louis, MO" as one piece: a US city and a state code after it."""
    words = text.split()
    return len(words) >= 2 and gazetteer.is_us_state_code(words[-1]) and _is_us_city(" ".join(words[:-1]))


def _is_place(piece: str, next_piece: str) -> bool:
    text = piece.strip()
    if not text:
        return False
    if text.lower() in MODE_WORDS or text in REGION_CODES or _is_state(text) or _is_country(text) or _city_state(text):
        return True
    if _is_us_city(text) and next_piece and (_is_state(next_piece) or _is_joined_places(next_piece)):
        return True
    return _is_joined_places(text)


def _is_joined_places(text: str) -> bool:
    parts = [p for p in _JOINED.split(text) if p and p.strip()]
    if len(parts) < 2:
        return False
    return all(_is_state(p) or _is_country(p) or _city_state(p) or _is_us_city(p) or p.strip().lower() in MODE_WORDS
               or p.strip() in REGION_CODES for p in parts)


def role_part(title: str) -> str:
    """``title`` without its place pieces and its "with … experience" clause (module rules); the
    title itself when nothing is removed."""
    if not title:
        return title or ""
    cut = _REQUIREMENT.sub("", title)
    if not cut.strip():
        cut = title
    parts = _DELIMS.split(cut)  # [piece, delim, piece, delim, …]
    pieces = parts[0::2]
    delims = parts[1::2]
    kept = [pieces[0]]
    for i in range(1, len(pieces)):
        following = next((p for p in pieces[i + 1:] if p.strip()), "")
        if _is_place(pieces[i], following):
            continue
        kept.append(delims[i - 1] + pieces[i])
    out = "".join(kept)
    for opening, closing in ("()", "[]"):  # a bracket whose place pieces went: no stray half of it
        while out.count(closing) > out.count(opening) and closing in out:
            i = out.rfind(closing)
            out = out[:i] + out[i + 1:]
        while out.count(opening) > out.count(closing):
            i = out.rfind(opening)
            out = out[:i] + out[i + 1:]
    out = re.sub(r"\s*\(\s*\)|\s*\[\s*\]", "", out).strip(" ,-–—|/")
    return out if out else title
