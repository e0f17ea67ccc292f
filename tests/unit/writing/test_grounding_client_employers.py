"""Tables of variants for clients, agencies and partners named as the employer (ground97, issue 12; set 24's employer
misses: "I am a BNSF locomotive engineer" for a short line's «interchange with BNSF», "As a NOAA marine biologist" for a
nonprofit «under contracts with … NOAA», "I am a BLM engine captain" for «contract engines dispatched for the BLM»,
"As head brewer at Big Muddy Seltzer Co." for «Contract-brew … for Big Muddy Seltzer Co.»). People written for this
file: a Denver environmental field technician (federal and utility clients, a consulting client, an earlier travel
nursing agency with hospital assignments) and an Illinois short-line engineer (interchange partners, a subcontract to a
Class I railroad, a staffing agency's assignment).

Forms: the name before a title ("a USGS field technician", "As a Stanford Health Care ICU nurse"), its possessive
("As BNSF's locomotive engineer"), a title at / with it ("a signal maintainer at Norfolk Southern", "a field technician
with the USGS"), "my years with", "employed by", "during my time at". Supported paraphrases keep the relation: "for the
USGS under a task-order contract", "on contract to", "on assignment at", "as a subcontractor on", "interchange with",
"an Aya Healthcare travel nurse" (the agency is the employer), the real employer before a title.
(:mod:`careercopilot.writing.grounding.client_employers`, :mod:`.names`.)

``True``: the sentence must get a flag; ``False``: none. Old code (main 95de34c) got 14 of 47 rows wrong, all missed
flags (the name before a title; a title head outside the list: "maintainer").
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


TECHNICIAN = """RAFAEL T. OKONJO-BRANDT
Senior Field Technician — Environmental Monitoring
Denver, CO · rafael.ob@example.com · (303) 555-0199

EXPERIENCE
Front Range Environmental Services, LLC — Denver, CO
Senior Field Technician | April 2019 – Present
• Run groundwater sampling for the U.S. Geological Survey (USGS) under a 5-year task-order contract
• Client: Xcel Energy — monitor 14 ash-pond wells
• Field lead on contract to the Bureau of Reclamation for reservoir sediment surveys
Field Technician | June 2015 – March 2019
• Sampled soils for Suncor refinery remediation (consulting client)

Aya Healthcare — Denver, CO
Travel Registered Nurse | May 2011 – May 2015
• 13-week ICU assignments at Stanford Health Care, UCSF Medical Center and Kaiser Permanente Oakland

EDUCATION
B.S., Environmental Science, Colorado State University, 2011
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I am a USGS field technician based in Denver.", True),
    ("As a USGS field technician, I run groundwater sampling.", True),
    ("At Xcel Energy, I monitor 14 ash-pond wells.", True),
    ("I am an Xcel Energy field technician.", True),
    ("My years with the Bureau of Reclamation taught me sediment surveying.", True),
    ("As a senior field technician at Xcel Energy, I monitor 14 ash-pond wells.", True),
    ("I worked for Suncor as a field technician.", True),
    ("I have been employed by the USGS since 2019.", True),
    ("I am a Bureau of Reclamation field lead.", True),
    ("During my time at Suncor, I sampled soils for remediation.", True),
    ("As a Stanford Health Care ICU nurse, I cared for critically ill patients.", True),
    ("I was a registered nurse at UCSF Medical Center for four years.", True),
    ("I am a field technician with the USGS.", True),
    ("As a Suncor field technician, I sampled soils for remediation.", True),
    ("I run groundwater sampling for the USGS under a task-order contract.", False),
    ("I monitor 14 ash-pond wells for Xcel Energy, a client.", False),
    ("I lead field crews on contract to the Bureau of Reclamation.", False),
    ("As a Front Range Environmental field technician, I run groundwater sampling for the USGS.", False),
    ("I sampled soils for Suncor's refinery remediation.", False),
    ("I have taken 13-week ICU assignments at Stanford Health Care and UCSF Medical Center.", False),
    ("As an Aya Healthcare travel nurse, I took ICU assignments at Kaiser Permanente Oakland.", False),
    ("My clients include Xcel Energy and Suncor.", False),
    ("On assignment at Stanford Health Care, I cared for ICU patients.", False),
    ("I am a senior field technician with Front Range Environmental Services.", False),
    ("I monitor Xcel Energy's ash-pond wells as a contractor.", False),
    ("My USGS sampling work runs under a five-year task-order contract.", False),
])
def test_clients_and_agencies_of_a_contractor(sentence, flagged):
    found = _flags(TECHNICIAN, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


ENGINEER = """DESMOND A. KOWALCZYK-ADEYEMI
Locomotive Engineer — Short Line Freight
Peoria, IL · desmond.ka@example.com · (309) 555-0148

EXPERIENCE
Illinois Prairie Railroad (a Midwest Rail Holdings subsidiary) — Peoria, IL
Locomotive Engineer | June 2016 – Present
• Run unit grain trains on the 140-mile Peoria subdivision; interchange with BNSF and Union Pacific
• Handled track-warrant territory for Amtrak detours (2019)
Conductor | March 2012 – May 2016

Keystone Signal Contractors, Inc. — Galesburg, IL
Signal Maintainer (subcontract to Norfolk Southern) | 2009 – 2012
• Maintained grade-crossing signals as a subcontractor on Norfolk Southern's Illinois lines

Kelly Services (staffing agency) — Peoria, IL
Warehouse Associate, on assignment at Caterpillar Inc. | 2007 – 2009
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I am a BNSF locomotive engineer based in Peoria.", True),
    ("As a Union Pacific locomotive engineer, I run unit grain trains.", True),
    ("I worked as a signal maintainer at Norfolk Southern.", True),
    ("As a Norfolk Southern signal maintainer, I kept grade crossings working.", True),
    ("I am a locomotive engineer with BNSF.", True),
    ("As an Amtrak engineer, I handled track-warrant territory.", True),
    ("I was a Caterpillar warehouse associate for two years.", True),
    ("My years with Union Pacific taught me interchange work.", True),
    ("As BNSF's locomotive engineer on the Peoria subdivision, I run grain trains.", True),
    ("I spent three years as a Norfolk Southern signal maintainer.", True),
    ("I interchange unit grain trains with BNSF and Union Pacific.", False),
    ("I am a locomotive engineer with Illinois Prairie Railroad.", False),
    ("As a subcontractor on Norfolk Southern's lines, I maintained grade-crossing signals.", False),
    ("I worked on assignment at Caterpillar through Kelly Services.", False),
    ("As an Illinois Prairie Railroad locomotive engineer, I run unit grain trains.", False),
    ("I handled track-warrant territory for Amtrak detours in 2019.", False),
    ("I was a Keystone Signal Contractors signal maintainer from 2009 to 2012.", False),
    ("As a Kelly Services warehouse associate, I worked at Caterpillar.", False),
    ("I run unit grain trains that interchange with BNSF.", False),
    ("I am an Illinois locomotive engineer.", False),
    ("I loaded parts onto a Caterpillar loader on assignment.", False),
])
def test_partners_subcontracts_and_staffing_assignments(sentence, flagged):
    found = _flags(ENGINEER, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]
