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


@pytest.mark.parametrize("text, cut", [
    # the browser's maxlength counts UTF-16 code units: astral characters (emoji, CJK extension B) count 2
    # (trial128: a 264,000-character paste with "🧪" stopped at 19,555 code points and the save said only
    # "Notes saved."); on the code before session 31 the five cut rows with astral characters were not seen
    ("Lorem ipsum 🧪 العلوم <div>y</div> " * 6000, None),
    ("🧪" * 10_000, True),
    ("a" + "🧪" * 9_999 + "b", True),
    ("a" + "🧪" * 9_999, True),  # 19,999 units: the next pair did not fit
    ("𠀀" * 10_000, True),  # CJK Unified Ideographs Extension B
    ("a" * 19_999, False),  # typed, one short of the limit: not cut
    ("é" * 20_000, True),
    ("🧪" * 5_000, False),
])
def test_reached_counts_what_the_browser_counts(text, cut):
    from careercopilot.text_limits import utf16_length

    if cut is None:  # the trial's paste, as the field stopped it (UTF-16 code units)
        kept = text.encode("utf-16-le")[: 2 * svc.MAX_NOTES].decode("utf-16-le", errors="ignore")
        assert len(kept) < svc.MAX_NOTES <= utf16_length(kept) + 1
        text, cut = kept, True
    assert reached(text, svc.MAX_NOTES) is cut
    assert ("20,000 characters" in saved_message("Notes saved.", text, svc.MAX_NOTES, "Notes")) is cut
