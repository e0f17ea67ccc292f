"""Table of variants for credentials of a role — auditor, assessor, instructor, examiner, verifier under a scheme
(session 20, issue 12: set 16's "ISO 22000 lead auditor", "certified ASC auditor", "current flight instructor rating"
and set 15's lead assessor / third-party lead auditor; resumes written for this file). A claim is supported by a
resume line naming the role (in any of its languages or EASA initials), every scheme token and tier word of the claim,
no lapse for a current holding and no training alone for a certified one (:mod:`.credential_roles`).
``True``: the sentence must get a certification flag; ``False``: no flag at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)
HEAD = ("Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nQuality Foods S.A. — Rosario\n"
        "Quality Manager | 2018 – Present\n\nCERTIFICATIONS\n")


def _flags(lines: str, sentence: str) -> list[str]:
    return [f.kind for f in check(sentence, SourceFacts.from_texts(HEAD + lines, today=TODAY))]


@pytest.mark.parametrize("lines,sentence,flagged", [
    # an internal auditor (in the CV's language) claimed as a lead or third-party auditor
    ("• Auditora interna ISO 22000, 2020\n", "I am an ISO 22000 lead auditor.", True),
    ("• Auditeur interne IATF 16949, 2018\n", "I am a certified IATF 16949 third-party lead auditor.", True),
    ("• Auditor wewnętrzny ISO 9001, 2019\n", "I am a certified ISO 9001 lead auditor.", True),
    ("• Internal Auditor ISO 14001, 2019\n", "I am an ISO 14001 external auditor.", True),
    ("• Auditora interna ISO 22000, 2020\n", "I am a certified ISO 22000 internal auditor.", False),
    ("• Auditora Líder ISO 45001 (Bureau Veritas), 2021\n", "I am an ISO 45001 lead auditor.", False),
    ("• ISO 9001:2015 Lead Auditor (IRCA), 2022\n", "I am a certified ISO 9001 lead auditor.", False),
    ("• Auditeur de processus VDA 6.3 — certifié 2022\n", "I am a certified VDA 6.3 process auditor.", False),
    # another scheme, or another role of the same scheme
    ("• Lead Auditor ISO 9001, 2021\n", "I am an ISO 22000 lead auditor.", True),
    ("• ISO 15189:2012 Internal Auditor, 2021\n", "I am a certified ISO 15189 lead assessor.", True),
    ("• ISO 15189:2012 Assessor (PAB), 2021\n", "I am an ISO 15189 assessor.", False),
    # training alone is no certification of the person
    ("• Estándar ASC Salmón — capacitación (ASC Salmon Standard training)\n", "I am a certified ASC auditor.", True),
    ("• ASC auditor training course, 2022\n", "I am a certified ASC auditor.", True),
    ("• Formação de auditor interno RTRS, 2022\n", "I am a certified RTRS auditor.", True),
    ("• ASC Salmon Standard auditor — certified 2023\n", "I am a certified ASC auditor.", False),
    # instructor and examiner ratings: initials, lapses, the job that is no rating
    ("• FI(A) rating — lapsed 2015\n", "I hold a current flight instructor rating.", True),
    ("• FI(A) rating — expired 2019\n", "I hold a valid flight instructor rating.", True),
    ("• FI(A) rating, valid to 2027\n", "I hold a current flight instructor rating.", False),
    ("• TRI(A) A320, 2022\n", "I am a certified A320 type rating instructor.", False),
    ("• TRI(A) A320, 2022\n", "I am an A320 TRE examiner.", True),
    ("• Bobath course (basic), 2019\n", "I am a certified Bobath instructor.", True),
    ("• PADI Open Water Scuba Instructor certification, 2015 — lapsed 2020\n",
     "I hold a current PADI instructor certification.", True),
    ("• PADI Open Water Scuba Instructor certification, 2015\n", "I hold a current PADI instructor certification.", False),
    # items of a list: the scheme before "and" is another credential's
    ("• Endorsements: OJTI (since 2020), Assessor (since 2023)\n", "I hold both OJTI and assessor endorsements.", False),
])
def test_credential_of_a_role(lines, sentence, flagged):
    got = _flags(lines, sentence)
    assert ("certification" in got) is flagged and (flagged or got == []), got


def test_a_job_title_without_scheme_or_standing_is_the_title_checks():
    # "I was an auditor" names a job: no credential claim (the title check decides it)
    from careercopilot.writing.grounding.credential_roles import claims

    assert claims("I was an auditor at a Big Four firm.") == []
    assert claims("I worked as a driving instructor.") == []
    assert [c.role for c in claims("I am a certified driving instructor.")] == ["instructor"]
