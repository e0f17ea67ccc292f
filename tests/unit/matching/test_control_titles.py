""""Control" and "Quality" across fields (issue 11, trial fam71): a chemistry teacher (9 years, Chemical Hygiene
Officer) targeting "QC Chemist" and "Lab Analyst" saw Westat's "Senior Project Control Analyst" first as "your
field" (read as Chemical Technicians), a cGMP lab's "Quality Control Specialist" at 3 as "another field"
(Industrial Engineering Technologists), and "Title fit 85 %" beside a ✗ title row.

Tables: the subject of a "<subject> control(s)" title names the field (``normalize.occupation_controls``); a
quality-control title's lab or plant is read from its duties; a career changer's target occupation outranks
postings of neither her current nor her target occupation (real issue-11 postings); the title row and the
title-fit component tell one story (``explanations``, ``explanation_consistency``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.normalize.occupation_postings import read_posting_occupation
from careercopilot.normalize.occupations import infer_occupation
from careercopilot.services import matching
from careercopilot.services.matching.profile import read_person

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(("title", "family"), [
    ("Senior Project Control Analyst", "policy_program"),      # issue-11 posting li-3903445689 (Westat)
    ("Project Controls Analyst", "policy_program"),
    ("Project Control Specialist", "policy_program"),          # was Control and Valve Installers
    ("Project Controls Engineer", "policy_program"),           # was Electrical Engineers
    ("Manager, Project Controls", "policy_program"),
    ("Project Controls Lead II", "policy_program"),
    ("Schedule Control Analyst", "policy_program"),
    ("Program Control Analyst", "policy_program"),
    ("Cost & Schedule Controls Specialist", "policy_program"),
    ("Cost Control Analyst", "finance_accounting"),
    ("Budget Control Analyst", "finance_accounting"),
    ("Credit Control Analyst", "finance_accounting"),
    # the other "control" fields keep their readings
    ("Quality Control Analyst", "science_lab"),
    ("QC Chemist", "science_lab"),
    ("Lab Analyst", "science_lab"),
    ("Quality Control Inspector", "manufacturing"),
    ("Inventory Control Analyst", "logistics_supply_chain"),
    ("Infection Control Nurse", "nursing"),
])
def test_control_subject_names_the_field(title, family):
    assert infer_occupation(title).family == family


LAB_QC = ("Support our cGMP manufacturing with environmental monitoring and quality data review. Review contract "
          "test lab data, Out of Specification (OOS) investigations and deviations. Revise SOPs and Certificates of "
          "Analysis (CoA). Minimum 1+ years in a GMP environment or QC test lab.")
LAB_QC_2 = ("Perform HPLC and wet chemistry testing of raw materials and finished product per USP monographs; "
            "run stability testing; document results in the laboratory notebook; support OOS investigations.")
LAB_QC_3 = ("Microbiology laboratory: environmental monitoring of cleanrooms, endotoxin and bioburden assays, "
            "review of laboratory data under cGMP.")
PLANT_QC = ("Inspect machined parts on the production line against blueprints using calipers, micrometers and "
            "gauges; perform first article and dimensional inspection; report weld defects.")
PLANT_QC_2 = ("Conduct visual inspections of fabricated assemblies on the shop floor; check dimensional tolerances "
              "with a CMM and gauges; record incoming inspection results.")


@pytest.mark.parametrize(("title", "description", "family"), [
    ("Quality Control Specialist", LAB_QC, "science_lab"),       # was manufacturing (× 0.45 for a chemist)
    ("Quality Control Specialist", LAB_QC_2, "science_lab"),
    ("QC Technician", LAB_QC_3, "science_lab"),
    ("Quality Control Technician II", LAB_QC_2, "science_lab"),
    ("QC Associate", LAB_QC, "science_lab"),
    ("Quality Control Specialist", PLANT_QC, "manufacturing"),
    ("Quality Control Technician", PLANT_QC_2, "manufacturing"),
    ("Quality Control Analyst", PLANT_QC, "manufacturing"),      # a plant's QC analyst inspects parts
    ("Quality Control Analyst", LAB_QC_2, "science_lab"),
    ("Quality Control Inspector", PLANT_QC_2, "manufacturing"),
])
def test_quality_control_setting_read_from_duties(title, description, family):
    assert read_posting_occupation(title, description, "Acme").family == family


@lru_cache(maxsize=1)
def _issue11() -> dict[str, dict]:
    rows = (json.loads(x) for x in (ROOT / "benchmarks/data/issue11/postings.jsonl").read_text("utf-8").splitlines())
    return {r["id"]: r for r in rows}


def _posting(pid: str, n: int) -> JobPosting:
    r = _issue11()[pid]
    return JobPosting(id=n, source_type="x", ats_id=str(n), url=f"https://x/{n}", title=r["title"],
                      company=r["company"] or "x", company_key="x", dedupe_key=str(n),
                      description_text=r["description"], content_hash=pid)


TEACHER = """Maria Alvarez
Chemistry Teacher, Lincoln High School, Springfield, IL — 2016–present
- Teach AP Chemistry and general chemistry; design and run laboratory experiments (titration, spectrophotometry).
- Chemical Hygiene Officer: chemical inventory, SDS binder, waste disposal, OSHA lab-safety compliance; write SOPs.
- Calibrate balances and pH meters; record results in lab notebooks.
Education: B.S. Chemistry, University of Illinois, 2015.
"""


def _teacher() -> matching.Profile:
    occs, family, level = read_person(["QC Chemist", "Lab Analyst"], ["Chemistry Teacher"], TEACHER, "entry")
    return matching.Profile(text=TEACHER, skills=["Titration", "Spectrophotometry", "SOP Writing"],
                            chunk_vectors=np.zeros((0, 384), np.float32), doc_vector=np.zeros(384, np.float32),
                            titles=["QC Chemist", "Lab Analyst"], occupations=occs, family=family, level=level)


#: Target-occupation postings (a chemist's QC / lab work) above postings of neither her current (teacher) nor
#: her target occupation; real issue-11 postings.
TARGET = ["li-3884430741",   # Quality Control Specialist (cGMP QC lab)
          "li-3884430769",   # Chemist I
          "li-3870363142"]   # Laboratory Technician
NEITHER = ["li-3903445689",  # Senior Project Control Analyst (Westat, project finance)
           "li-2457183642",  # Quality Assurance Manager
           "nyc-417300",     # Quality Assurance Engineer (software)
           "nyc-329901",     # Quality Control Senior Engineer
           "li-3905369977",  # Customer Facing Quality Assurance Coordinator
           "nyc-413207"]     # Labor Relations Associate


@pytest.mark.parametrize("target", TARGET)
@pytest.mark.parametrize("neither", NEITHER)
def test_target_occupation_outranks_neither(target, neither):
    prof = _teacher()
    a = matching.score_posting(prof, _posting(target, 1), None)
    b = matching.score_posting(prof, _posting(neither, 2), None)
    assert a.score > b.score, (a.score, b.score)


@pytest.mark.parametrize("pid", TARGET + NEITHER + ["li-3794063618", "li-3884430615", "nyc-138531",
                                                    "li-3867550643"])
def test_title_row_and_title_fit_tell_one_story(pid):
    """A ✗ title row beside a title fit ≥ 85 % says the posting is of the person's field; a ✓ row never sits
    beside a title fit of 0."""
    e = matching.score_posting(_teacher(), _posting(pid, 1), None)
    row = next(c for c in e.checks if c.name == "title")
    if row.ok is False and (e.title or 0) >= 0.85:
        assert "your field" in row.reason, row.reason
    if row.ok is True:
        assert (e.title or 0) > 0, row.reason


def test_quality_control_specialist_passes_the_title_check_read_from_duties():
    e = matching.score_posting(_teacher(), _posting("li-3884430741", 1), None)
    row = next(c for c in e.checks if c.name == "title")
    assert row.ok is True and e.occupation_relation == "code", (row.reason, e.occupation_relation)
