"""Table of variants for durations and start years whose scope no history header names word for word (session 21,
ground22, issue 12: set 17's date misses and their kind in sets 11–16; resumes written for this file, employers and
places chosen apart from the blind sets).

* a role with a domain word the header leaves out ("a hotel general manager" for "General Manager"), leadership roles
  of a field ("nursing leadership roles"), an office ("chaired the department"), an activity ("been delivering
  parcels"), a section of the history ("civilian logistics" for the entries under "CIVILIAN EXPERIENCE")
  (:mod:`.duration_scopes`, :mod:`.durations`);
* the start year of a named role ("became head brewer in 2014") (:mod:`.role_starts`);
* Japanese era and Minguo years in history ranges ("令和3年4月 (2021年4月) – 現在") (:mod:`.era_dates`).

``True``: the sentence must get a date flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.era_dates import gregorian_eras

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\n"


def _flags(resume: str, sentence: str) -> list[str]:
    return [f.kind for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


def _assert(resume: str, sentence: str, flagged: bool) -> None:
    kinds = _flags(resume, sentence)
    assert ("date" in kinds) is flagged and (flagged or kinds == []), kinds


# general manager from 06/2020 (6 y 6 m); assistant general manager before it (a lower rank: another role)
HOTEL = HEAD + ("Lakeshore Inn & Suites — Duluth, MN\nGeneral Manager | June 2020 – Present\n• 212 rooms; $19M revenue\n"
                "Assistant General Manager | May 2015 – May 2020\n")
# first officer from 04/2019 (7 y 8 m), cadet before
AIR = HEAD + ("Nordkyst Fly AS — Bodø\nFirst Officer, ATR 72 | 04/2019 – present\nCadet Pilot | 08/2017 – 03/2019\n")
# nurse manager from 03/2016 (10 y 9 m), staff nurse from 2008
NURSE = HEAD + ("St. Brendan's Regional Hospital — Galway\nNurse Manager, Cardiac Unit | March 2016 – Present\n"
                "• 46 nurses\nStaff Nurse, Cardiac Unit | September 2008 – February 2016\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (HOTEL, "I have been a hotel general manager for more than eight years.", True),
    (HOTEL, "I have been a hotel general manager for more than six years.", False),
    (HOTEL, "I have been a lakeside hotel general manager for over nine years.", True),
    (HOTEL, "I have been a resort general manager for over ten years.", True),
    (AIR, "I have been an airline first officer for over ten years.", True),
    (AIR, "I have been an airline first officer for over seven years.", False),
    (AIR, "I have worked as a regional airline first officer for more than nine years.", True),
    (NURSE, "I have held nursing leadership roles for more than fifteen years.", True),
    (NURSE, "I have held nursing leadership roles for more than ten years.", False),
    (NURSE, "I have held clinical leadership positions for over twelve years.", True),
    (NURSE, "I have held cardiac nursing management roles for more than eleven years.", True),
])
def test_role_family_and_leadership_roles_of_a_field(resume, sentence, flagged):
    _assert(resume, sentence, flagged)


# department chair 08/2019 – 06/2023 (3 y 10 m, a committee seat in its bullets); teacher from 08/2012 (14 y 4 m)
TEACH = HEAD + ("Oakridge Unified School District — Fresno, CA\nInstructional Coach | August 2023 – Present\n"
                "Science Teacher & Department Chair, Oakridge Middle School | August 2019 – June 2023\n"
                "• Member, district curriculum committee\n"
                "Science Teacher, Oakridge Middle School | August 2012 – July 2019\n")
# self-employed courier from 05/2020 (6 y 7 m); kitchen porter before
COURIER = HEAD + ("Self-employed courier — Leeds | May 2020 – Present\n• Parcel delivery for Evri and Amazon Flex\n"
                  "• 31,000+ parcels\n\nThe Green Fig — Leeds\nKitchen Porter | March 2015 – April 2020\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (TEACH, "I chaired the Oakridge science department for six years.", True),
    (TEACH, "I chaired the science department for nearly four years.", False),
    (TEACH, "I served as chair of the science department for five years.", True),
    (TEACH, "I served as department chair for over six years.", True),
    (TEACH, "I sat on the district curriculum committee for six years.", True),
    (TEACH, "I sat on the district curriculum committee for almost four years.", False),
    (TEACH, "I have been teaching for more than fifteen years.", True),
    (TEACH, "I have been teaching for more than fourteen years.", False),
    (COURIER, "I have been delivering parcels for app platforms for more than eight years.", True),
    (COURIER, "I have been delivering parcels for more than six years.", False),
    (COURIER, "I have been delivering for Amazon Flex for over nine years.", True),
    (COURIER, "I have been working for more than eleven years.", False),
])
def test_office_and_activity_durations(resume, sentence, flagged):
    _assert(resume, sentence, flagged)


# civilian from 01/2021 (5 y 11 m) under its section; military 2004–2020 under another
VET = ("Name Surname\nTulsa, OK · name@example.com\n\nCIVILIAN EXPERIENCE\nRiverbend Logistics — Tulsa, OK\n"
       "Warehouse Supervisor | January 2021 – Present\n• 38 associates\n\n"
       "MILITARY EXPERIENCE — U.S. Marine Corps | July 2004 – December 2020\n"
       "Logistics Chief, Gunnery Sergeant (E-7) | June 2014 – December 2020\n"
       "Supply Clerk | July 2004 – May 2014\n\nEDUCATION\nB.S., Logistics — Columbia Southern University, 2019\n")


@pytest.mark.parametrize("sentence,flagged", [
    ("I have worked in civilian logistics for over eight years.", True),
    ("I have worked in civilian logistics for nearly six years.", False),
    ("I have worked in civilian warehouse management for more than seven years.", True),
])
def test_duration_scoped_by_a_section_of_the_history(sentence, flagged):
    _assert(VET, sentence, flagged)


# brewer 03/2014 – 08/2018, head brewer from 09/2018
BREW = HEAD + ("Browar Nadodrze Sp. z o.o. — Wrocław\nGłówny piwowar (Head Brewer) | 09/2018 – obecnie\n"
               "Piwowar (Brewer) | 03/2014 – 08/2018\n\nMinibrowar Pod Lipą — Opole\n"
               "Pomocnik piwowara (Assistant Brewer) | 06/2010 – 02/2014\n")


@pytest.mark.parametrize("sentence,flagged", [
    ("I became head brewer in 2014.", True),
    ("I became head brewer in 2018.", False),
    ("I was promoted to head brewer in September 2018.", False),
    ("I was promoted to head brewer in March 2018.", True),
    ("I have been head brewer since 2016.", True),
    ("I have been head brewer at Browar Nadodrze since 2018.", False),
    ("I became a brewer in 2014.", False),
    ("I took over as head brewer in 2017.", True),
    ("I was appointed head brewer at Browar Nadodrze in 2014.", True),
])
def test_a_roles_own_start_year(sentence, flagged):
    _assert(BREW, sentence, flagged)


# Japanese era dates with and without a Gregorian gloss: manager from 2020年4月 (6 y 8 m), staff from 2014年4月
JP_GLOSSED = ("山田 太郎 (YAMADA Taro)\n大阪府 · yamada@example.jp\n\n職歴 (Work history)\n令和2年4月 (2020年4月) – 現在\n"
              "株式会社みなと物流 (Minato Logistics K.K.) 倉庫管理者 (Warehouse Manager)\n\n"
              "平成26年4月 (2014年4月) – 令和2年3月 (2020年3月)\n株式会社みなと物流 倉庫スタッフ (Warehouse Staff)\n")
JP_BARE = ("山田 太郎 (YAMADA Taro)\n大阪府 · yamada@example.jp\n\n職歴\n"
           "株式会社みなと物流 (Minato Logistics K.K.)\n倉庫管理者 (Warehouse Manager) | 令和元年5月 – 現在\n"
           "倉庫スタッフ (Warehouse Staff) | H26年4月 – H31年4月\n")
# Taiwanese Minguo years: procurement manager from 民國108年3月 (2019-03, 7 y 9 m)
TW = ("王小明 (WANG Hsiao-ming)\n台中市 · wang@example.tw\n\n工作經歷\n精密機械股份有限公司 (Precision Machinery Co.)\n"
      "採購經理 (Procurement Manager) | 民國108年3月 – 至今\n採購專員 (Procurement Specialist) | 民國102年7月 – 民國108年2月\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (JP_GLOSSED, "I have been a warehouse manager for more than eight years.", True),
    (JP_GLOSSED, "I have been a warehouse manager for more than six years.", False),
    (JP_GLOSSED, "I have worked at Minato Logistics for more than fourteen years.", True),
    (JP_GLOSSED, "I have worked at Minato Logistics for more than twelve years.", False),
    (JP_BARE, "I have been a warehouse manager for more than nine years.", True),
    (JP_BARE, "I have been a warehouse manager for more than seven years.", False),
    (TW, "I have been a procurement manager for more than nine years.", True),
    (TW, "I have been a procurement manager for more than seven years.", False),
])
def test_durations_read_from_era_dated_histories(resume, sentence, flagged):
    _assert(resume, sentence, flagged)


@pytest.mark.parametrize("text,expected", [
    ("令和3年4月", "2021年4月"),
    ("令和元年5月", "2019年5月"),
    ("平成元年", "1989年"),
    ("平成29年4月 (2017年4月) – 令和3年3月 (2021年3月)", "2017年4月 – 2021年3月"),
    ("昭和63年3月", "1988年3月"),
    ("H29年4月", "2017年4月"),
    ("R3年", "2021年"),
    ("民國108年3月", "2019年3月"),
    ("民国102年", "2013年"),
    ("R2-D2 and H2O", "R2-D2 and H2O"),
    ("2019年4月 – 現在", "2019年4月 – 現在"),
])
def test_era_years_in_the_gregorian_calendar(text, expected):
    assert gregorian_eras(text) == expected
