"""AnalyticsState: chart data computed by :func:`careercopilot.services.analytics.compute`."""

from __future__ import annotations

import asyncio

import reflex as rx

from careercopilot import routes
from careercopilot.db import read_session_scope
from careercopilot.services import analytics
from careercopilot.state.auth import current_user_id


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.0f}%"


def short_label(name: str, limit: int = 14) -> str:
    """A chart category label of at most ``limit`` characters (``…`` marks a cut).

    A "Group: Name" source name keeps its distinctive part ("Demo feed (recorded
    payloads): Remotive" → "Remotive"); the full name stays in the tooltip key.
    """
    name = " ".join((name or "").split()) or "—"
    if ": " in name:
        name = name.rsplit(": ", 1)[1] or name
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _compute(uid: int) -> analytics.Analytics:
    with read_session_scope(user_id=uid) as s:  # the replica when one is configured (issue 15)
        return analytics.compute(session=s, user_id=uid)


def _breakdown(b: analytics.Breakdown) -> dict:
    return {"key": b.key, "label": short_label(b.key), "total": b.total, "applied": b.applied, "responded": b.responded}


class AnalyticsState(rx.State):
    """Figures and chart series for the Analytics page."""

    total: int = 0
    funnel: list[dict] = []
    weeks: list[dict] = []
    response_rate: str = "—"
    interview_rate: str = "—"
    median_days: str = "—"
    by_source: list[dict] = []
    by_work_mode: list[dict] = []
    missing_skills: list[dict] = []
    #: the figures above are the user's (load_analytics ran), not the defaults
    loaded: bool = False

    @rx.var(cache=True)
    def missing_skills_height(self) -> int:
        """Chart height in px: 28 px per skill row so every label fits (min 160)."""
        return max(160, 40 + 28 * len(self.missing_skills))

    @rx.event
    async def load_analytics(self):
        """Compute the signed-in user's analytics (SQL aggregates)."""
        uid = await current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        a = await asyncio.to_thread(_compute, uid)
        self.total = a.total
        self.funnel = [{"stage": f.stage, "count": f.count, "rate": "" if f.rate is None else _pct(f.rate)} for f in a.funnel]
        self.weeks = [{"week": w, "count": n} for w, n in a.per_week]
        self.response_rate, self.interview_rate = _pct(a.response_rate), _pct(a.interview_rate)
        self.median_days = "—" if a.median_days_to_response is None else f"{a.median_days_to_response:g} days"
        self.by_source = [_breakdown(b) for b in a.by_source]
        self.by_work_mode = [_breakdown(b) for b in a.by_work_mode]
        self.missing_skills = [{"skill": s, "postings": n} for s, n in a.top_missing_skills]
        self.loaded = True
        return None
