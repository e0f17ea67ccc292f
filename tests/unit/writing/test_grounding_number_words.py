"""Table of variants for figures written as ratios, bounds, rounded values and counts under another noun
(written for this file, in professions of no blind set: a dairy plant manager in Finland and a hospital
pharmacy lead in Kenya; session 12, after the false flags of sets 1–11 on such figures).

* ratios of counts are shares: "nine in ten", "one in five", "3 out of 4", "two out of every three"
  (:data:`careercopilot.writing.grounding.text.RATIO_RE`), with the precision of their whole ("nearly nine
  in ten" for 87.5 %);
* an upper bound stays true for a smaller value ("under 30%" for 28–29 %, "fewer than 40" for 36), never
  "up to" (a maximum reached);
* a rounded figure may round at its own last digit ("almost five points" for 4.7, "close to 80%" for 61 of
  78, "nearly EUR 2 million" for "EUR 1.9 M/yr"), within 10 %;
* signed changes ("-27%"), SI unit symbols ("200A" = 200-amp), scores ("CGPA 8.7/10");
* a count the resume writes under another noun on a line about the same fact ("9 preceptees" → "nine newly
  qualified nurses"), unless the resume counts the sentence's noun with another number;
* lists whose last part is "a"/"an" ("…, two designers and a data analyst" = 1) and groups written with a
  colon ("team: 7 engineers and 2 draftspersons" → "a team of nine engineers and draftspersons").

:mod:`careercopilot.writing.grounding.numbers`, :mod:`careercopilot.writing.grounding.text`.
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.text import quantities

TODAY = date(2026, 12, 3)

RESUME = """Aino Virtanen
Seinäjoki, Finland | aino.virtanen@example.fi

EXPERIENCE
Plant Manager, Pohjanmaan Meijeri Oy - 03/2019 - present
- Share of milk collected from organic farms 87.5% by 12.2025
- Energy use per litre -27% (approx. EUR 1.9 M/yr saved)
- Line yield kept at 28-29% loss-free since 2022
- Night crew team: 7 operators and 2 technicians
- Quality squad of 9 technicians, 2 chemists, 1 data analyst
- Packaging line upgrade: 200A and 400A feeders replaced
- Restructuring 2024: 78 roles affected, 61 employees redeployed
- Supported 9 trainees through their first-year competencies
- Provide day-to-day guidance to two shift supervisors
- Acting site director for three months in 2023
- Waste water COD down from 34.5 to 29.8 mg/l
- Served up to 850 farms in the cooperative
Laboratory Technician, Valio Oy - 2015 - 2019
- Ran 36 raw-milk panels a week

EDUCATION
M.Sc. Food Technology, University of Helsinki, 2015 (GPA 4.2/5)
"""


@pytest.mark.parametrize("sentence,flagged", [
    # ratios of counts
    ("By the end of 2025, nearly nine in ten litres of our milk came from organic farms.", False),
    ("By the end of 2025, more than four out of five litres of our milk came from organic farms.", False),
    ("By the end of 2025, nine in ten litres of our milk came from organic farms.", False),
    ("By the end of 2025, three in five litres of our milk came from organic farms.", True),
    ("By the end of 2025, only one in ten litres of our milk came from conventional farms.", True),
    # upper bounds, never "up to"
    ("I kept line yield loss under 30% since 2022.", False),
    ("I kept line yield loss under 20% since 2022.", True),
    ("At Valio I ran fewer than 40 raw-milk panels a week.", False),
    ("At Valio I ran fewer than 30 raw-milk panels a week.", True),
    ("Our cooperative served up to 950 farms.", True),
    # rounding at the stated figure's own last digit
    ("We brought waste water COD down from 34.5 to 29.8 mg/l, almost five points.", False),
    ("We brought waste water COD down from 34.5 to 29.8 mg/l, almost eight points.", True),
    ("In the 2024 restructuring, 61 of the 78 affected employees were redeployed, close to 80%.", False),
    ("In the 2024 restructuring, 61 of the 78 affected employees were redeployed, close to 70%.", True),
    ("Energy use per litre fell by about 27%, nearly EUR 2 million a year.", False),
    ("Energy use per litre fell by about 35%, nearly EUR 2 million a year.", True),
    ("Energy use per litre fell by about 27%, nearly EUR 3 million a year.", True),
    # unit symbols and scores
    ("I replaced the 200-amp and 400-amp feeders on the packaging line.", False),
    ("I replaced the 200-amp and 600-amp feeders on the packaging line.", True),
    ("I hold an M.Sc. in Food Technology from the University of Helsinki with a GPA of 4.2.", False),
    ("I hold an M.Sc. in Food Technology from the University of Helsinki with a GPA of 4.8.", True),
    # a count under another noun on a line about the same fact
    ("I have supported nine new operators through their first-year competencies.", False),
    ("I have supported twelve new operators through their first-year competencies.", True),
    ("I provide day-to-day guidance to three shift supervisors.", True),
    # the last part written "a", groups after a colon
    ("I lead a quality squad of twelve: nine technicians, two chemists and a data analyst.", False),
    ("I lead a quality squad of thirteen: nine technicians, two chemists and a data analyst.", True),
    ("My night crew is a team of nine operators and technicians.", False),
    ("My night crew is a team of nine operators.", True),
])
def test_figures_as_ratios_bounds_and_rounded_values(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) == flagged, [(f.kind, f.text) for f in flags]


@pytest.mark.parametrize("text,expected", [
    ("nine in ten", ("percent", 90.0)),
    ("one in five", ("percent", 20.0)),
    ("3 out of 4", ("percent", 75.0)),
    ("two out of every three", ("percent", 200 / 3)),
    ("a hundred in a hundred", None),  # no whole larger than the part
    ("cost -27% a year", ("percent", 27.0)),
    ("EUR 1.9 M/yr", ("money", 1.9e6)),
    ("a 200A feeder", ("plain", 200.0)),
    ("CGPA 8.7/10", ("plain", 8.7)),
])
def test_number_forms_read(text, expected):
    found = [(q.kind, q.value) for q in quantities(text)]
    if expected is None:
        assert all(kind != "percent" for kind, _ in found)
    else:
        assert found[0][0] == expected[0] and abs(found[0][1] - expected[1]) < 1e-6


def test_a_time_of_day_is_no_amp():
    assert [q.unit[:1] for q in quantities("the line runs from 3 to 5 A.M.")] == [("m",), ("m",)]
