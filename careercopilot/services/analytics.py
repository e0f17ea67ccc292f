"""Tracker analytics for one user, computed with SQL aggregation (SQLite and PostgreSQL).

Definitions (documented here because the UI and the tests rely on them):

* **Reach**: an application's *furthest funnel stage* is the highest of saved(0) <
  applied(1) < interviewing(2) < offer(3) ≤ accepted(3) over every StageEvent ``to_stage``
  it ever had (so a later reversal or rejection does not un-count it). The funnel counts
  an application at every stage up to its furthest one — a skip saved → interviewing
  counts as applied too (nobody interviews without applying), and so does a skip saved →
  offer or saved → rejected (an employer's offer or rejection answers an application; the
  user's own "no" is *withdrawn*, which implies nothing). Conversion rate of a step =
  count(step) / count(previous step).
* **Response rate** = applications that reached *applied* (as above: marked Applied or any stage
  implying it) and got any answer from the employer (interviewing, offer, accepted or rejected)
  / applications that reached applied.
* **Interview rate** = reached interviewing (or an offer) / reached applied.
* The page words both rates by :data:`RATE_NOTES`, which name the implied stages (session 12
  trial: a card moved straight from Saved to Offer showed "Response rate 100 %, applied that got
  any answer" to a user who never marked it Applied).
* **Median days to first response**: per application with ``applied_at`` (correctable), the
  days from ``applied_at`` to its earliest response event (interviewing/offer/accepted/
  rejected) at or after ``applied_at``. PostgreSQL: ``percentile_cont(0.5) WITHIN GROUP``;
  SQLite (no percentile function): the count, then the middle one or two values by an
  ordered ``LIMIT 2 OFFSET (n-1)/2`` query, averaged — both give the same value.
* **Per week**: applications by ``applied_at`` week (Monday start) in the user's time zone.
  PostgreSQL buckets with ``date_trunc('week', applied_at AT TIME ZONE tz)``. SQLite has no
  time-zone database, so SQL groups into UTC 15-minute buckets (every real UTC offset is a
  multiple of 15 min) and Python folds those few aggregated rows into local weeks.
* Archived applications count (archiving only hides a card from the board).
* **Top missing skills**: per skill, the tracked postings whose match explanation for the
  user's *active* resume version (current model version) lists it as missing.

No function loads one row per application or event into Python: every result comes
from GROUP BY / COUNT / CASE aggregates (one small row per stage, week, source, skill).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, case, cast, distinct
from sqlmodel import Session, col, func, select

from careercopilot.models import Application, MatchScore, MatchSkill, MetricSnapshot, PipelineStage, Resume, StageEvent
from careercopilot.services.applications import user_zone
from careercopilot.services.matching.common import SCORE_MODEL_VERSION

#: Funnel steps in order, with their reach rank.
FUNNEL = ("saved", "applied", "interviewing", "offer")
#: Reach rank of each stage (the funnel step it implies): a rejection implies the application
#: was sent (rank of applied); withdrawn implies nothing.
_RANK = {"saved": 0, "applied": 1, "interviewing": 2, "offer": 3, "accepted": 3, "rejected": 1}
#: Stages that count as an employer response.
RESPONSE_STAGES = ("interviewing", "offer", "accepted", "rejected")
#: Stages past *applied* that imply it (module doc), in board order.
IMPLIES_APPLIED = tuple(s for s, r in _RANK.items() if r > 1 or (r == 1 and s != "applied"))
#: What each rate counts, as the Analytics page says it (the module doc's definitions).
RATE_NOTES = {
    "response": "of applications applied to — Interviewing, Offer, Accepted or Rejected counts as applied — "
                "the share that got any answer",
    "interview": "of applications applied to, the share that reached Interviewing or an Offer",
}


@dataclass
class FunnelStep:
    """One funnel bar: ``count`` applications reached ``stage``; ``rate`` = count / previous (0–1, None for the first)."""

    stage: str
    count: int
    rate: float | None


@dataclass
class Breakdown:
    """Per-group counts (group = source label or work mode; None → "unknown")."""

    key: str
    total: int
    applied: int
    responded: int


@dataclass
class Analytics:
    """Everything the Analytics page shows. Rates are 0–1 (None when the denominator is 0)."""

    total: int = 0
    funnel: list[FunnelStep] = field(default_factory=list)
    per_week: list[tuple[str, int]] = field(default_factory=list)  # (Monday ISO date, count), oldest first
    response_rate: float | None = None
    interview_rate: float | None = None
    median_days_to_response: float | None = None
    by_source: list[Breakdown] = field(default_factory=list)
    by_work_mode: list[Breakdown] = field(default_factory=list)
    top_missing_skills: list[tuple[str, int]] = field(default_factory=list)  # (skill, postings)
    stage_counts: dict[str, int] = field(default_factory=dict)  # current stage → count

    def to_dict(self) -> dict:
        """JSON-ready dict (MetricSnapshot payload)."""
        return asdict(self)


def _reach_subquery(user_id: int):
    """Per application: furthest funnel rank and whether it got a response."""
    rank = case(*[(StageEvent.to_stage == s, r) for s, r in _RANK.items()], else_=0)
    responded = case((col(StageEvent.to_stage).in_(RESPONSE_STAGES), 1), else_=0)
    return (
        select(
            StageEvent.application_id.label("app_id"),
            func.max(rank).label("max_rank"),
            func.max(responded).label("responded"),
        )
        .where(StageEvent.user_id == user_id)
        .group_by(StageEvent.application_id)
        .subquery("reach")
    )


def _rate(num: int, den: int) -> float | None:
    return (num / den) if den else None


def _grouped(session: Session, user_id: int) -> list[tuple]:
    """One aggregate pass: per (source, work mode, current stage) → total, reach ≥ 0..3, responded.

    At most 5 sources × 4 modes × 7 stages small rows; funnel, breakdowns and stage counts
    are all folded from it (one scan of the user's StageEvents instead of three).
    """
    r = _reach_subquery(user_id)
    src = func.coalesce(Application.source_label, "unknown").label("src")
    mode = func.coalesce(Application.work_mode, "unknown").label("mode")
    reach = [func.coalesce(func.sum(case((r.c.max_rank >= i, 1), else_=0)), 0) for i in range(len(FUNNEL))]
    responded = func.coalesce(func.sum(case(((r.c.max_rank >= 1) & (r.c.responded == 1), 1), else_=0)), 0)
    q = (
        select(src, mode, Application.stage, func.count(Application.id), *reach, responded)
        .select_from(Application).outerjoin(r, r.c.app_id == Application.id)
        .where(Application.user_id == user_id)
        .group_by(src, mode, Application.stage)
    )
    return [tuple(row) for row in session.execute(q).all()]


def _funnel_from(rows: list[tuple]) -> tuple[list[FunnelStep], float | None, float | None]:
    counts = [sum(int(row[4 + i]) for row in rows) for i in range(len(FUNNEL))]
    responded = sum(int(row[4 + len(FUNNEL)]) for row in rows)
    steps = [FunnelStep(s, counts[i], None if i == 0 else _rate(counts[i], counts[i - 1])) for i, s in enumerate(FUNNEL)]
    return steps, _rate(responded, counts[1]), _rate(counts[2], counts[1])


def _breakdown_from(rows: list[tuple], index: int) -> list[Breakdown]:
    acc: dict[str, list[int]] = {}
    for row in rows:
        a = acc.setdefault(str(row[index]), [0, 0, 0])
        a[0] += int(row[3])
        a[1] += int(row[5])
        a[2] += int(row[4 + len(FUNNEL)])
    out = [Breakdown(k, *v) for k, v in acc.items()]
    return sorted(out, key=lambda b: (-b.total, b.key))


def funnel(*, session: Session, user_id: int) -> tuple[list[FunnelStep], float | None, float | None]:
    """Funnel steps, response rate and interview rate (see module docstring)."""
    return _funnel_from(_grouped(session, user_id))


def _days_expr(session: Session, later, earlier):
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier) / 86400.0
    return func.julianday(later) - func.julianday(earlier)


def median_days_to_response(*, session: Session, user_id: int) -> float | None:
    """Median days from ``applied_at`` to the first response (see module docstring)."""
    days = _days_expr(session, func.min(StageEvent.at), Application.applied_at).label("days")
    d = (
        select(days)
        .select_from(StageEvent).join(Application, Application.id == StageEvent.application_id)
        .where(StageEvent.user_id == user_id, Application.user_id == user_id,
               col(StageEvent.to_stage).in_(RESPONSE_STAGES), col(Application.applied_at).is_not(None),
               StageEvent.at >= Application.applied_at)
        .group_by(StageEvent.application_id, Application.applied_at)
        .subquery("d")
    )
    if session.get_bind().dialect.name == "postgresql":
        value = session.execute(select(func.percentile_cont(0.5).within_group(d.c.days.asc()))).scalar()
        return None if value is None else round(float(value), 2)
    n = session.execute(select(func.count()).select_from(d)).scalar() or 0
    if n == 0:
        return None
    middle = session.execute(
        select(d.c.days).order_by(d.c.days).limit(2 if n % 2 == 0 else 1).offset((n - 1) // 2)
    ).scalars().all()
    return round(float(sum(middle) / len(middle)), 2)


def per_week(*, session: Session, user_id: int, zone: ZoneInfo | None = None, weeks: int | None = None) -> list[tuple[str, int]]:
    """Applications per local week (Monday ISO date, count), oldest first; ``weeks`` keeps the last N."""
    zone = zone or user_zone(session, user_id)
    where = (Application.user_id == user_id, col(Application.applied_at).is_not(None))
    counts: Counter[str] = Counter()
    if session.get_bind().dialect.name == "postgresql":
        wk = func.date_trunc("week", func.timezone(zone.key, Application.applied_at)).label("wk")
        for wk_value, n in session.execute(select(wk, func.count()).where(*where).group_by(wk)).all():
            counts[wk_value.date().isoformat()] += int(n)
    else:
        bucket = func.printf(
            "%s%02d", func.strftime("%Y-%m-%d %H:", Application.applied_at),
            (cast(func.strftime("%M", Application.applied_at), Integer) / 15) * 15,
        ).label("b")
        for b, n in session.execute(select(bucket, func.count()).where(*where).group_by(bucket)).all():
            local = datetime.strptime(b, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc).astimezone(zone).date()
            counts[(local - timedelta(days=local.weekday())).isoformat()] += int(n)
    out = sorted(counts.items())
    return out[-weeks:] if weeks else out


def breakdown(*, session: Session, user_id: int, by: str) -> list[Breakdown]:
    """Counts per ``by`` ∈ {"source", "work_mode"}: total, reached applied, responded (largest first)."""
    return _breakdown_from(_grouped(session, user_id), {"source": 0, "work_mode": 1}[by])


def top_missing_skills(*, session: Session, user_id: int, limit: int = 10) -> list[tuple[str, int]]:
    """Skills most often *missing* from the user's current match explanations across the
    postings they track, as (skill, number of tracked postings), most frequent first (ties by name).

    Only MatchSkill rows of the user's **active** resume version scored under the current
    embedding model version (:data:`careercopilot.integrations.embeddings.MODEL_VERSION`)
    count: rows of older resume versions or older models describe a resume or a ranking the
    user no longer has, and would list skills the current resume does have. No active
    resume → ``[]``. Only ``user_id``'s own rows are read.
    """
    active = (
        select(Resume.id)
        .where(Resume.user_id == user_id, Resume.is_active == True)  # noqa: E712 (SQL expression)
        .order_by(col(Resume.version).desc())
        .limit(1)
        .scalar_subquery()
    )
    n = func.count(distinct(MatchSkill.posting_id)).label("n")
    rows = session.execute(
        select(MatchSkill.skill, n)
        .join(MatchScore, MatchScore.id == MatchSkill.match_id)
        .join(Application, (Application.posting_id == MatchSkill.posting_id) & (Application.user_id == user_id))
        .where(MatchSkill.user_id == user_id, MatchSkill.status == "missing",
               MatchScore.user_id == user_id, MatchScore.resume_id == active,
               MatchScore.model_version == SCORE_MODEL_VERSION)
        .group_by(MatchSkill.skill)
        .order_by(n.desc(), MatchSkill.skill)
        .limit(limit)
    ).all()
    return [(s, int(c)) for s, c in rows]


def stage_counts(*, session: Session, user_id: int, include_archived: bool = True) -> dict[str, int]:
    """Current stage → number of applications (every PipelineStage key present)."""
    q = select(Application.stage, func.count(Application.id)).where(Application.user_id == user_id)
    if not include_archived:
        q = q.where(Application.archived.is_(False))
    found = dict(session.execute(q.group_by(Application.stage)).all())
    return {s.value: int(found.get(s.value, 0)) for s in PipelineStage}


def compute(*, session: Session, user_id: int, weeks: int | None = 26) -> Analytics:
    """All analytics for the Analytics page: 4 aggregate queries (grouped reach, weeks, median, skills)."""
    out = Analytics()
    rows = _grouped(session, user_id)
    found: Counter[str] = Counter()
    for row in rows:
        found[row[2]] += int(row[3])
    out.stage_counts = {s.value: found.get(s.value, 0) for s in PipelineStage}
    out.total = sum(out.stage_counts.values())
    out.funnel, out.response_rate, out.interview_rate = _funnel_from(rows)
    out.by_source = _breakdown_from(rows, 0)
    out.by_work_mode = _breakdown_from(rows, 1)
    out.per_week = per_week(session=session, user_id=user_id, weeks=weeks)
    out.median_days_to_response = median_days_to_response(session=session, user_id=user_id)
    out.top_missing_skills = top_missing_skills(session=session, user_id=user_id)
    return out


def snapshot_user(*, session: Session, user_id: int, day: date) -> MetricSnapshot:
    """Store (or replace) the user's metrics for ``day`` (idempotent per user and day)."""
    import json

    data = compute(session=session, user_id=user_id, weeks=12).to_dict()
    row = session.exec(select(MetricSnapshot).where(MetricSnapshot.user_id == user_id, MetricSnapshot.day == day)).first()
    if row is None:
        row = MetricSnapshot(user_id=user_id, day=day)
    row.metrics = json.dumps(data, default=str)
    session.add(row)
    session.flush()
    return row


def users_with_applications(*, session: Session) -> list[int]:
    """Ids of users that have at least one application (snapshot targets)."""
    return list(session.exec(select(Application.user_id).distinct().order_by(Application.user_id)).all())


def snapshots(*, session: Session, user_id: int, limit: int = 90) -> list[MetricSnapshot]:
    """The user's most recent daily snapshots, oldest first."""
    rows = session.exec(
        select(MetricSnapshot).where(MetricSnapshot.user_id == user_id).order_by(MetricSnapshot.day.desc()).limit(limit)
    ).all()
    return list(reversed(rows))
