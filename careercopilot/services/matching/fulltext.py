"""Lexical search candidates from the full-text index (Alembic revision ``0008_search_fts``).

Replaces ``LIKE '%term%'`` over every description (issue 9, finding 16) with the index:
PostgreSQL ``jobposting.search_vector`` (tsvector, ``english``, GIN) and SQLite
``jobposting_fts`` (FTS5 external content, ``porter unicode61``). Indexed fields: title,
location text, work mode, tags and description — those the lexical rule reads.

A query term becomes (every operand built from the term's letters and digits only, or
handed to the database's own text parser as a bound parameter — never query syntax from
the user, so quotes, ``*``, ``:``, ``&``, ``NEAR`` or SQL in a query are plain text):

* a plain word (``python``, ``engineer``) — a **prefix** of a word, after stemming on both
  sides: ``engineer`` finds "engineers" and "engineering" (PostgreSQL ``'engin':*``, FTS5
  ``"engineer"*``), as the old rule "starts a word" did;
* a word with symbols (``c++``, ``c#``, ``node.js``, ``ci/cd``) — the database's tokens of it as a
  **phrase** (PostgreSQL ``phraseto_tsquery``; FTS5 ``"node js"``), then confirmed on the
  text with the old start-of-word pattern (``c++`` is not ``c#``);
* a quoted phrase of the query (``"machine learning"``) — its words adjacent, in order.

The caller's rule (which sets of terms make a hit, :func:`qualifying_groups`) is part of the
index query — ``(a AND b) OR (a AND c) …`` — so a capped read returns hits, not postings with
one of the words. Per query: one statement for the table's id range (:func:`estimated_total`),
one for the hits (PostgreSQL: with one boolean per term unless every hit has every term); on
SQLite, unless every hit has every term, one statement a term for the flags (its matches
within the hits' id range); plus one text read for hits of terms with symbols (only of those
whose text holds the term somewhere: :func:`_contains_any`). The hits come with the columns
search ranks by (:class:`Match`).
Terms that are only stop words for PostgreSQL's ``english`` configuration ("who",
"about") match nothing there and are left out of the share; SQLite's tokenizer has no
stop words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import String, cast, or_, text
from sqlmodel import Session, select

from careercopilot.models import JobPosting

_WORD = re.compile(r"[^\W_]+")
_PLAIN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Term:
    """One query term: ``text`` as typed (lower-cased), whether it is a quoted ``phrase``."""

    text: str
    phrase: bool = False

    @property
    def tokens(self) -> list[str]:
        return _WORD.findall(self.text)

    @property
    def plain(self) -> bool:
        """A single word of letters/digits: matched as a prefix."""
        return not self.phrase and _PLAIN.fullmatch(self.text) is not None

    @property
    def needs_text_check(self) -> bool:
        """A word with symbols (``c++``): the index finds its tokens, the text pattern decides."""
        return not self.phrase and not self.plain


def _fts5_expr(t: Term) -> str | None:
    toks = t.tokens
    if not toks:
        return None
    if t.plain:
        return f'"{toks[0]}"*'
    return '"' + " ".join(toks) + '"'


def _pg_operand(t: Term, i: int) -> tuple[str, dict]:
    """A ``tsquery`` SQL expression for ``t`` and its bound parameters."""
    if t.plain:
        return f"to_tsquery('english', :q{i})", {f"q{i}": f"{t.tokens[0]}:*"}
    return f"phraseto_tsquery('english', :q{i})", {f"q{i}": t.text if not t.phrase else " ".join(t.tokens)}


def searchable(session: Session, terms: Sequence[Term]) -> list[bool]:
    """Which terms the index can match at all: they have letters/digits and, on PostgreSQL,
    are not only stop words of the ``english`` configuration (one statement, no table read)."""
    ok = [bool(t.tokens) for t in terms]
    if session.connection().dialect.name != "postgresql" or not any(ok):
        return ok
    params: dict = {}
    ops = []
    for i, t in enumerate(terms):
        if ok[i]:
            expr, p = _pg_operand(t, i)
            ops.append(f"numnode({expr})")
            params.update(p)
    nodes = iter(session.execute(text("SELECT " + ", ".join(ops)), params).one())
    return [bool(next(nodes)) if good else False for good in ok]


def term_matches(session: Session, user_id: int, terms: Sequence[Term], *, limit: int) -> dict[int, list[bool]]:
    """Listable postings (open, not a duplicate, not flagged, shared or the user's) matching ANY term,
    newest (highest id) first, at most ``limit`` → which terms each matches (list per term).

    A term with symbols counts only where the text also has it at the start of a word.
    Raises nothing for odd input: terms without letters or digits match nothing.
    """
    return {pid: m.flags for pid, m in matches(session, user_id, terms, limit=limit).items()}


@dataclass
class Match:
    """A posting :func:`matches` found: ``flags`` (which query terms it matches, in the
    caller's order) and the columns search ranks by (``country``, ``city``, ``visa``), read
    in the same statement so the hits need no second read (issue 9, finding 16)."""

    flags: list[bool]
    country: str | None
    city: str | None
    visa: str | None


class Matches(dict):
    """``{posting id: Match}`` (newest first) plus what the capped read saw: ``read`` rows
    came back from the index (before terms with symbols were confirmed on the text; ``read``
    == the limit → more may match), the oldest of them ``oldest_id`` (None when none)."""

    read: int = 0
    oldest_id: int | None = None
    #: the table's lowest and highest posting id when the read was made (None: empty table)
    id_range: tuple[int, int] | None = None


def estimated_total(found: Matches, *, kept: int, limit: int) -> int | None:
    """About how many postings are hits when the read stopped at ``limit`` (None when it did
    not: the caller's ``kept`` hits of ``found`` are all of them). The ``limit`` newest matches
    span ids ``oldest_id``…newest and ``kept`` of them were hits; the estimate assumes the older
    ids (down to the table's lowest, read with the hits: two index endpoints) hold hits as
    densely. Ids stand in for postings: ids of deleted postings count as non-hits."""
    if found.read < limit or found.oldest_id is None or found.id_range is None:
        return None
    lo, hi = found.id_range
    span = max(1, hi - found.oldest_id + 1)
    return kept + round(kept / span * max(0, found.oldest_id - lo))


def matches(session: Session, user_id: int | None, terms: Sequence[Term], *, limit: int,
            groups: Sequence[Sequence[int]] | None = None) -> Matches:
    """:func:`term_matches` with each posting's ranking columns (:class:`Match`), newest first.

    ``groups`` (indexes into ``terms``): a posting must match every term of at least one group
    (the caller's rule, e.g. "more than half of the query's weight": :func:`qualifying_groups`),
    tested by the index, so ``limit`` counts postings that satisfy the rule rather than postings
    with any one word (issue 9: at 100,000 postings the newest 5,000 with "engineer" held few
    "backend engineer" hits). None: any term. Terms with symbols are still confirmed on the text
    afterwards, so a group with one of them may let through postings the caller then drops."""
    usable = [t for t in terms if t.tokens]
    if not usable:
        return Matches()
    pos = {id(t): k for k, t in enumerate(usable)}
    # groups as indexes into ``usable`` (a group with a term without tokens can never match)
    ugroups = None if groups is None else [
        sorted(pos[id(terms[i])] for i in g) for g in groups if g and all(id(terms[i]) in pos for i in g)]
    if ugroups is not None and not ugroups:
        return Matches()
    if ugroups is None:
        ugroups = [[i] for i in range(len(usable))]
    pg = session.connection().dialect.name == "postgresql"
    lo, hi = session.execute(text("SELECT min(id), max(id) FROM jobposting")).one()
    if lo is None:
        return Matches()
    id_range = (int(lo), int(hi))
    fetch = _pg_matches if pg else _sqlite_matches
    rows = fetch(session, user_id, usable, limit, ugroups)
    if rows and not pg and not _all_terms(ugroups, len(usable)):
        _sqlite_flags(session, usable, rows)
    got = {pid: flags for pid, (flags, _) in rows.items()}
    checks = [i for i, t in enumerate(usable) if t.needs_text_check]
    if checks and got:
        pats = {i: re.compile(r"(?<![\w+#])" + re.escape(usable[i].text), re.IGNORECASE) for i in checks}
        need = [pid for pid, flags in got.items() if any(flags[i] for i in checks)]
        index_said = {pid: [got[pid][j] for j in checks] for pid in need}
        for pid in need:  # confirmed below, or not at all when the database finds no copy of the term
            for j in checks:
                got[pid][j] = False
        pre = _contains_any([usable[j].text for j in checks])
        for i in range(0, len(need), 900):
            for pid, title, body, where, tags, mode in session.exec(select(
                    JobPosting.id, JobPosting.title, JobPosting.description_text, JobPosting.location_text,
                    JobPosting.tags, JobPosting.work_mode).where(JobPosting.id.in_(need[i:i + 900]), *pre)):
                doc = "\n".join([title or "", where or "", mode or "", ", ".join(str(x) for x in (tags or [])),
                                 body or ""])
                for k, j in enumerate(checks):
                    got[pid][j] = index_said[pid][k] and pats[j].search(doc) is not None
        got = {pid: flags for pid, flags in got.items() if any(flags)}
    # back to the caller's term order (terms without tokens never match)
    if len(usable) == len(terms):  # the caller's order already
        out = Matches((pid, Match(flags, *rows[pid][1])) for pid, flags in got.items())
    else:
        out = Matches((pid, Match([flags[pos[id(t)]] if id(t) in pos else False for t in terms], *rows[pid][1]))
                      for pid, flags in got.items())
    out.read, out.oldest_id, out.id_range = len(rows), (min(rows) if rows else None), id_range
    return out


_LISTABLE = ("j.is_open AND j.duplicate_of_id IS NULL AND NOT j.is_flagged "
             "AND (j.owner_id IS NULL OR j.owner_id = :uid)")


#: Ranking columns read with the candidates (see :class:`Match`).
_COLUMNS = "j.country, j.city, j.visa_sponsorship"


def qualifying_groups(weights: Sequence[float], share: float, *, max_terms: int = 10) -> list[list[int]] | None:
    """The smallest sets of term indexes whose weight is more than ``share`` of the total
    (every posting satisfying "matched weight / total > share" matches all terms of one of
    them: weights are ≥ 0, so any superset of a set that qualifies qualifies).

    ``weights`` per term (0 = the term cannot match); ``share`` 0–1. [] when nothing can
    qualify; None (no rule for the index: any term) with more than ``max_terms`` terms of
    positive weight (2^n subsets). Example: weights (1, 1, 1), share 0.5 → [[0, 1], [0, 2], [1, 2]].
    """
    total = sum(weights)
    live = [i for i, w in enumerate(weights) if w > 0]
    if total <= 0 or not live:
        return []
    if len(live) > max_terms:
        return None
    out: list[list[int]] = []
    for size in range(1, len(live) + 1):
        for combo in combinations(live, size):
            # the caller's test, same float expression: sum(matched weights) / total > share
            if sum(weights[i] for i in combo) / total > share and not any(set(g) <= set(combo) for g in out):
                out.append(list(combo))
    return out


def _contains_any(words: Sequence[str]) -> list:
    """A SQL condition (as a list: ``[]`` = none) "some text column holds one of ``words``
    anywhere, ASCII case folded" — a superset of the start-of-word pattern, so the texts of
    postings that cannot match stay in the database (session 13: "c++" matched the token "c" of
    the newest 1,000 postings at 100,000, and reading their descriptions took ~40 ms).
    ``[]`` when a word is not ASCII (SQLite's LIKE folds ASCII only)."""
    if not words or not all(w.isascii() for w in words):
        return []
    cols = [JobPosting.title, JobPosting.description_text, JobPosting.location_text, JobPosting.work_mode,
            cast(JobPosting.tags, String)]
    esc = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words]
    return [or_(*(c.ilike(f"%{e}%", escape="\\") for c in cols for e in esc))]


def _all_terms(groups: Sequence[Sequence[int]] | None, n: int) -> bool:
    """True when every hit matches every term (one group of all ``n``): no flags to test."""
    return n == 1 or (groups is not None and len(groups) == 1 and len(groups[0]) == n)


def _pg_matches(session: Session, user_id: int | None, terms: Sequence[Term], limit: int,
                groups: Sequence[Sequence[int]]) -> dict[int, tuple[list[bool], tuple]]:
    """One statement: the newest ``limit`` matches (of one group of terms, see :func:`matches`),
    with each term's flag.

    Measured (session 13, 100,000 postings): reading the newest hits in id windows (a primary-key
    range ANDed with the GIN bitmap: 1,086 instead of 6,144 heap pages for "backend engineer")
    was no faster over the benchmark's mix once the pages are cached — each window repeats the
    GIN lookup of a common prefix ("engin":*, ~10 ms) — so the read is one statement.
    The flags are tested on one in-memory copy of each kept candidate's ``search_vector``
    (``|| ''::tsvector``), never on the stored column of every row the scan reads: measured on
    the 100,000-posting benchmark corpus (17,000 rows), three ``@@`` on the stored column took
    175 ms, the copy plus the same three 94 ms — n terms cost about one test instead of n.
    When every hit has every term (:func:`_all_terms`) there is nothing to test."""
    params: dict = {"uid": user_id, "lim": limit}
    ops = []
    for i, t in enumerate(terms):
        expr, p = _pg_operand(t, i)
        ops.append(expr)
        params.update(p)
    anyq = " || ".join("(" + " && ".join(ops[i] for i in g) + ")" for g in groups)
    where = f"j.search_vector @@ ({anyq}) AND {_LISTABLE}"
    if _all_terms(groups, len(terms)):
        rows = session.execute(text(f"SELECT j.id, {_COLUMNS} FROM jobposting j WHERE {where} "
                                    f"ORDER BY j.id DESC LIMIT :lim"), params)
        return {int(r[0]): ([True] * len(terms), tuple(r[1:4])) for r in rows}
    flags = ", ".join(f"c.v @@ {op}" for op in ops)
    rows = session.execute(text(
        f"SELECT c.id, c.country, c.city, c.visa_sponsorship, {flags} FROM ("
        f"SELECT j.id, {_COLUMNS}, j.search_vector || ''::tsvector AS v FROM jobposting j "
        f"WHERE {where} ORDER BY j.id DESC LIMIT :lim) c"), params)
    return {int(r[0]): ([bool(x) for x in r[4:]], tuple(r[1:4])) for r in rows}


def _sqlite_matches(session: Session, user_id: int | None, terms: Sequence[Term], limit: int,
                    groups: Sequence[Sequence[int]]) -> dict[int, tuple[list[bool], tuple]]:
    """The newest ``limit`` matches (of one group of terms, see :func:`matches`) in one
    statement; flags all True when every hit has every term, else set by :func:`_sqlite_flags`."""
    exprs = [_fts5_expr(t) for t in terms]
    anyq = " OR ".join("(" + " AND ".join(exprs[i] for i in g) + ")" for g in groups)
    rows = session.execute(text(
        f"SELECT j.id, {_COLUMNS} FROM jobposting_fts f JOIN jobposting j ON j.id = f.rowid "
        f"WHERE jobposting_fts MATCH :q AND {_LISTABLE} ORDER BY f.rowid DESC LIMIT :lim"),
        {"q": anyq, "uid": user_id, "lim": limit})
    every = _all_terms(groups, len(terms))
    return {int(r[0]): ([every] * len(terms), tuple(r[1:4])) for r in rows}


def _sqlite_flags(session: Session, terms: Sequence[Term], out: dict[int, tuple[list[bool], tuple]]) -> None:
    """Set each hit's per-term flags: the hits among each term's matches from the oldest hit's
    id up (one statement a term; the hits' ids go in as one JSON array, the intersection is
    SQLite's — before, every match of the term from that id up came back to Python: ~20,000
    rows for "engineer" at 100,000 postings)."""
    lo, ids = min(out), json.dumps(list(out))
    for i, t in enumerate(terms):
        for (pid,) in session.execute(text(
                "SELECT value FROM json_each(:ids) WHERE value IN (SELECT rowid FROM jobposting_fts "
                "WHERE jobposting_fts MATCH :q AND rowid >= :lo)"), {"ids": ids, "q": _fts5_expr(t), "lo": lo}):
            out[int(pid)][0][i] = True
