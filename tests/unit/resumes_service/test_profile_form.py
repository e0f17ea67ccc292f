"""Settings → Profile save: an unknown time zone must not throw away the new display name (and a
too-long name not the new time zone); the strict ``update_profile`` stays all or nothing."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.services import users


@pytest.mark.parametrize(("name", "zone", "field", "stored"), [
    ("Ana Lima", "Mars/Base", "timezone", ("Ana Lima", "UTC")),
    ("x" * 130, "Europe/Berlin", "display_name", (None, "Europe/Berlin")),
])
def test_profile_form_saves_the_valid_field(two_users, name, zone, field, stored):
    a, _ = two_users
    with session_scope() as s:
        users.get_profile(session=s, user_id=a).timezone = "UTC"
    with session_scope() as s:
        _, errors = users.update_profile_form(session=s, user_id=a, display_name=name, timezone_name=zone)
    assert list(errors) == [field]
    with session_scope() as s:
        user = users.get_profile(session=s, user_id=a)
        assert (user.display_name, user.timezone) == stored


def test_strict_update_saves_nothing_on_error(two_users):
    a, _ = two_users
    with session_scope() as s, pytest.raises(users.AccountError):
        users.update_profile(session=s, user_id=a, display_name="Ana", timezone_name="Mars/Base")
    with session_scope() as s:
        assert users.get_profile(session=s, user_id=a).display_name is None
