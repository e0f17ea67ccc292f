"""Table of variants for durations tied to a role rather than an employer (written for this file, in
professions of no blind set: a librarian and an archivist).

"I have been a <role> for N years", "I have worked as a <role> for over N years", "N years as a <role>",
"N years of experience as a <role>", "N years in <field named by a history header>" must fit the
history entries holding that role (:func:`careercopilot.writing.grounding.durations.role_span`): the
header lines naming its words, each with its own date range when it has one, else its entry's. A
higher rank held later still counts ("a librarian" covers the "Senior Librarian" years), a lower one
does not ("Assistant Librarian" years are no librarian's); standing words ("licensed", "qualified")
say nothing about the role. Only an overstated length is flagged (a role may be part of a longer
stay). ``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUME = """Marta Lindqvist
Uppsala, Sweden | marta.lindqvist@example.se

PROFILE
Librarian with a background in archives; qualified librarian (MLIS) since 2013.

EXPERIENCE
Uppsala City Library
  Senior Librarian, Reference and Research Services - Sep 2020 to date
  - Run the local-history desk; about 40 enquiries a week.
  Librarian, Children's Services - Jan 2016 to Aug 2020
  - Ran weekly reading groups.

Assistant Librarian - Gävle University Library - 08/2013 - 12/2015
- Cataloguing and interlibrary loans.

Archive Assistant, Regional Archives of Uppsala - 2010 - 2013
- Digitised parish registers.

EDUCATION
MLIS, Uppsala University - 2013
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I have been a librarian for over ten years.", False),
    ("I have been a librarian for over fifteen years.", True),
    ("I have worked as a librarian for almost eleven years.", False),
    ("I have worked as a librarian for sixteen years.", True),
    ("I have been a senior librarian for over six years.", False),
    ("I have been a senior librarian for over eight years.", True),
    ("I have six years of experience as a senior librarian.", False),
    ("I have nine years of experience as a senior librarian.", True),
    ("I spent two years as an assistant librarian.", False),
    ("I spent four years as an assistant librarian.", True),
    ("I have been a qualified librarian for over thirteen years.", False),
    ("I spent four and a half years in children's services.", False),
    ("I spent seven years in children's services before moving to reference work.", True),
    ("I worked as an archive assistant for about three years.", False),
    ("I worked as an archive assistant for six years.", True),
    # a role the history never names is left to the other checks
    ("I have been an information professional for fifteen years.", False),
])
def test_duration_of_a_role(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]


#: A summary's stated length for the role counts (its clause names the role), a length stated in
#: another clause of the line does not; a date-first table's lower-rank rows are no rows of the role.
TABLE = """Park Min-jun
Seoul | minjun.park@example.kr

SUMMARY
Registered Dietitian with 12 years of experience in hospital nutrition; clinical nutrition manager since 2022.
Food scientist with 18 years in the food industry, dietitian since 2015.

CAREER
2022.03 - present   Clinical Nutrition Manager, Hanul Hospital
2017.03 - 2022.02   Dietitian, Hanul Hospital
2015.03 - 2017.02   Assistant Dietitian, Seoul Daehan Clinic
2008.03 - 2015.02   Food Scientist, Daon Foods
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("As a registered dietitian with twelve years of experience, I plan hospital menus.", False),
    ("I have been a clinical nutrition manager for almost five years.", False),
    ("I have been a clinical nutrition manager for over seven years.", True),
    ("I have been a dietitian for more than eleven years.", False),
    ("I have been a dietitian for over fifteen years.", True),
    ("I spent two years as an assistant dietitian.", False),
    ("I spent five years as an assistant dietitian.", True),
])
def test_duration_of_a_role_against_a_summary_and_a_date_first_table(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(TABLE, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
