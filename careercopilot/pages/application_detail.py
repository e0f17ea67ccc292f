"""One application: notes, contacts, follow-up, stage history, salary and the saved posting."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import notice
from careercopilot.state.application_detail import ApplicationDetailState
from careercopilot.state.reminders import RemindersState
from careercopilot.state.writing import ApplicationWritingState
from careercopilot.state.writing_prep import PrepState
from careercopilot.templates import template
from careercopilot.views.application_detail import detail_body, title_heading


@template(route=routes.APPLICATIONS + "/[application_id]", title="Application", heading=title_heading(),
          on_load=[ApplicationDetailState.load_detail, ApplicationWritingState.load_snapshots,
                   RemindersState.load_application],
          document_title=ApplicationDetailState.app.card.title)
def application_detail_page() -> rx.Component:
    """Detail page body, then the application's documents and "as sent" snapshots — the latter only
    for an application the user has (a not-found page offered four buttons that did nothing)."""
    return rx.vstack(detail_body(), rx.cond(ApplicationDetailState.found, writing_section()), width="100%")


def _item(it: rx.Var) -> rx.Component:
    return rx.cond(
        it["version"].to(int) < 0,
        rx.link(it["text"], href="/writing/" + it["at"].to(str), class_name="application-document"),
        rx.vstack(rx.text(rx.el.strong("As sent: ", it["kind"]), " (v", it["version"], ", ", it["at"], ")", size="2"),
                  rx.text(it["text"], white_space="pre-wrap", size="2"), class_name="as-sent-snapshot",
                  padding="var(--space-3)", border="1px solid var(--gray-6)", border_radius="var(--radius-3)", width="100%"),
    )


def writing_section() -> rx.Component:
    """Documents written for this application and their immutable "as sent" copies."""
    return rx.vstack(
        rx.heading("Documents", as_="h2", size="4"),
        rx.hstack(
            rx.button("Tailor my resume", variant="soft",
                      on_click=PrepState.start("tailoring", ApplicationWritingState.application_id), id="tailor-start"),
            rx.button("Interview prep", variant="soft",
                      on_click=PrepState.start("interview_prep", ApplicationWritingState.application_id), id="prep-start"),
            rx.button("Follow-up e-mail", variant="soft",
                      on_click=PrepState.start("follow_up", ApplicationWritingState.application_id), id="follow-up-start"),
            rx.button("Thank-you e-mail", variant="soft",
                      on_click=PrepState.start("thank_you", ApplicationWritingState.application_id), id="thank-you-start"),
            wrap="wrap",
            spacing="2",
        ),
        notice(rx.cond(PrepState.error_application_id == ApplicationWritingState.application_id, PrepState.error, ""),
               id="application-writing-error"),
        rx.cond(ApplicationWritingState.items.length() > 0,
                rx.vstack(rx.foreach(ApplicationWritingState.items, _item), width="100%", id="application-writing"),
                rx.text("No documents yet. Write a cover letter from the job page.", size="2", color_scheme="gray")),
        width="100%", max_width="52em", padding_top="var(--space-4)",
    )
