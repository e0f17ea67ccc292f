"""Table of variants for credentials whose name the resume writes as one compound noun (session 20, ground21, after
set 15's "IPMA-D project management certification" for "IPMA-D Projectmanagement"; CVs and words written for this
file).

Dutch, German, Nordic and Finnish glue nouns together ("Projectmanagement", "Qualitätsmanagement",
"Arbeitssicherheit" has no English cognate). Two or three neighbouring words of a credential's name may be the parts
of one word of a resume line when each part is spelled alike (the same first four letters, at most two letters
longer: "qualität" for "quality"), with a linking "s" or "e" ("Qualitätssicherung").
:func:`careercopilot.writing.grounding.text.compound_covers`. ``True``: the sentence must be flagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding.text import compound_covers

TODAY = date(2026, 12, 3)

HEAD = "Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nEngineer, Acme Works | 2019 – present\n\nCERTIFICATES\n"


@pytest.mark.parametrize("line,sentence,flagged", [
    ("IPMA-C Projectmanagement, 2021", "I hold IPMA-C project management certification.", False),
    ("IPMA-C Projectmanagement, 2021", "I hold IPMA-B project management certification.", True),
    ("TÜV Qualitätsmanagement-Beauftragter (QMB), 2018", "I am a TÜV-certified quality management officer.", False),
    ("IPMA-C Projectmanagement, 2021", "I hold IPMA-C risk management certification.", True),
    ("Certificaat Procesmanagement (Lean), 2020", "I hold a certificate in process management.", False),
])
def test_credentials_written_as_compounds(line, sentence, flagged):
    facts = SourceFacts.from_texts(HEAD + line + "\n", today=TODAY)
    assert any(f.kind == "certification" for f in check(sentence, facts)) is flagged


@pytest.mark.parametrize("words,line,covered", [
    (["project", "management"], {"projectmanagement"}, True),
    (["quality", "management"], {"qualitätsmanagement"}, True),   # a linking "s"
    (["quality", "assurance"], {"qualitätssicherung"}, False),    # no shared spelling for the second part
    (["project", "manager"], {"projectmanagement"}, False),       # a part of another length
    (["risk", "management"], {"projectmanagement"}, False),
    (["data", "protection"], {"datenschutz"}, False),
    (["process", "management"], {"procesmanagement"}, True),
])
def test_compound_parts(words, line, covered):
    assert compound_covers(words, line) is covered
