"""Inspectors by what they inspect (``normalize.occupations`` rule 8; moved here from that module
to keep it within its size, session 16). Pure function; the O*NET helpers are imported lazily
(``normalize.occupations`` calls this module)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careercopilot.normalize.occupations import Occupation

__all__ = ["inspector_code"]

#: Inspectors (families.md: construction/building inspectors are construction; fire, health
#: and enforcement inspectors and inspectors general are public safety; QA/QC inspectors
#: manufacturing). O*NET's reported titles file a bare "Inspector" (and "Associate",
#: "Supervising", "Chief" inspectors) under 51-9061 Inspectors, Testers, Sorters — right only
#: for product inspection.
_INSPECTOR_BUILDING = re.compile(r"\b(?:boilers?|elevators?|buildings?|home|homes|construction|plumbing|electrical|"
                                 r"housing|cranes?|scaffold\w*|sidewalks?|combination|plans?)\b")
_INSPECTOR_PRODUCT = re.compile(r"\b(?:quality|qc|qa|visual|product|production|assembly|parts|manufactur\w*|"
                                r"receiving|final|line|weld\w*)\b")


def inspector_code(title: str, found: Occupation) -> str | None:
    """The O*NET code of an inspector ``title`` O*NET's reported titles misfile (module doc), given
    the title's reading ``found``; None when ``found`` stands."""
    from careercopilot.normalize.occupations import _function, _segments, normalize_title

    t = (title or "").lower()
    if not re.search(r"\binspectors?\b", t):
        return None
    if re.search(r"\binspectors? general\b", t):
        if any(_function(normalize_title(seg)) for seg in _segments(title)[1:]):
            return None  # "Deputy Inspector General for Audit": the function named
        return "33-3021.00"  # inspectors general investigate (families.md: public safety)
    if found.code and not found.code.startswith("51-9061") and found.method != "vote":
        return None  # O*NET named the inspection ("Building Inspector", "Public Health Inspector")
    if _INSPECTOR_BUILDING.search(t):
        return "47-4011.00"
    if _INSPECTOR_PRODUCT.search(t):
        return None
    return "19-5011.00"  # enforcement, health and safety inspection
