"""Read model of the Jobs page (flat dataclasses of strings/lists for the UI).

Wraps :mod:`careercopilot.services.matching` (ranking, semantic search) and adds what only the
page needs: the filter form → :class:`~careercopilot.schemas.JobFilters` parsing and its SQL,
"are there any postings at all", the source choices, the unranked newest-first list, and the
user's running re-score job (live progress). The Job-detail page's read model is
:mod:`careercopilot.services.job_detail_views`.

Visibility: everything here goes through the matching service's rules — closed postings,
cross-source duplicates, postings the user hid ("Not interested") and other users' private
postings never appear in lists.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from pydantic import ValidationError
from sqlmodel import Session, select

from careercopilot import routes
from careercopilot.bidi import quote
from careercopilot.integrations import vectors
from careercopilot.models import BackgroundJob, JobPosting, MatchScore, Resume
from careercopilot.schemas import JobCard, JobFilters, score_band
from careercopilot.services import matching, tx_hooks
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
    #: The licences the posting requires and the resume does not show, in words ('' when none): the
    #: reason a posting of the person's own field is held under the strong band, said on the card too.
    licence_gap: str = ""


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
    #: True when the note says the profession's postings are all far from the user's places (it
    #: then links Preferences too).
    profession_far: bool = False
    #: Why fewer postings are ranked than are open (``jobs_count.ranked_count_note``); "" when all are.
    count_note: str = ""
    #: Words of the count note's link to every listable posting newest first ("" with no note).
    see_all: str = ""


def _band_word(score: float | None) -> str:
    band = score_band(score)
    return band.word if band else ""


def _color(score: float | None) -> str:
    """Colour of the score's band (:data:`careercopilot.schemas.SCORE_BANDS`); gray when unscored."""
    band = score_band(score)
    return band.color if band else "gray"


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """``"1 posting"``, ``"0 postings"``, ``"1,234 postings"`` (thousands separated)."""
    return f"{n:,} {noun if n == 1 else (plural_form or noun + 's')}"


def about_count(n: int) -> int:
    """``n`` rounded to two significant digits (12,345 → 12,000; 987 → 990): an estimate
    (search's ``total_about``) shown as no more precise than it is."""
    return n if n < 100 else round(n, 2 - len(str(n)))


# ------------------------------------------------------------------------------ Jobs page
#: Largest salary floor the filter accepts (USD per year): above it the value is a typo.
MAX_SALARY_FLOOR = 10_000_000


def parse_filters(form: dict) -> JobFilters:
    """The filter form (all values strings; ``visa_only`` "on" when checked) → JobFilters.

    The country may be a name in several languages ("Germany", "Deutschland") or an ISO
    3166-1 code ("DE", "DEU"); it becomes the alpha-2 code. Raises ValueError with a
    user-facing message for an unknown country, a salary floor that is not an amount as
    people type it (``normalize.salary_input``: "150k", "150,000", "$150k", "€60k" — a typed
    currency replaces USD; a rate with its period, "$25/hr", and a bare amount under 200, "25", are
    hourly: ``normalize.pay_floor``) or is absurd (over :data:`MAX_SALARY_FLOOR`), or an unknown work mode / posted-within value.
    """
    def val(key: str) -> str:
        v = str(form.get(key, "") or "").strip()
        return "" if v == ANY else v

    from careercopilot.normalize.pay_floor import floor_input

    typed = floor_input(val("salary_floor")[:60])  # "150k", "$150,000", "€60k", "$25/hr"; "25" is hourly
    floor, floor_currency = (typed.per_year(), typed.currency or "USD") if typed else (None, "USD")
    if floor is not None and floor > MAX_SALARY_FLOOR:
        raise ValueError(f"The salary floor must be at most {MAX_SALARY_FLOOR:,} a year.")
    country = val("country")[:60]
    if country:
        from careercopilot.normalize.location import country_to_alpha2

        code = country_to_alpha2(country)
        if code is None:
            raise ValueError(f"unknown country {quote(country)} — type its name (Germany) or ISO code (DE)")
        country = code
    days = val("posted_within")
    if days and days not in POSTED_WITHIN_DAYS:
        raise ValueError("choose a 'posted within' value from the list")
    try:
        return JobFilters(work_mode=val("work_mode") or None, country=country or None,
                          salary_floor=floor or None, salary_currency=floor_currency,
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
        licence_gap="; ".join(card.missing_licences),
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
    from sqlalchemy import union

    from careercopilot.models import Source

    first = (select(JobPosting.source_type).where(JobPosting.source_id == Source.id, *_listable_where(user_id))
             .limit(1).correlate(Source).scalar_subquery())
    types = {t for t in session.exec(select(first).select_from(Source)) if t}
    # Own URL imports and rows without a source: the ids from the owner_id / source_id index, then
    # those rows by primary key. "owner_id = ? OR source_id IS NULL" next to the listable conditions
    # made SQLite (no statistics) walk every posting through the is_flagged index: 1.5–4 ms a Jobs
    # load at 1,000 postings, growing with the corpus.
    key = matching.posting_key_alias()
    orphan = JobPosting.id.in_(select(key.id).where(key.source_id.is_(None)))
    types.update(t for (t,) in session.execute(union(*(select(JobPosting.source_type).where(cond, *_listable_where(user_id))
                                                       for cond in (matching.owned_by(user_id), orphan)))) if t)
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
    hour 2,080 — or the posting's stated top hours a week × 52, ``weekly_hours``: "24–32 h/week"
    → 1,664 (issue 11, trial F7) —, day 260, week 52, month 12, year or unknown 1); × the ECB
    rate of its currency (unknown currency or period → NULL: dropped by a floor, as in Python)."""
    from sqlalchemy import case, func

    from careercopilot.normalize import salary as sal
    from careercopilot.normalize.work_hours import FULL_TIME_WEEKLY_HOURS, WEEKS_PER_YEAR

    hour = func.coalesce(JobPosting.weekly_hours, FULL_TIME_WEEKLY_HOURS) * WEEKS_PER_YEAR
    factor = case({"hour": hour, "day": sal.DAYS_PER_YEAR, "week": sal.WEEKS_PER_YEAR,
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


def filter_where(*, session: Session, where: list, filters: JobFilters | None, now: datetime | None = None) -> list:
    """SQL conditions of the Jobs filters for the postings matching ``where`` (empty list: no
    filter is set). Work mode, country (every place of a posting counts, or remote admitting it;
    resolved to ids under ``where``: issue 11, observation 9), visa "yes" only, posted within N
    days (undated postings dropped), source type, salary floor in annual USD (ECB rates; max of
    the range, else min; postings without salary dropped)."""
    f = filters or JobFilters()
    out = []
    if f.work_mode:
        out.append(JobPosting.work_mode == f.work_mode)
    if f.country:
        out.append(JobPosting.id.in_(_ids_in_country(session, [*where, *out], f.country)))
    if f.visa_only:
        out.append(JobPosting.visa_sponsorship == "yes")
    if f.posted_within_days:
        out.append(JobPosting.posted_at >= (now or datetime.now(timezone.utc)) - timedelta(days=f.posted_within_days))
    if f.source_type:
        out.append(JobPosting.source_type == f.source_type)
    if f.salary_floor:  # in SQL, never the salaried postings loaded into Python (finding 16)
        floor, _ = matching.to_usd(f.salary_floor, f.salary_currency)
        out.append(annual_usd_top_sql() >= floor if floor is not None else JobPosting.id.is_(None))
    return out


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

    where = [*_listable_where(user_id), matching.not_hidden_where(user_id)]
    where += filter_where(session=session, where=where, filters=filters, now=now)
    order = (func.coalesce(JobPosting.posted_at, JobPosting.first_seen_at).desc(), JobPosting.id.desc())
    total = session.exec(select(func.count()).select_from(JobPosting).where(*where)).one()
    postings = list(session.exec(select(JobPosting).options(*matching.card_options()).where(*where).order_by(*order)
                                 .offset((page - 1) * page_size).limit(page_size)))
    cards = [JobCard(posting_id=p.id, title=p.title, company=p.company, location=matching.location_text(p),
                     work_mode=p.work_mode, country=p.country,
                     salary=matching.posting_salary_label(p),
                     posted_at=p.posted_at, source_type=p.source_type, visa_sponsorship=p.visa_sponsorship)
             for p in postings]
    return cards, int(total)


def rescore_progress(*, session: Session, user_id: int) -> JobHandle | None:
    """The user's queued/running re-score job (``jobs.matching.rescore_user``), or None."""
    row = _latest_rescore(session, user_id)
    if row is None or row.status not in {"queued", "running"}:
        return None
    return JobHandle(row.id, row.status, row.progress, row.message, row.error)


def far_note(gap) -> str:
    """The Jobs note when every posting of the user's profession is outside their places
    (``ProfessionGap.far_count`` > 0; ``matching.profession_near``): how many, where, what to do."""
    n, label = gap.far_count, gap.label
    where = f" (e.g. {gap.far_places})" if gap.far_places else ""
    them = "it is" if n == 1 else "all are"
    return (f"No {label} postings near your places yet: {plural(n, label + ' posting')} in your feed, but "
            f"{them} outside your places{where}. Widen your places or add Remote on Preferences, or add a source "
            f"that lists {label} jobs near you — they are found on {gap.boards}.")


def few_note(gap) -> str:
    """The Jobs note when the feed holds only a few postings of the user's occupation
    (``ProfessionGap.few_count``; ``matching.profession_near``): how few, what the rest is, where more are."""
    n = gap.few_count
    return (f"Only {plural(n, 'posting')} in your feed {'is' if n == 1 else 'are'} of your own occupation; the "
            f"others below are other work in {gap.label} or nearby. Add a source that lists more {gap.label} "
            f"jobs — they are found on {gap.boards}.")


def jobs_view(*, session: Session, user_id: int, filters: JobFilters | None = None, query: str = "",
              page: int = 1, page_size: int = PAGE_SIZE, now: datetime | None = None,
              index: vectors.VectorIndex | None = None, newest: bool = False) -> JobsView:
    """Recommendations (or search results when ``query`` is set) for the Jobs page.

    Without an active resume (or with ``newest``: "see all open postings") the open visible
    postings are listed unranked, newest first (:func:`browse_postings`, ``browsing`` True, same
    filters and paging); search still works. A ranked list says why it holds fewer postings than
    are open (``count_note``, :func:`careercopilot.services.jobs_count.ranked_count_note`).
    While the user's first re-score job is queued/running (nothing stored yet) the postings are
    listed unranked (``browsing`` and ``scoring`` True): the page polls instead of scoring concurrently.
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
    if (newest or not view.has_resume) and not query.strip():
        cards, total = browse_postings(session=session, user_id=user_id, filters=filters, page=page,
                                       page_size=page_size, now=now)
        view.browsing, view.total, view.pages = True, total, max(1, math.ceil(total / page_size))
        view.total_text = plural(total, "posting")
        if page > view.pages and total:
            return jobs_view(session=session, user_id=user_id, filters=filters, page=view.pages,
                             page_size=page_size, now=now, index=index, newest=newest)
        view.page, view.rows = page, [job_row(c) for c in cards]
        return view
    if active and view.has_resume and not query.strip() and not _has_scores(session, user_id):
        # The first scoring is running: wait for it (polled) instead of scoring the same postings
        # concurrently (on SQLite both would fight for the write lock); meanwhile the postings are
        # listed unranked, newest first — not "0 postings" (issue 10 trial).
        view = jobs_view(session=session, user_id=user_id, filters=filters, page=page, page_size=page_size,
                         now=now, index=index, newest=True)
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
        if gap is not None and gap.far_count:
            view.profession_far = True
            view.profession_note = far_note(gap)
        elif gap is not None and gap.few_count:
            view.profession_note = few_note(gap)
        elif gap is not None:
            view.profession_note = (f"Nothing in your feed is a {gap.label} job yet — these are the closest postings. "
                                    f"{gap.label.capitalize()} postings are found on {gap.boards}.")
    view.total, view.pages = ranked.total, max(1, math.ceil(ranked.total / page_size))
    view.total_text = (plural(ranked.total, "posting") if ranked.total_about is None
                       else f"about {about_count(ranked.total_about):,} postings ({ranked.total:,} newest listed)")
    if page > view.pages and ranked.total:
        return jobs_view(session=session, user_id=user_id, filters=filters, query=query, page=view.pages,
                         page_size=page_size, now=now, index=index)
    view.page, view.rows = page, [job_row(c) for c in ranked.items]
    if not query.strip() and view.has_resume:
        from careercopilot.services.jobs_count import ranked_count_note

        count = ranked_count_note(session=session, user_id=user_id, filters=filters, ranked_total=ranked.total, now=now)
        view.count_note, view.see_all = count.note, count.see_all
    if not active and ranked.needs_refresh and view.has_postings:
        created = latest.created_at if latest is not None else None
        if created is not None and created.tzinfo is None:
            created = created.replace(tzinfo=timezone.utc)
        if created is None or created < (now or datetime.now(timezone.utc)) - RESCORE_COOLDOWN:
            tx_hooks.schedule_rescore(session, user_id)
            active = True
    view.scoring = active
    return view
