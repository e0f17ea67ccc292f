"""Read models of the Jobs and Job-detail pages (flat dataclasses of strings/lists for the UI).

Wraps :mod:`careercopilot.services.matching` (ranking, semantic search, posting detail) and
:func:`careercopilot.services.applications.save_posting`, and adds what only the pages need:
the filter form → :class:`~careercopilot.schemas.JobFilters` parsing, "are there any
postings at all", the source choices, and the user's running re-score job (live progress).

Visibility: everything here goes through the matching service's rules — closed postings,
cross-source duplicates, postings the user hid ("Not interested") and other users' private
postings never appear in lists, and the
detail of another user's private posting raises the same LookupError as an unknown id.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from pydantic import ValidationError
from sqlmodel import Session, select

from careercopilot import routes
from careercopilot.integrations import vectors
from careercopilot.models import (
    Application,
    BackgroundJob,
    JobPosting,
    MatchScore,
    Resume,
)
from careercopilot.normalize.html import display_html
from careercopilot.normalize.urls import http_url
from careercopilot.schemas import JobCard, JobFilters, MatchExplanation, PostingDetail, score_band
from careercopilot.services import applications, matching, tx_hooks
from careercopilot.services.background import JobHandle

#: Cards per page of the Jobs page.
PAGE_SIZE = 20
#: Skills shown per card (matched and missing each).
CARD_SKILLS = 5
#: Choices of the "posted within" select (days).
POSTED_WITHIN_DAYS = ("1", "3", "7", "14", "30", "90")
#: The page enqueues a fallback re-score (scores missing or stale) at most this often per user.
RESCORE_COOLDOWN = timedelta(minutes=10)
#: Sentinel of the selects' "no filter" item (Radix select items cannot have an empty value).
ANY = "any"
#: Display names of the score components, in the order shown.
#: Components not listed here are shown under their own name (``weights`` drives the rows).
COMPONENT_LABELS = {"semantic": "Semantic similarity", "lexical": "Keyword overlap", "skills": "Skills coverage",
                    "title": "Title fit", "preference": "Preference fit", "freshness": "Freshness"}


@dataclass
class JobRow:
    """One card of the Jobs page (``score`` '' when the posting is not scored yet)."""

    posting_id: int = 0
    href: str = ""
    title: str = ""
    company: str = ""
    location: str = ""
    work_mode: str = ""
    salary: str = ""
    score: str = ""
    score_color: str = "gray"
    #: Word of the score's band (``schemas.SCORE_BANDS``), '' when unscored.
    score_band: str = ""
    #: Tooltip of the score badge.
    score_hint: str = ""
    is_new: bool = False
    matched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@dataclass
class JobsView:
    """A page of recommendations or search results plus what the empty states need."""

    rows: list[JobRow] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 1
    has_resume: bool = True
    has_postings: bool = True
    #: Choices of the source select: :data:`ANY` first, then source types.
    sources: list[str] = field(default_factory=lambda: [ANY])
    #: True while a re-score job of this user is queued or running.
    scoring: bool = False
    #: True when the rows are unranked (no active resume): newest first, no score badges.
    browsing: bool = False
    #: "1 posting" / "38 postings".
    total_text: str = "0 postings"
    #: Non-empty when nothing in the feed fits the user's profession (issue 11): what to say.
    profession_note: str = ""


@dataclass
class ScoreStep:
    """One step from the components to the shown score: what was done, the number after it
    (0–100, one decimal; the last step is the shown whole score) and why, in one line."""

    label: str = ""
    value: str = ""
    note: str = ""


@dataclass
class ScorePart:
    """One score component: label, value and weight as percentages."""

    label: str = ""
    value: str = ""
    weight: str = ""


@dataclass
class CheckRow:
    """One preference check: ``mark`` ✓ / ✗ / ?, with its reason."""

    name: str = ""
    mark: str = "?"
    color: str = "gray"
    reason: str = ""


@dataclass
class SkillRow:
    """A posting skill, required or nice-to-have."""

    skill: str = ""
    required: bool = True


@dataclass
class SightingRow:
    """A source the posting was seen on."""

    source: str = ""
    url: str = ""
    last_seen: str = ""


@dataclass
class DetailView:
    """Everything the Job-detail page shows (``application_id`` 0 = not saved)."""

    posting_id: int = 0
    title: str = ""
    company: str = ""
    location: str = ""
    work_mode: str = ""
    employment_type: str = ""
    salary: str = ""
    posted: str = ""
    is_open: bool = True
    apply_href: str = ""
    description_html: str = ""
    #: The description looks cut off by the source: link to the full posting (``apply_href``).
    description_truncated: bool = False
    visa: str = ""
    visa_evidence: str = ""
    sightings: list[SightingRow] = field(default_factory=list)
    #: Quality flags in words (hidden-by-default postings reached by link).
    quality_notes: list[str] = field(default_factory=list)
    has_score: bool = False
    score: str = ""
    score_color: str = "gray"
    score_band: str = ""
    penalty: str = ""
    rate_date: str = ""
    parts: list[ScorePart] = field(default_factory=list)
    #: Weighted sum → × penalty → calibrated (``MatchExplanation.steps``).
    steps: list[ScoreStep] = field(default_factory=list)
    matched: list[SkillRow] = field(default_factory=list)
    missing: list[SkillRow] = field(default_factory=list)
    checks: list[CheckRow] = field(default_factory=list)
    application_id: int = 0


def _band_word(score: float | None) -> str:
    band = score_band(score)
    return band.word if band else ""


def _color(score: float | None) -> str:
    """Colour of the score's band (:data:`careercopilot.schemas.SCORE_BANDS`); gray when unscored."""
    band = score_band(score)
    return band.color if band else "gray"


def _day(dt: datetime | None) -> str:
    return dt.strftime("%Y-%m-%d") if dt else ""


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """``"1 posting"``, ``"0 postings"``, ``"1,234 postings"`` (thousands separated)."""
    return f"{n:,} {noun if n == 1 else (plural_form or noun + 's')}"


#: Display labels of ``JobPosting.employment_type`` (values of ``normalize.posting.EmploymentType``).
EMPLOYMENT_LABELS = {"full_time": "Full-time", "part_time": "Part-time", "contract": "Contract",
                     "internship": "Internship", "temporary": "Temporary"}


def employment_label(value: str | None) -> str:
    """``"full_time"`` → ``"Full-time"``; unknown values are humanized ("per_diem" → "Per diem")."""
    v = (value or "").strip()
    return EMPLOYMENT_LABELS.get(v.lower(), v.replace("_", " ").capitalize())


#: Endings of a description that a source cut short ("…", "...", "[…]", "Read more").
_TRUNCATED_END = re.compile(r"(…|\.\.\.|\[\s*(…|\.\.\.)\s*\]|\bread more|\bsee more|\bmore\s*»)\s*$", re.IGNORECASE)
#: Below this many characters a description that ends mid-sentence counts as cut short.
SHORT_DESCRIPTION_CHARS = 600


def description_truncated(html: str) -> bool:
    """True when the (sanitized) description looks cut off by the source.

    Rule: the visible text ends with an ellipsis / "Read more", or it is shorter than
    :data:`SHORT_DESCRIPTION_CHARS` and ends without sentence punctuation (list endpoints
    such as RemoteOK/Jobicy send an excerpt). Empty descriptions count as truncated.
    """
    from careercopilot.normalize.html import html_to_text

    text = html_to_text(html or "").strip()
    if not text:
        return True
    if _TRUNCATED_END.search(text):
        return True
    return len(text) < SHORT_DESCRIPTION_CHARS and text[-1] not in ".!?:;)\"”’»"


# ------------------------------------------------------------------------------ Jobs page
#: Largest salary floor the filter accepts (USD per year): above it the value is a typo.
MAX_SALARY_FLOOR = 10_000_000


def parse_filters(form: dict) -> JobFilters:
    """The filter form (all values strings; ``visa_only`` "on" when checked) → JobFilters.

    The country may be a name in several languages ("Germany", "Deutschland") or an ISO
    3166-1 code ("DE", "DEU"); it becomes the alpha-2 code. Raises ValueError with a
    user-facing message for an unknown country, a negative, non-numeric or absurd (over
    :data:`MAX_SALARY_FLOOR`) salary floor, or an unknown work mode / posted-within value.
    """
    def val(key: str) -> str:
        v = str(form.get(key, "") or "").strip()
        return "" if v == ANY else v

    floor_raw = val("salary_floor").replace(",", "")
    try:
        floor = float(floor_raw) if floor_raw else None
    except ValueError:
        raise ValueError("salary floor must be a number, e.g. 80000") from None
    if floor is not None and (not math.isfinite(floor) or floor < 0):
        raise ValueError("salary floor must be a positive number")
    if floor is not None and floor > MAX_SALARY_FLOOR:
        raise ValueError(f"salary floor must be at most {MAX_SALARY_FLOOR:,} (USD per year)")
    country = val("country")[:60]
    if country:
        from careercopilot.normalize.location import country_to_alpha2

        code = country_to_alpha2(country)
        if code is None:
            raise ValueError(f"unknown country “{country}” — type its name (Germany) or ISO code (DE)")
        country = code
    days = val("posted_within")
    if days and days not in POSTED_WITHIN_DAYS:
        raise ValueError("choose a 'posted within' value from the list")
    try:
        return JobFilters(work_mode=val("work_mode") or None, country=country or None,
                          salary_floor=floor or None, salary_currency="USD",
                          visa_only=str(form.get("visa_only", "")).lower() in {"on", "true", "1"},
                          posted_within_days=int(days) if days else None, source_type=val("source")[:40] or None)
    except ValidationError as exc:
        raise ValueError("; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())) from None


def job_row(card: JobCard) -> JobRow:
    """A ranked/search card → the row the Jobs page renders."""
    hint = ("Not scored for your resume yet" if card.score is None
            else f"Match score {card.score} of 100 ({_band_word(card.score)}) for your active resume "
                 "(open the posting for the breakdown)")
    return JobRow(
        posting_id=card.posting_id, href=routes.job_detail(card.posting_id), title=card.title, company=card.company,
        location=card.location, work_mode=card.work_mode or "", salary=card.salary,
        score="" if card.score is None else str(card.score), score_color=_color(card.score), score_hint=hint,
        score_band=_band_word(card.score),
        is_new=card.is_new,
        matched=card.matched_skills[:CARD_SKILLS], missing=card.missing_skills[:CARD_SKILLS],
    )


def _listable_where(user_id: int):
    return (JobPosting.is_open, JobPosting.duplicate_of_id.is_(None), JobPosting.is_flagged.is_(False),
            (JobPosting.owner_id.is_(None)) | (JobPosting.owner_id == user_id))


def has_postings(*, session: Session, user_id: int) -> bool:
    """True when at least one open posting is visible to the user."""
    return session.exec(select(JobPosting.id).where(*_listable_where(user_id)).limit(1)).first() is not None


def source_choices(*, session: Session, user_id: int) -> list[str]:
    """Distinct source types of the user's visible open postings, sorted.

    Cheap at any corpus size (issue 9, finding 16): per configured source (a small table) the
    type of its first listable posting (index on ``source_id``), plus the types of the user's
    own private postings (index on ``owner_id``) — never a DISTINCT over every posting.
    """
    from careercopilot.models import Source

    first = (select(JobPosting.source_type).where(JobPosting.source_id == Source.id, *_listable_where(user_id))
             .limit(1).correlate(Source).scalar_subquery())
    types = {t for t in session.exec(select(first).select_from(Source)) if t}
    types.update(session.exec(select(JobPosting.source_type).where(  # own URL imports; rows without a source
        (JobPosting.owner_id == user_id) | JobPosting.source_id.is_(None), *_listable_where(user_id)).distinct()))
    return sorted(types)


@lru_cache(maxsize=1)
def _usd_rates() -> dict[str, float]:
    """USD per unit of every currency the bundled ECB table quotes (``matching.to_usd``)."""
    conv = matching._converter()
    out = {"USD": 1.0}
    for cur in sorted(conv.currencies):
        usd, _ = matching.to_usd(1.0, cur)
        if usd is not None:
            out[cur] = usd
    return out


def annual_usd_top_sql():
    """SQL of a posting's top salary in annual USD — ``matching.annual_usd``'s rule in the
    database: max of the range, else min; × the period's factor (``normalize.salary.annualize``:
    hour 2,080, day 260, week 52, month 12, year or unknown 1); × the ECB rate of its currency
    (unknown currency or period → NULL: dropped by a floor, as in Python)."""
    from sqlalchemy import case, func

    from careercopilot.normalize import salary as sal

    factor = case({"hour": sal.HOURS_PER_YEAR, "day": sal.DAYS_PER_YEAR, "week": sal.WEEKS_PER_YEAR,
                   "month": sal.MONTHS_PER_YEAR, "year": 1.0},
                  value=func.coalesce(JobPosting.pay_period, "year"), else_=None)
    rate = case(_usd_rates(), value=func.upper(func.coalesce(JobPosting.salary_currency, "USD")), else_=None)
    return func.coalesce(JobPosting.salary_max, JobPosting.salary_min) * factor * rate


def _latest_rescore(session: Session, user_id: int) -> BackgroundJob | None:
    return session.exec(select(BackgroundJob).where(
        BackgroundJob.func == tx_hooks.RESCORE_JOB, BackgroundJob.user_id == user_id,
    ).order_by(BackgroundJob.created_at.desc()).limit(1)).first()


def _has_scores(session: Session, user_id: int) -> bool:
    return session.exec(select(MatchScore.id).where(MatchScore.user_id == user_id).limit(1)).first() is not None


def _has_resume(session: Session, user_id: int) -> bool:
    return session.exec(select(Resume.id).where(Resume.user_id == user_id, Resume.is_active)).first() is not None


def _ids_in_country(session: Session, where: list, country: str) -> list[int]:
    """Ids of the postings matching ``where`` that are in ``country`` by any of their places or,
    when remote, admit it (``candidates.posting_countries`` + ``vectors.country_codes``)."""
    from careercopilot.integrations.vectors import _key_admits
    from careercopilot.services.matching.candidates import posting_countries

    cc = country.upper()[:2]
    rows = session.exec(select(JobPosting).where(*where)).all()
    return [p.id for p in rows if _key_admits(posting_countries(p), cc)]


def browse_postings(*, session: Session, user_id: int, filters: JobFilters | None = None, page: int = 1,
                    page_size: int = PAGE_SIZE, now: datetime | None = None) -> tuple[list[JobCard], int]:
    """Unranked open visible postings (not hidden by the user), newest first (posted date, else first seen; then id), filtered and paged.

    For users without an active resume. Returns ``(cards of the page, total)``; cards carry no
    score. Filters mean what they mean for ranked lists: work mode, country, visa "yes" only,
    posted within N days (undated postings dropped), source type, and a salary floor in annual
    USD (ECB rates; max of the range, else min; postings without salary dropped — the same rule
    as the vector index filter). Raises ValueError for page < 1.
    """
    if page < 1 or page_size < 1:
        raise ValueError("page and page_size must be ≥ 1")
    from sqlalchemy import func

    f = filters or JobFilters()
    where = [*_listable_where(user_id), matching.not_hidden_where(user_id)]
    if f.work_mode:
        where.append(JobPosting.work_mode == f.work_mode)
    if f.country:  # every place of a posting counts (issue 11, observation 9)
        where.append(JobPosting.id.in_(_ids_in_country(session, list(where), f.country)))
    if f.visa_only:
        where.append(JobPosting.visa_sponsorship == "yes")
    if f.posted_within_days:
        where.append(JobPosting.posted_at >= (now or datetime.now(timezone.utc)) - timedelta(days=f.posted_within_days))
    if f.source_type:
        where.append(JobPosting.source_type == f.source_type)
    order = (func.coalesce(JobPosting.posted_at, JobPosting.first_seen_at).desc(), JobPosting.id.desc())
    if f.salary_floor:  # in SQL, never the salaried postings loaded into Python (finding 16)
        floor, _ = matching.to_usd(f.salary_floor, f.salary_currency)
        where.append(annual_usd_top_sql() >= floor if floor is not None else JobPosting.id.is_(None))
    total = session.exec(select(func.count()).select_from(JobPosting).where(*where)).one()
    postings = list(session.exec(select(JobPosting).options(*matching.card_options()).where(*where).order_by(*order)
                                 .offset((page - 1) * page_size).limit(page_size)))
    cards = [JobCard(posting_id=p.id, title=p.title, company=p.company, location=matching.location_text(p),
                     work_mode=p.work_mode, country=p.country,
                     salary=matching.salary_text(p.salary_min, p.salary_max, p.salary_currency, p.pay_period),
                     posted_at=p.posted_at, source_type=p.source_type, visa_sponsorship=p.visa_sponsorship)
             for p in postings]
    return cards, int(total)


def rescore_progress(*, session: Session, user_id: int) -> JobHandle | None:
    """The user's queued/running re-score job (``jobs.matching.rescore_user``), or None."""
    row = _latest_rescore(session, user_id)
    if row is None or row.status not in {"queued", "running"}:
        return None
    return JobHandle(row.id, row.status, row.progress, row.message, row.error)


def jobs_view(*, session: Session, user_id: int, filters: JobFilters | None = None, query: str = "",
              page: int = 1, page_size: int = PAGE_SIZE, now: datetime | None = None,
              index: vectors.VectorIndex | None = None) -> JobsView:
    """Recommendations (or search results when ``query`` is set) for the Jobs page.

    Without an active resume the open visible postings are listed unranked, newest first
    (:func:`browse_postings`, ``browsing`` True, same filters and paging); search still works.
    While the user's first re-score job is queued/running (nothing stored yet) the rows
    are empty and ``scoring`` is True: the page polls instead of scoring concurrently.
    Otherwise ranking may score postings on demand (stored). When the stored scores are missing or
    stale and no re-score job ran for the user within :data:`RESCORE_COOLDOWN`, one is
    scheduled for after the caller's commit and ``scoring`` is True. ``page`` is clamped to
    the last page. Raises ValueError for an empty search query.
    """
    view = JobsView(has_postings=has_postings(session=session, user_id=user_id),
                    sources=[ANY, *source_choices(session=session, user_id=user_id)])
    page = max(1, int(page))
    latest = _latest_rescore(session, user_id)
    active = latest is not None and latest.status in {"queued", "running"}
    view.has_resume = _has_resume(session, user_id)
    if not view.has_resume and not query.strip():
        cards, total = browse_postings(session=session, user_id=user_id, filters=filters, page=page,
                                       page_size=page_size, now=now)
        view.browsing, view.total, view.pages = True, total, max(1, math.ceil(total / page_size))
        view.total_text = plural(total, "posting")
        if page > view.pages and total:
            return jobs_view(session=session, user_id=user_id, filters=filters, page=view.pages,
                             page_size=page_size, now=now, index=index)
        view.page, view.rows = page, [job_row(c) for c in cards]
        return view
    if active and view.has_resume and not query.strip() and not _has_scores(session, user_id):
        # The first scoring is running: wait for it (polled) instead of scoring the same
        # postings concurrently (on SQLite both would fight for the write lock).
        view.scoring = True
        return view
    if query.strip():
        ranked = matching.search_postings(session=session, user_id=user_id, query=query, filters=filters,
                                          page=page, page_size=page_size, index=index)
        view.has_resume = ranked.has_resume
    else:
        ranked = matching.rank_postings(session=session, user_id=user_id, filters=filters, page=page,
                                        page_size=page_size, index=index)
        view.has_resume = ranked.has_resume
        gap = ranked.profession_gap
        if gap is not None:
            view.profession_note = (f"Nothing in your feed is a {gap.label} job yet — these are the closest postings. "
                                    f"{gap.label.capitalize()} postings are found on {gap.boards}.")
    view.total, view.pages = ranked.total, max(1, math.ceil(ranked.total / page_size))
    view.total_text = plural(ranked.total, "posting")
    if page > view.pages and ranked.total:
        return jobs_view(session=session, user_id=user_id, filters=filters, query=query, page=view.pages,
                         page_size=page_size, now=now, index=index)
    view.page, view.rows = page, [job_row(c) for c in ranked.items]
    if not active and ranked.needs_refresh and view.has_postings:
        created = latest.created_at if latest is not None else None
        if created is not None and created.tzinfo is None:
            created = created.replace(tzinfo=timezone.utc)
        if created is None or created < (now or datetime.now(timezone.utc)) - RESCORE_COOLDOWN:
            tx_hooks.schedule_rescore(session, user_id)
            active = True
    view.scoring = active
    return view


# ------------------------------------------------------------------------------ Job-detail page
def _pct(v: float | None) -> str:
    return "—" if v is None else f"{round(100 * v)}%"


def _penalty_reasons(ex: MatchExplanation) -> str:
    """``"× 0.5 outside your locations; × 0.75 an occupation next to yours"`` (scores stored
    before the factors were kept: the failed dealbreaker checks)."""
    if ex.penalty_factors:
        return "; ".join(f"× {f.factor:g} {f.reason}" for f in ex.penalty_factors)
    failed = [c.name for c in ex.checks if c.ok is False and c.name in matching.DEALBREAKERS]
    return "; ".join(matching.DEALBREAKER_WORDS.get(n, n) for n in failed) or "a failed preference"


def score_step_rows(ex: MatchExplanation) -> list[ScoreStep]:
    """The explanation's :class:`~careercopilot.schemas.ScoreSteps` as page rows: weighted
    sum, penalty (only when < 1), calibrated score — the last value is the shown score."""
    st = ex.steps
    rows = [ScoreStep("Weighted sum", f"{st.weighted:.1f}",
                      "Σ component × weight" + ("" if len(st.weights) == len(ex.weights) else
                                                 " (unknown components left out, their weight shared)"))]
    if st.penalty < 1.0:
        rows.append(ScoreStep(f"Penalty × {st.penalty:g}", f"{st.penalized:.1f}", _penalty_reasons(ex)))
    rows.append(ScoreStep("Calibrated score", str(int(round(st.score))), matching.CALIBRATION_NOTE))
    return rows


def _explain(view: DetailView, ex: MatchExplanation) -> None:
    view.has_score, view.score, view.score_color = True, str(int(round(ex.score))), _color(ex.score)
    view.score_band = _band_word(ex.score)
    eff = ex.steps.weights
    keys = list(ex.weights) or [k for k in COMPONENT_LABELS if getattr(ex, k, None) is not None]
    # The weight column is the weight each component really had: an unknown component's
    # weight is shared among the known ones (``ScoreSteps.weights``).
    view.parts = [ScorePart(COMPONENT_LABELS.get(k, k.replace("_", " ").capitalize()), _pct(getattr(ex, k, None)),
                            _pct(eff[k]) if k in eff else "— (unknown)") for k in keys]
    known = [c for c in ex.checks if c.ok is not None]
    unknown = len(ex.checks) - len(known)
    for part in view.parts:
        if part.label == COMPONENT_LABELS["preference"] and ex.preference is not None and known:
            # "100%" alone hides that only some checks could be decided.
            part.value += f" ({sum(1 for c in known if c.ok)} of {len(known)} known checks pass" + (
                f", {unknown} not stated)" if unknown else ")")
    if ex.penalty < 1.0:
        view.penalty = f"× {ex.penalty:g} ({_penalty_reasons(ex)})"
    view.steps = score_step_rows(ex)
    view.rate_date = ex.rate_date or ""
    view.matched = [SkillRow(s.skill, s.required) for s in ex.matched_skills]
    view.missing = sorted((SkillRow(s.skill, s.required) for s in ex.missing_skills), key=lambda s: not s.required)
    view.checks = [CheckRow(c.name, "✓" if c.ok else "?" if c.ok is None else "✗",
                            "green" if c.ok else "gray" if c.ok is None else "red", c.reason) for c in ex.checks]
    view.visa_evidence = view.visa_evidence or (ex.visa_evidence or "")


def detail_view(detail: PostingDetail, ex: MatchExplanation | None, application_id: int | None) -> DetailView:
    """The matching service's detail + explanation → the page's flat view."""
    view = DetailView(
        posting_id=detail.posting_id, title=detail.title, company=detail.company, location=detail.location,
        work_mode=detail.work_mode or "", employment_type=employment_label(detail.employment_type), salary=detail.salary,
        posted=_day(detail.posted_at), is_open=detail.is_open,
        apply_href=http_url(detail.url) or http_url(detail.apply_url) or "",
        description_html=display_html(detail.description_html),
        description_truncated=description_truncated(detail.description_html),
        visa={"yes": "Sponsors visas", "no": "No visa sponsorship"}.get(
            detail.visa_sponsorship or "", ""), visa_evidence=detail.visa_evidence or "",
        sightings=[SightingRow(s.source, http_url(s.url) or "", _day(s.last_seen_at)) for s in detail.sightings],
        application_id=application_id or 0, quality_notes=list(detail.quality_notes),
    )
    if ex is not None:
        _explain(view, ex)
    return view


def job_detail_view(*, session: Session, user_id: int, posting_id: int,
                    index: vectors.VectorIndex | None = None) -> DetailView:
    """The Job-detail page of ``posting_id`` for ``user_id`` (score computed + stored if missing).

    Raises LookupError for an unknown posting or another user's private posting.
    """
    detail, ex = matching.posting_detail(session=session, user_id=user_id, posting_id=posting_id,
                                           index=index)
    app_id = session.exec(select(Application.id).where(Application.user_id == user_id,
                                                       Application.posting_id == posting_id)).first()
    return detail_view(detail, ex, app_id)


def save_job(*, session: Session, user_id: int, posting_id: int) -> int:
    """Save the posting to the user's tracker (idempotent) with the active resume; returns the application id.

    Raises LookupError for an unknown posting or another user's private posting.
    """
    rid = session.exec(select(Resume.id).where(Resume.user_id == user_id, Resume.is_active)).first()
    app = applications.save_posting(session=session, user_id=user_id, posting_id=posting_id, resume_id=rid)
    return int(app.id)
