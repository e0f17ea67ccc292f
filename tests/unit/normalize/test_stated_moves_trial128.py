"""The titles a career changer's own words ask for (a newcomer's trial, session 31: a science teacher of 8 years
"seeking to transition into an Instructional Designer / eLearning Developer role" was pre-filled "7th Grade Science
Teacher" and matched as a middle-school teacher) — ``normalize.person_occupation.stated_titles`` with the cues of
``normalize.stated_cues``.

Rows: the phrasings career-change guides and resume samples use for a stated move ("transition into", "pivot to",
"seeking a role as", "career change to", "looking to move into", "make the move to", "Next step:", "Career goal:",
"to become a", "aspiring"), each with a title of a different field, and the titles only a specialty pattern reads
(``occupation_specialties``: learning content, technical programs, nurse roles, business development). Controls: a
negated move, a move to a place, "Career change:" before the work left, a "career changer" with no title. On the old code 19 of the 30 rows failed (the
cue "seeking" took "to transition into …" as the title; "pivot to", "career change to", "make the move to", "to
become", "aspiring" and "Career goal:" were no cues; a ``learning_content``/``technical_program``/``nurse_role``/
``business_development`` reading was no stated method)."""

import pytest

from careercopilot.normalize.person_occupation import stated_titles

TRIAL128 = ("Dedicated middle school science educator with 8 years of classroom experience seeking to transition "
            "into an Instructional Designer / eLearning Developer role where I can apply my\nexpertise in curriculum "
            "design, learner engagement, and educational technology.")

ROWS = [
    pytest.param(TRIAL128, ["Instructional Designer", "eLearning Developer"], id="trial128_objective"),
    pytest.param("Science teacher seeking to transition into an Instructional Designer role.",
                 ["Instructional Designer"], id="seeking_to_transition_into"),
    pytest.param("Retail manager looking to pivot to a Data Analyst role.", ["Data Analyst"], id="looking_to_pivot_to"),
    pytest.param("Bartender seeking a role as a Medical Assistant.", ["Medical Assistant"], id="seeking_a_role_as"),
    pytest.param("Career change to Paralegal after 10 years in retail.", ["Paralegal"], id="career_change_to"),
    pytest.param("Career change: 5 years as a bookkeeper. Looking for an entry-level web developer position.",
                 ["web developer"], id="control_career_change_label_is_the_past"),
    pytest.param("CDL-A driver looking to move into a dispatcher role.", ["dispatcher"], id="looking_to_move_into"),
    pytest.param("NEXT STEP: Instructional Designer.", ["Instructional Designer"], id="next_step_label"),
    pytest.param("Teacher hoping to transition to a Software Developer position.", ["Software Developer"],
                 id="hoping_to_transition_to"),
    pytest.param("Nurse pivoting to UX Designer roles.", ["UX Designer"], id="pivoting_to"),
    pytest.param("Making a career change into Human Resources Specialist roles.", ["Human Resources Specialist"],
                 id="making_a_career_change_into"),
    pytest.param("Eager to transition into a Learning Experience Designer role.", ["Learning Experience Designer"],
                 id="eager_to_transition_into"),
    pytest.param("Career goal: Network Administrator.", ["Network Administrator"], id="career_goal_label"),
    pytest.param("Ready to switch careers to become a Paralegal.", ["Paralegal"], id="to_become"),
    pytest.param("I want to become a Data Analyst.", ["Data Analyst"], id="want_to_become"),
    pytest.param("Aspiring Instructional Designer with 8 years of teaching.", ["Instructional Designer"], id="aspiring"),
    pytest.param("Seeking an opportunity to pivot into a Technical Program Manager role.",
                 ["Technical Program Manager"], id="opportunity_to_pivot_into"),
    pytest.param("Former paramedic seeking to move into a Nurse Case Manager position.", ["Nurse Case Manager"],
                 id="seeking_to_move_into_nurse_role"),
    pytest.param("Teacher looking to transition into corporate training as an Instructional Designer.",
                 ["Instructional Designer"], id="transition_into_field_as_title"),
    pytest.param("Looking to make the move to Data Analyst.", ["Data Analyst"], id="make_the_move_to"),
    pytest.param("Transitioning to a career as a Dental Hygienist.", ["Dental Hygienist"], id="career_as"),
    pytest.param("Seeking to pivot into Business Development Representative roles.",
                 ["Business Development Representative"], id="pivot_into_business_development"),
    pytest.param("Classroom teacher planning to move into an eLearning Developer role in 2027.",
                 ["eLearning Developer"], id="planning_to_move_into"),
    pytest.param("Looking to transition into Curriculum Developer or Training Designer roles.",
                 ["Curriculum Developer", "Training Designer"], id="two_learning_titles"),
    # controls: no title asked for
    pytest.param("I am not seeking to move into a Nurse Manager role.", [], id="control_negated_move"),
    pytest.param("Career changer with 10 years in retail.", [], id="control_changer_no_title"),
    pytest.param("Looking to move to Denver with my family.", [], id="control_move_to_a_place"),
    pytest.param("Aspiring to lead teams.", [], id="control_aspiring_no_title"),
    pytest.param("Dedicated to become a better writer every day.", [], id="control_become_no_title"),
    pytest.param("Seeking a Senior Accountant role.", ["Senior Accountant"], id="control_plain_ask"),
]


@pytest.mark.parametrize(("text", "titles"), ROWS)
def test_stated_move_titles(text, titles):
    assert stated_titles(text) == titles
