"""The inbox bell on every signed-in page (templates.template + components/nav.py): a link to
/inbox in the sidebar and the phone top bar, named by the unread count, and every protected
page's load starts the bell's watcher before the page's own handlers."""

from __future__ import annotations

import pytest

from careercopilot import routes
from careercopilot.state.inbox import InboxState
from tests.support.render_tree import find_node, props_text


@pytest.fixture(scope="module")
def app():
    from careercopilot.careercopilot import app

    return app


@pytest.mark.parametrize("route", [routes.DASHBOARD, routes.SETTINGS, routes.INBOX, routes.JOB_DETAIL])
def test_both_bells_link_to_the_inbox_with_the_count_as_their_name(app, route):
    from careercopilot.templates import REGISTERED

    tree = REGISTERED[route].component().render()
    for bell_id in ("nav-bell", "mnav-bell"):
        bell = find_node(tree, lambda n, b=bell_id: f'id:"{b}"' in props_text(n))
        assert bell is not None, bell_id
        props = props_text(bell)
        assert 'to:"/inbox"' in props  # a client-side link, like the other nav entries
        assert "bell_label" in props and "aria-label" in props  # bound to InboxState.bell_label
    status = find_node(tree, lambda n: 'id:"inbox-status"' in props_text(n))
    assert status is not None and 'role:"status"' in props_text(status)
    assert ('"aria-current":"page"' in props_text(find_node(tree, lambda n: 'id:"nav-bell"' in props_text(n))).replace(" ", "")) \
        == (route == routes.INBOX)


def test_every_protected_page_starts_the_watcher_first(app):
    from careercopilot.state.auth import _PAGE_LOADS

    assert _PAGE_LOADS, "no protected page registered"
    for key, loads in _PAGE_LOADS.items():
        assert loads and loads[0] is InboxState.watch_inbox, key


@pytest.mark.parametrize("unread,label,status", [(0, "Notifications, none unread", ""),
                                                 (1, "Notifications, 1 unread", "1 unread notification"),
                                                 (12, "Notifications, 12 unread", "12 unread notifications")])
def test_the_bell_says_the_count(unread, label, status):
    state = InboxState(_reflex_internal_init=True)
    state.unread = unread
    assert (state.bell_label, state.unread_status) == (label, status)
