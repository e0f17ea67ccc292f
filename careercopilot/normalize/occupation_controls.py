"""Titles headed by "<subject> control(s)": the subject, not the shared word "control", names the field
(issue 11, session 25, trial fam71: a chemistry teacher targeting "QC Chemist" saw Westat's "Senior Project
Control Analyst" ranked first as "your field").

O*NET's reported titles file "Quality Control Analyst" under 19-4099.01 Quality Control Analysts, and the suffix
lookup of ``normalize.occupations`` carried every "<anything> Control Analyst" there or to 19-4031 Chemical
Technicians ("Senior Project Control Analyst", "Cost Control Analyst", "Budget Control Analyst" → Chemical
Technicians; "Project Control Specialist" → Control and Valve Installers). The word "control" is shared by
several fields, each owning its subject:

* project controls (AACE International's "project controls": cost, schedule and earned-value control of a
  project's baseline; "Project Controls Analyst/Specialist/Engineer/Manager", "Schedule Control Analyst") →
  13-1082 Project Management Specialists (policy/program here; the issue-11 curator labeled Westat's
  "Senior Project Control Analyst" policy/program);
* internal control over financial reporting ("Internal Controls Analyst", "SOX Controls Manager", "Business
  Controls Specialist", "Risk and Controls Lead") → 13-2011 Accountants and Auditors (finance; calib108);
* cost, budget and financial control ("Cost Control Analyst", "Budget Control Officer", "Financial Control
  Analyst") → 13-2031 Budget Analysts (finance), and credit control ("Credit Control Analyst", the UK term for
  collections and credit review) → 13-2041 Credit Analysts (finance);
* quality, inventory, production and document control keep the readings they already have (QC analysts in a
  lab; inspectors and planners in a plant; document management) — a posting's lab or plant is its duties'
  business (``occupation_postings``), not this module's.

Pure function; ``normalize.occupations.infer_occupation`` calls :func:`control_reading` before its other
title-head rules.
"""

from __future__ import annotations

import re

__all__ = ["CONTROL_SUBJECTS", "control_reading"]

#: Subject of the control → (O*NET-SOC code, method name). Sources in the module doc.
CONTROL_SUBJECTS: dict[str, tuple[str, str]] = {
    "project": ("13-1082.00", "project_controls"),
    "schedule": ("13-1082.00", "project_controls"),
    "cost and schedule": ("13-1082.00", "project_controls"),
    "program": ("13-1082.00", "project_controls"),
    "cost": ("13-2031.00", "cost_control"),
    "budget": ("13-2031.00", "cost_control"),
    "financial": ("13-2031.00", "cost_control"),
    "credit": ("13-2041.00", "credit_control"),
    # internal control over financial reporting (COSO 2013; SOX §404): testing and documenting a company's
    # business and financial controls is accountants' and auditors' work (calib108: "Business Controls Senior
    # Specialist - Treasury Management" read as electrical technicians, labeled finance)
    "internal": ("13-2011.00", "internal_control"),
    "business": ("13-2011.00", "internal_control"),
    "sox": ("13-2011.00", "internal_control"),
    "sarbanes oxley": ("13-2011.00", "internal_control"),
    "risk and": ("13-2011.00", "internal_control"),
    "finance": ("13-2011.00", "internal_control"),
    "accounting": ("13-2011.00", "internal_control"),
}

_SUBJECTS = "|".join(sorted((re.escape(s) for s in CONTROL_SUBJECTS), key=len, reverse=True))
#: "<subject> control(s)" followed by a role head (a rung word between: "Business Controls Senior Specialist"), or the
#: head before "of/for <subject> control(s)".
_CONTROL = re.compile(
    rf"\b(?P<s1>{_SUBJECTS})\s+controls?\b(?=\s*(?:(?:senior|sr|junior|jr|principal)\.?\s+)?(?:analyst|specialist|engineer|manager|lead|coordinator|director|"
    rf"officer|associate|administrator|planner|consultant|supervisor|scheduler|technician|clerk|head|team|"
    rf"[ivx]+\b|\d|$|[,(\-/–]))"
    rf"|\b(?:of|for|,)\s+(?P<s2>{_SUBJECTS})\s+controls?\b")


def control_reading(title: str) -> tuple[str, str, str] | None:
    """(O*NET-SOC code, method, matched words) of a title whose role is the control of a project, cost,
    budget or credit ("Senior Project Control Analyst" → ("13-1082.00", "project_controls", "project
    control")); None for any other title, "Quality Control …" and "Inventory Control …" among them."""
    m = _CONTROL.search(" ".join((title or "").lower().replace("&", " and ").replace("-", " ").split()))
    if m is None:
        return None
    subject = m.group("s1") or m.group("s2")
    code, method = CONTROL_SUBJECTS[subject]
    return code, method, f"{subject} control"


#: A title whose role is quality control ("Quality Control Specialist", "QC Technician", "Quality Control
#: Analyst II"): where the control is done is the posting's duties' business (:func:`quality_control_setting`).
_QUALITY_CONTROL = re.compile(r"\b(?:quality control|qc)\b")
#: Duties of a quality-control *laboratory* (USP/FDA 21 CFR 211 subpart I "laboratory controls": testing
#: against specifications, OOS investigations, environmental monitoring, certificates of analysis, stability).
_LAB_CUES = re.compile(
    r"\b(?:laborator(?:y|ies)|lab|c?gmp|glp|out[- ]of[- ]specification|oos|environmental monitoring|"
    r"certificates? of analysis|coa|hplc|gc-?ms|chromatograph\w*|spectrophotomet\w*|titrations?|assays?|"
    r"microbiolog\w*|stability (?:testing|studies|program)|usp|analytical (?:methods?|testing|chemistry)|"
    r"raw material testing|wet chemistry)\b")
#: Duties of quality control on a *plant floor* (inspection of made parts against drawings; ASQ's CQI body of
#: knowledge: measurement tools, sampling plans, first-article inspection).
_PLANT_CUES = re.compile(
    r"\b(?:production lines?|assembly lines?|shop floor|calipers?|micrometers?|gauges?|cmm|first[- ]article|"
    r"blueprints?|machin(?:ed|ing)|welds?|welding|fabricat\w*|incoming inspection|dimensional|"
    r"manufacturing floor|visual inspections?)\b")
#: Cue mentions a setting needs, and its lead over the other setting (both counted in the description).
SETTING_MIN_CUES = 3
SETTING_LEAD = 2
#: O*NET-SOC codes of the two settings: 19-4099.01 Quality Control Analysts (science/lab), 51-9061
#: Inspectors, Testers, Sorters, Samplers, and Weighers (manufacturing).
QC_LAB_CODE = "19-4099.01"
QC_PLANT_CODE = "51-9061.00"


def quality_control_setting(title: str, family: str | None, description: str) -> str | None:
    """The O*NET code a quality-control title ("Quality Control Specialist", "QC Technician") takes from its
    posting's duties when they name the other setting than the title's reading (``family``, e.g.
    manufacturing for "Quality Control Specialist"): :data:`QC_LAB_CODE` when laboratory cues
    (:data:`_LAB_CUES`) reach :data:`SETTING_MIN_CUES` and lead the plant cues by :data:`SETTING_LEAD`,
    :data:`QC_PLANT_CODE` the other way round; None when the title names no quality control, the
    description decides nothing, or it agrees with ``family``."""
    if not _QUALITY_CONTROL.search((title or "").lower()):
        return None
    text = (description or "").lower()
    lab, plant = len(_LAB_CUES.findall(text)), len(_PLANT_CUES.findall(text))
    if lab >= SETTING_MIN_CUES and lab >= plant + SETTING_LEAD and family != "science_lab":
        return QC_LAB_CODE
    if plant >= SETTING_MIN_CUES and plant >= lab + SETTING_LEAD and family == "science_lab":
        return QC_PLANT_CODE
    return None
