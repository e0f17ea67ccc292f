"""A service title qualified by a clinical domain read as that domain's profession (trial 55, F3).

A respiratory therapist (RRT, 7 years) added her own target titles "Pulmonary Case Manager",
"Respiratory Case Manager", "Patient Educator", "Asthma/COPD Educator". The occupation reader
(``normalize.occupations.infer_occupation``) files "… Case Manager" under Clinical and Counseling
Psychologists and "… Educator" under Health Education Specialists (both social work) whatever
domain qualifies them, so four social-work readings outvoted her licence and current title and
a psychologist posting became her #1.

A case manager, navigator, educator or office manager *of a clinical domain* is hired from that
domain's profession: pulmonary/respiratory case managers and asthma/COPD educators are RRTs
(AARC, "Respiratory therapists as disease managers"; NBRC's AE-C credential), cardiac, oncology
and diabetes case managers and navigators are RNs (ANCC/CMSA case-management roles; ONS "oncology
nurse navigator"), a dental office manager runs a dental practice (allied health).

:func:`domain_occupation` reads such a title: a head of :data:`DOMAIN_HEADS` with a qualifier of
:data:`DOMAIN_WORDS` before it → the domain's occupation (method ``"domain"``, the reader's level
kept); None for any other title (the caller keeps its own reading). Pure: stdlib + ``occupations``.
"""

from __future__ import annotations

import re

from careercopilot.normalize.occupations import Occupation, infer_occupation

_RT = ("29-1126.00", "Respiratory Therapists", "allied_health")
_RN = ("29-1141.00", "Registered Nurses", "nursing")
_DENTAL = ("29-1292.00", "Dental Hygienists", "allied_health")
_PHARMACY = ("29-1051.00", "Pharmacists", "allied_health")
_VET = ("29-2056.00", "Veterinary Technologists and Technicians", "allied_health")
_DIET = ("29-1031.00", "Dietitians and Nutritionists", "allied_health")
_REHAB = ("29-1123.00", "Physical Therapists", "allied_health")

#: Domain qualifier words (lower case, whole words) → (O*NET code, title, family) of the profession
#: hired for that domain's service roles (module doc).
DOMAIN_WORDS: dict[str, tuple[str, str, str]] = {
    "pulmonary": _RT, "respiratory": _RT, "asthma": _RT, "copd": _RT, "ventilator": _RT, "cardiopulmonary": _RT,
    "cardiac": _RN, "cardiology": _RN, "cardiovascular": _RN, "heart failure": _RN, "oncology": _RN,
    "cancer": _RN, "diabetes": _RN, "diabetic": _RN, "dialysis": _RN, "renal": _RN, "transplant": _RN,
    "wound": _RN, "stroke": _RN, "maternity": _RN, "perinatal": _RN,
    "dental": _DENTAL, "orthodontic": _DENTAL,
    "pharmacy": _PHARMACY, "medication therapy": _PHARMACY,
    "veterinary": _VET, "animal hospital": _VET,
    "nutrition": _DIET, "dietary": _DIET,
    "rehab": _REHAB, "rehabilitation": _REHAB, "orthopedic": _REHAB,
}

#: Service-role heads whose occupation the reader takes from the role rather than the domain
#: ("case manager" → psychologists, "educator" → health education, "office manager" → managers).
DOMAIN_HEADS = ("case manager", "care manager", "care coordinator", "disease manager", "navigator",
                "patient educator", "educator", "education specialist", "office manager", "practice manager",
                "clinic manager")

_HEAD = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in DOMAIN_HEADS) + r")s?\b\s*$", re.IGNORECASE)
_WORD = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(DOMAIN_WORDS, key=len, reverse=True))
                   + r")\b", re.IGNORECASE)
#: Level words and a trailing "(Remote)", "– PRN", ", II" the head may be followed by.
_TAIL = re.compile(r"\s*(?:\([^)]*\)|[-–—,|]\s*[^-–—,|]*|\b(?:i{1,3}|iv|[1-4])\b)\s*$", re.IGNORECASE)


def domain_occupation(title: str | None) -> Occupation | None:
    """The domain's occupation of a service title qualified by a clinical domain ("Pulmonary Case
    Manager" → Respiratory Therapists, "Asthma/COPD Educator" → Respiratory Therapists, "Oncology
    Nurse Navigator" → Registered Nurses, "Dental Office Manager" → Dental Hygienists), with the
    reader's level (``infer_occupation``) and method ``"domain"``; None when the title has no
    :data:`DOMAIN_HEADS` head or no :data:`DOMAIN_WORDS` qualifier before it."""
    if not title:
        return None
    t = title.strip()[:200]
    for _ in range(2):  # "Pulmonary Case Manager (Remote) – PRN"
        if _HEAD.search(t):
            break
        t = _TAIL.sub("", t)
    head = _HEAD.search(t)
    if head is None:
        return None
    qualifier = _WORD.search(t[:head.start()].replace("/", " "))
    if qualifier is None:
        return None
    code, name, family = DOMAIN_WORDS[qualifier.group(0).lower()]
    level = infer_occupation(title[:200]).level
    return Occupation(code, name, family, level, "domain", qualifier.group(0).lower())


def read_title(title: str) -> Occupation:
    """``title``'s occupation: :func:`domain_occupation` when it reads one, else
    ``infer_occupation`` (the hook the person's target readings and the title check use)."""
    return domain_occupation(title) or infer_occupation(title[:200])
