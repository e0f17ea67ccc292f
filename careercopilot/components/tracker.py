"""Pure tracker components: stage badges, follow-up badges, application cards, history rows."""

from __future__ import annotations

import reflex as rx

from careercopilot import styles

#: Board columns in order (values of careercopilot.models.PipelineStage).
STAGES = ("saved", "applied", "interviewing", "offer", "accepted", "rejected", "withdrawn")
STAGE_COLORS = {"saved": "gray", "applied": "blue", "interviewing": "violet", "offer": "amber",
                "accepted": "green", "rejected": "red", "withdrawn": "brown"}


def stage_badge(stage, **props) -> rx.Component:
    """A colored badge for a pipeline stage (Var or str)."""
    return rx.match(
        stage,
        *[(s, rx.badge(s, color_scheme=STAGE_COLORS[s], **props)) for s in STAGES],
        rx.badge(stage, **props),
    )


def follow_up_badge(status, day, **props) -> rx.Component:
    """"Overdue" / "Due today" / "Follow up <day>" badge (nothing when status is "")."""
    return rx.match(
        status,
        ("overdue", rx.badge("Overdue · ", day, color_scheme="red", **props)),
        ("due_today", rx.badge("Due today", color_scheme="orange", **props)),
        ("upcoming", rx.badge("Follow up ", day, color_scheme="gray", variant="outline", **props)),
        rx.fragment(),
    )


def stage_select(value, on_change, **props) -> rx.Component:
    """A native <select> of pipeline stages (easy to drive from tests: select_option)."""
    return rx.el.select(
        *[rx.el.option(s.capitalize(), value=s) for s in STAGES],
        value=value,
        on_change=on_change,
        style={"padding": "0.2em", "border_radius": "6px", "border": "1px solid var(--gray-7)", "font_size": "0.85em",
               "max_width": "100%"},
        **props,
    )


def application_card(row, href, move_select: rx.Component, **props) -> rx.Component:
    """A board card: title link, company, badges, and the move menu."""
    return rx.box(
        rx.vstack(
            rx.link(row.title, href=href, weight="medium", id=f"app-link-{row.id}"),
            rx.text(row.company, size="2", color_scheme="gray"),
            rx.hstack(follow_up_badge(row.follow_up, row.follow_up_on, size="1"), wrap="wrap"),
            move_select,
            spacing="1",
            align="start",
        ),
        **{**styles.CARD, "padding": "0.5em", "width": "100%", "min_width": "0", "overflow_wrap": "anywhere", **props},
    )


def history_item(row, **props) -> rx.Component:
    """One stage-history line: ``at  from → to``."""
    return rx.hstack(
        rx.text(row.at, size="2", color_scheme="gray", width="9.5em"),
        rx.cond(row.from_stage != "", stage_badge(row.from_stage), rx.text("created", size="2")),
        rx.text("→"),
        stage_badge(row.to_stage),
        spacing="2",
        **props,
    )


def metric(label: str, value, hint: str = "", **props) -> rx.Component:
    """A labeled figure with an optional hint line."""
    return rx.box(
        rx.vstack(
            rx.text(label, size="2", color_scheme="gray"),
            rx.heading(value, size="6"),
            rx.cond(hint != "", rx.text(hint, size="1", color_scheme="gray"), rx.fragment()),
            spacing="1",
        ),
        **{**styles.CARD, **props},
    )


def floating_message(message, color: str = "red", **props) -> rx.Component:
    """A page-level callout pinned to the bottom-right corner (shown only when ``message`` is
    non-empty); being fixed-position, it never pushes the page content down."""
    return rx.cond(
        message != "",
        rx.callout(message, color_scheme=color, role="alert" if color == "red" else "status", position="fixed",
                   bottom="1.5em", right="1.5em", max_width="28em", z_index="50", box_shadow="var(--shadow-4)",
                   **props),
        rx.fragment(),
    )
