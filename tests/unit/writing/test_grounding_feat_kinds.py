"""Table of variants for feats of a kind the resume never mentions (session 25, ground62; written for this file):
patents and inventions, courses taught, talks given. A resume with no patent, no teaching and no talk backs none of
them ("I designed a socket liner that the clinic now holds a patent on", "I teach the master-craftsman preparation
course"); a resume that names one (a patent line, an instructor's role, trained new hires, a conference talk) backs
the sentence's paraphrase. "Curriculum Vitae", an "EDUCATION" heading, "Present" in a date range and "Professional"
back nothing. ``True``: the sentence must be flagged; ``False``: no flag at all.
:mod:`careercopilot.writing.grounding.feat_kinds`.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

PLAIN = ("CURRICULUM VITAE — Name Surname\nProfessional Boatbuilder\nRockland, ME · +1 555 010 0000 · name@example.com\n\n"
         "EXPERIENCE\nPenobscot Marine — Rockland, ME\nLead Boatwright | 2015 – Present\n"
         "• Built 21 wooden boats and restored 27\nBoatwright | 2009 – 2014\n\n"
         "EDUCATION\nCertificate, Wooden Boatbuilding, The Landing School, 2009\n")


def _with(line: str) -> str:
    return PLAIN + f"\nOTHER\n{line}\n"


ROWS = [
    (PLAIN, "I designed a transom knee that the yard now holds a patent on.", True),
    (PLAIN, "I hold two patents on steam-bending jigs.", True),
    (PLAIN, "I am the co-inventor of a planking clamp.", True),
    (PLAIN, "I invented a new scarf-joint jig.", True),
    (PLAIN, "I teach the boatbuilding preparation course at the school.", True),
    (PLAIN, "I taught a night class on boat joinery.", True),
    (PLAIN, "I lecture apprentices at the trade school.", True),
    (PLAIN, "I work as a guest lecturer at the school.", True),
    (PLAIN, "I gave a talk on steam bending at the boat show.", True),
    (PLAIN, "I spoke at the national boatbuilders' meeting.", True),
    (PLAIN, "I presented at the boatbuilders' meeting.", True),
    (PLAIN, "I taught myself lofting.", False),
    (PLAIN, "I built 21 wooden boats.", False),
    (_with("Patent: US 10,123,456 B2 — steam-bending jig (co-inventor)"), "I co-invented a steam-bending jig.", False),
    (_with("Instructor, Evening Boatbuilding Course, Rockland Adult Education, 2018 – 2020"),
     "I taught an evening boatbuilding course.", False),
    (_with("• Trained 6 apprentices in lofting and planking"), "I taught lofting classes to apprentices.", False),
    (_with("Presented \"Steam bending white oak\", WoodenBoat Show, 2019"),
     "I gave a talk on steam bending at the boat show.", False),
]


@pytest.mark.parametrize("resume,sentence,flagged", ROWS)
def test_a_feat_of_a_kind_the_resume_never_names_is_flagged(resume, sentence, flagged):
    flags = check(sentence, SourceFacts.from_texts(resume, today=TODAY))
    assert bool(flags) == flagged, flags
