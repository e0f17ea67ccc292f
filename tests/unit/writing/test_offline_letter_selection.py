"""Issue 12 (trial126, finding 3): the offline letter quotes the current role's quantified, posting-relevant bullets
before older roles' (:func:`careercopilot.writing.offline._cited_rank`), reads spoken languages as no credential
(:func:`careercopilot.writing.resume_facts.credential_lines`) and keeps a credential the posting asks for."""

from __future__ import annotations

import pytest

from careercopilot.writing.offline import WritingInput, cover_letter
from careercopilot.writing.resume_facts import credential_lines

#: (a line of a certifications/education section, a credential?)
LINES = [
    ("Bilingual: English / Spanish (fluent)", False),
    ("Languages: Spanish (native), English (fluent)", False),
    ("Fluent in Vietnamese and English", False),
    ("Trilingual — English, French, Arabic", False),
    ("Conversational Spanish", False),
    ("Native Tagalog speaker", False),
    ("DELE C1 Spanish — Instituto Cervantes (2021)", True),
    ("TOEFL iBT 112 (2019)", True),
    ("Certified Medical Interpreter (Spanish) — CCHI (2022)", True),
    ("EPA Section 608 Universal Certification (2016)", True),
]


@pytest.mark.parametrize(("line", "credential"), LINES)
def test_spoken_languages_are_no_credential(line, credential):
    text = f"Jane Roe\nEXPERIENCE\nTechnician — Acme Services, 2019 – Present\n- Ran 5 calls a day.\n" \
           f"LICENSES & CERTIFICATIONS\nOSHA 30-Hour Construction Outreach (2021)\n{line}\n"
    assert (line in credential_lines(text)) is credential, credential_lines(text)


ROSA = """ROSA M. DELGADO
Phoenix, AZ 85033 • (602) 555-0147 • rosa.delgado.hvac@gmail.com
LICENSES & CERTIFICATIONS
EPA Section 608 Universal Certification — Cert. No. 1620-3347-Z (2016)
NATE Certified — Air Conditioning & Heat Pump Service, ID 48213907 (exp. 03/2027)
OSHA 30-Hour Construction Outreach — Card No. 36-004412877 (2021)
PROFESSIONAL EXPERIENCE
Senior HVAC Service Technician — Sunbelt Comfort Services
Phoenix, AZ | March 2019 – Present
• Run 5–7 service calls a day on residential and light-commercial systems; 92% first-time fix rate.
• Service 40+ light-commercial accounts under preventive maintenance agreements.
• Troubleshoot packaged RTUs up to 25 tons: compressors, economizers, gas valves and 3-phase motors.
• Train and ride along with 3 apprentice technicians; lead the summer emergency on-call rotation.
HVAC Service Technician — Valley Breeze Heating & Cooling
Mesa, AZ | June 2017 – February 2019
• Installed and serviced split systems and heat pumps; performed seasonal tune-ups on 600+ units a year.
• Recovered and recharged refrigerant in compliance with EPA 608; kept refrigerant logs.
• Performed preventive maintenance and troubleshooting on rooftop units.
EDUCATION & TRAINING
HVAC/R Technician Certificate — GateWay Community College, Phoenix, AZ (2015)
Bilingual: English / Spanish (fluent)
"""
POSTING = """Building Engineer
Responsibilities:
- Perform preventive maintenance on HVAC equipment and rooftop units
- Troubleshoot controls and mechanical systems
Requirements:
- EPA 608 Universal certification required; NATE certification preferred
- OSHA 10 or 30
"""


@pytest.fixture(scope="module")
def letter() -> str:
    return cover_letter(WritingInput(resume_text=ROSA, company="", title="Building Engineer", posting_text=POSTING,
                                     name="Rosa M. Delgado", length="long"))


def test_the_current_roles_figures_come_first(letter):
    body = letter.split("\n\n", 2)[2]  # after the greeting and the opening paragraph
    current = min(body.find(x) for x in ("40+", "25 tons") if x in body)
    older = body.find("Valley Breeze")
    assert current >= 0 and (older < 0 or current < older), letter


@pytest.mark.parametrize("expected", ["NATE Certified", "40+", "25 tons"])
def test_the_letter_names(letter, expected):
    assert expected in letter, letter


@pytest.mark.parametrize("unexpected", ["Bilingual", "among my credentials (", "EPA 608, kept"])
def test_the_letter_never_says(letter, unexpected):
    assert unexpected not in letter, letter
