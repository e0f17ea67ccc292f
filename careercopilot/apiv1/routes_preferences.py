"""``/api/v1/preferences``: read and replace — ``services.preferences``."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import responses
from careercopilot.apiv1.schemas import PreferencesIn, PreferencesOut
from careercopilot.db import session_scope
from careercopilot.models import Preference
from careercopilot.services import preferences
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(prefix="/preferences", tags=["preferences"])


def _out(row: Preference) -> PreferencesOut:
    return PreferencesOut(titles=list(row.titles or []), locations=list(row.locations or []),
                          unresolved_locations=list(row.unresolved_locations or []), work_modes=list(row.work_modes or []),
                          salary_floor=row.salary_floor, salary_currency=row.salary_currency,
                          salary_period=row.salary_period, needs_visa_sponsorship=row.needs_visa_sponsorship,
                          seniority=row.seniority, updated_at=row.updated_at if row.id else None)


@router.get("", response_model=PreferencesOut, responses=responses(401, 403, 429), summary="Your job-search preferences")
def get_preferences(who: TokenPrincipal = Depends(requires("preferences", "read"))) -> PreferencesOut:
    """The stored preferences, or the defaults when none were saved (nothing is written)."""
    with session_scope() as s:
        return _out(preferences.read_preferences(session=s, user_id=who.user_id))


@router.put("", response_model=PreferencesOut, responses=responses(401, 403, 422, 429),
            summary="Replace your job-search preferences")
def put_preferences(body: PreferencesIn, who: TokenPrincipal = Depends(requires("preferences", "write"))) -> PreferencesOut:
    """Every field is replaced; locations are resolved to places (unknown ones are a 422).
    Match scores refresh in the background."""
    with session_scope() as s:
        row = preferences.save_preferences(
            session=s, user_id=who.user_id, titles=body.titles, locations=body.locations, work_modes=body.work_modes,
            salary_floor=body.salary_floor, salary_currency=body.salary_currency, salary_period=body.salary_period,
            needs_visa_sponsorship=body.needs_visa_sponsorship, seniority=body.seniority)
        return _out(row)
