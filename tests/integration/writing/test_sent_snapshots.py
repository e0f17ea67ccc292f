"""What an application's "as sent" copies hold when it is marked applied, and how they are shown
(ux100, issue 12 newcomer trial: interview prep and the tailoring proposal appeared as raw JSON
under "As sent").

Sent with an application: its cleared cover letter and the resume version tailoring saved for
it. Not sent: interview prep, the tailoring proposal's state, follow-up / thank-you e-mails.
Every snapshot, older rows of prep or tailoring included, is shown as the document."""

from __future__ import annotations

import json

from sqlmodel import select

from careercopilot.db import session_scope
from careercopilot.models import ApplicationSnapshot
from careercopilot.services import application_changes
from careercopilot.services import writing_documents as docs
from careercopilot.services import writing_prep as prep
from careercopilot.services.sent_snapshots import display
from careercopilot.services.writing_generation import run
from tests.integration.writing.test_writing_prep import db, seed  # noqa: F401 — the fixture

def _looks_like_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return text.strip().startswith(("{", "["))


def test_applied_copies_the_letter_and_the_tailored_resume_only(db):  # noqa: F811
    uid, aid = seed()
    with session_scope() as s:
        letter = docs.create_document(session=s, user_id=uid, kind="cover_letter", application_id=aid).id
        mails = [docs.create_document(session=s, user_id=uid, kind=k, application_id=aid).id
                 for k in ("follow_up", "thank_you")]
    for doc_id in (letter, *mails):
        assert run(doc_id) == "ready"
    with session_scope() as s:
        tailoring = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        for c in json.loads(tailoring.text)["changes"]:
            prep.decide_change(session=s, user_id=uid, document_id=tailoring.id, index=c["index"], status="accepted")
        tailored = prep.finish_tailoring(session=s, user_id=uid, document_id=tailoring.id)
        prep.start_interview_prep(session=s, user_id=uid, application_id=aid)
        tailored_text, letter_text = tailored.text, docs.get_document(session=s, user_id=uid, document_id=letter).text
    with session_scope() as s:
        application_changes.move_stage(session=s, user_id=uid, application_id=aid, to_stage="applied")
    with session_scope() as s:
        snaps = docs.snapshots(session=s, user_id=uid, application_id=aid)
        assert [(x.kind, x.text) for x in snaps] == [("cover_letter", letter_text), ("tailored_resume", tailored_text)]
        assert not any(_looks_like_json(x.text) for x in snaps)
        shown = [display(x.kind, x.text, session=s, user_id=uid) for x in snaps]
        assert [label for label, _ in shown] == ["Cover letter", "Tailored resume"]


def test_older_prep_and_tailoring_snapshots_are_shown_as_documents(db):  # noqa: F811
    """Rows copied by the old rule (the JSON state of a prep or tailoring document) read as documents."""
    uid, aid = seed()
    with session_scope() as s:
        tailoring = prep.start_tailoring(session=s, user_id=uid, application_id=aid)
        state = json.loads(tailoring.text)
        for c in state["changes"]:
            prep.decide_change(session=s, user_id=uid, document_id=tailoring.id, index=c["index"], status="accepted")
        tailored = prep.finish_tailoring(session=s, user_id=uid, document_id=tailoring.id)
        interview = prep.start_interview_prep(session=s, user_id=uid, application_id=aid)
        prep.save_answer(session=s, user_id=uid, document_id=interview.id, index=0, answer="At Brightline I ...")
        for doc in (tailoring, interview):  # as the old snapshot_documents stored them
            s.add(ApplicationSnapshot(application_id=aid, user_id=uid, document_id=doc.id, kind=doc.kind, text=doc.text))
        decided = json.loads(tailoring.text)
        s.add(ApplicationSnapshot(application_id=aid, user_id=uid, kind="tailoring",
                                  text=json.dumps({**decided, "resume_id": None})))  # never saved as a version
        s.flush()
        rows = list(s.exec(select(ApplicationSnapshot).where(ApplicationSnapshot.application_id == aid)
                           .order_by(ApplicationSnapshot.id)))
        shown = [display(r.kind, r.text, session=s, user_id=uid) for r in rows]
        questions = json.loads(interview.text)["questions"]
        assert shown[0] == ("Tailored resume", tailored.text)
        label, text = shown[1]
        assert label == "Interview prep" and text.startswith(f"1. {questions[0]['text']}")
        assert "Your answer: At Brightline I ..." in text
        label, text = shown[2]
        assert label == "Tailored resume" and text.startswith("• ")
        assert text.split("\n") == [f"• {c['after']}" for c in decided["changes"]]
        for _, text in shown:
            assert not _looks_like_json(text) and '"questions"' not in text and '"changes"' not in text


def test_display_of_letters_is_their_text():
    letter = "[Your name]\nPittsburgh, PA\n\nDear hiring team,\n\nI am a CPhT …"
    assert display("cover_letter", letter) == ("Cover letter", letter)
    assert display("follow_up", "{not json") == ("Follow-up e-mail", "{not json")
