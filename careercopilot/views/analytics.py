"""Analytics page sections (Reflex recharts) bound to AnalyticsState."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import card, empty_state
from careercopilot.components.tracker import metric
from careercopilot.services.analytics import RATE_NOTES
from careercopilot.state.analytics import AnalyticsState as A

_TICK = {"fontSize": 12}


def _bar(data, x: str, bars: list[tuple[str, str]], *, slanted: bool = False, **props) -> rx.Component:
    # interval=0: every category gets its label (recharts otherwise hides ones that collide).
    # slanted: category names (source names) are drawn at -35° from their tick's end, so
    # neighbours never overlap (issue 10 trial finding: the "By source" labels overlapped).
    x_axis = (rx.recharts.x_axis(data_key=x, interval=0, tick=_TICK, angle=-35, text_anchor="end", height=90)
              if slanted else rx.recharts.x_axis(data_key=x, interval=0, tick=_TICK))
    return rx.recharts.bar_chart(
        *[rx.recharts.bar(data_key=k, name=label, fill=color, is_animation_active=False) for k, label, color in
          [(k, label, c) for (k, label), c in zip(bars, ("#6366f1", "#22c55e", "#f59e0b"), strict=False)]],
        x_axis,
        rx.recharts.y_axis(allow_decimals=False),
        rx.recharts.graphing_tooltip(),
        rx.recharts.legend(),
        data=data, width="100%", height=320 if slanted else 260, **props,
    )


def figures() -> rx.Component:
    """Rates and the median."""
    return rx.grid(
        metric("Applications", A.total, loaded=A.loaded, id="metric-total"),
        metric("Response rate", A.response_rate, RATE_NOTES["response"], loaded=A.loaded, id="metric-response-rate"),
        metric("Interview rate", A.interview_rate, RATE_NOTES["interview"], loaded=A.loaded, id="metric-interview-rate"),
        metric("Median days to first response", A.median_days, loaded=A.loaded, id="metric-median-days"),
        columns=rx.breakpoints(initial="1", xs="2", md="4"), spacing="3", width="100%",
    )


def funnel_chart() -> rx.Component:
    """Funnel saved → applied → interviewing → offer with conversion rates."""
    return card(
        rx.heading("Funnel", as_="h2", size="4"),
        _bar(A.funnel, "stage", [("count", "Applications")], id="chart-funnel"),
        rx.hstack(rx.foreach(A.funnel, lambda f: rx.cond(
            f["rate"] != "", rx.badge(f["stage"].to(str), ": ", f["rate"].to(str), " of previous"), rx.fragment())),
            spacing="2", wrap="wrap", id="funnel-rates"),
        width="100%",
    )


def weeks_chart() -> rx.Component:
    """Applications per week (your time zone)."""
    return card(rx.heading("Applications per week", as_="h2", size="4"),
                rx.cond(A.weeks.length() > 0, _bar(A.weeks, "week", [("count", "Applied")], id="chart-weeks"),
                        rx.text("No applied dates yet — move a card to Applied.", size="2", color_scheme="gray")),
                width="100%")


def breakdowns() -> rx.Component:
    """By source and by work mode."""
    series = [("total", "Tracked"), ("applied", "Applied"), ("responded", "Responded")]
    return rx.grid(
        card(rx.heading("By source", as_="h2", size="4"), _bar(A.by_source, "label", series, slanted=True,
                                                     id="chart-by-source")),
        card(rx.heading("By work mode", as_="h2", size="4"), _bar(A.by_work_mode, "label", series, id="chart-by-work-mode")),
        columns=rx.breakpoints(initial="1", md="2"), spacing="3", width="100%",
    )


def skills_chart() -> rx.Component:
    """Top missing skills across the tracked postings."""
    return card(
        rx.heading("Top missing skills", as_="h2", size="4"),
        rx.cond(A.missing_skills.length() > 0,
                rx.recharts.bar_chart(rx.recharts.bar(data_key="postings", name="Postings", fill="#ef4444", is_animation_active=False),
                                      rx.recharts.x_axis(type_="number", allow_decimals=False),
                                      rx.recharts.y_axis(data_key="skill", type_="category", width=160, interval=0,
                                                         tick=_TICK),
                                      rx.recharts.graphing_tooltip(),
                                      data=A.missing_skills, layout="vertical", width="100%",
                                      height=A.missing_skills_height,
                                      id="chart-missing-skills"),
                rx.text("Upload a resume and save postings: skills they ask for that your resume lacks appear here.",
                        size="2", color_scheme="gray")),
        width="100%",
    )


def analytics_body() -> rx.Component:
    """Everything, or an empty state telling the next step."""
    return rx.cond(
        ~A.loaded,
        rx.center(rx.spinner(size="3"), width="100%", min_height="12rem", role="status", aria_label="Loading analytics",
                  id="analytics-loading"),
        rx.cond(A.total > 0,
        rx.vstack(figures(), funnel_chart(), weeks_chart(), breakdowns(), skills_chart(), spacing="3", width="100%",
                  id="analytics-body"),
        empty_state("No applications to analyse yet",
                    "Save postings from the Jobs page or add them on the Applications page; charts appear as you move them.",
                    "Go to applications", routes.APPLICATIONS, id="analytics-empty")),
    )
