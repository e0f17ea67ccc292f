"""Table of variants for places a sentence names in their English form where the resume writes the local one
(session 20, ground21, after set 12's "in the Canaries" for "Canarias" and "in Hanoi" for "Hà Nội", flagged as
names missing from the resume; CVs written for this file).

Two forms: a one-word name the resume writes by syllable (Vietnamese "Đà Nẵng", "Hải Phòng": "Danang", "Haiphong"),
and a region's name in another language (ISO 3166-2 subdivision names and their translations in ``pycountry``:
"the Canaries" for "Canarias", "Silesia" for "Śląskie", "Bavaria" for "Bayern"), taken as written, not by a shared
opening (a near name such as "Phoenix College" for a resume in Phoenix stays a name to check).
``True``: the sentence must be flagged; ``False``: no flag.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)

VIETNAM = ("Trần Văn Minh\nĐà Nẵng · 0905 000 000 · minh@example.com\n\nKINH NGHIỆM\nKỹ sư (Engineer), Acme Việt Nam "
           "| tháng 3/2019 – nay\n• Dự án cảng Hải Phòng (Hai Phong port project)\n")
SPAIN = ("Lucía Pérez\nLas Palmas · +34 600 000 000 · lucia@example.com\n\nEXPERIENCIA\nPiloto, Binter Canarias | "
         "marzo 2019 – actualidad\n• Vuelos interinsulares en Canarias\n")
GERMANY = ("Max Huber\nMünchen · +49 170 0000000 · max@example.com\n\nBERUFSERFAHRUNG\nIngenieur, Acme GmbH | "
           "03/2019 – heute\n• Projekte in ganz Bayern\n")
ARIZONA = ("Dana Cole\nPhoenix, AZ · (602) 555-0100 · dana@example.com\n\nEXPERIENCE\nHVAC Technician, Desert Air | "
           "2019 – present\n\nEDUCATION\nAAS HVAC/R Technology, GateWay Community College, 2015\n")


@pytest.mark.parametrize("resume,sentence,flagged", [
    (VIETNAM, "I am an engineer based in Danang.", False),
    (VIETNAM, "I worked on the Haiphong port project.", False),
    (VIETNAM, "I worked on the Saigon port project.", True),
    (SPAIN, "I fly inter-island routes in the Canaries.", False),
    (SPAIN, "I fly inter-island routes in the Azores.", True),
    (GERMANY, "I run projects across Bavaria.", False),
    (GERMANY, "I run projects across Saxony.", True),
    (ARIZONA, "I completed my AAS in HVAC/R Technology at Phoenix College in 2015.", True),
])
def test_places_in_english_form(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    assert bool(check(sentence, facts)) is flagged
