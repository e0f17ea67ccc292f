"""One date-range pattern for the resume parser and the grounding checker
(:data:`careercopilot.normalize.date_ranges.RANGE_RE`; session 12: ``resume_fields.py`` had its own, which
missed the international forms the grounding checker learnt from sets 9–11 and vice versa).

Table of variants: each history line's range read the same by both — the resume parser's experience months
(:func:`careercopilot.normalize.resume_fields.parse_resume_fields`) and the checker's history entry
(:func:`careercopilot.writing.grounding.context.entries`). Forms from both former patterns: US ("March 2019 –
Present", "Mar. 2019 - Jun 2021", "06/2017 - 02/2019", "Jan 2015 through Dec 2018", "March, 2019 to June, 2021",
"06 / 2017 – now"), ISO 8601 ("2017-01 → 2018-05"), day-first ("01.03.2021 - 31.05.2023", "15/03/2018 – 31/05/2019",
"1 April 2022 – 31 May 2023"), East Asian ("2012.04 ~ 2014.03", "2016/09 - 2019/02"), open ends ("Aug 2021 to date",
"01/2020 - till date", "2019 – currently", "Analyst - since 1 April 2022") and seasons ("Summer 2017 – Winter
2020": years only).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.normalize.date_ranges import RANGE_RE, point_month
from careercopilot.normalize.resume_fields import parse_resume_fields
from careercopilot.writing.grounding.context import entries

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize("line,start,end", [
    ("March 2019 – Present", (2019, 3), (2026, 12)),
    ("Mar. 2019 - Jun 2021", (2019, 3), (2021, 6)),
    ("06/2017 - 02/2019", (2017, 6), (2019, 2)),
    ("06 / 2017 – now", (2017, 6), (2026, 12)),
    ("Jan 2015 through Dec 2018", (2015, 1), (2018, 12)),
    ("Jan 2015 thru Dec 2018", (2015, 1), (2018, 12)),
    ("March, 2019 to June, 2021", (2019, 3), (2021, 6)),
    ("2017-01 → 2018-05", (2017, 1), (2018, 5)),
    ("01.03.2021 - 31.05.2023", (2021, 3), (2023, 5)),
    ("15/03/2018 – 31/05/2019", (2018, 3), (2019, 5)),
    ("1 April 2022 – 31 May 2023", (2022, 4), (2023, 5)),
    ("2012.04 ~ 2014.03", (2012, 4), (2014, 3)),
    ("2016/09 - 2019/02", (2016, 9), (2019, 2)),
    ("Aug 2021 to date", (2021, 8), (2026, 12)),
    ("01/2020 - till date", (2020, 1), (2026, 12)),
    ("2019 – currently", (2019, None), (2026, 12)),
    ("Analyst, Northwind - since 1 April 2022", (2022, 4), (2026, 12)),
    ("Summer 2017 – Winter 2020", (2017, None), (2020, None)),
    ("2012 to 2016", (2012, None), (2016, None)),
])
def test_both_readers_take_the_same_range(line, start, end):
    m = RANGE_RE.search(line)
    assert m is not None
    assert (int(m.group("sy")), point_month(m, "s")) == start
    if not (m.group("present") or m.group("since")):
        assert (int(m.group("ey")), point_month(m, "e")) == end
    # the grounding checker: one history entry with that span
    entry, = entries(f"Analyst, Northwind Traders\n{line}\n- Built reports", TODAY.year)
    assert (entry.start, entry.start_month) == start and entry.end == end[0]
    # the resume parser: experience from that range (months when both points have one, else mid-year)
    fields = parse_resume_fields(f"Jane Doe\n\nEXPERIENCE\nAnalyst, Northwind Traders\n{line}\n- Built reports\n",
                                 today=TODAY)
    assert fields.years_experience is not None and fields.years_experience > 0


def test_a_year_alone_or_a_code_is_no_range():
    for text in ("Level 2019", "ISO 9001 – 2015 audit", "CHF 2,000 - 3,000", "call 2019-555-0199"):
        m = RANGE_RE.search(text)
        assert m is None or not (m.group("present") or m.group("ey")), text
