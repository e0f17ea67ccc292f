"""``If-Match`` on API writes (attack a12 W7: ``*`` and ``W/"<current etag>"`` were accepted on
``PATCH /applications/{id}``, whose docs require the ETag of your last read). RFC 9110 §13.1.1:
strong comparison, ``*`` true for an existing resource; where the tag is required as the
lost-update guard, ``*`` names no version and is 428 (RFC 6585 §3)."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from careercopilot.apiv1.etags import check_if_match, etag, if_match_tags
from careercopilot.apiv1.problems import Problem


class Thing(BaseModel):
    id: int
    notes: str


CURRENT = Thing(id=1, notes="now")
TAG = etag(CURRENT)
OLD = etag(Thing(id=1, notes="before"))

#: (If-Match value, status when the tag is required, status when it is optional); None = accepted.
CASES = [
    (None, 428, None),
    (TAG, None, None),
    (f" {TAG} ", None, None),
    (f"{OLD}, {TAG}", None, None),
    (f"{OLD},{TAG},", None, None),
    (OLD, 412, 412),
    (f"W/{TAG}", 412, 412),              # weak never matches under strong comparison
    (f"W/{OLD}, W/{TAG}", 412, 412),
    (f"w/{TAG}", 412, 412),              # not even a weak tag: malformed
    ("*", 428, None),                    # exists — but names no version
    (" * ", 428, None),
    (f"*, {TAG}", 412, 412),             # "*" is the whole field value or nothing
    (TAG.strip('"'), 412, 412),          # unquoted
    ("", 412, 412),
    ('"', 412, 412),
]


@pytest.mark.parametrize(("value", "required_status", "optional_status"), CASES)
def test_if_match_table(value, required_status, optional_status):
    for required, status in ((True, required_status), (False, optional_status)):
        if status is None:
            check_if_match(CURRENT, value, what="thing", required=required)
            continue
        with pytest.raises(Problem) as err:
            check_if_match(CURRENT, value, what="thing", required=required)
        assert err.value.status == status, (value, required)
        if status == 412:
            assert err.value.headers["ETag"] == TAG


def test_weak_current_tag_says_why():
    with pytest.raises(Problem, match="without W/"):
        check_if_match(CURRENT, f"W/{TAG}", what="thing")


def test_if_match_tags_parses_lists():
    assert if_match_tags(f'{TAG}, W/"x", "y"') == ([TAG, '"y"'], True)
    assert if_match_tags('"a,b"') is None  # tags are split on commas first; ours are hex digests
    assert if_match_tags("abc") is None
