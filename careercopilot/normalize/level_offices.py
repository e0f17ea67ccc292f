"""Rungs of offices a title names by its phrase: the C-suite by its initials, the heads of a
town's, county's or university's departments, the school's and the legal department's second
rungs (issue 11, session 24). Read first of ``level_reading.TITLE_RUNGS`` (first match wins).
Also "Dir." for director (:data:`DIRECTOR_ABBR`) and a promotion asked for after few years
(:func:`stretch_held`, used by ``services.matching.profile.read_person``).

Sources: issue-11 families.md level guide ("executive = director and above (head of, VP,
C-level, commissioner, executive director …)"; "lead = … deputy/assistant director"; "senior =
… 5+ yrs specialist"); O*NET-SOC 2018: 11-1011 Chief Executives (job zone 5) files the C-suite
("Chief Information Officer", "Chief Nursing Officer", "City Manager", "Town Administrator") and
the elected or appointed heads of local government; 11-9033 Education Administrators,
Postsecondary (zone 5) files "Provost" and "Registrar" — the registrar heads the records office
and reports to the provost: lead (a manager of the office's specialists) unless the title makes
him the university's (a "University Registrar", "Registrar and Dean/Director": executive);
11-9041 / 17-2051: a "City/County/Town Engineer" is the engineering department's head in the
ICMA municipal form, read executive (blind7 g06 "Director of Public Works / County Engineer" =
executive). Law departments: assistant general counsel = mid (NYC posting labels), associate
general counsel = the senior rung below the deputy (blind8 h15 = senior), deputy = lead.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: C-suite initials (chief nursing/information/human resources/information security/revenue/
#: people or product/data or diversity/legal or learning/compliance or commercial/academic/
#: administrative/experience/strategy/growth/medical/marketing/operating/financial/technology/
#: executive officer) — only as the title's own word: at its start or after "/", "&", "and",
#: "|" or "–", never after a comma (a credential: "Orthotist, CPO").
_CSUITE = r"c(?:n|i|hr|is|r|p|d|l|c|a|x|s|g|m|o|f|t|e|ai)o"
#: What may follow the initials in a title ("CNO / VP Patient Care", "CIO, City of Tulsa", "CISO
#: (interim)"); a following noun makes them a modifier ("CRO Oversight Manager": a contract
#: research organization).
_AFTER = r"(?=\s*(?:$|[/,(|–—&:;-]|\band\b|\bat\b|\bof\b|\bfor\b))"
_OWN = r"(?:^|[/&|–—]\s*|\band\s+|\s-\s)(?:interim\s+|acting\s+|global\s+|group\s+|system\s+)?"

#: Offices ``(pattern, level)``, in order, first match wins (module doc for the sources).
OFFICE_RUNGS: tuple[tuple[re.Pattern[str], str], ...] = (
    # the chief's second and third: deputy / assistant / associate before the initials
    (_rx(r"\b(?:deputy|assistant|asst\.?|associate|vice)\s+" + _CSUITE + r"\b"), "lead"),
    # a Navy or Coast Guard chief petty officer (E-7) is a rank (``TITLE_RUNGS``: petty officer = mid)
    (_rx(r"\bcpo\b.*\b(?:navy|usn|uscg|coast guard|e-?[789])\b|\b(?:navy|usn|uscg|coast guard|e-?[789])\b.*\bcpo\b"),
     "mid"),
    (_rx(_OWN + _CSUITE + r"\b" + _AFTER), "executive"),
    # heads of local government and of its departments
    # (a deputy or assistant city manager is left to the level words: "Deputy City Manager - Chief
    # Financial Officer" = executive, NYC posting li-3816831972; "Assistant Town Manager" = lead)
    (_rx(r"\b(?:assistant|asst\.?|deputy)\s+(?:city|county|town|village|township|borough)\s+engineer\b"), "lead"),
    (_rx(r"^(?!.*\b(?:assistant|asst|deputy|associate|junior|staff|project|design|traffic|civil engineer [iv]+)\b)"
         r"(?:.*\b)?(?:(?:city|county|town|village|township|borough|municipal)\s+(?:manager|administrator)|"
         r"(?:city|county|town|village|township|borough)\s+engineer(?!\s+(?:[iv]+|[1-4]|trainee|in training)\b))\b"),
     "executive"),
    (_rx(r"\b(?<!assistant )(?<!deputy )(?:dir\.?|director)\s+(?:of\s+)?public\s+(?:works|utilities)\b|"
         r"\bpublic\s+(?:works|utilities)\s+(?:dir\.?|director)\b"), "executive"),
    (_rx(r"^(?!.*\b(?:assistant|asst|deputy)\b).*\b(?:superintendent of (?:public )?utilities|"
         r"utilities superintendent)\b"), "executive"),
    # the university's academic officer and its records office
    (_rx(r"\b(?:associate|assistant|asst\.?|deputy)\s+(?:vice\s+)?provost\b|\b(?:associate|assistant|asst\.?|deputy)\s+"
         r"registrar\b"), "lead"),
    (_rx(r"\bprovost\b|\buniversity registrar\b|\bregistrar and (?:dean|director|vice)\b"), "executive"),
    (_rx(r"(?<!cancer )(?<!tumor )(?<!tumour )(?<!trauma )(?<!stroke )(?<!medical )(?<!museum )(?<!collections )"
         r"(?<!clinical )(?<!surgical )(?<!land )(?<!domain )\bregistrar\b(?!\s+(?:clerk|assistant|specialist|technician|coordinator|associate|analyst))"), "lead"),
    # a school's assistant principal, in any word order ("Assistant High School Principal")
    (_rx(r"\b(?:assistant|asst\.?|vice|deputy|associate)\s+(?:[\w-]+\s+){0,2}principal\b"
         r"(?!\s+(?:engineer|developer|analyst|scientist|consultant|architect|designer|specialist)s?\b)"), "lead"),
    (_rx(r"\bassociate general counsel\b"), "senior"),
)

#: "Dir." / "Dir of" for director ("Dir. of Public Works", "Exec. Dir.", "Dir, Nursing"), read as the word.
DIRECTOR_ABBR = _rx(r"\bdir\.|\bdir\b(?=\s+of\b|,)")


def stretch_held(level: str | None, current: str | None, text: str) -> str | None:
    """``level`` (the rung the person's asks name) back down to the current title's rung when it is
    exactly the next one up and the summary states fewer than ``level_reading.STATED_SENIOR_YEARS`` years: the
    person asks for their promotion, and is hired at the rung they hold (blind8 h08, an "Architectural
    Designer II" of 3 + 4 years asking for "Designer III or project architect" = mid; the long-tenure
    asks of f05, f15 and e09 state 12–19 years and keep the asked rung). None stays None."""
    from careercopilot.normalize import level_reading as lr  # imports this module
    from careercopilot.normalize.occupations import LEVELS, infer_level

    held = infer_level(current or "", None, default=None)
    if level is None or held is None or LEVELS.index(level) != LEVELS.index(held) + 1:
        return level
    said = lr.stated_years(text)
    return held if said is not None and said < lr.STATED_SENIOR_YEARS else level
