"""The rung a person's stated target sets over the rung of the title they hold (issue 11, fam95):
a dual title whose target picks one side, and a step down taken on purpose.

Why (blind15, development data since session 27):

* **Dual titles** — a small employer's holder of two jobs writes both ("Bookkeeper-Office Manager",
  "Foreman-Estimator", "Receptionist/Bookkeeper", "Office Manager & Bookkeeper", "Cook and
  Dishwasher"). The whole title's rung came from its managing side ("Manager", "Foreman" → lead) while
  the person asks for the other side's job (p10 a full-charge bookkeeper = mid, p11 an estimator =
  senior). :func:`held_side` returns the side the person's targets pick — the side whose occupation is a
  target's occupation, else the only side in the person's profession — and ``read_person`` reads the
  level from it.
* **Stepping down on purpose** — a principal going back to the classroom, an engineering manager back
  to individual-contributor work, a nurse manager back to the bedside (p12, p21). The level guide labels
  the job the person is hired into next, so the target title's rung, not the current title's, is the
  level. :func:`stepped_down_level` gives it when the resume says so (:data:`STEP_DOWN`: "stepping
  down", "back to the classroom", "not admin", "individual contributor"), the current title holds a lead
  or executive rung, and every target names a lower one (a target without level words is the working
  rung, mid: "Elementary Teacher", "Staff Nurse"; "Senior Backend Engineer" senior). The middle target
  rung (the lower of two) is the level.

Shapes: strings in; a side title (str) or None; a level (``occupations.LEVELS``) or None.
"""

from __future__ import annotations

import re

#: Joins of two jobs in one title: "-" between two words ("Bookkeeper-Office Manager", "Firefighter-EMT") or
#: with spaces ("Parts Manager - Diesel Mechanic": a side that reads no job, an employer or a shift, is never
#: picked), "/", "&", " and ", "+".
_SIDES = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])|\s+[-–—]\s+|\s*/\s*|\s*&\s*|\s+and\s+|\s*\+\s*", re.IGNORECASE)
#: Hyphenated words that are one word, not two jobs.
_ONE_WORD = re.compile(r"\b(?:full-charge|full-stack|front-end|back-end|co-op|e-commerce|in-house|part-time|full-time|"
                       r"on-site|x-ray|self-employed|pre-k|after-school|in-charge|at-large|non-profit|"
                       r"(?:first|second|third)-line|cross-functional|multi-\w+|co-\w+|sub-\w+|re-\w+|vice-\w+)\b",
                       re.IGNORECASE)

#: A resume's words that it steps down a rung on purpose (sources: how teachers, nurses and engineers
#: write the move: "stepping down from administration", "return to the classroom", "back to bedside
#: nursing", "back to an individual-contributor role", "hands-on again", "just not admin").
STEP_DOWN = re.compile(
    r"\bstep(?:ping|ped)?\s+(?:down|back)\s+from\b|\bstep(?:ping)?\s+down\b|"
    r"\b(?:back|return(?:ing)?|go(?:ing)? back)\s+to\s+(?:the\s+|an?\s+|my\s+)?(?:classroom|teaching|bedside|"
    r"the floor|hands-on|individual[- ]contributor|ic\b|the bench|the tools|the field|engineering work|"
    r"(?:direct\s+)?(?:patient\s+)?care\b|coding|writing code)|"
    r"\b(?:not|no(?:t)? more|no longer|out of|leave|leaving|away from)\s+(?:in\s+)?(?:admin|administration|management|"
    r"managing|leadership|people management|supervision)\b|\bjust not (?:admin|management)\b|"
    r"\b(?:no longer|not|don't|do not)\s+(?:want\s+to\s+|wish\s+to\s+)?(?:manage|supervise)\b|"
    r"\bindividual[- ]contributor (?:role|track|work|position)s?\b|\bback to ic\b|\bas an ic\b",
    re.IGNORECASE)


def title_sides(title: str | None) -> list[str]:
    """The jobs a dual title joins (module doc), [] for one job. A parenthesis and what follows ", " or
    " | " are dropped first."""
    if not title:
        return []
    bare = re.split(r"\s+\|\s+|,\s", re.sub(r"\([^)]*\)", " ", title))[0].strip()
    masked = _ONE_WORD.sub(lambda m: m.group(0).replace("-", "\x00"), bare)
    sides = [s.replace("\x00", "-").strip(" -–—") for s in _SIDES.split(masked)]
    sides = [s for s in sides if re.search(r"[A-Za-z]{2}", s)]
    return sides if len(sides) > 1 else []


def held_side(title: str | None, targets: list[str], family: str | None) -> str | None:
    """The side of a dual ``title`` the person's ``targets`` pick (module doc): the side whose
    occupation code is a target's, else the only side read in ``family``; None for one job, or when no
    side or every side is picked."""
    from careercopilot.normalize.occupations import generic_reading, infer_occupation
    from careercopilot.normalize.person_occupation import own_title_occupation

    sides = title_sides(title)
    if not sides:
        return None
    occs = [own_title_occupation(s) for s in sides]
    wanted = {infer_occupation(t[:200]).code for t in targets if t}
    wanted.discard(None)
    by_code = [s for s, o in zip(sides, occs) if o is not None and o.code in wanted]
    if len(by_code) == 1:
        return by_code[0]
    in_family = [s for s, o in zip(sides, occs) if o is not None and o.family == family and not generic_reading(o)]
    return in_family[0] if family and len(in_family) == 1 else None


def stepped_down_level(targets: list[str], current: str | None, text: str) -> str | None:
    """The level of a person stepping down on purpose (module doc), else None."""
    from careercopilot.normalize.occupations import LEVELS, infer_level

    if not targets or not current or not STEP_DOWN.search(text or ""):
        return None
    held = infer_level(current, None, default=None)
    if held not in ("lead", "executive"):
        return None
    named = sorted((infer_level(t, None, default="mid") or "mid" for t in targets if t), key=LEVELS.index)
    if not named or LEVELS.index(named[-1]) >= LEVELS.index(held):
        return None
    return named[(len(named) - 1) // 2]


__all__ = ["STEP_DOWN", "held_side", "stepped_down_level", "title_sides"]
