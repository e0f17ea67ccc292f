"""What "a new posting matches a saved search" means (pure functions, no database).

A saved search is the Jobs page's search text + filter form (``state.jobs`` URL parameters).
A posting matches it when:

* **text** — every term of the text (the Jobs search's tokenization:
  ``matching.search.search_terms`` — content words, quoted phrases, ``c++`` / ``node.js``
  kept whole, stop words dropped) starts a word of the posting's title, location, work mode,
  tags or description, case-insensitively (``engineer`` finds "engineers", ``c++`` is not
  ``c#``; a phrase's words adjacent, in order). This is the Jobs search's lexical rule with
  every term required: an alert mails the user, so it must be precise (the Jobs page also
  shows semantic neighbours and partial matches). No text = every posting;
* **filters** — as on the Jobs page (``job_views.parse_filters``): work mode, country (any of
  the posting's places, or a remote posting's allowed region), visa "yes" only, posted within
  N days (undated postings dropped), source type, salary floor in annual USD (max of the
  range, else min; ECB rates; postings without salary dropped).

**Match key** (``SavedSearch.match_key``): the first :data:`KEY_CHARS` characters of the
rarest word of the text (highest general-English IDF, ``matching.signals._idf``). Because every
term must start a word of a matching posting, the posting's text has a word start followed by
the key: :func:`posting_keys` lists every such 1–:data:`KEY_CHARS`-character prefix, so looking
searches up by ``match_key IN posting_keys(posting) ∪ {"*"}`` never misses a match (the full
check then decides). ``"*"``: a search without usable text (verified against every new posting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from careercopilot.schemas import JobFilters
from careercopilot.services.matching.fulltext import Term
from careercopilot.services.matching.search import search_terms
from careercopilot.services.matching.signals import _idf

#: Characters of the rarest word kept as the match key (and of every word-start prefix of a
#: posting): long enough to be selective ("kuber", "pytho"), short enough that a prefix term
#: ("engineer" → "engin") and the posting's word ("engineering") share it.
KEY_CHARS = 5
#: ``match_key`` of a search without usable text: checked against every new posting.
ANY_KEY = "*"
#: A word start as the Jobs search's lexical rule sees it (``search._term_patterns``).
_WORD_START = re.compile(r"(?<![\w+#])[^\W_]")
_WORD = re.compile(r"[^\W_]+")


def _words(term: Term) -> list[str]:
    return [w for w in (_WORD.findall(term.text) if term.phrase else [term.text]) if len(w) > 1]


def match_key(query: str) -> str:
    """The match key of a search text (module doc): the rarest word's first :data:`KEY_CHARS`
    characters, lower-cased; :data:`ANY_KEY` without content words. Ties: the longer word,
    then alphabetical (deterministic)."""
    words = [w for t in search_terms(query or "") for w in _words(t)]
    if not words:
        return ANY_KEY
    best = max(words, key=lambda w: (_idf(w), len(w), [-ord(c) for c in w]))
    return best[:KEY_CHARS]


def posting_doc(title: str | None, location: str | None, work_mode: str | None, tags: Any,
                description: str | None) -> str:
    """The text a search's words are looked for in, lower-cased (the fields the Jobs search indexes)."""
    tag_text = ", ".join(str(x) for x in (tags or []))
    return "\n".join([title or "", location or "", work_mode or "", tag_text, description or ""]).lower()


def posting_keys(doc: str) -> set[str]:
    """Every 1–:data:`KEY_CHARS`-character string that starts at a word start of ``doc``
    (lower-cased text of :func:`posting_doc`): the keys through which searches find it."""
    out: set[str] = set()
    for m in _WORD_START.finditer(doc):
        p = m.start()
        chunk = doc[p:p + KEY_CHARS]
        out.update(chunk[:k] for k in range(1, len(chunk) + 1))
    return out


def _pattern(term: Term) -> re.Pattern | None:
    if term.phrase:
        words = _WORD.findall(term.text)
        if not words:
            return None
        return re.compile(r"(?<![\w+#])" + r"\W+".join(re.escape(w) for w in words))
    return re.compile(r"(?<![\w+#])" + re.escape(term.text))


@dataclass(frozen=True)
class PostingFacts:
    """What the check reads of a posting (plain values: rows of any engine, or test data)."""

    posting_id: int
    doc: str
    work_mode: str | None = None
    countries: str = ""
    visa_sponsorship: str | None = None
    posted_at: datetime | None = None
    source_type: str | None = None
    salary_top_usd: float | None = None


@dataclass(frozen=True)
class SearchSpec:
    """A saved search compiled once per run: its term patterns and parsed filters."""

    patterns: tuple[re.Pattern, ...]
    filters: JobFilters
    floor_usd: float | None

    @classmethod
    def compile(cls, query: str, filters: dict | None) -> "SearchSpec":
        """Compile a search; ValueError (user-facing) for a bad filter value."""
        from careercopilot.services.job_views import parse_filters
        from careercopilot.services.matching.common import to_usd

        parsed = parse_filters(dict(filters or {}))
        pats = tuple(p for p in (_pattern(t) for t in search_terms(query or "")) if p is not None)
        floor = None
        if parsed.salary_floor:
            floor, _ = to_usd(parsed.salary_floor, parsed.salary_currency)
            floor = floor if floor is not None else float("inf")
        return cls(patterns=pats, filters=parsed, floor_usd=floor)

    def matches(self, p: PostingFacts, *, now: datetime | None = None) -> bool:
        """Whether posting ``p`` matches (module doc)."""
        f = self.filters
        if f.work_mode and p.work_mode != f.work_mode:
            return False
        if f.country:
            from careercopilot.integrations.vectors import _key_admits

            if not _key_admits(p.countries, f.country.upper()[:2]):
                return False
        if f.visa_only and p.visa_sponsorship != "yes":
            return False
        if f.posted_within_days:
            posted = p.posted_at
            if posted is None:
                return False
            posted = posted if posted.tzinfo else posted.replace(tzinfo=timezone.utc)
            if posted < (now or datetime.now(timezone.utc)) - timedelta(days=f.posted_within_days):
                return False
        if f.source_type and p.source_type != f.source_type:
            return False
        if self.floor_usd is not None and (p.salary_top_usd is None or p.salary_top_usd < self.floor_usd):
            return False
        return all(pat.search(p.doc) for pat in self.patterns)


def facts_of(row: Any) -> PostingFacts:
    """:class:`PostingFacts` of a ``JobPosting`` (or any object with its attributes)."""
    from careercopilot.services.matching.candidates import posting_countries
    from careercopilot.services.matching.common import posting_annual_usd

    lo, hi, _ = posting_annual_usd(row)
    top = hi if hi is not None else lo
    return PostingFacts(posting_id=int(row.id), doc=posting_doc(row.title, row.location_text, row.work_mode, row.tags,
                                                                row.description_text),
                        work_mode=row.work_mode, countries=posting_countries(row),
                        visa_sponsorship=row.visa_sponsorship, posted_at=row.posted_at, source_type=row.source_type,
                        salary_top_usd=top)
