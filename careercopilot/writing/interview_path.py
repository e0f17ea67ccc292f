"""Interview questions about the path to this role: a career change, and a gap or a return to work.

Interview guides list these among the questions a career changer or a returner will be asked ("Why are
you changing careers?", "Do you have the skills necessary to succeed in this new career?": The Balance,
https://www.thebalancemoney.com/job-interview-question-why-should-i-take-a-risk-on-you-2061150; Biron
Clark, "Why career change?", https://careersidekick.com/why-career-change/). Issue 12 (a chemistry
teacher applying as a QC chemist got no "why leave teaching?").

* career change — the posting's title and the user's latest role name different occupations: their head
  nouns differ (the last word that is not a level: "Chemistry Teacher" → teacher, "QC Chemist I" → chemist;
  "Staff Accountant" / "Senior Accountant" share one);
* gap — two consecutive roles (by their header years) more than one calendar year apart, or a latest
  role that ended more than one year before ``today`` (a return to work). Years only: a resume's months
  vary in form, and a gap under a year is rarely asked about. A role's dates run to today when its header
  says so in any written form (:func:`careercopilot.normalize.date_ranges.runs_to_present`: "Present",
  "to date", "2019 –", "Since 2019"); a return is asked only when the first role listed has readable dates
  (trial126: a wrapped header lost the current job's dates and the older roles read as the last work).
"""

from __future__ import annotations

import re
from datetime import date

from careercopilot.normalize.date_ranges import runs_to_present
from careercopilot.writing.resume_facts import Role

#: level and filler words after an occupation's head noun ("Chemist I", "Nurse II", "Analyst (Contract)")
_LEVEL = frozenset("i ii iii iv v 1 2 3 4 jr sr junior senior trainee contract temporary temp part-time "
                   "full-time remote hybrid".split())
_YEAR = re.compile(r"\b(19[6-9]\d|20[0-3]\d)\b")


def _head(title: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z0-9-]+", re.sub(r"\([^)]*\)", " ", title).lower()) if w not in _LEVEL]
    return words[-1] if words else ""


def _span(role: Role, this_year: int) -> tuple[int, int] | None:
    years = [int(y) for y in _YEAR.findall(role.header)]
    if not years:
        return None
    end = this_year if role.ongoing or any(runs_to_present(ln) for ln in role.header.splitlines()) else max(years)
    return min(years), end


def path_questions(resume_roles: list[Role], posting_title: str | None, *, today: date | None = None) -> list[str]:
    """Questions (0–2) about a career change and a gap or a return (module rules), most relevant first."""
    out: list[str] = []
    titled = [r for r in resume_roles if r.title]
    if posting_title and titled:
        # the current role (its dates run to the present), else the first listed: trial144 finding 8 asked a store
        # manager about her oldest title when the newer headers were misread
        latest = next((r for r in titled if r.ongoing), titled[0])
        want, have = _head(posting_title), _head(latest.title)
        if want and have and want != have:
            from careercopilot.writing.display import article

            target = posting_title.strip()  # "an HR Coordinator", "a UX Designer" (by sound; trial144: "a HR")
            out.append(f"You have worked as {latest.shown_title}: why move into {article(target)} {target} role now, "
                       "and what from that work carries over?")
    back, gap = history_breaks(resume_roles, (today or date.today()).year)
    if back:
        out.append("Your resume shows time away from paid work since your last role: what have you been doing, "
                   "and how have you kept your skills current?")
    elif gap:
        out.append("Your resume shows a gap between two roles: how would you explain it, and what did you do "
                   "during that time?")
    return out


def history_breaks(resume_roles: list[Role], this_year: int) -> tuple[bool, bool]:
    """``(return, gap)`` of a work history by its roles' header years (module rules): whether the latest
    dated work ended more than a year before ``this_year`` (the first role listed must be dated), and whether
    two consecutive roles lie more than a calendar year apart. The grounding checker reads a question's or
    letter's "time away from paid work" against the same rule (:mod:`.grounding.career_gaps`)."""
    listed = [_span(r, this_year) for r in resume_roles]
    spans = sorted(s for s in listed if s)
    if not spans:
        return False, False
    gap = any(b[0] - a[1] > 1 for a, b in zip(spans, spans[1:]))
    back = listed[0] is not None and max(e for _, e in spans) < this_year - 1
    return back, gap
