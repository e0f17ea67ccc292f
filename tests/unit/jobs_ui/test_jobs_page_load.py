"""A Jobs page view is one handler after the session gate (issue 9 "Availability", session 12).

Every on_load handler is a Reflex event of its own — the state loaded and locked, a delta computed,
the state stored — and the page's chain was the gate, the inbox watcher, the list, two resets and
the indexing watcher: six events per view, five of them each paying that cost for little or
nothing. :meth:`JobsState.load_page` does the resets, the list and the indexing line in one event
and starts the indexing watcher only while postings wait for the index.

Each case drives the real handler on a real state tree (``reflex.state.State`` with every
substate); only the session lookup and the database read are replaced.
"""

from __future__ import annotations

import asyncio

import pytest

from careercopilot import routes
from careercopilot.services.index_progress import IndexProgress
from careercopilot.services.job_views import JobsView


@pytest.fixture(scope="module")
def app():
    from careercopilot.careercopilot import app

    return app


def _handler_names(loads) -> list[str]:
    return [getattr(h, "fn", h).__qualname__ for h in loads]


def test_the_jobs_page_chain_is_the_bell_watcher_and_one_loader(app):
    """Events per Jobs view: the gate queues exactly two (was five: list, two resets, indexing)."""
    from careercopilot.state.auth import _PAGE_LOADS, _route_key

    assert _handler_names(_PAGE_LOADS[_route_key(routes.JOBS)]) == ["InboxState.watch_inbox", "JobsState.load_page"]


def _tree():
    from reflex.state import State

    from careercopilot.state.hides import HideState
    from careercopilot.state.indexing import IndexingState
    from careercopilot.state.jobs import JobsState
    from careercopilot.state.save_search import SaveSearchState

    root = State(_reflex_internal_init=True)
    get = root.get_substate
    return {cls: get(cls.get_full_name().split(".")) for cls in (JobsState, SaveSearchState, HideState, IndexingState)}


def _drive(monkeypatch, tree, *, progress, fail=False):
    """Run ``load_page`` on ``tree``; (names of the events it yielded, the dirty vars per state)."""
    from careercopilot.state import jobs as jobs_module
    from careercopilot.state.jobs import JobsState

    async def signed_in(state):
        return 7

    reads = []

    def fetch(uid, filters, query, page, newest=False, with_progress=False):
        reads.append(with_progress)
        if fail:
            raise RuntimeError("database busy")
        return JobsView(total=3, total_text="3 postings"), (progress if with_progress else None)

    monkeypatch.setattr(jobs_module, "current_user_id", signed_in)
    monkeypatch.setattr(jobs_module, "_fetch", fetch)
    for state in tree.values():
        state._clean()

    async def run():
        out = []
        async for event in JobsState.load_page.fn(tree[JobsState]):
            if event is not None:
                out.append(getattr(getattr(event, "fn", None), "__qualname__", str(event)))
        return out

    events = asyncio.run(run())
    assert reads == [True], "one read of the list with the indexing count"
    return events, {cls.__name__: set(state.dirty_vars) for cls, state in tree.items()}


@pytest.mark.parametrize("pending", [None, IndexProgress(done=40, total=100)])
def test_one_event_loads_the_list_the_indexing_line_and_clears_the_last_visit(app, monkeypatch, pending):
    from careercopilot.state.hides import HideState
    from careercopilot.state.indexing import IndexingState
    from careercopilot.state.jobs import JobsState
    from careercopilot.state.save_search import SaveSearchState

    tree = _tree()
    tree[SaveSearchState].saved, tree[HideState].last_id, tree[HideState].last_title = "Remote Python", 9, "Platform"
    events, dirty = _drive(monkeypatch, tree, progress=pending)
    assert tree[SaveSearchState].saved == "" and (tree[HideState].last_id, tree[HideState].last_title) == (0, "")
    assert tree[JobsState].view.total == 3 and tree[JobsState].loaded
    if pending is None:  # the usual view: no watcher event, no indexing line
        assert events == []
        assert tree[IndexingState].text == "" and not dirty["IndexingState"]
    else:  # postings wait for the index: the line at once, and its watcher counts on
        assert events == ["IndexingState.watch_indexing"]
        assert (tree[IndexingState].text, tree[IndexingState].percent) == ("Indexing 40 of 100 postings…", 40)


def test_a_plain_view_sends_only_the_list(app, monkeypatch):
    """Nothing to clear, nothing pending: only the Jobs state's vars change (state/changes.py)."""
    events, dirty = _drive(monkeypatch, _tree(), progress=None)
    assert events == []
    assert dirty["SaveSearchState"] == dirty["HideState"] == dirty["IndexingState"] == set()
    assert "view" in dirty["JobsState"]


def test_when_the_list_cannot_be_read_the_watcher_counts_instead(app, monkeypatch):
    """The count came with the list: a failed read leaves it unknown, so the watcher reads it."""
    from careercopilot.state.jobs import JobsState

    tree = _tree()
    events, _ = _drive(monkeypatch, tree, progress=None, fail=True)
    assert events == ["IndexingState.watch_indexing"]
    assert "could not be loaded" in tree[JobsState].error


def test_while_a_new_search_loads_the_heading_does_not_claim_its_results(app, monkeypatch):
    """Session 25 trial: for 3 s "Results for “chemist” · 427 postings" stood above the previous,
    unfiltered list. While the fetch runs the shown list belongs to ``shown_query``; the heading
    (views.jobs._searching) says "Searching for …" until the new view has arrived."""
    from careercopilot.state import jobs as jobs_module
    from careercopilot.state.jobs import JobsState
    from careercopilot.views import jobs as jobs_view

    state = _tree()[JobsState]
    state.query, state.shown_query = "chemist", ""
    seen = []

    def fetch(uid, filters, query, page, newest=False, with_progress=False):
        seen.append((state.loading, state.query, state.shown_query))
        return JobsView(total=13, total_text="13 postings"), None

    monkeypatch.setattr(jobs_module, "_fetch", fetch)

    async def run():
        async for _ in state._reload(7):
            pass

    asyncio.run(run())
    assert seen == [(True, "chemist", "")], "during the fetch the list on screen is the old search's"
    assert (state.shown_query, state.loading, state.view.total) == ("chemist", False, 13)
    rendered = str(jobs_view._heading())
    assert "Searching for " in rendered and "shown_query" in str(jobs_view._searching())
