"""Concurrent writes to one application on PostgreSQL lose nothing (attack106 item 2; the SQLite
twin is ``tests/unit/api/test_sqlite_write_races.py``): ``SELECT … FOR UPDATE`` row locks serialize
note appends and stage moves, through the services and through ``/api/v1`` (the ASGI app)."""

from __future__ import annotations

from tests.support import write_races as wr

N = 24


def test_concurrent_note_appends_through_the_service(make_account):
    who = make_account()
    aid = wr.new_application(who.user_id)
    assert wr.append_notes_through_service(who.user_id, aid, N) == N


def test_concurrent_note_posts_through_the_api(client, make_account, override_settings):
    override_settings(api_rate_limit=10_000)
    who = make_account()
    aid = wr.new_application(who.user_id)
    codes, notes = wr.append_notes_through_api(client, who.headers, aid, N)
    assert codes == [200] * N
    assert wr.stored_markers(notes, N) == N


def test_concurrent_stage_moves_chain(client, make_account, override_settings):
    override_settings(api_rate_limit=10_000)
    who = make_account()
    aid = wr.new_application(who.user_id)
    wr.move_stages_through_service(who.user_id, aid, N)
    assert wr.chain_breaks(who.user_id, aid) == []
    aid2 = wr.new_application(who.user_id, company="Race Corp 2")
    assert set(wr.move_stages_through_api(client, who.headers, aid2, N)) == {200}
    assert wr.chain_breaks(who.user_id, aid2) == []
