"""Tables of variants for the kinds of miss blind set 23 showed (ground87, issue 12; people, employers and units
written for this file in the wording of real CVs and letters: a US poultry sanitation supervisor, a UK oncology
pharmacist, a New Zealand head greenkeeper, a Spanish dialysis charge nurse). Each kind's variety, with the
supported paraphrases of the same shape that must stay unflagged:

* **Reach over an employer's units** (:mod:`.totality`): "all three of the company's plants", "every one of the
  region's five hatcheries", "both of the company's rendering sites", "all of the region's hatcheries" — whatever the
  verb ("I write the schedules for all …") and over several teams or crews too; backed by a line stating the whole
  ("all 6 evisceration lines"), never by a part of it ("1 of the company's 3 plants", "one of the company's 4 crews").
* **Titles claimed through the employer** (:data:`.entities.ROLE_TITLE_RE`): "As the hospital's chief pharmacist",
  "In my role as the hospital's …", "As the unit's QA/QC manager" — the title must be the user's there.
* **Durations and starts of one role** (:mod:`.durations`, :mod:`.lead_spans`, :mod:`.role_starts`): "head
  greenkeeper on the championship links for more than nine years", "head greenkeeper since May 2014" (the assistant
  head's start), "head nurse in the dialysis unit for more than eight years" for "Enfermera Jefe | 03/2020 – actualidad" — measured on
  that role's own lines (December 2026 is the present), not the career or the stay at the employer.

``True``: the sentence must get a flag; ``False``: none. Old code (main f1e1e5f) got 19 of 48 rows wrong, all of them
missed flags: unit reach 7 of 15, titles 6 of 15, role durations and starts 6 of 18.
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


POULTRY = """MARISOL ANDRADE-WHITCOMBE
Sanitation Supervisor — Poultry Processing
Gainesville, GA · marisol.aw@example.com · (770) 555-0187

EXPERIENCE
Chattahoochee Poultry Co. — Gainesville, GA
Sanitation Supervisor | March 2019 – Present
• Supervise the night sanitation crew at the Oakwood plant (1 of the company's 3 plants)
• Manage one of the company's 4 sanitation crews (14 workers)
• Audit 2 of the region's 5 hatcheries for biosecurity
• Cover the Oakwood rendering site (1 of 2 rendering sites)
• Rolled out ATP swab testing to all 6 evisceration lines at the Oakwood plant
• Trained the leads of every one of the plant's 9 processing rooms
Sanitation Lead | June 2014 – February 2019

EDUCATION
A.S., Food Science Technology, Lanier Technical College, 2014
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I supervise sanitation at all three of the company's plants.", True),
    ("I manage all four of the company's sanitation crews.", True),
    ("I audit every one of the region's five hatcheries.", True),
    ("I oversee biosecurity at all of the region's hatcheries.", True),
    ("I write the sanitation schedules for all three of the company's plants.", True),
    ("I cover both of the company's rendering sites.", True),
    ("I run night sanitation in all 3 of the company's plants.", True),
    ("I train the crews of all four of our sanitation teams.", True),
    # supported: the whole the resume states, or the part it names
    ("I rolled out ATP swab testing to all six evisceration lines at the Oakwood plant.", False),
    ("I rolled out ATP swab testing to all six of the Oakwood plant's evisceration lines.", False),
    ("I trained the leads of every one of the plant's nine processing rooms.", False),
    ("I supervise the night sanitation crew at one of the company's three plants.", False),
    ("I manage one of the company's four sanitation crews.", False),
    ("I audit two of the region's five hatcheries for biosecurity.", False),
    ("I am qualified to clean both the scalder and the plucker.", False),
])
def test_reach_over_an_employers_units(sentence, flagged):
    assert bool(_flags(POULTRY, sentence)) is flagged, [(f.kind, f.text) for f in _flags(POULTRY, sentence)]


PHARMACIST = """TOBIAS FAIRWEATHER-NKEMELU
Clinical Pharmacist — Oncology
Leeds, UK · tobias.fn@example.co.uk · +44 7700 900412

EXPERIENCE
St Aidan's Teaching Hospital (part of Pennine Health Partners since 2022) — Leeds
Lead Oncology Pharmacist | April 2021 – Present
• Verify about 90 chemotherapy prescriptions a day
• Supervise 4 pharmacy technicians in the aseptic unit
Rotational Pharmacist | September 2016 – March 2021
Boots — Harrogate
Pre-registration Pharmacist | July 2015 – August 2016

EDUCATION
MPharm, University of Bradford, 2015

CERTIFICATIONS
• GPhC registered pharmacist, 2016
• Independent Prescriber, 2020
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("As the hospital's chief pharmacist, I verify chemotherapy prescriptions.", True),
    ("In my role as the hospital's pharmacy manager, I supervise four technicians.", True),
    ("As the unit's QA/QC manager, I audit the aseptic unit.", True),
    ("As the hospital's aseptic services manager, I supervise 4 pharmacy technicians.", True),
    ("As our trust's head pharmacist, I verify chemotherapy prescriptions.", True),
    ("Serving as St Aidan's pharmacy director, I run the aseptic unit.", True),
    ("As the hospital's consultant pharmacist, I verify chemotherapy prescriptions.", True),
    ("I am a partner pharmacist at St Aidan's Teaching Hospital.", True),
    # supported: the title held there, a rank dropped, or a title the resume gives
    ("As the hospital's lead oncology pharmacist, I verify about 90 chemotherapy prescriptions a day.", False),
    ("As the hospital's oncology pharmacist, I verify chemotherapy prescriptions.", False),
    ("In my role as the hospital's lead oncology pharmacist, I supervise four pharmacy technicians.", False),
    ("As a rotational pharmacist at St Aidan's Teaching Hospital, I rotated through oncology and surgery.", False),
    ("As the team's pharmacist, I verify chemotherapy prescriptions.", False),
    ("I am an oncology pharmacist at St Aidan's Teaching Hospital.", False),
    ("I was a rotational pharmacist at St Aidan's Teaching Hospital.", False),
])
def test_titles_claimed_through_the_employer(sentence, flagged):
    assert bool(_flags(PHARMACIST, sentence)) is flagged, [(f.kind, f.text) for f in _flags(PHARMACIST, sentence)]


GREENKEEPER = """RANGI WHITMORE-CASTELLANOS
Head Greenkeeper — Links Golf
Napier, New Zealand · rangi.wc@example.nz · +64 21 555 0198

EXPERIENCE
Cape Kidnappers Links Trust — Hawke's Bay
Head Greenkeeper | March 2019 – Present
• Lead a crew of 9 greenkeepers on the 18-hole championship links
Assistant Head Greenkeeper | May 2014 – February 2019
Greenkeeper | January 2009 – April 2014
Napier Golf Club — Napier
Apprentice Greenkeeper | February 2006 – December 2008

EDUCATION
New Zealand Certificate in Sports Turf (Level 4), 2008
"""

NURSE = """LUCÍA FERREIRA MONTALBÁN
Enfermera Jefe — Unidad de Diálisis
Valladolid, España · lucia.fm@example.es · +34 612 555 019

EXPERIENCIA
Hospital Universitario Río Hortega — Valladolid
Enfermera Jefe, Unidad de Diálisis | 03/2020 – actualidad
• Coordino 11 enfermeras en la unidad de diálisis (1 de las 2 unidades del hospital)
Enfermera | 09/2008 – 02/2020
Residencial Los Almendros — Valladolid
Enfermera | 06/2006 – 08/2008

FORMACIÓN
Grado en Enfermería, Universidad de Valladolid, 2006
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (GREENKEEPER, "I have been head greenkeeper on the championship links for more than nine years.", True),
    (GREENKEEPER, "I have been head greenkeeper at the links for more than nine years.", True),
    (GREENKEEPER, "I have been head greenkeeper since May 2014.", True),
    (GREENKEEPER, "I have been head greenkeeper since 2014.", True),
    (GREENKEEPER, "I was promoted to head greenkeeper in 2014.", True),
    (GREENKEEPER, "I have been the trust's head greenkeeper for more than nine years.", True),
    (NURSE, "I have coordinated the dialysis unit's nurses for more than eight years.", True),
    (NURSE, "I have been a head nurse for more than eight years.", True),
    (NURSE, "I have been head nurse in the dialysis unit for more than eight years.", True),
    # supported: the role's own dates, or the whole career for the plain profession
    (GREENKEEPER, "I have been head greenkeeper on the championship links for more than seven years.", False),
    (GREENKEEPER, "I have been head greenkeeper since March 2019.", False),
    (GREENKEEPER, "I was promoted to head greenkeeper in 2019.", False),
    (GREENKEEPER, "I have worked as a greenkeeper for more than seventeen years.", False),
    (GREENKEEPER, "I have led the greenkeeping crew for more than seven years.", False),
    (NURSE, "I have coordinated the dialysis unit's nurses for more than six years.", False),
    (NURSE, "I have been a head nurse for more than six years.", False),
    (NURSE, "I have been head nurse in the dialysis unit for more than six years.", False),
    (NURSE, "I have been a nurse for more than twenty years.", False),
])
def test_durations_and_starts_of_one_role(resume, sentence, flagged):
    assert bool(_flags(resume, sentence)) is flagged, [(f.kind, f.text) for f in _flags(resume, sentence)]
