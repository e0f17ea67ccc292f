"""Coordinator titles read by what they coordinate, not by the employer's industry (trial127 finding 1).

A "Service Coordinator" at a mechanical contractor (dispatch and billing for its technicians) was read
as "Fitness and Wellness Coordinators" (an O*NET alternate title's vote) and then, from the job text, as
a supervisor of mechanics (the employer's trade); a remote "Customer Facing Quality Assurance
Coordinator" reviewing call-centre interactions was read as an industrial engineering technologist
(the "quality assurance" of a plant). A coordinator is the clerk or specialist of the work named by the
title's object words, so :func:`coordinator_reading` ``(title, description) -> code | None`` reads:

=====================================  ==============================================  =================
title (object of "coordinator")        job-text cue (any; none needed where blank)     O*NET code
=====================================  ==============================================  =================
(field/HVAC/plumbing/repair) service,  technicians, dispatch, service calls, work       43-4051.00 (Customer
service and dispatch                   orders, scheduling of jobs, HVAC, plumbing      Service Reps)
(resident/family) service              residents, families, case, eligibility,         21-1093.00 (Social
                                       housing, early intervention, referrals          and Human Service Assistants)
customer(-facing/care/experience)      — (the title says it)                           43-4051.00
quality (assurance) / QA                                                               (Customer Service Reps)
quality assurance / QA                 calls, contact/call centre, agents, customer    43-4051.00
                                       interactions, chats — and no plant cue (GMP,
                                       batch, production line, manufacturing)
=====================================  ==============================================  =================

A trade's service coordinator takes the customers' calls, books the technicians and bills the jobs: the
issue-11 curator labeled li-2920450495 customer_support (dispatching, logistics, is the adjacent reading;
"Dispatch Coordinator" keeps its exact title, Dispatchers). Returns None for any other title (the general
reading stands). Sources: O*NET 43-4051.00 and 43-5032.00 tasks ("schedule and dispatch workers … to
provide services", "enter data into billing"), 43-4051.00's
alternate titles (Quality Assurance Representative in a contact centre), 21-1093.00 (service coordinators
of housing and early-intervention programmes); the issue-11 postings li-2920450495 and li-3905369977.
"""

from __future__ import annotations

import re

__all__ = ["coordinator_reading"]

_COORDINATOR = re.compile(r"\bco-?ordinator\b", re.IGNORECASE)
_SERVICE = re.compile(r"\b(?:(?:field|hvac|plumbing|repair|maintenance|technical)\s+)?service(?:\s+(?:and|&)\s+dispatch)?\s+"
                      r"co-?ordinator\b|\bhvac/plumbing\s+co-?ordinator\b", re.IGNORECASE)
_HUMAN_SERVICE = re.compile(r"\b(?:resident|family|tenant|client|member|social)\s+services?\s+co-?ordinator\b", re.IGNORECASE)
_CUSTOMER_QA = re.compile(r"\bcustomer(?:[- ]facing|\s+care|\s+experience|\s+service)?\s+(?:quality(?:\s+assurance)?|QA)\b",
                          re.IGNORECASE)
_QA = re.compile(r"\b(?:quality(?:\s+assurance)?|QA)\s+co-?ordinator\b", re.IGNORECASE)

_TRADE_CUES = re.compile(r"\btechnicians?\b|\bdispatch\w*|\bservice calls?\b|\bwork orders?\b|\bhvac\b|\bplumbing\b|"
                         r"\bschedul\w+\s+(?:jobs|technicians|service|appointments)\b|\bfield service\b", re.IGNORECASE)
_PEOPLE_CUES = re.compile(r"\bresidents?\b|\bfamilies\b|\bcase\s*(?:load|management|manager)\b|\beligibility\b|"
                          r"\bhousing\b|\bearly intervention\b|\breferrals?\b|\bindividuals with\b|\bparticipants\b",
                          re.IGNORECASE)
_CALL_CUES = re.compile(r"\bcalls?\b|\bcontact cent(?:er|re)\b|\bcall cent(?:er|re)\b|\bagents?\b|\bcustomer "
                        r"interactions?\b|\bchats?\b|\bconsumer (?:care|relations)\b", re.IGNORECASE)
_PLANT_CUES = re.compile(r"\bGMP\b|\bbatch(?:es)?\b|\bproduction line\b|\bmanufactur\w+|\bplant floor\b|\binspection of "
                         r"(?:raw|finished)\b|\bHACCP\b", re.IGNORECASE)

HUMAN_SERVICE, CUSTOMER_SERVICE = "21-1093.00", "43-4051.00"


def coordinator_reading(title: str, description: str) -> str | None:
    """The O*NET code of a coordinator title by what it coordinates (module table), else None."""
    title = title or ""
    if not _COORDINATOR.search(title):
        return None
    text = description or ""
    if _CUSTOMER_QA.search(title):
        return CUSTOMER_SERVICE
    if _QA.search(title):
        calls, plant = len(_CALL_CUES.findall(text)), len(_PLANT_CUES.findall(text))
        return CUSTOMER_SERVICE if calls >= 2 and plant == 0 else None
    if _HUMAN_SERVICE.search(title):
        return HUMAN_SERVICE
    if _SERVICE.search(title):
        trade, people = len(_TRADE_CUES.findall(text)), len(_PEOPLE_CUES.findall(text))
        if trade > people:
            return CUSTOMER_SERVICE
        if people > trade:
            return HUMAN_SERVICE
    return None
