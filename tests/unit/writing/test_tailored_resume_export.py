"""Issue 12 (trial126, finding 2): the tailored resume can be edited and exported (DOCX, PDF) even when the
tailoring proposes no change (:mod:`careercopilot.services.writing_tailored`); an edit adding a fact is refused."""

from __future__ import annotations

import io
import time

import pytest

from careercopilot.db import session_scope
from careercopilot.models import JobPosting, Resume, User
from careercopilot.services import writing_prep as prep, writing_tailored as tailored

RESUME = ("Rosa Delgado\nEXPERIENCE\nSenior HVAC Service Technician — Sunbelt Comfort Services\n"
          "Phoenix, AZ | March 2019 – Present\n- Service 40+ light-commercial accounts under preventive maintenance "
          "agreements.\n- Troubleshoot packaged RTUs up to 25 tons.\n")
#: postings for which the tailoring proposes no change (the trial's "Nothing to change"): every skill already
#: shown and first, none shared, no requirements at all
POSTINGS = ["Requirements\n- Preventive maintenance\n- Troubleshooting\n", "Requirements\n- Knitting\n", ""]


@pytest.fixture
def seeded(sqlite_engine, monkeypatch, tmp_path):
    from careercopilot.config import settings

    monkeypatch.setattr(settings, "jobs_inline", True)
    monkeypatch.setattr(settings, "data_dir", tmp_path)

    def make(description: str) -> tuple[int, int]:
        with session_scope() as s:
            user = User(email=f"rosa-{time.time_ns()}@example.com", display_name="Rosa Delgado")
            s.add(user)
            s.flush()
            s.add(Resume(user_id=user.id, filename="r.txt", mime="text/plain", storage_key="k", text=RESUME,
                         is_active=True))
            p = JobPosting(source_type="manual", ats_id=f"p-{time.time_ns()}", url=f"https://example.com/{time.time_ns()}",
                           title="Building Engineer", company="", company_key="", dedupe_key=f"k{time.time_ns()}",
                           description_text=description, content_hash="x", owner_id=user.id)
            s.add(p)
            s.flush()
            doc = prep.start_tailoring(session=s, user_id=user.id, posting_id=p.id)
            return user.id, doc.id
    return make


@pytest.mark.parametrize("posting", POSTINGS)
def test_an_unchanged_tailoring_exports_and_edits(seeded, posting):
    import docx

    from careercopilot.services import writing_documents as docs

    uid, doc_id = seeded(posting)
    with session_scope() as s:
        assert not [c for c in prep._state(docs.get_document(session=s, user_id=uid, document_id=doc_id),
                                           "tailoring")["changes"] if c["kind"] != "order"]
        routed = docs.export(session=s, user_id=uid, document_id=doc_id, fmt="docx")  # the page's export link
        assert routed.filename.endswith(".docx") and routed.data[:2] == b"PK"
        assert tailored.tailored_text(session=s, user_id=uid, document_id=doc_id).strip() == RESUME.strip()
        out = tailored.export_tailored(session=s, user_id=uid, document_id=doc_id, fmt="docx")
        assert "40+ light-commercial accounts" in "\n".join(p.text for p in docx.Document(io.BytesIO(out.data)).paragraphs)
        assert tailored.export_tailored(session=s, user_id=uid, document_id=doc_id, fmt="pdf").data[:4] == b"%PDF"
        edited = RESUME.replace("- Troubleshoot packaged RTUs up to 25 tons.\n", "")
        tailored.edit_tailored(session=s, user_id=uid, document_id=doc_id, text=edited)
    with session_scope() as s:
        assert "RTUs" not in tailored.tailored_text(session=s, user_id=uid, document_id=doc_id)
        saved = prep.finish_tailoring(session=s, user_id=uid, document_id=doc_id)  # a version now: it differs
        assert "RTUs" not in saved.text


def test_an_edit_that_adds_a_fact_is_refused(seeded):
    uid, doc_id = seeded(POSTINGS[0])
    with session_scope() as s, pytest.raises(ValueError, match="adds facts"):
        tailored.edit_tailored(session=s, user_id=uid, document_id=doc_id,
                               text=RESUME.replace("40+", "400+").replace("Sunbelt", "Carrier"))


def test_another_users_tailoring_is_not_found(seeded):
    uid, doc_id = seeded(POSTINGS[0])
    other, _ = seeded(POSTINGS[1])
    with session_scope() as s, pytest.raises(LookupError):
        tailored.export_tailored(session=s, user_id=other, document_id=doc_id, fmt="docx")
