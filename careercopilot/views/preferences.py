"""Preferences form bound to :class:`~careercopilot.state.preferences.PreferencesState`."""

from __future__ import annotations

import reflex as rx

from careercopilot.components.common import card, notice
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


def preferences_form() -> rx.Component:
    """Target titles, locations, work modes, salary floor, visa need and seniority."""
    p = PreferencesState.prefs
    return card(
        rx.form(
            rx.vstack(
                _label("Target titles (comma-separated)", "prefs-titles"),
                rx.input(name="titles", default_value=p.titles, key=p.stamp + "t", max_length=_LIST_CHARS,
                         placeholder="Backend Engineer, Data Engineer", id="prefs-titles", width="100%"),
                _label("Locations (comma-separated)", "prefs-locations"),
                rx.input(name="locations", default_value=p.locations, key=p.stamp + "l", max_length=_LIST_CHARS,
                         placeholder="Berlin, Germany, Remote", id="prefs-locations", width="100%"),
                _label("Work modes", "prefs-work-modes"),
                rx.hstack(
                    *[rx.checkbox(mode.capitalize(), name=f"mode_{mode}", default_checked=p.work_modes.contains(mode),
                                  key=p.stamp + mode, id=f"prefs-mode-{mode}") for mode in WORK_MODES],
                    spacing="4", id="prefs-work-modes",
                ),
                _label("Salary floor", "prefs-salary-floor"),
                rx.hstack(
                    rx.input(name="salary_floor", default_value=p.salary_floor, key=p.stamp + "s", max_length=20,
                             input_mode="decimal", placeholder="60000", id="prefs-salary-floor"),
                    rx.select(currency_codes(), name="salary_currency", default_value=p.salary_currency,
                              key=p.stamp + "c", id="prefs-salary-currency"),
                    rx.text("per", size="2"),
                    rx.select(list(SALARY_PERIODS), name="salary_period", default_value=p.salary_period,
                              key=p.stamp + "p", id="prefs-salary-period"),
                    align="center",
                ),
                rx.checkbox("I need visa sponsorship", name="needs_visa_sponsorship",
                            default_checked=p.needs_visa_sponsorship, key=p.stamp + "v", id="prefs-visa"),
                _label("Seniority", "prefs-seniority"),
                rx.select(["any", *SENIORITY_LEVELS], name="seniority", default_value=p.seniority, key=p.stamp + "n",
                          id="prefs-seniority"),
                rx.button("Save preferences", type="submit", id="prefs-save"),
                spacing="2",
                width="100%",
            ),
            on_submit=PreferencesState.submit_preferences,
            width="100%",
        ),
        notice(PreferencesState.error, id="prefs-error"),
        notice(PreferencesState.notice, color="green", id="prefs-saved"),
        width="100%",
    )
