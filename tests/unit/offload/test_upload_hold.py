"""The upload hand-off (``careercopilot.state.uploads``): bounded, and a full hold is a clear
error for the new upload — not a silent drop of one already accepted (the old resume hold
dropped the oldest upload past 32, whose user then read "The upload was interrupted")."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from careercopilot.state import uploads


@pytest.fixture(autouse=True)
def empty_hold(monkeypatch):
    monkeypatch.setattr(uploads, "_HELD", {})


def test_hold_and_take_once():
    key = uploads.hold("cv.pdf", b"abc")
    assert uploads.take(key) == ("cv.pdf", b"abc")
    assert uploads.take(key) is None and uploads.take("unknown") is None


def test_a_full_hold_refuses_the_new_upload_and_keeps_the_accepted_ones():
    keys = [uploads.hold(f"f{i}", b"x") for i in range(uploads.MAX_HELD)]
    with pytest.raises(uploads.UploadsBusy, match="busy with other uploads"):
        uploads.hold("one-too-many", b"x")
    assert [uploads.take(k) for k in keys] == [(f"f{i}", b"x") for i in range(uploads.MAX_HELD)]
    assert uploads.take(uploads.hold("now-fits", b"x")) == ("now-fits", b"x")


def test_the_byte_budget_refuses_a_file_that_would_exceed_it(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_HELD_BYTES", 10)
    key = uploads.hold("a", b"123456")
    with pytest.raises(uploads.UploadsBusy):
        uploads.hold("b", b"12345")
    assert uploads.take(uploads.hold("c", b"1234")) == ("c", b"1234")  # 6 + 4 fits
    assert uploads.take(key) == ("a", b"123456")


def test_abandoned_entries_make_room(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(uploads.time, "monotonic", lambda: now[0])
    old = [uploads.hold(f"old{i}", b"x") for i in range(uploads.MAX_HELD)]
    now[0] += uploads.HOLD_SECONDS - 1
    with pytest.raises(uploads.UploadsBusy):  # not yet abandoned
        uploads.hold("new", b"x")
    now[0] += 1
    new = uploads.hold("new", b"x")
    assert all(uploads.take(k) is None for k in old) and uploads.take(new) == ("new", b"x")


def _resume_handler():
    from careercopilot.state import resume

    state = SimpleNamespace(error="", notice="", uploading=False)
    return resume, resume.ResumeState.submit_upload, state, "uploading"


def _tracker_handler():
    from careercopilot.state import tracker_exchange

    state = SimpleNamespace(error="", summary="", line_errors=[], progress=0, importing=False)
    return tracker_exchange, tracker_exchange.TrackerExchangeState.submit_import, state, "importing"


@pytest.mark.parametrize("make", [_resume_handler, _tracker_handler], ids=["resume", "tracker-import"])
def test_every_upload_handler_shows_the_busy_error_when_the_hold_is_full(monkeypatch, make):
    module, handler, state, busy_flag = make()

    async def signed_in(_state):
        return 7

    monkeypatch.setattr(module, "current_user_id", signed_in)
    for i in range(uploads.MAX_HELD):
        uploads.hold(f"f{i}", b"x")

    async def read(n):
        return b"Company,Job Title\n"

    upload = SimpleNamespace(size=18, filename="a.csv", read=read)
    follow = asyncio.run(handler.fn(state, [upload]))
    assert follow is None and state.error == uploads.BUSY and getattr(state, busy_flag) is False
    assert len(uploads._HELD) == uploads.MAX_HELD


@pytest.mark.parametrize(("held", "raises", "expected"), [
    (False, None, "The upload was interrupted; please upload the file again."),
    (True, ConnectionError("redis down"), "The import could not be started right now. Please try again in a minute."),
], ids=["nothing-held", "enqueue-fails"])
def test_the_tracker_import_says_why_it_did_not_start(monkeypatch, held, raises, expected):
    from careercopilot.services import background, exchange_uploads
    from careercopilot.state import tracker_exchange as te

    class Probe(SimpleNamespace):
        async def __aenter__(self):
            return self

        async def __aexit__(self, *exc):
            return False

    async def signed_in(_state):
        return 7

    def enqueue(*a, **kw):
        raise raises

    monkeypatch.setattr(te, "current_user_id", signed_in)
    monkeypatch.setattr(exchange_uploads, "store_import_upload", lambda **kw: "u7-" + "0" * 32)
    monkeypatch.setattr(background, "enqueue", enqueue)
    state = Probe(error="", importing=True, _start_import=te.TrackerExchangeState._start_import)
    key = uploads.hold("a.csv", b"Company,Job Title\n") if held else "gone"

    async def drain():
        return [e async for e in te.TrackerExchangeState.process_import.fn(state, key)]

    if raises is None:
        assert asyncio.run(drain()) == []
    else:
        with pytest.raises(type(raises)):
            asyncio.run(drain())
    assert (state.error, state.importing) == (expected, False)


@pytest.mark.parametrize(("held", "raises", "expected"), [
    (False, None, "The upload was interrupted; please upload the file again."),
    (True, ConnectionError("database down"),
     "The file could not be processed right now and nothing was saved. Please try again in a minute."),
], ids=["nothing-held", "store-fails-unexpectedly"])
def test_the_resume_upload_says_what_happened(monkeypatch, held, raises, expected):
    """An unexpected failure while storing a resume reaches the server log and tells the user that
    nothing was saved; only a hold that is gone says the upload was interrupted."""
    from careercopilot.state import resume as rs

    class Probe(SimpleNamespace):
        async def __aenter__(self):
            return self

        async def __aexit__(self, *exc):
            return False

    async def signed_in(_state):
        return 7

    async def store(uid, name, data):
        raise raises

    monkeypatch.setattr(rs, "current_user_id", signed_in)
    state = Probe(error="", notice="", uploading=True, versions=[], selected=None, _store_upload=store)
    key = uploads.hold("cv.txt", b"Jane Doe\nEngineer\n") if held else "gone"

    async def run():
        return await rs.ResumeState.process_upload.fn(state, key)

    if raises is None:
        asyncio.run(run())
    else:
        with pytest.raises(type(raises)):
            asyncio.run(run())
    assert (state.error, state.notice, state.uploading) == (expected, "", False)
