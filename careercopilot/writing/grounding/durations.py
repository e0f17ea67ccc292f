"""Durations: "four years at Brightwater Health", "over a decade in B2B SaaS sales", "nearly
three years as charge nurse" must agree with the resume's dated history or with the duration the
resume itself states for that thing.

A duration claim is a quantity of years, months or decades with an optional qualifier
(:data:`QUALIFIERS`); it is checked against, in this order:

1. **an employer it is tied to** — "N years at/with X", "at X for N years", "my N years at X":
   the union of the history entries whose header names X (``context.Entry`` spans, months when
   written, else whole years with a year of slack either way);
2. **a role or a field a history header names** — "I have been a site manager for N years", "worked as
   a dental hygienist for N years", "N years of experience as a senior lecturer", "N years in adult
   social work": the header lines naming it (:func:`role_span`; a lower rank is another role, a higher
   one the same), from the first of them to today when the sentence runs to now ("I have been …");
   only an overstated length is flagged (session 11, after set 10's role durations);
3. **a duration the resume states for the same field** — "seven years in B2B SaaS sales" in the
   summary answers "over a decade in B2B SaaS sales": a resume line with a year duration sharing
   two content words (or one, when that line has no other duration) with the clause after the
   sentence's duration.

4. **the working life** — "N years of industry / professional / work experience" with no stated
   duration for its field: the span from the first dated history entry to today, or any length of
   experience a resume line states ("a decade of industry experience" for a first job in 2018 is flagged).

Claims tied to none of these are left to the numbers check (total career length). Flags have kind
``date`` (the blind sets' label for a wrong duration). Tolerance (who says "three years" for
2 years 8 months, nobody for 2 years 1 month): a plain N accepts actual spans in
[N − 0.5, N + 1); "over/more than/at least N" ≥ N − 1/12; "nearly/almost/close to N" in
[N − 1, N]; "about/around/roughly N" in [N − 0.75, N + 0.75]; "under/less than N" ≤ N; "a full /
whole / solid N" ≥ N − 1/12 ("a full year" for an eight-month internship is flagged).

Session 10: the employer of "N years at X in <city>" is X alone (the city names other jobs too); the
role of "as a <role> at X for N years" is read before the employer as after it; "in <employer>"
binds like "at"; "N years of <data>" (records, logs, time series) is no stay.

Session 25: a ranked title without an article before the employer ("been head guide at Olare Ridge for …") is the
role there; a role named by paraphrase — an owner's business, a function done, a grade glossed in another language —
is read by :mod:`.role_paraphrases`.

Session 27 (ground87, set 23): leading work without a title is measured in :mod:`.lead_spans` (split from here), with a
ranked role whose rank the CV writes in its own language ("a senior reviser" for "Réviseure principale"); a ranked
title without an article at a place ("been lead technician in the IV room for …") is the role there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding import career_starts, field_careers, joined_roles, title_spans
from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import credential_durations as creds
from careercopilot.writing.grounding import role_paraphrases as paraphrases
from careercopilot.writing.grounding import duration_scopes as scopes
from careercopilot.writing.grounding.lead_spans import LEADING as _LEADING, LOWER_RANKS
from careercopilot.writing.grounding.lead_spans import lead_span as _lead_span, leading as _leading, ranked_role_span
from careercopilot.writing.grounding.facts import Flag, SourceFacts, sentence_at
from careercopilot.writing.grounding.names import name_pieces
from careercopilot.writing.grounding.text import fold_accents, squash
from careercopilot.writing.grounding.title_words import phrase_translated

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
#: Tens words and their compounds, hyphenated or spaced ("twenty-one years", "thirty five years"; session 21, set 17:
#: "over twenty-one years" was read as "one years").
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUM = (r"(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(_UNITS) + r"))?(?![\w-])|"
        + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) + r"|\d{1,2}(?:\.\d)?")
DURATION_RE = re.compile(
    rf"(?i)\b(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUM})(?P<half>\s+and\s+a\s+half)?(?P<plus>\+|\s+plus)?(?P<sep>\s+|-)"
    r"(?:(?P<full>full|whole|entire|solid|straight)\s+)?(?P<u>decades?|years?|yrs?|months?)\b(?!\s+(?:old|ago|later|earlier))")
#: A hyphenated length is a stay's only before one of these: "a six-month internship", not "a 5-year plan".
_STAY_NOUN = re.compile(r"(?i)\s+(?:[a-z]+\s+){0,2}?(?:internship|contract|placement|secondment|stint|rotation|"
                        r"assignment|fellowship|residency|apprenticeship|traineeship|post|position|role|tenure|term)\b")
#: "at/with X" right after the duration, or "at/for X for" right before it ("worked for Acme for five
#: years"), within the clause.
_AT_AFTER = re.compile(r"(?P<mid>(?:\s+(?:of\s+)?(?:[\w'’&-]+\s+){0,6}?)?)\s*(?:at|with|for|in)\s+(?:the\s+)?(?P<rest>[^,.;:]*)")
_AT_BEFORE = re.compile(r"(?i)(?:\b(?:as\s+|(?:been|am|was)\s+(?:(?:an?|the)\s+|(?=(?:[\w&'’-]+\s+){0,3}?(?:head|lead|chief|"
                        # "I have been head guide at Olare Ridge for …": a ranked title without an article (session 25)
                        r"senior|principal|deputy|assistant|associate|junior|director|manager|supervisor|foreman)\b)))"
                        r"(?:an?\s+|the\s+)?"
                        r"(?P<role>(?:[\w&'’-]+\s+){0,5}?[\w&'’-]+)\s+)?"
                        # "as COO of Hollandse Distributie Groep for …": "of" binds an employer after a role only
                        r"\b(?(role)(?:at|with|for|joined|of)|(?:at|with|for|joined))\s+(?:the\s+)?(?P<rest>[^,.;:]*?)"
                        r"\s+(?:for|over)\s*$")


_NEXT_PLACE = re.compile(r"(?i)\s+(?:before|after|until|till|prior\s+to|when|while|then)\b")


#: "N years of <records>": a span of data an analysis covered, not a length of time worked.
_OF_DATA = re.compile(r"(?i)\s+of\s+(?:(?!(?:experience|in|at|of|with|for|on)\b)[\w-]+\s+){0,3}?(?:data|datasets?|records?|logs?|history|archives?|footage|"
                      r"transactions|observations|measurements|readings|statements|returns|filings|results|time[- ]series)\b")
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
        if n in ("a", "an") and not m.group("q") and not m.group("full") and (_RATE_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                                                     or not _STAY_AFTER.match(text, m.end())):
            continue  # "19 meetings a month", "twice a year": a rate, not a length of time
        if m.group("sep") == "-" and not _STAY_NOUN.match(text, m.end()):
            continue
        value = _WORDS.get(n)
        if value is None and n.split("-")[0].split()[0] in _TENS:  # "twenty-one", "thirty five"
            tens, *unit = re.split(r"[-\s]+", n)
            value = _TENS[tens] + (_UNITS.index(unit[0]) + 1 if unit else 0)
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
        if m.group("full"):  # "a full year", "two whole years": at least that long, as "over"
            lo = max(lo, -1 / 12)
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
    """Entries whose header names the clause's first name found there ("at Kontorwerk Software AG in
    Hamburg": Kontorwerk's entries — the city after the employer is where it is, and naming it
    does not add the other Hamburg jobs)."""
    for _, _, piece in name_pieces("at " + clause):  # (a name first in the clause is no sentence capital)
        if ctx.name_in(piece, facts.squashed):
            # the organisation part of a header, not its title ("ten years in HR" is no stay at "HR Generalist")
            # (not the heading dated only by its credential lines: "District of Columbia" of «Certified Public
            # Accountant, District of Columbia — since July 2009» names the licence's jurisdiction, no stay; ground121)
            found = [(e, study) for e, org, study in zip(facts.history, facts.entry_orgs, facts.study_entries,
                                                         strict=True)
                     if ctx.name_in(piece, org) and not title_spans.dated_by_credential(e)]
            if found:  # (a degree's dated entry at that school is a study, no stay, beside a job there: session 20)
                return [creds.with_months(e, facts) for e in [e for e, study in found if not study]
                        or [e for e, _ in found]]
    return []


#: "N years of industry / professional / work / post-qualification experience": the whole working life.
_INDUSTRY = re.compile(r"(?i)\s+of\s+(?:industry|professional|work|working|hands-on|post-qualification|"
                       r"full-time|paid)\s+experience\b")


def _career(facts: SourceFacts) -> tuple[float, float]:
    """(shortest, longest) length in years from the first dated history entry to today."""
    first = min(facts.history, key=lambda e: (e.start, e.start_month or 1))
    today = facts.today
    if first.start_month:
        exact = (today.year * 12 + today.month - first.start * 12 - first.start_month) / 12
        return max(0.0, exact), exact + 1 / 12
    years = today.year - first.start
    return max(0.0, years - 1.0), years + 1.0


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
        if _OF_DATA.match(after):
            continue  # "five years of CPCB data for Bengaluru": the length of a record, not of a stay
        at = _AT_AFTER.match(after)
        if at:
            clause, role = at.group("rest"), at.group("mid")
        else:
            bt = _AT_BEFORE.search(before)
            if bt:  # "as a machine learning engineer at Tulpdata for four years": the role before the employer
                clause, role = bt.group("rest"), bt.group("role") or ""
        # "… in outpatient dispensing before moving to the ICU": a name after "before/after/until …" is where
        # the person went next, not the place of this stay
        clause = _NEXT_PLACE.split(clause, maxsplit=1)[0]
        entries = _employer_entries(clause, facts) if clause else []
        part_of_stay = False
        if entries and at and _SINCE_LEAVING.search(at.group("mid")):
            # "fourteen years of forestry experience since finishing my degree at SLU": from the end of X to today
            last = max(entries, key=lambda e: (e.end, e.end_month or 12))
            today = facts.today
            lo, hi = _span(ctx.Entry(last.end, today.year, last.end_month, today.month, "", "", set(), True), facts)
            entries = []
            if hi <= claim.low or lo > claim.high:
                flags.append(Flag("date", claim.start, claim.end, m.group(0),
                                  "Your resume's dates give another length of time for this."))
            taken.append((claim.start, claim.end))
            continue
        if entries:
            # "as an SME relationship manager at X", "a four-year apprenticeship with X": the entries at X
            # holding that role; a role none of them names is a part of the stay (never longer than it)
            role_words = {w[:6] for w in ctx.content_words(role)} - _NOT_ROLE
            overlap = [len(role_words & {w[:6] for w in ctx.content_words(e.header)}) for e in entries]
            best = max(overlap, default=0)  # "SME relationship manager": that entry, not the later "Branch Manager"
            held = [e for e, n in zip(entries, overlap) if n and n == best]
            plain = [e for e in held if not (_rank_words(e.header) - _rank_words(role))]
            if plain and _PERFECT.search(before):
                # "I have been an inspector with X for …": the plain role and the higher ranks held after it at X (a
                # senior inspector still inspects; session 23, set 19)
                first = min((e.start, e.start_month or 0) for e in plain)
                plain = [e for e in held if (e.start, e.start_month or 0) >= first]
            held = plain or held  # "as an Analyst": not the "Senior Analyst" entry that follows it
            part_of_stay = bool(role_words) and not held
            if not role_words and _LEADING.search(before) and (lead := [e for e in entries if _leading(e)]):
                held, part_of_stay = lead, True  # "I have led quality at X for …": X's leading entries, not the stay
            lo, hi = _union(held or entries, facts)
        else:
            # the role ("I have been a site manager for …", "… as a senior lecturer") or a field a header
            # names ("… in adult social work"): the history entries holding it (a summary's "16 years on
            # sites, site manager since 2016" gives the career's length, not the role's)
            role = (_ROLE_BEFORE.search(before) or _ROLE_NOUN_BEFORE.search(before) or _ROLE_AFTER.match(after)
                    or _ROLE_AT.search(before))
            field = None if role else _FIELD_AFTER.match(after) or _FIELD_BEFORE.search(before)
            held = _roles_span(_OWNER.sub("", role.group("role")) if role else field.group("role"), facts, field=bool(field),
                               to_now=bool(_PERFECT.search(before)),
                               entry_rank=career_starts.profession_named(before + m.group(0) + after),
                               place=title_spans.place_words(_FOR_END.sub("", before)) if role and role.re is _ROLE_AT else title_spans.unit_run(before)
                               ) if role or field else None
            if held is None and role and role.re is _ROLE_BEFORE and (at_role := _ROLE_AT.search(before)):
                # "a senior engineer at the authority for …": the role before the place, at it (session 23)
                role = at_role
                held = _roles_span(_OWNER.sub("", role.group("role")), facts, field=False, to_now=bool(_PERFECT.search(before)),
                                   entry_rank=career_starts.profession_named(before + m.group(0) + after),
                                   place=title_spans.place_words(_FOR_END.sub("", before)))
            if field and _PERFECT.search(before) and (first := field_careers.field_start(field.group("role"), facts)):
                # "worked in respiratory care for …": from the first role of that line of work (session 23)
                today = facts.today
                since = _span(ctx.Entry(first.start, today.year, first.start_month, today.month, "", "", set(), True), facts)
                held = max(held or since, since, key=lambda s: s[1])
            # a credential held ("held my Inspection Authorization", "licensed as a clinical social worker"): from its
            # dated line or the role naming it, the earlier (session 22: :mod:`.credential_durations`)
            cred = creds.credential_phrase(before, role.group("role") if role else None)
            cred_span = creds.credential_span(cred, facts, to_now=bool(_PERFECT.search(before))) if cred else None
            if cred_span is not None and role and joined_roles.register_standing(role.group("role"), facts):
                held = cred_span  # "a Registered Piano Technician": the register's since, not the technician jobs
            elif cred_span is not None:
                held = max(held or cred_span, cred_span, key=lambda s: s[1])
            if held is None:  # a business owned: "I have run my own locksmith shop for …" (session 25: role_paraphrases.py)
                held = paraphrases.owner_span(before, facts, to_now=bool(_PERFECT.search(before)))
            if held is None and role:  # "a senior reviser" for "Réviseure principale" (session 27, ground87)
                held = ranked_role_span(_OWNER.sub("", role.group("role")), facts, to_now=bool(_PERFECT.search(before)))
            if held is None and (lead := _LEADING.search(before)):
                held = _lead_span(facts, to_now=bool(_PERFECT.search(before)), obj=lead.group("obj") or "")
            if held is None:  # a role family, an office, an activity, a section, a function done, a glossed grade
                held = scopes.bind(role.group("role") if role else None, field.group("role") if field else None,
                                   before, facts, to_now=bool(_PERFECT.search(before))) or paraphrases.bind(
                    role.group("role") if role else None, before, facts, to_now=bool(_PERFECT.search(before)))
            if held is not None:
                (lo, hi), part_of_stay = held, True  # a role may be part of a longer stay: only overstated is flagged
            else:
                # the field: the clause after the duration ("… in B2B SaaS sales"), and before it
                # ("worked in central government for over ten years")
                field_clause = re.match(r"[^,.;:]*", after).group(0) + " " + re.split(r"[,.;:]", before)[-1]
                spans = _stated(ctx.content_words(field_clause), facts) if field_clause.strip() else []
                if not spans and _INDUSTRY.match(after) and facts.history:
                    # "a decade of industry experience": the dated history from its first entry, or any
                    # length of experience the resume states itself
                    spans = [_career(facts)] + [(c.low, c.high) for ln in facts.lines if "experience" in ln.lower()
                                                for c, _ in claims(ln)]
                began = _BEGAN_IN.match(after)
                if not spans and began and facts.history:
                    # "nearly two decades, beginning with my apprenticeship in 2007": from that year to today (the
                    # year itself is the date check's)
                    spans = [_span(ctx.Entry(int(began.group("y")), facts.today.year, None, None, "", "", set(), True),
                                   facts)]
                if not spans:
                    continue
                lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
        taken.append((claim.start, claim.end))
        if (began := career_starts.start_span(after, facts)) and hi <= claim.low:
            # "a social worker for more than thirteen years, beginning in child welfare": from the entry the start
            # names to the career's last (session 22)
            lo, hi = min(lo, _union(list(began), facts)[0]), max(hi, _union(list(began), facts)[1])
        if hi <= claim.low or (lo > claim.high and not part_of_stay):  # a part of a stay may be shorter
            flags.append(Flag("date", claim.start, claim.end, m.group(0),
                              "Your resume's dates give another length of time for this."))


#: The start of a stay after its length: "… since finishing my degree at X", "… after leaving X" (session 15).
_SINCE_LEAVING = re.compile(r"(?i)\b(?:since|after)\s+(?:finishing|completing|graduating|leaving|qualifying|"
                            r"earning|obtaining|getting|my\s+(?:graduation|degree))\b")
#: A career's start named after its length: ", beginning with my apprenticeship in 2007", ", starting as a
#: trainee in 2015", "… since 2009" (session 15).
_BEGAN_IN = re.compile(r"[^.;]*?\b(?:beginning|starting|started|began|since)\b[^.;]*?\b(?P<y>(?:19|20)\d\d)\b")
#: The role of a duration: "I have been a site manager for …", "worked as a dental hygienist for …"
#: (before it) or "… as a senior lecturer", "… of experience as a licensed occupational therapist" (after it).
_ROLE_BEFORE = re.compile(r"(?i)(?:\b(?:been|am|was|worked|working|served|serving|employed)\s+(?:as\s+)?|\bas\s+)(?:(?:an?|the)\s+|"
                          # no article: "I have been head brewer for …"; a preposition opens a field ("worked in …")
                          r"(?!(?:in|at|with|on|for|from|to|there|here|part|full|self|working|employed|serving|practi[cs]ing|based|living|"
                          r"active|involved|busy)\b))"
                          r"(?P<role>(?:[\w&'’-]+\s+){0,4}?[\w&'’-]+" + joined_roles.JOINED_TAIL + r")\s+(?:for|over)\s*$")
#: A role held at a place the history does not name as such ("I have been a senior adviser at the water board for …":
#: session 21, set 17): the role's entries.
_ROLE_AT = re.compile(r"(?i)\b(?:been|am|was)\s+(?:an?\s+|the\s+|(?=(?:[\w&'’-]+\s+){0,2}?(?:head|lead|chief|senior|principal|"
                      # a ranked title without an article: "I have been lead technician in the IV room for …" (set 23)
                      r"deputy|assistant|associate|junior|director|manager|supervisor|foreman|coordinator)\b))(?P<role>(?:[\w&'’-]+\s+){0,3}?[\w&'’-]+)\s+"
                      r"(?:at|with|in|on)\s+(?:the\s+|our\s+|my\s+)?[^,.;:]*?\s+(?:for|over)\s*$")
_ROLE_END = r"(?=\s+(?:at|with|in|for|before|after|and|while|when|until|since|on)\b|\s*[,.;:!?(]|\s*$)"
_ROLE_AFTER = re.compile(r"(?i)\s+(?:of\s+(?:[\w-]+\s+){0,2}?experience\s+)?as\s+(?:an?\s+|the\s+)?"
                         rf"(?P<role>(?:[\w&'’-]+\s+){{0,4}}?[\w&'’-]+?){_ROLE_END}")
#: A role named by the noun "role"/"position" after its words: "I have been in a senior design role for …", "I have
#: held the producer role for …" (session 20, set 16's role durations): the words before the noun are the role's.
_ROLE_NOUN_BEFORE = re.compile(r"(?i)\b(?:(?:been|served|serving|worked|working)\s+in|held|holding|occupied|filled)\s+"
                               r"(?:a|an|the|my|this|that)\s+(?P<role>(?:[\w&'’-]+\s+){0,3}?[\w&'’-]+)\s+"
                               r"(?:role|position|post|capacity|job|title|seat)\s+(?:for|over)\s*$")
#: A field before the duration: "I have worked in revenue management for …" (session 20; two words or more, as after).
_FIELD_BEFORE = re.compile(r"(?i)\b(?:been|worked|working|served|serving)\s+in\s+(?:the\s+)?"
                           r"(?P<role>(?:[\w&'’-]+\s+){0,3}?[\w&'’-]+)\s+(?:for|over)\s*$")
#: An owner before a role ("the winery's winemaker", "our company's CFO"): the employer, no word of the role.
_OWNER = re.compile(r"^(?:[\w&-]+\s+){0,3}?[\w&-]+['’]s\s+(?=\S)")
#: "N years in adult social work": a field a history header names (two words or more of it).
_FIELD_AFTER = re.compile(rf"(?i)\s+in\s+(?:the\s+)?(?P<role>(?:[\w&'’-]+\s+){{0,4}}?[\w&'’-]+?){_ROLE_END}")
#: The "for"/"over" a duration follows, cut to read the place before it ("… at the authority for").
_FOR_END = re.compile(r"(?i)\s+(?:for|over)\s*$")
#: A claim that runs to today: "I have been a site manager for …", "I have six years of experience as …".
_PERFECT = re.compile(r"(?i)\b(?:have|has|am|currently)\b|['’]ve\b")
#: Words that say how a role is held, not which: "a licensed occupational therapist", "a qualified librarian".
_STANDING = frozenset("licensed qualified registered certified fully practising practicing chartered".split())
#: Ranks below the plain role: years as an "Assistant Store Manager" are no store manager's (a higher
#: rank held later still counts: a "Senior Lecturer" lectures).
_LOWER_RANKS = LOWER_RANKS
#: Separators between titles written side by side on one header line ("Geolog Junior / Logging Geologist").
_ALTERNATIVES = re.compile(r"\s+/\s+|\s*\|\s*")
_SINCE_RE = re.compile(rf"(?i)\bsince\s+(?:{ctx._MONTH}\s+)?(?P<y>{ctx._YEAR})\b")


def _role_words(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower().replace("’", "'").replace("'s", ""))
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words} - ctx.GENERIC - _STANDING - {
        "a", "an", "the", "of", "and", "for", "in"}


def _translated_role(words: set[str], part: str) -> bool:
    """Every word of an English role is in header ``part`` as written or translated into the CV's language, one
    at least translated ("maintenance manager" for "Responsable Maintenance", "senior associate" for "Asociada
    Senior": :func:`.titles._translated`; session 16, the same reading the title check gives the header)."""
    from careercopilot.writing.grounding.titles import _translated

    theirs = {w for w in re.findall(r"[a-z]+", fold_accents(part).lower()) if len(w) > 2}
    if not theirs or not words:
        return False
    hits = [w in theirs or any(_translated(w, t) for t in theirs) for w in words]
    return all(hits) and not words <= theirs


def _holds(words: set[str], part: str, field: bool) -> bool:
    """Header ``part`` names every word of a role, or of a field by its first six letters ("revenue management" in
    "Revenue Manager de Clúster", session 20)."""
    if field:
        return {w[:6] for w in words} <= {w[:6] for w in _role_words(part)}
    return words <= _role_words(part)


#: A header line of training for a profession, not the profession held: "Ausbildung zum Elektroniker
#: (apprenticeship, industrial electrician)", "Pharmacy Technician Trainee", "Respiratory Therapy Student".
_TRAINING_LINE = re.compile(r"(?i)\b(?:apprentice\w*|trainee\w*|intern(?:ship)?s?|student|ausbildung|lehre|in[ -]training)\b")


def _roles_span(role: str, facts: SourceFacts, *, field: bool, to_now: bool, entry_rank: bool,
                place: set[str] | frozenset[str] = frozenset()) -> tuple[float, float] | None:
    """:func:`role_span` of ``role``; of two roles joined by "and" ("a qualified electrician and technician"), the longer
    of their spans. A role held as qualified or licensed ("a qualified electrician", "a licensed plumber") starts after
    the training for it: its apprenticeship or trainee lines and its entry rank do not count (session 23, set 19)."""
    qualified = bool({w.lower() for w in role.split()} & _STANDING)
    if not field and len(alternatives := joined_roles.alternatives(role)) > 1:
        return joined_roles.either_span(alternatives, facts, to_now=to_now, entry_rank=entry_rank and not qualified,
                                        qualified=qualified, place=place)
    parts = [p for p in re.split(r"\s+(?:and|&)\s+", role) if p.strip()] if not field else [role]
    if len(parts) > 1 and role_entries(role, facts, qualified=qualified):
        # one title with "and" in it, held as written ("Lead Tool and Die Maker", "Funeral Director and Embalmer"):
        # its own span, not the longer one of a part ("die maker" also names the journeyman years; set 20)
        parts = [role]
    spans = [role_span(p, facts, field=field, to_now=to_now, entry_rank=entry_rank and not qualified,
                       qualified=qualified, place=place) for p in parts]
    spans = [s for s in spans if s is not None]
    if len(parts) > 1 and len(spans) < len(parts):
        return None  # one of the roles is held nowhere: the title check's
    return max(spans, key=lambda s: s[1], default=None)


def role_span(role: str, facts: SourceFacts, *, field: bool = False, to_now: bool = False, qualified: bool = False,
              entry_rank: bool = False, place: set[str] | frozenset[str] = frozenset()) -> tuple[float, float] | None:
    """(shortest, longest) years the history gives for ``role`` ("site manager", "adult social work" when
    ``field``), or ``None`` when no header line names all its words (two at least for a field): the header
    lines naming it (with their own date range, else their entry's), minus lines adding a lower rank
    (:data:`_LOWER_RANKS`), plus resume lines that state "<role> since <year>" (a summary's "site manager
    since 2016"). ``to_now`` (the sentence says "I have been …", "I have N years …"): from the first of
    them to today — a later role under another title may still practise it ("Coordinator, Speech &
    Swallowing Unit" after "Speech-Language Pathologist")."""
    held = title_spans.at_place(role_entries(role, facts, field=field, qualified=qualified), set(place), facts)
    if not held:
        return None
    words = _role_words(role)
    if to_now:
        # an earlier entry whose title no English word reads ("看護師") may hold the role too (session 21)
        glossed = scopes.glossed_words(facts)
        # (and, for a profession — ``entry_rank``: "an electrical engineer", "experience as a winemaker", not "the
        # winery's winemaker" — its entry rank: "Engineer-in-Training", "Assistant Winemaker"; session 22)
        # (at the place the sentence names, when it names one: "an inspector at the partnership", session 23)
        first = min(title_spans.at_place(held + [e for e in facts.history if scopes.unread(e, glossed)]
                                         + (career_starts.entry_rank_entries(role, facts) if entry_rank else []),
                                         set(place), facts),
                    key=lambda e: (e.start, e.start_month or 0))
        today = facts.today
        lo, hi = _span(ctx.Entry(first.start, today.year, first.start_month, today.month, "", "", set(), True), facts)
    else:
        lo, hi = _union(held, facts)
    # a length the resume states for the role in one clause ("Registered Respiratory Therapist with 13 years
    # of experience"; not "Civil engineer with 16 years on sites, site manager since 2016")
    for line in facts.lines:
        for clause in re.split(r"[;.]\s|,\s", line):
            if words <= _role_words(clause):
                hi = max([hi] + [c.high for c, _ in claims(clause)])
    return lo, hi


def role_entries(role: str, facts: SourceFacts, *, field: bool = False, qualified: bool = False) -> list[ctx.Entry]:
    """The history's header lines naming ``role`` (as :func:`role_span` reads them: each with its own date range,
    else its entry's), plus "<role> since <year>" lines; empty when none does."""
    words = _role_words(role)
    if not words or (field and len(words) < 2):
        return []
    lower = set() if field else _LOWER_RANKS - words  # (an assistant quantity surveyor works in quantity surveying)
    acronyms = creds.initials(role) & words  # "lead PTA" for "Lead Physical Therapist Assistant" (session 22)
    held: list[ctx.Entry] = []
    for e, study in zip(facts.history, facts.study_entries, strict=True):
        if study and not field:
            continue  # a degree's dated entry is no role held ("BSc (Hons) Paramedic Science, 2013 – 2016": session 22)
        for line in e.header.splitlines():
            undated = ctx.RANGE_RE.sub(" ", line).strip(" |-–—\t")  # (a date-first line: the title after the dates)
            # a line of two titles ("Geolog Junior / Logging Geologist"): the rank word is the other title's
            if not any((_holds(words - creds.spelled(acronyms, part), part, field) or _translated_role(words, part)
                        or (not field and phrase_translated(role, part))  # "head chef" / "Jefe de Cocina" (session 27)
                        or creds.glossed(words, part, facts.text))
                       and not _rank_words(part) & lower - set().union(*creds.spellings(acronyms, part).values())
                       for part in [undated, *_ALTERNATIVES.split(undated)]):
                continue
            if qualified and (_TRAINING_LINE.search(line) or creds.other_standing(role, line)):
                continue  # "as a qualified electrician": not the apprenticeship for it (session 23), nor an LPN's years
            if ctx.RANGE_RE.search(line):
                start, end, sm, em, present = ctx._line_span(line, facts.today.year)
                held.append(ctx.Entry(start, end, sm, em, line, line, set(), present))
            elif not title_spans.dated_by_credential(e):  # (a headline under a licence's "since": no date of its own)
                held.append(e)
    if not held:
        return []
    if field:  # a field is practised over the whole stay at an employer naming it (session 20)
        held += title_spans.same_stay(held, facts)
    for line in facts.lines:
        since = _SINCE_RE.search(line)
        if since and words <= _role_words(line[:since.start()].rsplit(";", 1)[-1].rsplit(",", 1)[-1]):
            held.append(ctx.Entry(int(since.group("y")), facts.today.year, None, None, "", "", set(), True))
    return held
