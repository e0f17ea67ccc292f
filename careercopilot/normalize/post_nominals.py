"""Post-nominal letters after a person's name in a resume header: "Maria Gonzalez, RN, BSN",
"John Smith, MD", "Priya Shah, P.E.", "Ana Ruiz, CPA, CFE".

The header reader (``normalize.resume_fields``) tells a name line from a place line ("Glen Burnie, MD",
"West Allis, WI") by the ``"<words>, <code>"`` shape alone, so a name followed by credentials was read as
a place (the location pre-filled "John Smith, MD") and its name lost ("Maria Gonzalez, RN" skipped as a
place line: trial126 leftover). Several letters are both: MD Maryland / Doctor of Medicine, PA
Pennsylvania / Physician Assistant, PE Prince Edward Island / Professional Engineer, DC District of
Columbia / Doctor of Chiropractic, DO the Dominican Republic / Doctor of Osteopathic Medicine, NP Nepal /
Nurse Practitioner — those decide by the first part: a known city there (GeoNames, ``normalize.places``)
makes the segment a place, anything else a name.

Sources of the letters: the credential bodies' own abbreviations — state boards of nursing and the
NCSBN (RN, LPN, LVN, APRN, NP, CNA), the AMA/AOA (MD, DO), NCCPA (PA-C), NCEES (PE), AICPA/state boards
(CPA), CFA Institute (CFA), the ABA style for lawyers (JD, Esq.), ADA/ADHA (DDS, DMD, RDH), ASHA
(CCC-SLP), NBCOT/APTA (OTR/L, PT, DPT, PTA, COTA), NBRC (RRT), ASCP (MLS, MT), AAPC/AHIMA (CPC, CCS,
RHIT, RHIA), ASWB/state boards (LCSW, LMSW, LICSW, LPC, LMHC), PMI (PMP), SHRM/HRCI, (ISC)² (CISSP), AIA,
NREMT (EMT, NRP), and academic degrees commonly written after a name (PhD, EdD, MBA, MSN, BSN, MEd …).
"""

from __future__ import annotations

import re

#: Post-nominals as written, compared upper-case without dots or spaces ("P.E." → "PE", "Ph.D." → "PHD").
POST_NOMINALS: frozenset[str] = frozenset(s.upper().replace(".", "").replace(" ", "") for s in (
    # nursing and medicine
    "RN", "BSN", "MSN", "DNP", "LPN", "LVN", "APRN", "NP", "FNP", "FNP-BC", "FNP-C", "AGNP", "PMHNP", "CNA",
    "CCRN", "CEN", "CPN", "CNM", "CRNA", "MD", "DO", "PA", "PA-C", "DC", "DPM", "MPH",
    # therapy, dental, pharmacy, lab, allied
    "PT", "DPT", "PTA", "OT", "OTR", "OTR/L", "COTA", "SLP", "CCC-SLP", "RRT", "CRT", "RDH", "DDS", "DMD",
    "PharmD", "RPh", "CPhT", "MLS", "MT", "MLT", "RD", "RDN", "CDCES", "CST", "RT", "RT(R)", "EMT", "EMT-P",
    "NRP", "CPC", "CCS", "RHIT", "RHIA", "CCMA", "CMA", "RMA",
    # counselling and social work
    "LCSW", "LMSW", "LICSW", "MSW", "LPC", "LMHC", "LMFT", "BCBA",
    # engineering, architecture, IT
    "PE", "P Eng", "PEng", "EIT", "SE", "AIA", "NCARB", "LEED AP", "PMP", "CISSP", "CISA", "CISM",
    # finance, law, HR
    "CPA", "CFA", "CFP", "CFE", "CIA", "EA", "CMA", "JD", "Esq", "LLM", "SHRM-CP", "SHRM-SCP", "PHR", "SPHR",
    # academic degrees written after a name
    "PhD", "EdD", "PsyD", "MBA", "MEd", "MA", "MS", "MSc", "BA", "BS", "BSc",
))
_PART = re.compile(r"\s*,\s*")


def is_post_nominal(token: str) -> bool:
    """True for one post-nominal as resumes write it ("RN", "P.E.", "Ph.D.", "PA-C", "OTR/L")."""
    return token.strip().upper().replace(".", "").replace(" ", "") in POST_NOMINALS


def name_with_post_nominals(segment: str) -> bool:
    """True when ``segment`` is ``"<name>, <post-nominal>[, <post-nominal> …]"`` and not a place: every
    part after the first comma is a post-nominal, and — where the first of them is also a region or
    country code (MD, PA, PE, DC, DO, NP …) — the first part is no known city there ("Glen Burnie, MD" is
    Maryland; "John Smith, MD" is a doctor)."""
    parts = _PART.split(segment.strip())
    if len(parts) < 2 or not parts[0] or not all(is_post_nominal(p) for p in parts[1:]):
        return False
    from careercopilot.normalize.location import country_to_alpha2, subdivision_of

    code = parts[1].strip().replace(".", "")
    if not (subdivision_of(code) or country_to_alpha2(code)):
        return True
    from careercopilot.normalize.places import resolve_place

    place = resolve_place(f"{parts[0]}, {code}")
    return not (place and place.geonameid)
