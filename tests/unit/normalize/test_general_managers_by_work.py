"""A general manager is read by the work the resume describes (``person_occupation.GENERAL_MANAGER_CODES``).

O*NET files "General Manager", "Operations Manager" and "VP Operations" under 11-1021 General and Operations
Managers, which the families map to policy/program work; blind11 k13 (31 years in hotels, the last 12 as a hotel's
general manager) was read as a public-sector operations executive and its top ten held no hotel posting (nDCG@10
0.000). Like a program role (session 22), such a reading is now read from the resume's text by the rule a posting
whose title leaves its family open is read by. All 5 rows of ``GENERAL_MANAGERS`` read policy/program on the old
code. The control, an operations manager of a public programme office, stays policy/program. Limit: a resume that
names its industry's work in fewer than ``occupation_postings.DESCRIPTION_MIN_VOTES`` votes keeps the general
reading (a two-bullet hotel GM entry did)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.person_occupation import person_family, person_readings

GENERAL_MANAGERS = [
    ('hospitality', 'General Manager',
     'General Manager — Harbor Inn & Suites (112 rooms), Mobile, AL — 2016–present\n- Run rooms, front desk, housekeeping and a 60-cover restaurant; RevPAR up 14% against the comp set.\n- Oversee guest satisfaction scores, hotel budget and brand standards audits.\n- Hired and trained front desk agents, room attendants and the executive housekeeper; Opera PMS, group sales and banquets.\nAssistant General Manager — Bayview Hotel — 2011–2016\n- Front office manager duties, night audit, reservations and revenue management.'),
    ('hospitality', 'General Manager',
     'General Manager, Copper Kettle Restaurant — 2018–present\n- Run front and back of house for a 180-seat restaurant; food cost 31% to 28%.\n- Hire and schedule servers, cooks and dishwashers; ServSafe Manager.'),
    ('manufacturing', 'General Manager',
     'General Manager — Precision Castings plant, 240 employees — 2015–present\n- Plant P&L; production, quality, maintenance and EHS report to me.\n- Lean manufacturing, OEE from 61% to 78%; ISO 9001 and IATF 16949 audits.\n- Production scheduling, die casting and CNC machining cells, quality control and supply chain for automotive customers.\nPlant Manager — Ridgeway Foundry — 2009–2015\n- Led production supervisors, maintenance technicians and quality engineers; root cause analysis and kaizen events.'),
    ('logistics_supply_chain', 'Operations Manager',
     'Operations Manager — Midwest distribution center (420,000 sq ft) — 2017–present\n- Inbound, outbound, inventory control and transportation; 180 associates on three shifts.\n- WMS rollout (Manhattan); on-time shipping 94% to 99%; freight carriers and dock scheduling.'),
    ('sales', 'General Manager',
     'General Manager — Lakeside Toyota dealership — 2014–present\n- New and used vehicle sales, F&I and service departments; 95 staff.\n- Sales volume up 30%; CRM (VinSolutions); manufacturer sales targets met 9 of 10 years.\n- Coach sales managers and 30 sales consultants; pipeline reviews, lead generation, negotiation and closing.\nSales Manager — Lakeside Toyota — 2009–2014\n- Led a team of 12 sales consultants; quota attainment 112%; account management for fleet customers.'),
]

PUBLIC_PROGRAMME_OFFICE = (
    "Operations Manager — State Department of Human Services, Office of Policy and Programs — 2016–present\n"
    "- Run grants administration, program evaluation and legislative reporting for 14 public assistance programs.\n"
    "- Policy analysis, stakeholder engagement and compliance with federal rules; budget of $40M.\n"
    "Program Analyst — Department of Human Services — 2011–2016\n"
    "- Program evaluation, policy research and performance measures.")


@pytest.mark.parametrize("family,current,text", GENERAL_MANAGERS)
def test_a_general_manager_takes_the_family_of_the_work_described(family, current, text):
    assert person_family(person_readings([], current, text)) == family


def test_an_operations_manager_of_a_public_programme_office_stays_policy_work():
    assert person_family(person_readings([], "Operations Manager", PUBLIC_PROGRAMME_OFFICE)) == "policy_program"
