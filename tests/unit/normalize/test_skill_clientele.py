"""A resume's customers served and a licence worked under are no skills of the person; an HVAC
technician's controls, electrical, heat-pump, leak and documentation work are (trial127 finding 3).
Old code: 22 of the 27 rows failed."""

from __future__ import annotations

import pytest

from careercopilot.normalize.skills import extract_skills

# (text, skill that must NOT be read)
NOT_SKILLS = [
    ("Service 40+ light-commercial accounts (strip retail, dental offices, two churches).", "Retail"),
    ("Outbound and transportation for 3 retail clients; cross-dock program.", "Retail"),
    ("Responsive sites and apps for publishing and retail clients.", "Retail"),
    ("Audits of manufacturing and nonprofit clients; workpapers, testing.", "Manufacturing"),
    ("Own a territory of ~180 named accounts in healthcare, manufacturing and logistics.", "Manufacturing"),
    ("Grading, storm drainage and utility plans for retail sites, schools and subdivisions.", "Retail"),
    ("Brand identities and packaging for 15 food and beverage clients; banking clients too.", "Banking"),
    ("Performed cash and fixed asset testing for nonprofit and real estate clients.", "Real Estate"),
    ("Maintained rooftop units at strip-mall retail centers across Mesa.", "Retail"),
    ("Arizona ROC CR-39 Dual Fuel HVAC — working under license; Journeyman level", "Journeyman License"),
    ("Electrical work under my employer's license (Journeyman electrician exam scheduled).", "Journeyman License"),
    ("Train and ride along with 3 apprentice technicians; lead the summer emergency on-call rotation.",
     "Incident Management"),
    ("Night nurse on the unit's on-call rotation for patients after surgery.", "Incident Management"),
]
# (text, skill that MUST be read)
SKILLS = [
    ("10 years in retail: sales floor, merchandising and cash office.", "Retail"),
    ("Retail experience in a high-volume store.", "Retail"),
    ("Experience in the hospitality industry.", "Hospitality"),
    ("Licensed Journeyman Electrician, State of Arizona.", "Journeyman License"),
    ("SRE on the production on-call rotation; wrote postmortems for outages.", "Incident Management"),
    ("Controls | Honeywell & Johnson Controls thermostats, basic BACnet BAS navigation (Metasys), economizers",
     "Building Automation Systems"),
    ("Programmed DDC controls on a Tridium Niagara building automation system.", "Building Automation Systems"),
    ("Electrical | 24V controls, 208/230/460V 3-phase, motors, capacitors, contactors", "Three-Phase Power"),
    ("Troubleshoot packaged RTUs: compressors, gas valves and three-phase motors.", "Three-Phase Power"),
    ("HVAC/R | Split systems, packaged RTUs, heat pumps, mini-splits, evaporative coolers", "Heat Pumps"),
    ("Refrigeration | Recovery, leak detection, brazing, evacuation, charging R-410A", "Leak Detection"),
    ("Document work orders, parts and photos in ServiceTitan.", "Documentation"),
    ("Recovered and recharged refrigerant in compliance with EPA 608; kept refrigerant logs.", "Documentation"),
    ("Installed ductless mini-split systems in homes.", "Heat Pumps"),
]


@pytest.mark.parametrize(("text", "skill"), NOT_SKILLS)
def test_not_the_persons_skill(text, skill):
    assert skill not in extract_skills(text)


@pytest.mark.parametrize(("text", "skill"), SKILLS)
def test_the_persons_skill(text, skill):
    assert skill in extract_skills(text)
