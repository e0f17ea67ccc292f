"""Names the POSTING gives — its tools, credentials, clients, places — in a document written for it, and in the
interview questions drawn from it (ground111, issue 12).

Why: every real document is written for a posting, and an honest letter names what the posting asks for that the
resume lacks: "I would welcome learning Epic", "the Dentrix migration your posting mentions", "I look forward to
supporting your outside CPA firm", "clients such as Raytheon". The resume-side checker read each of these as the
user's claim to the tool, credential or employer (12 of 41 supported rows of
``tests/unit/writing/test_grounding_posting_claims.py`` flagged on main). The other way round, interview prep reads
the posting as a source of the interviewer's words, so a question that presents a posting skill as the person's
own past ("Tell us about the time you used Salesforce", "Describe your experience charting in Epic", "a Kubernetes
cluster you ran") passed with a resume that never names it (11 rows).

Rules:

* :func:`about_the_posting` (documents; ``SourceFacts.posting`` holds the posting's text): a mention of a name the
  posting writes is the posting's, not the user's, when the part of its clause before it has no first-person claim
  — or has one whose last first-person word is followed by a wish, plan or learning cue ("would welcome", "eager
  to", "look forward to", "learning", "training in", "get up to speed with", "have not yet used") with no "my/our"
  between the cue and the name ("I would bring my Epic skills" stays a claim) — *and* the posting is named around
  it: that cue itself, "your"/"the posting's" within three words before ("your outside CPA firm", "your Salesforce
  rollout"), another party's possessive ("Riverside's use of the Wilson Reading System"), "your/you/the
  posting/the role …" within four words after ("the Lutron controls your crews install",
  "the Wilson Reading System your posting prefers"), or "clients/customers such as" right before. Contact data
  (kinds ``url``/``email``/``phone``) and titles are never cleared here: a phone beside the company's name
  ("Acme Dental (401-555-0142)") is still the user's claim to a contact the resume lacks.
* :func:`as_own_experience` (questions and their reasons): a name is framed as the person's experience when
  "your experience/background/work/time … with/in/using" or "your" stands within three words before it ("your CPA
  license"), "you <past verb>" ("you used", "you ran", "you have managed") or "did you / have you <verb>" is within
  six words before it, or "you <past verb>" within four words after it ("a Lutron job you wired"). "How would you
  get up to speed with Kubernetes?" and "The posting asks for ACLS: do you hold it …?" are not.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.facts import Flag

__all__ = ["CLEARED_KINDS", "about_the_posting", "as_own_experience", "clear_posting_names", "posting_writes"]

#: Kinds a name the posting gives may be read as: cleared where the document names it AS the posting.
CLEARED_KINDS = frozenset({"tool", "employer", "certification", "title"})
#: Kinds a question may borrow from the posting as the person's own (:func:`as_own_experience`).
BORROWED_KINDS = frozenset({"tool", "employer", "certification", "title"})

_CLAUSE_START = re.compile(r"[.!?;:]\s|[—–]\s|\n")
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Ww]e|[Oo]ur)(?![\w'’])")
#: A wish, a plan or learning, after the first-person subject: the name is what the user would do, not has done.
_WISH = re.compile(
    r"(?i)\b(?:would|will|could|['’]d|['’]ll|hope|hoping|look(?:ing)?\s+forward|welcome|eager|excited|keen|"
    r"plan(?:ning)?|want|wish|glad|happy|ready|intend|aim|interested|curious|learn(?:ing)?|train(?:ing)?\s+(?:in|on)|"
    r"get(?:ting)?\s+up\s+to\s+speed|pick(?:ing)?\s+up|(?:not|never)\s+(?:yet\s+)?(?:used|worked)|new\s+to|"
    r"work(?:ing)?\s+toward|stud(?:y|ying)\s+for|pursu(?:e|ing))\b")
#: What makes a mention after a wish the user's own again: "I would bring my Epic skills".
_OWNED = re.compile(r"(?i)\b(?:my|our|mine|experience|expertise|background|years?|proficien\w+|fluent|skills?|"
                    r"again|continue|continuing|still|keep)\b")
_YOURS_BEFORE = re.compile(r"(?:\b(?i:your|the\s+(?:posting|role|position|job|team|company|practice|firm)['’]s)|"
                           r"\b[A-Z][\w&.-]*['’]s)(?:\s+[\w'’-]+){0,3}\s*$")
_YOURS_AFTER = re.compile(r"(?i)^(?:\s+[\w'’-]+){0,4}?\s+(?:that\s+|which\s+)?(?:your|you|the\s+(?:posting|role|"
                          r"position|job\s+description|listing))\b")
_CLIENTS_BEFORE = re.compile(r"(?i)\b(?:clients?|customers?|partners?|accounts?|brands?)\s+(?:such\s+as|like|"
                             r"including)\s+$")


def posting_writes(posting: str, surface: str) -> bool:
    """Whether the posting's text writes ``surface`` (case and spacing ignored, whole words)."""
    words = surface.split()
    if not posting or not words:
        return False
    rx = r"(?<![\w])" + r"[\s-]+".join(re.escape(w) for w in words) + r"(?![\w])"
    return re.search(rx, posting, re.IGNORECASE) is not None


def about_the_posting(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` (a name the posting writes) names the posting, not the user's own
    (module rule)."""
    cut = [m.end() for m in _CLAUSE_START.finditer(text, 0, start)]
    before = text[cut[-1] if cut else 0:start]
    persons = list(_FIRST_PERSON.finditer(before))
    wish = _WISH.search(before, persons[-1].end() if persons else 0)
    if persons and (wish is None or _OWNED.search(before, wish.end())):
        return False  # "I used …", "I hold …", "I would bring my … skills"
    if wish is not None and not _OWNED.search(before, wish.end()):
        return True  # "I would welcome learning Epic", "Learning Kubernetes is my next goal"
    return bool(_YOURS_BEFORE.search(before) or _YOURS_AFTER.match(text[end:end + 60])
                or _CLIENTS_BEFORE.search(before))


def clear_posting_names(text: str, posting: str, flags: list[Flag]) -> list[Flag]:
    """``flags`` without those (of :data:`CLEARED_KINDS`) on a name ``posting`` writes where ``text`` names it as
    the posting (:func:`about_the_posting`)."""
    if not (posting or "").strip():
        return flags
    return [f for f in flags if f.kind not in CLEARED_KINDS or not posting_writes(posting, f.text)
            or not about_the_posting(text, f.start, f.end)]


_PAST = (r"(?:used|ran|run|managed|led|built|wired|handled|supported|worked|configured|implemented|deployed|charted|"
         r"applied|completed|served|held|earned|maintained|operated|created|designed|developed|installed|repaired|"
         r"taught|trained|wrote|prepared|drove|sold|closed|achieved|performed|got|had|did|made|took|brought|"
         r"[a-z]+ed)")
_YOU_PAST = rf"\byou(?:['’]ve|\s+have|\s+had|\s+already|\s+previously|\s+once|\s+personally)*\s+{_PAST}\b"
_EXPERIENCE_BEFORE = re.compile(
    rf"(?i)(?:{_YOU_PAST}|\b(?:did|have|had)\s+you\s+(?:ever\s+)?\w+|\byour\s+(?:experience|background|history|time|"
    rf"work|years?|use|usage|exposure)\b|\byour)(?:\s+[\w'’/-]+){{0,5}}?\s*$")
_YOUR_NEAR = re.compile(r"(?i)\byour(?:\s+[\w'’-]+){0,2}\s*$")
_EXPERIENCE_AFTER = re.compile(rf"(?i)^(?:\s+[\w'’/-]+){{0,4}}?\s+(?:that\s+|which\s+)?{_YOU_PAST}")


def as_own_experience(text: str, start: int, end: int) -> bool:
    """Whether a question's mention ``text[start:end]`` presents the name as the person's own experience (module
    rule): "the time you used Salesforce", "your experience charting in Epic", "a Kubernetes cluster you ran"."""
    cut = [m.end() for m in _CLAUSE_START.finditer(text, 0, start)]
    before = text[cut[-1] if cut else 0:start]
    hit = _EXPERIENCE_BEFORE.search(before)
    if hit and hit.group(0).lower().startswith("your") and not _YOUR_NEAR.search(before) and not re.match(
            r"(?i)your\s+(?:experience|background|history|time|work|years?|use|usage|exposure)\b", hit.group(0)):
        hit = None  # "your" far before and no experience noun: "your team … Salesforce"
    if hit and re.search(r"(?i)\b(?:would|will|could|might|can|should|plan|learn\w*)\b", hit.group(0)):
        hit = None  # "how would you … with Kubernetes"
    return bool(hit or _EXPERIENCE_AFTER.match(text[end:end + 60]))


def borrowed(text: str, own: list[Flag], asked: list[Flag]) -> list[Flag]:
    """Flags of ``own`` (the resume alone) the posting cleared in ``asked`` — a name only the posting backs — where
    the question frames it as the person's experience (:func:`as_own_experience`)."""
    have = {(f.start, f.end) for f in asked}
    return [f for f in own if f.kind in BORROWED_KINDS and (f.start, f.end) not in have
            and as_own_experience(text, f.start, f.end)]
