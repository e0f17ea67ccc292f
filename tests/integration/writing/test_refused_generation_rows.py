"""A generation refused because the user's one is running writes no document (sec125 finding 4).

Before: each request refused with 409 ("one generation per person") still saved a ``failed``
document — six parallel requests left six. The slot is checked before the row is written
(``writing_documents.refuse_when_busy``); a row a racing start beat is deleted again.

=============================================================  ============================
variant (while the user's follow-up hangs on the model)          old code
=============================================================  ============================
API ``POST /documents`` (``draft``), three in a row              3 failed rows left
API, six in parallel                                             6 failed rows left
API, another kind (thank-you)                                    1 failed row left
application page's follow-up button (``create_and_start``)       1 failed row left
job page's "Write a cover letter" for another posting (``_start``)  1 failed row left
=============================================================  ============================
Old code: 5 of 5 rows failed.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import JobPosting, WritingDocument
from careercopilot.services import writing_documents as docs
from careercopilot.services.writing_slots import GenerationBusy
from tests.integration.writing.test_generation_pool import hung, seed  # noqa: F401  (fixture)


def _api(uid: int, aid: int, kind: str = "follow_up"):
    from careercopilot.apiv1.routes_documents import draft

    return draft(user_id=uid, kind=kind, application_id=aid)


def _button(uid: int, aid: int, kind: str = "follow_up"):
    return docs.create_and_start(user_id=uid, kind=kind, application_id=aid)


def _job_page(uid: int, aid: int, kind: str = "cover_letter"):
    from careercopilot.state.writing import _start

    with session_scope() as s:
        posting = JobPosting(source_type="manual", ats_id=f"q{time.time_ns()}", url=f"https://example.com/q/{time.time_ns()}",
                             title="Data Engineer", company="Globex", company_key="globex", dedupe_key=f"q{time.time_ns()}",
                             description_text="Python", content_hash="y", owner_id=uid)
        s.add(posting)
        s.flush()
        pid = posting.id
    return _start(uid, pid, kind)


def _documents(uid: int) -> list[WritingDocument]:
    with session_scope() as s:
        return list(s.exec(select(WritingDocument).where(WritingDocument.user_id == uid)))




VARIANTS = [("api-3-sequential", _api, 3, False, "follow_up"), ("api-6-parallel", _api, 6, True, "follow_up"),
            ("api-other-kind", _api, 1, False, "thank_you"), ("app-page-button", _button, 1, False, "follow_up"),
            ("job-page-cover-letter", _job_page, 1, False, "cover_letter")]


@pytest.mark.parametrize("name,start,n,parallel,kind", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_a_refused_generation_leaves_no_document(hung, name, start, n, parallel, kind):  # noqa: F811
    uid, aid, (first,) = seed()
    docs.start_generation(user_id=uid, document_id=first)
    deadline = time.monotonic() + 30
    while hung.accepted < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    refused: list[Exception] = []

    def one() -> None:
        try:
            start(uid, aid, kind)
        except GenerationBusy as exc:
            refused.append(exc)

    if parallel:
        threads = [threading.Thread(target=one) for _ in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        for _ in range(n):
            one()
    assert len(refused) == n
    assert [d.id for d in _documents(uid)] == [first]  # only the running one
