"""Job-source connectors: one module per source, a common interface and a registry.

Usage::

    from careercopilot.connectors import get_source, SearchQuery
    src = get_source("greenhouse", token="vercel", fetcher=HttpFetcher(user_agent=...))
    postings = src.fetch(SearchQuery(keywords=["python"], limit=50))

``REGISTRY`` maps every :class:`Site` key to its :class:`JobSource` subclass.
Connectors are leaves: they never import the database, models, services, UI or config.
"""

from __future__ import annotations

from typing import Any

from careercopilot.connectors.arbeitnow import ArbeitnowSource
from careercopilot.connectors.ashby import AshbySource
from careercopilot.connectors.base import JobSource, RawPosting, SearchQuery, Site
from careercopilot.connectors.breezy import BreezySource
from careercopilot.connectors.errors import (
    BlockedURLError,
    ConnectorError,
    FetchConnectionError,
    FetchTimeoutError,
    HttpStatusError,
    InvalidURLError,
    MalformedPayloadError,
    ResponseTooLargeError,
    UnresolvableHostError,
    UnsupportedContentError,
)
from careercopilot.connectors.fourdayweek import FourDayWeekSource
from careercopilot.connectors.greenhouse import GreenhouseSource
from careercopilot.connectors.hackernews import HackerNewsSource
from careercopilot.connectors.himalayas import HimalayasSource
from careercopilot.connectors.http import DEFAULT_USER_AGENT, HttpFetcher
from careercopilot.connectors.jobicy import JobicySource
from careercopilot.connectors.jobspy import JobSpySource
from careercopilot.connectors.jsonld import JsonLdSource, fetch_url_posting
from careercopilot.connectors.landingjobs import LandingJobsSource
from careercopilot.connectors.lever import LeverSource
from careercopilot.connectors.linkedin_dataset import LinkedInDatasetSource
from careercopilot.connectors.netguard import VettedURL, vet_url
from careercopilot.connectors.nyc_jobs import NycJobsSource
from careercopilot.connectors.recruitee import RecruiteeSource
from careercopilot.connectors.remoteok import RemoteOKSource
from careercopilot.connectors.remotive import RemotiveSource
from careercopilot.connectors.rippling import RipplingSource
from careercopilot.connectors.smartrecruiters import SmartRecruitersSource
from careercopilot.connectors.weworkremotely import WeWorkRemotelySource
from careercopilot.connectors.workable import WorkableSource
from careercopilot.connectors.workday import WorkdaySource
from careercopilot.connectors.workingnomads import WorkingNomadsSource

REGISTRY: dict[str, type[JobSource]] = {
    cls.key: cls
    for cls in (
        GreenhouseSource,
        LeverSource,
        AshbySource,
        SmartRecruitersSource,
        RecruiteeSource,
        WorkableSource,
        BreezySource,
        RipplingSource,
        WorkdaySource,
        RemoteOKSource,
        RemotiveSource,
        ArbeitnowSource,
        HimalayasSource,
        JobicySource,
        LandingJobsSource,
        WorkingNomadsSource,
        FourDayWeekSource,
        WeWorkRemotelySource,
        HackerNewsSource,
        JsonLdSource,
        JobSpySource,
        NycJobsSource,
        LinkedInDatasetSource,
    )
}


def get_source(key: str | Site, **kw: Any) -> JobSource:
    """Instantiate the connector registered under ``key`` with constructor keywords ``kw``.

    Raises:
        ConnectorError: unknown key (message lists the known ones) or missing token.
    """
    name = key.value if isinstance(key, Site) else str(key).strip().lower()
    try:
        cls = REGISTRY[name]
    except KeyError:
        raise ConnectorError(f"unknown job source {key!r}; known: {', '.join(sorted(REGISTRY))}") from None
    return cls(**kw)


__all__ = [
    "DEFAULT_USER_AGENT",
    "REGISTRY",
    "BlockedURLError",
    "ConnectorError",
    "FetchConnectionError",
    "FetchTimeoutError",
    "HttpFetcher",
    "HttpStatusError",
    "InvalidURLError",
    "JobSource",
    "MalformedPayloadError",
    "RawPosting",
    "ResponseTooLargeError",
    "SearchQuery",
    "Site",
    "UnresolvableHostError",
    "UnsupportedContentError",
    "VettedURL",
    "fetch_url_posting",
    "get_source",
    "vet_url",
]
