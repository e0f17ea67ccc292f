"""Tables of variants: a resume's measured figure restated in another system of units (ground98, issue 12; set 24's
false flags "4.2 hectares, roughly ten acres" and "410 kilometres …, about 255 miles"). Resumes and sentences written
for this file in the wording of real CVs (farm, brewery, pipeline, marine, plant and logistics careers; metric lines in
English, Spanish, German and Norwegian). Factors: NIST SP 811 (:mod:`.unit_conversions`).

``True``: the sentence must get a flag; ``False``: none. Rows wrong on the old code (main 95de34c): see the report.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.unit_conversions import convert

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


FARM = ("Ana Ruiz\nFarm Operations Manager\nMendoza, Argentina · ana.ruiz@example.com\n\nEXPERIENCE\n"
        "Finca Los Álamos — Mendoza\nFarm Operations Manager | March 2015 – Present\n"
        "• Manage 640 hectares of irrigated vineyard and olive groves\n"
        "• Built a 12 km drip-irrigation main line and a 2,000-litre fertigation tank\n"
        "• Harvest of 5,400 tonnes of grapes in 2024\n"
        "• Cold room held at 4 °C for 1,200 kg of fruit a day\n")
BREW = ("Sam Hale\nHead Brewer\nPortland, OR · sam.hale@example.com\n\nEXPERIENCE\nRiver Bend Brewing — Portland, OR\n"
        "Head Brewer | June 2016 – Present\n• Raised output to 5,000 hl a year on a 40 hl brewhouse\n"
        "• Boiler and CO2 lines rated at 10 bar\n")
SUBSEA = ("Kari Lund\nROV-supervisor\nBergen, Norge · kari.lund@example.no\n\nERFARING\nHavdyp Subsea AS — Bergen\n"
          "ROV-supervisor | april 2018 – d.d.\n• Inspeksjon av 620 km rørledning i 2024\n"
          "• Fartøy med marsjfart 12 knop; dykk til 1 200 m\n")
LOGI = ("Jonas Keller\nLogistikleiter\nHamburg · jonas.keller@example.de\n\nBERUFSERFAHRUNG\nNordlog GmbH — Hamburg\n"
        "Logistikleiter | 01/2017 – heute\n• Lagerfläche von 18.000 m² mit 42 Mitarbeitenden\n"
        "• Flotte von 30 Lkw, zusammen 2,4 Mio. km pro Jahr\n")
US = ("Tom Reed\nFarm Manager\nFargo, ND · tom@example.com\n\nEXPERIENCE\nRed River Farms — Fargo, ND\n"
      "Farm Manager | May 2012 – Present\n• Run 4,800 acres of corn and soybeans; 2 grain bins of 50,000 bushels\n"
      "• Hauled 12,000 tons of sugar beets in 2024\n• Pipeline of 3 miles; 40 psi\n")
KE = ("Wanjiru Kamau\nFactory Unit Manager\nKericho, Kenya · w@example.co.ke\n\nEXPERIENCE\nKericho Tea Estates — Kericho\n"
      "Factory Unit Manager | July 2019 – Present\n• Processed 21 million kg of green leaf in 2024 (4.6 million kg made tea)\n"
      "• Yield 2,950 kg/ha made tea across 1,100 ha\n• Green leaf yield of 19 t/ha\n")

CONVERSIONS = [
    (FARM, "I manage about 1,580 acres of irrigated vineyard and olive groves.", False),
    (FARM, "I manage 640 hectares (roughly 1,600 acres) of vineyard.", False),
    (FARM, "I manage more than 1,500 acres of irrigated vineyard.", False),
    (FARM, "I built a drip-irrigation main line of about 7.5 miles.", False),
    (FARM, "I built a 12 km (nearly 7.5-mile) drip-irrigation main line.", False),
    (FARM, "I installed a fertigation tank of about 530 gallons.", False),
    (FARM, "Our 2024 grape harvest came to roughly 5,950 tons.", False),
    (FARM, "Our 2024 grape harvest came to about 11.9 million pounds of grapes.", False),
    (FARM, "Our cold room is held at about 39 °F for the fruit.", False),
    (FARM, "We move some 2,650 pounds of fruit through the cold room a day.", False),
    (BREW, "I raised output to about 4,260 barrels a year.", False),
    (BREW, "I raised output to 5,000 hectolitres, some 4,260 US beer barrels, a year.", False),
    (BREW, "Our boiler and CO2 lines are rated at about 145 psi.", False),
    (SUBSEA, "In 2024 we inspected 620 kilometres of pipeline, about 385 miles.", False),
    (SUBSEA, "Our vessel cruises at about 22 kilometres per hour.", False),
    (SUBSEA, "We dive to about 3,900 feet.", False),
    (LOGI, "I run a warehouse of about 194,000 square feet with 42 staff.", False),
    (LOGI, "Our fleet of 30 trucks covers about 1.5 million miles a year.", False),
    (US, "I run about 1,940 hectares of corn and soybeans.", False),
    (US, "I run more than 1,900 hectares of row crops.", False),
    (US, "We hauled about 10,900 tonnes of sugar beets in 2024.", False),
    (US, "We hauled about 12,000 tonnes of sugar beets in 2024.", False),
    (US, "Our pipeline runs almost five kilometres.", False),
    (US, "Our pipeline runs about 4.8 km at 2.8 bar.", False),
    (KE, "We processed 21,000 tonnes of green leaf in 2024.", False),
    (KE, "We processed about 23,000 tons of green leaf in 2024.", False),
    (KE, "We processed some 46 million pounds of green leaf in 2024.", False),
    (KE, "Our estate covers about 2,700 acres.", False),
    (FARM, "I installed a 2,000-litre fertigation tank, about 530 US gallons.", False),
    (KE, "Our made-tea yield is about 2,630 pounds per acre.", False),
    (KE, "Our green leaf yield is roughly 8.5 tons per acre.", False),
    # a wrong conversion, or none, stays flagged
    (US, "I run about 4,800 hectares of corn and soybeans.", True),
    (US, "Our pipeline runs about 3 km.", True),
    (KE, "Our estate covers about 1,100 acres.", True),
    (KE, "We processed about 21 million pounds of green leaf in 2024.", True),
    (KE, "Our made-tea yield is about 2,950 pounds per acre.", True),
    (KE, "Our green leaf yield is roughly 19 tons per acre.", True),
    (FARM, "I manage about 2,500 acres of irrigated vineyard and olive groves.", True),
    (FARM, "I manage 640 acres of irrigated vineyard and olive groves.", True),
    (FARM, "I built a drip-irrigation main line of about 12 miles.", True),
    (FARM, "I built a drip-irrigation main line of about 19 miles.", True),
    (FARM, "I installed a fertigation tank of about 2,000 gallons.", True),
    (FARM, "Our cold room is held at about 4 °F for the fruit.", True),
    (FARM, "Our cold room is held at about 45 °F for the fruit.", True),
    (BREW, "I raised output to about 5,000 barrels a year.", True),
    (BREW, "Our boiler and CO2 lines are rated at about 10 psi.", True),
    (BREW, "Our boiler and CO2 lines are rated at about 200 psi.", True),
    (SUBSEA, "In 2024 we inspected 620 miles of pipeline.", True),
    (SUBSEA, "In 2024 we inspected about 500 miles of pipeline.", True),
    (LOGI, "I run a warehouse of about 18,000 square feet with 42 staff.", True),
    (LOGI, "Our fleet of 30 trucks covers about 2.4 million miles a year.", True),
]


@pytest.mark.parametrize("resume,sentence,flagged", CONVERSIONS)
def test_a_figure_in_another_system_of_units(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, _flags(resume, sentence)


@pytest.mark.parametrize("value,unit,to,expected", [
    (4.2, "hectare", "acre", 10.378), (410, "kilometre", "mile", 254.76), (100, "celsius", "fahrenheit", 212.0),
    (5000, "hectolitre", "beer barrel", 4260.8), (10, "bar", "psi", 145.04), (1, "tonne", "short ton", 1.1023),
    (12, "cubic metre", "cubic yard", 15.695), (12, "knot", "kilometre per hour", 22.224),
])
def test_conversion_factors_are_nist_sp_811s(value, unit, to, expected):
    assert convert(value, unit, to) == pytest.approx(expected, rel=1e-3)
