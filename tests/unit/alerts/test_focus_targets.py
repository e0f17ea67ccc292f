"""Focus is not dropped to <body> after an action removes the button that was pressed (trial
finding 15): each such button names where focus goes (``data-refocus``, read by the page's
recovery effect in components/a11y.py) and that element exists and is focusable."""

from __future__ import annotations

import json
import re

from careercopilot.components.a11y import _UPLOAD_LABEL_EFFECT


def _text(component) -> str:
    return json.dumps(component.render(), default=str).replace('\\"', '"')


def _refocus(out: str, button_id_prefix: str) -> set[str]:
    """``data-refocus`` targets of the buttons whose id starts with ``button_id_prefix``."""
    found = set()
    for m in re.finditer(r'\{"name": "[^"]+", "props": \[([^\]]*)\]', out):
        props = m.group(1)
        if f'id:"{button_id_prefix}' in props or f'id:("{button_id_prefix}' in props:
            found.update(re.findall(r'"data-refocus":\s*"?\(?"?([a-z-]+)', props))
    return found


def test_the_recovery_effect_reads_data_refocus():
    assert "data-refocus" in _UPLOAD_LABEL_EFFECT


def test_snooze_and_done_hand_focus_to_the_outcome_message():
    from careercopilot.state.application_detail import ApplicationDetailState as D
    from careercopilot.views.reminders import application_reminders, dashboard_followups

    for view in (dashboard_followups(), application_reminders(D.app.card.id)):
        out = _text(view)
        assert out.count('"data-refocus":"reminders-message"') >= 4  # 3 snoozes + done
        msg = out[out.index('id:"reminders-message"') - 300:out.index('id:"reminders-message"') + 300]
        assert "tabIndex" in msg


def test_save_hands_focus_back_to_save_this_search():
    from careercopilot.views.alerts import save_search_section

    out = _text(save_search_section())
    assert '"data-refocus":"save-search-open"' in out and 'id:"save-search-open"' in out


def test_the_calendar_feed_url_shown_once_has_a_copy_button():
    """Trial finding 29: "copy it now, it is shown only once" without a Copy button."""
    from careercopilot.views.calendar_feed import calendar_feed_section

    out = _text(calendar_feed_section())
    copy = out[out.index('id:"calendar-feed-copy"'):out.index('id:"calendar-feed-copy"') + 400]
    assert "clipboard" in copy and "writeText" in copy and "new_url" in copy


def test_a_jobs_page_load_clears_the_last_visits_flash_and_toast():
    """Trial finding 21: "Saved “hostile”" and the "Hidden … Undo" toast outlived the visit."""
    from careercopilot import routes
    from careercopilot.pages import jobs  # noqa: F401 - registers the page's loads
    from careercopilot.state.auth import _PAGE_LOADS, _route_key

    import inspect

    from careercopilot.state import jobs as jobs_state

    loads = " ".join(str(h) for h in _PAGE_LOADS[_route_key(routes.JOBS)])
    assert "load_page" in loads  # which clears both (tests/unit/jobs_ui/test_jobs_page_load.py drives it)
    clear = inspect.getsource(jobs_state._clear_last_visit)
    assert "SaveSearchState" in clear and "HideState" in clear


def test_the_empty_reminders_text_holds_at_offer_without_a_deadline():
    """Trial finding 10: at Offer without a deadline it said reminders start "when you move the
    application to … Offer"."""
    from careercopilot.state.application_detail import ApplicationDetailState as D
    from careercopilot.views.reminders import application_reminders

    out = _text(application_reminders(D.app.card.id))
    empty = out[out.index('id:"empty-reminders"'):out.index('id:"empty-reminders"') + 800]
    assert "the offer deadline, once you set it" in empty and "when you move the application" not in out


def test_the_dashboard_asks_for_a_resume_only_without_one():
    """Trial finding 17: "Upload a resume…" was said to a user who has one."""
    from careercopilot.pages.dashboard import dashboard_page

    out = _text(dashboard_page())
    empty = out[out.index('id:"empty-new-matches"'):out.index('id:"empty-new-matches"') + 1500]
    assert "has_resume" in empty and "browse Jobs" in empty and "Upload a resume" in empty


def test_the_jobs_legend_and_score_hint_need_a_resume():
    """Trial finding 16: a user without a resume read "skills you have" and "(the badge is your
    match score)" next to "—" badges."""
    from careercopilot.views.jobs import results_section

    out = _text(results_section())
    legend = out[:out.index('id:"jobs-legend"')]
    assert "has_resume" in legend[legend.rindex("RadixThemesFlex") - 3000:]
    hint = out[out.index("the badge is your match score") - 400:out.index("the badge is your match score")]
    assert "has_resume" in hint


def test_the_sources_page_shows_the_id_sync_takes():
    """Trial finding 14: ``sync --source ID`` needed an id the Sources page never showed."""
    from careercopilot.views.sources import source_list

    out = _text(source_list())
    assert '"Source id "' in out and 'id:("source-id-"' in out


def test_each_reminder_button_keeps_its_own_name():
    """A custom_attrs dict shared by the buttons made every Snooze button "Mark … done" (Reflex
    stores aria-label in it): the e2e follow-up test caught it."""
    from careercopilot.views.reminders import dashboard_followups

    out = _text(dashboard_followups())
    for choice, text in (("1d", "1 day"), ("3d", "3 days"), ("1w", "1 week")):
        props = out[:out.index(f'id:("reminder-snooze-{choice}-"')]
        props = props[props.rindex('"props": ['):]
        assert f'"aria-label":((("Snooze "' in props and f'+" for ")+"{text}")' in props and " done" not in props
