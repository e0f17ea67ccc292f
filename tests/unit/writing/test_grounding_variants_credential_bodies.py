"""Table of variants for a credential named from the words of its issuing body's name, and for the open tier of a
licence the resume gives with a limit (session 30, ground120; set 26's "a Certified Wine Educator with the Society of
Wine Educators" for «Certified Specialist of Wine (CSW), Society of Wine Educators» and "an unlimited-tonnage master's
licence" for «Master of Vessels of Not More Than 1,600 GRT»; :mod:`careercopilot.writing.grounding.credential_bodies`).
Resumes and sentences written for this file.

``True``: the sentence must be flagged (kind ``certification``); ``False``: no flag. Old code (main 4f96153) got 3 of
16 rows wrong (a body's words read as the credential's; an open tier written after the licence noun).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 7)


def _resume(title: str, credentials: str) -> str:
    return (f"Name Surname\n{title}\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nHarrow & Vale Ltd — City\n"
            f"{title} | March 2016 – Present\n• Daily work of the role\n\nCERTIFICATIONS\n{credentials}\n")


@pytest.mark.parametrize("title,credentials,sentence,flagged", [
    # body words
    ("Internal Audit Manager", "• Certification in Risk Management Assurance (CRMA), Institute of Internal Auditors, 2018",
     "I am a Certified Internal Auditor.", True),
    ("Development Officer", "• Certificate in Fundraising Management, Association of Fundraising Professionals, 2017",
     "I am a Certified Fundraising Professional.", True),
    ("Development Officer", "• Certificate in Fundraising Management, Association of Fundraising Professionals, 2017",
     "I hold a Certificate in Fundraising Management.", False),
    ("Wine Buyer", "• Certified Specialist of Spirits (CSS), Society of Wine Educators, 2019",
     "I am a Certified Wine Educator.", True),
    ("Wine Buyer", "• Certified Specialist of Spirits (CSS), Society of Wine Educators, 2019",
     "I am a Certified Specialist of Spirits with the Society of Wine Educators.", False),
    ("Internal Audit Manager", "• Certification in Risk Management Assurance (CRMA), Institute of Internal Auditors, 2018",
     "I hold the CRMA from the Institute of Internal Auditors.", False),
    ("Financial Controller", "• ACA, Institute of Chartered Accountants in England and Wales (ICAEW), 2015",
     "I am a Chartered Accountant.", False),
    ("Internal Audit Manager", "• Certified Internal Auditor (CIA), Institute of Internal Auditors, 2018",
     "I am a Certified Internal Auditor.", False),
    # open tiers
    ("Chief Engineer", "• USCG MMC: Designated Duty Engineer (DDE) 4000 HP, 2016",
     "I hold an unlimited engineer licence from the Coast Guard.", True),
    ("Construction Manager", "• North Carolina General Contractor License, Limited classification, 2015",
     "I hold an unlimited general contractor licence in North Carolina.", True),
    ("Electrician", "• Restricted electrical licence (Queensland), 2018",
     "I hold an unrestricted electrical licence.", True),
    ("Ship Master", "• USCG Master of Vessels of Not More Than 500 GRT, 2012",
     "I hold a master's licence (unlimited) from the Coast Guard.", True),
    ("Construction Manager", "• North Carolina General Contractor License, Unlimited, 2019",
     "I hold an unlimited general contractor licence in North Carolina.", False),
    ("Electrician", "• Unrestricted electrical licence (Queensland), 2018",
     "I hold an unrestricted electrical licence.", False),
    ("Ship Master", "• USCG Master Unlimited, 2012",
     "I hold an unlimited master's licence from the Coast Guard.", False),
    ("Ship Master", "• USCG Master of Vessels of Not More Than 500 GRT, 2012",
     "I hold a master's licence for vessels of up to 500 GRT.", False),
])
def test_credential_from_its_body_or_its_open_tier(title, credentials, sentence, flagged):
    facts = SourceFacts.from_texts(_resume(title, credentials), today=TODAY)
    flags = [f for f in check(sentence, facts) if f.kind == "certification"]
    assert bool(flags) is flagged, flags
