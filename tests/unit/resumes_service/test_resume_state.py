"""ResumeState's upload helper: the notice the Resume page shows for a new and a repeated file."""

from __future__ import annotations

from resume_files import make_docx, make_pdf, stored_files

from careercopilot.services import resumes
from careercopilot.state import resume as resume_state


def test_upload_notice_names_the_version_and_a_repeated_file(two_users, storage, rescores, monkeypatch):
    a, _ = two_users
    monkeypatch.setattr(resumes, "get_storage", lambda: storage)
    def add(name: str, data: bytes):  # the handler's two steps: read (parse lane), then store
        return resume_state._add(a, name, data, resumes.read_resume(data, name))

    v1, first = add("cv.pdf", make_pdf())
    assert first == "Resume uploaded as version 1. Rankings are being refreshed."
    v2, second = add("cv.docx", make_docx())
    assert v2 != v1 and second.startswith("Resume uploaded as version 2.")
    again_id, again = add("cv-copy.pdf", make_pdf())  # byte-identical to version 1
    assert again_id == v1
    assert again == "This file is already version 1 — it is your active resume again. Rankings are being refreshed."
    assert "Resume uploaded" not in again
    assert len(stored_files(storage)) == 2
