"""Pure tracker components: stage badges, follow-up badges, application cards, history rows."""

from __future__ import annotations

import reflex as rx

from careercopilot import styles
from careercopilot.components.common import toast

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
        ("overdue", rx.badge("Overdue · ", day, color_scheme="red", white_space="normal", **props)),
        ("due_today", rx.badge("Due today", color_scheme="orange", **props)),
        ("upcoming", rx.badge("Follow up ", day, color_scheme="gray", variant="outline", **props)),
        rx.fragment(),
    )


def move_menu(current, on_move, *, menu_id: str, **props) -> rx.Component:
    """A "Move to…" dropdown menu (Radix): one item per other stage, ``on_move(stage)`` on choice.

    The accessible alternative to dragging. Arrow keys only move the highlight inside the
    open menu; a stage changes only on Enter/Space/click of an item (a native ``<select>``
    changed the stage on ArrowDown — issue 10 trial finding). Items have ids
    ``<menu_id>-<stage>``; the current stage is listed but disabled.
    """
    return rx.menu.root(
        rx.menu.trigger(
            rx.button("Move to…", rx.icon("chevron-down", size=14), variant="soft", size="1", color_scheme="gray",
                      id=menu_id, **props),
        ),
        rx.menu.content(
            # data-refocus: when the chosen item and its card are re-rendered (the card moves to
            # another column), focus goes to this card's trigger, not to <body> (components.a11y)
            *[rx.menu.item(s.capitalize(), on_select=on_move(s), disabled=current == s, id=f"{menu_id}-{s}",
                           custom_attrs={"data-refocus": menu_id})
              for s in STAGES],
        ),
    )


def application_card(row, href, move: rx.Component, **props) -> rx.Component:
    """A board card: title link, company, days in the stage, next follow-up, and the move menu."""
    return rx.box(
        rx.vstack(
            # clamped to 3 lines: the full title is its tooltip (never cut silently)
            rx.link(row.title, href=href, weight="medium", id=f"app-link-{row.id}", class_name="cc-card-title",
                    title=row.title),
            rx.text(row.company, size="2", color_scheme="gray", class_name="cc-card-company", title=row.company),
            rx.text(rx.cond(row.days_in_stage == 1, "1 day in stage", row.days_in_stage.to_string() + " days in stage"),
                    size="1", color_scheme="gray", id=f"app-days-{row.id}"),
            follow_up_badge(row.follow_up, row.follow_up_on, size="1", class_name="cc-wrap-badge"),
            move,
            spacing="1",
            align="start",
            width="100%",
        ),
        **{**styles.CARD, "padding": "var(--space-2)", "width": "100%", "min_width": "0", "overflow_wrap": "break-word",
           **props},
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


def metric(label: str, value, hint: str = "", *, loaded: rx.Var, **props) -> rx.Component:
    """A labeled figure with an optional hint line; a skeleton until ``loaded`` (as
    :func:`careercopilot.components.common.stat`)."""
    return rx.box(
        rx.vstack(
            rx.text(label, size="2", color_scheme="gray"),
            # a figure, not a heading (one <h1> per page)
            rx.skeleton(rx.text(value, size="6", weight="bold"), loading=~loaded),
            rx.cond(hint != "", rx.text(hint, size="1", color_scheme="gray"), rx.fragment()),
            spacing="1",
        ),
        aria_busy=rx.cond(loaded, "false", "true"),
        **{**styles.CARD, **props},
    )


def floating_message(message, color: str = "red", **props) -> rx.Component:
    """A page-level message (``components.common.toast``)."""
    return toast(message, color=color, **props)
