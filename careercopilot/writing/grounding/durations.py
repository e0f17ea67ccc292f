"""Durations: "four years at Brightwater Health", "over a decade in B2B SaaS sales", "nearly
three years as charge nurse" must agree with the resume's dated history or with the duration the
resume itself states for that thing.

A duration claim is a quantity of years, months or decades with an optional qualifier
(:data:`QUALIFIERS`); it is checked against, in this order:

1. **an employer it is tied to** — "N years at/with X", "at X for N years", "my N years at X":
   the union of the history entries whose header names X (``context.Entry`` spans, months when
   written, else whole years with a year of slack either way);
2. **a duration the resume states for the same field** — "seven years in B2B SaaS sales" in the
   summary answers "over a decade in B2B SaaS sales": a resume line with a year duration sharing
   two content words (or one, when that line has no other duration) with the clause after the
   sentence's duration.

Claims tied to neither are left to the numbers check (total career length). Flags have kind
``date`` (the blind sets' label for a wrong duration). Tolerance (who says "three years" for
2 years 8 months, nobody for 2 years 1 month): a plain N accepts actual spans in
[N − 0.5, N + 1); "over/more than/at least N" ≥ N − 1/12; "nearly/almost/close to N" in
[N − 1, N]; "about/around/roughly N" in [N − 0.75, N + 0.75]; "under/less than N" ≤ N.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import Flag, SourceFacts, sentence_at
from careercopilot.writing.grounding.names import name_pieces
from careercopilot.writing.grounding.text import squash

_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
          "half a": 0.5, "a couple of": 2, "a few": 3}
#: Qualifier → (low offset, high offset) added to the claimed value N, in years (see module doc).
QUALIFIERS = {
    "": (-0.5, 0.999),
    "over": (-1 / 12, 60), "more than": (-1 / 12, 60), "at least": (-1 / 12, 60), "upwards of": (-1 / 12, 60),
    "just over": (-1 / 12, 1.0), "a little over": (-1 / 12, 1.0), "plus": (-1 / 12, 60),
    "nearly": (-1.0, 0.05), "almost": (-1.0, 0.05), "close to": (-1.0, 0.05), "just under": (-1.0, 0.05),
    "about": (-0.75, 0.75), "around": (-0.75, 0.75), "roughly": (-0.75, 0.75), "approximately": (-0.75, 0.75),
    "some": (-0.75, 0.75),
    "under": (-60, 0.0), "less than": (-60, 0.0),
}
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS if q and q != "plus"), key=len, reverse=True))
_NUM = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) + r"|\d{1,2}(?:\.\d)?"
DURATION_RE = re.compile(
    rf"(?i)\b(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUM})(?P<half>\s+and\s+a\s+half)?(?P<plus>\+|\s+plus)?(?P<sep>\s+|-)"
    r"(?P<u>decades?|years?|yrs?|months?)\b(?!\s+(?:old|ago|later|earlier))")
#: A hyphenated length is a stay's only before one of these: "a six-month internship", not "a 5-year plan".
_STAY_NOUN = re.compile(r"(?i)\s+(?:[a-z]+\s+){0,2}?(?:internship|contract|placement|secondment|stint|rotation|"
                        r"assignment|fellowship|residency|apprenticeship|traineeship|post|position|role|tenure|term)\b")
#: "at/with X" right after the duration, or "at X for" right before it, within the clause.
_AT_AFTER = re.compile(r"(?P<mid>(?:\s+(?:of\s+)?(?:[\w'’&-]+\s+){0,6}?)?)\s*(?:at|with|for)\s+(?:the\s+)?(?P<rest>[^,.;:]*)")
_AT_BEFORE = re.compile(r"(?i)\b(?:at|with|joined)\s+(?:the\s+)?(?P<rest>[^,.;:]*?)\s+(?:for|over)\s*$")


#: Words between a duration and its employer that do not name a role ("spent four years working at X").
_NOT_ROLE = {w[:6] for w in ("spent", "spending", "working", "worked", "experience", "employed", "there", "total",
                             "full", "time", "years", "months")}


#: Rank words of a title: an entry whose title adds one the sentence's role lacks is another role.
_RANKS = frozenset("senior sr lead principal head chief junior jr assistant associate deputy trainee intern".split())


def _rank_words(text: str) -> set[str]:
    """Rank words in the title part (before " — ", " - " or a comma) of each line of ``text``."""
    titles = " ".join(re.split(r"\s[—–-]\s|,", line, maxsplit=1)[0] for line in text.splitlines())
    return {w for w in re.findall(r"[a-z]+", titles.lower()) if w in _RANKS}


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    low: float  # years
    high: float


#: Words before a duration that make it a part of a stay or a deadline, not its length: "my first two
#: years at X", "within two years", "in three months", "every two years".
_PART_OF = re.compile(r"(?i)\b(?:first|last|final|initial|early|earlier|later|latter|past|next|previous|in|within|"
                      r"after|during|every|each|per|by|over\s+the|for\s+the)\s+$")


_RATE_BEFORE = re.compile(r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|times|dozen)\b)")
_STAY_AFTER = re.compile(r"\s+(?:at|with|as|in|of)\b")


def claims(text: str) -> list[tuple[Claim, re.Match]]:
    """Duration claims of ``text`` with the accepted span of actual years ``[low, high]``."""
    out = []
    for m in DURATION_RE.finditer(text):
        if _PART_OF.search(text[max(0, m.start() - 20):m.start()]):
            continue
        n = m.group("n").lower()
        if n in ("a", "an") and not m.group("q") and (_RATE_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                                                     or not _STAY_AFTER.match(text, m.end())):
            continue  # "19 meetings a month", "twice a year": a rate, not a length of time
        if m.group("sep") == "-" and not _STAY_NOUN.match(text, m.end()):
            continue
        value = _WORDS.get(n)
        if value is None:
            value = float(n)
        if m.group("half"):
            value += 0.5
        unit = m.group("u").lower()
        years = value * 10 if unit.startswith("decade") else value / 12 if unit.startswith("month") else value
        qual = (m.group("q") or "").lower()
        if m.group("plus") and not qual:
            qual = "plus"
        lo, hi = QUALIFIERS[qual]
        if unit.startswith("month") and not qual:
            lo, hi = -1 / 12, 1 / 12
        out.append((Claim(m.start(), m.end(), max(0.0, years + lo), years + hi), m))
    return out


def _span(e: ctx.Entry, facts: SourceFacts) -> tuple[float, float]:
    """(shortest, longest) length of an entry in years."""
    today = facts.today
    end_month = today.month if e.present else e.end_month
    if e.start_month and end_month:
        exact = (e.end * 12 + end_month - e.start * 12 - e.start_month) / 12
        return max(0.0, exact), exact + 1 / 12
    years = e.end - e.start
    return max(0.0, years - 1.0), years + 1.0


def _union(entries: list[ctx.Entry], facts: SourceFacts) -> tuple[float, float]:
    """(shortest, longest) total of entries at one employer; overlapping entries (a promotion
    written as two lines with overlapping years) count once: the widest first-to-last span."""
    if not entries:
        return 0.0, 0.0
    first = min(entries, key=lambda e: (e.start, e.start_month or 0))
    last = max(entries, key=lambda e: (e.end, (facts.today.month if e.present else e.end_month) or 12))
    merged = ctx.Entry(first.start, last.end, first.start_month, last.end_month, "", "", set(), last.present)
    lo, hi = _span(merged, facts)
    return min(lo, sum(_span(e, facts)[0] for e in entries)), hi


def _employer_entries(clause: str, facts: SourceFacts) -> list[ctx.Entry]:
    names = [p for _, _, p in name_pieces(clause) if ctx.name_in(p, facts.squashed)]
    return [e for e in facts.history if any(ctx.name_in(n, squash(e.header)) for n in names)]


def _stated(field_words: set[str], facts: SourceFacts) -> list[tuple[float, float]]:
    """Year spans the resume states for the same field ("seven years in B2B SaaS sales")."""
    out = []
    for line, words, *_ in facts.line_info:
        found = [c for c, _ in claims(line)]
        if not found:
            continue
        shared = field_words & words
        if len(shared) >= 2 or (len(shared) == 1 and len(found) == 1 and len(field_words) == 1):
            out += [(c.low, c.high) for c in found]
    return out


def check_durations(text: str, facts: SourceFacts, flags: list[Flag], taken: list[tuple[int, int]]) -> None:
    """Flag duration claims that the employer's dates or the resume's own stated duration contradict;
    every duration checked here (supported or not) is added to ``taken``."""
    for claim, m in claims(text):
        sentence = sentence_at(text, claim.start)
        offset = text.find(sentence) if sentence else 0
        after = text[claim.end:]
        before = text[max(offset, 0):claim.start]
        clause, role = "", ""
        at = _AT_AFTER.match(after)
        if at:
            clause, role = at.group("rest"), at.group("mid")
        else:
            bt = _AT_BEFORE.search(before)
            if bt:
                clause = bt.group("rest")
        entries = _employer_entries(clause, facts) if clause else []
        part_of_stay = False
        if entries:
            # "as an SME relationship manager at X", "a four-year apprenticeship with X": the entries at X
            # holding that role; a role none of them names is a part of the stay (never longer than it)
            role_words = {w[:6] for w in ctx.content_words(role)} - _NOT_ROLE
            overlap = [len(role_words & {w[:6] for w in ctx.content_words(e.header)}) for e in entries]
            best = max(overlap, default=0)  # "SME relationship manager": that entry, not the later "Branch Manager"
            held = [e for e, n in zip(entries, overlap) if n and n == best]
            plain = [e for e in held if not (_rank_words(e.header) - _rank_words(role))]
            held = plain or held  # "as an Analyst": not the "Senior Analyst" entry that follows it
            part_of_stay = bool(role_words) and not held
            lo, hi = _union(held or entries, facts)
        else:
            # the field: the clause after the duration ("… in B2B SaaS sales"), and before it
            # ("worked in central government for over ten years")
            field_clause = re.match(r"[^,.;:]*", after).group(0) + " " + re.split(r"[,.;:]", before)[-1]
            spans = _stated(ctx.content_words(field_clause), facts) if field_clause.strip() else []
            if not spans:
                continue
            lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
        taken.append((claim.start, claim.end))
        if hi <= claim.low or (lo > claim.high and not part_of_stay):  # a part of a stay may be shorter
            flags.append(Flag("date", claim.start, claim.end, m.group(0),
                              "Your resume's dates give another length of time for this."))
