"""A department named as the unit someone dealt with, not as work they did (trial101 finding 1).

A truck driver's "flag HOS conflicts to dispatch" and "radio and phone dispatch communication" name the
dispatch office she reported to; read as the skill Dispatching, a career changer's letter claimed it. The
same holds for every unit whose name is also its work: "escalated to billing", "handed off to
scheduling", "worked with purchasing", "reported to payroll", "paged radiology", "called housekeeping".

:func:`department_contact` ``(text, start, end) -> bool`` is True when the mention ``text[start:end]`` is a
bare department word (:data:`DEPARTMENT_WORDS`, any case, optionally "the/our …" before it and
"department/team/office/desk …" after it) and, in its clause,

* a **hand-off verb** (:data:`_TO_VERBS`: flag, escalate, hand off, pass, send, forward, route, refer,
  report(ed), relay, submit, turn over …), an object of up to six words (required after the career-move verbs
  :data:`_MOVE_VERBS`: transfer, return, deliver, move, bring), then "to" and the mention — up to three list items may come between ("to billing or scheduling");
* a **verb of working together** (:data:`_WITH_VERBS`: communicate, coordinate, work, liaise, partner,
  collaborate, interface, consult, check in, follow up, speak, meet …), adverbs only ("worked closely"), then
  "with" ("working relationships with sales" stays: a noun between);
* a **verb of receiving** (:data:`_FROM_VERBS`: receive, get, take, request …), an object, then "from";
* a participle of review is followed by "by" ("approved by payroll", "signed off by compliance");
* a **contact verb** takes it as its object (:data:`_CONTACTED`: called, radioed, phoned, paged, notified,
  contacted, e-mailed, texted, messaged, alerted, pinged — past or -ing forms only: "calls scheduling" may be a
  list without commas); "updated / informed / briefed / asked" only when "on / about / of / when" follows
  ("Updated dispatch on ETAs"), "kept" only when "informed / posted / aware / in the loop" follows;
* or the word modifies "communication(s)" ("dispatch communication": talking with the unit), not at a
  clause's start ("Audit communication channels" is a verb).

and the word is not itself a modifier of the next noun (:data:`_UNIT_FOLLOW`: "referred to compliance
reviews", "a consultative approach to sales technique" name the work).

Not a unit (the skill stays): no cue ("Dispatching for a 40-truck fleet", "Handled billing and
scheduling"), a noun cue ("experience with billing", "knowledge of payroll"), "in" ("worked in billing",
"trained new hires in dispatch"), a career move without an object ("moved from driving to dispatch",
"transferred to dispatch in 2021": :data:`_HANDOFF` needs an object between "transfer/return/deliver" and
"to"), and a job title line ("Dispatcher, ABC Trucking").

Sources: the unit names of org charts in transport, healthcare, retail and office work (dispatch, billing,
scheduling, shipping/receiving, purchasing, payroll, accounting, HR, legal, compliance, pharmacy,
radiology, housekeeping …) and the hand-off verbs of resume bullets in the issue-11 resumes and trial101's
CDL-A driver resume. Variant table: ``tests/unit/normalize/test_skill_departments.py``.
"""

from __future__ import annotations

import re

__all__ = ["DEPARTMENT_WORDS", "department_contact"]

#: Lower-cased surfaces that name an organisation's unit as well as its work.
DEPARTMENT_WORDS = frozenset("""
dispatch dispatching dispatcher dispatchers billing scheduling shipping receiving purchasing procurement payroll
accounting finance marketing sales hr legal compliance pharmacy radiology housekeeping recruiting logistics
security maintenance engineering it qa facilities collections underwriting claims admissions nursing lab
laboratory operations support inventory treasury credit audit tax ops
""".split()) | {"customer service", "human resources", "accounts payable", "accounts receivable",
                "quality assurance", "quality control", "risk management", "patient access", "food service",
                "environmental services", "customer support", "tech support", "technical support"}

_DET = r"(?:(?:the|our|their|his|her|a|company|corporate|hospital|store|site|plant|local|central|night|day)\s+)?"
#: Up to three list items before the mention ("to billing or scheduling", "to payroll and HR").
_LIST = r"(?:[\w/&'-]+(?:\s+[\w/&'-]+)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)){0,3}"
_INFLECTED = r"(?:s|es|e|ed|d|ing|ged|ging|red|ring|ted|ting)?\b"
_PARTICLE = r"(?:s|ed|ing)?\s+"
#: Verbs of a hand-off: an object, then "to" ("flag HOS conflicts to dispatch", "sent returns to shipping").
_TO_VERBS = (rf"(?:flag|escalat|hand{_PARTICLE}(?:off|over|back)|pass|send|sent|forward|rout|refer|report(?:ed|ing)?\b|"
             rf"relay|submit|turn{_PARTICLE}(?:over|in)|push)")
#: Hand-off verbs that are also career moves without an object ("transferred to dispatch in 2021").
_MOVE_VERBS = r"(?:transfer|return|deliver|mov|brought|bring)"
#: Verbs of working together: adverbs only, then "with" ("worked closely with purchasing").
_WITH_VERBS = (rf"(?:communicat|coordinat|work|liais|partner|collaborat|interfac|consult|check{_PARTICLE}in|"
               rf"follow{_PARTICLE}up|sync|speak|spoke|talk|chat|meet|met|touch{_PARTICLE}base|team|teamed)")
#: Verbs of receiving: an object, then "from" ("received route changes from dispatch").
_FROM_VERBS = r"(?:receiv|get|got|took|tak|request|obtain|pick{_PARTICLE}up|collect)"
_ADVERBS = r"(?:\s+(?:\w+ly|together|directly|daily|weekly|regularly|cross-functionally|hand in hand|in partnership))*"
_OBJECT = r"\s+(?!(?:from|to|into|over|back|up|on|in|with)\b)[^\s.;!?•,]+(?:\s+[^\s.;!?•]+){0,5}?"
_HANDOFF = re.compile(
    rf"(?i)(?:\b(?:{_TO_VERBS}{_INFLECTED}(?:{_OBJECT})?|{_MOVE_VERBS}{_INFLECTED}{_OBJECT})\s+(?:back\s+|over\s+|off\s+)?to|"
    rf"\b{_WITH_VERBS}{_INFLECTED}{_ADVERBS}\s+(?:up\s+|in\s+)?with|"
    rf"\b{_FROM_VERBS.replace('{_PARTICLE}', _PARTICLE)}{_INFLECTED}{_OBJECT}\s+from)\s+{_DET}{_LIST}$")
_BY = re.compile(rf"(?i)\b(?:(?:approv|review|check|verifi|clear|process|audit|reject|flagg|escalat|assign|"
                 rf"handl)ed|signed\s+off)\s+by\s+{_DET}{_LIST}$")
_CONTACTED = re.compile(rf"(?i)\b(?:called|calling|radioed|radioing|phoned|phoning|paged|paging|notified|notifying|"
                        rf"contacted|contacting|e-?mailed|e-?mailing|texted|texting|messaged|messaging|alerted|"
                        rf"alerting|pinged|pinging|looped\s+in|cc'?d)\s+{_DET}{_LIST}$")
_TOLD = re.compile(rf"(?i)\b(?:updat|inform|brief|ask|remind|advis|tell|told)\w*\s+{_DET}{_LIST}$")
_TOLD_RIGHT = re.compile(r"(?i)^(?:\s+(?:department|dept\.?|team|office|desk|staff))?\s+(?:on|about|of|when|that|"
                         r"if|whether)\b")
_KEPT = re.compile(rf"(?i)\b(?:kept|keep|keeps|keeping)\s+{_DET}{_LIST}$")
_KEPT_RIGHT = re.compile(r"(?i)^(?:\s+(?:department|dept\.?|team|office|desk|staff))?\s+(?:informed|posted|updated|"
                         r"aware|apprised|in the loop|up to date)\b")
_COMMUNICATION_RIGHT = re.compile(r"(?i)^[\s-]+(?:communications?|comms)\b")
#: What may follow a unit: the end, punctuation, a unit noun or a function word — not a noun the word
#: modifies ("compliance reviews", "sales technique", "HR activities": the work itself).
_UNIT_FOLLOW = re.compile(
    r"(?i)^(?:\s*$|\s*[^\w\s]|\s+(?:department|departments|dept|team|teams|office|offices|desk|staff|personnel|"
    r"clerks?|group|unit|center|centre|line|division|leads?|managers?|supervisors?|and|or|to|on|for|about|of|"
    r"when|whenever|if|as|at|in|with|by|before|after|during|so|that|who|daily|weekly|regularly|immediately|"
    r"promptly|directly|via|through|per|within|until|while|once|each|every|twice)\b|\s+(?-i:[A-Z0-9]))")
#: A noun cue before the verb: "experience working with billing" asks for the work.
_NOUN_CUE = re.compile(r"(?i)\b(?:experience[ds]?|familiar(?:ity)?|knowledge|skilled|proficien\w*|comfortable|"
                       r"background|expertise|trained|training)\s+(?:\w+\s+){0,2}(?:in\s+)?(?:working|work|"
                       r"communicating|coordinating|collaborating|partnering|dealing)\s+with\b")
_CLAUSE_CUT = re.compile(r"[.;!?•·▪●\n]|:\s|\s[-–—]\s")


def department_contact(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` names a department someone handed work to, heard from or
    talked with, not work they did (module rules). False for any mention not in :data:`DEPARTMENT_WORDS`."""
    surface = re.sub(r"[\s-]+", " ", text[start:end]).lower()
    if surface not in DEPARTMENT_WORDS:
        return False
    left = text[max(0, start - 120):start]
    cut = max((m.end() for m in _CLAUSE_CUT.finditer(left)), default=0)
    clause = left[cut:]
    right = text[end:end + 40]
    if _COMMUNICATION_RIGHT.match(right):
        return bool(clause.strip())  # "audit communication channels" opens a clause: the verb
    if _NOUN_CUE.search(clause):
        return False
    if (_TOLD.search(clause) and _TOLD_RIGHT.match(right)) or (_KEPT.search(clause) and _KEPT_RIGHT.match(right)):
        return True
    return bool(_UNIT_FOLLOW.match(right) and (_HANDOFF.search(clause) or _BY.search(clause)
                                                or _CONTACTED.search(clause)))
