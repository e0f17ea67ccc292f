"""``/api/v1/analytics``: the Analytics page's figures — ``services.analytics.compute``."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from careercopilot.apiv1.auth import requires
from careercopilot.apiv1.problems import responses
from careercopilot.apiv1.schemas import AnalyticsOut
from careercopilot.db import session_scope
from careercopilot.services import analytics
from careercopilot.services.api_tokens import TokenPrincipal

router = APIRouter(prefix="/analytics", tags=["analytics"])


@router.get("", response_model=AnalyticsOut, responses=responses(401, 403, 422, 429), summary="Your search in figures")
def get_analytics(who: TokenPrincipal = Depends(requires("analytics", "read")),
                  weeks: Annotated[int, Query(ge=1, le=260, description="Weeks of the per-week series.")] = 26,
                  ) -> AnalyticsOut:
    """Funnel, response and interview rates, median days to a response, applications per
    week, breakdowns by source and work mode, the skills your top matches miss most."""
    with session_scope() as s:
        return AnalyticsOut(**asdict(analytics.compute(session=s, user_id=who.user_id, weeks=weeks)))
