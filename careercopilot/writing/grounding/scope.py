"""Inflated scope without a number: unit-level work restated at the reach of a whole organisation,
a country or the world ("rolled out company-wide", "adopted across all product teams", "led the
whole engineering team", "a global rollout") when the resume describes a pilot, one team or one site.

A **scope claim** is a phrase of one of these shapes (the phrasing of cover letters and resumes:
"company-wide", "organization-wide", "enterprise-wide", "across the business", "throughout the
organization", "adopted by every team", "the entire department", "global launch"):

==================  ==========================================================  =====================
shape               examples                                                    reach
==================  ==========================================================  =====================
``-wide``           company-wide, firmwide, system-wide, nationwide, worldwide  its noun
across/throughout   across the organization, throughout the entire company      its noun
entire/whole        the entire radiology department, the whole library staff    its noun
all/every/each      every store, all of our clinics, all 40 locations           organisation
adoption            adopted by every team, rolled out to all product teams      organisation
geographic          global rollout, national launch, deployed internationally   world / nation
leadership          led the whole team, I head the payments department          team / department
==================  ==========================================================  =====================

Each claim has a *dimension* (``org`` or ``geo``) and a *level* (``org``: 1 team, 2 department
or division — also "the engineering organization", a discipline's part of a company —, 3 the
organisation or all of its sites; ``geo``: 3 state, 4 nation, 5 world). A claim is backed when a
resume line makes a claim of the same dimension at the same or a higher level about the same
thing — sharing a content word with the sentence, scope words and verbs of leading or spreading
left out ("rolled Okta out across the whole company" for "Led the company-wide rollout of Okta") —
or names the same organisation noun with a scope word (the earlier rule: "across every clinic"
for "all 4 clinics"). A leadership claim ("led the whole engineering team", "I head the payments
department") is backed by a resume line that leads that unit: a leading word (led, manage,
supervise, head, chair; Manager, Director, Lead …) with the same unit noun and its modifier.

Not claims: the reader's organisation ("your whole organization"), wishes ("I would love to
help every team") and neutral verbs with a team ("I thanked the whole team").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careercopilot.writing.grounding.context import content_words
from careercopilot.writing.grounding.text import WORD_NUMBERS

#: Organisation nouns a scope word quantifies (singular and plural).
ORG_NOUNS = (r"(?:company|compan(?:y|ies)|organi[sz]ations?|orgs?|enterprises?|firms?|business(?:es)?|hospitals?|"
             r"health\s+systems?|networks?|districts?|schools?|campus(?:es)?|offices?|practices?|stores?|"
             r"branch(?:es)?|locations?|sites?|clinics?|facilit(?:y|ies)|warehouses?|plants?|regions?|divisions?|"
             r"agenc(?:y|ies)|operations|fleets?|chains?|portfolios?|territor(?:y|ies)|accounts|markets|countries|"
             r"brands|business\s+units|product\s+lines|lines\s+of\s+business|hotels?|restaurants?|cent(?:er|re)s|"
             r"propert(?:y|ies)|outlets|depots|laborator(?:y|ies)|labs|pharmac(?:y|ies)|banks?)")
#: Units inside an organisation that "all"/"every" spreads over only with an adoption verb
#: ("adopted by every team"; "I collaborate with all teams" is no reach claim).
_UNIT_NOUNS = r"(?:teams|squads|groups|units|departments|functions|pods|tribes|crews|shifts)"
_UNIT_ONE = r"(?:team|squad|group|unit|pod|tribe|crew|shift)"
#: Whole-organisation "-wide" words and the level they claim.
_WIDE_LEVEL = {"company": 3, "corporate": 3, "organisation": 3, "organization": 3, "org": 3, "enterprise": 3,
               "firm": 3, "business": 3, "group": 3, "system": 3, "network": 3, "agency": 3, "district": 3,
               "chain": 3, "fleet": 3, "portfolio": 3, "bank": 3, "hospital": 3, "campus": 3, "school": 3,
               "office": 2, "practice": 2, "division": 2, "department": 2, "region": 2, "plant": 2, "site": 2,
               "store": 2}
_GEO_LEVEL = {"world": 5, "global": 5, "international": 5, "multinational": 5, "nation": 4, "national": 4,
              "country": 4, "state": 3}
_VERB_LEAD = (r"(?:lead|leads|led|leading|head|heads|headed|heading|run|runs|ran|running|manage|manages|managed|"
              r"managing|direct|directs|directed|directing|oversee|oversees|oversaw|overseeing|supervise|supervises|"
              r"supervised|supervising|chair|chairs|chaired|chairing|own|owns|owned)")
_VERB_SPREAD = (r"(?:adopt\w*|roll(?:ed|s|ing)?\s+(?:\S+\s+){0,4}?out|rollout|deploy\w*|implement\w*|standardi[sz]\w*|"
                r"scal(?:e|ed|es|ing)|expand\w*|extend\w*|launch\w*|introduc\w*|used|uses|using|mandat\w*|spread\w*|"
                r"migrat\w*|install\w*|institut\w*|embed\w*|(?:became|become|becomes|is|are|was|were)\s+(?:the\s+|a\s+)?"
                r"(?:standard|norm|default|template|model|requirement))")
_DET = (r"(?:the|our|its|their|my|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s|[A-Z][\w&.-]*s['’]"
        # "the group's hotels", "Morrisons' stores": a possessive organisation before the noun
        r"|the\s+(?:company|group|firm|chain|bank|organi[sz]ation|business|trust|network)['’]s)")
_NAMED = r"(?-i:(?:(?:[A-Z][\w&.-]*|&)(?:['’]s)?\s+){1,5})"

_WIDE_RE = re.compile(r"(?i)\b(?P<w>" + "|".join(sorted({*_WIDE_LEVEL, "organi[sz]ation", "nation", "world", "state",
                                                          "country"}, key=len, reverse=True))
                      + r")(?:[- ]?wide)\b"
                      # any other noun hyphenated to "-wide" ("facility-wide", "unit-wide"), not the industry's
                      r"|\b(?P<any>(?!(?:industry|sector|market|field|profession)-)[a-z]{3,})-wide\b")
_ACROSS_RE = re.compile(
    r"(?i)\b(?:across|throughout)\s+(?:all\s+(?:of\s+)?|every\s+|each\s+)?(?:" + _DET + r"\s+)?(?:(?:entire|whole)\s+)?"
    r"(?P<mod>(?:[\w-]+\s+){0,3}?|" + _NAMED + r")(?P<n>" + ORG_NOUNS + r")\b")
_ENTIRE_RE = re.compile(
    r"(?i)\b(?:(?P<det>the|our|its|their|my|your|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s)\s+)?(?:entire|whole|full)\s+"
    r"(?P<mod>(?:[\w-]+\s+){0,3}?|" + _NAMED + r")(?P<n>" + ORG_NOUNS
    + r"|departments?|divisions?|staff|workforce|functions?|" + _UNIT_ONE + r")\b")
_ALL_RE = re.compile(
    r"(?i)\b(?:every|all\s+(?:of\s+)?(?:the|our|its|their)|each)\s+(?P<mod>(?:[A-Z][\w-]*\s+){0,2})(?P<n>" + ORG_NOUNS
    + r")\b|\ball\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?P<mod2>(?:[\w-]+\s+){0,2})(?P<n2>operations)\b"
    r"|(?-i:(?P<name>[A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*){0,4}))\s+as\s+a\s+whole\b"
    r"|\bthe\s+(?P<n3>company|organi[sz]ation|business|firm|bank|hospital|district|chain)\s+as\s+a\s+whole\b")
_ADOPT_RE = re.compile(
    r"(?i)\b(?:by|to|across|in|for|throughout|among|on)\s+(?:every\s+|all\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:\d[\d,]*\s+)?|each\s+)(?P<mod>(?:[\w-]+\s+){0,2}?)(?P<n>" + _UNIT_NOUNS + r"|" + _UNIT_ONE + r")\b")
#: "across all of Mercy General's ICUs", "every one of Acme's stores": an organisation's units by name.
_NAMED_ALL_RE = re.compile(
    r"(?i)\b(?:all|each|every\s+one)\s+of\s+(?-i:[A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*){0,4})['’]s\s+"
    r"(?P<mod>(?:[\w-]+\s+){0,2}?)(?P<n>[A-Za-z][\w-]*s)\b")
_GEO_RE = re.compile(
    r"(?i)\b(?P<w>global|worldwide|international|multinational|national|nationwide|countrywide)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<n>roll-?outs?|launch(?:es)?|deployments?|implementations?|expansions?|programs?|programmes?|initiatives?|"
    r"campaigns?|adoption|footprint|scale|reach|releases?|migrations?|standards?|transformations?)\b"
    r"|\b(?P<adv>globally|internationally|nationally|worldwide|nationwide|countrywide|statewide)\b"
    r"|\b(?:across|throughout)\s+the\s+(?P<geo>country|nation|globe|world)\b")
_LEAD_RE = re.compile(
    r"(?i)\b" + _VERB_LEAD + r"\s+(?:" + _DET + r"\s+)?(?:(?:entire|whole|full)\s+)?(?P<mod>(?:[a-z0-9][\w-]*\s+){0,3}?)"
    r"(?P<n>department|division|organi[sz]ation|function|practice|" + _UNIT_ONE + r")\b"
    # the unit is the head of the object: "I own the department budget" leads a budget, not a department
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|on|with|and|through|during|since|from|to|that|which|where|who|as|while|across|"
    r"until|by|into|alongside|under)\b)")
#: Words that make a scope phrase someone else's or hypothetical ("your whole organization",
#: "I would love to help every team").
_NOT_MINE = re.compile(r"(?i)\b(?:your|would|could|might|hope|hoping|want|wish|eager|excited|love\s+to|like\s+to|"
                       r"look(?:ing)?\s+forward|can't\s+wait|plan\s+to|aim\s+to)\b"
                       # a sentence about the posting: "The role's focus on company-wide enablement …"
                       r"|^\s*(?:the|this|that)\s+(?:role|position|posting|opening|job|mission)\b")
#: Scope words and verbs of leading or spreading: not what a claim is about.
_SCOPE_STEMS = content_words(
    "across throughout entire whole full every each company corporate organisation organization org enterprise "
    "wide firm business global international national nationwide worldwide globally nationally rollout rolled roll "
    "out adopted adoption deployed implemented standardized scaled expanded extended launched introduced used "
    "mandated lead leads led leading head headed run ran manage managed direct directed oversee oversaw "
    "supervise supervised chair chaired own owned team teams department division staff function unit "
    # words of organising, not what was organised ("a company-wide town hall on our mentoring program"
    # does not back "my onboarding program was rolled out company-wide")
    "program programme process project initiative effort plan")


@dataclass(frozen=True)
class Claim:
    """A scope phrase ``text[start:end]``: dimension ``dim`` (``org``/``geo``), ``level``, its noun
    (singular, lower case), the noun's modifier words, ``lead`` for a claim of leading a unit."""

    start: int
    end: int
    phrase: str
    dim: str
    level: int
    noun: str
    mods: frozenset[str]
    lead: bool = False


def _singular(noun: str) -> str:
    noun = re.sub(r"\s+", " ", noun.lower())
    for a, b in (("ies", "y"), ("ches", "ch"), ("uses", "us"), ("sses", "ss"), ("s", "")):
        if noun.endswith(a) and noun not in ("business", "operations", "campus", "sales"):
            return noun[: -len(a)] + b
    return noun


def _org_level(noun: str, mods: str) -> int:
    """Level of an organisation noun: 1 a team, 2 a department, a site or a discipline's part of a
    company ("the engineering organization"), 3 the organisation or all of its sites."""
    n = _singular(noun)
    if re.fullmatch(_UNIT_ONE, n):
        return 1
    if n != noun.lower().strip() and n not in ("department", "division", "function"):
        return 3  # a plural: all of the organisation's stores, clinics, sites
    if n in ("department", "division", "function", "practice", "staff", "workforce", "office", "region",
             "territory", "portfolio", "plant", "site", "store", "location", "branch", "clinic", "school", "campus",
             "facility", "warehouse", "account", "operations"):
        return 2
    return 2 if mods.strip() and not re.search(r"[A-Z]", mods) else 3


def claims(text: str) -> list[Claim]:
    """Scope claims of ``text`` (see the module doc), outermost first, non-overlapping."""
    found: list[Claim] = []

    def add(m: re.Match, dim: str, level: int, noun: str, mods: str = "", lead: bool = False) -> None:
        found.append(Claim(m.start(), m.end(), m.group(0), dim, level, _singular(noun),
                           frozenset(content_words(mods)), lead))

    for m in _WIDE_RE.finditer(text):
        if m.group("any"):
            add(m, "org", _org_level(m.group("any"), ""), m.group("any"))
            continue
        w = m.group("w").lower()
        w = "organization" if w.startswith("organi") else w
        if w in _GEO_LEVEL:
            add(m, "geo", _GEO_LEVEL[w], w)
        else:
            add(m, "org", _WIDE_LEVEL.get(w, 3), w)
    for m in _GEO_RE.finditer(text):
        if m.group("w") and m.group("w")[0].isupper() and not re.search(r"(?:^|[.!?:]\s*)$", text[:m.start()]):
            continue  # "National Merit Scholarship Program": a name, not a reach
        w = (m.group("w") or m.group("adv") or m.group("geo")).lower()
        w = re.sub(r"(?:ly|wide)$", "", w).replace("globe", "world").replace("country", "nation")
        w = {"internationa": "international", "nationa": "national", "globa": "global"}.get(w, w)
        add(m, "geo", _GEO_LEVEL.get(w, 4), w)
    for m in _ACROSS_RE.finditer(text):
        if not re.match(r"(?i)\S+\s+(?:all|every|each|\S+\s+(?:entire|whole))\b", m.group(0)) and not re.search(
                r"(?i)\b(?:" + _VERB_SPREAD + "|" + _VERB_LEAD + r")\b", _clause_before(text, m.start())):
            continue  # "I partner with colleagues across the store": reach needs spreading or leading
        if _COUNTED.match(m.group("mod")) and not re.match(r"(?i)\S+\s+(?:all|every|each)\b", m.group(0)):
            continue  # "across nine districts", "across two depots": a count (the numbers check's), not all of them
        add(m, "org", _org_level(m.group("n"), m.group("mod")), m.group("n"), m.group("mod"))
    for m in _ENTIRE_RE.finditer(text):
        if (m.group("det") or "").lower() == "your":
            continue
        level = _org_level(m.group("n"), m.group("mod"))
        if level == 1 and not re.search(r"(?i)\b" + _VERB_LEAD + r"\s+(?:\w+\s+){0,2}$", text[max(0, m.start() - 40):m.start()]):
            continue  # "I thanked the whole team": only leading a whole team claims its reach
        add(m, "org", level, m.group("n"), m.group("mod"), lead=level == 1)
    for m in _ALL_RE.finditer(text):
        add(m, "org", 3, m.group("n") or m.group("n2") or m.group("n3") or "organization",
            m.group("mod") or m.group("mod2") or "")
    for m in _ADOPT_RE.finditer(text):
        if re.search(r"(?i)\b" + _VERB_SPREAD + r"\b", _clause_before(text, m.start())):
            # all teams or departments: the organisation; all shifts, crews or units: one site's
            add(m, "org", 2 if re.match(r"(?i)shift|crew|unit", m.group("n")) else 3, m.group("n"), m.group("mod"))
    for m in _NAMED_ALL_RE.finditer(text):
        if re.search(r"(?i)\b(?:" + _VERB_SPREAD + "|" + _VERB_LEAD + r")\b", _clause_before(text, m.start())):
            add(m, "org", 3, m.group("n"), m.group("mod"))
    for m in _LEAD_RE.finditer(text):
        noun = m.group("n").lower()
        if re.fullmatch(_UNIT_ONE, noun) and not re.search(r"(?i)\b(?:entire|whole|full)\b", m.group(0)):
            continue  # "I led the checkout team": a team lead's claim, checked as a title
        add(m, "org", 1 if re.fullmatch(_UNIT_ONE, noun) else 2, noun, m.group("mod"), lead=True)
    out: list[Claim] = []
    for c in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if _OWN_HISTORY.match(text, c.end):
            continue  # "on every team I've joined", "every company I worked for": each of the user's own
        if not any(c.start < o.end and o.start < c.end for o in out):
            out.append(c)
    return out


#: A count opening the words before an organisation noun ("nine districts", "2 depots", "a dozen sites"): the noun
#: is counted, not spread over (session 20, set 16: "across 9 districts" flagged as a whole-organisation reach).
_COUNTED = re.compile(r"(?i)(?:\d[\d,.]*|a\s+dozen|dozens\s+of|(?:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
                      + r")(?:-\w+)?)\s")


#: A relative clause of the user's own history after the noun: "every team I've been part of".
_OWN_HISTORY = re.compile(r"\s+(?:(?:that|which|where)\s+)?(?:I|I['’]ve|I['’]d|we|we['’]ve)\s+(?:have\s+|had\s+)?"
                          r"(?:been|joined|worked|served|led|managed|supported|belonged)\b")


def _clause_before(text: str, pos: int) -> str:
    return re.split(r"[.;!?]\s", text[max(0, pos - 120):pos])[-1]


def _topic(text: str) -> set[str]:
    return content_words(text) - _SCOPE_STEMS


_LEADER = re.compile(r"(?i)\b(?:" + _VERB_LEAD + r"|manager|director|head|chair|supervisor|lead|leader|chief|vp|"
                     r"vice\s+president|superintendent|foreman|captain)\b")


def _lead_backed(claim: Claim, lines: list[str]) -> bool:
    """A line that leads the claimed unit: a leading word, the unit noun and the claim's modifier."""
    for line in lines:
        low = line.lower()
        if not _LEADER.search(line) or not re.search(rf"\b{re.escape(claim.noun)}", low):
            continue
        if not claim.mods or claim.mods & content_words(line):
            return True
    return False


def supported(claim: Claim, sentence: str, lines: list[str]) -> bool:
    """Whether a resume line backs ``claim`` made in ``sentence`` (see the module doc)."""
    if claim.lead and _lead_backed(claim, lines):
        return True
    topic = _topic(sentence[:claim.start] + " " + sentence[claim.end:])
    for line in lines:
        for have in claims(line):
            if have.dim != claim.dim:
                continue
            if claim.lead and not have.lead:
                continue  # leading a whole unit is backed only by leading one
            if (have.level >= claim.level or have.noun == claim.noun) and topic & _topic(line):
                return True
    return False


def check_scope(text: str, sentence_of, lines: list[str]) -> list[Claim]:
    """Scope claims of ``text`` that no resume line backs; ``sentence_of(pos)`` gives the sentence
    around a position."""
    out = []
    for c in claims(text):
        sentence = sentence_of(c.start)
        base = text.find(sentence, max(0, c.start - len(sentence)))
        local = Claim(c.start - base, c.end - base, c.phrase, c.dim, c.level, c.noun, c.mods, c.lead)
        if _NOT_MINE.search(sentence[:local.start]) or re.match(r"(?i)\s*your\b", c.phrase):
            continue
        if not supported(local, sentence, lines):
            out.append(c)
    return out
