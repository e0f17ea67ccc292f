"""Tables of variants for credential start dates (ground97, issue 12; set 24's date misses: "I have held my ATP certificate
since May 2009" when that month dates the commercial certificate on the same line, "I have been a CPL since May 2012"
when 2012 is the lower RPL's). People written for this file in the wording of real CVs: a US structural engineer
(PE, EIT, SE, LEED AP, CDL), a Texas ICU nurse manager (two state licences, CCRN renewed, NE-BC, an instructor card
with an end year), a German welding supervisor (IWS, ISO 9606-1, Klasse CE; "seit 09/2014").

The forms: "held my X since", "been licensed as a X in <state> since", "licensed in <state> since", "earned my X in",
"board-certified as … since", "X-certified since", "my X, which I have held since", "renewed my X in", month-years and
years, a credential by its initials or spelled out ("licensed professional engineer" for "Professional Engineer
(PE)"), several credentials on one line (" · ", ";", "AAPL RPL (2012), CPL (2017)"), a renewal or an end year (no
start), numeric month-years of a German CV. The date must be the credential's own start
(:mod:`careercopilot.writing.grounding.credential_starts`); a title's start is :mod:`.role_starts`' ("worked as an ROV
supervisor since March 2017" when March 2017 dates the IMCA approval; "Soulard Bottoms' brewmaster since …").

``True``: the sentence must get a flag; ``False``: none. Old code (main 95de34c) got 29 of 84 rows wrong: 26 unsupported
starts or lengths passed, 3 supported ones flagged ("My PE licence, which I have held since 2016"). Lengths ("held my PE
licence for more than eleven years") are measured from the same part's start (:func:`.credential_starts.overstated`).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


ENGINEER = """DANA K. OYELARAN-VOSS, PE
Senior Structural Engineer
Columbus, OH · dana.ov@example.com · (614) 555-0142

LICENSES & CERTIFICATIONS
Professional Engineer (PE), Ohio, Lic. No. 81234 — since April 2016 · Engineer Intern (EIT) — since June 2011
Structural Engineer (SE), Illinois — since 2019
LEED AP BD+C, 2013
Commercial Driver's License (CDL) Class A — since March 2008

EXPERIENCE
Buckeye Structural Group — Columbus, OH
Senior Structural Engineer | May 2019 – Present
• Lead design of 14 mid-rise steel and concrete buildings
Structural Engineer | June 2011 – April 2019
• Designed foundations and framing for 60 commercial projects

Ohio Valley Haulers — Marietta, OH
Truck Driver | March 2008 – May 2011
• Drove flatbed loads across 12 states

EDUCATION
B.S., Civil Engineering, Ohio University, 2011
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I have held my PE licence since June 2011.", True),
    ("I have been licensed as a PE in Ohio since 2011.", True),
    ("I earned my PE in 2011.", True),
    ("I have been a licensed professional engineer since June 2011.", True),
    ("I have been a PE since 2013.", True),
    ("I have held my SE licence since 2016.", True),
    ("I have been a licensed structural engineer in Illinois since 2016.", True),
    ("I have been LEED AP certified since 2011.", True),
    ("I have held my Ohio PE licence since April 2013.", True),
    ("I have been a licensed PE since March 2008.", True),
    ("My PE licence, which I have held since 2011, covers Ohio.", True),
    ("I have held a Class A CDL since June 2011.", True),
    ("I have held my PE licence since April 2016.", False),
    ("I have been a licensed PE since 2016.", False),
    ("I earned my EIT in 2011.", False),
    ("I have been LEED AP certified since 2013.", False),
    ("I have been a structural engineer since June 2011.", False),
    ("I have held my PE licence for more than ten years.", False),
    ("I have been licensed as an SE in Illinois since 2019.", False),
    ("I earned my PE in 2016.", False),
    ("My PE licence, which I have held since 2016, covers Ohio.", False),
    ("I earned my EIT in 2011 and my PE in 2016.", False),
])
def test_engineer_credential_starts(sentence, flagged):
    found = _flags(ENGINEER, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


NURSE = """ADAEZE M. FORSBERG-LIN, MSN, RN, CCRN
Nurse Manager — Cardiovascular ICU
Houston, TX · adaeze.fl@example.com · (713) 555-0128

LICENSURE AND CERTIFICATION
Registered Nurse, Texas Board of Nursing, License No. 812345 — licensed since May 2009
Registered Nurse, Louisiana — since 2018
CCRN (Adult), AACN — certified since 2014; renewed 2023
Nurse Executive, Board Certified (NE-BC), ANCC, 2021
ACLS Instructor (AHA), 2016 – 2024

EXPERIENCE
Bayou Heart Hospital — Houston, TX
Nurse Manager, CVICU | August 2020 – Present
• Manage 64 nurses across 2 ICUs
Charge Nurse, CVICU | June 2013 – July 2020
Staff Nurse, CVICU | May 2009 – May 2013

EDUCATION
MSN, Nursing Leadership, University of Houston, 2019
BSN, Texas Woman's University, 2009
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I have been CCRN-certified since 2023.", True),
    ("I first earned my CCRN in 2016.", True),
    ("I have been licensed in Louisiana since 2009.", True),
    ("I have held my Texas nursing licence since 2018.", True),
    ("I have been board-certified as a nurse executive since 2014.", True),
    ("I was board-certified in executive nursing practice in 2019.", True),
    ("I have held the NE-BC credential since June 2020.", True),
    ("I have been an ACLS instructor since 2012.", True),
    ("I have been licensed as a registered nurse in Texas since 2013.", True),
    ("I have been CCRN-certified since 2014.", False),
    ("I renewed my CCRN in 2023.", False),
    ("I have been licensed in Texas since May 2009.", False),
    ("I have held a Louisiana licence since 2018.", False),
    ("I became board-certified as a nurse executive in 2021.", False),
    ("I have held the NE-BC credential since 2021.", False),
    ("I have been a registered nurse since 2009.", False),
    ("I have been a charge nurse since June 2013.", False),
    ("I earned my BSN in 2009.", False),
    ("I have been licensed as a registered nurse in Texas since May 2009.", False),
])
def test_nurse_licences_renewals_and_board_certification(sentence, flagged):
    found = _flags(NURSE, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


WELDER = """JONAS K. ABARA-LINDQVIST
Schweißfachmann (IWS) — Stahlbau
Dortmund · +49 171 5550199 · jonas.al@example.de

QUALIFIKATIONEN
Internationaler Schweißfachmann (IWS), DVS-PersZert — seit 09/2014 · Schweißer-Prüfbescheinigung ISO 9606-1 (135 P BW) — seit 03/2008
Kranführerschein (Brückenkrane), 2010
Führerschein Klasse CE — seit 06/2006

BERUFSERFAHRUNG
Ruhrstahl Montage GmbH — Dortmund
Schweißaufsicht | 10/2014 – heute
Schweißer | 03/2008 – 09/2014
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I have held my IWS qualification since March 2008.", True),
    ("I have held my ISO 9606-1 certificate since September 2014.", True),
    ("I have held my Klasse CE licence since 2010.", True),
    ("I have held my IWS since 2008.", True),
    ("I have held my IWS qualification since September 2014.", False),
    ("I have held my ISO 9606-1 certificate since March 2008.", False),
    ("I have held my Klasse CE licence since June 2006.", False),
    ("I have been an IWS since 2014.", False),
])
def test_german_cv_numeric_month_years(sentence, flagged):
    found = _flags(WELDER, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


PILOT_AND_LANDMAN = """RUTH A. KEMAL-OSTBY, CPL
Landman and Charter Pilot
Tulsa, OK · ruth.ko@example.com · (918) 555-0101
FAA Commercial Pilot Certificate, ASEL, Instrument — since May 2009 · FAA Airline Transport Pilot (ATP) — since October 2016
AAPL Certified Professional Landman (CPL) — since October 2017 · AAPL Registered Professional Landman (RPL) — since May 2012

EXPERIENCE
Osage Mineral Partners — Tulsa, OK
Senior Landman | January 2018 – Present
Landman | May 2012 – December 2017

CREDENTIALS (detail)
• AAPL RPL (2012), CPL (2017)
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I have held my ATP certificate since May 2009.", True),
    ("I have been a CPL since May 2012.", True),
    ("I became a CPL in 2012.", True),
    ("I have held an airline transport pilot certificate since 2009.", True),
    ("I have been a registered professional landman since 2017.", True),
    ("I have held my ATP certificate since October 2016.", False),
    ("I have been a CPL since October 2017.", False),
    ("I became a CPL in 2017.", False),
    ("I have held a commercial pilot certificate since May 2009.", False),
    ("I have been a registered professional landman since 2012.", False),
])
def test_several_credentials_on_one_line(sentence, flagged):
    found = _flags(PILOT_AND_LANDMAN, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


ROV = """EIRIK S. MBEKI-HALVORSEN
ROV-supervisor — Subsea inspeksjon
Bergen, Norge · +47 917 55 501 · eirik.mh@example.no
Fagbrev i automatikerfaget — fra juni 2008 · IMCA ROV-supervisor-godkjenning — fra mars 2017

ARBEIDSERFARING
Vestsokkel Subsea AS — Bergen
ROV-supervisor | april 2018 – d.d.
ROV-pilot/tekniker | september 2010 – mars 2018

BREWING (side business)
Fjellbrygg AS — Voss
Bryggmester (Brewmaster) | mai 2019 – d.d.
Brygger (Brewer) | januar 2014 – april 2019
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I have worked as an ROV supervisor since March 2017.", True),
    ("I have been an ROV supervisor since March 2017.", True),
    ("I have been Fjellbrygg's brewmaster since January 2014.", True),
    ("I have served as Vestsokkel Subsea's ROV supervisor since 2017.", True),
    ("I have worked as an ROV supervisor since April 2018.", False),
    ("I have held the IMCA ROV supervisor approval since March 2017.", False),
    ("I have been Fjellbrygg's brewmaster since May 2019.", False),
    ("I have worked as an ROV pilot since September 2010.", False),
])
def test_title_starts_not_an_approvals_date(sentence, flagged):
    found = _flags(ROV, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


@pytest.mark.parametrize("resume,sentence,flagged", [
    (ENGINEER, "My PE licence, which I have held for more than eleven years, covers Ohio.", True),
    (ENGINEER, "I have held my PE licence for more than eleven years.", True),
    (ENGINEER, "I have been a licensed PE for fifteen years.", True),
    (ENGINEER, "I have held my SE licence for more than a decade.", True),
    (ENGINEER, "I have held my EIT designation for more than sixteen years.", True),
    (NURSE, "I have been CCRN-certified for more than fourteen years.", True),
    (NURSE, "I have been licensed in Louisiana for more than ten years.", True),
    (NURSE, "I have held my Texas licence for over twenty years.", True),
    (ENGINEER, "My PE licence, which I have held for more than ten years, covers Ohio.", False),
    (ENGINEER, "I have held my PE licence for over a decade.", False),
    (ENGINEER, "I have been a licensed PE for ten years.", False),
    (ENGINEER, "I have held my SE licence for more than seven years.", False),
    (ENGINEER, "I have held my EIT designation for more than fifteen years.", False),
    (ENGINEER, "I have held my PE licence for nearly eleven years.", False),
    (NURSE, "I have been CCRN-certified for more than twelve years.", False),
    (NURSE, "I have been licensed in Louisiana for more than eight years.", False),
    (NURSE, "I have held my Texas licence for more than seventeen years.", False),
])
def test_credential_held_for_a_length(resume, sentence, flagged):
    """A credential's length from its own part's start (December 2026 the present; a renewal is no start)."""
    found = _flags(resume, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]
