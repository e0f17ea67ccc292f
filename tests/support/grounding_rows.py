"""Shared parts of the grounding checker's variant-table tests (tests/unit/writing/test_grounding_*.py).

``TODAY`` is the blind curators' "present" (December 2026); ``HEAD`` a neutral resume heading block to which a table's
resume adds its jobs; :func:`flag_kinds` the kinds of flag the checker raises on a sentence against a resume;
:func:`assert_flag` a table row: ``flagged`` True — a flag of ``kind`` must be raised; False — no flag at all.
"""

from __future__ import annotations

from datetime import date

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\n"


def flag_kinds(resume: str, sentence: str) -> list[str]:
    """The kinds of the checker's flags on ``sentence`` against ``resume`` (in the checker's order)."""
    return [f.kind for f in check(sentence, SourceFacts.from_texts(resume, today=TODAY))]


def assert_flag(resume: str, sentence: str, kind: str, flagged: bool) -> None:
    """One table row: a flag of ``kind`` when ``flagged``, else no flag of any kind."""
    kinds = flag_kinds(resume, sentence)
    assert (kind in kinds) is flagged and (flagged or kinds == []), kinds
