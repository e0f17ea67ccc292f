"""Lines of a resume that state an aim or describe the person, not work done (issue 12, newcomer trial F5).

A summary or objective ("Seeking to apply my analytical skills …", "Detail-oriented chemistry educator with
10 years of lab experience …") that lands among a role's bullets — under the role's header with no heading
of its own, after the last role, or under an "Objective:" label — was cited as a skill used at the job ("I
used QC, analytical skills and problem-solving as Chemistry Teacher: Seeking to apply …").
:func:`is_self_statement` reads such a line by its opening:

* an aim: "Seeking", "Looking to/for", "Hoping/Eager/Aspiring/Aiming/Excited/Ready to", "Interested in",
  "To obtain/secure/leverage/apply/bring …" (the classic objective), "Transitioning into", "Pursuing a
  career", "Career changer", "My goal", first person "I am/bring/love …";
* a self-description: qualities then a person and what follows a description ("Detail-oriented,
  organized educator with …", "Highly motivated science teacher seeking …", "Passionate about data
  integrity", "Dedicated to student safety"), or "<noun phrase> with 10+ years of …";
* either after a label ("Objective: …", "Summary - …", "Profile: …").

A bullet that opens with a verb ("Organized a district science fair", "Motivated 30 students to …",
"Dedicated 10 hours a week to tutoring") is work done: the quality word must be followed by words of a
description (no article, number or preposition) and a describing link ("with", "who", "seeking", …).
"""

from __future__ import annotations

import re

_LABEL = r"(?:(?:career\s+|professional\s+)?(?:objective|summary|profile|goal)|about\s+me)\s*[:\-–—]\s*"
_AIM = re.compile(
    rf"(?i)^(?:{_LABEL})?(?:seeking|looking\s+(?:to|for)|hoping\s+to|eager\s+to|aspiring\s+to|aiming\s+to|"
    r"striving\s+to|wishing\s+to|ready\s+to|excited\s+to|motivated\s+to|interested\s+in|in\s+search\s+of|"
    r"to\s+(?:obtain|secure|leverage|apply|bring|join|contribute|pursue|transition|gain|find|utilize|use|work)|"
    r"transitioning\s+(?:in)?to|pursuing\s+(?:a|an)\s+(?:new\s+)?(?:career|role|position|opportunity)|"
    r"career\s+changer|my\s+(?:goal|passion|aim|objective)|i\s+(?:am|'m|’m|have|bring|love|enjoy|thrive|seek|"
    r"hope|want|aim|offer|would)\b(?!\s+(?:often|usually|always|also|the\s+one)\b))\b")
#: Quality words that open a self-description (résumé-writing guides' summary adjectives).
_QUALITY = (r"(?:detail[- ]oriented|results[- ](?:driven|oriented)|goal[- ]oriented|customer[- ](?:focused|oriented)|"
            r"self[- ](?:motivated|starter)|highly|motivated|passionate|dedicated|dependable|reliable|hard[- ]?working|"
            r"enthusiastic|energetic|organized|driven|proactive|versatile|resourceful|compassionate|personable|"
            r"experienced|accomplished|seasoned|creative|analytical|meticulous|diligent|conscientious|adaptable|"
            r"dynamic|aspiring|caring|innovative|skilled|committed|knowledgeable|enthusiastic|patient|empathetic|"
            r"friendly|collaborative|curious|professional|award[- ]winning|bilingual)")
_DESCRIBED = re.compile(
    rf"(?i)^(?:{_LABEL})?{_QUALITY}(?:\s*,\s*|\s+and\s+|\s+){{1}}(?:(?:{_QUALITY})(?:\s*,\s*|\s+and\s+|\s+))*"
    r"(?P<noun>(?:[A-Za-z][\w/&'’-]*\s+){0,5}?)(?:with|who|seeking|bringing|transitioning|committed|known|offering|"
    r"looking|eager|ready|possessing|skilled|experienced|passionate|dedicated|focused|adept|proficient|"
    r"specializing|specialising)\b")
_DEVOTED = re.compile(rf"(?i)^(?:{_LABEL})?(?:highly\s+)?(?:passionate|dedicated|committed|devoted)\s+(?:about|to)\s+"
                      r"(?!\d)[a-z]")
_YEARS = re.compile(r"(?i)^(?:[A-Za-z][\w/&'’-]*\s+){1,5}with\s+(?:\d+\+?|over\s+\d+|more\s+than\s+\d+|[a-z]+)\s+"
                    r"(?:\+\s*)?years?\s+of\b")
#: Words that cannot sit in a description's noun phrase (a verb's object starts with one: "Organized a fair").
_FUNCTION = frozenset("a an the this that these those my our their his her its for of to in on at by from into "
                      "over under per each every all".split())


def is_self_statement(line: str) -> bool:
    """Whether ``line`` states an aim or describes the person rather than work done (module doc)."""
    from careercopilot.writing.phrasing import is_verb_phrase

    s = (line or "").strip().lstrip("-*•·●▪◦‣ ").strip()
    if not s:
        return False
    if re.match(rf"(?i){_LABEL}\S", s) or _AIM.match(s) or _DEVOTED.match(s):
        return True
    m = _DESCRIBED.match(s)
    if m and not any(w.lower() in _FUNCTION or re.search(r"\d", w) for w in m.group("noun").split()):
        return True
    return bool(_YEARS.match(s)) and not is_verb_phrase(s)
