"""Issue 12 (trial126, finding 2): a requirement named by a noun is shown by its verb opening a bullet
("Documentation" by "Document work orders, parts and photos in ServiceTitan"); a noun or a mid-clause word
shows nothing (:mod:`careercopilot.writing.skill_verbs`)."""

from __future__ import annotations

import pytest

from careercopilot.normalize import skills as skills_mod
from careercopilot.writing import tailor

RESUME = ("EXPERIENCE\nSenior HVAC Service Technician — Sunbelt Comfort Services\nPhoenix, AZ | March 2019 – Present\n"
          "- {bullet}\n- Service 40+ light-commercial accounts under preventive maintenance agreements.\n")

#: (the posting's requirement line, the resume's bullet, shown?)
ROWS = [
    ("Documentation of work orders and parts", "Document work orders, parts and photos in ServiceTitan.", True),
    ("Documentation of work orders and parts", "Documented work orders, parts and photos in ServiceTitan.", True),
    ("Documentation of work orders and parts", "Troubleshoot RTUs; document every repair in ServiceTitan.", True),
    ("Calibration of instruments and sensors", "Calibrate pressure sensors and thermostats quarterly.", True),
    ("Calibration of instruments and sensors", "Calibrated pressure sensors and thermostats quarterly.", True),
    ("Negotiation with vendors", "Negotiated parts pricing with three distributors.", True),
    ("Forecasting of parts demand", "Forecast parts demand for the summer season.", True),
    ("Auditing of refrigerant logs", "Audited refrigerant logs for EPA compliance.", True),
    ("Documentation of work orders and parts", "Reviewed the documents the customers sent.", False),
    ("Documentation of work orders and parts", "Followed a documented process for every call.", False),
    ("Calibration of instruments and sensors", "Replaced pressure sensors and thermostats quarterly.", False),
    ("Negotiation with vendors", "Ordered parts from three distributors.", False),
]


@pytest.mark.parametrize(("line", "bullet", "shown"), ROWS)
def test_a_verb_shows_its_noun_requirement(line, bullet, shown):
    posting = f"Requirements:\n- {line}\n- Experience with HVAC systems\n"
    asked = [n for _, _, n in skills_mod._find(line)]
    assert asked, line  # the row's requirement is a taxonomy skill
    unmet = tailor.propose(RESUME.format(bullet=bullet), posting).unmet
    assert (asked[0] not in unmet) is shown, (asked[0], unmet)
