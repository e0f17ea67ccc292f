"""Which issue-11 postings meet every preference a benchmark resume states — judged from the
curator's labels and the posting's own fields, never from the matcher's checks (that would
make the calibration figure circular).

Issue 11's calibration target: "≥ 90 % of same-profession postings that meet every stated
preference score ≥ 75". ``benchmarks/match_quality.py`` prints it over the pairs for which
:func:`meets_stated_preferences` is True, beside the older figure over all grade-2 pairs.

A (resume, posting) pair is in the population when ALL of these hold:

* **profession** — the curator's grade is 2 (same family, level within one step: ``make_grades.py``);
* **level** — the posting's labeled level equals the resume's labeled level (``level`` of both
  rows, on entry < mid < senior < lead < executive). Rule: the same rung exactly. A person is
  not assumed to want a rung up or down; grade 2 alone admits ±1, which is the older line;
* **place** — :func:`meets_places`: the resume's ``preferences.locations`` and ``remote``;
* **pay** — :func:`meets_floor`: the posting's stated pay, if it states any, reaches the
  resume's ``preferences.salary_floor``.

Target titles are not a filter: they are how the person names the profession the grade
already fixes (the matcher reads them as such).

All inputs are the rows of ``benchmarks/data/issue11`` (``postings.jsonl``, ``resumes.jsonl``);
nothing raises on a missing field (a missing preference is met).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: New York City's five boroughs and its common names, all one city: the NYC Open Data postings
#: give every work address as "…, New York, NY" whatever the borough ("335 Adams Street,
#: Brooklyn Ny, New York, NY"), and resumes ask for "Brooklyn, NY", "Queens, NY" or "NYC".
#: Source: NYC Charter §2 (the city's five boroughs); "New York City Metropolitan Area" is how
#: LinkedIn names the region of a posting placed in the city.
_NYC = {"new york", "new york city", "nyc", "manhattan", "brooklyn", "queens", "bronx", "the bronx",
        "staten island", "long island city", "new york city metropolitan area"}

#: A posting that says it is remote: in its location or title, or in a description phrase that
#: speaks of the job itself ("This is a fully remote position", "work remotely", "work from
#: home") — not "remote monitoring" or "remote sites".
_REMOTE_TEXT = re.compile(
    r"\b(?:(?:fully|100\s*%)\s+remote|remote\s+(?:position|role|job|opportunity|work|employee)s?|"
    r"work(?:ing)?\s+remotely|work\s+from\s+home)\b", re.I)


def _city(text: str) -> tuple[str, str] | None:
    """``("city", "st")`` of a place written "…, City, ST" (lower case; boroughs and the New
    York region read as ``("new york", "ny")``); ``("city", "")`` for a bare city ("Albuquerque");
    None for a region or country ("United States", "Colorado Front Range" are not one city)."""
    parts = [p.strip().lower() for p in re.sub(r"^\s*hybrid\s*[-–:]\s*", "", text, flags=re.I).split(",") if p.strip()]
    if not parts:
        return None
    if parts[-1] in _NYC and len(parts) == 1:
        return ("new york", "ny")
    if len(parts) >= 2 and re.fullmatch(r"[a-z]{2}", parts[-1]):
        city = parts[-2]
        return ("new york", "ny") if parts[-1] == "ny" and city in _NYC else (city, parts[-1])
    if len(parts) == 1 and not re.search(r"\b(?:remote|united states|metro|region|range|us)\b", parts[0]):
        return (parts[0], "")
    return None


def _same_place(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Same city, and the same state when both name one."""
    return a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])


def posting_is_remote(posting: dict) -> bool:
    """Whether the posting says the job is remote (:data:`_REMOTE_TEXT`; "remote" in its location or title)."""
    head = f"{posting.get('location') or ''} {posting.get('title') or ''}".lower()
    return "remote" in head or bool(_REMOTE_TEXT.search(posting.get("description") or ""))


def meets_places(prefs: dict, posting: dict) -> bool:
    """The posting is in one of the resume's stated cities (same city and state; a suburb is not
    its city — stated strictly) or it is remote (:func:`posting_is_remote`) and the resume accepts
    remote work (``remote`` true, or "Remote …" among its locations). No locations and no remote
    stated: met."""
    wanted = [str(x) for x in prefs.get("locations") or []]
    accepts_remote = bool(prefs.get("remote")) or any("remote" in w.lower() for w in wanted)
    if not wanted and not prefs.get("remote"):
        return True
    if accepts_remote and posting_is_remote(posting):
        return True
    here = _city(posting.get("location") or "")
    if here is None:
        return False
    places = [c for w in wanted for piece in re.split(r"\s+or\s+", w, flags=re.I) if (c := _city(piece))]
    return any(_same_place(here, p) for p in places)


def meets_floor(prefs: dict, posting: dict) -> bool:
    """The posting's stated pay reaches the salary floor: the first currency-marked range of its
    description (``normalize.salary_amounts.find_salary_in_text``, the ingest's reader of pay
    written in prose), annualized (hour × 2,080 …, ``normalize.salary.annualize``), its top (max,
    else min) ≥ the floor's amount — the rule of the app's jobs filter: a range that reaches the
    floor can pay it. No floor, no stated pay, or pay in another currency than the floor's
    (no conversion here): met."""
    floor = prefs.get("salary_floor") or {}
    amount = floor.get("amount")
    if not amount:
        return True
    pay = _stated_pay(posting.get("description") or "")
    if pay is None or (pay.currency or "USD").upper() != (floor.get("currency") or "USD").upper():
        return True
    top = pay.max_amount if pay.max_amount is not None else pay.min_amount
    return top is None or top >= float(amount)


@lru_cache(maxsize=4096)
def _stated_pay(description: str):
    """The annualized pay a description states (``normalize.salary.Salary``) or None (cached: one
    reading per posting, not per pair)."""
    from careercopilot.normalize.salary import annualize
    from careercopilot.normalize.salary_amounts import find_salary_in_text

    return annualize(find_salary_in_text(description))


def meets_stated_preferences(resume: dict, posting: dict, grade: int) -> bool:
    """Whether the pair belongs to issue 11's calibration population (see the module doc):
    grade 2, the same labeled level, and every stated place and pay preference met."""
    prefs = resume.get("preferences") or {}
    return (grade == 2 and posting.get("level") == resume.get("level")
            and meets_places(prefs, posting) and meets_floor(prefs, posting))
