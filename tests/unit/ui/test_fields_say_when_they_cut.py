"""Every length-limited field says when it cut the user's text, on save or where the text is used
(trial101 finding 5: a 5 MB paste into notes was cut to 20,000 characters and the toast said "Notes saved.";
the search boxes cut to 200 characters without a word). Old code: the 4 limited surfaces below said nothing
(no ``text_limits`` module; the views had no notice)."""

from __future__ import annotations

import inspect

import pytest

from careercopilot.services import applications as svc
from careercopilot.text_limits import cut_sentence, reached, saved_message


@pytest.mark.parametrize(("length", "cut"), [(0, False), (19_999, False), (20_000, True), (20_001, True)])
def test_the_notes_save_message_says_when_the_notes_filled_the_field(length: int, cut: bool) -> None:
    message = saved_message("Notes saved.", "x" * length, svc.MAX_NOTES, "Notes")
    assert message.startswith("Notes saved.")
    assert ("20,000 characters" in message) is cut and reached("x" * length, svc.MAX_NOTES) is cut


def test_both_notes_saves_use_the_message() -> None:
    from careercopilot.state import application_detail, applications

    assert "saved_message(" in inspect.getsource(application_detail.ApplicationDetailState.submit_notes.fn)
    assert "saved_message(" in inspect.getsource(applications.ApplicationsState.submit_manual.fn)


def test_the_jobs_results_line_says_when_the_query_filled_the_box() -> None:
    from careercopilot.state.jobs import MAX_QUERY
    from careercopilot.views import jobs

    rendered = str(jobs._heading())
    assert cut_sentence("searches", MAX_QUERY).rstrip(".") in rendered and str(MAX_QUERY) in rendered


def test_the_applications_search_says_when_it_filled_the_box() -> None:
    from careercopilot.state.applications import SEARCH_LIMIT
    from careercopilot.views import applications

    assert cut_sentence("Searches", SEARCH_LIMIT) in str(applications.list_view())
