"""A department named as the unit someone dealt with is not a skill (trial101 finding 1;
``careercopilot.normalize.skill_departments``).

Variant table across professions: on the code before this change 29 of the 31 UNIT rows claimed the skill
("shipping" and "legal" name no taxonomy skill either way); all 21 SKILL rows kept it before and after.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.skills import extract_skills

#: (text, skill that must not be claimed): the unit someone handed work to, heard from or talked with.
UNIT = [
    ("Log hours of service on Samsara ELD; flag HOS conflicts to dispatch and suggest re-plans.", "Dispatching"),
    ("Route planning, radio and phone dispatch communication", "Dispatching"),
    ("Called dispatch when a load was late.", "Dispatching"),
    ("Radioed dispatch about road closures.", "Dispatching"),
    ("Checked in with dispatch twice per shift.", "Dispatching"),
    ("Escalated disputed invoices to billing.", "Billing"),
    ("Handed off confirmed appointments to scheduling.", "Scheduling"),
    ("Worked with purchasing to source parts.", "Procurement"),
    ("Reported overtime hours to payroll.", "Payroll"),
    ("Forwarded candidate questions to HR.", "Human Resources"),
    ("Coordinated with marketing on the spring launch.", "Marketing"),
    ("Partnered closely with sales to close renewals.", "Sales"),
    ("Routed complaints to customer service.", "Customer Service"),
    ("Notified pharmacy of allergy changes.", "Pharmacy"),
    ("Paged radiology for stat reads.", "Radiology"),
    ("Called housekeeping for room turnover.", "Housekeeping"),
    ("Submitted timesheets to payroll and expense reports to accounting.", "Accounting"),
    ("Submitted timesheets to payroll and expense reports to accounting.", "Payroll"),
    ("Transferred callers to billing or scheduling.", "Scheduling"),
    ("Transferred callers to billing or scheduling.", "Billing"),
    ("Liaised with the recruiting team on offers.", "Recruiting"),
    ("Escalated outages to the dispatch desk.", "Dispatching"),
    ("Relayed driver ETAs to dispatch and customers.", "Dispatching"),
    ("Received route changes from dispatch.", "Dispatching"),
    ("Kept dispatch informed of delays.", "Dispatching"),
    ("Updated dispatch on ETAs.", "Dispatching"),
    ("Signed off by compliance before release.", "Compliance"),
    ("Reviewed by logistics before shipment.", "Logistics"),
    ("Sent damaged returns to shipping for relabel.", "Shipping"),
    ("Referred contract questions to legal.", "Legal"),
    ("Radioed the dispatcher when the trailer seal broke.", "Dispatching"),
]

#: (text, skill that must stay): the work itself.
SKILL = [
    ("Dispatching for a 40-truck fleet.", "Dispatching"),
    ("Dispatch 30 technicians daily using ServiceTitan.", "Dispatching"),
    ("Experience in customer service and dispatching.", "Dispatching"),
    ("Skills: dispatch, route planning, billing", "Dispatching"),
    ("Handled billing and scheduling for a dental office.", "Billing"),
    ("Processed payroll for 200 employees.", "Payroll"),
    ("Handled purchasing for three sites.", "Procurement"),
    ("Experience with billing and coding.", "Billing"),
    ("Experience working with billing and collections.", "Billing"),
    ("Worked in billing for 4 years.", "Billing"),
    ("Background in sales and marketing.", "Marketing"),
    ("Scheduling, billing, insurance verification", "Scheduling"),
    ("Led dispatch operations for 120 drivers.", "Dispatching"),
    ("Trained new hires in dispatch and load planning.", "Dispatching"),
    ("Moved from driving to dispatch in 2021.", "Dispatching"),
    ("Transferred to dispatch in 2021.", "Dispatching"),
    ("Knowledge of payroll and accounting.", "Accounting"),
    ("Will handle customer service, dispatching, and account management.", "Dispatching"),
    ("Demonstrates a consultative approach to sales.", "Sales"),
    ("Prepare reports summarizing findings from compliance reviews.", "Compliance"),
    ("Dispatcher, ABC Trucking, 2019-2021", "Dispatching"),
]


@pytest.mark.parametrize(("text", "skill"), UNIT)
def test_department_named_as_a_unit_is_no_skill(text: str, skill: str) -> None:
    assert skill not in extract_skills(text)


@pytest.mark.parametrize(("text", "skill"), SKILL)
def test_department_work_stays_a_skill(text: str, skill: str) -> None:
    assert skill in extract_skills(text)
