"""Pure pieces of the Jobs and Job-detail pages (no State, no services).

Rows are Vars of the dataclasses in ``careercopilot.services.job_views`` and
``careercopilot.services.job_detail_views`` (passed in, not imported): ``JobRow``, ``ScorePart``,
``CheckRow``, ``SkillRow``, ``SightingRow``.
"""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import labelled_select, stack_cell, stack_row, stack_table
from careercopilot.schemas import SCORE_BANDS

#: Wrap anything, even one unbroken 200-character word, inside its box (no sideways scroll).
WRAP_ANYWHERE = {"overflow_wrap": "anywhere", "word_break": "break-word", "min_width": "0", "max_width": "100%"}


def _band_range(i: int) -> str:
    """"70–100", "45–69", "0–44" for band ``i`` of :data:`SCORE_BANDS`."""
    low = SCORE_BANDS[i].min_score
    high = 100 if i == 0 else SCORE_BANDS[i - 1].min_score - 1
    return f"{low}–{high}"


#: The legend as one sentence (tooltip, tests): bands from :data:`SCORE_BANDS`, then the skill chips.
LEGEND_TEXT = ("Match score 0–100: " + ", ".join(f"{_band_range(i)} {b.word}" for i, b in enumerate(SCORE_BANDS))
               + " · green = skills you have · red = skills the posting asks for that your resume lacks")


def score_badge(score, color, hint="Match score 0–100 for your active resume", **props) -> rx.Component:
    """The 0–100 match score as a badge ("—" when not scored yet) in its band's colour
    (``color`` from :data:`SCORE_BANDS`), with ``hint`` as tooltip and accessible name."""
    return rx.badge(rx.cond(score != "", score, "—"), color_scheme=color, variant="surface", size="3",
                    radius="full", min_width="2.6em", justify_content="center", title=hint,
                    aria_label=hint, role="img", **props)


#: The legend's example chips (colour samples, hidden from screen readers — the words beside them say
#: it): no skill of any profession (``tests/unit/jobs_ui/test_legend.py`` checks them against the
#: skill taxonomy), so the legend reads the same for a nurse and a developer.
LEGEND_CHIPS = ("skill", "skill")


def score_legend(**props) -> rx.Component:
    """The score bands (read from :data:`SCORE_BANDS`) and the green/red skill chips, in one line."""
    bands = [
        rx.badge(_band_range(i), " ", band.word, color_scheme=band.color, variant="surface", size="1", radius="full",
                 class_name="score-band", custom_attrs={"data-band": band.word, "data-color": band.color})
        for i, band in enumerate(SCORE_BANDS)
    ]
    return rx.flex(
        rx.text("Match score:", size="1", color_scheme="gray"),
        *bands,
        rx.text("·", size="1", color_scheme="gray", aria_hidden="true"),
        # neutral example chips: a named skill ("Python", "Kafka") read as advice to a nurse (issue 10 trial)
        rx.badge(LEGEND_CHIPS[0], color_scheme="green", variant="soft", size="1", class_name="legend-chip",
                 aria_hidden="true"),
        rx.text("skills you have ·", size="1", color_scheme="gray"),
        rx.badge(LEGEND_CHIPS[1], color_scheme="red", variant="soft", size="1", class_name="legend-chip",
                 aria_hidden="true"),
        rx.text("skills the posting asks for that your resume lacks", size="1", color_scheme="gray"),
        wrap="wrap", align="center", spacing="1", title=LEGEND_TEXT, **props,
    )


def skill_chips(skills, color: str, **props) -> rx.Component:
    """Skills as small soft badges in one colour (nothing when empty)."""
    return rx.flex(rx.foreach(skills, lambda s: rx.badge(s, color_scheme=color, variant="soft", size="1")),
                   wrap="wrap", spacing="1", **props)


def _maybe(show, child: rx.Component) -> rx.Component:
    if isinstance(show, bool):
        return child if show else rx.fragment()
    return rx.cond(show, child, rx.fragment())


def job_card(row, show_score=True, actions: rx.Component | None = None) -> rx.Component:
    """One posting: score (when ``show_score``), linked title, company, location/work mode, salary, the
    licences it requires that the resume does not show (red, in words), skills,
    and ``actions`` (e.g. "Not interested") under them."""
    return rx.box(
        rx.hstack(
            _maybe(show_score, score_badge(row.score, row.score_color, row.score_hint)),
            rx.vstack(
                rx.hstack(
                    rx.link(row.title, href=row.href, weight="bold", size="3", id=f"job-link-{row.posting_id}",
                            **WRAP_ANYWHERE),
                    rx.cond(row.is_new, rx.badge("new", color_scheme="blue", variant="outline"), rx.fragment()),
                    align="center",
                    spacing="2",
                    wrap="wrap",
                ),
                rx.text(
                    row.company,
                    rx.cond(row.location != "", " · " + row.location, ""),
                    rx.cond(row.work_mode != "", " · " + row.work_mode, ""),
                    size="2",
                    color_scheme="gray",
                    **WRAP_ANYWHERE,
                ),
                rx.cond(row.salary != "", rx.text(row.salary, size="2"), rx.fragment()),
                rx.cond(row.licence_gap != "", rx.text(row.licence_gap, size="2", color_scheme="red",
                                                       class_name="job-licence-gap", **WRAP_ANYWHERE), rx.fragment()),
                skill_chips(row.matched, "green", class_name="job-matched"),
                skill_chips(row.missing, "red", class_name="job-missing"),
                actions if actions is not None else rx.fragment(),
                spacing="1",
                align="start",
                width="100%",
                min_width="0",
            ),
            align="start",
            spacing="3",
            width="100%",
        ),
        id=f"job-card-{row.posting_id}",
        class_name="job-card",
        padding="var(--space-3)",
        border="1px solid var(--gray-5)",
        border_radius="var(--radius-4)",
        width="100%",
    )


def pager(page, pages, *, on_prev, on_next) -> rx.Component:
    """Previous / "page N of M" / next."""
    return rx.hstack(
        rx.button("Previous", variant="soft", on_click=on_prev, disabled=page <= 1, id="jobs-prev"),
        rx.text("Page ", page, " of ", pages, size="2", id="jobs-page"),
        rx.button("Next", variant="soft", on_click=on_next, disabled=page >= pages, id="jobs-next"),
        align="center",
        spacing="3",
    )


def select_field(label: str, name: str, items, default, **props) -> rx.Component:
    """A labeled select for a form (``items`` a list or list Var of strings)."""
    return rx.vstack(
        rx.text(label, size="1", color_scheme="gray", aria_hidden="true"),
        labelled_select(items, label=label, name=name, default_value=default, **props),
        spacing="1",
    )


def score_breakdown(parts) -> rx.Component:
    """Component scores with their weights."""
    return stack_table(["Component", "Score", "Weight"], parts,
                       lambda p: stack_row(stack_cell("Component", p.label), stack_cell("Score", p.value),
                                           stack_cell("Weight", p.weight)),
                       size="1", id="score-breakdown")


def score_steps(steps) -> rx.Component:
    """How the shown score follows from the table: weighted sum → × penalty → calibrated,
    each with its number and a one-line reason (``job_detail_views.score_step_rows``)."""
    return rx.vstack(
        rx.foreach(steps, lambda s: rx.flex(
            rx.text(s.label, weight="medium", size="2", min_width="9em"),
            rx.text.strong(s.value, size="2", min_width="3em"),
            rx.text(s.note, size="1", color_scheme="gray", **WRAP_ANYWHERE),
            wrap="wrap", spacing="2", align="baseline", class_name="score-step", width="100%")),
        spacing="1", id="score-steps", width="100%", padding_top="var(--space-2)",
    )


def skill_list(skills, color: str, nice_color: str, empty: str, **props) -> rx.Component:
    """Skills coloured by required (``color``) vs nice-to-have (``nice_color``)."""
    return rx.cond(
        skills.length() > 0,
        rx.flex(
            rx.foreach(skills, lambda s: rx.badge(
                s.skill, rx.cond(s.required, "", " (nice to have)"), s.note,
                color_scheme=rx.cond(s.required, color, nice_color), variant="soft")),
            wrap="wrap", spacing="2", **props,
        ),
        rx.text(empty, size="2", color_scheme="gray", **props),
    )


def check_list(checks, **props) -> rx.Component:
    """Preference checks: ✓ / ✗ / ? and the reason."""
    return rx.cond(
        checks.length() > 0,
        rx.vstack(
            rx.foreach(checks, lambda c: rx.hstack(
                rx.text(c.mark, color_scheme=c.color, weight="bold", width="1.2em"),
                rx.text(c.name, weight="medium", size="2", min_width="7em"),
                rx.text(c.reason, size="2", color_scheme="gray"),
                align="start", spacing="2", class_name="pref-check")),
            spacing="1", **props,
        ),
        rx.text("Set your preferences to see how this posting fits them.", size="2", color_scheme="gray", **props),
    )


def sighting_list(sightings, **props) -> rx.Component:
    """Sources the posting was seen on, linked to where it was seen."""
    return rx.vstack(
        rx.foreach(sightings, lambda s: rx.hstack(
            rx.link(s.source, href=s.url, is_external=True, size="2"),
            rx.cond(s.last_seen != "", rx.text("last seen ", s.last_seen, size="1", color_scheme="gray"),
                    rx.fragment()),
            align="center", spacing="2")),
        spacing="1", **props,
    )
