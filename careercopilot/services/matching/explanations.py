"""The preference checks of an explanation (title, location, work mode, salary floor, visa,
seniority): each a :class:`PreferenceCheck` with its reason in words."""

from __future__ import annotations

import re

from careercopilot.bidi import quote
from careercopilot.models import JobPosting
from careercopilot.normalize.salary import salary_amount_text, salary_text
from careercopilot.schemas import PreferenceCheck
from careercopilot.services.matching.common import annual_usd, posting_annual_usd
from careercopilot.services.matching.profile import Profile

#: Seniority ladder (index = level) and the title words that imply each level.
SENIORITY = ("junior", "mid", "senior", "lead")
#: The ladder the checks use (``normalize.occupations.LEVELS``): staff/principal = lead.
LEVELS = ("entry", "mid", "senior", "lead", "executive")
_SENIORITY_WORDS = {
    "junior": ("intern", "internship", "junior", "jr", "graduate", "entry", "trainee", "apprentice", "associate"),
    "senior": ("senior", "sr", "experienced"),
    "lead": ("lead", "principal", "staff", "head", "director", "manager", "chief", "vp"),
}



def _posting_level(title: str) -> str | None:
    words = set(re.findall(r"[a-z]+", title.lower()))
    for level in ("lead", "senior", "junior"):
        if words & set(_SENIORITY_WORDS[level]):
            return level
    return None


#: Title words that say nothing about the role itself (levels, filler): a target title is
#: matched by its remaining words.
_TITLE_FILLER = frozenset({"senior", "junior", "lead", "staff", "principal", "head", "associate", "intern", "mid",
                           "level", "i", "1", "2", "3", "4", "the", "of", "and", "for", "a", "an", "in", "at", "to"})


def _title_words(title: str) -> list[str]:
    from careercopilot.normalize.dedupe import title_key

    return [w for w in title_key(title).split() if w not in _TITLE_FILLER]


def title_matches(target: str, posting_title: str) -> bool:
    """Whether a posting title is the target title (the Title preference check).

    True when every role word of ``target`` (``normalize.dedupe.title_key``: accents,
    case, punctuation and abbreviations such as "Sr"/"Eng" normalized; levels like
    "Senior" ignored) occurs in the posting title ("Data Engineer" ⊂ "Senior Data Engineer
    (Remote)"), or the two keys are near-identical (rapidfuzz ``token_sort_ratio`` ≥ 90:
    typos, word order). One shared generic word is not enough: "Data Engineer" does not
    match "Android Engineer" (token_set_ratio, used before, said it did).
    """
    from rapidfuzz import fuzz

    want, have = _title_words(target), _title_words(posting_title)
    if not want or not have:
        return False
    if set(want) <= set(have):
        return True
    return fuzz.token_sort_ratio(" ".join(want), " ".join(have)) >= 90


def _names_its_occupation(target: str, occupation_title: str | None) -> bool:
    """Whether the target title's head noun is a word of the occupation its vote chose ("Fleet Dispatcher" →
    "Dispatchers, Except Police, Fire, and Ambulance"): the target then names that occupation, and another one of
    its family is not it — a "Driver" posting was ✓ "the same occupation (Dispatchers)" for a driver moving into
    dispatch (session 25 — "session 28", trial101 #2). A vote won on modifiers ("Operations Lead") names no
    occupation: the family decides, as before."""
    words = re.findall(r"[a-z]+", (target or "").lower())
    if not words or not occupation_title:
        return False
    head = words[-1]
    stems = {w.rstrip("s") for w in re.findall(r"[a-z]+", occupation_title.lower())}
    return head.rstrip("s") in stems


def occupation_title_fit(target: str, posting_title: str, posting_occ=None) -> tuple[bool, str]:
    """Whether a posting title is the target title by occupation and level (issue 11, obs. 7)
    → (ok, reason). Both titles are read as O*NET occupations
    (``normalize.occupations.infer_occupation``): the same occupation, or the same family
    when the target names no more specific one, with the posting's level at most one step
    from the target's level words ("Staff Engineer" → software, lead: "Android Engineer" is
    two steps below; "(Senior) Data Engineer" is another occupation). Shared words alone
    never pass; when either occupation is unknown the word rule of :func:`title_matches`
    decides. ``posting_occ``: the posting's occupation as the matcher reads it
    (``signals.posting_occupation``: title, and the duties where the title leaves the field open — a
    "Quality Control Specialist" in a cGMP lab), so the title row and the title-fit component come from
    one reading (fam71: "Title fit 85 %" beside a ✗ that read the title alone); default: the title alone."""
    from careercopilot.normalize.occupations import infer_level, infer_occupation, same_occupation

    from careercopilot.normalize.occupation_domains import read_title

    t = read_title(target)
    q = posting_occ if posting_occ is not None and posting_occ.family else infer_occupation(posting_title[:200])  # "Pulmonary Case Manager": an RT's
    if not t.family or not q.family:
        ok = title_matches(target, posting_title)
        return ok, ("the titles match" if ok else "the titles differ")
    same = same_occupation(t.code, q.code) or (t.family == q.family and t.method == "vote" and not _names_its_occupation(
        target, t.title))
    if not same:  # a title naming two roles matches a target of either (normalize.dual_roles)
        from careercopilot.normalize.dual_roles import role_occupations

        role = next((r for r in role_occupations(posting_title[:200]) if same_occupation(t.code, r.code)), None)
        if role is None:
            from careercopilot.normalize.unit_management import same_job_title

            if same_job_title(target, posting_title[:200]):  # "Store Manager" for "Restaurant Manager" (trial 81)
                return True, "both run a unit (a store, restaurant, site or shift): the same work"
            return False, f"{q.title or q.family} is not {t.title or t.family}"
        return True, f"one of its two roles is your occupation ({t.title})"
    want = infer_level(target, None, default=None)
    have = infer_level(posting_title, None, default="mid")
    if want and abs(LEVELS.index(want) - LEVELS.index(have)) > 1:
        return False, f"a {have}-level role, your target is {want}-level"
    if not same_occupation(t.code, q.code):  # a target naming no one occupation ("Operations Lead"): its field
        return True, f"the same field ({(q.family or '').replace('_', ' ')})"
    return True, f"the same occupation ({t.title})"


def _title_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    if not prof.titles:
        return None
    from careercopilot.services.matching.signals import posting_occupation

    why, q = [], posting_occupation(p)
    for t in prof.titles:
        # the title alone, then the matcher's reading of the posting (its duties: a QC lab's "Quality Control
        # Specialist"); reading the duties alone lost ✓s the title earns (dev r36, fam71)
        ok, reason = occupation_title_fit(t, p.title)
        if not ok and q.family and q.method != "exact":
            ok2, reason2 = occupation_title_fit(t, p.title, q)
            ok, reason = (ok2, reason2) if ok2 else (ok, reason)
        if ok:
            return PreferenceCheck(name="title", ok=True, reason=f"Title {quote(p.title)} matches your target {quote(t)}: {reason}")
        why.append(reason)
    return PreferenceCheck(name="title", ok=False,
                           reason=f"Title {quote(p.title)} is not one of your targets ({', '.join(prof.titles[:3])}): {why[0]}")


def _location_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    """The user's places against every place of the posting (``normalize.places.location_verdict``:
    codes, GeoNames ids and distances — never substrings)."""
    from careercopilot.normalize.location import Location
    from careercopilot.normalize.places import location_verdict, parse_place_list, posting_places

    wanted = prof.places or [x.model_dump() for x in parse_place_list(prof.locations)[0]]
    if not wanted:
        return None
    # Rows stored before places existed: their city/region/country columns.
    places = p.places or posting_places(None, Location(city=p.city, region=p.region, country=p.country))
    ok, reason = location_verdict(wanted, places=places, work_mode=p.work_mode,
                                  allowed_regions=p.allowed_regions or (), country=p.country)
    return PreferenceCheck(name="location", ok=ok, reason=reason)


def _work_mode_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    if not prof.work_modes:
        return None
    if not p.work_mode:
        return PreferenceCheck(name="work mode", ok=None, reason="The posting does not state remote/hybrid/onsite")
    ok = p.work_mode in prof.work_modes
    return PreferenceCheck(name="work mode", ok=ok, reason=(
        f"{p.work_mode.capitalize()} — one of your work modes" if ok
        else f"{p.work_mode.capitalize()}, you want {' or '.join(prof.work_modes)}"))


def yearly_range_text(lo: float | None, hi: float | None, per_unit: float, currency: str) -> str:
    """A yearly range in annual USD (``lo``/``hi``, either may be None) shown in ``currency``
    (``per_unit`` USD per unit of it), whole units: ``"USD 41,600–62,400"``, one figure when the
    ends round alike or only one is known."""
    ends = [f"{v / per_unit:,.0f}" for v in (lo, hi) if v is not None]
    return f"{currency} " + "–".join(dict.fromkeys(ends))


def _salary_check(prof: Profile, p: JobPosting) -> tuple[PreferenceCheck | None, str | None]:
    """The salary preference check and the ECB rate date when a currency was converted (else None).

    The yearly equivalent shown for a posting paid by the hour, day, week or month (or in
    another currency) converts each end of its range on its own (``posting_annual_usd``: hour ×
    2,080, day × 260, week × 52, month × 12, then the ECB rate): "USD 20–30 / hour ≈ USD
    41,600–62,400/year"; a lone bound converts alone (issue 11 trial: the figure was the top end
    only, "≈ USD 62,400/year", which read as if the whole range paid that). An hourly rate with
    stated hours is annualised at them and says so (issue 11, trial F7: "Part-time, 24–32
    hours/week, $25–30/hr" met a USD 62k floor): "USD 25–30 / hour × 24–32 h/week ≈ USD
    31,200–49,920/year"; a part-time posting paid by the hour or day that states no hours keeps
    full-time hours (none are invented) and says that: "(part-time, hours not stated: counted as
    full time)". The figure compared with the floor is the range's top (its max, else its min) in
    annual USD — the same rule as the jobs filter (``job_views.annual_usd_top_sql``), the vector
    filter (``salary_top``) and alerts (``alerts.semantics.facts_of``): a range that reaches the
    floor can pay it."""
    from careercopilot.normalize.salary import Salary, annualize
    from careercopilot.normalize.work_hours import hours_text

    if not prof.salary_floor:
        return None, None
    floor_lo, _, d1 = annual_usd(prof.salary_floor, None, prof.salary_currency, prof.salary_period)
    lo, hi, d2 = posting_annual_usd(p)
    rate_date = d1 or d2
    if floor_lo is None:
        return PreferenceCheck(name="salary", ok=None, reason=f"No exchange rate for {prof.salary_currency}"), None
    if lo is None and hi is None:
        return PreferenceCheck(name="salary", ok=None, reason="The posting states no salary"), None
    top = hi if hi is not None else lo
    shown = salary_text(p.salary_min, p.salary_max, p.salary_currency, p.pay_period)
    floor_cur = (prof.salary_currency or "USD").upper()
    post_cur = (p.salary_currency or "USD").upper()
    converted = post_cur != floor_cur
    # Shown in the floor's currency and pay period: the comparison is made in annual USD,
    # so USD per unit of the floor currency is floor_lo / (annual floor in its currency).
    floor_annual = annualize(Salary(min_amount=prof.salary_floor, max_amount=None, currency=floor_cur,
                                    period=prof.salary_period or "year"))
    per_unit = floor_lo / floor_annual.min_amount if floor_annual and floor_annual.min_amount else 1.0
    hours = hours_text(getattr(p, "weekly_hours_min", None), getattr(p, "weekly_hours", None)) \
        if p.pay_period == "hour" else ""
    conv = (f"{' × ' + hours if hours else ''} ≈ {yearly_range_text(lo, hi, per_unit, floor_cur)}/year"
            if converted or (p.pay_period or "year") != "year" else "")
    if not hours and p.employment_type == "part_time" and p.pay_period in ("hour", "day"):
        conv += " (part-time, hours not stated: counted as full time)"
    rate = f" (ECB rate of {rate_date})" if converted and rate_date else ""
    floor_s = f"{floor_cur} {salary_amount_text(prof.salary_floor, cents=prof.salary_floor < 1000 and prof.salary_floor != int(prof.salary_floor))}/{prof.salary_period}"
    ok = top >= floor_lo
    return PreferenceCheck(name="salary", ok=ok, reason=(
        f"Pays {shown}{conv}{rate}, {'meets' if ok else 'below'} your floor of {floor_s}")), (
        rate_date if converted else None)


def _visa_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    if not prof.needs_visa:
        return None
    ev = f": {quote(p.visa_evidence)}" if p.visa_evidence else ""
    if p.visa_sponsorship == "yes":
        return PreferenceCheck(name="visa", ok=True, reason=f"Offers visa sponsorship{ev}")
    if p.visa_sponsorship == "no":
        return PreferenceCheck(name="visa", ok=False, reason=f"Does not sponsor visas{ev}")
    return PreferenceCheck(name="visa", ok=None, reason="The posting does not mention visa sponsorship")


def _seniority_check(prof: Profile, p: JobPosting) -> PreferenceCheck | None:
    """The stated seniority vs the posting's level on :data:`LEVELS` — the one reading the
    score's level factor uses (``signals.posting_level_reading``: the title's level words, else
    the years the description asks for, …; "staff", "principal" and "lead" are one level;
    "Senior Paralegal", "Journeyman", "RN II" are read too). A level not read from the title
    says where it was read (trial 41: "× 0.85 a mid-level role" beside "The title states no
    seniority level")."""
    from careercopilot.services.matching.profile import PREFERENCE_LEVEL
    from careercopilot.services.matching.signals import posting_level_reading

    want = PREFERENCE_LEVEL.get(prof.seniority or "")
    if want is None:
        return None
    level, source = posting_level_reading(p)
    ok = level == want
    wanted = ", as you want" if ok else f", you want {prof.seniority}"
    if source == "the title":
        return PreferenceCheck(name="seniority", ok=ok, reason=f"{level.capitalize()}-level role" + wanted)
    if source:
        return PreferenceCheck(name="seniority", ok=ok,
                               reason=f"No level in the title; read as {level}-level from {source}" + wanted)
    return PreferenceCheck(name="seniority", ok=ok,
                           reason=f"No level stated in the title or the description: read as {level}-level" + wanted)
