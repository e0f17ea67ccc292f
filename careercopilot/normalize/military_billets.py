"""Officers' billets, corps and staff sections in a person's titles → the civilian title of the unit's
work (issue 11, fam95: blind15 p04, "Commanding Officer / Public Works Officer", a Navy Civil
Engineer Corps commander, was read as a police supervisor — "commanding officer" — and the person
as administrative).

Why: an officer's title names an office ("Commanding Officer", "Executive Officer", "Department
Head", "OIC") and the unit it runs; the unit's work is the civilian family ("Public Works Officer"
runs a base's public works = a city's public works director; a Supply Corps officer is a logistics
manager; a judge advocate is an attorney), not "military" or public safety. Enlisted codes are read
by ``military_codes``; this module reads the officers' words.

Billets (:data:`BILLETS`, first match wins; each civilian title is one
``occupations.infer_occupation`` reads exactly). Sources: the services' officer designators and
branches (Navy: 5100 Civil Engineer Corps, 3100 Supply Corps, 2500 JAG Corps, 2300 Medical Service
Corps, 2900 Nurse Corps; Army branches: Corps of Engineers, Quartermaster, Transportation, Signal,
Adjutant General, Finance, Judge Advocate General's Corps, Medical Service Corps, Army Nurse Corps,
Military Police; Air Force: base civil engineer / civil engineer squadron, logistics readiness,
communications squadron, 51J judge advocate) and the joint staff sections (1 personnel, 4 logistics,
6 communications, 8 resource management; prefixed S battalion/brigade, G division/corps, J joint,
N Navy, A Air Force) with the O*NET Military Crosswalk's civilian occupations for them:

* public works / civil engineer corps / Seabees / NAVFAC / base civil engineer / engineer officer
  → public works director (engineering); construction-contract billets (ROICC, "officer in charge of
  construction") → construction manager;
* supply / quartermaster / logistics / transportation officer, Supply Corps, S4/G4/J4/N4/A4, property
  book officer → logistics manager;
* judge advocate, JAG, trial / defense counsel, legal officer → attorney;
* Medical Service Corps, health services administrator (officer) → medical and health services manager;
* Nurse Corps → registered nurse;
* signal officer, Signal Corps, communications officer of a military unit, S6/G6/J6/N6/A6, cyber
  officer → information technology manager;
* adjutant, personnel officer, Adjutant General's Corps, S1/G1/J1/N1/A1 → human resources manager;
* disbursing / finance corps / comptroller officer, resource management officer, S8/G8/J8/N8 →
  financial manager;
* provost marshal, military police officer → police chief.

A staff-section code counts only beside an officer's or a unit's word ("S-4 Officer", "Battalion S6",
"Assistant G1", "N4 Department Head"); "A4" alone is a paper size. "Commanding Officer" alone
("Commanding Officer, USS Ashland", "Company Commander") names no unit's work (:func:`command_only`:
``person_occupation`` reads it as no work, the earlier titles decide); a precinct's commanding
officer names the police.

Shapes: a title string in, a civilian title string or None out (:func:`billet_title`).
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: An officer's or a unit's word beside a staff-section code.
_UNIT = r"(?:officer|oic|officer in charge|section|chief|staff officer|department head|director|battalion|bn|brigade|bde|" \
        r"regiment(?:al)?|squadron|wing|division|group|assistant|deputy)"


def _section(digits: str) -> str:
    code = r"[sgjna][- ]?" + digits
    return rf"\b(?:{_UNIT})\s+{code}\b|\b{code}\s+(?:{_UNIT})\b"


BILLETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"\bresident officer in charge of construction\b|\broicc\b|\bofficer in charge of construction\b"),
     "construction manager"),
    (_rx(r"\bpublic works (?:officer|department head|department officer)\b|\bpwo\b|\bcivil engineer corps\b|"
         r"\bcec\b(?=.*\b(?:usn|navy|cdr|lcdr|lt|officer|commander|captain|ensign)\b)|"
         r"\b(?:usn|navy|cdr|lcdr|lt|officer|commander)\b.*\bcec\b|\bseabees?\b.*\b(?:officer|commander)\b|"
         r"\b(?:officer|commander)\b.*\bseabees?\b|\bnaval mobile construction battalion\b|\bnavfac\b|"
         r"\bbase civil engineer\b|\bcivil engineer(?:ing)? squadron\b|\b(?:combat )?engineer officer\b|"
         r"\bcorps of engineers officer\b|\bdistrict engineer\b(?=.*\b(?:usace|corps of engineers|army)\b)|"
         r"\bcommand(?:ing officer|er)\b.*\bpublic works\b|\bpublic works\b.*\bcommand(?:ing officer|er)\b"),
     "public works director"),
    (_rx(r"\b(?:supply|quartermaster|logistics|transportation|logistics readiness|property book|distribution management)"
         r"\s+(?:officer|corps|squadron commander|oic)\b|\bsupply corps\b|" + _section("4")), "logistics manager"),
    (_rx(r"\b(?:staff |command |deputy staff |chief )?judge advocate\b|\bjag(?:c)?\b(?!\s*(?:uar|uars))|"
         r"\b(?:trial|defense|senior defense) counsel\b(?=.*\b(?:army|navy|usmc|marine|air force|military|jag|court[- ]martial)\b)|"
         r"\blegal (?:officer|assistance attorney)\b(?=.*\b(?:army|navy|usmc|marine|air force|military|uscg)\b)"),
     "attorney"),
    (_rx(r"\bmedical service corps\b|\bmsc officer\b|\bhealth services administrat(?:ion|or) officer\b|"
         r"\bmedical administrative officer\b"), "medical and health services manager"),
    (_rx(r"\b(?:army |navy )?nurse corps\b"), "registered nurse"),
    (_rx(r"\bsignal (?:officer|corps|company commander|battalion commander)\b|\bcyber (?:operations )?officer\b|"
         r"\bcommunications (?:officer|squadron commander)\b(?=.*\b(?:usn|usmc|usaf|army|navy|marine|air force|"
         r"battalion|squadron|brigade|regiment|wing)\b)|\bcommunications and information officer\b|" + _section("6")),
     "information technology manager"),
    (_rx(r"\badjutant\b(?! general\s+(?:of|for)\b)|\bpersonnel officer\b|\badjutant general(?:'s)? corps\b|"
         + _section("1")), "human resources manager"),
    (_rx(r"\bdisbursing officer\b|\bfinance corps\b|\bcomptroller\b(?=.*\b(?:army|navy|usmc|air force|wing|base|command)\b)|"
         r"\bresource management officer\b|" + _section("8")), "financial manager"),
    (_rx(r"\bprovost marshal\b|\bmilitary police (?:officer|company commander|commander)\b"), "police chief"),
)


#: An officer's command named without its unit ("Commanding Officer", "CO", "Officer in Charge", with the service,
#: a grade or a ship's / unit's name after a comma): no work of its own — the unit decides (not a police
#: supervisor; a precinct's or a police unit's commanding officer names the police in the title).
COMMAND_ONLY = _rx(r"^\s*(?:commanding officer|officer in charge|oic|company commander|battalion commander|"
                   r"squadron commander|detachment commander)\b(?!.*\b(?:police|precinct|sheriff|fire|ems|"
                   r"corrections?|detention|patrol|public works)\b)(?:\s*(?:[,(]|-\s|$).*)?$")


def command_only(title: str | None) -> bool:
    """Whether ``title`` names only an officer's command (:data:`COMMAND_ONLY`)."""
    return bool(title) and bool(COMMAND_ONLY.match(title)) and billet_title(title) is None


def billet_title(title: str | None) -> str | None:
    """The civilian title of the first billet (:data:`BILLETS`) in ``title``, None when none is there."""
    if not title:
        return None
    for pattern, civilian in BILLETS:
        if pattern.search(title):
            return civilian
    return None


__all__ = ["BILLETS", "COMMAND_ONLY", "billet_title", "command_only"]
