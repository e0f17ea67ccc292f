"""Soft qualities are no skills a letter cites as used (issue 12, newcomer trial F5): "I used detail-oriented at
Whetstone High School", "including … Detail-oriented, GLP". A trait of the taxonomy's soft skills (adjectives
"detail-oriented", "self-motivated", "dependable", "meticulous"; nouns "communication skills", "problem-solving")
is never named in an evidence sentence, the "posting asks for" list or the "Beyond these" list; the bullet may
still be quoted. Rows: trait phrasings of the issue-11 resumes and the newcomer's. Old code: 12 of 12 rows named
the trait."""

from __future__ import annotations

import re

import pytest

from careercopilot.writing.offline import WritingInput, cover_letter
from careercopilot.writing.phrasing import CITED_FORMS

BASE = """Dana Whitfield
Columbus, OH | dana@example.com

EXPERIENCE
Chemistry Teacher, Whetstone High School, Columbus, OH, 2015 - present
- {bullet}
- Ran UV-Vis and titration labs for 120 students each year
- Maintained the chemical inventory in Excel for 400+ reagents

Lab Assistant, Ohio State University, Columbus, OH, 2012 - 2015
- Operated HPLC instruments for undergraduate labs
- Recorded results in lab notebooks following GLP

SKILLS
Titration, HPLC, Excel, {trait}
"""
# (bullet, the trait as the resume writes it)
ROWS = [
    ("Detail-oriented grader of 150 lab reports per term", "detail-oriented"),
    ("Self-motivated learner who completed a 40-hour HPLC course", "self-motivated"),
    ("Dependable lead for the after-school science club", "dependable"),
    ("Meticulous record keeping for 400 reagents", "meticulous"),
    ("Strong communication skills with parents and staff", "communication skills"),
    ("Problem-solving for instrument faults during labs", "problem-solving"),
    ("Compassionate mentor to 12 first-year teachers", "compassionate"),
    ("Team player across the science department", "team player"),
    ("Adaptable to remote teaching in 2020", "adaptable"),
    ("Critical thinking taught through inquiry labs", "critical thinking"),
    ("Analytical approach to grading lab data", "analytical skills"),
    ("Time management of 5 class sections a day", "time management"),
]
POSTING = ("Requirements:\n- HPLC, titration, UV-Vis and Excel\n- GLP\n- Attention to detail, communication skills, "
           "problem-solving, teamwork, self-motivation, reliability, empathy, adaptability, critical thinking, analytical "
           "skills, time management\n")
TRAIT_WORDS = re.compile(r"(?i)detail|motivat|dependab|reliab|meticulous|communicat|problem|compassion|empath|team|"
                         r"adapt|critical|analytic|time management")


def _named(letter: str) -> list[str]:
    groups = [g for rx in CITED_FORMS for g in re.findall(rx, letter)]
    listed = re.findall(r"including ([^.]+)\.|hands-on work with ([^.,]+(?:, [^.,]+)*)", letter)
    return groups + [x for pair in listed for x in pair if x]


@pytest.mark.parametrize("bullet, trait", ROWS)
def test_trait_not_cited(bullet: str, trait: str) -> None:
    letter = cover_letter(WritingInput(BASE.format(bullet=bullet, trait=trait), company="Merck", title="QC Chemist",
                                       posting_text=POSTING))
    named = [n for n in _named(letter) if TRAIT_WORDS.search(n)]
    assert not named, (named, letter)
    assert len([g for rx in CITED_FORMS for g in re.findall(rx, letter)]) >= 3  # the hard skills are still cited
