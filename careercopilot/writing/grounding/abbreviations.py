"""Names the resume writes as dotted abbreviations and names shared by two heads (session 22, set 18 "four jury
trials in the Southern and Eastern Districts of New York" for "4 jury trials in S.D.N.Y. and E.D.N.Y."; set 7 "the
District of Minnesota" for "(D. Minn.)").

Courts, districts and agencies are written in citation form (the Bluebook's court abbreviations: "S.D.N.Y.", "D.
Minn.", "N.D. Ill.", "Cal. Ct. App.", "2d Cir."; agencies' "Dept. of Ed."): each dotted piece is the start of one
capitalised word of the full name, in order, linking words ("of", "the", "for", "and") skipped. A piece may drop
inner letters ("Ct." for "Court", "Dept." for "Department"): its letters appear in the word's order from its first
letter. The tie needs two pieces or more and three letters at least, and every word of the name used once: the
"Northern District of New York" is not "S.D.N.Y.".

"the Southern and Eastern Districts of New York" names two districts: :func:`distributed` gives each
("Southern District of New York", "Eastern District of New York"), a plural head made singular.
"""

from __future__ import annotations

import re

#: A dotted abbreviation of a resume: two or more pieces each ending in a full stop ("S.D.N.Y.", "D. Minn.",
#: "N.D. Ill.", "Cal. Ct. App."); a piece is a capital and up to seven lower-case letters.
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,7}\.[ \t]?){2,}")
_LINKING = frozenset("of the for and in on at".split())


def _piece_of(piece: str, word: str) -> bool:
    """``piece`` ("Ct", "Minn", "S") abbreviates ``word`` ("Court", "Minnesota", "Southern"): same first letter, its
    letters in the word's order."""
    piece, word = piece.lower(), word.lower()
    if not word or piece[0] != word[0]:
        return False
    it = iter(word[1:])
    return all(c in it for c in piece[1:])


def dotted_in(name: str, source: str) -> bool:
    """``name`` ("Southern District of New York", "District of Minnesota") is written in ``source`` as a dotted
    abbreviation ("S.D.N.Y.", "D. Minn."): one piece for each capitalised word of the name, linking words aside."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w.lower() not in _LINKING]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    for m in _DOTTED.finditer(source):
        pieces = re.findall(r"[A-Z][a-z]*", m.group(0))
        if (len(pieces) == len(words) and sum(map(len, pieces)) >= 3
                and all(_piece_of(p, w) for p, w in zip(pieces, words, strict=True))):
            return True
    return False


#: Two heads sharing one plural noun and its complement: "Southern and Eastern Districts of New York", "the Civil
#: and Criminal Divisions of the Superior Court".
_SHARED = re.compile(r"(?P<a>[A-Z][\w'’-]*)\s+(?:and|&)\s+(?P<b>[A-Z][\w'’-]*)\s+(?P<noun>[A-Z][\w'’-]*?)(?P<plural>ies|s)"
                     r"\s+(?P<rest>of\s+.+)")


def distributed(name: str) -> list[str]:
    """The two names a shared plural head stands for ("Southern and Eastern Districts of New York" → "Southern
    District of New York", "Eastern District of New York"), or ``[]``."""
    m = _SHARED.fullmatch(name.strip())
    if not m:
        return []
    noun = m.group("noun") + ("y" if m.group("plural") == "ies" else "")
    return [f"{m.group('a')} {noun} {m.group('rest')}", f"{m.group('b')} {noun} {m.group('rest')}"]


def mixed_initials_in(name: str, source: str) -> bool:
    """``name`` ("Israeli Ministry of Health", "the Department of Defense") ends in words whose initials ``source``
    writes in mixed case, linking words in lower case ("MoH", "DoD", "MoE"; session 22, set 13 "AMAR (Israeli MoH
    medical device registration)"), and every word before them is in ``source`` too ("Israeli"): three letters at
    least, one of them lower case, a whole token."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    for k in range(len(words) - 2):
        tail = words[k:]
        if not tail[0][0].isupper() or tail[-1].lower() in _LINKING:
            continue
        token = "".join(w[0] if w[0].isupper() else w[0].lower() for w in tail)
        if not re.search(r"[a-z]", token) or re.search(rf"(?<![\w-]){re.escape(token)}(?![\w-])", source) is None:
            continue
        if all(w.lower() in _LINKING or re.search(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])", source) for w in words[:k]):
            return True
    return False


#: An initialism with its name in apposition: "from ESHTE, the Estoril Higher School of Hotel and Tourism Studies".
_APPOSED = re.compile(r"(?<![\w-])(?P<init>[A-Z][A-Za-z&]{1,7})\s*,\s+(?:the\s+)?$")


def apposed_gloss(text: str, start: int, name: str, source: str, tied) -> bool:
    """The name at ``text[start:]`` glosses in apposition an initialism the resume writes ("ESHTE, the Estoril Higher
    School of Hotel and Tourism Studies" for "Escola Superior de Hotelaria e Turismo do Estoril (ESHTE)"): half of its
    content words at least, and two, are tied (``tied(word, line) -> bool``: equal, a cognate, a stem) to a resume
    line writing the initialism."""
    m = _APPOSED.search(text[max(0, start - 14):start])
    if not m or sum(c.isupper() for c in m.group("init")) < 2:
        return False
    words = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", name) if w.lower() not in _LINKING]
    if len(words) < 2:
        return False
    for line in source.splitlines():
        if not re.search(rf"(?<![\w-]){re.escape(m.group('init'))}(?![\w-])", line):
            continue
        hits = sum(bool(tied(w, line)) for w in words)
        if hits >= 2 and 2 * hits >= len(words):
            return True
    return False


#: A capitals token that stands for itself inside a name the resume writes out ("NC" of "NC Department of Agriculture
#: & Consumer Services", "NYS" of "NYS Department of Transportation"): two to four capitals.
_CAPS_TOKEN = re.compile(r"[A-Z]{2,4}")


def capitals_initialism_in(acronym: str, source: str) -> bool:
    """``acronym`` ("NCDA&CS", "NJDEP", "NYSDOT") spells the initials of consecutive words of one line of ``source``
    where a capitals token gives all its letters ("NC Department of Agriculture & Consumer Services", "NJ Department
    of Environmental Protection", "NYS Department of Transportation" — a linking word may give its initial or none:
    the "O" of "DOT"; session 25, ground63, set 21): "&" skipped, one capitals token and two capitalised words at
    least, every letter used in order — the reading :func:`.context.initialism_in` leaves out, as it takes one
    letter a word."""
    m = re.fullmatch(r"([A-Z](?:&?[A-Z]){2,8})s?", acronym.strip())
    if not m:
        return False
    letters = m.group(1).replace("&", "")

    def spells(words: list[str], got: str, caps: int, plain: int) -> bool:
        if got == letters:
            return caps > 0 and plain >= 2
        if not words or not letters.startswith(got):
            return False
        w, rest = words[0], words[1:]
        if w.lower() in _LINKING:
            return spells(rest, got, caps, plain) or spells(rest, got + w[0].upper(), caps, plain)
        if _CAPS_TOKEN.fullmatch(w):
            return spells(rest, got + w, caps + 1, plain)
        return w[0].isupper() and spells(rest, got + w[0], caps, plain + 1)

    for line in source.splitlines():
        words = [w for w in re.findall(r"[^\W\d_][\w'’]*", line)]
        if any(spells(words[i:], "", 0, 0) for i in range(len(words)) if words[i][0].isupper()
               and words[i].lower() not in _LINKING):
            return True
    return False
