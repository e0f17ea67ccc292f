"""The offline writer's sentence frames around resume phrases (trial101 finding 4: "I used freight as CDL-A
Over-the-Road Driver", bullets pasted with their semicolons, "Route planning" capitalised mid-sentence).

Variant tables: TITLES (article before a title: old code wrote none, 6 of 6 rows), CLAUSES (a bullet's
semicolons: old code kept them, 3 of 4 rows — the one-clause row passes before and after), ITEMS (list items
mid-sentence: old code had no such step and kept "Route planning" in the letter), and the truck driver's letter (old code: "I used freight as
CDL-A …", "; flag HOS conflicts", ", Route planning,"). Every sentence is still read back by ``CITED_FORMS``.

Measured on the offline-writer sweep's 80 cover letters (seed 12): titles after "as" without an article 65 → 0,
letters with a bullet's semicolons inside a sentence 68 → 2 (both a credentials list), flags 0 → 0, format
failures 1 (short) → 1.
"""

from __future__ import annotations

import re

import pytest

from careercopilot.writing import phrasing
from careercopilot.writing.offline import WritingInput, cover_letter

TITLES = [("CDL-A Over-the-Road Driver", "a CDL-A"), ("RN at Mercy Hospital", "an RN"),
          ("Office Manager at Lakes Dental", "an Office Manager"), ("Unit Clerk", "a Unit Clerk"),
          ("HR Generalist", "an HR Generalist"), ("Underwriter at Bay Insurance", "an Underwriter")]


@pytest.mark.parametrize(("title", "starts"), TITLES)
def test_a_title_after_as_has_its_article(title: str, starts: str) -> None:
    sentence = phrasing.evidence_sentence(["Samsara"], title, "Logged hours of service on Samsara", 0)
    assert f" as {starts}" in sentence, sentence


CLAUSES = [
    ("Log hours of service on Samsara ELD; flag HOS conflicts to dispatch and suggest re-plans.",
     "log hours of service on Samsara ELD, flag HOS conflicts to dispatch and suggest re-plans"),
    ("Coordinate appointment times with shippers; resolve detention issues by phone.",
     "coordinate appointment times with shippers and resolve detention issues by phone"),
    ("Answer phones; greet visitors; file charts.", "answer phones, greet visitors and file charts"),
    ("Built a claims API in Python.", "built a claims API in Python"),
    # trial126: an "and" inside an earlier clause is no join of the last one
    ("Recovered and recharged refrigerant in compliance with EPA 608; kept refrigerant logs.",
     "recovered and recharged refrigerant in compliance with EPA 608 and kept refrigerant logs"),
    ("Train and ride along with 3 apprentice technicians; lead the summer emergency on-call rotation.",
     "train and ride along with 3 apprentice technicians and lead the summer emergency on-call rotation"),
    ("Assisted with change-outs, duct modifications and start-ups; learned brazing and evacuation.",
     "assisted with change-outs, duct modifications and start-ups, learned brazing and evacuation"),
    ("Run 5–7 service calls a day across Phoenix, Tempe and Mesa; 92% first-time fix rate.",
     "run 5–7 service calls a day across Phoenix, Tempe and Mesa, 92% first-time fix rate"),
]


@pytest.mark.parametrize(("bullet", "expected"), CLAUSES)
def test_a_bullets_clauses_join_as_one_sentence(bullet: str, expected: str) -> None:
    assert phrasing.first_person(bullet) == expected


@pytest.mark.parametrize(("item", "expected"), [("Route planning", "route planning"), ("Customer service", "customer service"),
                                                ("Microsoft Excel", "Microsoft Excel"), ("HOS compliance", "HOS compliance"),
                                                ("Google Maps/Trimble routing", "Google Maps/Trimble routing"),
                                                ("Scheduling", "Scheduling")])
def test_a_list_item_mid_sentence(item: str, expected: str) -> None:
    assert phrasing.mid_sentence(item) == expected


def test_a_skill_that_is_not_a_tool_is_not_used_and_is_still_cited() -> None:
    sentence = phrasing.evidence_sentence(["freight"], "CDL-A Over-the-Road Driver",
                                          "Drove 48-state OTR dry van and reefer freight", 0, tools=False)
    assert "used freight" not in sentence and "put freight" not in sentence
    assert [g for rx in phrasing.CITED_FORMS for g in re.findall(rx, sentence)] == ["freight"]


RESUME = """Dana Whitfield
Columbus, OH 43207 | (614) 555-0182 | dana.whitfield@example.com

Experience
CDL-A Regional Driver (Hazmat/Tanker) — Buckeye Freight Lines, Columbus, OH
March 2020 – Present
- Run regional routes across OH, IN, KY, PA and MI, averaging 2,300 miles per week with 98% on-time delivery.
- Haul hazmat and tanker loads (fuel and food-grade) under DOT and PHMSA rules; complete DOT pre-trip and post-trip inspections.
- Log hours of service on Samsara ELD; flag HOS conflicts to dispatch and suggest re-plans to keep loads on time.
- Trained 6 new drivers on ELD use, pre-trip inspections and customer check-in procedures.
CDL-A Over-the-Road Driver — Midwest Carriers Inc., Grove City, OH
June 2017 – February 2020
- Drove 48-state OTR dry van and reefer freight, about 110,000 miles per year, with a clean safety record.

Skills
Route planning, DOT hours-of-service compliance, Samsara ELD, McLeod, load planning, customer service, Microsoft Excel, radio and phone dispatch communication
"""
POSTING = ("Role DescriptionThe Broker/Agent will handle day-to-day brokerage operations, including customer service, "
           "dispatching, and account management. QualificationsBuilt a book of freight customers. Experience in "
           "Customer service and Dispatching. Experience with hours of service, hazmat and Microsoft Excel.")


def test_the_truck_drivers_letter_reads_as_prose() -> None:
    letter = cover_letter(WritingInput(RESUME, company="Tallgrass Freight Company", title="Freight Agent / Broker",
                                       posting_text=POSTING))
    assert not re.search(r"(?<!role) as CDL-A", letter), letter  # "my current role as …" needs none
    assert "I used freight" not in letter and "put dispatching" not in letter, letter
    assert "; flag HOS" not in letter and "; complete DOT" not in letter, letter
    assert ", Route planning" not in letter, letter
    assert len([g for rx in phrasing.CITED_FORMS for g in re.findall(rx, letter)]) >= 2, letter


def test_no_grounding_verdict_while_the_text_is_written() -> None:
    """trial101 finding 4: "Every fact is in your resume" showed above an empty box while streaming."""
    from careercopilot.pages import writing

    body = str(writing._body())
    assert writing.GROUNDING_PENDING in body
    assert body.index("doc-grounding-pending") < body.index("doc-no-flags")
