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

Per query: one statement on PostgreSQL (the candidates newest first, with one boolean per
term), 1 + terms statements on SQLite (the candidates, then each term's matches within the
candidates' id range), plus one text read for candidates of terms with symbols.
Terms that are only stop words for PostgreSQL's ``english`` configuration ("who",
"about") match nothing there and are left out of the share; SQLite's tokenizer has no
stop words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
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
    usable = [t for t in terms if t.tokens]
    if not usable:
        return {}
    if session.connection().dialect.name == "postgresql":
        got = _pg_matches(session, user_id, usable, limit)
    else:
        got = _sqlite_matches(session, user_id, usable, limit)
    checks = [i for i, t in enumerate(usable) if t.needs_text_check]
    if checks and got:
        pats = {i: re.compile(r"(?<![\w+#])" + re.escape(usable[i].text), re.IGNORECASE) for i in checks}
        need = [pid for pid, flags in got.items() if any(flags[i] for i in checks)]
        for i in range(0, len(need), 900):
            for pid, title, body, where, tags, mode in session.exec(select(
                    JobPosting.id, JobPosting.title, JobPosting.description_text, JobPosting.location_text,
                    JobPosting.tags, JobPosting.work_mode).where(JobPosting.id.in_(need[i:i + 900]))):
                doc = "\n".join([title or "", where or "", mode or "", ", ".join(str(x) for x in (tags or [])),
                                 body or ""])
                for j in checks:
                    if got[pid][j] and not pats[j].search(doc):
                        got[pid][j] = False
        got = {pid: flags for pid, flags in got.items() if any(flags)}
    # back to the caller's term order (terms without tokens never match)
    pos = {id(t): k for k, t in enumerate(usable)}
    return {pid: [flags[pos[id(t)]] if id(t) in pos else False for t in terms] for pid, flags in got.items()}


_LISTABLE = ("j.is_open AND j.duplicate_of_id IS NULL AND NOT j.is_flagged "
             "AND (j.owner_id IS NULL OR j.owner_id = :uid)")


def _pg_matches(session: Session, user_id: int, terms: Sequence[Term], limit: int) -> dict[int, list[bool]]:
    params: dict = {"uid": user_id, "lim": limit}
    ops = []
    for i, t in enumerate(terms):
        expr, p = _pg_operand(t, i)
        ops.append(expr)
        params.update(p)
    flags = ", ".join(f"j.search_vector @@ {op}" for op in ops)
    anyq = " || ".join(ops)
    sql = text(f"SELECT j.id, {flags} FROM jobposting j WHERE j.search_vector @@ ({anyq}) AND {_LISTABLE} "
               "ORDER BY j.id DESC LIMIT :lim")
    return {int(row[0]): [bool(x) for x in row[1:]] for row in session.execute(sql, params)}


def _sqlite_matches(session: Session, user_id: int, terms: Sequence[Term], limit: int) -> dict[int, list[bool]]:
    exprs = [_fts5_expr(t) for t in terms]
    anyq = " OR ".join(e for e in exprs if e)
    ids = [int(r[0]) for r in session.execute(text(
        "SELECT j.id FROM jobposting_fts f JOIN jobposting j ON j.id = f.rowid "
        f"WHERE jobposting_fts MATCH :q AND {_LISTABLE} ORDER BY f.rowid DESC LIMIT :lim"),
        {"q": anyq, "uid": user_id, "lim": limit})]
    if not ids:
        return {}
    out = {pid: [False] * len(terms) for pid in ids}
    lo = min(ids)
    for i, e in enumerate(exprs):
        if not e:
            continue
        for (pid,) in session.execute(text("SELECT rowid FROM jobposting_fts WHERE jobposting_fts MATCH :q "
                                           "AND rowid >= :lo"), {"q": e, "lo": lo}):
            if pid in out:
                out[pid][i] = True
    return out

