"""Skill names another field uses for something else (a newcomer's trial, session 31, finding 3: an e-learning
posting's "E-Learning/Computer-Based Training (CBT) courses" read as Cognitive Behavioral Therapy, a building's
"Fabrication Lab" as Metal Fabrication, a resource-teacher posting's "Nevada Department of Education (NDE)" as
Non-Destructive Testing) — ``normalize.skill_senses`` cues for CBT, NDE/NDT and "fabrication".

Rows: the trial's sentences (issue-11 postings), then the same senses as employers and resumes write them
(training departments' CBT/WBT courses, makerspaces and fab labs, research misconduct's "fabrication of data",
state departments of education), and controls in the taxonomy's own sense (a therapist's CBT, a welder's
fabrication, an inspector's NDT). On the old code 9 of the 15 rows failed (every other-sense row but "wafer fabrication")."""

import pytest

from careercopilot.normalize.skills import extract_skills

ROWS = [
    pytest.param("Design and develop content for E-Learning/Computer-Based Training (CBT) courses using Articulate, "
                 "Camtasia, Captivate.", "Cognitive Behavioral Therapy", False, id="cbt_elearning_posting"),
    pytest.param("Monitor and maintain CBT courses in the LMS and troubleshoot SCORM packages.",
                 "Cognitive Behavioral Therapy", False, id="cbt_courses_lms"),
    pytest.param("Built 14 CBT modules for new-hire safety training in Storyline.", "Cognitive Behavioral Therapy",
                 False, id="cbt_modules_resume"),
    pytest.param("Provide training on CBT authoring tools to subject matter experts.", "Cognitive Behavioral Therapy",
                 False, id="cbt_authoring_tools"),
    pytest.param("Provide individual therapy using CBT and DBT for adults with anxiety and depression.",
                 "Cognitive Behavioral Therapy", True, id="control_cbt_therapy"),
    pytest.param("8-10 adult clients a week, telehealth; complicated grief, CBT and meaning-centered therapy.",
                 "Cognitive Behavioral Therapy", True, id="control_cbt_clients"),
    pytest.param("The state-of-the-art space will include a Fabrication Lab, Recording and Broadcast Studios, "
                 "terraces and more.", "Metal Fabrication", False, id="fabrication_lab_building"),
    pytest.param("Run the school makerspace: fabrication with 3D printers and a laser cutter.", "Metal Fabrication",
                 False, id="fabrication_makerspace"),
    pytest.param("Investigate allegations of research misconduct, including fabrication or falsification of data.",
                 "Metal Fabrication", False, id="fabrication_of_data"),
    pytest.param("Cleanroom wafer fabrication and photolithography experience.", "Metal Fabrication", False,
                 id="fabrication_semiconductor"),
    pytest.param("Fabrication and welding of steel frames from blueprints; MIG and TIG.", "Metal Fabrication", True,
                 id="control_fabrication_steel"),
    pytest.param("Hold a teaching license issued by the Nevada Department of Education (NDE).",
                 "Non-Destructive Testing", False, id="nde_department_of_education"),
    pytest.param("Resource teacher; NDE special education endorsement required for the position.",
                 "Non-Destructive Testing", False, id="nde_endorsement"),
    pytest.param("Perform NDT inspections (ultrasonic and magnetic particle) on welds; ASNT Level II.",
                 "Non-Destructive Testing", True, id="control_ndt_inspector"),
    pytest.param("NDE technician for aerospace castings: radiographic and eddy current testing.",
                 "Non-Destructive Testing", True, id="control_nde_technician"),
]


@pytest.mark.parametrize(("text", "skill", "meant"), ROWS)
def test_skill_sense(text, skill, meant):
    assert (skill in extract_skills(text)) is meant
