"""Credentials one step above the resume's: the resume's credential named with a higher rank word (session 27,
ground89; the blind sets' certification misses: "a certified Wisconsin Master Cheesemaker" on a CV with a "Wisconsin
Cheesemaker License", "a Certified Master Safe Technician through SAVTA" for "SAVTA Certified Professional Safe
Technician", "Google Certified Educator Level 2" for "… Level 1", "a CFA Level II candidate" for a charterholder
who "passed Level III").

=============  ==========================================================================================
rank           written
=============  ==========================================================================================
before         Master, Advanced, Expert, Fellow, Diplomate, Board-Certified / Board Certified
level          Level / Class / Grade / Tier / Stage + a numeral (1–9, I–IX, one–nine) or a letter (Class A),
               after the base ("CFA Level II") or before it ("a Class A CDL")
=============  ==========================================================================================

A rank word of the sentence with the credential's **base** — the capitalised words next to it (after a "before"
rank; before or after a level), minus "Certified", "Licensed", "Registered" and
determiners — is claimed. The claim is **backed** when a resume line holds the rank word next to the base (a
"before" rank right before the base's first word, "Certified"/"Level" between them allowed; a level with the same
numeral anywhere on a line holding every base word), and **stepped** when no line backs it but a resume line holds
every base word (first four letters) — with another rank or none before it, or with the level word and another
numeral: the resume's credential at another rank. A base the resume never names is left to the other
credential checks. Degrees ("Master of Science", "master's") are not ranks. Session 29 (ground109): the tier words
Senior, Certified, Chartered, Incorporated, Principal claimed only against another tier word before the base on a line
that is no dated title (:data:`_LADDER`: "an NSP Certified Patroller" for «NSP Senior Patroller»). Kind
``certification``. Variants in ``tests/unit/writing/test_grounding_credential_steps.py`` and
``test_grounding_credential_tiers.py``.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.text import fold_accents

_BEFORE = r"Master|Advanced|Expert|Fellow|Diplomate|Board[- ]Certified|Senior|Certified|Chartered|Incorporated|Principal"
#: Tier words of ladders whose every rung is a credential (NSP: Patroller, Senior, Certified; Engineering Council:
#: Engineering Technician, Incorporated, Chartered): as a claimed rank they step only from another tier word the resume
#: writes right before the base, outside a dated title line (session 29: "an NSP Certified Patroller" for «NSP
#: Senior Patroller»).
_LADDER = frozenset("senior certified chartered incorporated principal associate basic junior candidate provisional registered "
                    "master advanced expert fellow".split())
_NEW_RANKS = frozenset("senior certified chartered incorporated principal".split())
_NUMERAL = r"(?:[1-9]|I{1,3}|IV|VI{0,3}|IX|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[A-E])\b"
_AFTER = r"(?:Level|Class|Grade|Tier|Stage|level|class|grade|tier|stage)\s+" + _NUMERAL
_CAP = r"[A-Z][\w&/-]*"
#: "Master Safe Technician", "Board Certified Specialist in …": a rank before capitalised base words.
BEFORE_RE = re.compile(r"\b(?P<rank>" + _BEFORE + r")(?!['’]s|\s+(?:of|in)\b|\s+degree|\s+(?:" + _BEFORE + r")\b)\s+"
                       r"(?P<base>(?:(?:Certified|Licensed|Registered)\s+)?" + _CAP + r"(?:\s+" + _CAP + r"){0,3})")
#: "Google Certified Educator Level 2", "CFA Level II": capitalised base words before a rank.
AFTER_RE = re.compile(r"(?P<base>" + _CAP + r"(?:[\s-]+" + _CAP + r"){0,3})\s+(?P<rank>" + _AFTER + r")")
#: "a Class A CDL", "the Level 3 Award in Wines": a level before capitalised base words (judged as a level after).
LEVEL_FIRST_RE = re.compile(r"(?<![A-Z][\w&/-]\s)(?P<rank>" + _AFTER + r")\s+(?P<base>" + _CAP + r"(?:\s+" + _CAP + r"){0,2})")
_SKIP = {"certified", "licensed", "registered", "the", "a", "an", "i", "my", "and", "of"}
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
          "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold_accents(text).lower())]


def _numeral(word: str) -> str:
    return _ROMAN.get(word, word)


def _backed(rank: list[str], base: list[str], after: bool, line: list[str]) -> bool:
    """``line`` (its words) holds ``rank`` next to ``base`` (see the module doc)."""
    keys = {b[:4] for b in base}
    if after:
        return keys <= {w[:4] for w in line} and any(
            w == rank[0] and i + 1 < len(line) and _numeral(line[i + 1]) == _numeral(rank[1]) for i, w in enumerate(line))
    for i, w in enumerate(line):
        nxt = [x for x in line[i + 1:i + 5] if x not in _SKIP and x != "level"]
        if w == rank[-1] and nxt and nxt[0][:4] == base[0][:4]:
            return True
    return False


def _stepped(rank: list[str], base: list[str], after: bool, line: list[str]) -> bool:
    """``line`` names the credential (every base word) with another rank: for a level, the same rank word with
    another numeral ("Level 1" for "Level 2"); for a rank before, any or none."""
    keys = {b[:4] for b in base}
    if not keys <= {w[:4] for w in line}:
        return False
    if not after:
        return True
    return any(w == rank[0] and i + 1 < len(line) and _numeral(line[i + 1]) != _numeral(rank[1])
               and re.fullmatch(_NUMERAL.replace(r"\b", ""), line[i + 1], re.I) is not None
               for i, w in enumerate(line))


def _other_tier(rank: str, base: list[str], row: list[str], line: str) -> bool:
    """``row`` (a line's words, not a dated title line) writes another tier word (:data:`_LADDER`) right before the base's
    words ("nsp senior patroller" for a claimed "Certified Patroller")."""
    if re.search(r"(?:19|20)\d\d\s*[–—-]", line):
        return False
    keys = [b[:4] for b in base]
    for i, w in enumerate(row[1:], 1):
        if [x[:4] for x in row[i:i + len(keys)]] == keys and row[i - 1] in _LADDER and row[i - 1] != rank:
            return True
    return False


def unsupported(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` naming a resume credential one rank above the one its ``lines`` give (module doc)."""
    out = []
    rows = [_words(ln) for ln in lines]
    for rx, after in ((BEFORE_RE, False), (AFTER_RE, True), (LEVEL_FIRST_RE, True)):
        for m in rx.finditer(text):
            base = [w for w in _words(m.group("base")) if w not in _SKIP]
            rank = _words(m.group("rank"))
            if after:
                base = [w for w in base if w not in ("level", "class", "grade", "tier", "stage")]
            if not base or any(_backed(rank, base, after, row) for row in rows):
                continue
            if not after and rank[-1] in _NEW_RANKS:
                if any(_other_tier(rank[-1], base, row, ln) for row, ln in zip(rows, lines)):
                    out.append((m.start(), m.end()))
                continue
            if any(_stepped(rank, base, after, row) for row in rows):
                out.append((m.start(), m.end()))
    return out
