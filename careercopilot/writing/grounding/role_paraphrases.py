"""Durations of a role the sentence names by paraphrase (session 25, ground61; set 21's date misses): "I have owned
my own reporting firm for …" for "Owner / Freelance Certified Reporter | March 2018 – Present", "I have run my own
locksmith shop for …" for "Maumee Lock & Safe LLC (owner)", "I have inspected apiaries for the state for …" for
"Regional Apiary Inspector", "a journeyman chimney sweep" for "Schornsteinfegergeselle (journeyman)". Each reader
returns ``(shortest, longest)`` years of the history entries it binds, ``None`` when the sentence holds no such
paraphrase; :func:`.durations.check_durations` flags only an overstated length against them (a part of a stay may be
shorter).

* **ownership** — "owned / run / ran / had my own <business>", "owned <employer>", "been self-employed", "freelanced",
  "worked for myself", "been my own boss" (:data:`OWNER_CLAIM`): the entries whose header (title or employer line)
  marks ownership (:data:`OWNER_HEADER`: Owner, Proprietor, Founder, Self-employed, Freelance, "(own firm)",
  "eigener Betrieb", "Inhaber" …); of them, those naming the words of the owned thing when one does ("my own courier
  company, Saguaro Same-Day" → the "Owner, Saguaro Same-Day Courier LLC" entry). A resume that marks no ownership
  anywhere gives no span for it: ``(0, 0)``, so any length is flagged — an unsupported duration of a role never held.
* **a function done** — "I have inspected apiaries for …", "I have repaired boilers for …" (a perfect-tense verb
  that is no stay: :data:`_DONE_CLAIM`): the entries whose text holds the verb's stem ("Regional Apiary Inspector",
  "• Inspect ~1,900 colonies"), from the first of them (:func:`done_span`), as :func:`.duration_scopes.activity_span`
  reads "I have been inspecting …".
* **a grade glossed beside a title in another language** — "a journeyman chimney sweep" for "Schornsteinfegergeselle
  (journeyman)": a header line whose English gloss holds the role's grade word and whose title shares a root of
  eight letters or more with a title the resume glosses with the role's other words ("Bezirksschornsteinfegermeister
  (district master chimney sweep)": "schornsteinfeger") (:func:`glossed_grade_span`).
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding import context as ctx
from careercopilot.writing.grounding.duration_scopes import Span, _span_of
from careercopilot.writing.grounding.facts import SourceFacts
from careercopilot.writing.grounding.text import fold_accents

#: A header marking its holder as the owner (title or employer line), accents folded. Source: the owner titles of
#: US/UK resumes (Owner, Co-owner, Owner-operator, Proprietor, Founder, Self-employed, Freelance, Sole trader/proprietor,
#: Independent contractor/consultant, Private practice) and their usual forms in the set languages — German Inhaber(in),
#: eigener Betrieb, selbst(st)ändig; Spanish/Portuguese propietario/a, proprietario/a, dueño/a, fundador(a), autonomo/a;
#: French proprietaire, fondateur/fondatrice, independant(e); Dutch eigenaar, zelfstandig(e), eigen bedrijf; Italian
#: titolare; Norwegian/Swedish/Danish innehaver/innehavare/indehaver, eier/ejer, egen bedrift/firma (written by hand,
#: session 25; not checked against a published list).
OWNER_HEADER = re.compile(
    r"(?i)\b(?:(?:co-?)?owners?(?:[- ]operator)?|proprietor|proprietress|(?:co-?)?founders?|founding\s+(?:partner|director)"
    r"|self[- ]employed|freelanc\w*|sole\s+(?:trader|proprietor\w*|practitioner)|independent\s+(?:contractor|consultant|"
    r"practitioner|practice)|private\s+practice|own\s+(?:firm|business|company|practice|shop|studio|agency|consultancy|"
    r"workshop|clinic)|inhaber(?:in)?|eigene[rsn]?\s+(?:betrieb|firma|praxis|unternehmen|werkstatt)|selbst(?:st)?andige?r?"
    r"|propietari[oa]s?|proprietari[oa]s?|duen[oa]s?|fundador(?:a|es)?|autonom[oa]\b|proprietaire|fondat(?:eur|rice)"
    r"|independant(?:e)?|eigena(?:a)?r|zelfstandige?|eigen\s+bedrijf|titolare|innehav(?:er|are)|indehaver|eier|ejer"
    r"|egen\s+(?:bedrift|firma|virksomhet))\b")
#: A sentence naming its writer as an owner before a duration ("I have owned my own reporting firm for", "I have run
#: my own locksmith shop, Maumee Lock & Safe, for", "I have owned Maumee Lock & Safe for", "I have been self-employed
#: for", "I have worked for myself for", "I have freelanced for"); ``obj``: the words of the thing owned, ``named``:
#: the object of a bare "owned" (a business only when it names one: :func:`_business`).
OWNER_CLAIM = re.compile(
    r"(?i)\b(?:(?:own|owned|owning|run|ran|running|operated|operating|had|having|kept|built|grown|started)\s+"
    r"(?:my|our)\s+own\s+(?P<obj>[^.;:]*?)"
    r"|(?:owned|owning)\s+(?:the\s+)?(?P<named>[^.;:]*?)"
    r"|(?:been|am|was|worked|working|operated|operating)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?P<status>self[- ]employed|"
    r"freelancer?|independent\s+(?:contractor|consultant|practitioner)|(?:co-?)?owner(?:[- ]operator)?|proprietor|"
    r"(?:co-?)?founder|sole\s+(?:trader|proprietor))\b(?:\s+(?:of|at)\s+(?P<of>[^.;:]*?))?[^.;:]*?"
    r"|(?P<self>freelanced|(?:worked|working|been\s+in\s+business)\s+for\s+myself|been\s+my\s+own\s+boss))"
    r"\s*,?\s+(?:for|over)\s*$")
#: Nouns of a business owned ("my own reporting firm", "my own locksmith shop"), not of work held ("my own projects").
_BUSINESS_NOUN = re.compile(r"\b(?i:business|firm|company|shop|practice|agency|studio|consultancy|workshop|clinic|"
                            r"salon|store|restaurant|cafe|bakery|farm|garage|office|outfit|venture|enterprise|operation|"
                            r"brand|label)\b|\b(?:LLC|Ltd|Inc|GmbH|AS|SA|BV)\b")
#: Words of an owned thing that name no business in particular ("my own firm", "our own shop").
_GENERIC_BUSINESS = ctx.content_words("business businesses firm firms company companies shop shops practice practices "
                                      "agency studio outfit operation venture enterprise own")


def _business(m: re.Match, facts: SourceFacts) -> bool:
    """The claim names a business owned: a status ("self-employed", "owner of"), "my own <business noun>" or "my own"
    with a name, or a bare "owned" whose object is a business noun or an employer a history header names."""
    if m.group("status") or m.group("self"):
        return True
    obj = m.group("obj") if m.group("obj") is not None else m.group("named")
    if _BUSINESS_NOUN.search(obj) or (m.group("obj") is not None and re.search(r"\b[A-Z]", obj)):
        return True
    words = ctx.content_words(fold_accents(obj))
    return bool(words) and any(words <= ctx.content_words(fold_accents(org)) for org in facts.entry_orgs)


#: Titles an owner often holds without saying so: the head of a firm ("Principal, Rowe Design Studio", "Managing
#: Director", "Geschäftsführer", "Gérant"), a partner, a contractor or consultant (often on their own account: "1099").
_FIRM_HEAD = re.compile(r"(?i)\b(?:principal|chief\s+executive|ceo|managing\s+director|president|partner|contractor|"
                        r"consultant|1099|"
                        r"geschaftsfuhrer\w*|gerant\w*|directeur\s+general|socio|socia|associe\w*)\b")


def _maybe_owner(facts: SourceFacts) -> bool:
    """A history header names a firm's head (:data:`_FIRM_HEAD`) or an employer named after the resume's writer ("Van
    Damme Translations" for Marie Van Damme; the name: the words before the first comma of the first line)."""
    first = next((ln for ln in facts.text.splitlines() if ln.strip()), "")
    name = {w for w in re.findall(r"[a-z]+", fold_accents(first.split(",")[0]).lower()) if len(w) > 3}
    return any(_FIRM_HEAD.search(fold_accents(e.header)) or name & set(re.findall(r"[a-z]+", fold_accents(e.header).lower()))
               for e in facts.history)


def owner_span(before: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """Years of the owner entries (:data:`OWNER_HEADER`) when ``before`` (the sentence up to its duration) claims
    ownership (:data:`OWNER_CLAIM`; a bare "owned" of a business only, :func:`_business`); of them, those whose
    header names most of the owned thing's words, when one does. ``(0.0, 0.0)`` when the resume marks ownership
    nowhere and names no firm's head nor an employer after its writer (:func:`_maybe_owner`): no span, any length is
    overstated; ``None`` when the sentence claims none, or the resume marks it only outside the dated history (a
    summary's "own business")."""
    m = OWNER_CLAIM.search(before)
    business = bool(m) and _business(m, facts)
    if not m or (m.group("named") is not None and not business):
        return None  # ("I have owned the checkout roadmap for …": a product, no business)
    held = [e for e in facts.history if OWNER_HEADER.search(fold_accents(e.header))]
    if not held:  # ("my own <noun>" naming no business — "my own caseload" — is refused only beside owner entries)
        return (0.0, 0.0) if business and not OWNER_HEADER.search(fold_accents(facts.text)) and not _maybe_owner(
            facts) else None
    want = ctx.content_words(fold_accents(m.group("obj") or m.group("named") or m.group("of") or "")) - _GENERIC_BUSINESS
    if want:
        scored = [(len(want & ctx.content_words(fold_accents(e.header))), e) for e in held]
        best = max(n for n, _ in scored)
        held = [e for n, e in scored if n == best] if best else held
    return _span_of(held, facts, to_now=to_now)


#: A function done, in the perfect, before a duration: "I have inspected apiaries for the state for", "I've repaired
#: boilers for". The verbs of a stay or a profession are read elsewhere (:data:`_NOT_DONE`).
_DONE_CLAIM = re.compile(r"(?i)\b(?:have|has|['’]ve)\s+(?:(?:also|personally|professionally)\s+)?(?P<verb>[a-z]{4,}ed)\b"
                         r"(?P<rest>[^,.;:]*?)\s+(?:for|over)\s*$")
#: Past participles naming a stay, a profession held or a leading post (read by :mod:`.durations`), or no function.
_NOT_DONE = frozenset("worked served lived stayed based employed practised practiced specialised specialized focused "
                      "volunteered owned led headed managed directed coordinated supervised overseed trained "
                      "studied qualified licensed certified registered contracted consulted freelanced "
                      "remained continued spent used helped supported".split())


def _participle_stem(verb: str) -> str:
    """"inspected" → "inspect", "planned" → "plan", "operated" → "operat", "graded" → "grad"."""
    base = verb.lower()[:-2]
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        base = base[:-1]
    return base


def done_span(before: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """Years of the entries whose text holds a word beginning with the stem of the perfect-tense verb before a duration
    (:data:`_DONE_CLAIM`: "inspected" → "Regional Apiary Inspector"); ``None`` for no such verb, a verb of
    :data:`_NOT_DONE`, a stem under four letters or no entry holding it."""
    m = _DONE_CLAIM.search(before)
    if not m or m.group("verb").lower() in _NOT_DONE:
        return None
    stem = _participle_stem(m.group("verb"))
    if len(stem) < 4:
        return None
    held = [e for e in facts.history if any(w.startswith(stem) for w in re.findall(r"[a-z]+", e.text.lower()))]
    # the thing the function is done on, named by a header: "I have delivered radiotherapy professionally for …" is
    # done in «AHEPA …, Radiotherapy Department | Radiation Therapist | 07/2010 – 08/2012» as well as where a bullet
    # says "Delivered …" (ground121, set 26)
    obj = _object_words(m.group("rest"))
    held += [e for e in facts.history if e not in held and obj and obj <= {
        w[:6] for w in re.findall(r"[a-z]+", fold_accents(e.header).lower()) if len(w) >= 4}]
    return _span_of(held, facts, to_now=to_now)


#: Where a function's object ends: a preposition, an adverb of manner ("professionally"), a conjunction.
_OBJECT_END = re.compile(r"(?i)\b(?:for|at|in|on|with|to|from|across|and|or|as|since|while|throughout)\b|\b\w+ly\b")


#: Units of work an object counts, not what it is about ("radiology examinations": the field is "radiology").
_WORK_UNITS = frozenset(w[:6] for w in "examinations exams sessions procedures cases treatments services projects jobs "
                        "tasks visits calls orders patients clients assessments evaluations studies scans".split())


def _object_words(rest: str) -> set[str]:
    """The first six letters of the object's words of four letters or more ("radiotherapy" of " radiotherapy
    professionally"; "boilers" of " commercial boilers for the city"), up to three words, units of work
    (:data:`_WORK_UNITS`) left out; empty when none."""
    head = _OBJECT_END.split(rest, maxsplit=1)[0]
    words = [w for w in re.findall(r"[a-z]+", fold_accents(head).lower()) if len(w) >= 4 and w not in ctx.GENERIC]
    return {w[:6] for w in words} - _WORK_UNITS if 0 < len(words) <= 3 else set()


#: A title in another language with its English gloss in parentheses: "Schornsteinfegergeselle (journeyman)",
#: "Bezirksschornsteinfegermeister (district master chimney sweep)".
_GLOSSED_TITLE = re.compile(r"(?P<native>[^\W\d_]{6,})\s*\((?P<en>[A-Za-z][A-Za-z' -]*)\)")
#: The shortest root two compound titles must share ("schornsteinfeger", 16 letters; "verpleegkundige"): eight letters
#: keep apart titles sharing only an affix ("-meister", "bezirks-").
_ROOT = 8


def _shared_root(a: str, b: str) -> bool:
    a, b = fold_accents(a).lower(), fold_accents(b).lower()
    return any(a[i:i + _ROOT] in b for i in range(len(a) - _ROOT + 1))


def glossed_grade_span(role: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """Years of the header lines glossing a word of ``role`` ("journeyman" of "journeyman chimney sweep") beside a title
    in another language whose root (:data:`_ROOT` letters) a title the resume glosses with every other word of the role
    shares ("Bezirksschornsteinfegermeister (district master chimney sweep)"); ``None`` when no line does."""
    words = {w for w in re.findall(r"[a-z]+", role.lower()) if len(w) > 2}
    if len(words) < 2:
        return None
    glosses = [(g.group("native"), set(re.findall(r"[a-z]+", g.group("en").lower())))
               for g in _GLOSSED_TITLE.finditer(facts.text)]
    held = []
    for e in facts.history:
        for line in e.header.splitlines():
            for g in _GLOSSED_TITLE.finditer(line):
                en = set(re.findall(r"[a-z]+", g.group("en").lower()))
                grade, rest = words & en, words - en
                if grade and rest and any(rest <= other_en and _shared_root(g.group("native"), native)
                                          for native, other_en in glosses if native != g.group("native")):
                    held.append(_line_entry(line, e, facts))
    return _span_of(held, facts, to_now=to_now)


def _line_entry(line: str, e: ctx.Entry, facts: SourceFacts) -> ctx.Entry:
    """The header line as an entry of its own dates, else its entry."""
    if ctx.RANGE_RE.search(line):
        start, end, sm, em, present = ctx._line_span(line, facts.today.year)
        return ctx.Entry(start, end, sm, em, line, line, set(), present)
    return e


def bind(role: str | None, before: str, facts: SourceFacts, *, to_now: bool) -> Span | None:
    """After :func:`.duration_scopes.bind`: a function done (:func:`done_span`), then a grade glossed beside a title in
    another language (:func:`glossed_grade_span`); ``role``/``before`` as :func:`.durations.check_durations` read them."""
    held = done_span(before, facts, to_now=to_now)
    return held or (glossed_grade_span(role, facts, to_now=to_now) if role else None)
