"""Misspelled title words read back to the word meant (session 31, fam131; issue 11 blind18 t06
"Maintanence Techncian II", "Electritian"; t07 "Front Desk Receptionst"): an exact-word title
lookup finds nothing in them, so the person's latest jobs were skipped as titles and the level read
from an older one ("General Laborer" → entry for a maintenance technician II of 4 years).

:func:`correct_word` takes a word to the one known word within a small edit distance (Damerau–
Levenshtein: a letter dropped, added, changed or two swapped — the typing errors of Damerau 1964;
``rapidfuzz``), with guards against false friends:

* the word itself is not known (``known`` words are never changed: "manger" of "garde manger",
  "expo", "driller" stay) and is no everyday English word (``wordfreq`` Zipf frequency under
  :data:`RARE_ZIPF`: "manger" 2.99, "collage" 3.35 are words; "techncian" 0.0, "maintanence" 1.17
  are not);
* at least :data:`MIN_LEN` letters (short words have too many neighbours: "nurce" is also "nurse"
  and "nance"), one edit under :data:`TWO_EDITS_LEN` letters, two from it;
* the same first letter (typos rarely hit it; "Calloway" is not "galloway");
* one nearest known word: of two at the same distance the one in :data:`TIE_RATIO` times as many
  index titles ("technician" over "technical" for "technican", "supervisor" over "supervision"
  for "supervisior"), else left as written.

Shapes: lower-case word in, lower-case word out (the word itself when nothing applies). Never raises."""

from __future__ import annotations

import re
from functools import lru_cache

#: A word at or above this Zipf frequency (wordfreq, English) is a word of its own, never a typo.
RARE_ZIPF = 2.5
#: Words shorter than this are never corrected.
MIN_LEN = 6
#: From this length two edits are allowed (one below).
TWO_EDITS_LEN = 9
#: Of two nearest words, the one named by this many times as many titles wins.
TIE_RATIO = 3
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _title_vocabulary() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The words of every title the index looks up (``occupation_index._data``: O*NET's, the
    overrides, the jargon and exact-only tables) and of the abbreviations, and the same words by first
    letter (the candidates of :func:`correct_word`)."""
    from careercopilot.normalize.occupation_index import _data
    from careercopilot.normalize.title_spellings import ABBREVIATIONS

    # every word of an indexed title, the exact-only tables' too ("articled clerk", ``COMMONWEALTH_TITLES``)
    words = {w for key in _data()[1] for w in key.split() if w.isalpha() and len(w) >= 3}
    words |= {w for w in ABBREVIATIONS}
    by_first: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= MIN_LEN - 1:
            by_first.setdefault(w[0], []).append(w)
    return frozenset(words), {k: tuple(sorted(v)) for k, v in by_first.items()}


@lru_cache(maxsize=20000)
def correct_word(word: str, vocabulary: frozenset[str] | None = None) -> str:
    """The known word ``word`` misspells (module doc), else ``word``; lower-case. ``vocabulary``:
    the known words (default: the title index's words)."""
    w = (word or "").lower()
    if len(w) < MIN_LEN or not w.isalpha():
        return w
    known, by_first = _title_vocabulary()
    if vocabulary is not None:
        known = vocabulary
        pool: tuple[str, ...] = tuple(v for v in vocabulary if v[:1] == w[0] and len(v) >= MIN_LEN - 1)
    else:
        pool = by_first.get(w[0], ())
    if w in known:
        return w
    from wordfreq import zipf_frequency

    if zipf_frequency(w, "en") >= RARE_ZIPF:
        return w
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    limit = 1 if len(w) < TWO_EDITS_LEN else 2
    near = process.extract(w, pool, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None)
    if not near:
        return w
    least = min(d for _, d, _ in near)
    # of the nearest, the word of many more titles ("technician" over "technical" for "technican")
    ranked = sorted(((_title_count(c), c) for c, d, _ in near if d == least), reverse=True)
    if len(ranked) > 1 and ranked[0][0] < TIE_RATIO * ranked[1][0]:
        return w
    return ranked[0][1]


def _title_count(word: str) -> int:
    """How many index titles name ``word`` (0 for a word only of the jargon or abbreviations)."""
    from careercopilot.normalize.occupation_index import _data

    got = _data()[2].get(word)
    return sum(got.values()) if got else 0


def known_word(word: str) -> bool:
    """Whether ``word`` (lower-case) is a word of an indexed title (never corrected)."""
    return word in _title_vocabulary()[0]


def respell_typos(text: str, vocabulary: frozenset[str] | None = None) -> str:
    """``text`` with each misspelled word replaced by :func:`correct_word`'s (lower-cased where
    replaced, the rest as written)."""
    def fix(m: re.Match[str]) -> str:
        got = correct_word(m.group(0).lower(), vocabulary)
        return m.group(0) if got == m.group(0).lower() else got
    return _WORD.sub(fix, text or "")
