"""Tables of variants for the date forms of a dated history (:data:`context.RANGE_RE`), written for
this file in professions of no blind set.

Resumes outside the US and UK write their history dates as day.month.year ("01.03.2021 –
present"), year/month or year.month ("2016/09 – present", "2012.04 – 2015.03", the Korean
"2022.07 ~ present"), month.year ("09.2017 – present"), a day before the month name ("1 April 2022
– 31 May 2024"), an open end as "to date" / "till date" / "ongoing", or an open start alone after
the role: "Section Commander – since 1 April 2022". A header line the checker cannot date is no
history entry, and then every duration and year tied to that employer goes unchecked (misses) or
finds no entry (false flags). ``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding import context as ctx

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("line,span", [
    ("Pharmacist, Apotheke am Ring - 01.03.2021 - present", (2021, 3, 2026, None)),
    ("Pharmacist, Apotheke am Ring - 1.3.2021 - 30.6.2024", (2021, 3, 2024, 6)),
    ("Apotheke am Ring - Pharmacist - 2016/09 - present", (2016, 9, 2026, None)),
    ("2012.04 - 2015.03   Pharmacist, Apotheke am Ring", (2012, 4, 2015, 3)),
    ("Pharmacist | 2022.07 ~ present", (2022, 7, 2026, None)),
    ("Pharmacist | 2019.09 ~ 2022.06", (2019, 9, 2022, 6)),
    ("09.2017 - present    Apotheke am Ring, Graz - Pharmacist", (2017, 9, 2026, None)),
    ("10.2011 - 08.2017    Apotheke am Ring, Graz - Pharmacist", (2011, 10, 2017, 8)),
    ("Pharmacist - 1 September 2014 - 31 May 2019", (2014, 9, 2019, 5)),
    ("Pharmacist - 1 Sep 2014 to 31 May 2019", (2014, 9, 2019, 5)),
    ("Pharmacist, Apotheke am Ring, Graz - 01/2020 - to date", (2020, 1, 2026, None)),
    ("Pharmacist - Aug 2021 to date", (2021, 8, 2026, None)),
    ("Pharmacist - Aug 2021 till date", (2021, 8, 2026, None)),
    ("Pharmacist, Apotheke am Ring (Mar 2019 - ongoing)", (2019, 3, 2026, None)),
    ("Section Pharmacist - since 1 April 2022", (2022, 4, 2026, None)),
    ("Freelance pharmacist - Apotheke am Ring (self-employed) - since March 2016", (2016, 3, 2026, None)),
    ("Locum pharmacist, Apotheke am Ring - since 2021", (2021, None, 2026, None)),
    ("Pharmacist | 15/03/2018 - 30/06/2021", (2018, 3, 2021, 6)),
])
def test_history_header_date_forms(line, span):
    found = ctx.entries(f"EXPERIENCE\n{line}\n- Dispensed about 200 prescriptions a day.\n", 2026)
    assert [(e.start, e.start_month, e.end, None if e.present else e.end_month) for e in found] == [span]


@pytest.mark.parametrize("line", [
    "Member of the Austrian Chamber of Pharmacists since 2016.",   # a sentence in a summary, no header
    "Civil engineer with 16 years on sites, site manager since 2016. Member since 2010",
    "- Vaccination clinic lead since 2021",                          # a bullet
    "Class 3 medical certificate, valid until 03/2027",
])
def test_since_in_prose_or_bullets_is_no_history_entry(line):
    assert ctx.entries(f"SUMMARY\n{line}\n", 2026) == []


RESUME = """Katharina Edlinger
Graz, Austria | k.edlinger@example.at

EXPERIENCE
Head Pharmacist, Apotheke am Ring, Graz - 01.03.2021 - present
- Lead a team of 7; introduced a medication-review service (about 400 reviews a year).

Pharmacist, Landesapotheke Leoben - 01.09.2015 - 28.02.2021
- Ran the compounding lab.

Hospital pharmacy trainee, LKH Graz - 1 Sep 2014 - 31 Aug 2015

Consultant, Pharmazie Beratung Steiner (freelance) - since March 2016
- Occasional audits for rural pharmacies.

Lecturer (part-time), Pharmaceutical care, FH Joanneum - 2019/10 - 2023/07

EDUCATION
Mag. pharm. (Master of Pharmacy), University of Graz - 2014
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I spent five and a half years at Landesapotheke Leoben.", False),
    ("I spent eight years at Landesapotheke Leoben.", True),
    ("I have been at Apotheke am Ring for over five years.", False),
    ("I have been at Apotheke am Ring for over seven years.", True),
    ("I joined Apotheke am Ring in 2021.", False),
    ("I joined Apotheke am Ring in 2019.", True),
    ("I taught at FH Joanneum for almost four years.", False),
    ("I taught at FH Joanneum for six years.", True),
    ("My traineeship at LKH Graz lasted a full year.", False),
    ("I have consulted for Pharmazie Beratung Steiner for over ten years.", False),
    ("I have consulted for Pharmazie Beratung Steiner for over fifteen years.", True),
    ("I have been teaching at FH Joanneum since 2019.", False),
    ("I have been teaching at FH Joanneum since 2017.", True),
])
def test_durations_and_years_against_international_history_dates(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]


#: The shapes of a history around its dates: a date-first table with details indented on the lines
#: after each date (Japanese and Korean career tables), roles indented under one employer heading (the
#: heading is every role's employer; a role's own dated line is no header of the next), a nested list
#: whose dated bullets hold their details indented under them, and a bullet's year range ("(2022-2024)").
SHAPES = """Tanaka Yui
Land surveyor, Sapporo

CAREER
2019.04 - present   Survey Team Leader, Hokkaido Geodesy Co., Sapporo
                    Team of 9; drone photogrammetry programme since 2021
2014.04 - 2019.03   Surveyor, Hokkaido Geodesy Co., Asahikawa office
                    Cadastral surveys for about 60 rural parcels a year
2011.04 - 2014.03   Survey Technician, Kitami Mapping Ltd.

Otaru Coastal Authority (secondment)
  Coastal Engineer - Apr 2008 to Mar 2011
  Harbour Works Inspector - Apr 2006 to Mar 2008
Sapporo City Parks Department - Gardener - 2004 to 2006

VOLUNTEERING
> Trail mapper - Daisetsuzan Trail Society - 01/2016 - to date
  - Mapped 140 km of trail with GNSS receivers (2022-2024)
  - Led 12 volunteer mapping days in 2023-2025
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I have led the survey team at Hokkaido Geodesy for over seven years.", False),
    ("I have worked for Hokkaido Geodesy for over fifteen years.", True),
    ("I spent five years as a surveyor in the Asahikawa office.", False),
    ("I spent almost five years as a harbour works inspector at Otaru Coastal Authority.", True),
    ("I worked at Otaru Coastal Authority for five years.", False),
    ("I worked at Otaru Coastal Authority for eight years.", True),
    ("I was a coastal engineer at Otaru Coastal Authority from April 2008.", False),
    ("I was a coastal engineer at Otaru Coastal Authority from April 2009.", True),
    ("Between 2022 and 2024 I mapped 140 km of trail for the Daisetsuzan Trail Society.", False),
    ("In 2023 and 2025 I led twelve volunteer mapping days.", False),
    ("I have mapped trails for the Daisetsuzan Trail Society since 2016.", False),
    ("I have mapped trails for the Daisetsuzan Trail Society for over twelve years.", True),
])
def test_history_shapes_around_the_dates(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(SHAPES, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]


@pytest.mark.parametrize("sentence", [
    "Order intake rose by 12% between FY2022 and FY2025 at Apotheke am Ring.",
    "Between FY22 and FY24 I ran the compounding lab at Landesapotheke Leoben.",
    "In Q3 and Q4 I led the vaccination clinic at Apotheke am Ring.",
])
def test_fiscal_years_and_quarters_are_no_organisations(sentence):
    facts = SourceFacts.from_texts(RESUME + "- Order intake up 12% (FY2022 to FY2025)\n", today=TODAY)
    assert not [f for f in check(sentence, facts) if f.kind == "employer"]
