"""User A's rows for the cross-user suites (REST and MCP, issue 14): one of every user-owned
resource the API and the MCP tools reach, each carrying ``marker`` so any leak to user B shows
in a response body. :func:`seed` returns the ids by the names the OpenAPI path parameters and the
MCP tool arguments use; :func:`assert_untouched` checks afterwards that B changed none of them."""

from __future__ import annotations

import secrets
import uuid

from careercopilot.db import session_scope
from careercopilot.models import (
    Application,
    BackgroundJob,
    Contact,
    Notification,
    Reminder,
    Resume,
    SavedSearch,
    SavedSearchHit,
    WritingDocument,
)
from careercopilot.services import application_changes, applications, notifications, reminders
from careercopilot.services import application_contacts
from careercopilot.services.alerts import saved_searches
from careercopilot.services.export_jobs import EXPORT_JOB
from tests.support import tracker_data


def new_marker() -> str:
    return f"ALICE{secrets.token_hex(4)}"


def seed(user_id: int, marker: str) -> dict:
    """Create A's rows; returns ``{"application_id", "contact_id", "resume_id", "posting_id",
    "search_id", "reminder_id", "notification_id", "document_id", "job_id", "posting_url"}``."""
    with session_scope() as s:
        posting = tracker_data.make_posting(s, owner_id=user_id, title=f"{marker} private role", company=marker)
        app = applications.add_manual(session=s, user_id=user_id, company=marker, title=f"{marker} title",
                                      notes=f"{marker} notes")
        s.flush()
        application_changes.set_follow_up(session=s, user_id=user_id, application_id=app.id, follow_up_on="2020-01-01")
        contact = application_contacts.add_contact(session=s, user_id=user_id, application_id=app.id, name=f"{marker} contact")
        resume = tracker_data.active_resume(s, user_id=user_id)
        resume.text = f"{marker} resume text"
        search = saved_searches.create(session=s, user_id=user_id, name=f"{marker} search", query="", filters={},
                                       delivery="daily")
        s.add(SavedSearchHit(user_id=user_id, saved_search_id=search.id, posting_id=posting.id, score=50.0))
        saved_searches.hide(session=s, user_id=user_id, posting_id=posting.id, reason=marker)
        reminder = reminders.open_reminders(session=s, user_id=user_id, application_id=app.id)[0][0]
        note, _ = notifications.notify(session=s, user_id=user_id, kind="digest", dedupe_key=marker,
                                       title=f"{marker} inbox item")
        doc = WritingDocument(user_id=user_id, kind="cover_letter", application_id=app.id, title=f"{marker} letter",
                              text=f"{marker} letter text", status="ready")
        s.add(doc)
        job = BackgroundJob(id=uuid.uuid4().hex, func=EXPORT_JOB, args=f"[{user_id}]", user_id=user_id,
                            status="finished", progress=100, message=marker)
        s.add(job)
        s.flush()
        return {"application_id": app.id, "contact_id": contact.id, "resume_id": resume.id, "posting_id": posting.id,
                "posting_url": posting.url,
                "search_id": search.id, "reminder_id": reminder.id, "notification_id": note.id,
                "document_id": doc.id, "job_id": job.id}


def assert_untouched(user_id: int, marker: str, ids: dict) -> None:
    """A's rows are as :func:`seed` left them."""
    with session_scope() as s:
        row = s.get(Application, ids["application_id"])
        assert (row.stage, row.notes, row.user_id, str(row.follow_up_on)) == (
            "saved", f"{marker} notes", user_id, "2020-01-01")
        assert s.get(Contact, ids["contact_id"]).name == f"{marker} contact"
        assert s.get(Resume, ids["resume_id"]).is_active
        search = s.get(SavedSearch, ids["search_id"])
        assert (search.name, search.active, search.delivery) == (f"{marker} search", True, "daily")
        rem = s.get(Reminder, ids["reminder_id"])
        assert (rem.status, rem.snoozed_until) == ("open", None)
        assert s.get(Notification, ids["notification_id"]).read_at is None
        doc = s.get(WritingDocument, ids["document_id"])
        assert (doc.text, doc.user_id) == (f"{marker} letter text", user_id)
        assert saved_searches.is_hidden(session=s, user_id=user_id, posting_id=ids["posting_id"])
