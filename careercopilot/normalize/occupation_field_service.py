"""Field-service and building-trade titles whose family O*NET's reported titles or a posting's description
misread (calib119: issue 11's largest calibration cause on blind17, the posting's family read wrong — 18 of
its 46 pairs were trade postings of two trade resumes).

Specialty kinds (:data:`FIELD_SERVICE_KINDS`, appended to ``occupation_specialties.SPECIALTIES``: the title
decides whatever the description):

* ``av_installer`` — installers and field engineers of audiovisual systems ("Audiovisual Field Engineer",
  "AV Field Service Technician", "AV Installer"): O*NET's reported title read "field engineer" as
  Agricultural Engineers → 49-2097 Audiovisual Equipment Installers and Repairers (families.md: skilled
  trades install and repair). A venue's "AV Technician" (27-4011, media production) is left as it was.
* ``building_superintendent`` — a residential building's superintendent ("Resident Building
  Superintendent", "Assistant Resident Building Supt", "Live-in Super"): the building's maintenance
  mechanic (NYC DCAS/NYCHA title specifications) → 49-9071 Maintenance and Repair Workers, General; O*NET
  filed "Building Superintendent" under property managers (sales here). A construction site's
  superintendent ("Superintendent", "Residential Superintendent" of a homebuilder) stays construction.
* ``telephony_role`` — engineers and administrators of telephone systems ("IP Telephony Design Engineer",
  "VoIP Engineer", "Unified Communications Engineer"): families.md puts telecom in IT infrastructure →
  15-1241 Computer Network Architects (the suffix read a design engineer).

Service roles and their description (:func:`service_role_keeps_trade`): "Service Technician", "Field
Service Technician", "Field Engineer" are domain roles (``occupation_postings.DOMAIN_ROLES``: the family is
the domain the description names — a computer field service technician is IT). A description of engineering
or production words (electrical systems, PV, technical drawings, "degree in Electrical Engineering or
equivalent") names the equipment a trade technician services, not design or production work: such a family
does not replace the title's skilled-trades reading ("Field Service Technician (Residential ESS)", labeled
skilled trades, was read as engineering from 6 engineering votes).
"""

from __future__ import annotations

import re

__all__ = ["FIELD_SERVICE_KINDS", "SERVICE_ROLES", "service_role_keeps_trade"]

_AV_INSTALLER = re.compile(
    r"\b(?:audio[- ]?visual|a/?v)\s+(?:(?:field|service|installation|install|systems?)\s+){1,2}"
    r"(?:engineer|technician|tech|specialist)s?\b|\b(?:audio[- ]?visual|a/?v)\s+(?:systems\s+)?(?:installer|integrator)s?\b")
_BUILDING_SUPERINTENDENT = re.compile(
    r"\b(?:resident\s+)?building\s+(?:superintendent|super|supt)\b\.?|\blive[- ]in\s+(?:superintendent|super|supt)\b")
_TELEPHONY_ROLE = re.compile(
    r"\b(?:ip\s+)?(?:telephony|voip|voice over ip|unified communications|pbx)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:engineer|administrator|analyst|specialist|technician|architect|manager)s?\b")

#: (method, pattern, O*NET code) in ``occupation_specialties.SPECIALTIES`` form (module doc).
FIELD_SERVICE_KINDS = (
    ("av_installer", _AV_INSTALLER, "49-2097.00"),
    ("building_superintendent", _BUILDING_SUPERINTENDENT, "49-9071.00"),
    ("telephony_role", _TELEPHONY_ROLE, "15-1241.00"),
)

#: Domain roles of field service (normalized first segment of the title).
SERVICE_ROLES = frozenset({"service technician", "field service technician", "field technician", "field engineer",
                           "field service engineer", "service engineer"})
#: Families whose description words name the equipment a trade technician services (module doc).
_EQUIPMENT_FAMILIES = frozenset({"engineering_architecture", "manufacturing"})


def service_role_keeps_trade(role: str, own_family: str | None, description_family: str) -> bool:
    """Whether a service role (``role``: the title's normalized first segment) read as skilled trades keeps
    that family against ``description_family`` (module doc): True for a :data:`SERVICE_ROLES` role of
    ``own_family`` "skilled_trades" and a description family of engineering or manufacturing."""
    return role in SERVICE_ROLES and own_family == "skilled_trades" and description_family in _EQUIPMENT_FAMILIES
