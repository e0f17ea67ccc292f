"""Trade and operating licences a posting requires (trial127 finding 2): "<jurisdiction> <trade>
licence/license" and its variants — possessives, "license for <trade>", classes, certificates of
qualification, EPA 608 types — read by ``licence_requirements`` from ``licence_trades``' rows.
22 of the 24 requirement rows, 6 of the 8 held rows, 2 of the 3 not-held rows and the whole-posting case failed
on the code before."""

from __future__ import annotations

import pytest

from careercopilot.normalize.licence_requirements import held_licences, missing_licences, required_licences

REQUIRED = [
    ("A valid license for High Pressure Boiler Operating Engineer issued by the New York City Department of Buildings.",
     {"boiler_hp"}),
    ("A valid High Pressure Boiler Operating Engineer’s License issued by the New York City Department of Buildings.",
     {"boiler_hp"}),
    ("Must hold a NYC High Pressure Boiler Operating Engineer licence.", {"boiler_hp"}),
    ("Requirements: High-Pressure Boiler License required.", {"boiler_hp"}),
    ("Must possess a valid Low Pressure Boiler Operator license.", {"boiler"}),
    ("Requires a Boiler Operator's License (any class).", {"boiler"}),
    ("Must have a 2nd Class Boiler license from the State of Massachusetts.", {"boiler"}),
    ("Candidates must possess, on the date of appointment, a valid NYC Stationary Engineers License.",
     {"stationary_engineer"}),
    ("Valid Stationary Engineer License required.", {"stationary_engineer"}),
    ("Must hold a 3rd Class Stationary Engineer license (City of Detroit).", {"stationary_engineer"}),
    ("Requires a license as a stationary engineer issued by the Board of Boiler Rules.", {"stationary_engineer"}),
    ("A Certificate of Qualification for Refrigeration Systems Engineer (Unlimited Tonnage) is required.",
     {"refrigeration_operator"}),
    ("Must hold a valid NYC Refrigerating System Operating Engineer license.", {"refrigeration_operator"}),
    ("Must possess a valid Master Electrician's License.", {"master_electrician"}),
    ("Valid State of Texas Master Electrician license required.", {"master_electrician"}),
    ("Must hold a Journeyman Electrician's License.", {"journeyman_electrician"}),
    ("Requires a Master Plumber's License.", {"master_plumber"}),
    ("Must have a valid Class-A CDL.", {"cdl_a"}),
    ("Must have a valid CDL (Class B) with air brakes.", {"cdl_b"}),
    ("EPA 608 Universal certification required.", {"epa608_universal"}),
    ("Must have EPA Section 608 Type II certification.", {"epa608_type2"}),
    ("EPA 608 certification required.", {"epa608"}),
    ("A valid New York City Locksmith License is required at the time of appointment.", {"locksmith"}),
    ("A valid Welder's License issued by the New York City Department of Buildings.", {"welder_licence"}),
]

NOT_REQUIRED = [
    "High Pressure Boiler Operating Engineer license preferred.",
    "Work alongside licensed stationary engineers on the plant floor.",
    "EPA 608 certification a plus.",
    "Maintain boilers, chillers and cooling towers; keep the boiler log.",
]


@pytest.mark.parametrize(("text", "keys"), REQUIRED)
def test_trade_licence_required(text, keys):
    found = {k for r in required_licences(text) for k in r.keys}
    assert keys <= found


@pytest.mark.parametrize("text", NOT_REQUIRED)
def test_trade_licence_not_required(text):
    assert not required_licences(text)


HELD = [
    ("EPA Section 608 Universal Certification — Cert. No. 1620-3347-Z (2016)", "epa608_type2"),
    ("EPA 608 Universal", "epa608"),
    ("NYC High Pressure Boiler Operating Engineer License #12345", "boiler_hp"),
    ("Licensed Stationary Engineer, 2nd class", "stationary_engineer"),
    ("Refrigerating System Operating Engineer License (NYC FDNY)", "refrigeration_operator"),
    ("Master Electrician's License — State of Ohio", "master_electrician"),
    ("Master Electrician's License — State of Ohio", "journeyman_electrician"),
    ("Class-A CDL with tanker endorsement", "cdl_b"),
]


NOT_HELD = [
    ("Arizona ROC CR-39 Dual Fuel HVAC — working under license; Journeyman level", "journeyman"),
    ("Electrical work under my employer's license; journeyman electrician exam in 2027", "journeyman_electrician"),
    ("Stationary engineer license pending (NYC DOB exam passed)", "stationary_engineer"),
]


@pytest.mark.parametrize(("text", "key"), NOT_HELD)
def test_trade_licence_not_held(text, key):
    assert key not in held_licences(text).held


@pytest.mark.parametrize(("text", "key"), HELD)
def test_trade_licence_held(text, key):
    assert key in held_licences(text).held


def test_hvac_technician_misses_the_nyc_boiler_licence():
    posting = ("Stationary Engineer\nQUALIFICATION REQUIREMENTS\nA valid license for High Pressure Boiler "
               "Operating Engineer issued by the New York City Department of Buildings.")
    resume = "HVAC Service Technician | EPA 608 Universal | NATE Certified\nEPA Section 608 Universal Certification"
    missing = missing_licences(required_licences(posting), held_licences(resume))
    assert [r.keys for r in missing] == [("boiler_hp",)]
