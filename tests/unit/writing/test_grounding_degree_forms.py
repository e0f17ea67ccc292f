"""Table of variants for degree lines written with a parenthesis between the degree and its field
(written for this file; schools and fields of no blind set).

Resumes outside the US write a national abbreviation, an honours mark or the field in parentheses:
"Bachelor (Bc.) in Geodesy", "Master of Social Sciences (Public Policy)", "BSc (Hons) Zoology",
"Laurea Magistrale (MSc) in Chemical Engineering", "Diplom-Ingenieur (Dipl.-Ing.) in Civil Engineering",
"Bachelor of Commerce (Hons) in Economics". The field after the parenthesis is the degree's field, the
parenthesis itself is none; a sentence's honours words ("with upper second-class honours") are no field.
:mod:`careercopilot.writing.grounding.entities` (``DEGREE_RE``, :func:`resume_degree_keys`).
``True``: the sentence must get a flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

RESUME = """Lena Kowalczyk
Wroclaw, Poland | lena.kowalczyk@example.pl

EDUCATION
Master of Social Sciences (Public Policy), University of Wroclaw - 2016
Bachelor (Bc.) in Geodesy, Brno University of Technology - 2012
BSc (Hons) Zoology, University of Aberdeen - 2010, Upper Second Class
Laurea Magistrale (MSc) in Chemical Engineering, Politecnico di Torino - 2014
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I hold a master's in public policy from the University of Wroclaw.", False),
    ("I hold a master's in public health from the University of Wroclaw.", True),
    ("I have a bachelor's in geodesy from Brno University of Technology.", False),
    ("I have a bachelor's in surveying from Brno University of Technology.", True),
    ("I earned a BSc in zoology at the University of Aberdeen.", False),
    ("I earned a BSc in zoology with upper second-class honours.", False),
    ("I earned a BSc in marine ecology at the University of Aberdeen.", True),
    ("I hold a master's in chemical engineering from the Politecnico di Torino.", False),
    ("I hold a master's in mechanical engineering from the Politecnico di Torino.", True),
    ("I hold a PhD in chemical engineering.", True),
])
def test_degree_with_a_parenthesis_before_its_field(sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(RESUME, today=TODAY))
    assert bool(flags) is flagged, [(f.kind, f.text) for f in flags]
