"""The O*NET title index of :mod:`careercopilot.normalize.occupations` (split from it by concern,
ux122; it re-exports every name here): a title's normalized key (:func:`normalize_title`:
lower-case words, abbreviations expanded, level words dropped), the :class:`Occupation` record,
the index of ~60,000 title keys → O*NET-SOC codes with each word's codes and IDF (:func:`_data`),
and relations between codes (:func:`family_of`, :func:`same_occupation`, :func:`family_relation`).

Data: ``careercopilot/data/onet/occupations.json`` (O*NET 29.2, CC BY 4.0; see the module doc of
``occupations`` for its build and the rules that read titles with this index).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from careercopilot.normalize.occupation_families import ADJACENT, FAMILY_RULES, pair_relation
from careercopilot.normalize.occupation_forms import CODES as _CODES
from careercopilot.normalize.occupation_forms import LETTERED_RUNG as _LETTERED_RUNG
from careercopilot.normalize.occupation_heads import PUBLIC_OFFICIAL_TITLES
from careercopilot.normalize.occupation_jargon import JARGON_TITLES
from careercopilot.normalize.occupation_stock import STOCK_TITLES
from careercopilot.normalize.occupation_tables import COMMONWEALTH_TITLES, OVERRIDES, SHARED_WORD_TITLES
from careercopilot.normalize.title_spellings import ABBREVIATIONS, BRITISH_SPELLINGS, respell
from careercopilot.normalize.title_typos import correct_word, known_word

__all__ = ["DATA_PATH", "LEVELS", "LEVEL_WORDS", "Occupation", "family_of", "family_relation", "normalize_title",
           "same_occupation"]

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "onet" / "occupations.json"

LEVELS = ("entry", "mid", "senior", "lead", "executive")

#: Words that say a level, not a role; dropped before looking a title up.
LEVEL_WORDS = frozenset({"senior", "sr", "junior", "jr", "i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "entry",
                         "level", "mid", "experienced", "trainee", "intern", "internship", "apprentice",
                         "journeyman", "journeyperson", "master", "staff", "principal", "lead",
                         "remote", "hybrid", "onsite", "temporary", "temp", "contract", "prn", "travel",
                         "traveling", "urgent", "hiring", "immediate", "opening"})
#: "Contract" is a level word of the engagement ("Contract Nurse") except before these role
#: nouns, where it names the work ("Contract Administrator", "Contract Specialist").
_CONTRACT_ROLES = frozenset({"administrator", "specialist", "analyst", "manager", "officer", "negotiator",
                             "coordinator", "attorney"})
_PHRASES = re.compile(r"\b(?:full|part)[- ]time\b|\bper[- ]diem\b|\bnew[- ]grad(?:uate)?\b|\b(?:night|day|evening|"
                      r"weekend)s?(?: shift)?\b|\bshift\b|\bnow hiring\b")


_WORD = re.compile(r"[a-z0-9+#]+")
_CLIENT = re.compile(r"\bclient (success|service|services|support|care|experience|relations)\b")
_SPLIT = re.compile(r"\s+[-–—|/]\s+|\s*[|(\[]\s*|,\s*|\s+at\s+|\s+for\s+|\s+in\s+|\s+with\s+|\s+to\s+(?:the\s+)?|:\s+|\s*/\s*|\s+-\s*|\s*–\s*")


def normalize_title(title: str, *, typos: bool = True) -> str:
    """Lower-case words of a title with "&" → "and", misspelled words read back
    (``title_typos.correct_word``; ``typos=False``: as written — for probing words that are not written as a
    title, e.g. a skill's inflections in ``role_nouns``, where "Postgres" less its "es" read as "poster"),
    abbreviations expanded and level words dropped (all of them only when nothing else would remain). "" for
    no words."""
    text = (title or "").lower().replace("&", " and ").replace("’", "'")
    text = _PHRASES.sub(" ", text)
    text = _LETTERED_RUNG.sub(r"\1", _CODES.sub(" ", text))
    text = re.sub(r"\bu\.?x\.?\s*/\s*u\.?i\.?\b", "ux", text)
    text = respell(text)  # "mech", "semi-senior", possessives, split compounds (``title_spellings``)
    # "Client" names the customer in customer-facing work ("Client Success Manager", "Client
    # Service Representative": O*NET files these under office supervisors and brokerage clerks)
    text = _CLIENT.sub(r"customer \1", text)
    # "<function> Team Lead": the lead of the team doing the function ("Customer Support Team Lead")
    text = re.sub(r"\bteam lead\b", "lead", text)
    words = []
    for w in _WORD.findall(text):
        w = BRITISH_SPELLINGS.get(w, w)
        if typos and not known_word(w):
            w = correct_word(w)  # "Maintanence Techncian" → "maintenance technician" (``title_typos``, session 31)
        words.extend(ABBREVIATIONS.get(w, w).split())
    kept = [w for i, w in enumerate(words)
            if w not in LEVEL_WORDS or (w == "contract" and words[i + 1:i + 2] and words[i + 1] in _CONTRACT_ROLES)]
    return " ".join(kept or words)


@dataclass(frozen=True)
class Occupation:
    """An inferred occupation: O*NET-SOC ``code`` and ``title``, this project's ``family``,
    ``level`` (:data:`LEVELS`), ``method`` ("exact", "suffix", "vote", "none") and the
    ``matched`` normalized text that decided it."""

    code: str | None
    title: str | None
    family: str | None
    level: str
    method: str
    matched: str = ""


@lru_cache(maxsize=1)
def _data() -> tuple[dict, dict, dict, dict]:
    raw = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    titles: dict[str, str] = {**raw["titles"], **OVERRIDES, **JARGON_TITLES, **STOCK_TITLES}
    by_word: dict[str, Counter] = defaultdict(Counter)
    for key, code in titles.items():
        for w in set(key.split()):
            by_word[w][code] += 1
    n = len(titles)
    idf = {w: math.log(n / sum(c.values())) for w, c in by_word.items()}
    titles.update({**COMMONWEALTH_TITLES, **SHARED_WORD_TITLES, **PUBLIC_OFFICIAL_TITLES})  # exact only: no votes
    return raw["occupations"], titles, by_word, idf


def family_of(code: str | None) -> str | None:
    """This project's family of an O*NET-SOC code (longest :data:`FAMILY_RULES` prefix)."""
    if not code:
        return None
    best, fam = -1, None
    for prefix, f in FAMILY_RULES:
        if code.startswith(prefix) and len(prefix) > best:
            best, fam = len(prefix), f
    return fam


def same_occupation(a: str | None, b: str | None) -> bool:
    """Whether two O*NET-SOC codes are one SOC detailed occupation (29-1141.03 Critical Care
    Nurses is 29-1141 Registered Nurses) of one family: O*NET occupations that
    :data:`FAMILY_RULES` puts in different families are different work (11-3013.01 Security
    Managers, public safety, is not 11-3013.00 Facilities Managers, administrative)."""
    return bool(a and b and a[:7] == b[:7] and family_of(a) == family_of(b))


def family_relation(a: str | None, b: str | None) -> str | None:
    """"same", "adjacent" (fields a person moves between: :data:`ADJACENT`), "other", or None when
    either family is unknown (:func:`occupation_families.pair_relation`)."""
    return pair_relation(ADJACENT, a, b)
