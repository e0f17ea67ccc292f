"""A document text's grounding flags, computed as reads only and within a budget (sec125 finding 1).

The rules (:func:`careercopilot.writing.grounding.check` and the posting-side check) take seconds
on a long text and grow faster than its length (one claim-heavy text: 5,000 characters 1.5 s,
10,000 5.0 s, 20,000 15 s; 50,000 took 55 s). Run inside a write transaction they held SQLite's
one write lock that long and every other user's save failed with "database is locked" after
``busy_timeout`` (30 s). So:

* :func:`rule_flags` only reads (the sources: resume, user, posting) — callers run it BEFORE they
  write or take a row lock, then store its result with :func:`with_judge_flags` in a short write;
* a text longer than :data:`CHECK_CHUNK_CHARS` is checked in chunks of whole paragraphs (whole
  sentences inside an over-long paragraph), so time grows with length, not faster; checking
  stops at the first chunk that starts after :data:`CHECK_SECONDS` and everything after the
  checked part is ONE open flag of kind ``unchecked`` ("Checked only the first N characters …"):
  it blocks export until the user fixes or accepts it — never silently unchecked.

A flag is ``{kind, start, end, text, message, source}`` (``source`` ``"rules"`` or ``"judge"``),
offsets in characters of the document's text.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from sqlmodel import Session

#: Characters checked in one piece: over twice a long cover letter (~400 words ≈ 2,500 characters),
#: so a letter, follow-up or thank-you note is always checked whole (cross-sentence context kept).
CHECK_CHUNK_CHARS = 6_000
#: Seconds of checking after which no further chunk is started (the chunk under way finishes: at
#: most ~2 s at :data:`CHECK_CHUNK_CHARS`). The user waits for the save; nobody else does.
CHECK_SECONDS = 10.0

_BREAK = re.compile(r"\n\s*\n|(?<=[.!?])\s+")


def chunks(text: str, size: int = CHECK_CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` character spans covering ``text`` in order, each at most ``size`` long unless
    one sentence is longer; cut after a paragraph break when one falls in the second half of the
    span, else after a sentence end, else at ``size``."""
    spans, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        paragraphs = [m.end() for m in re.finditer(r"\n\s*\n", window)]
        if paragraphs and paragraphs[-1] > size // 2:
            cut = paragraphs[-1]
        else:
            ends = [m.end() for m in _BREAK.finditer(window)]
            cut = ends[-1] if ends else size
        spans.append((start, start + cut))
        start += cut
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def budgeted(text: str, check_one: Callable[[str], list[dict]], *, seconds: float = CHECK_SECONDS,
             size: int = CHECK_CHUNK_CHARS, clock: Callable[[], float] = time.monotonic) -> list[dict]:
    """``check_one`` (text → flags with offsets into that text) run over :func:`chunks` of ``text``
    until ``seconds`` have passed; flags shifted to ``text``'s offsets, plus one ``unchecked`` flag
    over the rest when checking stopped early."""
    began, out = clock(), []
    for start, end in chunks(text, size):
        if start and clock() - began >= seconds:
            rest = text[start:]
            if rest.strip():
                out.append({"kind": "unchecked", "start": start, "end": len(text), "text": rest, "source": "rules",
                            "message": (f"Checked only the first {start:,} of {len(text):,} characters (the check's "
                                        f"time limit is {seconds:g} s); read the rest yourself — it may state "
                                        "things your resume does not — or shorten the text and save again.")})
            break
        out.extend(dict(f, start=f["start"] + start, end=f["end"] + start) for f in check_one(text[start:end]))
    return out


def rule_flags(session: Session, doc, text: str, *, seconds: float = CHECK_SECONDS) -> list[dict]:
    """The rule flags of ``text`` as ``doc``'s text (resume/profile facts of ``doc``'s user, its
    posting). Reads only, under ``no_autoflush`` (a pending change of the caller is not written —
    and SQLite's write lock not taken — by the reads); call it before writing."""
    from careercopilot.services.writing_documents import facts_for, posting_for
    from careercopilot.writing.grounding import check
    from careercopilot.writing.grounding.posting_side import check_posting_claims, merge

    with session.no_autoflush:
        posting, company, title = posting_for(session, doc)
        facts = facts_for(session, doc)

    def check_one(part: str) -> list[dict]:
        return [vars(f) for f in merge(check(part, facts),
                                       check_posting_claims(part, posting, company=company, title=title))]

    return budgeted(text, check_one, seconds=seconds)


def with_judge_flags(rules: list[dict], old: list[dict], text: str) -> list[dict]:
    """``rules`` plus the LLM judge's flags of ``old`` (``source == "judge"``) whose text is still in
    ``text`` (moved to where it now is, dropped when a rule flags the same span), sorted by position:
    a new rule check never clears a judge flag the user has not edited away."""
    spans = {(f["start"], f["end"]) for f in rules}
    kept = []
    for f in old:
        if f.get("source") != "judge" or (start := text.find(f["text"])) < 0:
            continue
        if (start, start + len(f["text"])) not in spans:
            kept.append(dict(f, start=start, end=start + len(f["text"])))
    return sorted(rules + kept, key=lambda f: (f["start"], f["end"]))
