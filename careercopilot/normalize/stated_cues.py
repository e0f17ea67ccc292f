"""The words of a resume that ask for a job, and where the asked-for title ends (issue 11, profession
awareness; split out of ``person_occupation`` in session 31).

:data:`ASK_CUE` finds a cue ("Seeking a position as", "moving into a full-time", "Target role:") and the words
after it (group ``what``); :func:`ask_phrases` yields those words, reading a cue whose words open with another
cue as the inner one ("seeking to transition into an Instructional Designer role": the title after "transition
into") and a later cue inside a cue's words ("Seeking an opportunity to pivot into a TPM role").

Why (a newcomer's trial, session 31: a science teacher of 8 years "seeking to transition into an Instructional
Designer / eLearning Developer role" was pre-filled "7th Grade Science Teacher", Mid level): the cue "seeking"
took "to transition into an Instructional Designer" as the title, and the instructional designer's reading
(``occupation_specialties`` ``learning_content``) was no stated method. The phrasings of a stated move are
career-change guides' and resume writers' own ("transition into", "pivot to", "seeking a role as", "career
change to", "looking to move into", "make the move to", "aspiring", "to become a", "Career goal:"); the methods
of a stated reading are every title pattern of ``occupation_specialties.SPECIALTIES`` (each a title's own
words, never a word vote on prose).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from careercopilot.normalize.occupation_specialties import SPECIALTIES

__all__ = ["ARRANGEMENT", "ASK_CUE", "MOVE_ORIGIN", "REFUSED", "STATED_METHODS", "TITLE_END", "TITLE_SPLIT",
           "ask_phrases"]

#: The university as a workplace a person leaves ("academia", "higher education", "the lab").
_ACADEMIA = r"(?:academia|the academy|academic research|higher education|higher ed|(?:the |a )?university(?: research)?)"
#: A move into other work ("looking to move into", "hoping to transition to", "pivot to", "make the move to",
#: "making a career change into", "career switch to", "to become a"; session 31, trial128).
_MOVE = (r"(?:(?:looking|hoping|aiming|planning|ready|eager|excited|seeking|want(?:ing)?|intend(?:ing)?)\s+to\s+)?"
         r"(?:(?:move|get|step|switch|transition|pivot)\s+into|(?:move|switch|transition|pivot)\s+to|"
         r"make\s+(?:the|a|my)\s+(?:move|switch|transition|jump|leap|pivot)\s+(?:in)?to)|"
         r"(?:mak(?:e|ing)\s+)?(?:a\s+)?career\s+(?:change|switch|move|transition|pivot)\s+(?:in)?to|to\s+become|aspiring")
#: Words that introduce the work a person asks for, with the words that may follow before the
#: title ("Seeking a position as", "moving into a full-time", "start a career in … as").
ASK_CUE = re.compile(
    r"\b(?:seeking|seek|looking for|to obtain|to secure|pursuing|targeting|moving|transitioning|pivoting|breaking|"
    # "TARGET: Help Desk / IT Support Tier 1" (blind16 q13), "Target role: Dispatcher"; "looking to move into a
    # dispatcher role" (a newcomer's trial, session 29: a CDL-A driver's ask was not read), "hoping to get into"
    r"target(?:\s+(?:role|roles|position|positions|title|titles|job|jobs))?\s*:|"
    # the next job under a label ("NEXT STEP: Data Analyst.", "What I want next: …"; blind17 s07, s08; "Career
    # goal: Network Administrator", session 31; not "Career change:", which says what the person leaves: "Career
    # change: 5 years as a bookkeeper.")
    r"(?:what\s+i\s+want\s+next|next\s+(?:step|job|role|move|position)|career\s+(?:goal|target))\s*:|"
    + _MOVE + r"|"
    r"start(?:ing)? (?:a|my) (?:new )?career|apply(?:ing)? for|interested in|"
    # an academic CV leaving the university ("Leaving academia for applied economist work", "Transitioning from
    # academia to industry Research Scientist roles"; fam90, blind14 n10)
    r"(?:leav(?:e|ing)|exit(?:ing)?)\s+" + _ACADEMIA + r")\s+"
    r"(?:(?:out of|from|away from)\s+" + _ACADEMIA + r"\s+)?"
    r"(?:(?:into|to|for|in|as|of|an?|the|new|my|first|entry[- ]level)\s+)*"
    r"(?:(?:position|role|job|career|opportunit(?:y|ies)|work)\s+(?:of|as|in)\s+(?:an?\s+)?)?"
    r"(?P<what>[^.;:!?\n]{3,90})", re.IGNORECASE)
#: A cue the sentence negates just before it ("Not interested in a clinical director role yet", blind16 q22 read
#: executive; "I am not looking for a management position", "No longer pursuing nurse manager roles"): no ask.
REFUSED = re.compile(r"\b(?:not|never|no longer|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: Where a stated title ends ("a medical assistant role in primary care", "CNA in hospital").
TITLE_END = re.compile(r"\s+(?:role|roles|position|positions|job|jobs|in|at|where|with|within|for|that|who|and use|"
                       r"using|while|so|because|after|from)\b.*$|[,(].*$|\s+work$", re.IGNORECASE)
#: Where a cue's words name two titles ("general laborer or apprentice", "Instructional Designer / eLearning
#: Developer", "corporate training as an Instructional Designer").
TITLE_SPLIT = re.compile(r"\s+(?:or|as|/)\s+|\s*/\s*", re.IGNORECASE)
#: The field a move leaves, before the one it enters ("from resort banquets to pharmacy", blind17 s03).
MOVE_ORIGIN = re.compile(r"^from\s+[^.;:!?\n]+?\s+(?:to|into)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
#: Words of the work arrangement before an asked-for title ("a full-time Dental Hygienist position", "a PRN
#: Physical Therapist Assistant job", "a remote Data Analyst role", "a contract paralegal role"): not part of the
#: title (trial18 finding 5: the Preferences page was pre-filled with "full-time Dental Hygienist"). Dropped only
#: when the rest still reads as an occupation, so "Contract Specialist" and "Temp Coordinator" stay whole.
ARRANGEMENT = re.compile(r"^(?:an?|the|(?:full|part)[- ]?time|per[- ]diem|prn|contract|temporary|temp|seasonal|"
                         r"permanent|remote|hybrid|on[- ]?site|in[- ]office|weekends?|night[- ]shift|day[- ]shift|"
                         r"evening|overnight|casual|relief|locum(?: tenens)?|fixed[- ]term|industry|private[- ]sector|"
                         r"corporate)\s+", re.IGNORECASE)
#: A stated reading must be one of these methods (a word vote on prose is noise): O*NET's titles, the rules of
#: ``occupations``, and every title pattern of ``occupation_specialties.SPECIALTIES`` (the units, grants, classes,
#: field-service and service-word kinds among them; session 31: ``learning_content`` was missing, so "an
#: Instructional Designer role" was no ask).
STATED_METHODS = frozenset({"exact", "suffix", "prefix", "function", "qualified", "civil_service", "inspector",
                            "health_inspection", "infosec", "department", "emergency_dispatch",
                            # heads held back from their modifier's field (``occupation_modifiers``, session 25)
                            "engineer_of_subject", "site_superintendent",
                            *(kind[0] for kind in SPECIALTIES)})


def ask_phrases(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, words)`` after each :data:`ASK_CUE` in ``text``, in order. A cue whose words open with another
    cue gives way to it ("seeking to transition into …", "Looking to make the move to …"); the words of a cue are
    searched for later cues too ("Seeking an opportunity to pivot into a TPM role"). A cue negated just before
    (:data:`REFUSED`) is skipped with every cue inside its words ("not seeking to move into management")."""
    pos = 0
    while (m := ASK_CUE.search(text, pos)) is not None:
        if REFUSED.search(text, max(0, m.start() - 40), m.start()):
            pos = m.end()
            continue
        pos = m.start("what")
        if ASK_CUE.match(text, pos) is None:
            yield m.start("what"), m.group("what")
