"""The row id a detail page's route names (``/applications/<id>``, ``/jobs/<id>``, ``/writing/<id>``),
read one way for every page loader: None — the page's "not found" — for anything that is not an id
in ``1..routes.MAX_ROW_ID`` (:func:`careercopilot.routes.parse_row_id`). Before it each loader had
its own ``raw.isdigit()`` test: ``/applications/99999999999999999999`` reached the database and
showed "Something went wrong" (attack106 item 3), ``/applications/²`` raised in ``int()``."""

from __future__ import annotations

from careercopilot.routes import parse_row_id


def last_segment(state) -> str:
    """The last segment of the page's path (``router.url.path``; Reflex 0.10 deprecates ``RouterData.page``)."""
    return str(state.router.url.path or "").rstrip("/").rsplit("/", 1)[-1]


def route_id(state, arg: str = "") -> int | None:
    """The id of the route argument ``arg`` (Reflex's dynamic route var, e.g. ``application_id``)
    when it is set, else of the path's last segment; None when it names no row."""
    raw = str(getattr(state, arg, "") or "") if arg else ""
    return parse_row_id(raw) if raw else parse_row_id(last_segment(state))
