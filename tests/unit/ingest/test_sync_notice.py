"""The "sync finished" inbox item (jobs/ingest.py → services/job_notices.py): the user who
pressed "Sync now" (``BackgroundJob.user_id``) gets one item per job, also when the job body runs
again under the same job id (an RQ or in-process retry); a scheduled sync announces nothing."""

from __future__ import annotations

from sqlmodel import select

from careercopilot.models import Notification
from careercopilot.services import background
from jobs.ingest import sync_source


def _items(session) -> list[Notification]:
    session.expire_all()
    return list(session.exec(select(Notification)))


def test_sync_now_tells_its_starter_once(session, users, make_source):
    admin, alice, _ = users
    demo = make_source("remoteok", None, is_demo=True)
    handle = background.enqueue(sync_source, demo.id, user_id=admin.id)
    background.wait_inline_jobs()
    assert background.job_status(handle.id).status == "finished"
    items = _items(session)
    assert [(n.user_id, n.kind, n.dedupe_key, n.link) for n in items] == [
        (admin.id, "sync_finished", handle.id, "/sources")]
    assert items[0].title == f"Sync of {demo.name} finished" and "new" in items[0].body

    # the job body again under the same id (a retry after its last step): still one item
    token = background._current_job_id.set(handle.id)
    try:
        sync_source(demo.id)
    finally:
        background._current_job_id.reset(token)
    assert len(_items(session)) == 1


def test_a_scheduled_sync_announces_nothing(session, users, make_source):
    demo = make_source("remoteok", None, is_demo=True)
    handle = background.enqueue(sync_source, demo.id)  # the scheduler: no user
    background.wait_inline_jobs()
    assert background.job_status(handle.id).status == "finished"
    assert _items(session) == []
