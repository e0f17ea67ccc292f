"""PreferencesState: the job-search preferences form (values loaded once, saved on submit)."""

from __future__ import annotations

import dataclasses

import reflex as rx

from careercopilot import routes
from careercopilot.db import session_scope
from careercopilot.services import preferences
from careercopilot.state.auth import current_user_id


@dataclasses.dataclass
class PrefsForm:
    """Form defaults: lists joined with ", ", the salary floor as text."""

    titles: str = ""
    locations: str = ""
    work_modes: list[str] = dataclasses.field(default_factory=list)
    salary_floor: str = ""
    salary_currency: str = "USD"
    salary_period: str = "year"
    needs_visa_sponsorship: bool = False
    seniority: str = "any"
    stamp: str = ""


def _form(row) -> PrefsForm:
    floor = row.salary_floor
    return PrefsForm(
        titles=", ".join(row.titles or []), locations=", ".join(row.locations or []),
        work_modes=list(row.work_modes or []), salary_floor="" if floor is None else f"{floor:g}",
        salary_currency=row.salary_currency, salary_period=row.salary_period,
        needs_visa_sponsorship=row.needs_visa_sponsorship, seniority=row.seniority or "any",
        stamp=str(row.updated_at.timestamp()),
    )


def _checked(value) -> bool:
    return value not in (None, False, "", "off", "false")


class PreferencesState(rx.State):
    """The form's defaults and its messages."""

    prefs: PrefsForm = PrefsForm()
    error: str = ""
    notice: str = ""

    @rx.event
    def load_preferences(self):
        """Load (or create) the signed-in user's preferences."""
        self.error = self.notice = ""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        with session_scope() as s:
            self.prefs = _form(preferences.get_preferences(session=s, user_id=uid))

    @rx.event
    def submit_preferences(self, form: dict):
        """Validate and save the form; rankings refresh in the background."""
        uid = current_user_id(self)
        if uid is None:
            return rx.redirect(routes.LOGIN)
        self.error = self.notice = ""
        seniority = str(form.get("seniority", "") or "")
        try:
            with session_scope() as s:
                row = preferences.save_preferences(
                    session=s, user_id=uid,
                    titles=str(form.get("titles", ""))[:5000], locations=str(form.get("locations", ""))[:5000],
                    work_modes=[m for m in preferences.WORK_MODES if _checked(form.get(f"mode_{m}"))],
                    salary_floor=str(form.get("salary_floor", ""))[:30],
                    salary_currency=str(form.get("salary_currency", "USD"))[:10],
                    salary_period=str(form.get("salary_period", "year"))[:10],
                    needs_visa_sponsorship=_checked(form.get("needs_visa_sponsorship")),
                    seniority=None if seniority in ("", "any") else seniority[:20],
                )
                self.prefs = _form(row)
            self.notice = "Preferences saved. Rankings are being refreshed."
        except preferences.PreferenceError as exc:
            self.error = str(exc)
