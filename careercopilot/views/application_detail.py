"""Application detail sections bound to ApplicationDetailState."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import card, empty_state, field_error, notice, show_more
from careercopilot.components.tracker import (
    floating_message,
    follow_up_badge,
    history_item,
    move_menu,
    stage_badge,
)
from careercopilot.state.application_detail import ApplicationDetailState as D
from careercopilot.views.reminders import application_reminders

A = D.app

#: Styles for the rendered notes markdown, scoped to ``#notes-rendered``. Reflex's base reset
#: (``__reflex_style_reset.css``) strips list bullets, margins and heading sizes from every
#: element; this gives the rendered markdown back readable defaults.
NOTES_PROSE = {
    "& ul, & ol": {"padding_inline_start": "var(--space-5)", "margin_block": "var(--space-1)"},
    "& ul": {"list_style_type": "disc"},
    "& ol": {"list_style_type": "decimal"},
    "& ul ul, & ol ul": {"list_style_type": "circle", "margin_block": "0"},
    "& ul ul ul, & ol ul ul": {"list_style_type": "square"},
    "& ol ol, & ul ol": {"list_style_type": "lower-alpha", "margin_block": "0"},
    "& li": {"display": "list-item", "margin_block": "var(--space-1)"},
    "& li::marker": {"color": "var(--gray-11)"},
    "& p, & pre, & blockquote, & table": {"margin_block": "var(--space-2)"},
    "& h1, & h2, & h3, & h4, & h5, & h6": {"font_weight": "600", "margin_block": "var(--space-2) var(--space-1)"},
    "& h1": {"font_size": "1.4em"},
    "& h2": {"font_size": "1.25em"},
    "& h3": {"font_size": "1.1em"},
    "& a": {"color": "var(--accent-11)", "text_decoration": "underline"},
    "& blockquote": {"border_left": "3px solid var(--gray-6)", "padding_left": "var(--space-3)", "color": "var(--gray-11)"},
    "& code": {"background": "var(--gray-3)", "padding": "0 var(--space-1)", "border_radius": "var(--radius-2)"},
    "& pre": {"background": "var(--gray-3)", "padding": "var(--space-2)", "border_radius": "var(--radius-3)", "overflow_x": "auto"},
    "& pre code": {"background": "none", "padding": "0"},
}


def title_heading() -> rx.Component:
    """The page's one ``<h1>`` text: the application's title ("Application" until it is loaded)."""
    return rx.el.span(rx.cond(A.card.title != "", A.card.title, "Application"), id="detail-title",
                      style={"overflow_wrap": "anywhere"})


def header() -> rx.Component:
    """Company, stage (with move menu), follow-up badge, links, and — at Interviewing without an
    interview date — that setting the date schedules the thank-you reminder, or — with a date at
    Saved/Applied — that moving to Interviewing does (the title is the page's ``<h1>``:
    :func:`title_heading`)."""
    return card(
        rx.vstack(
            rx.text(A.card.company, size="4", color_scheme="gray", id="detail-company"),
            rx.hstack(
                stage_badge(A.card.stage, id="detail-stage"),
                move_menu(A.card.stage, D.submit_move, menu_id="detail-move", aria_label="Move to another stage"),
                follow_up_badge(A.card.follow_up, A.card.follow_up_on, id="detail-follow-up-badge"),
                rx.cond(A.card.url != "", rx.link("Posting link ↗", href=A.card.url, is_external=True, id="detail-url"),
                        rx.fragment()),
                rx.cond(A.posting_id > 0, rx.link("Live posting", href=routes.JOBS + "/" + A.posting_id.to_string(),
                                                  id="detail-live-posting"), rx.fragment()),
                spacing="3", align="center", wrap="wrap",
            ),
            # no thank-you reminder until the interview date is set (services.reminders module doc)
            rx.cond((A.card.stage == "interviewing") & (A.interview_at == ""),
                    rx.text("No thank-you reminder yet: ",
                            rx.link("set the interview date", href="#interview-input"),
                            " under Details to schedule one for 9:00 the morning after the interview.",
                            size="2", color_scheme="violet", id="interview-date-hint"),
                    rx.fragment()),
            # an interview date set before the card reaches Interviewing schedules nothing yet: say so
            # (session-24 trial: a date on an Applied card made no reminder and this page did not say why)
            rx.cond(((A.card.stage == "saved") | (A.card.stage == "applied")) & (A.interview_at != ""),
                    rx.text("The thank-you reminder for this interview is scheduled when you move the "
                            "application to Interviewing.", size="2", color_scheme="violet",
                            id="interview-stage-hint"),
                    rx.fragment()),
            rx.link("← All applications", href=routes.APPLICATIONS, size="2"),
            spacing="2",
        ),
        width="100%",
    )


def notes_section() -> rx.Component:
    """Markdown editor and the sanitized rendering."""
    return card(
        rx.heading("Notes", as_="h2", size="4"),
        rx.form(
            rx.vstack(
                rx.text_area(name="notes", default_value=A.notes, max_length=20000, rows="6", width="100%",
                             id="notes-input", key=A.notes, aria_label="Notes (markdown)"),
                rx.button("Save notes", type="submit", id="notes-save"),
                width="100%",
            ),
            on_submit=D.submit_notes,
        ),
        show_more(rx.box(rx.html(A.notes_html, class_name="cc-user-html"), style=NOTES_PROSE), block_id="notes-rendered", is_long=A.notes_long,
                  expanded=D.notes_expanded, on_toggle=D.toggle_notes, padding_top="var(--space-2)"),
        width="100%",
    )


def _labelled(label: str, for_id: str, control: rx.Component) -> rx.Component:
    """A ``<label for>`` above its control and, for a details field that was not saved, its
    message under it (id ``<for_id>-error``); the column never grows past its grid cell (the
    trial's "Resume used" select overflowed the salary field)."""
    return rx.vstack(rx.el.label(label, html_for=for_id, style={"font_size": "var(--font-size-2)"}), control,
                     field_error(D.details_errors, _DETAIL_FIELDS.get(for_id, for_id), id=f"{for_id}-error"),
                     spacing="1", width="100%", min_width="0")


#: Details input id → the field its error is reported under.
_DETAIL_FIELDS = {"follow-up-input": "follow_up_on", "offer-deadline-input": "offer_deadline",
                  "interview-input": "interview_at", "resume-select": "resume_id",
                  "salary-expectation": "salary_expectation", "salary-offer": "salary_offer",
                  "salary-currency": "salary_currency"}


def details_section() -> rx.Component:
    """Follow-up date, offer deadline, interview date and time, applied date correction, resume used, salary."""
    return card(
        rx.heading("Details", as_="h2", size="4"),
        rx.form(
            rx.grid(
                _labelled("Follow-up date", "follow-up-input",
                          rx.input(type="date", name="follow_up_on", default_value=A.card.follow_up_on,
                                   key=A.card.follow_up_on, id="follow-up-input", width="100%")),
                _labelled("Offer deadline", "offer-deadline-input",
                          rx.input(type="date", name="offer_deadline", default_value=A.offer_deadline,
                                   key=A.offer_deadline, id="offer-deadline-input", width="100%")),
                _labelled("Interview (date and time, your time zone)", "interview-input",
                          rx.input(type="datetime-local", name="interview_at", default_value=A.interview_at,
                                   key=A.interview_at, id="interview-input", width="100%")),
                _labelled("Resume used", "resume-select",
                          rx.el.select(rx.el.option("—", value=""),
                                       rx.foreach(D.resumes, lambda r: rx.el.option(r[1], value=r[0])),
                                       name="resume_id", default_value=A.resume_id.to_string(), key=A.resume_id,
                                       id="resume-select", class_name="cc-native-select")),
                # an hourly or monthly amount typed here is stored as a year: the label says how
                # (session-24 trial: "$36/hr" became 74880 without a word)
                _labelled("Salary expectation (per year; hourly pay × 2,080 hours)", "salary-expectation",
                          rx.input(name="salary_expectation", default_value=A.salary_expectation, max_length=40,
                                   key=A.salary_expectation, id="salary-expectation", width="100%")),
                _labelled("Salary offer (per year)", "salary-offer",
                          rx.input(name="salary_offer", default_value=A.salary_offer, max_length=40,
                                   key=A.salary_offer, id="salary-offer", width="100%")),
                _labelled("Currency", "salary-currency",
                          rx.input(name="salary_currency", default_value=A.salary_currency, max_length=3,
                                   key=A.salary_currency, id="salary-currency", width="100%")),
                columns=rx.breakpoints(initial="1", sm="2", md="3"), spacing="3", width="100%",
            ),
            rx.button("Save details", type="submit", margin_top="var(--space-2)", id="details-save"),
            on_submit=D.submit_details,
        ),
        notice(D.details_error, id="details-error"),
        rx.form(
            rx.hstack(
                rx.el.label("Applied on", html_for="applied-input", style={"font_size": "var(--font-size-2)"}),
                rx.input(type="date", name="applied_on", default_value=A.card.applied_on, key=A.card.applied_on,
                         id="applied-input"),
                rx.button("Correct date", type="submit", variant="soft", id="applied-save"),
                align="center", spacing="2", wrap="wrap",
            ),
            rx.cond(A.card.applied_note != "",
                    rx.text(A.card.applied_note, ": enter the day you applied if you know it.", size="1",
                            color_scheme="gray", id="applied-note"),
                    rx.fragment()),
            on_submit=D.submit_applied, margin_top="var(--space-3)",
        ),
        notice(D.applied_error, id="applied-error"),
        rx.text("Dates are in your time zone: ", A.timezone, size="1", color_scheme="gray"),
        width="100%",
    )


def _contact_input(name: str, placeholder: str, max_length: int, **props) -> rx.Component:
    props.setdefault("aria_label", placeholder)  # a field is named by more than its placeholder (issue 10)
    return rx.input(name=name, placeholder=placeholder, max_length=max_length, value=D.contact_draft.get(name, ""),
                    on_change=lambda v: D.set_contact_field(name, v), **props)


_WRAP = {"overflow_wrap": "anywhere", "word_break": "break-word", "min_width": "0", "max_width": "100%"}


def contacts_section() -> rx.Component:
    """Contacts list and the add form."""
    # Wraps on phones and breaks a long email anywhere: one unbroken row was 484 px at 390 px
    # (the email and the delete button off-screen).
    row = lambda c: rx.flex(  # noqa: E731
        rx.text(c.name, weight="medium", **_WRAP), rx.text(c.role, color_scheme="gray", **_WRAP),
        rx.cond(c.email != "", rx.link(c.email, href="mailto:" + c.email, **_WRAP), rx.fragment()),
        rx.cond(c.profile_url != "", rx.link("profile ↗", href=c.profile_url, is_external=True), rx.fragment()),
        rx.cond(c.updated != "", rx.text("updated ", c.updated, size="1", color_scheme="gray"), rx.fragment()),
        rx.icon_button(rx.icon("trash-2", size=14), size="1", variant="ghost", color_scheme="red",
                       on_click=D.submit_delete_contact(c.id), id=f"contact-delete-{c.id}",
                       aria_label="Delete contact"),
        spacing="3", align="center", wrap="wrap", max_width="100%", min_width="0", id=f"contact-{c.id}",
        class_name="contact-row",
    )
    return card(
        rx.heading("Contacts", as_="h2", size="4"),
        rx.cond(A.contacts.length() > 0, rx.vstack(rx.foreach(A.contacts, row), id="contacts-list", width="100%"),
                rx.text("No contacts yet — add the recruiter or hiring manager.", size="2", color_scheme="gray")),
        rx.form(
            rx.hstack(
                _contact_input("name", "Name", 200, id="contact-name"),
                _contact_input("role", "Role", 200, id="contact-role"),
                _contact_input("email", "Email", 254, id="contact-email"),
                _contact_input("profile_url", "Profile URL", 2000, id="contact-url"),
                rx.button("Add contact", type="submit", id="contact-add"),
                wrap="wrap", spacing="2",
            ),
            on_submit=lambda _form: D.submit_contact(), margin_top="var(--space-2)",
        ),
        notice(D.contact_error, id="contact-error"),
        width="100%",
    )


def history_section() -> rx.Component:
    """Stage history (every move, in order)."""
    return card(rx.heading("Stage history", as_="h2", size="4"),
                rx.vstack(rx.foreach(A.history, history_item), id="stage-history", spacing="1"), width="100%")


def snapshot_section() -> rx.Component:
    """The frozen copy of the posting text."""
    return card(
        rx.heading("Posting (saved copy)", as_="h2", size="4"),
        rx.cond(A.posting_snapshot != "",
                rx.box(rx.text(A.posting_snapshot, white_space="pre-wrap", size="2"), max_height="24em",
                       overflow_y="auto", id="posting-snapshot"),
                rx.text("No posting text was saved for this application (added by hand or imported from a file).", size="2", color_scheme="gray")),
        width="100%",
    )


def detail_body() -> rx.Component:
    """The whole page body, or a not-found state."""
    return rx.cond(
        D.found,
        rx.vstack(floating_message(D.error, id="detail-error"),
                  rx.cond(D.conflict, rx.button("Reload the current version", on_click=D.load_detail, variant="outline",
                                                id="detail-reload")),
                  floating_message(D.notice, color="green", id="detail-notice"),
                  header(), application_reminders(D.app.card.id), notes_section(), details_section(), contacts_section(), history_section(),
                  snapshot_section(), spacing="3", width="100%"),
        empty_state("Application not found", "It may have been removed, or it belongs to another account.",
                    "Back to applications", routes.APPLICATIONS, id="detail-not-found"),
    )
