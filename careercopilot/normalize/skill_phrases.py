"""Open-vocabulary skills: the object of a requirement or duty named in the posting's or resume's own
words when no taxonomy entry names it (issue 11: labels such as "Fee collection", "Working with
students", "Animal welfare", "Field inspection" are free-form names).

A requirement or duty line names a skill by its grammar, not by a list of skills:

* a **noun cue** and its object — "experience with/in X", "knowledge of X", "familiarity with X",
  "proficiency in X", "expertise in X", "background in X", "trained/skilled/certified in X"
  (:data:`NOUN_CUE`); the object is one noun phrase or a list of them ("color theory, composition,
  and concept development"), or a gerund phrase ("working with students", "normalizing data");
* **years of X experience** — "5 years of prior relevant field inspection experience" (:data:`YEARS_OF`);
* a **verb cue** and its verb phrase — "ability to V O", "able to V O", "responsible for V-ing O"
  (:data:`VERB_CUE`), and a duty clause that opens with a modal and a task verb ("May collect small
  fees", "Will coordinate vendor deliveries") (:data:`OPENING`). A bare opening verb ("Clean grounds…",
  a resume's "Prepared financial plan submissions…") is left to the taxonomy's verb-object forms: every
  resume bullet opens with a verb, and read as open phrases they were mostly not skills (session 22,
  dev study half).

A verb phrase becomes the name a taxonomy would give it: the object's head noun and the verb's
nominalization ("collect small fees" → "fee collection", "manage multiple projects" → "project
management", "normalizing unstructured data" → "data normalization") when the verb is in
:data:`careercopilot.normalize.skill_forms.NOMINAL_VERBS` or :data:`EXTRA_NOMINALS`; other verbs yield
no phrase (a verb and a head noun, "articulating value", was rarely a skill), except "working with X"
("Experience working with students"). An object that names people ("manage junior drafters": the head is
the last word of O*NET person titles) yields none.

When a phrase is **not** a skill (precision rules):

* the taxonomy names something in it or in the rest of the cue's clause ("knowledge of commonly used
  databases, such as SQL": the taxonomy's names win, no second, looser name);
* it is a single word (a common noun alone is a topic: "students", "regulations"), or has a capital
  letter (a name: "New York City government", "Butler University", "eMASS"), or its last word reads
  as an adjective or participle ("comparable legal", "techniques used");
* it follows a pastime cue ("personal experience in sports", :func:`~careercopilot.normalize.skill_context.mask_leisure`);
* its head is a generic noun of prose (:data:`GENERIC_HEADS`: environment, setting, tasks, deadlines,
  expectations, manner, variety, ages, people …) or it has no content word left after trimming
  determiners and vague modifiers (:data:`VAGUE_MODIFIERS`: all, various, multiple, relevant, strong …)
  and generic heads such as "skills", "experience", "knowledge";
* it is longer than :data:`MAX_WORDS` words, has a digit, or sits in a modifier coordination whose
  shared head is written once ("federal, state and international regulations": no part is a phrase);
* the verb is a generic one (:data:`GENERIC_VERBS`: work, be, have, meet, perform, follow, use …) or has
  no nominalization.

Measured (session 22, issue-11 skills labels, dev split by family name): on the studied half the phrases
were 4 of 4 right; on the other half they added 1 prediction, wrong (5 phrases in 183 passages: the
precision rules leave few) — so they are kept apart from the
taxonomy names (``PostingAsks.phrases``, ``PostingSkills.phrases``) and no ranking signal reads them.

Sources: the requirement phrasings of the issue-11 postings (NYC civil-service "Minimum
Qualifications", LinkedIn postings) and resume-writing guides' duty bullets (action verb + object).
"""

from __future__ import annotations

import re

from careercopilot.normalize.skill_forms import NOMINAL_VERBS

__all__ = ["EXTRA_NOMINALS", "GENERIC_HEADS", "MAX_WORDS", "nominal_form", "skill_phrases"]

#: Verbs of requirement and duty lines beyond the taxonomy's nominalizations (base form → noun).
EXTRA_NOMINALS: dict[str, str] = {
    "advise": "advising", "normalize": "normalization", "convert": "conversion", "communicate": "communication",
    "train": "training", "teach": "teaching", "counsel": "counseling", "mentor": "mentoring", "coach": "coaching",
    "negotiate": "negotiation", "prepare": "preparation", "interview": "interviewing", "sort": "sorting",
    "deliver": "delivery", "purchase": "purchasing", "price": "pricing", "label": "labeling",
    "stock": "stocking", "triage": "triage", "dispatch": "dispatch", "translate": "translation",
    "interpret": "interpretation", "transcribe": "transcription", "enter": "entry", "publish": "publishing",
    "assemble": "assembly", "facilitate": "facilitation", "onboard": "onboarding",
    "measure": "measurement", "sanitize": "sanitation", "sterilize": "sterilization", "diagnose": "diagnosis",
}

#: Heads that name no skill: the prose around one ("a supportive environment", "meet deadlines").
GENERIC_HEADS = frozenset("""
environment environments setting settings task tasks duty duties deadline deadlines expectation expectations
manner variety ages age grade grades people person individuals time times way ways thing things need needs
job jobs role roles position positions work assignment assignments level levels area areas field fields
opportunity opportunities information matter matters issue issues result results goal goals part basis
member members staff team teams others other public use variety group groups range kind type types
department departments organization organizations company companies business businesses office offices
year years month months day days hour hours week weeks requirement requirements standard standards
instruction instructions direction directions supervision guidance support help effort efforts activity
activities item items lot lots wide lead leads title titles list lists candidate candidates
trend trends hand hands industry industries sector sectors market markets community communities culture cultures
aspect aspects combination one ones line lines mind minds attitude attitudes personality eye
"""
.split())
#: Heads that name a class of things: a skill only with a modifier ("recruitment software", not "software").
CLASS_HEADS = frozenset("""
service services product products technology technologies tool tools system systems software platform platforms
solution solutions procedure procedures policy policies practice practices method methods process processes
program programs application applications database databases
""".split())
#: Words that modify without naming a field ("all", "various", "multiple", "strong", "relevant").
VAGUE_MODIFIERS = frozenset("""
a an the all any some various multiple several many more most other others such own their our your his her its
this that these those each every relevant related prior previous general basic strong solid good excellent
great proven demonstrated working thorough advanced intermediate intermediate-level entry-level high-level
senior-level hands-on small large new existing complex simple daily weekly monthly different additional
appropriate effective efficient exceptional outstanding superior sound broad deep extensive considerable
minimal professional practical technical specific certain key critical current required preferred
full-time part-time satisfactory personal best one two three four five six seven eight nine ten
""".split())
#: Generic nouns trimmed from a phrase's end ("computer skills" → "computer").
_GENERIC_TAIL = frozenset({"skill", "skills", "experience", "knowledge", "abilities", "ability", "proficiency",
                           "background", "expertise", "familiarity", "understanding", "principles", "techniques",
                           "concepts", "practices"})
#: Verbs of a cue that name no skill by themselves.
GENERIC_VERBS = frozenset("""
be have get make do take meet set follow perform use learn help assist ensure provide support work exceed
keep maintain remain stay adapt apply demonstrate show handle accept complete carry obtain possess become
understand know think read see go come give put lift stand sit walk bend travel attend comply adhere serve
""".split())
#: Longest phrase kept.
MAX_WORDS = 4

_NOMINAL_OF: dict[str, str] = {}
for _noun, _forms in NOMINAL_VERBS.items():
    for _f in _forms:
        _NOMINAL_OF.setdefault(_f, _noun)
for _verb, _noun in EXTRA_NOMINALS.items():
    for _f in (_verb, _verb + "s", _verb + "d" if _verb.endswith("e") else _verb + "ed",
               (_verb[:-1] if _verb.endswith("e") and not _verb.endswith("ee") else _verb) + "ing"):
        _NOMINAL_OF.setdefault(_f, _noun)

_CLAUSE = re.compile(r"[.;!?\n•·▪●]+(?:\s|$)|(?<=[a-z])(?=[A-Z][a-z])|\s[-–—]\s|:\s")
NOUN_CUE = re.compile(
    r"(?i)\b(?:experience|expertise|background|skilled|trained|certified|proficien(?:cy|t)|knowledge|"
    r"understanding|familiarity|familiar|fluency|fluent|competen(?:ce|cy))\s+(?:with|in|of|on)\s+|\b(?:experience|background)\s+(?=working\s+with\b)")
YEARS_OF = re.compile(r"(?i)\byears?\s+of\s+((?:[a-z][\w-]*\s+){1,6}?)experience\b")
VERB_CUE = re.compile(r"(?i)\b(?:ability|able|abilities|willingness|capacity)\s+to\s+|\bresponsible\s+for\s+")
OPENING = re.compile(r"(?i)^\s*(?:[-*–]\s*)?(?:also\s+)?(?:may|will|must|shall|to)\s+(?:also\s+)?(?=[a-z])")
#: Words that end a noun phrase (prepositions, relative words, copulas, cue words of tiers).
_NP_STOP = frozenset("""
in of for to with at on from by as across within including include includes such like during via through into
under over about that which who whom where when while whether is are was were be been being required preferred
necessary desired a-plus plus if using utilizing per than so but not must should will can may including we you they he she it i do does did however also
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\w.-]*|[,/&()]")
_ADJ_END = re.compile(r"(?:al|ive|ous|ic|ful|able|ible|ed|ant|ent|ary|less|ish)$")


#: Nouns written only in the plural ("manage sales" is Sales Management, not "sale management").
_PLURAL_ONLY = frozenset({"sales", "grounds", "goods", "premises", "earnings", "operations", "logistics", "analytics",
                          "statistics", "physics", "ethics", "finances", "proceedings", "communications", "economics",
                          "basics", "electronics", "graphics", "mechanics", "diagnostics", "records", "arts"})
#: Nouns that end like adjectives or participles ("proposal", "heating", "billing").
_NOUNS_LIKE_ADJ = frozenset("""
approval proposal manual rental signal terminal referral appraisal disposal material potential hospital capital
journal principal tutorial arrival removal renewal retrieval trial withdrawal interval animal chemical individual
official professional rehearsal schedule dental medical clinical
heating cooling plumbing billing building training accounting marketing engineering nursing manufacturing housing
banking lending framing roofing welding wiring flooring landscaping catering cleaning coding testing tracking
staffing scheduling planning budgeting bookkeeping counseling tutoring teaching learning processing reporting
printing packaging shipping receiving purchasing pricing editing writing publishing recording lighting casting
objective initiative incentive executive representative narrative directive
""".split())


def _adjective(word: str) -> bool:
    """Whether ``word`` reads as an adjective or participle (suffix rule, :data:`_NOUNS_LIKE_ADJ` excepted)."""
    w = word.lower()
    if w in _NOUNS_LIKE_ADJ or w in _PLURAL_ONLY:
        return False
    return w in VAGUE_MODIFIERS or bool(
        re.search(r"(?:ive|ous|able|ible|ful|ory|ary|ic|ical|al|ed|ing|ant|ent|less)$", w)) and len(w) > 3


def _singular(w: str) -> str:
    if w.lower() in _PLURAL_ONLY:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")) and len(w) > 3:
        return w[:-1]
    return w


def _tokens(s: str) -> list[str]:
    return _WORD.findall(s)


def _noun_phrases(words: list[str]) -> list[list[str]]:
    """The conjuncts of a noun-phrase list (``words`` after a cue, up to a stop word): "color theory,
    composition, and concept development" → 3 conjuncts; [] for a modifier coordination. A conjunct
    that opens with a task verb ends the list ("Greet patients, answer phones")."""
    span: list[str] = []
    for w in words:
        if w.lower() in _NP_STOP or w in "()":
            break
        span.append(w)
    parts: list[list[str]] = [[]]
    for w in span:
        if w in (",", "/", "&") or w.lower() in ("and", "or"):
            if parts[-1]:
                parts.append([])
        elif not parts[-1] and len(parts) > 1 and (w.lower() in _NOMINAL_OF or w.lower() in GENERIC_VERBS or
                                                   w.lower().endswith("ing")):
            parts.pop()
            break
        else:
            parts[-1].append(w)
    parts = [_clean(p) for p in parts]
    parts = [p for p in parts if p]
    if len(parts) > 1 and any(len(p) == 1 and (_ADJ_END.search(p[0].lower()) or p[0].lower() in
                                                ("state", "local", "city", "written", "oral", "verbal"))
                              for p in parts[:-1]):
        return []  # "federal, state and international regulations": the head is written once
    return parts


def _clean(words: list[str]) -> list[str]:
    """A conjunct without leading determiners/vague modifiers and trailing generic nouns."""
    w = [x for x in words]
    while w and (w[0].lower() in VAGUE_MODIFIERS or w[0].lower() in ("of",)):
        w = w[1:]
    while w and w[-1].lower() in _GENERIC_TAIL:
        w = w[:-1]
    return w


def _head(words: list[str]) -> list[str]:
    """The object's head noun (singular), with the noun before it when that is no modifier."""
    w = _clean(words)
    if not w:
        return []
    head = [_singular(w[-1])]
    if _adjective(head[0]):
        return []
    if len(w) >= 2 and w[-2].lower() not in VAGUE_MODIFIERS and "-" not in w[-2] and \
            (not _adjective(w[-2]) or re.search(r"[^i]al$", w[-2].lower())):
        head.insert(0, w[-2])  # "financial statements", not "small fees" / "unstructured data"
    return head


def _person_heads() -> frozenset[str]:
    """Last words of O*NET person titles ("drafter", "assistant", "consultant"): objects that are people."""
    from careercopilot.normalize.role_nouns import _titles

    return _titles()[1]


def nominal_form(verb: str, obj: list[str]) -> str | None:
    """The taxonomy-style name of a verb phrase: "collect" + "small fees" → "fee collection";
    None when the verb has no nominalization (:data:`NOMINAL_VERBS`, :data:`EXTRA_NOMINALS`)."""
    noun = _NOMINAL_OF.get(verb.lower())
    head = _head(obj)
    if not noun or not head or head[-1].lower() in GENERIC_HEADS or head[-1].lower() in _person_heads():
        return None  # "manage junior drafters": people, not a skill
    return " ".join([*head, noun])


def _verb_phrases(words: list[str]) -> list[str]:
    """Phrases of a verb phrase "V[, V and V] O…" (``words`` start at the verb)."""
    if words and words[0].lower().endswith("ly"):
        words = words[1:]  # "ability to effectively communicate"
    if not words or not words[0][:1].isalpha():
        return []
    verbs = [words[0]]
    i = 1
    while i + 1 < len(words) and words[i].lower() in ("and", "or", "/", ","):
        if words[i + 1].lower() not in _NOMINAL_OF:
            return []  # "assess and treat children": the object is the other verb's
        verbs.append(words[i + 1])
        i += 2
    out: list[str] = []
    if words[0].lower() in ("working", "work") and i < len(words) and words[i].lower() == "with":
        obj = _noun_phrases(words[i + 1:])
        return [f"working with {' '.join(_clean(p))}" for p in obj[:1]
                if _clean(p) and len(_clean(p)) <= 2 and _clean(p)[-1].lower() not in GENERIC_HEADS]
    objs = _noun_phrases(words[i:])
    for v in verbs:
        for obj in objs:
            name = nominal_form(v, obj)
            if name:
                out.append(name)
    return out


#: Opening words that are nouns as often as verbs ("Load calculations", "Reports to the director").
_NOUN_VERBS = frozenset({"process", "processes", "report", "reports", "order", "orders", "test", "tests", "design",
                         "designs", "review", "reviews", "plan", "plans", "budget", "budgets", "file", "files",
                         "estimate", "estimates", "screen", "screens", "forecast", "forecasts", "document",
                         "documents", "repair", "repairs", "audit", "audits", "draft", "drafts", "schedule",
                         "schedules", "price", "stock", "label", "labels", "interview", "interviews", "dispatch",
                         "triage", "train", "trains", "coach", "coaches", "pick", "picks", "pack", "packs"})


def _clause_phrases(clause: str, is_known) -> list[str]:
    out: list[str] = []
    for m in NOUN_CUE.finditer(clause):
        if is_known(clause[m.end():]):
            continue  # the taxonomy names what this requirement asks
        words = _tokens(clause[m.end():])
        if words and words[0].lower().endswith("ing") and words[0].lower() not in ("training", "accounting",
                                                                                    "engineering", "nursing"):
            out += _verb_phrases(words)
            continue
        for p in _noun_phrases(words):
            c = _clean(p)
            if c and c[-1].lower() not in GENERIC_HEADS and c[-1][:1].isalpha():
                out.append(" ".join(c))
    for m in YEARS_OF.finditer(clause):
        c = _clean(_tokens(m.group(1)))
        if any(_adjective(w) and not w.lower().endswith("al") for w in c):
            continue  # "years of acceptable full-time paid experience"
        if c and len(c) <= 3 and c[-1].lower() not in GENERIC_HEADS and not any(w.lower() in _NP_STOP for w in c):
            out.append(" ".join(c))
    for m in VERB_CUE.finditer(clause):
        if not is_known(clause[m.end():]):
            out += _verb_phrases(_tokens(clause[m.end():]))
    m = OPENING.match(clause)
    if m:
        words = _tokens(clause[m.end():])
        if words and words[0].lower() in _NOMINAL_OF and words[0].lower() not in _NOUN_VERBS:
            out += _verb_phrases(words)
    return out


def _is_phrase(p: str, is_known) -> bool:
    """Whether an open phrase (original casing) may name a skill (module precision rules)."""
    words = p.split()
    if not words or len(words) > MAX_WORDS or re.search(r"\d", p) or is_known(p):
        return False
    if len(words) < 2 or any(c.isupper() for c in p):
        return False  # a single common noun is a topic; a capital marks a name ("Butler University", "eMASS")
    low = [w.lower() for w in words]
    inner = low[2:] if low[:2] == ["working", "with"] else low
    if low[-1] in VAGUE_MODIFIERS or low[-1] in GENERIC_HEADS or any(w in _NP_STOP or w in ("and", "or") for w in inner):
        return False
    if _adjective(low[-1]) and low[:2] != ["working", "with"]:
        return False  # "comparable legal", "administrative supervisory"
    return not any(w.endswith("ed") and len(w) >= 4 or w.endswith("ly") for w in low)  # "techniques used"


def skill_phrases(text: str, is_known=None) -> list[str]:
    """Open-vocabulary skill phrases of ``text`` (a posting's job sentences or a resume passage),
    lower-case with a capital first letter, de-duplicated in order (module rules). ``is_known(phrase)``
    — True when the taxonomy names something in the phrase (then it is left out); by default
    :func:`careercopilot.normalize.skills.extract_skills` finds nothing in it. Never raises on ``str``."""
    if is_known is None:
        from careercopilot.normalize.skills import extract_skills

        def is_known(p: str) -> bool:
            return bool(extract_skills(p))
    from careercopilot.normalize.skill_context import mask_leisure

    seen: dict[str, None] = {}
    for clause in _CLAUSE.split(mask_leisure(text or "")):
        if not clause or len(clause) > 600:
            continue
        for p in _clause_phrases(clause, is_known):
            if _is_phrase(p, is_known):
                p = p.lower()
                seen.setdefault(p[:1].upper() + p[1:], None)
    return list(seen)
