"""The Applications tab is kept in the URL (issue 10 trial: reload returned to Board)."""

from __future__ import annotations

import pytest

from careercopilot import routes


@pytest.mark.parametrize("params,view", [
    ({}, "board"), ({"view": "list"}, "list"), ({"view": "LIST "}, "list"), ({"view": "board"}, "board"),
    ({"view": "kanban"}, "board"), ({"view": ""}, "board"), ({"view": None}, "board"),
])
def test_view_from_the_query(params, view):
    assert routes.applications_view(params) == view


@pytest.mark.parametrize("view,url", [("list", "/applications?view=list"), ("board", "/applications"),
                                      ("nonsense", "/applications")])
def test_url_of_a_view(view, url):
    assert routes.applications_url(view) == url


def test_the_tabs_are_bound_to_the_view():
    """The tabs are controlled by the state's ``view`` (read from the URL on load), not a default."""
    import json

    from careercopilot.pages.applications import _body

    out = json.dumps(_body().render(), default=str)
    assert "defaultValue" not in out and "set_view" in out
