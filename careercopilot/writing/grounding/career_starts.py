"""A career measured from a start the sentence names (session 22, set 18 "I have been a social worker for more than
thirteen years, beginning in child welfare"; sets 7, 13, 14 "…, starting as a paralegal in 2013", "…, going back to
January 2017").

A duration followed by ", beginning in/with/as X" or ", starting (out) as X" runs from the first history entry
that X names (a content word of X in its header: "child welfare" → "Child Welfare Case Manager") to the career's
last entry; a year in that clause ("starting as a customer service representative in 2015") is the start of the
entry X names, or of the first dated entry when X is a title the resume writes in another language ("paralegal" for
"Procuradora"). Both only widen what the resume backs: a start no entry has ("starting as a paralegal in 2014"), a
length longer than the span from the named start, still fail.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts

#: The start after a duration: ", beginning in child welfare", ", starting out as a line cook", ", beginning with
#: my apprenticeship at X" (group ``what``; the clause up to the next comma or sentence end).
START_AFTER = re.compile(r"(?i)\s*[,–—(]\s*(?:and\s+)?(?:beginning|starting|started|began)\s+(?:out\s+)?"
                         r"(?:as|with|in|at)\s+(?P<what>[^,.;:!?()]+)")
#: The words before a year that make it a career's start: "starting as a paralegal in", "beginning as a contract
#: recruiting coordinator in", "going back to".
_YEAR_START = re.compile(r"(?i)(?:\b(?:starting|beginning|started|began)\s+(?:out\s+)?(?:as|with|in|at)\b"
                         r"(?P<what>[^,.;:!?]*?)\s+(?:in|from)|\b(?:going|dating|reaching|stretching)\s+back\s+to)"
                         rf"\s+(?:(?:{ctx._MONTH})\.?\s+|\d{{1,2}}/)?$")


def named_start(what: str, facts: SourceFacts) -> list[ctx.Entry]:
    """History entries whose header shares a content word with ``what`` (the start's words), earliest first."""
    words = ctx.content_words(what)
    found = [e for e in facts.history if words & ctx.content_words(e.header)]
    return sorted(found, key=lambda e: (e.start, e.start_month or 1))


def first_entry(facts: SourceFacts) -> ctx.Entry | None:
    return min(facts.history, key=lambda e: (e.start, e.start_month or 1), default=None)


def start_span(after: str, facts: SourceFacts) -> tuple[ctx.Entry, ctx.Entry] | None:
    """``(first, last)`` entries of a career whose start the text after a duration names (:data:`START_AFTER`),
    or ``None`` (no such clause, or no entry it names; a clause naming a year is :mod:`.durations`' own)."""
    m = START_AFTER.match(after)
    if not m or re.search(r"\b(?:19|20)\d\d\b", m.group("what")):
        return None
    named = named_start(m.group("what"), facts)
    if not named:
        return None
    last = max(facts.history, key=lambda e: (e.end, (facts.today.month if e.present else e.end_month) or 12))
    return named[0], last


#: The start a clause after the date names: "since September 2006, when I started as an apprentice", "…, when I began
#: my clinical fellowship", "…, when I joined as a trainee" (group ``what``).
_WHEN_STARTED = re.compile(r"(?i)^\s*,?\s*when\s+I\s+(?:first\s+)?(?:started|began|joined|entered)\s+(?:out\s+)?"
                           r"(?:(?:as|with|in|on)\s+)?(?:an?\s+|my\s+|the\s+)?(?P<what>[^,.;:!?]+)")
#: A working life's start with no role named: "I have worked on the water professionally since March 2007", "I have
#: cooked professionally since 2011" — the first job's start.
_PROFESSIONALLY_SINCE = re.compile(rf"(?i)\bprofessionally\s+since\s+(?:(?:{ctx._MONTH})\.?\s+)?$")
#: A role or employer the clause names ("worked professionally as a marine scientist since …"): that role's start, not
#: the working life's.
_NAMED_ROLE = re.compile(r"(?i)\b(?:as|at|with|for)\s+(?:an?|the|my)\b|\bas\s+[A-Z]")


def first_job(facts: SourceFacts) -> ctx.Entry | None:
    """The earliest history entry that is no study (a degree's dated entry starts no working life)."""
    jobs = [e for e, study in zip(facts.history, facts.study_entries, strict=True) if not study]
    return min(jobs, key=lambda e: (e.start, e.start_month or 1), default=None)


def _starts(e: ctx.Entry | None, year: int, month: int | None) -> bool:
    return e is not None and e.start == year and (month is None or e.start_month in (None, month))


def year_is_start(text: str, year_pos: int, year: int, month: int | None, facts: SourceFacts) -> bool:
    """The year at ``text[year_pos:]`` is a career's start the sentence names ("…, starting as a customer service
    representative in 2015", "…, going back to January 2017") and the entry it names starts then — the entries
    whose header shares a word with the start's words, else the first dated entry (a title written in another
    language); a month written in both must agree. Also (ground121, set 26) a start the clause after the date names
    ("since September 2006, when I started as an apprentice": the entry it names, else the first job — "Leerling
    hoefsmid | 09/2006 – 08/2008") and a working life's start with no role or employer named ("I have worked on the
    water professionally since March 2007": the first job, :func:`first_job`)."""
    if not facts.history:
        return False
    when = _WHEN_STARTED.match(text, year_pos + 4)
    if when and any(_starts(e, year, month) for e in named_start(when.group("what"), facts) or [first_job(facts)]):
        return True
    before = text[max(0, year_pos - 160):year_pos]
    clause = re.split(r"[.!?;]\s", before)[-1]
    if _PROFESSIONALLY_SINCE.search(before) and not _NAMED_ROLE.search(clause) and _starts(first_job(facts), year, month):
        return True
    m = _YEAR_START.search(before)
    if not m:
        return False
    # "going back to January 2017" names no start of its own: the sentence's words before it ("ten years of
    # paralegal experience") name the entries
    what = m.group("what") or re.split(r"[.!?]\s", text[max(0, year_pos - 160):year_pos][:m.start()])[-1]
    candidates = named_start(what, facts) or [first_entry(facts)]
    return any(e.start == year and (month is None or e.start_month in (None, month)) for e in candidates)


#: Heads of roles that a lower rank is not ("assistant store manager" is no store manager): managing and leading.
_MANAGING = frozenset("manager director supervisor head chief lead leader officer coordinator superintendent "
                      "administrator president principal captain foreman".split())
_RAISED = frozenset("senior sr head chief lead principal master staff".split())
#: Entry ranks of a profession: a junior architect, an engineer-in-training, an assistant winemaker practise it (a
#: harvest intern, a student, an apprentice do not yet).
_ENTRY_RANKS = frozenset("junior jr trainee training graduate assistant associate".split())


def entry_rank_entries(role: str, facts: SourceFacts) -> list[ctx.Entry]:
    """History entries where the profession ``role`` names ("electrical engineer", "architect", "winemaker") was
    practised at an entry rank (session 22, sets 12, 15, 16: "Engineer-in-Training", "Architetto junior (Junior
    Architect)", "Enologa assistente (Assistant Winemaker)"): a header line holding the role's head noun and an entry
    rank word (:data:`_ENTRY_RANKS`); none when the head is a managing one (:data:`_MANAGING`)."""
    words = re.findall(r"[a-z]+", role.lower())
    if not words or set(words) & (_MANAGING | _RAISED):  # "a head winemaker": the raised rank's own lines only
        return []
    head = words[-1]
    out, rungs = [], False
    for e in facts.history:
        for line in e.header.splitlines():
            low = set(re.findall(r"[a-z]+", line.lower()))
            if head in low and low & _ENTRY_RANKS:
                out.append(e)
                break
            # another grade of the profession held between ("Advanced Care Paramedic" below "Critical Care Paramedic"):
            # the role's own words name a rung, not the profession, so its entry rank is no start (ground133)
            if head in low and ctx.RANGE_RE.search(line) and not set(words[:-1]) <= low:
                rungs = True
    return [] if rungs and len(words) > 1 else out


#: A profession named with an indefinite article ("I have been an electrical engineer", "practised as an architect",
#: "years of experience as a winemaker"), not a position ("the winery's winemaker", "held the producer role").
_PROFESSION = re.compile(r"(?i)\b(?:been|worked\s+as|working\s+as|practi[sc]ed\s+as|practi[sc]ing\s+as|experience\s+as|"
                         r"career\s+as)\s+an?\s+(?!(?:[\w-]+\s+){0,3}(?:role|position|post|job)\b)")


def profession_named(sentence: str) -> bool:
    """``sentence`` names its role as a profession (:data:`_PROFESSION`): its entry rank counts towards it."""
    return _PROFESSION.search(sentence) is not None

