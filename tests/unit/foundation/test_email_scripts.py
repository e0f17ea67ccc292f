"""Sign-up refuses addresses that mix alphabets within a part (UTS #39 "Highly Restrictive"):
look-alike accounts such as "rаce1@example.com" (Cyrillic "а") were created beside race1's
(session 25 probe). Single-script addresses in any alphabet, and Japanese/Chinese mixes, stay
valid; an account made before the rule still signs in."""

from __future__ import annotations

import pytest

from careercopilot.services import users

ROWS = [
    ("race1@example.com", True),
    ("r\u0430ce1@example.com", False),  # Cyrillic а in the local part
    ("race1@ex\u0430mple.com", False),  # … in the domain
    ("p\u0430ypal@x.com", False),
    ("abc\u03b1\u03b2\u03b3@x.com", False),  # Latin + Greek
    ("\u0441ash@bank.com", False),  # Cyrillic с
    ("m\u00fcller@b\u00fccher.de", True),  # Latin with diacritics
    ("jos\u00e9.garc\u00eda@example.es", True),
    ("\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444", True),  # all Cyrillic
    ("ivan@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444", True),  # one script per part
    ("\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a", True),  # Chinese
    ("\u305f\u306a\u304b@\u4f8b\u3048.jp", True),  # Hiragana + Han: one writing system
    ("\u03b4\u03bf\u03ba\u03b9\u03bc\u03ae@\u03c0\u03b1\u03c1\u03ac\u03b4\u03b5\u03b9\u03b3\u03bc\u03b1.gr", True),
    ("a-1.b_2@ex-ample.co.uk", True),
]


@pytest.mark.parametrize("email,allowed", ROWS)
def test_single_script_rule(email, allowed):
    canonical = users.normalize_email(email)
    if allowed:
        users.check_single_script(canonical)
    else:
        with pytest.raises(users.AccountError) as err:
            users.check_single_script(canonical)
        assert err.value.args[0].startswith("That email address mixes letters")


def test_sign_up_refuses_a_look_alike_but_an_old_account_still_signs_in(sqlite_engine):
    from careercopilot.db import session_scope
    from careercopilot.models import User
    from careercopilot.services.passwords import hash_password

    password = "tangerine-bicycle-42-x"
    with session_scope() as s:
        users.create_user(session=s, email="race1@example.com", password=password)
        with pytest.raises(users.AccountError):
            users.create_user(session=s, email="r\u0430ce1@example.com", password=password)
        # made before the rule (stored directly): it still authenticates
        s.add(User(email=users.normalize_email("r\u0430ce2@example.com"), password_hash=hash_password(password)))
    with session_scope() as s:
        assert users.authenticate(session=s, email="r\u0430ce2@example.com", password=password)
