"""Leading work without a title and its length (split from :mod:`.durations`, session 27, ground87): "I have led the
agronomy team for …", "held senior exploration roles for …", "coordinated the stroke unit's physiotherapists for …" —
measured on the history entries whose header holds a leading rank (:data:`LEAD_RANKS`, a cognate in the CV's
language or a translation), not a deputy's.

:func:`lead_span` gives (shortest, longest) years, or ``None`` when no header holds a leading rank.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import credential_durations as creds
from careercopilot.writing.grounding import title_spans
from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.text import fold_accents

#: Ranks below the plain role: years as an "Assistant Store Manager" are no store manager's (a higher
#: rank held later still counts: a "Senior Lecturer" lectures).
LOWER_RANKS = frozenset("assistant associate deputy trainee intern junior jr apprentice student".split())
#: An owner before a role ("the winery's winemaker", "our company's CFO"): the employer, no word of the role.
_OWNER = re.compile(r"^(?:[\w&-]+\s+){0,3}?[\w&-]+['’]s\s+(?=\S)")

#: Leading or senior work without a title: "I have led the agronomy team for …", "held senior exploration roles
#: for …", "run the plant's foreign trade operation for …" (session 15); any object, at an employer or not ("directed
#: the clinic", "managed procurement at X", "supervised line maintenance shifts": session 15, second pass).
LEADING = re.compile(r"(?i)\b(?:(?:led|headed|lead|head|run|ran|managed|directed|coordinated|supervised|overseen)\s+"
                      r"(?P<obj>(?:(?:the|a|an|my|our|its|their|[\w'’-]+['’]s)\s+)?(?:[\w&'’-]+\s+){0,3}?[\w&'’-]+)"
                      r"(?:\s+(?:at|with|for)\s+[^,.;:]*?)?|held\s+(?:a\s+)?(?:[\w&'’-]+\s+){0,2}?(?:senior|lead|leadership|"
                      r"management|managerial|supervisory)\s+(?:[\w&'’-]+\s+){0,2}?(?:role|roles|position|positions|"
                      r"post|posts))\s+(?:for|over)\s*$")
#: Rank words of a leading header, in English or with a cognate in the CV's language ("Coordenadora", "Geolog Senior").
LEAD_RANKS = ("senior", "lead", "head", "chief", "principal", "manager", "director", "coordinator", "supervisor",
               "superintendent", "foreman", "leader")


def lead_span(facts: SourceFacts, *, to_now: bool, obj: str = "") -> tuple[float, float] | None:
    """(shortest, longest) years of the history entries whose header holds a leading rank (:data:`LEAD_RANKS`, or
    a cognate in the CV's language: "Coordenadora", "Vezető gyógytornász (lead physiotherapist)"); ``None`` when no
    header does. ``to_now``: from the first of them to today. ``obj``, what was led ("the fleet", "Collège Les
    Tilleuls", "the New Warraq plant"): the leading entries whose header (title or employer) names most of its words,
    when one does — a plant or unit the header names was led from that entry's start, not from an earlier leading
    role elsewhere (session 20, set 16: "managed the fleet" for "Jefe de Mantenimiento de Flota … desde mayo 2019"
    after "Jefe de Taller")."""
    # (a nested role line under a stay's dated line is led from its own dates: :func:`.credential_durations.leading_lines`)
    # (not the resume's headline dated by a licence line under it: :func:`.title_spans.dated_by_credential`)
    from careercopilot.writing.grounding.durations import _span, _union

    held = [x for e in facts.history if leading(e) and not title_spans.dated_by_credential(e)
            for x in creds.leading_lines(e, facts, leading)]
    want = {w for w in ctx.content_words(fold_accents(_OWNER.sub("", obj)))} - _OBJECT_GENERIC
    if not held:
        # no header leads, a bullet does: "• Coordinadora del Programa … desde mar. 2021" under "Psicóloga clínica"
        held = creds.led_since(want, facts, leading) if want else []
        if not held:
            return None
    held = creds.above_senior(held, leading)  # a "Senior Dispatcher" before the "Supervisor" led nothing (set 22)
    want = {w for w in ctx.content_words(fold_accents(_OWNER.sub("", obj)))} - _OBJECT_GENERIC
    if want:
        scored = [(len(want & ctx.content_words(fold_accents(e.header))), e) for e in held]
        best = max(n for n, _ in scored)
        if best:
            held = [e for n, e in scored if n == best]
        # a leading line over that object since a date ("Coordinadora del Programa … desde mar. 2021", session 22)
        held = creds.led_since(want, facts, leading) or held
    if to_now:
        first = min(held, key=lambda e: (e.start, e.start_month or 0))
        today = facts.today
        return _span(ctx.Entry(first.start, today.year, first.start_month, today.month, "", "", set(), True), facts)
    return _union(held, facts)


#: Words of a led object that name no particular unit ("the team", "our department").
_OBJECT_GENERIC = ctx.content_words("team teams department departments unit units group groups function functions "
                                    "people staff area areas operation operations")
#: Lower ranks in another form than :data:`LOWER_RANKS` (French/Spanish/Italian/Portuguese "adjoint(e)",
#: "adjunto/a", "aggiunto", German "stellvertretend", "vice"): a deputy's line leads nothing (session 20).
_DEPUTY = LOWER_RANKS | frozenset("adjoint adjointe adjunto adjunta aggiunto aggiunta vice stellvertretender "
                                   "stellvertretende sub".split())


def leading(e: ctx.Entry) -> bool:
    """A line of the entry's header holds a leading rank (:data:`LEAD_RANKS`), its cognate in the CV's language or
    its translation (:mod:`.title_words`: "Trưởng nhóm" for "lead"), and no lower rank (:data:`_DEPUTY`: "Principale
    adjointe (Deputy Head)" is no head, session 20)."""
    from careercopilot.writing.grounding.names import cognate
    from careercopilot.writing.grounding.title_words import translates

    for line in e.header.split("\n• ")[0].splitlines():
        title = ctx.RANGE_RE.sub(" ", line)
        words = {w for w in re.findall(r"[a-z]+", fold_accents(title).lower()) if len(w) > 2}
        if words & _DEPUTY:
            continue
        # (a cognate opens with the rank's letter: "coordenadora", "principale"; not "residencial" for "principal" —
        #  "Lar Residencial …", a care home's name, led nothing: session 27, ground87, set 23)
        if any(w == r or (len(w) > 4 and w[0] == r[0] and cognate(r, w)) or translates(r, w)
               for w in words for r in LEAD_RANKS):
            return True
    return False




#: Rank words a ranked role opens with ("senior reviser", "lead technician").
_ROLE_RANKS = frozenset("senior sr lead head chief principal".split())


def ranked_role_span(role: str, facts: SourceFacts, *, to_now: bool) -> tuple[float, float] | None:
    """(shortest, longest) years of a ranked role no header names word for word because its rank is written in the
    CV's language ("a senior reviser" for "Réviseure principale, équipe juridique | avril 2019 – aujourd'hui"): the
    header lines naming the role without its rank words (:func:`.durations.role_entries`) that hold a leading rank
    themselves (:func:`leading`: "principale", "Coordenadora"), from the first of them to today when ``to_now``;
    ``None`` when the role has no rank word or no such line (session 27, ground87, set 23)."""
    from careercopilot.writing.grounding.duration_scopes import _span_of
    from careercopilot.writing.grounding.durations import role_entries

    words = role.lower().split()
    if not words or words[0] not in _ROLE_RANKS or len(words) < 2:
        return None
    held = [e for e in role_entries(" ".join(words[1:]), facts) if e.header and leading(e)]
    if not held:  # "a senior landscape architect" for «Senior landschapsarchitect | April 2018 – present» (ground133)
        held = _compound_ranked(words[0], words[-1], facts)
    return _span_of(held, facts, to_now=to_now)


def _compound_ranked(rank: str, head: str, facts: SourceFacts) -> list:
    """History entries whose dated header line writes ``rank`` as a word and the role's ``head`` (5+ letters) inside a
    compound word of the CV's language ("Senior landschapsarchitect", "Senior-Projektingenieur"): the ranked years
    only — a plain "Landschapsarchitect" line before it is the lower rung (session 31, ground133; set 27's "a senior
    landscape architect for more than twelve years" counted from the unranked years, or not read at all)."""
    if len(head) < 5:
        return []
    out = []
    for e in facts.history:
        for line in e.header.splitlines():
            low = fold_accents(line).lower()
            words = re.findall(r"[a-z]+", low)
            if ctx.RANGE_RE.search(line) and rank in words and any(head in w and w != head for w in words):
                out.append(e)
                break
    return out
