"""Duration scopes a history header does not name word for word (session 21, ground22; set 17's misses and their
kind in sets 11–16): a career-wide length whose scope is a role family, an office, an activity or a section of the
history. Each reader returns ``(shortest, longest)`` years of the history entries it binds (``None`` when it binds
none); :func:`.durations.check_durations` flags only an overstated length (a part of a stay may be shorter).

* **a role with a domain word** — "I have been a hotel general manager for …", "I have been an airline first officer
  for …": the header holds the role's core ("General Manager", "First Officer") and the resume says the
  domain elsewhere; leading words of the role are dropped one at a time, never a rank word (:data:`.durations._RANKS`)
  and never below two words (:func:`core_role_span`).
* **an office** — "I chaired the math department for six years", "I served as president of the PTA for …", "I sat on
  the board for …": the entries whose header or bullets name the office ("Department Chair", "Chaired 14-teacher
  math department") (:func:`office_span`).
* **an activity** — "I have been delivering for app platforms for more than nine years", "I have been teaching
  for …": the entries whose text holds the verb's stem ("Food and grocery delivery on DoorDash …") (:func:`activity_span`).
* **a section** — "I have worked in civilian warehouse management for over eight years": the entries under a section
  heading naming a word of the claim ("CIVILIAN EXPERIENCE", up to the next heading) (:func:`section_span`).

Only an overstated length is flagged with these, so a wider binding (more entries) only ever takes flags away; for the
same reason :func:`unread` entries (a title in another script with no English gloss: "看護師") widen a career claim
measured to today (:func:`.durations.role_span`).
"""

from __future__ import annotations

import re

from careercopilot.normalize.resume_fields import heading_of
from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.text import NON_LATIN

Span = tuple[float, float]


def _span_of(entries: list[ctx.Entry], facts: SourceFacts, *, to_now: bool) -> Span | None:
    from careercopilot.writing.grounding.durations import _span, _union

    if not entries:
        return None
    if to_now:
        first = min(entries, key=lambda e: (e.start, e.start_month or 0))
        today = facts.today
        return _span(ctx.Entry(first.start, today.year, first.start_month, today.month, "", "", set(), True), facts)
    return _union(entries, facts)


def core_role_span(role: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """:func:`.durations.role_span` of ``role`` without its leading domain words ("hotel general manager" → "general
    manager"; "airline first officer" → "first officer"), when no header holds the whole role: the first of those
    cores some header holds. A rank word is never dropped ("senior" of "senior hotel manager"), at least two words
    stay ("hotel manager" is not cut to "manager")."""
    from careercopilot.writing.grounding.durations import _RANKS, _role_words, role_span

    words = role.split()
    for cut in range(1, len(words)):
        dropped, core = words[:cut], words[cut:]
        if {w.lower() for w in dropped} & _RANKS or len(_role_words(" ".join(core))) < 2:
            return None
        held = role_span(" ".join(core), facts, to_now=to_now)
        if held is not None:
            return held
    return None


#: An office held, by its verb or noun, and the words a resume line gives it ("Department Chair", "Chaired 14-teacher
#: math department", "President, Parent-Teacher Association", "Board member"). Sources: Robert's Rules of Order
#: (chair, president, secretary, treasurer), the usual board titles (trustee, director, member of the board).
_OFFICES = {
    "chair": ("chair", "chairs", "chaired", "chairing", "chairman", "chairwoman", "chairperson", "convenor", "convener"),
    "president": ("president", "presided", "presiding"),
    "board": ("board", "trustee", "trustees", "governor", "governors"),
    "committee": ("committee", "council", "commission"),
    "treasurer": ("treasurer",),
    "secretary": ("secretary",),
}
_OFFICE_RE = re.compile(
    r"(?i)\b(?:(?P<chair>chaired|co-chaired|chair(?:ing)?|convened)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?"
    r"|(?P<presided>presided|presiding)\s+over\s+"
    r"|(?:been|served|serving|sat|sit|sitting|was|were|acted|acting)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<office>chair|chairman|chairwoman|chairperson|co-chair|president|treasurer|secretary|trustee|convenor)"
    r"(?:\s+(?:of|on|for)\s+)?"
    r"|(?:sat|sit|sitting|served|serving|been)\s+on\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w&'’-]+\s+){0,3}?"
    r"(?P<seat>board|committee|council|commission)\b)"
    r"(?:[^,.;:]*?)\s+(?:for|over)\s*$")


def office_span(before: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """Years of the entries whose header or bullets name the office the clause before a duration holds ("chaired
    the Ridgeview math department for" → the "Department Chair" entry); ``None`` when the clause holds no office or
    no entry names it."""
    m = _OFFICE_RE.search(before)
    if not m:
        return None
    if m.group("chair"):
        office = "chair"
    elif m.group("presided"):
        office = "president"
    elif m.group("seat"):
        office = {"board": "board"}.get(m.group("seat").lower(), "committee")
    else:
        word = m.group("office").lower()
        office = next(k for k, forms in _OFFICES.items() if word.replace("co-", "") in forms or word == k)
    forms = set(_OFFICES[office])
    held = [e for e in facts.history if forms & set(re.findall(r"[a-z]+", e.text.lower()))]
    return _span_of(held, facts, to_now=to_now)


#: "been/spent … <verb>ing" before the duration: an activity, not a title ("I have been delivering for app platforms
#: for …", "I have been teaching for …", "spent … driving").
_ACTIVITY_RE = re.compile(r"(?i)\b(?:been|spent\s+(?:my\s+time\s+)?)\s+(?P<verb>[a-z]{3,}ing)\b(?P<rest>[^,.;:]*?)\s+(?:for|over)\s*$")
#: Gerunds that say how long, not what: "been working", "been employed" name no activity of their own.
_NOT_ACTIVITY = frozenset("working being living doing serving going getting making having employing based".split())


def _verb_stem(gerund: str) -> str:
    """"delivering" → "deliver", "driving" → "driv", "running" → "run", "teaching" → "teach"."""
    base = gerund.lower()[:-3]
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        base = base[:-1]
    return base


def activity_span(before: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """Years of the entries whose text (header and bullets) holds a word beginning with the activity's stem
    ("delivering" → "Food and grocery delivery on DoorDash …", "teaching" → "Teacher"); ``None`` for no activity,
    a stem under four letters or no entry holding it."""
    m = _ACTIVITY_RE.search(before)
    if not m or m.group("verb").lower() in _NOT_ACTIVITY:
        return None
    stem = _verb_stem(m.group("verb"))
    if len(stem) < 4:
        return None
    held = [e for e in facts.history if any(w.startswith(stem) for w in re.findall(r"[a-z]+", e.text.lower()))]
    return _span_of(held, facts, to_now=to_now)


#: Section words that scope a career: "civilian", "military", "teaching", "clinical", "industry", "academic",
#: "volunteer", "consulting", "research", "freelance" (the headings resumes split their history under).
_SECTION_WORD = re.compile(r"(?i)\b(?P<w>civilian|military|teaching|clinical|industry|industrial|academic|volunteer|"
                           r"consulting|research|freelance|corporate|private[- ]sector|public[- ]sector|"
                           r"government|nonprofit|non-profit|overseas|international)\b")


def _sections(facts: SourceFacts) -> list[tuple[int, str]]:
    """``(line index, heading)`` of the resume's section headings in order."""
    out = []
    for i, line in enumerate(facts.text.splitlines()):
        # (a heading with its organisation after it: "MILITARY EXPERIENCE — U.S. Army, 92A … | July 2000 – …")
        lead = re.split(r"\s[—–|-]\s|:", line, maxsplit=1)[0].strip()
        letters = [c for c in lead if c.isalpha()]
        if heading_of(line) is not None or (len(letters) > 3 and all(c.isupper() for c in letters)
                                            and not line.startswith((" ", "\t"))):
            out.append((i, line))
    return out


def section_span(clause: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """Years of the entries under a section heading naming a section word of ``clause`` ("civilian warehouse
    management" → the entries under "CIVILIAN EXPERIENCE", up to the next heading); ``None`` when the clause has
    no such word or no heading names it."""
    m = _SECTION_WORD.search(clause)
    if not m:
        return None
    word = m.group("w").lower()[:6]
    lines = facts.text.splitlines()
    heads = _sections(facts)
    held = []
    for n, (i, heading) in enumerate(heads):
        if word not in heading.lower():
            continue
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        block = "\n".join(lines[i:stop])
        held += [e for e in facts.history if e.text and e.text in block]
    return _span_of(held, facts, to_now=to_now)


def bind(role: str | None, field: str | None, before: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """The first binding of a duration's scope no header names word for word: the role's core, an office, an
    activity, a section (see the module doc); ``role``/``field`` as :func:`.durations.check_durations` read them,
    ``before`` the sentence up to the duration."""
    held = core_role_span(role, facts, to_now=to_now) if role else None
    held = held or office_span(before, facts, to_now=to_now) or activity_span(before, facts, to_now=to_now)
    return held or section_span(field or role or before, facts, to_now=to_now)


#: A word and the English gloss in parentheses after it (a word in another script — CJK, Cyrillic, Greek, Arabic,
#: Thai …: :data:`.text.NON_LATIN`; Vietnamese and other Latin letters with marks are read).
_NATIVE_WORD = re.compile(r"[^\s()（）|•·,;/—–-]+(?P<gloss>\s*[(（][^()（）]*[A-Za-z][^()（）]*[)）])?")


def unread(e: ctx.Entry, glossed: frozenset[str] = frozenset()) -> bool:
    """The entry's header names no title in English (:data:`.entities.TITLE_HEADS`) and holds a word in another
    script with no English gloss after it ("関西医療センター (Kansai
    Medical Center) 救急外来 看護師": "看護師" unglossed): its title may be any role, read by no English word (session 21,
    set 14: "I have been a registered nurse for more than fifteen years" since a first job written "看護師"). ``glossed``:
    the words the resume glosses somewhere else (:func:`glossed_words`: "株式会社みなと物流" glossed on the entry above)."""
    from careercopilot.writing.grounding import entities as ent

    if re.search(rf"(?i)\b(?:{ent.TITLE_HEADS})s?\b", e.header):
        return False  # a title read in English ("Α' Μηχανικός (Chief Engineer), Ε/Γ ΑΣΤΕΡΙ …": the ship's name unread)
    return any(not m.group("gloss") and NON_LATIN.search(m.group(0)) and m.group(0) not in glossed
               for line in e.header.splitlines()
               for m in _NATIVE_WORD.finditer(ctx.RANGE_RE.sub(" ", line)))


def glossed_words(facts: SourceFacts) -> frozenset[str]:
    """Words in another script the resume glosses in English somewhere (:func:`.facts.native_glosses`), and each
    space-separated piece of them."""
    from careercopilot.writing.grounding.facts import native_glosses

    natives = [n for n, _ in native_glosses(facts.text)]
    return frozenset(natives + [p for n in natives for p in n.split()])
