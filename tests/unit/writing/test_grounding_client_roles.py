"""Tables of variants for customers, brands, national bodies and university faculties named as the employer (session 29,
ground109, issue 12; set 25's employer misses: "I run a longwall crew for Cleveland-Cliffs" for a coal «customer", "I
direct ski patrol operations for Mountain Rescue Service" for a mutual-aid «partner», "As chef d'atelier at Breguet" for a
service centre's «brand clients», "I lead the cupping lab at the Federación Nacional de Cafeteros" for «(FNC, partner)»,
"I work as an orthodontist at the İzmir Kâtip Çelebi University Faculty of Dentistry" for a clinic's «clinical partner»).
People written for this file: a contract manufacturer's production supervisor (pharma clients), an authorised car
dealer's service manager (brands), an outsourced service-desk lead (a customer), an agency account director (client
accounts), a nurse educator whose hospital partners with a university's school of nursing, and a Polish plant manager
(an ŁKS-style national body written with capitals outside ASCII).

Forms: a unit led at / for the name ("I run a fill-finish team for Pfizer", "I lead the service department at Lexus"),
a title of the resume's own header at the name ("As chef d'atelier at Breguet"), names opening with a capital outside
ASCII. Supported paraphrases keep the relation: the preposition the resume writes ("the service desk for Hartwell
Insurance"), work for a service client ("the account team for Nike"), the relation in the sentence ("for Pfizer, a
client"), work that is no unit led ("fill-finish batches for Pfizer"). (:mod:`careercopilot.writing.grounding.client_employers`.)

``True``: the sentence must get a flag; ``False``: none. Old code (main a212c0b) got 9 of 30 rows wrong, all missed
flags (units led at or for the name; the resume's header titles; brand and partner relations after a list).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 3)


def _flags(resume: str, sentence: str) -> list:
    return check(sentence, SourceFacts.from_texts(resume, today=TODAY))


CDMO = """MARISOL T. ABERNATHY
Production Supervisor — Sterile Fill-Finish
Durham, NC · marisol.a@example.com · (919) 555-0148

EXPERIENCE
Northbridge Biologics, Inc. — Durham, NC (contract manufacturer; clients: Pfizer, Moderna)
Production Supervisor, Fill-Finish | March 2019 – Present
• Lead a 22-person fill-finish team; release about 180 batches a year for Pfizer and Moderna
• Shipped vials to McKesson (distribution customer) under cold-chain rules
Production Technician | June 2014 – February 2019

EDUCATION
B.S., Biology, North Carolina State University, 2014
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("As a production supervisor at Pfizer, I lead a fill-finish team.", True),
    ("I lead the fill-finish team at Moderna.", True),
    ("I supervise a fill-finish crew at Pfizer.", True),
    ("I run the cold-chain shipping team for McKesson.", True),
    ("I manage the fill-finish department at McKesson.", True),
    ("I lead a fill-finish team that releases batches for Pfizer and Moderna.", False),
    ("I release about 180 batches a year for Pfizer and Moderna.", False),
    ("I lead the fill-finish team at Northbridge Biologics.", False),
    ("I lead a fill-finish team for Pfizer, a client of Northbridge Biologics.", False),
    ("I ship vials to McKesson under cold-chain rules.", False),
])
def test_contract_manufacturer(sentence, flagged):
    found = _flags(CDMO, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


DEALER = """GRANT O. MBEKI-HALVORSEN
Service Manager — Automotive Dealership
Spokane, WA · grant.mh@example.com · (509) 555-0172

EXPERIENCE
Summit Motors Group — Spokane, WA (authorised dealer for Toyota and Lexus, brand partners)
Service Manager | April 2017 – Present
• Run a 31-technician service department; customer satisfaction up from 84% to 93%
• Toyota Certified Service Manager (brand), 2018
Service Advisor | May 2012 – March 2017

Kestrel IT Services — Spokane, WA
Service Desk Lead | January 2009 – April 2012
• Led the outsourced service desk for Hartwell Insurance (customer), 14 analysts
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("As service manager at Lexus, I run a 31-technician department.", True),
    ("I run the service department at Lexus.", True),
    ("As a service desk lead at Hartwell Insurance, I led 14 analysts.", True),
    ("I led the service desk at Hartwell Insurance.", True),
    ("I led the outsourced service desk for Hartwell Insurance.", False),
    ("I run the Toyota and Lexus service department at Summit Motors Group.", False),
    ("I am a Toyota Certified Service Manager.", False),
    ("As service manager at Summit Motors Group, an authorised Toyota dealer, I run 31 technicians.", False),
    ("I led a 14-analyst service desk at Kestrel IT Services.", False),
])
def test_brands_and_outsourced_customers(sentence, flagged):
    found = _flags(DEALER, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


AGENCY = """PRIYA N. OKORO-LINDQVIST
Account Director — Brand Campaigns
Portland, OR · priya.ol@example.com · (503) 555-0133

EXPERIENCE
Brightline Creative — Portland, OR
Account Director | February 2020 – Present
• Lead the Nike and Gatorade accounts (clients); 9-person account team
• Partnered with Oregon State University (research partner) on a shopper study
Account Manager | June 2015 – January 2020
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("As account director at Nike, I lead a nine-person team.", True),
    ("I lead the account team at Gatorade.", True),
    ("I run the research lab at Oregon State University.", True),
    ("I lead the nine-person account team for Nike.", False),
    ("I lead the Nike and Gatorade accounts at Brightline Creative.", False),
    ("I partnered with Oregon State University on a shopper study.", False),
])
def test_agency_clients_and_research_partners(sentence, flagged):
    found = _flags(AGENCY, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]


EDUCATOR = """HELENA W. DRZEWIECKA-ASANTE
Clinical Nurse Educator — Critical Care
Łódź, Poland · helena.da@example.com · +48 600 555 014

EXPERIENCE
Szpital Wojewódzki im. Kopernika — Łódź (clinical partner: Uniwersytet Medyczny w Łodzi, Wydział Nauk o Zdrowiu)
Clinical Nurse Educator (Pielęgniarka edukacyjna) | 09/2018 – obecnie
• Supervise 12 nursing students a semester on placement from Uniwersytet Medyczny w Łodzi
• Coordinate ICU training with Polskie Towarzystwo Pielęgniarek Anestezjologicznych (national partner)
Staff Nurse, ICU | 10/2010 – 08/2018

EDUCATION
Magister pielęgniarstwa, Uniwersytet Jagielloński, Kraków, 2010
"""


@pytest.mark.parametrize("sentence,flagged", [
    ("I work as a clinical nurse educator at Uniwersytet Medyczny w Łodzi.", True),
    ("I lead the ICU training programme for Polskie Towarzystwo Pielęgniarek Anestezjologicznych.", True),
    ("I supervise nursing students on placement from Uniwersytet Medyczny w Łodzi.", False),
    ("I coordinate ICU training with Polskie Towarzystwo Pielęgniarek Anestezjologicznych.", False),
    ("As a clinical nurse educator at Szpital Wojewódzki im. Kopernika, I supervise 12 students.", False),
])
def test_university_faculties_and_national_bodies(sentence, flagged):
    found = _flags(EDUCATOR, sentence)
    assert bool(found) is flagged, [(f.kind, f.text) for f in found]
