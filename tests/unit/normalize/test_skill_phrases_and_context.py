"""Session 22 (issue 11, skills31): open-vocabulary skill phrases and words that are no skill asked of
the hire. Each table is real wording: the issue-11 postings (``benchmarks/data/issue11/postings.jsonl``,
the dev study half of the skills labels) and resume lines of the same kinds; the count of rows the
code before session 22 failed is in the report of branch skills31."""

from __future__ import annotations

import pytest

from careercopilot.normalize.posting_sections import read_posting
from careercopilot.normalize.skill_context import mask_leisure, not_asked
from careercopilot.normalize.skill_phrases import nominal_form, skill_phrases
from careercopilot.normalize.skills import extract_posting_skills, extract_skills


def _phrases(text: str) -> list[str]:
    return list(getattr(extract_posting_skills(text), "phrases", []))


# --- 1. open-vocabulary requirements: the object of a requirement or duty line ------------------------
OPEN_PHRASES = [
    ("General knowledge of animal welfare preferred", "Animal welfare"),
    ("At least 5 years of prior relevant field inspection experience is required.", "Field inspection"),
    ("May collect small fees for use of City property.", "Fee collection"),
    ("Experience working with students in an educational setting and the ability to work with a variety of ages "
     "and grades is prefered.", "Working with students"),
    ("Minimum 5 years of experience in construction inspection of major public works projects",
     "Construction inspection"),
    ("Strong analytical skills, with ability to interpret data and trends, diagnose problems, and implement "
     "action plans to resolve issues", "Data interpretation"),
    ("A baccalaureate degree from an accredited college and four (4) years of full-time experience in city "
     "planning", "City planning"),
    ("Excellent knowledge of traffic laws and regulations", "Traffic laws"),
    ("Knowledge of industrial maintenance practices", "Industrial maintenance"),
    ("Knowledge of steam and pneumatic heating systems", "Pneumatic heating systems"),
    ("Knowledge of opioid overdose issues and prevention guidelines", "Prevention guidelines"),
    ("A general knowledge on security fundamentals and an inquiring mind", "Security fundamentals"),
]


@pytest.mark.parametrize("text,phrase", OPEN_PHRASES, ids=[p for _, p in OPEN_PHRASES])
def test_open_vocabulary_requirement(text: str, phrase: str) -> None:
    assert phrase in _phrases(text)


# Precision: prose around a requirement, names, modifier coordinations, people, pastimes, and requirements
# the taxonomy already names yield no open phrase.
NOT_PHRASES = [
    "Ability to create a supportive and inclusive environment",
    "Ability to apply knowledge of federal, state and international regulations",
    "Excellent trade base knowledge and familiarity with New York City government and housing issues.",
    "Previous personal experience in sports, dance, or other movement related activities are a plus!",
    "Have excellent communication skills and the ability to articulate the values of Butler University",
    "Experience in Creating Awareness of Company Brand",
    "Knowledge of commonly used databases, such as SQL, MySQL, and Mongo DB",
    "Will manage junior drafters and design consultants.",
    "Four years of acceptable full-time paid experience in graphic design",
    "Prepare financial plan submissions to OMB, modifications, and spending projections.",
    "Maintains knowledge of trends, best practices, regulatory changes, and new technologies in human resources.",
    "Ability to meet deadlines and work independently",
    "A general knowledge on security fundamentals and an inquiring mind",  # "inquiring mind" is a trait
]


@pytest.mark.parametrize("text", NOT_PHRASES)
def test_prose_is_no_open_phrase(text: str) -> None:
    got = skill_phrases(text)
    assert got in ([], ["Security fundamentals"]), got


def test_nominal_form_rules() -> None:
    assert nominal_form("collect", ["small", "fees"]) == "fee collection"
    assert nominal_form("manage", ["multiple", "projects"]) == "project management"
    assert nominal_form("manage", ["junior", "drafters"]) is None  # people
    assert nominal_form("wander", ["fees"]) is None  # no nominalization


def test_phrases_stay_out_of_the_taxonomy_lists() -> None:
    got = extract_posting_skills("General knowledge of animal welfare preferred")
    assert "Animal welfare" in got.phrases and "Animal welfare" not in got.required + got.nice_to_have


# --- 2. words of a posting or resume that are no skill of the trade (trial finding 8: a dental hygienist
# posting read as Janitorial and Caregiving) --------------------------------------------------------------
# (text, skill that must not be read, skill that must still be read or None)
NOT_THE_TRADE = [
    ("Completes dental prophylaxis by cleaning deposits and stains from teeth and from beneath gum margins.",
     "Janitorial", "Dental Hygiene"),
    ("You will be one of the first impressions with patients, interacting with them during their dental cleaning "
     "and being their primary caregiver during their cleaning appointment.", "Janitorial", None),
    ("You will be one of the first impressions with patients, interacting with them during their dental cleaning "
     "and being their primary caregiver during their cleaning appointment.", "Caregiving", None),
    ("Career break 2019-2021: full-time family caregiver for my mother.", "Caregiving", None),
    ("Educate patients and caregivers on home exercise programs.", "Caregiving", None),
    ("Instruct patients and their caregivers on wound care and medication schedules.", "Caregiving", None),
    ("Previous personal experience in sports, dance, or other movement related activities are a plus!", "Dance",
     None),
    ("Hobbies: yoga, hiking and photography.", "Yoga Instruction", None),
    ("Hobbies: yoga, hiking and photography.", "Photography", None),
    ("In my spare time I enjoy photography and woodworking.", "Photography", None),
    ("Interests: chess, piano and dance.", "Dance", None),
    ("Outside of work I coach youth soccer and practice yoga.", "Yoga Instruction", None),
]
# the trade's own uses stay
THE_TRADE = [
    ("Nightly cleaning of restrooms, offices and lobby floors.", "Janitorial"),
    ("Provide companionship and personal care as a caregiver for elderly clients.", "Caregiving"),
    ("Certified yoga instructor (RYT-200) teaching vinyasa classes.", "Yoga Instruction"),
    ("Police officer with 6 years of patrol experience.", "Law Enforcement"),
    ("Feel comfortable using Linux and enjoy learning new programming languages.", "Linux"),
]


@pytest.mark.parametrize("text,wrong,right", NOT_THE_TRADE)
def test_word_of_prose_is_no_skill(text: str, wrong: str, right: str | None) -> None:
    posting = extract_posting_skills(text)
    read = posting.required + posting.nice_to_have
    assert wrong not in read and wrong not in extract_skills(text)
    if right:
        assert right in read


@pytest.mark.parametrize("text,skill", THE_TRADE)
def test_trade_use_stays(text: str, skill: str) -> None:
    posting = extract_posting_skills(text)
    assert skill in posting.required + posting.nice_to_have and skill in extract_skills(text)


# --- 3. the study half's largest false positives: a field word in a civil-service title named as an
# eligibility condition, or in a place ------------------------------------------------------------------
TITLES_AND_PLACES = [
    ("Due to the current, active Paralegal Aide Civil Service List, candidates MUST be permanent in the civil "
     "service title of Paralegal Aide to be considered for the position.", "Paralegal"),
    ("Additionally, you must have served permanently in the eligible title for at least one year. This lateral "
     "opportunity is open to current Senior Police Administrative Aides only.", "Law Enforcement"),
    ("Monday - Friday; Day Tours, 1 Police Plaza, N.Y., New York City residency is generally required within 90 "
     "days of appointment.", "Law Enforcement"),
    ("Additional Information: This lateral opportunity is open to current Police Administrative Aides only.",
     "Law Enforcement"),
    ("Stolen Property Inquiry Section (1 position) 1 Police Plaza, NY, NY 10038", "Law Enforcement"),
    ("The NYC Law Department is seeking a currently permanent Paralegal Aide for a Level 2 position.", "Paralegal"),
    ("Candidate must be permanent in the civil service title of Paralegal Aide.", "Paralegal"),
    ("This lateral opportunity is open to current City Custodial Assistants only.", "Janitorial"),
    ("Only candidates who are permanent in the Construction Project Manager title or those who are reachable on "
     "the current Open-Competitive list will be considered.", "Project Management"),
    ("Candidates must have permanent civil service status in the title of Construction Project Manager.",
     "Project Management"),
    ("Only applicants who are permanent Civil Service Associate Project Manager will be considered for this "
     "position.", "Project Management"),
    ("Candidates who meet the qualification requirements for Administrative Project Manager will be considered.",
     "Project Management"),
]
# a job title that names the work stays a skill
TITLES_THAT_NAME_THE_WORK = [
    ("OATH seeks to hire a full-time Data Entry Aide to assist with the day to day operations of the Clerk's "
     "Office.", "Data Entry"),
    ("Medical Billing Clerk, Ironbound Orthopedic Associates, Newark, NJ", "Medical Billing"),
    ("Accounts Payable Clerk — Harborview Property Group — 2020–2021", "Accounts Payable"),
    ("You will have overall responsibility for Corporate Accounting and global consolidation.", "Accounting"),
]


@pytest.mark.parametrize("text,skill", TITLES_AND_PLACES)
def test_title_or_place_is_no_skill(text: str, skill: str) -> None:
    posting = extract_posting_skills(text)
    assert skill not in posting.required + posting.nice_to_have


@pytest.mark.parametrize("text,skill", TITLES_THAT_NAME_THE_WORK)
def test_title_naming_the_work_stays(text: str, skill: str) -> None:
    assert skill in extract_skills(text)


def test_mask_leisure_keeps_length_and_the_rest() -> None:
    text = "Python required. Personal experience in dance, sports is a plus."
    masked = mask_leisure(text)
    assert len(masked) == len(text) and masked.startswith("Python required.") and "dance" not in masked
    assert not_asked("Hobbies: yoga", 9, 13) and not not_asked("Teach yoga", 6, 10)
    assert read_posting("Knowledge of animal welfare").phrases == ["Animal welfare"]
