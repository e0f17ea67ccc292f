"""Job-search filler is no required search word (issue 11 trial finding 7, session 22).

"dental hygienist jobs", "hygienist position", "dental hygienist near me", "RDH openings" found
fewer postings than "dental hygienist": the filler was one more word the lexical rule required.
Rows are the wording of job-board search boxes and of the trial; the title rows are O*NET 29.2
titles and job-posting titles in which the filler word is a word of the title."""

from __future__ import annotations

import pytest

from careercopilot.normalize.query_filler import strip_filler
from careercopilot.services.alerts.semantics import match_key
from careercopilot.services.matching.search import query_terms, search_terms

FILLER = [
    ("dental hygienist jobs", ["dental", "hygienist"]),
    ("hygienist position", ["hygienist"]),
    ("dental hygienist near me", ["dental", "hygienist"]),
    ("RDH openings", ["rdh"]),
    ("dental hygienist positions", ["dental", "hygienist"]),
    ("dental hygienist job openings near me", ["dental", "hygienist"]),
    ("jobs for dental hygienists", ["dental", "hygienists"]),
    ("now hiring RDH", ["rdh"]),
    ("hiring a welder", ["welder"]),
    ("careers in nursing", ["nursing"]),
    ("registered nurse vacancies", ["registered", "nurse"]),
    ("part time dental hygienist jobs nearby", ["part", "time", "dental", "hygienist"]),
    ("warehouse work", ["warehouse"]),
    ("teacher employment", ["teacher"]),
    ("c++ developer roles", ["c++", "developer"]),
    ("medical assistant opportunities in my area", ["medical", "assistant"]),
    ("hygienist role", ["hygienist"]),
    ("construction jobs", ["construction"]),
    ("RDH, hiring immediately", ["rdh"]),
    ("dental hygienist career", ["dental", "hygienist"]),
]

TITLES = [
    ("Social Work", ["social", "work"]),
    ("social work jobs", ["social", "work"]),
    ("Job Coach", ["job", "coach"]),
    ("job coach positions", ["job", "coach"]),
    ("Hiring Manager", ["hiring", "manager"]),
    ("Work Coordinator", ["work", "coordinator"]),  # "Remote Work Coordinator" after the work mode
    ("career counselor jobs", ["career", "counselor"]),
    ("Employment Specialist", ["employment", "specialist"]),
    ("employment lawyer near me", ["employment", "lawyer"]),
    ("Equal Employment Opportunity Specialist", ["equal", "employment", "opportunity", "specialist"]),
    ("case work supervisor", ["case", "work", "supervisor"]),
    ("role player", ["role", "player"]),
]


@pytest.mark.parametrize("query,terms", FILLER + TITLES)
def test_search_terms_leave_filler_out_and_keep_title_words(query, terms):
    assert query_terms(query) == terms


@pytest.mark.parametrize("query,terms", FILLER)
def test_a_filler_query_has_the_terms_of_its_title_alone(query, terms):
    """The filler never adds a term: the query's terms are those of the same query without it."""
    assert [t.text for t in search_terms(query)] == terms
    assert match_key(query) == match_key(" ".join(terms))  # saved-search alerts read it alike


@pytest.mark.parametrize("query,text", [
    ("dental hygienist jobs near me", "dental hygienist"),
    ("jobs for dental hygienists", "dental hygienists"),
    ('"hiring manager" jobs', '"hiring manager"'),
    ('jobs in "social work"', '"social work"'),
    ("Social Work", "Social Work"),
    ("jobs", "jobs"),  # nothing but filler: as typed (a search needs words)
    ("hiring", "hiring"),
    ("", ""),
])
def test_strip_filler_text(query, text):
    assert strip_filler(query) == text


def test_only_filler_has_no_content_words():
    assert query_terms("jobs") == [] and query_terms("job openings near me") == []
    assert strip_filler("jobs near me", whole_if_only_filler=False) == ""
