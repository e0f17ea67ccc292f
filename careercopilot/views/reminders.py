"""Reminder sections bound to RemindersState: the dashboard's "Follow-ups due" and the
application page's "Reminders" (with its "Add to calendar" download)."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import card, notice
from careercopilot.components.reminders import reminder_item
from careercopilot.state.reminders import RemindersState as R


def _item(row, show_application: bool) -> rx.Component:
    return reminder_item(row, on_snooze=R.snooze, on_done=R.complete, show_application=show_application)


def dashboard_followups() -> rx.Component:
    """Due follow-ups of every kind (stage-driven and manual dates) with snooze and done."""
    return card(
        rx.heading("Follow-ups due", as_="h2", size="4"),
        rx.cond(
            R.due.length() > 0,
            rx.vstack(rx.foreach(R.due, lambda r: _item(r, True)), spacing="1", width="100%", id="followups-due"),
            rx.text("No follow-ups due today. Moving an application to Applied sets a follow-up reminder; "
                    "an interview date sets a thank-you, an offer deadline a reminder to answer, and a "
                    "follow-up date on an application is one too.",
                    size="2", color_scheme="gray", id="empty-followups"),
        ),
        notice(R.message, color="green", id="reminders-message", tab_index=-1),
        notice(R.error, id="reminders-error"),
        width="100%", min_width="0",
    )


def application_reminders(application_id) -> rx.Component:
    """This application's reminders (open first) and its ``.ics`` download."""
    return card(
        rx.hstack(
            rx.heading("Reminders", as_="h2", size="4"),
            # a plain <a download> (not rx.link): the router must not treat the backend route as a page
            rx.el.a(rx.icon("calendar-plus", size=14, aria_hidden="true"), " Add to calendar (.ics)",
                    href="/api/applications/" + application_id.to_string() + "/calendar.ics", download="",
                    id="reminders-ics", custom_attrs={"reloadDocument": True},
                    style={"display": "inline-flex", "align_items": "center", "gap": "var(--space-1)",
                           "font_size": "var(--font-size-2)", "color": "var(--accent-11)"}),
            justify="between", align="center", wrap="wrap", width="100%",
        ),
        rx.cond(
            R.for_application.length() > 0,
            rx.vstack(rx.foreach(R.for_application, lambda r: _item(r, False)), spacing="1", width="100%",
                      id="application-reminders"),
            # true at every stage (trial finding 10: at Offer without a deadline it said "move to Offer")
            rx.text("No reminders yet. They come with the stage — Applied: a follow-up a week later; "
                    "Interviewing: a thank-you note the morning after the interview, once you set its date; Offer: the offer deadline, once "
                    "you set it — or from a follow-up date you set.", size="2", color_scheme="gray",
                    id="empty-reminders"),
        ),
        notice(R.message, color="green", id="reminders-message", tab_index=-1),
        notice(R.error, id="reminders-error"),
        rx.text("Subscribe to all your reminders in a calendar app: ",
                rx.link("Settings → Calendar feed", href=routes.SETTINGS + "#calendar-feed"), size="1",
                color_scheme="gray"),
        width="100%", min_width="0",
    )
