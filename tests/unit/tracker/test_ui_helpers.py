"""Small UI-facing rules of the tracker pages: dashboard scores, chart labels, board layout."""

from __future__ import annotations

from careercopilot.services.dashboard import NewMatch
from careercopilot.state.analytics import short_label


def test_short_label_keeps_short_names_and_cuts_long_ones():
    assert short_label("greenhouse") == "greenhouse"
    assert short_label("smartrecruiters-enterprise") == "smartrecruite…"
    assert len(short_label("x" * 40)) == 14
    assert short_label("  ") == "—"


def test_new_match_score_is_a_whole_number():
    assert isinstance(NewMatch().score, int)


def test_board_and_forms_render_with_the_journey_ids():
    from careercopilot.views import application_detail, applications, resume

    board = str(applications.board().render())
    for stage in ("saved", "withdrawn"):
        assert f"stage-column-{stage}" in board
    # dnd-kit wrappers (drag and drop) around columns and cards; a Move to… menu per card
    assert "CcDndBoard" in board and "CcDndColumn" in board and "CcDndCard" in board
    assert "Move to" in board
    forms = str(applications.add_forms().render())
    assert "manual-error" in forms and "from-url-error" in forms
    detail = str(application_detail.detail_body().render())
    for el in ("contact-error", "applied-error", "details-error", "notes-input", "stage-history", "detail-not-found"):
        assert el in detail
    header = str(application_detail.header().render())
    # the page says when the thank-you reminder will be scheduled: a date at Interviewing, or a move
    # to Interviewing when the date was set earlier (session-24 trial)
    assert "interview-date-hint" in header and "interview-stage-hint" in header and "2,080 hours" in detail
    versions = str(resume.versions_section().render())
    assert "resume-delete-confirm-" in versions


def test_short_label_keeps_the_distinctive_part_of_grouped_source_names():
    assert short_label("Demo feed (recorded payloads): Remotive") == "Remotive"
    assert short_label("Demo feed (recorded payloads): We Work Remotely") == "We Work Remot…"
