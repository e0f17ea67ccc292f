"""Military occupational codes in a person's titles and summary → the civilian title of the same work
(issue 11, fam90: blind13 m14, "Unit Supply Sergeant (92Y20)" read as a police sergeant).

Why: a service member's title is often a rank plus a code ("Sergeant (E-5), 92Y", "Machinist's Mate (MM3)",
"SrA, 2S0X1"); the rank names no civilian work (``person_occupation.MILITARY_RANK``) and the word vote reads
what words are left ("Unit Supply Sergeant" → police sergeants). The code names the work exactly.

Codes (:data:`MILITARY_CODES`, the civilian titles are ones ``occupations.infer_occupation`` reads exactly):

* US Army MOS (enlisted: two digits and a letter, "92Y"; a skill level and ASI digits may follow, "92Y20",
  "68W10"); titles after DA PAM 611-21 (Military Occupational Classification and Structure);
* US Navy ratings, matched only with a pay-grade mark ("MM3", "HM2", "LS1", "YNCS", "ITCM") — two letters
  alone are ordinary words or initials; titles after NAVPERS 18068F (Navy enlisted occupational standards);
* US Air Force enlisted AFSCs ("2S0X1", "3D1X2", "4N051"; the skill-level digit at position 4 is ignored);
  titles after the AFECD (Air Force Enlisted Classification Directory).

The civilian equivalents follow the O*NET Military Crosswalk's (onetonline.org/crosswalk/MOC) first related
civilian occupations for each code; combat-arms and other codes with no single civilian line of work
(11B infantry, 13F fire support, 35F intelligence…) are left out on purpose: their next job is not named by
the code.

:func:`military_title` returns the civilian title of the first code in a string (a title, a summary sentence),
None when none is there.
"""

from __future__ import annotations

import re

__all__ = ["ARMY_MOS", "AIR_FORCE_AFSC", "MILITARY_CODES", "NAVY_RATINGS", "military_title"]

#: US Army enlisted MOS → civilian title.
ARMY_MOS: dict[str, str] = {
    "12K": "plumber", "12N": "heavy equipment operator", "12R": "electrician", "12T": "surveying technician",
    "12W": "carpenter", "12Y": "gis analyst", "15T": "aircraft mechanic", "15R": "aircraft mechanic",
    "15U": "aircraft mechanic", "17C": "information security analyst", "25B": "information technology specialist",
    "25D": "information security analyst", "25M": "graphic designer", "25N": "network technician",
    "25Q": "telecommunications technician", "25U": "telecommunications technician", "25V": "videographer",
    "27D": "paralegal", "31B": "police officer", "31D": "criminal investigator", "36B": "accounting technician",
    "42A": "human resources specialist", "46S": "public affairs specialist", "51C": "contract specialist",
    "68A": "biomedical equipment technician", "68C": "licensed practical nurse", "68E": "dental assistant",
    "68J": "supply technician", "68K": "medical laboratory technician", "68P": "radiologic technologist",
    "68Q": "pharmacy technician", "68S": "environmental health specialist", "68W": "emergency medical technician",
    "79R": "recruiter", "88H": "freight handler", "88M": "truck driver", "88N": "transportation coordinator",
    "91B": "diesel mechanic", "91C": "hvac technician", "91D": "generator technician",
    "91L": "heavy equipment mechanic", "92A": "inventory specialist", "92F": "supply technician",
    "92G": "cook", "92W": "water treatment plant operator", "92Y": "supply technician",
    "94E": "electronics technician", "94F": "electronics technician",
}
#: US Navy enlisted ratings → civilian title (read with a pay-grade mark only).
NAVY_RATINGS: dict[str, str] = {
    "AD": "aircraft mechanic", "AE": "aircraft electrician", "AM": "aircraft mechanic", "BU": "carpenter",
    "CE": "electrician", "CM": "heavy equipment mechanic", "CS": "cook", "EM": "electrician",
    "EO": "heavy equipment operator", "ET": "electronics technician", "HM": "emergency medical technician",
    "HT": "welder", "IT": "network administrator", "LN": "paralegal", "LS": "logistics specialist",
    "MA": "police officer", "MC": "public affairs specialist", "MM": "maintenance mechanic",
    "PS": "human resources assistant", "SK": "logistics specialist", "UT": "plumber", "YN": "administrative assistant",
}
#: US Air Force enlisted AFSC (first four characters, "X" for the skill level) → civilian title.
AIR_FORCE_AFSC: dict[str, str] = {
    "2A5X": "aircraft mechanic", "2A6X": "aircraft mechanic", "2S0X": "inventory specialist",
    "2T0X": "logistics specialist", "2T1X": "truck driver", "3D0X": "systems administrator",
    "3D1X": "network technician", "3E0X": "electrician", "3E1X": "hvac technician", "3E2X": "heavy equipment operator",
    "3E3X": "carpenter", "3E4X": "plumber", "3E7X": "firefighter", "3F0X": "human resources specialist",
    "3N0X": "public affairs specialist", "3P0X": "security officer", "4N0X": "emergency medical technician",
    "4P0X": "pharmacy technician", "4R0X": "radiologic technologist", "4T0X": "medical laboratory technician",
    "4Y0X": "dental assistant", "5J0X": "paralegal", "6F0X": "accounting technician",
}
MILITARY_CODES: dict[str, str] = {**ARMY_MOS, **NAVY_RATINGS, **AIR_FORCE_AFSC}

_ARMY = re.compile(r"(?<![\w$-])(\d\d[A-Z])(?:\d{1,2}[A-Z0-9]?)?(?![\w-])")
#: A rating with its pay grade: 1/2/3 (petty officer classes), CS/CM (senior and master chiefs); a bare "C" (chief)
#: is left out ("MAC", "ETC", "EMC" are words and names), as are SN/SA/FN/AN strikers.
_NAVY = re.compile(r"(?<![\w-])(" + "|".join(sorted(NAVY_RATINGS)) + r")(?:[123]|CS|CM)(?![\w-])")
_AFSC = re.compile(r"(?<![\w-])(\d[A-Z]\d)[X\d](\d)(?:[A-Z])?(?![\w-])")


def military_title(text: str | None) -> str | None:
    """The civilian title (:data:`MILITARY_CODES`) of the first military occupational code in ``text`` (case as
    written: codes are upper case), None when there is none. "Unit Supply Sergeant (92Y20)" → "supply technician",
    "Machinist's Mate (MM3)" → "maintenance mechanic", "SrA, 2S051" → "inventory specialist"."""
    if not text:
        return None
    found: list[tuple[int, str]] = []
    for m in _ARMY.finditer(text):
        if m.group(1) in ARMY_MOS:
            found.append((m.start(), ARMY_MOS[m.group(1)]))
    for m in _NAVY.finditer(text):
        found.append((m.start(), NAVY_RATINGS[m.group(1)]))
    for m in _AFSC.finditer(text):
        key = m.group(1) + "X"
        if key in AIR_FORCE_AFSC:
            found.append((m.start(), AIR_FORCE_AFSC[key]))
    return min(found)[1] if found else None
