"""The rung of a named function: "<function> <head>" titles read by their head's rung (trial144 finding 3).

O*NET's reported-titles sample files some staff titles under the function's managers ("Human Resources
Coordinator", "Benefits Coordinator" → 11-3121/11-3111 managers; the alternate-titles file lists the same
"Human Resources Coordinator" under 13-1071 specialists), and the function table (``FUNCTION_CODES``) gives
a function's manager code to any head ("Marketing Assistant", "Finance Coordinator" → the managers). A target
"HR Coordinator" read as HR Managers made an HRIS contract and a VP of HR "the same occupation".

:func:`function_rung` ``(title) -> (code, key) | None`` reads the title's first segment, level words dropped
(``normalize_title``), as ``<function words> <rung head>`` and returns the code of that rung:

==========================================  ==========  ============  ============  ==========
function words                              clerical    coordinator   specialist    manager
==========================================  ==========  ============  ============  ==========
human resource(s), personnel, people        43-4161     13-1071       13-1071       11-3121
(operations), hris, human resources
information system(s), talent acquisition,
recruiting, recruitment
benefits, employee benefits, compensation   43-4161     13-1141       13-1141       11-3111
(and benefits), total rewards
training (and development), learning (and   13-1151     13-1151       13-1151       11-3131
development)
finance, financial                          43-3031     43-3031       13-2051       11-3031
accounting                                  43-3031     43-3031       13-2011       11-3031
marketing, digital marketing                13-1161     13-1161       13-1161       11-2021
information technology                      15-1232     15-1232       15-1232       —
administrative                              43-6014     43-6014       43-6014       —
==========================================  ==========  ============  ============  ==========

Rung heads: clerical — assistant, clerk, aide; coordinator — coordinator; specialist — specialist,
generalist, analyst, (business) partner, representative, administrator, associate, officer, consultant,
advisor/adviser; manager — manager, director, head, supervisor. A dash (—) leaves the general reading (an IT
manager stays a systems administrator's manager reading; an office manager is O*NET's office supervisor).
"A and B <head>" reads as "A <head>" (the first-named function). HRIS titles stay with human resources, as the
issue-11 family definitions put them (``benchmarks/data/issue11/families.md``).

:func:`field_entry` ``(field) -> code | None``: a field a resume says the person is moving into ("moving into
Human Resources") names no rung; its specialist rung stands for it, not its managers (trial144 finding 4:
the stated "Human Resources" read as HR Managers made every VP of HR the person's own occupation).

Sources: SOC 2018 (BLS) 43-4161, 13-1071, 11-3121 definitions (HR assistants keep records, specialists
recruit and place, managers plan and direct); O*NET 29.2 alternate titles (Human Resources Coordinator,
Benefits Coordinator → specialists); trial144 evidence (Dana Whitfield, "HR Coordinator").
"""

from __future__ import annotations

import re

__all__ = ["FUNCTION_RUNGS", "RUNG_HEADS", "field_entry", "function_rung"]

_HR = ("43-4161.00", "13-1071.00", "13-1071.00", "11-3121.00")
#: function words (``normalize_title`` form) → codes of the rungs (clerical, coordinator, specialist, manager).
FUNCTION_RUNGS: dict[str, tuple[str | None, str | None, str | None, str | None]] = {
    **dict.fromkeys(("human resources", "human resource", "personnel", "people", "people operations", "hris",
                     "human resources information systems", "human resources information system",
                     "human resource information systems", "human resource information system", "talent acquisition",
                     "recruiting", "recruitment"), _HR),
    **dict.fromkeys(("benefits", "employee benefits", "compensation", "compensation and benefits", "total rewards"),
                    ("43-4161.00", "13-1141.00", "13-1141.00", "11-3111.00")),
    **dict.fromkeys(("training", "training and development", "learning", "learning and development"),
                    ("13-1151.00", "13-1151.00", "13-1151.00", "11-3131.00")),
    **dict.fromkeys(("finance", "financial"), ("43-3031.00", "43-3031.00", "13-2051.00", "11-3031.00")),
    "accounting": ("43-3031.00", "43-3031.00", "13-2011.00", "11-3031.00"),
    **dict.fromkeys(("marketing", "digital marketing"), ("13-1161.00", "13-1161.00", "13-1161.00", "11-2021.00")),
    "information technology": ("15-1232.00", "15-1232.00", "15-1232.00", None),
    # not "office": O*NET files "Office Coordinator" under office supervisors (43-1011), and a 43-6014 reading made a
    # coordinator of six years "I run our office" entry-level (fam130's vanity table, session 32)
    "administrative": ("43-6014.00", "43-6014.00", "43-6014.00", None),
}

#: head word(s) of a title → rung index into :data:`FUNCTION_RUNGS` rows.
RUNG_HEADS: dict[str, int] = {
    **dict.fromkeys(("assistant", "clerk", "aide"), 0),
    "coordinator": 1,
    **dict.fromkeys(("specialist", "generalist", "analyst", "partner", "business partner", "representative",
                     "administrator", "associate", "officer", "consultant", "advisor", "adviser"), 2),
    **dict.fromkeys(("manager", "director", "head", "supervisor"), 3),
}

_SPLIT = re.compile(r"\s+[-–—|]\s+|,|\(|\s+at\s+|\s+for\s+", re.IGNORECASE)


def function_rung(title: str) -> tuple[str, str] | None:
    """``(O*NET code, matched key)`` of a title's first segment read as ``<function> <rung head>`` (module
    table), else None. "HR Coordinator" → ("13-1071.00", "human resources coordinator"); "Sr. Benefits
    Coordinator" → 13-1141.00; "HR & Admin Assistant" → 43-4161.00; "Vice President, HR" → None (the
    department reading decides). Never raises."""
    from careercopilot.normalize.occupations import normalize_title

    first = _SPLIT.split(title or "", maxsplit=1)[0]
    key = normalize_title(first)
    words = key.split()
    if len(words) < 2:
        return None
    for n in (2, 1):
        head = " ".join(words[-n:])
        if head in RUNG_HEADS and len(words) > n:
            function = " ".join(words[:-n]).split(" and ")[0].strip()
            row = FUNCTION_RUNGS.get(function)
            code = row[RUNG_HEADS[head]] if row else None
            return (code, key) if code else None
    return None


def field_entry(field: str) -> str | None:
    """The specialist-rung code of a bare function named as a field ("Human Resources" → 13-1071.00,
    "Marketing" → 13-1161.00; module table), else None. Never raises."""
    from careercopilot.normalize.occupations import normalize_title

    words = normalize_title(field or "").split(" and ")[0].split()
    while words and words[0] in _LEAD_INS:  # "into HR", "a career in marketing" (``stated_cues`` keep the cue word)
        words = words[1:]
    row = FUNCTION_RUNGS.get(" ".join(words))
    return row[2] if row else None


_LEAD_INS = frozenset({"into", "in", "to", "a", "an", "the", "career", "field", "of", "role", "roles"})
