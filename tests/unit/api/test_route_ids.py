"""Ids out of the database's integer range, or not plain decimal digits, are 4xx on every
cookie route and "not found" on every page (attack106 item 3: ``/api/writing/1e20/…``,
``/api/resumes/99999999999999999999/file``, ``/applications/99999999999999999999`` answered 500 /
"Something went wrong"). The bound is /api/v1's: ``1 ≤ id ≤ 2**31 - 1`` (PostgreSQL ``integer``)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from careercopilot import routes

ROOT = Path(__file__).resolve().parents[3]

#: (raw id as typed in a URL, the id it names or None)
RAW_IDS = [
    ("7", 7), ("2147483647", 2**31 - 1), ("007", 7),
    ("0", None), ("-1", None), ("+7", None), ("2147483648", None), ("9223372036854775808", None),
    ("99999999999999999", None), ("99999999999999999999", None), ("9" * 400, None),
    ("²", None), ("١٢", None), ("１２", None), ("1e3", None), ("1.0", None), ("0x1f", None), (" 7", None),
    ("7 ", None), ("", None), ("abc", None), ("1_000", None),
]


@pytest.mark.parametrize(("raw", "expected"), RAW_IDS, ids=[repr(r)[:24] for r, _ in RAW_IDS])
def test_parse_row_id(raw, expected):
    assert routes.parse_row_id(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), RAW_IDS, ids=[repr(r)[:24] for r, _ in RAW_IDS])
def test_page_loaders_read_the_route_id_through_the_helper(raw, expected):
    from careercopilot.state.route_ids import route_id

    for path in (f"/applications/{raw}", f"/applications/{raw}/"):
        state = SimpleNamespace(router=SimpleNamespace(url=SimpleNamespace(path=path)), application_id=raw)
        assert route_id(state, "application_id") == expected
        assert route_id(SimpleNamespace(router=state.router)) == expected


#: A page loader parsing a route segment itself (``raw.isdigit()``, ``int(raw)``): use state.route_ids.
_HAND_PARSED = re.compile(r"\.isdigit\(\)")


def test_no_page_loader_parses_route_ids_by_hand():
    offenders = [f"{p.relative_to(ROOT)}:{i}" for folder in ("state", "pages", "views")
                 for p in sorted((ROOT / "careercopilot" / folder).rglob("*.py"))
                 for i, line in enumerate(p.read_text("utf-8").splitlines(), 1)
                 if _HAND_PARSED.search(line) and "router" in line + p.read_text("utf-8").splitlines()[i - 2]]
    assert offenders == []


COOKIE_ROUTES = ["/api/writing/{id}/export.pdf", "/api/writing/{id}/export.docx", "/api/resumes/{id}/file",
                 "/api/applications/{id}/calendar.ics"]
BAD_IDS = ["0", "-1", "2147483648", "9223372036854775808", "99999999999999999999", "9" * 60, "1e3", "abc", "%C2%B2"]


@pytest.mark.parametrize("route", COOKIE_ROUTES)
def test_cookie_routes_refuse_out_of_range_ids(backend, route):
    """Every id of :data:`BAD_IDS` on ``route``, as a program and as a browser tab: 404 or 422."""
    failures = [(raw[:22], accept, r.status_code) for raw in BAD_IDS for accept in ("application/json", "text/html")
                if (r := backend.client.get(route.replace("{id}", raw), headers={"Accept": accept})).status_code
                not in (404, 422)]
    assert failures == []
