"""Bare product names that are also everyday words ("Toast", "Square", "Clover", "Epic", "Aloha",
"Lightspeed", "Jobber", "When I Work"): a product only in a tool context (issue 11, trial 81 MED 4).

Why: a restaurant general manager wrote "Run Toast for orders; Square at our patio bar" and was told POS
Systems was missing; the same words are a wedding toast, square feet, an epic fail, Times Square, Epic Games,
"Clover Health" and the toast of the town. ``skills.json`` lists such names under ``brand``; they match
case-sensitively (the capital is the first sign of a product) and only when :func:`tool_context` holds.

Rule (:func:`tool_context`, for a capitalised brand word at ``text[start:end]``):

* never inside a longer proper name — a capitalised word right before it that does not open its sentence
  ("Times Square", "Old Town Square", "Applied Epic" is its own skill) or right after it ("Epic Games",
  "Square Enix", "Clover Health"; all-caps words such as POS/EHR/KDS and the category words below may follow);
* else yes after a use verb or preposition of tools on its line ("run Toast", "ran payroll on Gusto",
  "charting in Epic", "trained servers on Aloha", "switched the bar to Square", "super-user for Epic");
* else yes with a word of its product class within :data:`CUE_WINDOW` characters on its line — the class is
  the brand's broader skill in ``skill_hierarchy.json`` (O*NET Technology Skills commodity class): point of
  sale ("POS", "register", "orders", "tickets", "checkout"), electronic health records ("EHR", "charting",
  "flowsheets", "MAR"), scheduling ("schedule", "shifts", "timecards"), payroll, dispatching ("work orders",
  "technicians"); or a tool noun right after it ("Toast system", "the Square app", "Epic reports").
* The caller (``skills._find``) also accepts the skill-list context of contextual terms ("Skills: Toast,
  Square", "Epic and Cerner", "experience with Epic").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["CATEGORY_CUES", "CUE_WINDOW", "tool_context"]

#: Characters either side of a brand word searched for a word of its product class (same line).
CUE_WINDOW = 60

#: Words of a product class, by the broader skill (canonical name) its products satisfy.
CATEGORY_CUES: dict[str, str] = {
    "POS Systems": r"POS|point[- ]of[- ]sale|registers?|terminals?|checkouts?|orders?|tickets?|tabs?|KDS|menus?|"
                   r"payments?|card readers?|handhelds?|comps?|voids?|end[- ]of[- ]day|sales reports?",
    "Electronic Health Records": r"EHRs?|EMRs?|chart(?:s|ing|ed)?|flowsheets?|MyChart|MAR|eMAR|CPOE|order entry|"
                                 r"documentation|clinical notes|Cerner|Meditech|Epic",
    "Labor Scheduling": r"schedul\w*|shifts?|timecards?|time clock|rosters?|shift swaps?|labor hours",
    "Payroll": r"payroll|pay runs?|paychecks?|timesheets?",
    "Dispatching": r"dispatch\w*|work orders?|technicians?|service calls?|invoic\w*|estimates?|job board|schedul\w*",
    # session 25 ("session 28"): telematics and ELDs ("logged HOS on Motive"), TMS ("built loads in McLeod"),
    # veterinary practice software ("invoiced visits in Cornerstone")
    "Hours of Service": r"ELDs?|HOS|hours[- ]of[- ]service|logs?|log ?books?|DVIRs?|telematics|dash ?cams?|"
                        r"GPS|trucks?|tractors?|drivers?|fleet",
    "Transportation Management": r"TMS|loads?|freight|carriers?|shipments?|lanes?|brokerage|tenders?|"
                                 r"rate con\w*|dispatch\w*|BOLs?|bills? of lading",
    "Veterinary Practice Management Software": r"veterinar\w*|vet|clinics?|patients?|IDEXX|appointments?|"
                                               r"invoic\w*|medical records|reminders?|check[- ]?ins?",
}
_CUES = {k: re.compile(r"(?<![\w])(?:" + v + r")(?![\w])", re.IGNORECASE if k != "Electronic Health Records" else 0)
         for k, v in CATEGORY_CUES.items()}
_EHR_LOWER = re.compile(r"(?<![\w])(?:chart(?:s|ing|ed)?|flowsheets?|documentation|clinical notes|order entry)(?![\w])",
                        re.IGNORECASE)

#: A use verb or tool preposition right before the brand (optionally "the"/"our"/"a" and one adjective).
_USE_BEFORE = re.compile(
    r"(?:\b(?:run|runs|ran|running|use|uses|used|using|on|in|into|onto|via|through|with|within|from|"
    r"operat(?:e|es|ed|ing)|navigat(?:e|es|ed|ing)|implement(?:s|ed|ing)?|roll(?:ed|ing)? out|set up|"
    r"configur(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)(?: \w+)? to|switch(?:ed|ing)?(?: \w+){0,2} to|"
    r"mov(?:e|ed|ing)(?: \w+){0,2} to|super[- ]?users? (?:of|for|on)|certified (?:in|on)|"
    r"(?:proficient|skilled|expert|competent|comfortable|fluent) (?:in|with|on)|experience (?:with|in|on)|"
    r"know(?:s|n)?|knew|knowledge of|familiar(?:ity)? with|"
    r"trained(?: \w+){0,2} (?:on|in)|training(?: \w+){0,2} (?:on|in))"
    r"(?:[ \t]+(?:the|our|a|an|its|their|new))?(?:[ \t]+[a-z][\w-]*)?)[ \t]+$",
    re.IGNORECASE,
)
#: A tool noun right after the brand ("Toast system", "Square app", "Epic reports", "Clover device"), or what a
#: posting asks of a product ("Epic experience required", "Epic certification").
_TOOL_AFTER = re.compile(
    r"^[ \t]+(?:software|systems?|platforms?|apps?|tablets?|terminals?|devices?|reports?|reporting|back[- ]office|"
    r"dashboards?|modules?|go-live|rollout|implementation|builds?|training|super[- ]?users?|"
    r"experience|proficiency|expertise|certifications?|certified)\b",  # a posting's "Epic experience required"
    re.IGNORECASE,
)
_PREV_WORD = re.compile(r"(?<![\w'’])([A-Za-z][\w'’&.-]*)[ \t]+$")
_NEXT_WORD = re.compile(r"^[ \t]+([A-Za-z][\w'’&-]*)")
_SENTENCE_OPEN = re.compile(r"(?:^|[\n.!?;:•·▪●◦‣*(\[{|\"“]|\s[-–—]|^\s*[-–—])[ \t]*$")


def _capitalised(word: str) -> bool:
    """A word with a capital first letter that is not all capitals (POS, EHR and KDS may sit next to a brand)."""
    return word[:1].isupper() and not word.isupper()


def _in_longer_name(text: str, start: int, end: int, cue_ok: re.Pattern[str] | None) -> bool:
    """Whether the brand word is part of a longer proper name (module rule 1)."""
    line_start = text.rfind("\n", 0, start) + 1
    left = text[line_start:start]
    m = _PREV_WORD.search(left)
    if m and _capitalised(m.group(1)) and not _SENTENCE_OPEN.search(left[: m.start(1)]) \
            and not _USE_BEFORE.search(left):
        return True  # "Times Square", "Old Town Square", "Hudson Square"
    m = _NEXT_WORD.match(text[end : end + 40])
    if m and _capitalised(m.group(1)):
        word = m.group(1)
        if cue_ok is not None and cue_ok.fullmatch(word):
            return False  # "Epic MyChart", "Toast Orders"
        return not _TOOL_AFTER.match(" " + word)
    return False


def tool_context(text: str, start: int, end: int, broader: frozenset[str] | set[str],
                 list_context: Callable[[], bool] = lambda: False) -> bool:
    """Whether the brand word ``text[start:end]`` names the product (module rules); ``broader`` = the
    brand's broader skills (``skills.skill_ancestors``), which choose the cue words of its class;
    ``list_context`` = the caller's skill-list context test (tried last, outside a longer name)."""
    classes = [c for c in broader if c in _CUES]
    cue_any = re.compile("|".join(_CUES[c].pattern for c in classes), re.IGNORECASE) if classes else None
    if _in_longer_name(text, start, end, cue_any):
        return False
    if list_context():
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _USE_BEFORE.search(text[line_start:start]) or _TOOL_AFTER.match(text[end:line_end]):
        return True
    left = text[max(line_start, start - CUE_WINDOW) : start]
    right = text[end : min(line_end, end + CUE_WINDOW)]
    for c in classes:
        rx = _CUES[c]
        if rx.search(left) or rx.search(right):
            return True
        if c == "Electronic Health Records" and (_EHR_LOWER.search(left) or _EHR_LOWER.search(right)):
            return True
    return False
