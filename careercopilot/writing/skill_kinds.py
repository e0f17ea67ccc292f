"""What kind of thing a skill name is, and the interview question that fits it (interview prep:
:func:`careercopilot.writing.interview.questions`).

Trial 41 finding 7: every skill was asked about as a tool ("Tell me about a time you used payroll") and
every gap as something to learn ("How would you get up to speed with Attention to Detail / Site
Visits?"). A skill is one of (:func:`kind_of`, first rule that applies):

* ``trait`` — the taxonomy's "Soft skills" category (attention to detail, communication, leadership);
* ``language`` — "Spoken languages" (Spanish, ASL);
* ``credential`` — a certification, licence or commission: "Certifications and licenses", or the name or
  an alias says so (``certified``, ``certification``, ``license``, ``card``, ``endorsement``) or is a
  notary's (CPR, BLS, ServSafe, Notary Public);
* ``duty`` — work one does, named by an activity noun as its last word: a noun of action
  (``-ing``, ``-tion``/``-sion``, ``-ment``, ``-ance``/``-ence``, ``-ysis``, ``-ure``, ``-omy``, ``-ery``,
  ``-ary``, ``-ship``: "bank reconciliation", "inventory management", "phlebotomy"; not "science",
  "insurance": :data:`_NOT_ACTION`), or one of :data:`DUTY_HEADS` (payroll, accounts payable, journal
  entries, site visits, patient care, month-end close) — unless the name is spelt as a product;
* ``tool`` — a product, strictly (:func:`_is_tool`): a software category, an inner capital or a version
  number in the name (QuickBooks, AutoCAD, Sage 50), or a case-sensitive name that is not an acronym
  (Excel, Epic);
* ``knowledge`` — a body of rules or standards one applies: the name or an alias contains
  ``principles``, ``standards``, ``regulations``, ``code``, ``law``, ``compliance`` or ``act`` (GAAP
  "generally accepted accounting principles", IFRS, HIPAA "HIPAA compliance");
* ``area`` — anything else (a field, a product not spelt as one, a subject: real estate, SAP, fixed
  assets, telemetry): asked about neutrally ("Tell me about your experience with …").

Over the 2,747 taxonomy skills: duty 1,147, area ~800, tool ~520, credential 103, language 92, trait 43,
knowledge 42. Misreading a tool as an area costs nothing ("your experience with Tableau"); the rules are
strict where a frame would be wrong ("used patient transfers").

:func:`have_question` and :func:`gap_question` give the frames (a duty: "Walk me through how you handle
payroll…"; a tool: "used"; a trait: an example that shows it, never "get up to speed with"; a credential:
do you hold it). Names are lower-cased for the sentence unless written with an inner capital or as an
acronym ("site visits", "attention to detail"; "QuickBooks Online", "GAAP").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from careercopilot.normalize.skills import DATA_PATH, skill_category

#: Last words that name work done though they lack a suffix of action (trial 41 and issue-11 postings).
DUTY_HEADS = frozenset("""payroll payable receivable payables receivables entry entries visit visits close care
intake triage support service services bookkeeping billing coding audit audits review reviews rounds
charting sales collections onboarding outreach therapy
research design""".split())
#: Words with an action suffix that name a field or a thing, not work done.
_NOT_ACTION = frozenset("science sciences intelligence insurance finance experience excellence conference".split())
_ACTION_SUFFIX = re.compile(r"(?:ing|tion|sion|ment|ance|ence|ysis|ure|omy|ery|ary|ship)$")
_CREDENTIAL = re.compile(r"(?i)\b(?:certifi\w*|licen[cs]\w*|card|endorsement|notary|notari\w*)\b")
_KNOWLEDGE = re.compile(r"(?i)(?<!-)\b(?:principles|standards?|regulations?|code|codes|law|laws|compliance|act)\b")


@lru_cache(maxsize=1)
def _exact() -> dict[str, tuple[str, ...]]:
    data = json.loads(DATA_PATH.read_text("utf-8"))
    # a brand word (``normalize.skill_brands``: "Epic", "Toast") is a case-sensitive product name too
    return {s["name"]: tuple(s.get("exact", ())) + tuple(s.get("brand", ())) for s in data["skills"]}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, ...]]:
    data = json.loads(DATA_PATH.read_text("utf-8"))
    return {s["name"]: tuple(s.get("aliases", ())) + tuple(s.get("exact", ())) for s in data["skills"]}


#: Categories whose skills are software products or languages one uses (a name filed here is a tool
#: unless its own words name work: "Data Entry", "Unit Testing").
SOFTWARE = frozenset({"Office and productivity software", "Programming languages", "Databases", "Cloud and DevOps",
                      "Backend frameworks", "Web development", "Mobile development"})
#: A product's spelling: an inner capital ("QuickBooks", "AutoCAD", "PowerPoint") or a version number
#: ("Sage 50", "Civil 3D").
_PRODUCT = re.compile(r"[a-z][A-Z]|\b[A-Za-z]+ \d+[A-Za-z]?\b")


def _is_tool(skill: str, category: str) -> bool:
    """A product by its filing or spelling: a software category, a product's spelling in its name, or a
    case-sensitive name that is not an all-capitals acronym ("Excel", "Epic"). Strict on purpose: a tool
    gets "used"; anything unsure is an ``area`` ("your experience with SAP")."""
    return (category in SOFTWARE or bool(_PRODUCT.search(skill))
            or any(not n.isupper() for n in _exact().get(skill, ())))


def kind_of(skill: str) -> str:
    """``trait`` | ``language`` | ``credential`` | ``duty`` | ``tool`` | ``knowledge`` | ``area`` (see the
    module doc)."""
    category = skill_category(skill) or ""
    names = (skill, *_aliases().get(skill, ()))
    if category == "Soft skills":
        return "trait"
    last = (re.findall(r"[A-Za-z]+", skill)[-1:] or [""])[0]
    duty = ((last.islower() or last.istitle()) and not _PRODUCT.search(skill)
            and last.lower() not in _NOT_ACTION
            and (last.lower() in DUTY_HEADS or bool(_ACTION_SUFFIX.search(last.lower()))))
    if category == "Spoken languages":
        return "duty" if duty else "language"  # "Court Interpreting" is work
    # "Forklift Operation" (alias "forklift certified") is the work; "ServSafe" (alias "ServSafe certified") the card
    if category == "Certifications and licenses" or _CREDENTIAL.search(skill) or (
            not duty and any(_CREDENTIAL.search(n) for n in names)):
        return "credential"
    if duty:
        return "duty"  # "Data Entry" though filed as office software
    if _is_tool(skill, category):
        return "tool"
    if any(_KNOWLEDGE.search(n) for n in names):
        return "knowledge"
    return "area"


def in_sentence(name: str, surface: str = "") -> str:
    """The name as it reads inside a sentence. A name with an inner capital stays as it is ("QuickBooks
    Online"), an acronym always ("GAAP", "IV therapy"); a duty's or trait's Title-Case name is lower-cased ("Site Visits" →
    "site visits"); any other (products: "Microsoft Excel", "Sage 50") only when the text (``surface``) or
    the taxonomy writes it in lower case ("pivot tables": alias "pivot table")."""
    words = name.split()
    if any(re.search(r"[a-z][A-Z]", w) for w in words):
        return name
    lower = " ".join(w.lower() if w.istitle() else w for w in words)
    if kind_of(name) in ("duty", "trait") or (surface and surface == surface.lower()):
        return lower
    if any(a == a.lower() and re.search(r"[a-z]", a) for a in _aliases().get(name, ())):
        return lower
    return name


#: How every question about a skill the resume shows begins (for checks that read questions back: the
#: writing sweep counts one of these that lost its STAR draft).
HAVE_FRAMES = ("Tell me about a time you used ", "Walk me through how you handle ",
               "Give me an example from your work that shows your ", "Tell me about a time you applied ",
               "How have you used ", "Tell me about your experience with ")


def have_question(skill: str, surface: str) -> str | None:
    """The question about a skill the resume shows (``surface``: its wording there), or None (a credential:
    holding it is on the resume)."""
    kind = kind_of(skill)
    if kind == "tool":
        return f"Tell me about a time you used {surface}."
    if kind == "duty":
        # the duty's own name: the resume's wording may be a verb with its object ("Processed payroll",
        # "Administered medications"), which "how you handle …" cannot take
        return f"Walk me through how you handle {in_sentence(skill)}, from start to finish."
    if kind == "trait":
        return f"Give me an example from your work that shows your {in_sentence(skill)}."
    if kind == "knowledge":
        return f"Tell me about a time you applied {surface} in your work."  # GAAP, HIPAA: a body of rules
    if kind == "language":
        return f"How have you used {skill} at work?"
    if kind == "area":
        return f"Tell me about your experience with {in_sentence(skill, surface)}."
    return None


def gap_question(skill: str, surface: str = "") -> str:
    """The question about a skill the posting asks for and the resume does not show (``surface``: the
    posting's wording of it, for its case)."""
    kind, name = kind_of(skill), in_sentence(skill, surface)
    if kind == "duty":
        return f"This role includes {name}: how would you approach it, and what from your experience carries over?"
    if kind == "trait":
        return f"The posting asks for {name}: what example from your work shows it?"
    if kind == "credential":
        return f"The posting asks for {skill}: do you hold it, or how soon could you obtain it?"
    if kind == "language":
        return f"The posting asks for {skill}: how would you describe your level?"
    return f"How would you get up to speed with {name}?"


_FILLER = frozenset({"skills", "skill", "ms", "microsoft", "abilities", "ability"})


def _family_words(skill: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z0-9+#]+", skill.lower()) if w not in _FILLER)


def same_family(a: str, b: str) -> bool:
    """Whether two taxonomy skills are one skill family for interview questions (issue 12: "Communication" and
    "Verbal Communication" got a question each): one name's words end the other's ("Leadership" / "Team
    Leadership", "Excel" / "MS Excel"; filler "skills", "MS", "Microsoft" ignored), or two traits share
    their head word ("Written Communication" / "Verbal Communication"). Two duties on one head stay apart
    ("Data Analysis" / "Financial Analysis")."""
    wa, wb = _family_words(a), _family_words(b)
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    if long_[len(long_) - len(short):] == short:
        return True
    return wa[-1] == wb[-1] and kind_of(a) == "trait" and kind_of(b) == "trait"
