"""The explanation says what shows a skill the resume does not name, in both directions (skills91,
trial 81 MED 4): a posting's class is shown by the resume's product or held title; a posting's product the
resume lacks names the resume's product of the same class (without counting it)."""

import numpy as np
import pytest

from careercopilot.normalize.held_title_skills import held_title_skills
from careercopilot.services.matching.profile import Profile
from careercopilot.services.matching.scoring import related_product, shown_by

GM = ("General Manager, Saguaro Grill (casual dining, 140 seats) — Phoenix, AZ  03/2019 – Present\n"
      "- Run Toast for orders; Square at our patio bar\n")


def _profile(skills, text=""):
    return Profile(text=text, skills=list(skills), chunk_vectors=np.zeros((0, 4)), doc_vector=np.zeros(4),
                   title_skills=held_title_skills(text))


# (resume skills, resume text, posting skill, shown by) — products and titles across professions
ROWS = [
    (["Toast POS"], "", "POS Systems", "your Toast POS"),
    (["Square POS"], "", "POS Systems", "your Square POS"),
    (["7shifts"], "", "Labor Scheduling", "your 7shifts"),
    (["Cerner"], "", "Electronic Health Records", "your Cerner"),
    (["Xero"], "", "Bookkeeping", "your Xero"),
    (["Procore"], "", "Construction Management", "your Procore"),
    (["Yardi"], "", "Property Management", "your Yardi"),
    (["UKG"], "", "Timekeeping", "your UKG"),
    ([], GM, "Restaurant Management", "your title General Manager at Saguaro Grill (a restaurant)"),
    ([], GM, "Food Service", "your title General Manager at Saguaro Grill (a restaurant)"),
    ([], "Charge Nurse, Banner Health  2020 - Present", "Nurse Leadership", "your title Charge Nurse at Banner Health"),
    # negatives: a skill the resume names needs no note; a class no product of the resume belongs to
    (["POS Systems", "Toast POS"], "", "POS Systems", None),
    (["Toast POS"], "", "Electronic Health Records", None),
    ([], "General Manager, Lexus of Scottsdale  2015 - 2020", "Restaurant Management", None),
]


@pytest.mark.parametrize("skills,text,asked,expected", ROWS)
def test_matched_skill_says_what_shows_it(skills, text, asked, expected):
    assert shown_by(_profile(skills, text)).get(asked.lower()) == expected


# (resume skills, posting's missing product, the resume's product of its class)
RELATED_ROWS = [
    (["Square POS"], "Toast POS", "Square POS (also POS Systems)"),
    (["Cerner"], "Epic", "Cerner (also Electronic Health Records)"),
    (["Xero"], "QuickBooks", "Xero (also Accounting)"),
    (["AppFolio"], "Yardi", "AppFolio (also Property Management)"),
    (["HotSchedules"], "7shifts", "HotSchedules (also Labor Scheduling)"),
    (["Clio"], "Filevine", "Clio (also Legal Case Management)"),
    (["Toast POS"], "Epic", None),
    (["Python"], "Toast POS", None),
]


@pytest.mark.parametrize("skills,missing,expected", RELATED_ROWS)
def test_missing_product_names_the_resumes_product_of_its_class(skills, missing, expected):
    assert related_product(_profile(skills), missing) == expected


def test_detail_page_says_what_shows_a_skill_in_words():
    from careercopilot.schemas import MatchExplanation, PostingDetail, SkillFlag
    from careercopilot.services import job_detail_views

    ex = MatchExplanation(score=90, matched_skills=[
        SkillFlag(skill="Restaurant Management", shown_by="your title General Manager at Saguaro Grill (a restaurant)"),
        SkillFlag(skill="POS Systems", shown_by="your Toast POS"), SkillFlag(skill="Food Safety")],
        missing_skills=[SkillFlag(skill="Aloha POS", related="Toast POS (also POS Systems)")])
    v = job_detail_views.detail_view(PostingDetail(posting_id=1, title="Store Manager", company="Panda",
                                                   url="https://x.example/1"), ex, None)
    assert [(m.skill, m.note) for m in v.matched] == [
        ("Restaurant Management", " — shown by your title General Manager at Saguaro Grill (a restaurant)"),
        ("POS Systems", " — shown by your Toast POS"), ("Food Safety", "")]
    assert [(m.skill, m.note) for m in v.missing] == [("Aloha POS", " — your resume shows Toast POS (also POS Systems)")]
