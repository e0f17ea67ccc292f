"""Table of variants for tools of one product line and products the taxonomy names by their own name (session 30,
ground120; set 26's "I build the dashboards for our reports in Power BI" on a resume listing «Excel Power Query»).
Resumes and sentences written for this file (:mod:`careercopilot.writing.grounding.product_lines`).

``True``: the sentence must be flagged (kind ``tool``); ``False``: no flag. Old code (main 4f96153) got 6 of 17
check rows and 4 of 11 ``same_product`` rows wrong (every ``True`` check row passed: a shared first product word or
the canonical name of a product the taxonomy files the resume's tool under).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check
from careercopilot.writing.grounding import entities as ent

TODAY = date(2026, 12, 7)


def _resume(tools: str) -> str:
    return ("Name Surname\nCity · +00 000 000 · name@example.com\n\nEXPERIENCE\nNorthgate Holdings — Leeds\n"
            "Analyst | March 2019 – Present\n• Build the monthly reports for the finance team\n\n"
            f"TOOLS: {tools}\n")


@pytest.mark.parametrize("tools,sentence,flagged", [
    # a sibling of the resume's tool, or the product the taxonomy files it under
    ("Excel (Power Query, pivot tables), Tableau", "I publish the monthly dashboards in Power BI.", True),
    ("Power Query, Excel", "I model the ledger data in Microsoft Power BI.", True),
    ("Power Apps, SharePoint", "I automated the invoice approvals in Power Automate.", True),
    ("AutoCAD Civil 3D, Carlson Survey", "I draft the panel schedules in AutoCAD Electrical.", True),
    ("Amazon Aurora (MySQL), DynamoDB", "I tuned our Amazon RDS instances for the month-end load.", True),
    ("Excel Power Query, Alteryx", "I build the board pack in Power BI.", True),
    # the same product in another spelling or edition, or its line's name
    ("Microsoft Power BI, DAX", "I publish the monthly dashboards in Power BI.", False),
    ("PowerBI, Excel", "I publish the monthly dashboards in Power BI.", False),
    ("Power BI, Excel", "I publish the monthly dashboards in Microsoft Power BI.", False),
    ("AutoCAD Civil 3D", "I draft the grading plans in AutoCAD.", False),
    ("Excel Power Query, Alteryx", "I clean the source extracts in Power Query.", False),
    ("QuickBooks Online", "I keep the books in QuickBooks.", False),
    ("Office 365, Teams", "I administer Microsoft 365 for the office.", False),
    ("GA4, Looker Studio", "I report web traffic from Google Analytics.", False),
    ("Tableau Desktop, Excel", "I publish the monthly workbooks in Tableau.", False),
    ("Autodesk Revit, Navisworks", "I model the plant rooms in Revit.", False),
    ("Sage 50, Excel", "I close the month in Sage.", False),
])
def test_tools_of_one_line(tools, sentence, flagged):
    facts = SourceFacts.from_texts(_resume(tools), today=TODAY)
    flags = [f for f in check(sentence, facts) if f.kind == "tool"]
    assert bool(flags) is flagged, flags


@pytest.mark.parametrize("mention,resume,same", [
    ("power bi", "power query", False),
    ("power automate", "power apps", False),
    ("autocad electrical", "autocad civil 3d", False),
    ("epic willow", "epic beaker", False),
    ("tableau server", "tableau desktop", True),
    ("quickbooks desktop", "quickbooks online", True),
    ("revit 2024", "revit 2022", True),
    ("premiere", "premiere pro", True),
    ("power bi", "microsoft power bi", True),
    ("postgres", "postgresql", True),
    ("ms excel", "microsoft excel", True),
])
def test_same_product_of_one_line(mention, resume, same):
    assert ent.same_product(mention, resume) is same
