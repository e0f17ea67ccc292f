"""Every time a user sees is in the user's own zone, formatted by one helper
(``services.local_time``) — issue 10 trial finding: the dashboard's "last synced", resume dates,
a posting's dates and the export link's expiry said UTC while the stage history used the user's
zone."""

from __future__ import annotations

import ast
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from careercopilot.services.local_time import local_day, local_input_value, local_minute

BERLIN, LA, UTC = ZoneInfo("Europe/Berlin"), ZoneInfo("America/Los_Angeles"), ZoneInfo("UTC")


@pytest.mark.parametrize(("moment", "zone", "minute", "day"), [
    (datetime(2026, 12, 4, 23, 30, tzinfo=timezone.utc), BERLIN, "2026-12-05 00:30", "2026-12-05"),
    (datetime(2026, 12, 5, 3, 0, tzinfo=timezone.utc), LA, "2026-12-04 19:00", "2026-12-04"),
    (datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc), BERLIN, "2026-07-01 14:00", "2026-07-01"),  # summer time
    (datetime(2026, 12, 4, 23, 30), BERLIN, "2026-12-05 00:30", "2026-12-05"),  # naive = UTC
    (datetime(2026, 12, 4, 23, 30, tzinfo=timezone.utc), UTC, "2026-12-04 23:30", "2026-12-04"),
])
def test_helpers_render_in_the_zone(moment, zone, minute, day):
    assert local_minute(moment, zone) == minute
    assert local_day(moment, zone) == day
    assert local_input_value(moment, zone) == minute.replace(" ", "T")


def test_none_is_blank():
    assert local_minute(None, BERLIN) == local_day(None, BERLIN) == local_input_value(None, BERLIN) == ""


ROOT = Path(__file__).resolve().parents[3] / "careercopilot"
#: Folders whose modules feed pages, components and e-mails.
SCANNED = ("pages", "components", "views", "state", "services")
#: Modules that may format moments themselves, and why (none of it is shown as a time of day).
ALLOWED = {
    "services/local_time.py": "the helper itself",
    "services/exchange.py": "CSV/JSON exports: ISO 8601 UTC / the export's own documented columns",
    "services/data_export.py": "account export: ISO 8601 UTC",
    "services/backup/runner.py": "backup set ids",
    "services/backup/manifest.py": "backup manifest (ISO 8601)",
    "services/writing_budget.py": "the UTC day key of the AI budget",
    "services/alerts/instant.py": "send-log dedupe key",
    "services/account_mail.py": "send-log dedupe key",
    "services/alert_timing.py": "send-log period keys",
    "services/analytics.py": "chart bucket keys (already local days)",
    "services/ingest.py": "posting payload serialization",
    "services/posting_inputs.py": "stored normalizer inputs: the reference moment as ISO 8601 UTC",
    "state/tracker_exchange.py": "export file name",
}


def _display_formatting(tree: ast.AST) -> list[int]:
    """Lines that format a moment: ``.strftime(...)``, an f-string ``{x:%Y-%m-%d}``, or
    ``.isoformat()`` of a ``.date()``/``.astimezone()`` call or of a ``*_at`` attribute."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name, recv = node.func.attr, node.func.value
            if name == "strftime":
                lines.append(node.lineno)
            elif name == "isoformat" and (
                    (isinstance(recv, ast.Call) and isinstance(recv.func, ast.Attribute)
                     and recv.func.attr in {"date", "astimezone"})
                    or (isinstance(recv, ast.Attribute) and recv.attr.endswith("_at"))):
                lines.append(node.lineno)
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = "".join(v.value for v in ast.walk(node.format_spec)
                           if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if "%" in spec:
                lines.append(node.lineno)
    return lines


def test_no_module_feeding_the_ui_formats_a_moment_itself():
    found = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in ALLOWED:
                continue
            found += [f"{rel}:{line}" for line in _display_formatting(ast.parse(path.read_text("utf-8")))]
    assert not found, ("format moments with services.local_time (local_minute / local_day) in the user's zone: "
                       + ", ".join(found))


def test_the_scan_sees_each_form():
    code = ("a.strftime('%Y')\nf'{a:%Y-%m-%d}'\nx.date().isoformat()\nx.astimezone(z).isoformat()\n"
            "row.created_at.isoformat()\nday.isoformat()\n")
    assert sorted(_display_formatting(ast.parse(code))) == [1, 2, 3, 4, 5]


def test_a_postings_days_are_in_the_users_zone():
    from careercopilot.schemas import PostingDetail
    from careercopilot.services.job_detail_views import detail_view

    late = datetime(2026, 12, 4, 23, 30, tzinfo=timezone.utc)
    detail = PostingDetail(posting_id=1, title="t", company="c", url="https://x/1", posted_at=late)
    assert detail_view(detail, None, None, BERLIN).posted == "2026-12-05"
    assert detail_view(detail, None, None, LA).posted == "2026-12-04"
