"""Filters, results and index items of the posting vector index (types shared by
:mod:`careercopilot.integrations.vectors` and its callers; re-exported there)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np


def _key_admits(key: str, cc: str) -> bool:
    from careercopilot.normalize.location import region_contains

    return any(t == cc or (len(t) > 2 and region_contains(t, cc) is True) for t in key.split("|"))


def country_codes(countries: dict[str, int], country: str) -> list[int]:
    """Codes of the cache's country keys ("US", "CA|US", "CA|LATAM|US") that admit ``country``
    (ISO alpha-2): it is one of the key's countries, or one of its area tokens contains it."""
    cc = country.upper()[:2]
    return [code for key, code in countries.items() if key and _key_admits(key, cc)]


@dataclass(frozen=True)
class VectorFilter:
    """Metadata filter of a query. ``None``/empty fields do not filter.

    Attributes:
        viewer_id: the user asking — shared postings plus this user's private ones pass
            (0/None = shared only).
        work_modes: allowed work modes (``remote|hybrid|onsite``).
        country: ISO 3166-1 alpha-2; a posting passes when any of its countries is this one,
            or a remote posting's area token admits it (``region_contains``).
        visa_only: only postings stating visa sponsorship (``visa == "yes"``).
        posted_after: epoch seconds; postings with unknown date are dropped when set.
        salary_floor_usd: annual USD; keeps postings whose max (or min) ≥ the floor;
            postings without salary are dropped when set.
        source_type: connector key.
        exclude_ids: posting ids never returned.
    """

    viewer_id: int | None = None
    work_modes: tuple[str, ...] = ()
    country: str | None = None
    visa_only: bool = False
    posted_after: int | None = None
    salary_floor_usd: float | None = None
    source_type: str | None = None
    exclude_ids: frozenset[int] = frozenset()

    @property
    def is_restrictive(self) -> bool:
        """True when anything beyond the viewer rule filters."""
        return bool(
            self.work_modes or self.country or self.visa_only or self.posted_after
            or self.salary_floor_usd or self.source_type
        )


@dataclass
class QueryResult:
    """Top-k posting ids (best first), their cosine similarity, and the serving path."""

    ids: list[int]
    scores: list[float]
    path: str
    selectivity: float = 1.0


@dataclass
class IndexItem:
    """One posting to index: document vector, chunk vectors and metadata (see module doc)."""

    posting_id: int
    doc_vector: np.ndarray
    chunk_vectors: np.ndarray
    metadata: dict[str, Any]
