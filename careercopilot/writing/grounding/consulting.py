""""A consultant" for work at a consulting firm (session 23, ground38; set 19's false flag "As a consultant I designed
eleven prestressed-concrete bridge replacements" for a design job at "Keystone Meridian Engineers, LLC").

A professional-services firm sells its staff's work to clients: whoever works there on client projects works as a
consultant, whatever the header's title ("Engineer in Training / Bridge Designer", "Analyst", "Associate"). Such firms
are named by their profession in the plural or by a consulting word (:data:`_FIRM`: "… Engineers, LLC", "… Consulting
Group", "… Consultants Ltd", "… Associates, Inc.", "… Advisory", "… Architects", "… Planners", "Ingenieurs B.V."
/"Ingenieure GmbH"/"Ingenieros"). :func:`consultant_at_firm` accepts "consultant" (optionally with a field word:
"engineering consultant", "a consulting engineer", "environmental consultant") when a history header names such a
firm; a rank added ("senior consultant", "principal consultant", "managing consultant") is never accepted this way.
"""

from __future__ import annotations

import re

from careercopilot.writing.grounding.facts import SourceFacts

_FIRM = re.compile(r"(?i)\b(?:engineers|consult\w*|associates|advisors|advisers|advisory|architects|planners|"
                   r"surveyors|ingenieurs?|ingenieure|ingenieros|ingénieurs|raadgevend\w*|beratung|berater)\b"
                   r"(?=[\s,.;:)&|—–-]|$)")
_CONSULTANT = re.compile(r"(?i)^(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?:consultant|consulting\s+engineer|consultant\s+engineer)$")
_RANKS = re.compile(r"(?i)\b(?:senior|sr|principal|lead|chief|head|managing|executive|partner|director|staff|"
                    r"associate|junior|jr)\b")


def consultant_at_firm(title: str, facts: SourceFacts) -> bool:
    """``title`` ("consultant", "a bridge consultant", "consulting engineer") is work at a consulting firm the history
    names (module doc)."""
    title = title.strip()
    if not _CONSULTANT.match(title) or _RANKS.search(title):
        return False
    return any(_FIRM.search(org) for org in facts.entry_orgs if org)
