"""Saved-search and hide sections: the Saved searches page (AlertsState), "Save this search"
on the Jobs page (SaveSearchState) and "Not interested" with undo (HideState)."""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import card, empty_state, labelled_select, notice, quoted, section, toast
from careercopilot.state.alerts import DELIVERY_CHOICES, AlertsState
from careercopilot.state.hides import HideState
from careercopilot.state.jobs import JobsState
from careercopilot.state.save_search import SaveSearchState

#: Phones: nothing may push the page wider than the screen.
_WRAP = {"overflow_wrap": "anywhere", "min_width": "0"}


def _delivery_select(row) -> rx.Component:
    return labelled_select(list(DELIVERY_CHOICES), label="Delivery of " + row["name"], name="delivery",
                           value=row["delivery"], id="search-delivery-" + row["id"],
                           on_change=lambda v: AlertsState.set_delivery(row["id"], v))


def _outcome(where) -> rx.Component:
    """The last action's message or error, shown next to what it acted on (trial finding 7: at
    the top of the page it was off-screen on a phone). Focusable, so focus can land on it."""
    return rx.cond(
        AlertsState.acted == where,
        rx.fragment(
            rx.cond(AlertsState.error != "",
                    rx.text(AlertsState.error, color_scheme="red", size="2", role="alert", id="alerts-card-error",
                            tab_index=-1, style=_WRAP),
                    rx.fragment()),
            rx.cond(AlertsState.message != "",
                    rx.text(AlertsState.message, color_scheme="green", size="2", role="status",
                            id="alerts-card-message", tab_index=-1, style=_WRAP),
                    rx.fragment()),
        ),
        rx.fragment(),
    )


def _deleted_row(row) -> rx.Component:
    """A search just deleted: its name, the outcome and Undo (focus moves here from Delete)."""
    return rx.flex(
        rx.text(row["name"], weight="bold", size="3", style=_WRAP, color_scheme="gray"),
        _outcome(row["id"]),
        rx.button("Undo", variant="soft", size="2", on_click=AlertsState.undo_delete(row["id"]),
                  id="search-undo-" + row["id"], aria_label="Undo: bring back " + row["name"],
                  custom_attrs={"data-refocus": "alerts-card-message"}),
        spacing="2", wrap="wrap", align="center", width="100%",
    )


def _search_row(row) -> rx.Component:
    active = row["active"] != ""
    live = rx.vstack(
        rx.hstack(
            rx.text(row["name"], weight="bold", size="3", id="search-name-" + row["id"], style=_WRAP),
            rx.cond(active, rx.fragment(), rx.badge("paused", color_scheme="gray")),
            wrap="wrap", align="center", spacing="2",
        ),
        rx.text(row["what"], size="2", color_scheme="gray", style=_WRAP),
        rx.flex(
            # a link that looks like a button (not a button inside a link: two nested controls)
            rx.button(rx.link("Open", href=row["href"], id="search-open-" + row["id"], aria_label="Open " + row["name"],
                              underline="none"),
                      as_child=True, variant="soft", size="2"),
            _delivery_select(row),
            rx.button(rx.cond(active, "Pause", "Resume"), variant="outline", size="2",
                      on_click=AlertsState.toggle_active(row["id"], ~active), id="search-toggle-" + row["id"],
                      aria_label=rx.cond(active, "Pause ", "Resume ") + row["name"]),
            rx.button("Delete", variant="outline", color_scheme="red", size="2",
                      on_click=AlertsState.delete_search(row["id"]), id="search-delete-" + row["id"],
                      aria_label="Delete " + row["name"], custom_attrs={"data-refocus": "search-undo-" + row["id"]}),
            wrap="wrap", spacing="2", align="center",
        ),
        rx.form(
            rx.flex(
                rx.el.input(type="hidden", name="id", value=row["id"]),
                rx.input(name="name", default_value=row["name"], max_length=120, aria_label="New name for "
                         + row["name"], id="search-rename-" + row["id"], min_width="0", flex="1 1 10em"),
                rx.button("Rename", type="submit", variant="soft", size="2", id="search-rename-submit-" + row["id"],
                          aria_label="Rename " + row["name"]),
                spacing="2", wrap="wrap", width="100%",
            ),
            on_submit=AlertsState.submit_rename, reset_on_submit=False, width="100%",
        ),
        _outcome(row["id"]),
        spacing="2", width="100%",
    )
    return rx.box(
        rx.cond(row["deleted"] != "", _deleted_row(row), live),
        class_name="saved-search", id="saved-search-" + row["id"], padding="var(--space-3)",
        border="1px solid var(--gray-5)", border_radius="var(--radius-4)", width="100%",
    )


def _hidden_row(row) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.link(row["title"], href=row["href"], weight="medium", style=_WRAP),
            rx.text(row["company"], rx.cond(row["reason"] != "", rx.fragment(" · ", quoted(row["reason"])), ""), size="1",
                    color_scheme="gray", style=_WRAP),
            spacing="0", min_width="0", flex="1 1 12em",
        ),
        rx.button("Show again", variant="soft", size="2", on_click=AlertsState.unhide(row["id"]),
                  id="unhide-" + row["id"], aria_label="Show again: " + row["title"],
                  custom_attrs={"data-refocus": "alerts-card-message"}),
        spacing="2", wrap="wrap", align="center", width="100%", class_name="hidden-posting",
    )


def alerts_body() -> rx.Component:
    """Saved searches (or an empty state pointing to Jobs), then hidden postings."""
    return rx.vstack(
        rx.cond(AlertsState.acted == "", notice(AlertsState.error, id="alerts-error"), rx.fragment()),
        rx.cond(AlertsState.acted == "", toast(AlertsState.message, id="alerts-message"), rx.fragment()),
        rx.text("New postings that match a saved search reach you as you chose: an instant email (at most one "
                "an hour per search and ten a day), a daily or weekly digest, or in the app only.",
                size="2", color_scheme="gray"),
        rx.cond(
            AlertsState.loaded & (AlertsState.searches.length() == 0),
            empty_state("No saved searches yet", "Search on the Jobs page, then choose “Save this search”.",
                        "Go to Jobs", routes.JOBS, id="alerts-empty"),
            rx.vstack(rx.foreach(AlertsState.searches, _search_row), spacing="3", width="100%", id="saved-searches"),
        ),
        section("Hidden postings",
                rx.cond(AlertsState.hidden.length() == 0,
                        rx.text("Nothing hidden. “Not interested” on a posting hides it from your lists, searches "
                                "and digests.", size="2", color_scheme="gray"),
                        rx.vstack(rx.foreach(AlertsState.hidden, _hidden_row), spacing="2", width="100%")),
                _outcome("hidden"),
                id="hidden-postings"),
        spacing="4", width="100%", min_width="0",
    )


def save_search_section() -> rx.Component:
    """"Save this search" (Jobs page): a name and the delivery for the applied search and filters."""
    return rx.vstack(
        rx.flex(
            rx.button("Save this search", variant="soft", on_click=SaveSearchState.toggle_open, id="save-search-open",
                      aria_expanded=SaveSearchState.open, aria_controls="save-search-form"),
            rx.cond(SaveSearchState.saved != "",
                    rx.text("Saved ", quoted(SaveSearchState.saved), ".", size="2", role="status", id="save-search-saved",
                            style=_WRAP),
                    rx.fragment()),
            rx.link("Your saved searches", href=routes.ALERTS, size="2", id="save-search-list-link"),
            spacing="3", wrap="wrap", align="center",
        ),
        rx.cond(
            SaveSearchState.open,
            rx.form(
                rx.text("Saves the search shown in the list: ", rx.el.strong(JobsState.applied_search),
                        ". Changed the search box or filters? Press Search first.", size="2",
                        id="save-search-what", style=_WRAP),
                rx.flex(
                    rx.vstack(rx.el.label("Name", html_for="save-search-name", style={"font_size": "var(--font-size-1)"}),
                              rx.input(name="name", id="save-search-name", max_length=120, min_width="0", width="100%",
                                       placeholder="e.g. Remote Python", required=True),
                              spacing="1", flex="1 1 12em", min_width="0"),
                    rx.vstack(rx.text("Delivery", size="1"),
                              labelled_select(list(DELIVERY_CHOICES), label="Delivery", name="delivery",
                                              default_value="daily", id="save-search-delivery"),
                              spacing="1"),
                    rx.button("Save", type="submit", id="save-search-submit",
                              # saved: the form closes; focus returns to "Save this search"
                              custom_attrs={"data-refocus": "save-search-open"}),
                    spacing="3", wrap="wrap", align="end", width="100%",
                ),
                # a name error moves focus to the name field once the error is on the page (a11y hook)
                notice(SaveSearchState.error, id="save-search-error",
                       custom_attrs={"data-focus-on-show": SaveSearchState.error_focus}),
                on_submit=SaveSearchState.submit_save, reset_on_submit=False, id="save-search-form", width="100%",
            ),
            rx.fragment(),
        ),
        spacing="2", width="100%", margin_top="var(--space-4)",
    )


def hide_button(row) -> rx.Component:
    """"Not interested" on a Jobs card (hides it now; the undo toast brings it back)."""
    return rx.button("Not interested", variant="ghost", size="1", color_scheme="gray",
                     on_click=HideState.hide_card(row.posting_id, row.title), id=f"hide-{row.posting_id}",
                     aria_label="Not interested: hide " + row.title)


def undo_toast() -> rx.Component:
    """After a hide on the Jobs page: what was hidden, Undo, and where hidden postings are listed."""
    return rx.cond(
        HideState.last_id > 0,
        rx.callout(
            rx.flex(
                rx.text("Hidden ", quoted(HideState.last_title), ".", style=_WRAP),
                rx.button("Undo", size="1", on_click=HideState.undo, id="hide-undo"),
                rx.link("Hidden postings", href=routes.ALERTS, size="2"),
                rx.button("Close", size="1", variant="ghost", on_click=HideState.dismiss, id="hide-dismiss"),
                spacing="2", wrap="wrap", align="center",
            ),
            role="status", id="hide-toast", position="fixed", bottom="var(--space-4)", right="var(--space-4)",
            left=rx.breakpoints(initial="var(--space-4)", sm="auto"), max_width="28em", z_index="50",
            box_shadow="var(--shadow-4)",
        ),
        rx.fragment(),
    )


def detail_hide_section() -> rx.Component:
    """Job detail: "Not interested" with an optional reason, or "Hidden · Show again"."""
    return card(
        rx.cond(
            HideState.hidden,
            rx.flex(rx.badge("Hidden from your lists and digests", color_scheme="gray", id="detail-hidden-badge"),
                    rx.button("Show again", variant="soft", size="2", on_click=HideState.undo_detail,
                              id="detail-unhide"),
                    spacing="2", wrap="wrap", align="center"),
            rx.form(
                rx.flex(
                    # flex-basis 10em, no intrinsic input width: with "12em" + the placeholder's
                    # own width the row was 421 px at 390 px
                    rx.input(name="reason", max_length=200, placeholder="Reason (optional), e.g. too far away",
                             aria_label="Reason for hiding (optional)", id="detail-hide-reason", min_width="0",
                             max_width="100%", flex="1 1 10em", width="100%"),
                    rx.button("Not interested", type="submit", variant="outline", id="detail-hide",
                              flex_shrink="0"),
                    spacing="2", wrap="wrap", width="100%", max_width="100%", min_width="0", id="detail-hide-row",
                ),
                on_submit=HideState.submit_detail_hide, reset_on_submit=False, width="100%", id="detail-hide-form",
            ),
        ),
        notice(HideState.error, id="detail-hide-error"),
        width="100%",
    )
