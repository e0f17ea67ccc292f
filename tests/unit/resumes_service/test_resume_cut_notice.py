"""A resume file whose text is longer than ``resumes.MAX_TEXT_CHARS`` is read up to that many characters and the
upload notice says so (trial123 finding 11: a 7.6 MB text file was accepted and the extracted-text box showed its
first 200,000 characters, unsaid). Old code: no cut count and no notice (5 of 5 rows failed, the 3 cut rows for the
missing notice); the two rows at or under the limit check that nothing is said when nothing is cut."""

from __future__ import annotations

import pytest
from resume_files import BACKEND_LINES, make_docx, make_txt

from careercopilot.db import session_scope
from careercopilot.services import resumes

LIMIT = resumes.MAX_TEXT_CHARS
FILLER = "Maintained rooftop units and logged refrigerant recovery for each service call. "


def _padded(kind: str, extra: int) -> bytes:
    """The backend resume plus filler lines so the text is about LIMIT + extra characters long."""
    lines = list(BACKEND_LINES)
    need = LIMIT + extra - sum(len(x) + 1 for x in lines)
    lines += [FILLER.strip()] * max(0, need // len(FILLER) + (1 if need > 0 else 0))
    return make_docx(lines) if kind == "docx" else make_txt(lines)


@pytest.mark.parametrize("kind, extra, cut", [
    ("txt", 50_000, True),       # a quarter over
    ("txt", 5_000_000, True),    # the trial's few-MB text file (under the byte limit)
    ("docx", 40_000, True),      # a long DOCX
    ("txt", -LIMIT // 2, False),  # an ordinary long resume
    ("txt", -2_000, False),      # just under the limit
])
def test_a_cut_text_is_said_in_the_upload_notice(two_users, storage, rescores, kind, extra, cut):
    a, _ = two_users
    data = _padded(kind, extra)
    if len(data) > resumes.MAX_RESUME_BYTES:
        pytest.fail("the fixture must stay under the byte limit")
    read = resumes.read_resume(data, f"cv.{kind}")
    with session_scope() as s:
        up = resumes.upload_resume(session=s, user_id=a, filename=f"cv.{kind}", data=data, storage=storage, read=read)
        message, kept = up.message, len(up.resume.text)
    assert kept <= LIMIT
    if cut:
        assert read.cut_from > LIMIT
        assert f"Only the first {LIMIT:,} of its {read.cut_from:,} characters" in message, message
    else:
        assert read.cut_from == 0 and "Only the first" not in message, message
