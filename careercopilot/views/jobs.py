"""Jobs page sections bound to :class:`~careercopilot.state.jobs.JobsState`."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import card, empty_state, notice, quoted
from careercopilot.components.jobs import (
    WRAP_ANYWHERE,
    job_card,
    pager,
    score_legend,
    select_field,
)
from careercopilot.schemas import WORK_MODE_VALUES
from careercopilot.services.job_views import ANY, POSTED_WITHIN_DAYS
from careercopilot.state.indexing import IndexingState
from careercopilot.state.jobs import MAX_QUERY, JobsState
from careercopilot.text_limits import cut_sentence
from careercopilot.views.alerts import hide_button, save_search_section, undo_toast


def search_section() -> rx.Component:
    """Semantic search box over postings (inside :func:`search_and_filters`' form)."""
    return rx.hstack(
        rx.input(name="query", default_value=JobsState.query,
                 placeholder="Search postings, e.g. data engineer remote, or nurse Berlin visa",
                 max_length=MAX_QUERY, id="jobs-search", width="100%", type="search", aria_label="Search postings"),
        rx.button("Search", type="submit", id="jobs-search-submit"),
        rx.cond(JobsState.query != "",
                rx.button("Clear", type="button", variant="soft", id="jobs-search-clear",
                          on_click=JobsState.submit_search({"query": ""})),
                rx.fragment()),
        width="100%",
    )


def filters_section() -> rx.Component:
    """Work mode, country, salary floor, visa-only, posted within, source + Apply."""
    f = JobsState.form
    return rx.flex(
        select_field("Work mode", "work_mode", [ANY, *WORK_MODE_VALUES], f["work_mode"], id="filter-work-mode"),
        rx.vstack(rx.text("Country", size="1", color_scheme="gray"),
                  rx.input(name="country", default_value=f["country"], placeholder="Germany or DE", max_length=60,
                           width="10em", id="filter-country", aria_label="Country"), spacing="1"),
        rx.vstack(rx.el.label("Minimum pay (a year or an hour)", html_for="filter-salary",
                              style={"font_size": "var(--font-size-1)", "color": "var(--gray-11)"}),
                  # text, not type=number: people type "52k", "$52,000", "$25/hr" (normalize.pay_floor)
                  rx.input(name="salary_floor", default_value=f["salary_floor"], placeholder="e.g. 52k or $25/hr",
                           max_length=30, width="11em", id="filter-salary",
                           aria_describedby="filter-salary-reading"),
                  # the applied floor's unit in words: "At least USD 25 an hour (≈ USD 52,000 a year)"
                  rx.text(JobsState.salary_reading, size="1", color_scheme="gray", id="filter-salary-reading",
                          max_width="16em"),
                  spacing="1"),
        select_field("Posted within (days)", "posted_within", [ANY, *POSTED_WITHIN_DAYS], f["posted_within"],
                     id="filter-posted"),
        select_field("Source", "source", JobsState.view.sources.to(list[str]), f["source"], id="filter-source"),
        rx.vstack(rx.text("Visa sponsorship only", size="1", color_scheme="gray"),
                  rx.switch(name="visa_only", default_checked=f["visa_only"] == "on", id="filter-visa",
                            aria_label="Visa sponsorship only"),
                  spacing="1"),
        rx.button("Apply", type="submit", id="jobs-apply-filters"),
        wrap="wrap",
        spacing="4",
        align="end",
    )


def search_and_filters() -> rx.Component:
    """One form: the search box and the filters. Search and Apply both submit it, so the box's
    text (also when emptied) and the filters always go together into the URL."""
    return rx.form(
        rx.vstack(search_section(), filters_section(), spacing="4", width="100%"),
        on_submit=JobsState.submit_filters,
        reset_on_submit=False,
        key=JobsState.view.sources.join(",") + "|" + JobsState.form_key,
        width="100%",
        id="jobs-search-form",
    )


def scoring_banner() -> rx.Component:
    """Live progress of the running re-score job."""
    return rx.cond(
        JobsState.view.scoring,
        rx.callout(
            rx.vstack(
                rx.text("Scoring postings… ", JobsState.progress_msg),
                rx.progress(value=JobsState.progress, max=100, width="100%"),
                spacing="2",
                width="100%",
            ),
            icon="loader",
            color_scheme="blue",
            id="jobs-scoring",
            width="100%",
        ),
        rx.fragment(),
    )


def indexing_banner() -> rx.Component:
    """First run: "Indexing 1,240 of 5,000 postings…" while the index catches up (ranking finds only
    indexed postings, so the list would otherwise look empty)."""
    return rx.cond(
        IndexingState.text != "",
        rx.callout(
            rx.vstack(
                rx.text(IndexingState.text, " Ranked postings appear as they are indexed.", id="jobs-indexing-text"),
                rx.progress(value=IndexingState.percent, max=100, width="100%", aria_label="Indexing progress"),
                spacing="2",
                width="100%",
            ),
            icon="loader", color_scheme="blue", id="jobs-indexing", width="100%", role="status",
        ),
        rx.fragment(),
    )


def resume_banner() -> rx.Component:
    """Slim hint shown above the unranked list when there is no active resume."""
    return rx.cond(
        ~JobsState.view.has_resume,
        rx.callout(
            rx.hstack(
                rx.text("Upload your resume to rank these by match score."),
                rx.link("Upload your resume", href=routes.RESUME, weight="medium", id="jobs-upload-resume-link"),
                wrap="wrap", spacing="2", align="center",
            ),
            icon="file-up", color_scheme="blue", size="1", width="100%", id="jobs-empty-resume",
        ),
        rx.fragment(),
    )


def profession_banner() -> rx.Component:
    """Nothing in the feed fits the user's profession, or all of it is far from their places: say
    so and what to do (where such postings are found; widen the places)."""
    return rx.cond(
        JobsState.view.profession_note != "",
        rx.callout(
            rx.hstack(
                rx.text(JobsState.view.profession_note),
                rx.cond(JobsState.view.profession_far,
                        rx.link("Widen your places", href=routes.PREFERENCES, weight="medium",
                                id="jobs-widen-places-link"),
                        rx.fragment()),
                rx.link("Add a source", href=routes.SOURCES, weight="medium", id="jobs-add-source-link"),
                wrap="wrap", spacing="2", align="center",
            ),
            icon="info", color_scheme="amber", size="1", width="100%", id="jobs-profession-gap",
        ),
        rx.fragment(),
    )


def _searching() -> rx.Var:
    """True while a new search loads and the cards on screen belong to the previous one."""
    return JobsState.loading & (JobsState.query != JobsState.shown_query)


def _heading():
    v = JobsState.view
    return rx.cond(
        _searching(),
        rx.fragment("Searching for ", quoted(JobsState.query), "…"),
        rx.cond(
            JobsState.query != "",
            # without a resume there is no score to explain (trial finding 16)
            rx.fragment("Results for ", quoted(JobsState.query),
                        # a query that fills the box was cut by it (trial101 finding 5: a long paste searched
                        # its first 200 characters without a word)
                        rx.cond(JobsState.query.length() >= MAX_QUERY, f" ({cut_sentence('searches', MAX_QUERY).rstrip('.')})", ""),
                        ", most relevant first",
                        rx.cond(v.has_resume, " (the badge is your match score) · ", " · ")),
            rx.cond(v.browsing & v.scoring & v.has_resume,
                    # the first ranking for this resume is running: say so, not "Ranked … · 0 postings"
                    "Ranking in progress for your active resume — meanwhile all open postings, newest first · ",
                    rx.cond(v.browsing, rx.cond(v.has_resume, "All open postings, newest first · ", "Newest postings · "),
                            "Ranked for your active resume · ")),
        ),
    )


def count_note() -> rx.Component:
    """Why the ranked list is shorter than the open postings, with a link to all of them
    newest first (issue 10 trial finding); on that list, the way back to the ranking."""
    v = JobsState.view
    return rx.cond(
        (v.count_note != "") & ~v.browsing & (JobsState.query == ""),
        rx.text(v.count_note, " ",
                rx.link(v.see_all, href=JobsState.all_url,
                        id="jobs-see-all"),
                size="1", color_scheme="gray", id="jobs-count-note", **WRAP_ANYWHERE),
        rx.cond(v.browsing & v.has_resume & ~v.scoring & (JobsState.query == ""),
                rx.link("Back to the postings ranked for your resume", href=JobsState.ranked_url, size="1",
                        id="jobs-back-ranked"),
                rx.fragment()),
    )


def results_section() -> rx.Component:
    """The cards and the pager (or a hint when nothing matched)."""
    v = JobsState.view
    return rx.vstack(
        rx.hstack(
            rx.text(_heading(), rx.cond(_searching(), "", v.total_text), size="2", color_scheme="gray", id="jobs-total",
                    **WRAP_ANYWHERE),
            rx.cond(JobsState.loading, rx.spinner(size="2", id="jobs-busy"), rx.fragment()),
            align="center",
            width="100%",
            min_width="0",
        ),
        count_note(),
        rx.cond(v.browsing | (v.rows.length() == 0) | ~v.has_resume, rx.fragment(), score_legend(id="jobs-legend")),
        rx.cond(
            v.rows.length() > 0,
            rx.vstack(rx.foreach(v.rows, lambda row: job_card(row, show_score=~v.browsing, actions=hide_button(row))),
                      spacing="3", width="100%", id="job-list", aria_busy=_searching(),
                      opacity=rx.cond(_searching(), "0.5", "1")),
            rx.cond(JobsState.loading | v.scoring, rx.fragment(),
                    rx.text(rx.cond(JobsState.query != "",
                                    rx.fragment("No postings match ", quoted(JobsState.query),
                                                ". Try fewer or broader words (a title or a skill), clear the "
                                                "filters, or add sources on the Sources page."),
                                    "No postings match these filters."),
                            color_scheme="gray", id="jobs-no-results", **WRAP_ANYWHERE)),
        ),
        pager(v.page, v.pages, on_prev=JobsState.set_page(v.page - 1), on_next=JobsState.set_page(v.page + 1)),
        spacing="3",
        width="100%",
    )


def jobs_body() -> rx.Component:
    """No postings → an empty state; else search, filters and results (unranked + a hint without a resume)."""
    v = JobsState.view
    return rx.vstack(
        notice(JobsState.error, id="jobs-error"),
        indexing_banner(),
        rx.cond(
            ~JobsState.loaded,
            rx.center(rx.spinner(size="3"), width="100%", min_height="12rem", id="jobs-loading",
                      aria_label="Loading postings", role="status"),
            rx.cond(
            ~v.has_postings,
            empty_state("No postings yet", "Add or sync job sources on the Sources page to fill the list.",
                        "Go to Sources", routes.SOURCES, id="jobs-empty-postings"),
            rx.vstack(resume_banner(), profession_banner(),
                      card(search_and_filters(), save_search_section(), width="100%"),
                      scoring_banner(), results_section(), undo_toast(), spacing="4", width="100%", min_width="0"),
            ),
        ),
        spacing="4",
        width="100%",
        min_width="0",
        max_width="100%",
    )
