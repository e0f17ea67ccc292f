"""Preferences form bound to :class:`~careercopilot.state.preferences.PreferencesState`."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.a11y import suggestion_keys
from careercopilot.components.common import card, field_error, labelled_select, notice
from careercopilot.services.preferences import (
    MAX_ITEM_CHARS,
    MAX_LIST_ITEMS,
    SALARY_PERIODS,
    SENIORITY_LEVELS,
    WORK_MODES,
    currency_codes,
)
from careercopilot.state.preferences import PreferencesState

_LIST_CHARS = MAX_LIST_ITEMS * (MAX_ITEM_CHARS + 2)


def _label(text: str, html_for: str) -> rx.Component:
    return rx.el.label(text, html_for=html_for, style={"font_size": "0.9em", "font_weight": "500"})


def _chip(c) -> rx.Component:
    return rx.badge(
        c.label,
        rx.icon_button(rx.icon("x", size=12), size="1", variant="ghost", type="button",
                       aria_label="Remove " + c.label, on_click=PreferencesState.remove_place(c.data)),
        size="2", variant="soft", class_name="prefs-place",
        custom_attrs={"title": c.about},  # a region's states/cities, a radius in km (place_groups.describe)
    )


def _places_picker() -> rx.Component:
    """Locations chosen from a geocoded list (GeoNames): type, then pick a suggestion.

    Keyboard (:func:`~careercopilot.components.a11y.suggestion_keys`): Enter in the box picks the
    first suggestion, or "Add all" while a phrase of several places is read — it never submits the form (the box has no form owner: a quick Enter
    before the list arrived saved the preferences without the place); ArrowDown moves into the
    suggestions, arrows move between them, Escape returns to the box; after a pick or a
    removal focus returns to the box.
    The number of suggestions is announced (``role=status``).
    """
    S = PreferencesState
    return rx.vstack(
        _label("Locations", "prefs-locations"),
        rx.cond(S.prefs.unresolved.length() > 0,
                rx.callout("We could not find these places from before; pick them from the list below, or "
                           "leave them out: " + S.prefs.unresolved.join(", "),
                           icon="triangle_alert", color_scheme="amber", size="1", id="prefs-unresolved"),
                rx.fragment()),
        rx.flex(rx.foreach(S.places, _chip), wrap="wrap", spacing="2", id="prefs-places",
                role="group", aria_label="Chosen locations"),
        rx.input(value=S.place_query, on_change=S.search_places.debounce(250), key=S.box_generation.to_string(),
                 placeholder="Type a city, state, country or “Remote”", id="prefs-locations", name="place_query",
                 width="100%",
                 max_length=100, auto_complete="off", aria_label="Add a location",
                 aria_describedby="prefs-suggestions-count", custom_attrs={"form": "prefs-place-search"}),
        rx.text(S.suggestions_text, id="prefs-suggestions-count", role="status", class_name="cc-sr-only"),
        rx.cond(S.phrase_text != "",
                rx.hstack(rx.text(S.phrase_text, size="2", id="prefs-phrase", role="status"),
                          rx.cond((S.phrase_places.length() > 0) | (S.phrase_modes.length() > 0),
                                  rx.button("Add all", type="button", size="1", id="prefs-phrase-add",
                                            on_click=S.add_phrase),
                                  rx.fragment()),
                          align="center", spacing="2", wrap="wrap"),
                rx.fragment()),
        rx.flex(
            rx.foreach(S.suggestions, lambda c, i: rx.button(
                c.label, type="button", size="1", variant="outline", class_name="prefs-suggestion",
                id="prefs-suggestion-" + i.to_string(), on_click=S.add_place(c.data))),
            wrap="wrap", spacing="1", id="prefs-suggestions", role="group", aria_label="Suggested places",
        ),
        suggestion_keys(box_id="prefs-locations", list_id="prefs-suggestions", chips_id="prefs-places",
                        all_id="prefs-phrase-add"),
        spacing="1", width="100%",
    )


def preferences_form() -> rx.Component:
    """Target titles, locations, work modes, salary floor, visa need and seniority."""
    p = PreferencesState.prefs
    return card(
        # until the saved values arrive (``prefs.stamp`` is set by the load) the fields are disabled: text typed
        # into the empty form was replaced ~2 s later when the loaded values re-keyed the inputs (trial128 finding 8)
        rx.cond(p.stamp == "", rx.text("Loading your preferences…", size="2", role="status", id="prefs-loading")),
        rx.form(
            rx.el.fieldset(
                rx.vstack(
                    _label("Target titles (comma-separated)", "prefs-titles"),
                    rx.input(name="titles", default_value=p.titles, key=p.stamp + "t", max_length=_LIST_CHARS,
                             placeholder="Backend Engineer, Data Engineer", id="prefs-titles", width="100%"),
                    field_error(PreferencesState.field_errors, "titles", id="prefs-titles-error"),
                    _places_picker(),
                    field_error(PreferencesState.field_errors, "locations", id="prefs-locations-error"),
                    _label("Work modes", "prefs-work-modes"),
                    rx.hstack(
                        *[rx.checkbox(mode.capitalize(), name=f"mode_{mode}", default_checked=p.work_modes.contains(mode),
                                      key=p.stamp + mode + p.work_modes.join(","), id=f"prefs-mode-{mode}") for mode in WORK_MODES],
                        spacing="4", id="prefs-work-modes",
                    ),
                    _label("Salary floor", "prefs-salary-floor"),
                    rx.hstack(
                        rx.input(name="salary_floor", default_value=p.salary_floor, key=p.stamp + "s", max_length=30,
                                 placeholder="e.g. $120k+, 60,000 or $60/hr", id="prefs-salary-floor"),
                        labelled_select(currency_codes(), label="Salary currency", name="salary_currency",
                                        default_value=p.salary_currency, key=p.stamp + "c", id="prefs-salary-currency"),
                        rx.text("per", size="2", class_name="cc-nowrap"),
                        labelled_select(list(SALARY_PERIODS), label="Salary period", name="salary_period",
                                        default_value=p.salary_period, key=p.stamp + "p", id="prefs-salary-period"),
                        align="center",
                        # the row wraps on a phone instead of squeezing "per" into "pe/r" (session-23 trial)
                        wrap="wrap",
                    ),
                    field_error(PreferencesState.field_errors, "salary_floor", id="prefs-salary-floor-error"),
                    rx.checkbox("I need visa sponsorship", name="needs_visa_sponsorship",
                                default_checked=p.needs_visa_sponsorship, key=p.stamp + "v", id="prefs-visa"),
                    _label("Seniority", "prefs-seniority"),
                    rx.select(["any", *SENIORITY_LEVELS], name="seniority", default_value=p.seniority, key=p.stamp + "n",
                              id="prefs-seniority"),
                    rx.hstack(
                        rx.button("Save preferences", type="submit", id="prefs-save", loading=PreferencesState.saving),
                        rx.text(rx.cond(PreferencesState.saving, "Saving…", ""), size="2", role="status",
                                id="prefs-saving"),
                        align="center",
                    ),
                    spacing="2",
                    width="100%",
                ),
                disabled=p.stamp == "", aria_busy=p.stamp == "", class_name="cc-plain-fieldset", id="prefs-fields",
            ),
            on_submit=PreferencesState.submit_preferences,
            width="100%",
        ),
        notice(PreferencesState.error, id="prefs-error"),
        notice(PreferencesState.notice, color="green", id="prefs-saved"),
        width="100%",
    )
