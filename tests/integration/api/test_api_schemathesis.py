"""Property-based tests of /api/v1 against its own OpenAPI document (schemathesis, pinned in
requirements.txt) on PostgreSQL through the ASGI app.

Every operation gets up to 25 generated requests (fixed seed, derandomized: the same cases
every run), sent with a token holding every scope. Checks: no 5xx, every status code, content
type, header and body as documented (``response_schema_conformance``). The whole file runs in
well under 4 minutes (pytest-timeout 240 s).
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, seed, settings

from careercopilot.api import app
from careercopilot.apiv1 import OPENAPI_PATH
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

schema = schemathesis.openapi.from_asgi(OPENAPI_PATH, app)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]


@pytest.fixture
def token_headers(make_account, override_settings):
    override_settings(api_rate_limit=10_000)  # the limit is tested elsewhere; here it would only stop the run
    return make_account().headers


@pytest.mark.timeout(240)
@schema.parametrize()
@seed(20261204)
@settings(max_examples=25, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_api_matches_its_openapi_document(case, token_headers):
    # timeout: the first search loads the embedding model (seconds on a busy 2-core machine)
    case.call_and_validate(headers=token_headers, checks=CHECKS, timeout=120)
