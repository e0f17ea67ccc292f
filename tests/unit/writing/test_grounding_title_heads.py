"""Table of variants for a title claimed with another head noun than the resume's (session 25, ground62; written for
this file, trades apart from set 21's apiary inspector and ventilation officer except the first rows' shape).

An officer is no engineer, an inspector no apiarist, a technician no technologist, an assistant no associate, an
analyst no engineer: "I am the ventilation engineer for the mine" for "Senior Ventilation Officer" is flagged. The
resume's head in another word order ("the officer for ventilation"), abbreviated ("sr."), with rank words dropped,
or under another common name of the same occupation (O*NET: "software engineer" / "software developer") passes, and
so does a phrase that shares no word with any resume title (another module's question). ``True``: the sentence must
be flagged; ``False``: no flag at all. :mod:`careercopilot.writing.grounding.title_heads`.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _resume(employer: str, *titles: str) -> str:
    jobs = "\n".join(f"{t} | {2020 - 5 * i} – {'Present' if i == 0 else 2020 - 5 * i + 4}" for i, t in enumerate(titles))
    return f"Name Surname\n{titles[0]}\nCity · +1 555 010 0000 · name@example.com\n\nEXPERIENCE\n{employer}\n{jobs}\n"


VENT = _resume("Kloof Deep Gold Mine (Pty) Ltd — Carletonville", "Senior Ventilation Officer")
APIARY = _resume("SC Department of Agriculture — Columbia, SC", "Regional Apiary Inspector (Upstate)", "Apiary Manager")
XRAY = _resume("Valley Imaging Center — Fresno, CA", "Radiologic Technician")
PHARM = _resume("Bartell Drugs — Seattle, WA", "Pharmacy Assistant")
QA = _resume("Hormel Foods — Austin, MN", "Sr. Quality Analyst")
SOFT = _resume("Northwind Traders — Denver, CO", "Software Developer")
LAB = _resume("Quest Diagnostics — Tampa, FL", "Laboratory Technician")
SURV = _resume("Kinross Gold — Fairbanks, AK", "Mine Surveyor")
MAINT = _resume("Cargill — Wichita, KS", "Maintenance Technician")
BOAT = _resume("Penobscot Marine — Rockland, ME", "Lead Boatwright")
HYG = _resume("Wasatch Smiles Dental Group — Provo, UT", "Hygiene Lead").replace("Name Surname", "Name Surname, RDH")

ROWS = [
    (VENT, "I am the ventilation engineer for the mine.", True),
    (VENT, "I was the shaft's ventilation engineer.", True),
    (VENT, "I am the senior ventilation officer for the mine.", False),
    (VENT, "I am the ventilation officer on one shaft complex.", False),
    (APIARY, "I am the state apiarist for South Carolina.", True),
    (APIARY, "I am a regional apiary inspector for the state.", False),
    (APIARY, "I was an apiary manager before that.", False),
    (XRAY, "I am a radiologic technologist at the imaging center.", True),
    (XRAY, "I am a radiologic technician at the imaging center.", False),
    (PHARM, "I am a pharmacy associate on the night shift.", True),
    (PHARM, "I am a pharmacy assistant on the night shift.", False),
    (QA, "I am a quality engineer for the plant.", True),
    (QA, "I am a senior quality analyst for the plant.", False),
    (QA, "I am a quality analyst for the plant.", False),
    (SOFT, "I am a software engineer at the company.", False),
    (LAB, "I am a laboratory scientist at the lab.", True),
    (LAB, "I am a lab technician at the lab.", False),
    (SURV, "I am the mine geologist at the site.", True),
    (SURV, "I am the mine surveyor at the site.", False),
    (MAINT, "I am the maintenance engineer for the plant.", False),  # O*NET files both under 49-9071.00
    (MAINT, "I am the maintenance planner for the plant.", True),
    (MAINT, "I am the technician for maintenance at the plant.", False),
    (BOAT, "I am the lead boatwright at the yard.", False),
    (HYG, "I am a registered dental hygienist.", False),  # a credential's standing, and "RDH"
    (HYG, "I am a dental hygienist at the practice.", False),  # "RDH": the initials of the claim
]
ROWS.append((VENT, "I am the officer for ventilation at the mine.", False))


@pytest.mark.parametrize("resume,sentence,flagged", ROWS)
def test_a_title_with_another_head_noun_is_flagged(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags
