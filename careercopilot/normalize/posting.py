"""Assemble a :class:`NormalizedPosting` from a connector's raw fields."""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .dates import parse_posted_at, parse_posted_before
from .invisible import strip_invisible
from .urls import http_url
from .dedupe import canonical_url, company_key, content_hash, dedupe_key
from .html import clean_html, clean_html_report, fix_text
from .location import REGION_ALIASES, Location, country_to_alpha2, parse_location
from .places import posting_places
from .quality import hidden_text_flag, pay_flags, stale_flag
from .salary import Salary
from .salary_amounts import find_salary_in_text
from .salary_currency import local_dollar_currency
from .salary_payloads import parse_salary, unread_salary_terms
from .visa import VisaSponsorship, detect_visa_sponsorship
from .work_hours import weekly_hours

__all__ = ["EmploymentType", "NormalizedPosting", "normalize_posting", "normalize_employment_type", "clean_inline"]

EmploymentType = Literal["full_time", "part_time", "contract", "internship", "temporary"]


class NormalizedPosting(BaseModel):
    """A job posting after normalization (what the services layer stores)."""

    model_config = ConfigDict(frozen=True)

    source: str
    ats_id: str
    url: str  # canonical_url()
    apply_url: str | None = None
    title: str
    company: str
    company_key: str
    location: Location
    salary: Salary | None = None
    posted_at: datetime | None = None  # UTC-aware
    posted_before: datetime | None = None  # UTC-aware upper bound
    description_html: str = ""
    description_text: str = ""
    visa: VisaSponsorship = Field(default_factory=VisaSponsorship)
    employment_type: EmploymentType | None = None
    #: Hours a week the posting states (:func:`~careercopilot.normalize.work_hours.weekly_hours`):
    #: the low end and the top of a range (equal for one figure; None when not stated).
    weekly_hours_min: float | None = None
    weekly_hours: float | None = None
    department: str | None = None
    tags: list[str] = Field(default_factory=list)
    dedupe_key: str
    content_hash: str
    #: ``normalize.quality`` flags (``{"kind", "detail"}``); a flagged posting is hidden by default.
    quality_flags: list[dict[str, str]] = Field(default_factory=list)
    #: Every place of the posting (``normalize.places.Place`` dicts; several for multi-location postings).
    places: list[dict[str, Any]] = Field(default_factory=list)
    #: What the reading was computed from, when the caller keeps it: the services layer's
    #: ``services.posting_inputs.NormalizeInputs`` (the keywords given here, ``now``, a demo date
    #: shift), stored with the row so ``renormalize`` re-runs this reading. Never set by
    #: :func:`normalize_posting`; not dumped, not shown.
    inputs: Any = Field(default=None, exclude=True, repr=False)


# Employment-type mapping, checked in this order on the normalized token
# (lower-case, non-letters removed):
#   internship: "intern", "internship", JSON-LD INTERN, "trainee",
#               "traineeship", "apprentice", "werkstudent", "working student"
#   contract:   "contract", "contractor" (JSON-LD CONTRACTOR), "freelance",
#               "freelancer", "consultant", "contingent"
#   temporary:  "temporary" (JSON-LD TEMPORARY), "temp", "seasonal",
#               "fixed term" (Recruitee fulltime_fixed_term/parttime_fixed_term),
#               "befristet"
#   part_time:  "part time", "parttime" (Ashby PartTime, JSON-LD PART_TIME,
#               Recruitee parttime_permanent), "teilzeit"
#   full_time:  "full time", "fulltime" (Ashby FullTime, JSON-LD FULL_TIME,
#               "Full-time", Recruitee fulltime_permanent), "permanent"
#               (Lever commitment), "regular", "vollzeit", "cdi"
# Anything else (JSON-LD VOLUNTEER, PER_DIEM, OTHER, "") -> None.
_EMPLOYMENT_RULES: list[tuple[EmploymentType, tuple[str, ...]]] = [
    ("internship", ("intern", "trainee", "apprentice", "werkstudent", "workingstudent")),
    ("contract", ("contract", "freelanc", "consultant", "contingent")),
    ("temporary", ("temporary", "temp", "seasonal", "fixedterm", "befristet")),
    ("part_time", ("parttime", "teilzeit")),
    ("full_time", ("fulltime", "permanent", "regular", "vollzeit", "cdi")),
]


_INTERN_WORDS = frozenset(
    {"intern", "interns", "internship", "internships", "trainee", "traineeship",
     "apprentice", "apprenticeship", "werkstudent"}
)


def normalize_employment_type(value: Any) -> EmploymentType | None:
    """Map a board's employment type to ``full_time``/``part_time``/
    ``contract``/``internship``/``temporary`` or ``None`` (mapping documented
    above ``_EMPLOYMENT_RULES``; first rule that matches wins, so
    "fulltime_fixed_term" -> temporary). Lists (JSON-LD allows them) use the
    first mappable item. Never raises."""
    if isinstance(value, (list, tuple)):
        for v in value:
            r = normalize_employment_type(v)
            if r:
                return r
        return None
    if not isinstance(value, str):
        return None
    return _employment_type_str(value[:200])


@lru_cache(maxsize=4096)
def _employment_type_str(value: str) -> EmploymentType | None:
    """:func:`normalize_employment_type` of a string (memoized: a feed uses a handful)."""
    low = value.casefold()
    token = re.sub(r"[^a-z]", "", low)
    if not token:
        return None
    words = set(re.findall(r"[a-z]+", low))
    if words & _INTERN_WORDS or "workingstudent" in token:
        return "internship"
    for result, needles in _EMPLOYMENT_RULES[1:]:
        for n in needles:
            if n == "temp" and "temp" not in words:
                continue
            if n in token:
                return result
    return None


def clean_inline(value: Any) -> str:
    """One-line text cleanup for titles, company and department names:
    HTML entities decoded, tags removed, mojibake fixed (``ftfy``), whitespace
    collapsed, stripped; invisible format characters (bidi overrides and isolates, zero-width
    characters, soft hyphens: :func:`careercopilot.normalize.invisible.strip_invisible`) removed. ``None`` -> ``""``."""
    if value is None:
        return ""
    return _clean_inline_str(str(value)[:2000])


_TAG_RE = re.compile(r"<[^>]*>")
#: Elements whose CONTENT is not text of the page (``normalize.html._DROP_WITH_CONTENT``'s
#: code-like part): a title "Python Dev<script>window.__xss=2</script>" is "Python Dev".
#: An element left open drops everything after it.
_DROP_ELEMENT_RE = re.compile(r"<\s*(script|style|noscript|template|iframe|object|svg|math|textarea)\b[^>]*>"
                              r".*?(?:<\s*/\s*\1\s*>|$)", re.IGNORECASE | re.DOTALL)
#: C0 controls and DEL (NUL, ESC, …): one-line fields keep none (``text_guard``).
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


def _strip_markup(s: str) -> str:
    s = _DROP_ELEMENT_RE.sub(" ", s)
    return _TAG_RE.sub(" ", s)


@lru_cache(maxsize=65536)
def _clean_inline_str(s: str) -> str:
    """:func:`clean_inline` of a string (memoized: titles, companies, departments and
    tags repeat across a feed). Markup is stripped before AND after decoding entities
    ("&lt;script&gt;…" is markup too), script/style-like elements with their content."""
    s = _html.unescape(_strip_markup(s))
    s = _strip_markup(s)
    s = _CONTROL_RE.sub(" ", strip_invisible(fix_text(s)))
    return " ".join(s.split())


def clean_location_value(value: Any) -> Any:
    """A posting's location as given (text, list of texts, JSON-LD dict) with every string
    cleaned by :func:`clean_inline` (a clipped ``<img onerror=…>`` is no place)."""
    if isinstance(value, str):
        return clean_inline(value)
    if isinstance(value, (list, tuple)):
        return [clean_location_value(v) for v in value]
    if isinstance(value, Mapping):
        return {k: clean_location_value(v) for k, v in value.items()}
    return value


def _allowed_regions(hint: Any) -> list[str]:
    if isinstance(hint, str):
        hint = [hint]
    if not isinstance(hint, Iterable):
        return []
    out: list[str] = []
    for h in hint:
        if not isinstance(h, str) or not h.strip():
            continue
        key = " ".join(re.sub(r"[\W_]+", " ", h.casefold()).split())
        alias = REGION_ALIASES.get(key)
        codes: list[str]
        if isinstance(alias, tuple):
            codes = list(alias)
        elif alias:
            codes = [alias]
        else:
            cc = country_to_alpha2(h)
            codes = [cc] if cc else [h.strip().upper()] if h.strip().isupper() else []
        for c in codes:
            if c not in out:
                out.append(c)
    return out


def _tags(tags: Any) -> list[str]:
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, Iterable) or isinstance(tags, Mapping):
        return []
    seen: set[str] = set()
    out: list[str] = []
    for t in list(tags)[:200]:
        s = clean_inline(t)
        if s and s.casefold() not in seen:
            seen.add(s.casefold())
            out.append(s)
    return out


_BARE_DOLLAR_RE = re.compile(r"(?<![A-Za-z])\$")
_EXPLICIT_USD_RE = re.compile(r"\bUSD\b|\bUS\s?\$|\bU\.S\. dollars?\b", re.IGNORECASE)


def _local_dollar(sal: Salary | None, source: str | None, country: str | None) -> Salary | None:
    """A bare "$" read as USD means the posting country's dollar when it has one
    ("$64,000 – $72,000" in Toronto is CAD): :func:`local_dollar_currency`. Only text
    salaries; structured payloads name their currency."""
    if sal is None or sal.currency != "USD" or not source or not country or country.upper() == "US":
        return sal
    local = local_dollar_currency(country)
    if not local or local == "USD" or not _BARE_DOLLAR_RE.search(source) or _EXPLICIT_USD_RE.search(source):
        return sal
    return sal.model_copy(update={"currency": local})


def _places(value: Any, loc: Location) -> list[Any]:
    try:
        return posting_places(value, loc)
    except Exception:  # noqa: BLE001 - places are best effort; never lose the posting
        return []


def normalize_posting(
    *,
    source: str,
    ats_id: str,
    url: str,
    title: str,
    company: str,
    apply_url: str | None = None,
    location: Any = None,
    work_mode_hint: Any = None,
    allowed_regions_hint: Any = None,
    description_html: str | None = None,
    description_text: str | None = None,
    posted_at: Any = None,
    salary: Any = None,
    salary_currency_hint: str | None = None,
    employment_type: Any = None,
    department: str | None = None,
    tags: Iterable[str] = (),
    work_hours: Any = None,
    raw: Any = None,
    now: datetime,
) -> NormalizedPosting:
    """Normalize one posting. Keyword names are a contract with the
    connectors' ``RawPosting`` (``normalize_posting(**fields, now=now)``).

    * ``title``/``company``/``department``: :func:`clean_inline`.
    * ``url``: :func:`canonical_url` of an absolute http(s) URL (anything else, such as
      ``javascript:``, -> ``""``); ``apply_url``: :func:`careercopilot.normalize.urls.http_url`
      (not http(s) -> None).
    * ``location`` (+ ``work_mode_hint``): :func:`clean_location_value` (tags and
      script content removed), then :func:`parse_location`;
      ``allowed_regions_hint`` (country names/codes or region words such as
      "Europe") fills ``allowed_regions`` when the location gives none; a remote posting's
      residency demand in its description ("must reside in Oregon", "must live within 50 miles
      of Tulsa") narrows them (:func:`~careercopilot.normalize.residency.residency_limits`).
    * description: :func:`clean_html` of ``description_html``; the plain text
      is derived from it, falling back to ``description_text`` (cleaned the
      same way) when there is no HTML or it yields no text.
    * ``posted_at``: :func:`parse_posted_at` / :func:`parse_posted_before`
      relative to ``now``.
    * ``salary``: :func:`parse_salary` with ``salary_currency_hint`` and the
      description text as context; when that gives nothing,
      :func:`find_salary_in_text` on the description (currency-marked ranges
      only).
    * ``visa``: :func:`detect_visa_sponsorship` on the description text.
    * ``employment_type``: :func:`normalize_employment_type`.
    * ``weekly_hours_min``/``weekly_hours``: :func:`~careercopilot.normalize.work_hours.weekly_hours`
      of ``work_hours`` (a board's structured field: schema.org ``workHours``, ``hoursPerWeek``),
      else the title, else the description text ("24–32 hours/week" → 24, 32).
    * ``tags``: cleaned, case-insensitively de-duplicated, order kept.
    * ``dedupe_key``: :func:`dedupe_key` (company, title, location);
      ``content_hash``: :func:`content_hash` over title, company,
      description text and ``location.raw``.
    * ``quality_flags``: :func:`~careercopilot.normalize.quality.pay_flags` (the salary is
      then dropped); ``pay_unreadable`` when a structured salary states a currency or pay unit
      no reader understands (:func:`~careercopilot.normalize.salary_payloads.unread_salary_terms`:
      ``unitText: "MINUTE"``, a currency holding markup — the amount is then unknown and
      dropped, never read as "per year" or as no currency) +
      :func:`~careercopilot.normalize.quality.stale_flag` relative to ``now``.
    * ``places``: :func:`~careercopilot.normalize.places.posting_places` of ``location``
      (one per location of a multi-location posting).
    * ``raw`` is accepted and ignored.

    Raises:
        ValueError: ``source``, ``ats_id`` or ``title`` is empty after
            cleaning.
    """
    del raw
    source_s = clean_inline(source)
    ats_id_s = str(ats_id).strip() if ats_id is not None else ""
    title_s = clean_inline(title)
    company_s = clean_inline(company)
    if not source_s or not ats_id_s or not title_s:
        raise ValueError("normalize_posting: source, ats_id and title must be non-empty")

    location = clean_location_value(location)
    loc = parse_location(location, work_mode_hint=work_mode_hint)
    if not loc.allowed_regions and allowed_regions_hint:
        hinted = _allowed_regions(allowed_regions_hint)
        if hinted:
            loc = loc.model_copy(update={"allowed_regions": hinted})

    safe_html, text, hidden = clean_html_report(description_html) if description_html else ("", "", [])
    if not text and description_text:
        fallback_html, text, hidden = clean_html_report(description_text)
        safe_html = safe_html or fallback_html
    raw_where = loc.raw if isinstance(loc.raw, str) else ""
    if loc.work_mode == "remote" and (text or raw_where):  # "Candidates must reside in Oregon", "Remote in ID, OR,
        from .residency import narrow_limits, residency_limits  # WA, UT", "US Remote excluding CA, NY" (normalize.residency)

        limits = narrow_limits(list(loc.allowed_regions), residency_limits(f"{raw_where}\n{text or ''}"))
        if limits != list(loc.allowed_regions):
            loc = loc.model_copy(update={"allowed_regions": limits})

    sal = parse_salary(salary, default_currency=salary_currency_hint, context_text=text)
    sal_source = salary if isinstance(salary, str) else None
    unread = unread_salary_terms(salary) if sal is not None else []
    if sal is None:
        sal = find_salary_in_text(text, default_currency=salary_currency_hint)
        sal_source = text
    sal = _local_dollar(sal, sal_source, loc.country)

    flags = pay_flags(sal)
    if unread:  # "50 USD a MINUTE": the amount's meaning is unknown (attack102 item 5)
        flags = [{"kind": "pay_unreadable", "detail": " and ".join(f"unknown {t}" for t in unread)}]
    if flags:
        sal = None  # implausible pay is never shown or scored; the flag keeps what it said
    posted = parse_posted_at(posted_at, now=now)
    flags += stale_flag(posted, now=now) + hidden_text_flag(hidden)

    hours = weekly_hours(text, title=title_s, work_hours=work_hours) or (None, None)
    apply = http_url(apply_url)  # javascript:/data:/relative links are dropped (issue 9, finding 7)
    dept = clean_inline(department) or None

    return NormalizedPosting(
        source=source_s,
        ats_id=ats_id_s,
        url=canonical_url(http_url(url)),
        apply_url=apply,
        title=title_s,
        company=company_s,
        company_key=company_key(company_s),
        location=loc,
        salary=sal,
        posted_at=posted,
        posted_before=parse_posted_before(posted_at, now=now),
        description_html=safe_html,
        description_text=text,
        visa=detect_visa_sponsorship(text),
        employment_type=normalize_employment_type(employment_type),
        weekly_hours_min=hours[0],
        weekly_hours=hours[1],
        department=dept,
        tags=_tags(tags),
        dedupe_key=dedupe_key(company_s, title_s, loc),
        content_hash=content_hash(title_s, company_s, text, loc.raw),
        quality_flags=flags,
        places=[pl.model_dump() for pl in _places(location, loc)],
    )
