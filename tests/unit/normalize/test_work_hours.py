"""Weekly hours a posting states (issue 11, newcomer trial F7): the variant table.

Each row is how real postings write their hours (Indeed's "Expected hours: 24 – 32 per week",
schema.org ``workHours`` — "20-30 hours per week", "8am-5pm", "1st shift" —, nursing shift patterns,
FTE, Swiss workload percentages, German and French part-time notes) with the one right reading:
``(low, high)`` hours a week or None. On the old code every row was annualised at 2,080 h; the rows
whose stated hours are not 40 a week (OLD_WRONG below) all gave a wrong yearly figure.
"""

import pytest

from careercopilot.normalize.work_hours import hours_text, weekly_hours, with_hours, yearly_hours

# (description text, title, structured work_hours, expected (low, high) or None)
TABLE = [
    ("Part-time, 24–32 hours/week, $25–30/hr", None, None, (24, 32)),
    ("Schedule: 20 hrs/wk, flexible afternoons.", None, None, (20, 20)),
    ("This is a 0.6 FTE position.", None, None, (24, 24)),
    ("Position: part-time (30 hours). Pay $22/hour.", None, None, (30, 30)),
    ("Per diem RN, $55/hour, shifts as needed.", None, None, None),
    ("PRN position — work when available.", None, None, None),
    ("Status: .5 FTE, day shift", None, None, (20, 20)),
    ("Schedule: 3 x 12-hour shifts, nights", None, None, (36, 36)),
    ("We work four 10s with Fridays off.", None, None, (40, 40)),
    ("Hours: Mon–Fri 9–1", None, None, (20, 20)),
    ("Seasonal (May–September) ranger, $18/hr", None, None, None),
    ("The role is 19.5 hours per week.", None, None, (19.5, 19.5)),
    ("Teilzeit 20 Std./Woche, 16 €/Stunde", None, None, (20, 20)),
    ("This is a half-time appointment.", None, None, (20, 20)),
    ("", None, "20-30 hours per week", (20, 30)),
    ("Job Type: Part-time", None, None, None),  # PART_TIME, no hours: not invented
    ("Pay: $25.00 - $30.00 per hour\nExpected hours: 24 – 32 per week\nBenefits: 401(k)", None, None, (24, 32)),
    ("Expected hours: No less than 20 per week", None, None, (20, None)),
    ("Expected hours: No more than 29 per week", None, None, (None, 29)),
    ("Hours per week: 16", None, None, (16, 16)),
    ("Up to 29 hours per week available.", None, None, (None, 29)),
    ("Full-time, 40 hours per week, overtime over 40 hours per week paid at 1.5x", None, None, (40, 40)),
    ("Availability: 35-40 hours per week", None, None, (35, 40)),
    ("Standard week of 37.5 hours per week.", None, None, (37.5, 37.5)),
    ("Arbeitszeit: 30 Wochenstunden", None, None, (30, 30)),
    ("Wir bieten 20 Stunden pro Woche.", None, None, (20, 20)),
    ("Poste à temps partiel, 24h/semaine.", None, None, (24, 24)),
    ("Pensum 60–80%, Zürich", None, None, (24, 32)),
    ("Schedule: two 12-hour shifts per week", None, None, (24, 24)),
    ("8 hours per day, 3 days a week", None, None, (24, 24)),
    ("Monday through Friday, 8am-12pm", None, None, (20, 20)),
    ("Approximately 30 hours per week during the pilot.", None, None, (30, 30)),
    ("Our support desk is open 24 hours a day, 7 days a week.", None, None, None),
    ("Non-exempt: overtime for more than 40 hours per week.", None, None, None),
    ("Up to 40 hours per year of volunteer time; respond within 48 hours.", None, None, None),
    ("Paid bi-weekly; 80 hours of PTO.", None, None, None),
    ("", None, "8am-5pm", None),  # schema.org example: a day's hours, not a week's
    ("", None, "1st shift", None),
    ("", None, 32, (32, 32)),  # a numeric hoursPerWeek
    ("On-call as needed.", None, None, None),
    ("", "Part-Time Pharmacist (20 hrs/wk)", None, (20, 20)),
    ("FTE: 0.75", None, None, (30, 30)),
    ("Work 3x12s at our Level I trauma center.", None, None, (36, 36)),
    ("Hours: 20-25 per week", None, None, (20, 25)),
    ("Part-time role, 20% travel", None, None, None),
    ("Monday to Friday 8:00 – 17:00", None, None, (40, 40)),
    ("Teilzeit (50 %), Bern", None, None, (20, 20)),
]

#: Rows whose yearly figure the old code (2,080 h for every hourly rate) got wrong.
OLD_WRONG = sum(1 for *_, exp in TABLE if exp is not None and exp != (40, 40))


@pytest.mark.parametrize("text,title,structured,expected", TABLE, ids=[f"r{i}" for i in range(len(TABLE))])
def test_weekly_hours_table(text, title, structured, expected):
    got = weekly_hours(text, title=title, work_hours=structured)
    want = None if expected is None else tuple(None if v is None else float(v) for v in expected)
    assert got == want


def test_table_size_and_old_code_failures():
    assert len(TABLE) >= 20
    assert OLD_WRONG == 32  # of 47 rows: a 2,080 h year misread them


def test_structured_field_wins_over_text():
    assert weekly_hours("40 hours per week", work_hours="20 hours per week") == (20.0, 20.0)


@pytest.mark.parametrize("junk", [None, "", 0, -5, 500, True, {"a": 1}, ["x", 20]])
def test_junk_never_raises(junk):
    weekly_hours(junk if isinstance(junk, str) else None, work_hours=junk)


def test_yearly_hours_each_end():
    assert yearly_hours(24, 32) == (24 * 52, 32 * 52)
    assert yearly_hours(None, 29) == (29 * 52, 29 * 52)
    assert yearly_hours(20, None) == (20 * 52, 40 * 52)
    assert yearly_hours(None, None) is None


def test_hours_text():
    assert hours_text(24, 32) == "24–32 h/week"
    assert hours_text(19.5, 19.5) == "19.5 h/week"
    assert hours_text(None, 29) == "up to 29 h/week"
    assert hours_text(20, None) == "at least 20 h/week"
    assert with_hours("USD 25–30 / hour", 24, 32) == "USD 25–30 / hour · 24–32 h/week"
    assert with_hours("", 24, 32) == ""
    assert with_hours("USD 25 / hour", None, None) == "USD 25 / hour"
