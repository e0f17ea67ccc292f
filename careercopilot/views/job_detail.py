"""Job-detail page sections bound to :class:`~careercopilot.state.job_detail.JobDetailState`."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import busy_button, card, notice, quoted
from careercopilot.components.jobs import (
    WRAP_ANYWHERE,
    check_list,
    score_badge,
    score_breakdown,
    score_legend,
    score_steps,
    sighting_list,
    skill_list,
)
from careercopilot.state.job_detail import JobDetailState
from careercopilot.state.writing import WritingState
from careercopilot.views.alerts import detail_hide_section


def _meta(label: str, value, **props) -> rx.Component:
    return rx.cond(value != "", rx.text(rx.text.strong(label + ": "), value, size="2", **props), rx.fragment())


def title_heading() -> rx.Component:
    """The page's one ``<h1>`` text: the posting's title ("Job" until it is loaded or when not found)."""
    d = JobDetailState.detail
    return rx.el.span(rx.cond(d.title != "", d.title, "Job"), id="job-title", style=WRAP_ANYWHERE)


def header_section() -> rx.Component:
    """Score badge, company, facts, Apply and Save (the title is the page's ``<h1>``: :func:`title_heading`)."""
    d = JobDetailState.detail
    return card(
        rx.vstack(
            rx.cond(d.has_score, score_badge(d.score, d.score_color,
                                             "Match score 0–100 for your active resume (breakdown below)"),
                    rx.fragment()),
            rx.text(d.company, size="4", weight="medium", id="job-company"),
            rx.cond(~d.is_open, rx.badge("This posting is closed", color_scheme="red"), rx.fragment()),
            rx.foreach(d.quality_notes, lambda n: rx.callout(n, icon="triangle_alert", color_scheme="amber",
                                                             size="1", class_name="quality-note")),
            rx.flex(
                _meta("Location", d.location, id="job-location"),
                _meta("Work mode", d.work_mode, id="job-work-mode"),
                _meta("Employment", d.employment_type, id="job-employment"),
                _meta("Salary", d.salary, id="job-salary"),
                _meta("Posted", d.posted, id="job-posted"),
                _meta("Visa", d.visa, id="job-visa"),
                wrap="wrap", spacing="4",
            ),
            rx.cond(d.visa_evidence != "",
                    rx.text(quoted(d.visa_evidence), size="2", font_style="italic", color_scheme="gray",
                            id="visa-evidence"),
                    rx.fragment()),
            rx.hstack(
                rx.cond(d.apply_href != "",
                        # one control: a link styled as a button (a button inside a link was two Tab stops,
                        # Enter on the first did nothing — issue 10 trial)
                        rx.button(rx.link("Apply", rx.icon("external-link", size=14, aria_hidden="true"),
                                          href=d.apply_href, is_external=True, rel="noopener noreferrer",
                                          underline="none", id="apply-link", on_click=JobDetailState.followed_apply,
                                          aria_label="Apply (opens the posting in a new tab)"),
                                  as_child=True),
                        rx.fragment()),
                rx.cond(
                    JobDetailState.saved_id > 0,
                    rx.hstack(
                        rx.badge("Saved", color_scheme="green", size="3", id="saved-badge"),
                        rx.link("Open in Applications", href=routes.APPLICATIONS, id="saved-applications-link"),
                        align="center", spacing="2",
                    ),
                    rx.button("Save", variant="outline", on_click=JobDetailState.submit_save, id="save-button",
                              custom_attrs={"data-refocus": "saved-applications-link"}),
                ),
                busy_button("Write a cover letter", busy=WritingState.starting, busy_label="Starting the letter…",
                            variant="soft", on_click=WritingState.start_cover_letter(d.posting_id),
                            id="write-cover-letter"),
                # wraps on phones: "Saved · Open in Applications" pushed the row 77 px past 390 px
                align="center", spacing="3", padding_top="var(--space-2)", wrap="wrap",
            ),
            _did_you_apply(),
            _documents(),
            notice(JobDetailState.error, id="job-error"),
            # why a document could not be started (the posting is gone, no resume yet): said here, where
            # the button is — the writing state's error had no place on this page
            notice(WritingState.error, id="write-error"),
            spacing="2", width="100%",
        ),
        width="100%",
    )


def _documents() -> rx.Component:
    """"Written for this job": the user's documents for the posting, each a link — writing does not
    save the job to the board, so this is where a letter for an unsaved job is found again."""
    return rx.cond(
        JobDetailState.documents.length() > 0,
        rx.flex(
            rx.text("Written for this job:", size="2", weight="medium"),
            rx.foreach(JobDetailState.documents,
                       lambda d: rx.link(d["label"], href=routes.WRITING + "/" + d["id"], size="2", id="job-doc-" + d["id"])),
            spacing="3", wrap="wrap", align="center", id="job-documents",
        ),
        rx.fragment(),
    )


def _did_you_apply() -> rx.Component:
    """After "Apply" was followed: "Did you apply? Mark as applied" (records the application at stage
    applied; idempotent), then what was recorded and a link to it."""
    marked = JobDetailState.marked_note != ""
    return rx.cond(
        JobDetailState.apply_followed,
        rx.flex(
            rx.cond(
                marked,
                rx.text(JobDetailState.marked_note, " ", rx.link("Open the application", href=routes.APPLICATIONS + "/" +
                                     JobDetailState.saved_id.to_string(), id="applied-application-link"),
                        size="2", id="applied-status", role="status"),
                rx.fragment(
                    rx.text("Did you apply?", size="2", weight="medium"),
                    rx.button("Mark as applied", variant="soft", size="2", on_click=JobDetailState.submit_mark_applied,
                              id="mark-applied", custom_attrs={"data-refocus": "applied-application-link"}),
                ),
            ),
            align="center", spacing="3", wrap="wrap", id="did-you-apply",
        ),
        rx.fragment(),
    )


def match_section() -> rx.Component:
    """Score breakdown, matched/missing skills and preference checks."""
    d = JobDetailState.detail
    return card(
        rx.heading("Why this score", as_="h2", size="4"),
        rx.cond(
            d.has_score,
            rx.vstack(
                rx.box(
                    rx.text("Match score ", rx.text.strong(d.score), " / 100", size="3"),
                    score_breakdown(d.parts),
                    score_steps(d.steps),
                    rx.cond(d.rate_date != "", rx.text("Salary converted with the ECB rate of ", d.rate_date,
                                                       size="1", color_scheme="gray"), rx.fragment()),
                    id="job-score", width="100%",
                ),
                score_legend(id="job-legend"),
                rx.text("Matched skills", weight="medium", size="2"),
                skill_list(d.matched, "green", "teal", "No skills of this posting were found in your resume.",
                           id="matched-skills"),
                rx.text("Missing skills", weight="medium", size="2"),
                skill_list(d.missing, "red", "orange", "Nothing required is missing.", id="missing-skills"),
                rx.cond(d.missing_nice.length() > 0, rx.fragment(
                    rx.text("Nice to have, not in your resume", weight="medium", size="2"),
                    skill_list(d.missing_nice, "orange", "orange", "", id="missing-nice-skills"),
                ), rx.fragment()),
                rx.text("Your preferences", weight="medium", size="2"),
                check_list(d.checks, id="pref-checks"),
                spacing="2", width="100%",
            ),
            rx.text(rx.cond(d.is_open, "Upload a resume to see how well this posting fits you.",
                            "Closed postings are not scored."), color_scheme="gray", size="2", id="job-score"),
        ),
        width="100%",
    )


def description_section() -> rx.Component:
    """Sources it was seen on and the sanitized description."""
    d = JobDetailState.detail
    return card(
        rx.heading("Seen on", as_="h2", size="4"),
        sighting_list(d.sightings, id="job-sightings"),
        rx.divider(margin_y="var(--space-3)"),
        rx.heading("Description", as_="h2", size="4"),
        rx.html(d.description_html, id="job-description", class_name="job-description", **WRAP_ANYWHERE),
        rx.cond(d.description_truncated,
                # list feeds (Jobicy, RemoteOK…) send only the start of a description, cut mid-word: say so
                rx.text("The job board sent only the start of this description.", size="2", color_scheme="gray",
                        id="job-description-cut"),
                rx.fragment()),
        rx.cond(d.description_truncated & (d.apply_href != ""),
                rx.link("Read the full posting ↗", href=d.apply_href, is_external=True, rel="noopener noreferrer",
                        size="2", weight="medium", id="job-read-more"),
                rx.fragment()),
        width="100%",
    )


def job_detail_body() -> rx.Component:
    """The whole page, or a not-found message."""
    return rx.cond(
        JobDetailState.found,
        rx.cond(
            JobDetailState.loading,
            rx.hstack(rx.spinner(), rx.text("Loading the posting and its match score…"), id="job-loading"),
            rx.vstack(
                rx.link("← Back to jobs", href=routes.JOBS, size="2"),
                header_section(), detail_hide_section(), match_section(), description_section(),
                spacing="4", width="100%",
            ),
        ),
        card(
            rx.vstack(
                rx.heading("Posting not found", as_="h2", size="4"),
                rx.text("This posting does not exist or is not visible to you."),
                rx.link("Back to jobs", href=routes.JOBS),
                spacing="2",
            ),
            id="job-not-found",
        ),
    )
