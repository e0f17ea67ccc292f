"""A name followed by post-nominal letters is a name, not a place (trial126 leftover: "Maria Gonzalez,
RN" lost her name; "John Smith, MD" pre-filled the location "John Smith, MD").

On the code before ``normalize.post_nominals`` (session 31) 9 of the 24 header rows below failed: a name
with one credential whose letters fit the place shape lost the name (read as a place line), and where the
letters are also a region or country code (MD, PA, PE, DO, NP, MA, MS) the name became the location.
"""

import pytest

from careercopilot.normalize.post_nominals import is_post_nominal, name_with_post_nominals
from careercopilot.normalize.resume_fields import parse_resume_fields

BODY = ("\n{contact}\n\nEXPERIENCE\nStaff Nurse, General Hospital   2019 - present\n- cared for 5 patients a shift\n")

# (first header line, contact line, expected name, expected location)
ROWS = [
    ("Maria Gonzalez, RN", "maria@example.com | 555-0101", "Maria Gonzalez", None),
    ("Maria Gonzalez, RN, BSN", "Austin, TX 78701 | maria@example.com", "Maria Gonzalez", "Austin, TX"),
    ("MARIA GONZALEZ, RN, BSN", "maria@example.com", "Maria Gonzalez", None),
    ("John Smith, MD", "john@example.com | 555-0102", "John Smith", None),
    ("John Smith, MD", "Baltimore, MD | john@example.com", "John Smith", "Baltimore, MD"),
    ("Tom Reed, PA-C", "tom@example.com", "Tom Reed", None),
    ("Tom Reed, PA", "Erie, PA · 555-0103", "Tom Reed", "Erie, PA"),
    ("Amy Lee, NP", "amy@example.com", "Amy Lee", None),
    ("Sam Park, DO", "sam@example.com", "Sam Park", None),
    ("Priya Shah, P.E.", "priya@example.com", "Priya Shah", None),
    ("Priya Shah, PE", "Charlottetown, PE | priya@example.com", "Priya Shah", "Charlottetown, PE"),
    ("Ana Ruiz, CPA, CFE", "ana@example.com", "Ana Ruiz", None),
    ("Lena Ortiz, Ph.D.", "lena@example.com", "Lena Ortiz", None),
    ("Dana White, MA", "dana@example.com", "Dana White", None),
    ("Dana White, MS", "Springfield, MA | dana@example.com", "Dana White", "Springfield, MA"),
    ("Chris Hall, MT (ASCP)", "chris@example.com", "Chris Hall", None),  # the body in parentheses
    ("Rosa Diaz, LCSW", "rosa@example.com", "Rosa Diaz", None),
    ("Kim Ng, OTR/L", "kim@example.com", "Kim Ng", None),
    # places stay places
    ("JANE DOE", "Glen Burnie, MD · 555-0104", "Jane Doe", "Glen Burnie, MD"),
    ("JANE DOE", "West Allis, WI · 414-555-0105", "Jane Doe", "West Allis, WI"),
    ("JANE DOE", "Ellicott City, MD 21043", "Jane Doe", "Ellicott City, MD"),
    ("JANE DOE", "Helena, MT | jane@example.com", "Jane Doe", "Helena, MT"),
    ("JANE DOE", "Jackson, MS | jane@example.com", "Jane Doe", "Jackson, MS"),
    ("JANE DOE", "Lagos, Nigeria | jane@example.com", "Jane Doe", "Lagos, Nigeria"),
]


@pytest.mark.parametrize("first, contact, name, location", ROWS)
def test_name_and_place_of_a_header(first, contact, name, location):
    fields = parse_resume_fields(first + BODY.format(contact=contact))
    assert (fields.name, fields.location) == (name, location)


@pytest.mark.parametrize("segment, expected", [
    ("John Smith, MD", True), ("Glen Burnie, MD", False), ("Tom Reed, PA", True), ("Erie, PA", False),
    ("Maria Gonzalez, RN, BSN", True), ("Austin, TX", False), ("Ana Ruiz, CPA", True), ("Ana Ruiz", False),
    ("Sam Park, DO", True), ("Santo Domingo, DO", False),
])
def test_name_with_post_nominals(segment, expected):
    assert name_with_post_nominals(segment) is expected


def test_post_nominal_forms():
    assert all(is_post_nominal(t) for t in ("RN", "P.E.", "Ph.D.", "PA-C", "OTR/L", "Esq."))
    assert not any(is_post_nominal(t) for t in ("TX", "Nigeria", "Manager", ""))
