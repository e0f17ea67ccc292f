"""Pure reminder components: one due follow-up with its snooze and done buttons."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes

#: Snooze buttons in order: (choice sent to the handler, visible text). Mirrors
#: ``services.reminders.SNOOZE_LABELS`` (components never import services).
SNOOZES = (("1d", "1 day"), ("3d", "3 days"), ("1w", "1 week"))
STATE_COLORS = {"overdue": "red", "due_today": "orange", "snoozed": "gray", "upcoming": "gray", "done": "green",
                "dismissed": "gray"}
#: Mirrors ``services.local_time.DUE_WORDS`` for the due states (one rule: board, dashboard,
#: application page, inbox and e-mail say the same of one follow-up).
STATE_TEXT = {"overdue": "Overdue", "due_today": "Due today", "snoozed": "Snoozed until", "upcoming": "Due",
              "done": "Done", "dismissed": "No longer applies"}


#: A snoozed (dashboard) or done reminder loses its buttons: focus goes to the outcome message
#: (``#reminders-message``, focusable) instead of <body> (components/a11y.py recovers it). Pass a
#: copy per button: Reflex stores the button's aria-label in the same custom_attrs dict.
_REFOCUS = {"data-refocus": "reminders-message"}


def reminder_state_badge(state, due, **props) -> rx.Component:
    """"Due <time>" / "Snoozed until <time>" / "Done" … badge of a reminder row."""
    def badge(s: str) -> rx.Component:
        closed = s in ("done", "dismissed")
        parts = (STATE_TEXT[s],) if closed else (STATE_TEXT[s], " · ", due)
        return rx.badge(*parts, color_scheme=STATE_COLORS[s], white_space="normal", **props)

    return rx.match(state, *[(s, badge(s)) for s in STATE_TEXT], rx.badge(state, **props))


def reminder_item(row, *, on_snooze, on_done, show_application: bool = True, **props) -> rx.Component:
    """One reminder: label, application link, due badge, the writing copilot's draft link, and —
    while open — "Snooze 1 day / 3 days / 1 week" and "Done" buttons (real buttons: Tab reaches
    them, Enter/Space press them; each has an aria-label naming the reminder). Wraps at 390 px.
    ``on_snooze(id, choice)`` / ``on_done(id)`` are event handlers."""
    open_ = (row.state != "done") & (row.state != "dismissed")
    name = row.label + ": " + row.company
    return rx.vstack(
        rx.hstack(
            rx.text(row.label, weight="medium", size="2"),
            reminder_state_badge(row.state, row.due, size="1"),
            spacing="2", align="center", wrap="wrap",
        ),
        rx.cond(show_application,
                rx.link(row.company, " — ", row.title, href=routes.APPLICATIONS + "/" + row.application_id.to_string(),
                        size="2", id=f"reminder-app-{row.id}"),
                rx.fragment()),
        rx.cond(row.draft_id > 0,
                rx.link("Open your draft", href=routes.WRITING + "/" + row.draft_id.to_string(), size="2",
                        id=f"reminder-draft-{row.id}"),
                rx.fragment()),
        rx.cond(
            open_,
            rx.hstack(
                rx.text("Snooze:", size="1", color_scheme="gray"),
                *[rx.button(text, size="1", variant="soft", color_scheme="gray", type="button",
                            on_click=on_snooze(row.id, choice), aria_label="Snooze " + name + " for " + text,
                            id=f"reminder-snooze-{choice}-{row.id}", custom_attrs=dict(_REFOCUS)) for choice, text in SNOOZES],
                rx.button("Done", size="1", variant="soft", color_scheme="green", type="button",
                          on_click=on_done(row.id), aria_label="Mark " + name + " done", id=f"reminder-done-{row.id}",
                          custom_attrs=dict(_REFOCUS)),
                spacing="2", align="center", wrap="wrap",
            ),
            rx.fragment(),
        ),
        spacing="1", width="100%", min_width="0", padding_y="var(--space-1)", border_bottom="1px solid var(--gray-4)",
        id=f"reminder-{row.id}", class_name="reminder-item", **props,
    )
