"""Fixtures of the fault tests (issue 9, findings 9-13). Helpers: ``tests/support/faults.py``;
the stack (own redis-server, throwaway PostgreSQL, real workers): ``job_stack`` in
``tests/integration/conftest.py``."""

from __future__ import annotations

import pytest

from careercopilot.db import session_scope
from careercopilot.models import Source
from tests.support.faults import greenhouse_board


@pytest.fixture
def board_source(httpserver):
    """Factory ``board_source(n, words=None, token="acme")`` → id of a Greenhouse Source whose
    board (``n`` postings) is served by the loopback ``httpserver``."""

    def make(n: int, *, words: int | None = None, token: str = "acme") -> int:
        httpserver.expect_request(f"/v1/boards/{token}/jobs").respond_with_json(greenhouse_board(n, words=words))
        with session_scope() as s:
            src = Source(type="greenhouse", token=token, name=f"Acme {token}",
                         base_url=httpserver.url_for("").rstrip("/"))
            s.add(src)
            s.flush()
            return src.id

    return make
