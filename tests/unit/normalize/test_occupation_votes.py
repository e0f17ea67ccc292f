"""The word vote without arrangement, internship and vanity words (``normalize.occupation_votes``).

Rows: titles whose field is named by some words while a season, a schedule, a student placement or
an employer's vanity noun outvoted them on the old code (``failed before`` = read into another
family by ``occupations._infer_occupation`` at b4ed0e1). Titles O*NET names exactly keep their
reading (the vote is not reached)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.occupation_votes import vote, voting_words
from careercopilot.normalize.occupations import _data, infer_occupation

# (title, family expected, failed before)
ROWS = [
    ("Summer Intern - Mortgage Strategic Initiatives (Remote)", {"finance_accounting", "policy_program"}, True),  # was hospitality
    ("Sr Customer Support Champion", {"customer_support", "it_infrastructure"}, True),  # was policy_program
    ("Customer Success Ninja", {"customer_support"}, False),
    ("Sales Hero", {"sales"}, False),
    ("MBA Intern, Finance", {"finance_accounting"}, False),
    ("Tax Intern (Summer 2025)", {"finance_accounting"}, False),
    ("Part-Time Professional Development Trainer", {"education", "human_resources"}, False),
    ("Summer Camp Counselor", {"hospitality"}, False),  # exact O*NET title: kept
    ("Seasonal Retail Associate", {"sales"}, False),
]


@pytest.mark.parametrize("title,families,failed_before", ROWS)
def test_titles_read_by_their_work_not_their_arrangement(title, families, failed_before):
    assert infer_occupation(title).family in families


def test_arrangement_words_do_not_vote_and_the_student_words_only_under_an_internship_head():
    assert voting_words("summer intern", internship=True) == []
    assert voting_words("human capital summer college intern", internship=True) == ["human", "capital"]
    # "college" is the work when the head is not an internship ("College Admissions Counselor")
    assert voting_words("college admissions counselor", internship=False) == ["college", "admissions", "counselor"]
    assert voting_words("customer support champion 2025", internship=False) == ["customer", "support"]


def test_an_internship_head_does_not_narrow_the_vote_to_the_onet_intern_titles():
    _, _, by_word, idf = _data()
    code, matched = vote(["mortgage strategic initiatives intern"], by_word, idf)
    assert matched == "mortgage strategic initiatives intern"
    assert code not in by_word["intern"] or not code.startswith("29-")  # not a physician's code


def test_a_title_of_arrangement_words_only_does_not_vote():
    _, _, by_word, idf = _data()
    assert vote(["summer intern"], by_word, idf) is None
    assert vote(["remote"], by_word, idf) is None
