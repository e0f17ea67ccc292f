"""The ``Idempotency-Key`` state machine (``services.idempotency.decide``) and request fingerprint,
without a database: every stored state × same/different request, the window and stale-claim
edges, and which body variants are the same request (draft-ietf-httpapi-idempotency-key-header §2.4,
§2.6, §2.7)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from careercopilot.services import idempotency as idem
from careercopilot.services.idempotency import CLAIM, IN_PROGRESS, MISMATCH, RECLAIM, REPLAY, Seen

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)
FP, OTHER = "a" * 64, "b" * 64
W, STALE = idem.WINDOW_S, idem.STALE_CLAIM_S


def _ago(seconds: float) -> datetime:
    return NOW - timedelta(seconds=seconds)


# (stored row, fingerprint of the new request, expected step)
CASES = [
    (None, FP, CLAIM),                                          # first request
    (Seen(FP, 7, _ago(1)), FP, REPLAY),                         # retry after it finished
    (Seen(FP, 7, _ago(W - 1)), FP, REPLAY),                     # … up to the end of the window
    (Seen(FP, 7, _ago(W)), FP, RECLAIM),                        # expired: ignored, a new create
    (Seen(FP, 7, _ago(W + 3600)), OTHER, RECLAIM),              # expired and another body: also new
    (Seen(FP, None, _ago(0)), FP, IN_PROGRESS),                 # concurrent retry
    (Seen(FP, None, _ago(STALE - 1)), FP, IN_PROGRESS),
    (Seen(FP, None, _ago(STALE)), FP, RECLAIM),                 # the first request died after its claim
    (Seen(FP, 7, _ago(STALE + 10)), FP, REPLAY),                # a finished key is never stale
    (Seen(FP, 7, _ago(1)), OTHER, MISMATCH),                    # same key, different request
    (Seen(FP, None, _ago(1)), OTHER, MISMATCH),                 # … also while the first runs
    (Seen(FP, None, _ago(STALE + 1)), OTHER, MISMATCH),         # … and after it died
    (Seen(FP, 7, _ago(-5)), FP, REPLAY),                        # another process's clock 5 s ahead
]


@pytest.mark.parametrize("seen,fp,expected", CASES)
def test_decide(seen, fp, expected):
    assert idem.decide(seen, fingerprint=fp, now=NOW) == expected


def test_window_and_staleness_are_parameters():
    row = Seen(FP, None, _ago(30))
    assert idem.decide(row, fingerprint=FP, now=NOW, stale_s=20) == RECLAIM
    assert idem.decide(Seen(FP, 3, _ago(30)), fingerprint=FP, now=NOW, window_s=20) == RECLAIM


BODY = {"company": "Initech", "title": "Engineer", "notes": "Ünïcode — ok"}
PATH = "/api/v1/applications"

# (path, body) variants that ARE the first request
SAME = [
    (PATH, dict(reversed(list(BODY.items())))),                 # key order
    (PATH, {**BODY}),
]
# variants that are a different request
DIFFERENT = [
    ("/api/v1/applications/7/contacts", BODY),                  # another path
    (PATH, {**BODY, "title": "Engineer "}),                     # one value (no normalization of values)
    (PATH, {**BODY, "title": "engineer"}),                      # case
    (PATH, {**BODY, "url": None}),                              # an added field, even null
    (PATH, {k: v for k, v in BODY.items() if k != "notes"}),    # a removed field
    (PATH, {**BODY, "title": 1}),                               # type
]


@pytest.mark.parametrize("path,body", SAME)
def test_fingerprint_ignores_key_order(path, body):
    assert idem.fingerprint(path=path, body=body) == idem.fingerprint(path=PATH, body=BODY)


@pytest.mark.parametrize("path,body", DIFFERENT)
def test_fingerprint_tells_requests_apart(path, body):
    assert idem.fingerprint(path=path, body=body) != idem.fingerprint(path=PATH, body=BODY)


def test_fingerprint_is_sha256_hex():
    fp = idem.fingerprint(path=PATH, body=BODY)
    assert len(fp) == 64 and int(fp, 16) >= 0


def test_key_reused_is_a_422_value_error_naming_the_rule():
    assert isinstance(idem.KeyReused(), ValueError)
    assert "Idempotency-Key reused with a different request" in str(idem.KeyReused())
