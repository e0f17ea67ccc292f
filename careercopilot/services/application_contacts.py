"""Contacts of a tracked application (recruiters, hiring managers, referrers).

Same rules as :mod:`careercopilot.services.applications`: keyword-only ``session`` and acting
``user_id``; another user's row raises :class:`LookupError` like a missing one; invalid fields raise
:class:`~careercopilot.services.applications.TrackerError`; callers commit.
"""

from __future__ import annotations

from sqlmodel import Session, func, select

from careercopilot.models import Contact
from careercopilot.services.applications import _text, clean_email, clean_url, get_application
from careercopilot.services.edit_conflicts import check_unchanged, next_stamp


def _contact_values(name, role, email, profile_url) -> dict:
    return {
        "name": _text(name, field="Name", max_len=200, required=True),
        "role": _text(role, field="Role", max_len=200),
        "email": clean_email(email),
        "profile_url": clean_url(profile_url, field="profile URL"),
    }


def list_contacts(*, session: Session, user_id: int, application_id: int) -> list[Contact]:
    """Contacts of the user's application (by name); raises LookupError if not theirs."""
    get_application(session=session, user_id=user_id, application_id=application_id)
    return list(session.exec(
        select(Contact).where(Contact.user_id == user_id, Contact.application_id == application_id)
        .order_by(func.lower(Contact.name), Contact.id)
    ).all())


def add_contact(
    *, session: Session, user_id: int, application_id: int, name: str, role: str | None = None,
    email: str | None = None, profile_url: str | None = None,
) -> Contact:
    """Add a contact (name required; email syntax-checked; profile URL http(s)).

    Raises LookupError (application not the user's) or TrackerError (invalid field).
    """
    get_application(session=session, user_id=user_id, application_id=application_id)
    contact = Contact(application_id=application_id, user_id=user_id, updated_at=next_stamp(None),
                      **_contact_values(name, role, email, profile_url))
    session.add(contact)
    session.flush()
    return contact


def _get_contact(session: Session, user_id: int, contact_id: int) -> Contact:
    contact = session.exec(select(Contact).where(Contact.id == contact_id, Contact.user_id == user_id)).first()
    if contact is None:
        raise LookupError(f"contact {contact_id} not found")
    return contact


def get_contact(*, session: Session, user_id: int, contact_id: int) -> Contact:
    """The user's contact ``contact_id``; raises LookupError when missing or another user's."""
    return _get_contact(session, user_id, contact_id)


def update_contact(
    *, session: Session, user_id: int, contact_id: int, name: str, role: str | None = None,
    email: str | None = None, profile_url: str | None = None, expected_version: str | None = None,
) -> Contact:
    """Replace a contact's fields (same validation as :func:`add_contact`) and move its
    ``updated_at`` forward (``edit_conflicts.next_stamp``). ``expected_version``: the contact's
    version as the caller read it (``edit_conflicts.version_of(updated_at)``); raises
    :class:`~careercopilot.services.edit_conflicts.EditConflict` (nothing written) when it moved on."""
    contact = _get_contact(session, user_id, contact_id)
    check_unchanged(contact.updated_at, expected_version, what="contact")
    for key, value in _contact_values(name, role, email, profile_url).items():
        setattr(contact, key, value)
    contact.updated_at = next_stamp(contact.updated_at)
    session.add(contact)
    session.flush()
    return contact


def delete_contact(*, session: Session, user_id: int, contact_id: int) -> None:
    """Delete a contact; raises LookupError if it is not the user's."""
    session.delete(_get_contact(session, user_id, contact_id))
    session.flush()
