"""Payload mapping helpers the connectors share: JSON loading, nested look-ups, cleaning,
work-mode hints, salary parts, HTML section joins and coarse datetimes.

Split from ``connectors/base.py`` (which re-exports every name) so the connector interface and
these leaf helpers stay in small modules. They only reshape a source's raw values;
interpreting them is ``careercopilot.normalize``'s job.
"""

from __future__ import annotations

import email.utils
import html
import json
import math
import re
from datetime import UTC, date, datetime
from typing import Any, Literal

from careercopilot.connectors.errors import MalformedPayloadError

WorkModeHint = Literal["remote", "hybrid", "onsite"]


def load_json(payload: bytes | str | dict | list, *, what: str = "payload") -> Any:
    """Parse ``payload`` (bytes/str JSON, or an already-decoded dict/list).

    Raises:
        MalformedPayloadError: not valid JSON.
    """
    if isinstance(payload, (dict, list)):
        return payload
    try:
        return json.loads(payload)
    except (ValueError, TypeError) as exc:
        raise MalformedPayloadError(f"{what} is not valid JSON: {exc}") from exc


def list_at(data: Any, key: str | None, *, what: str) -> list[Any]:
    """The list under ``data[key]`` (or ``data`` itself when ``key`` is None).

    Raises:
        MalformedPayloadError: the value is missing or not a list.
    """
    value = data if key is None else (data.get(key) if isinstance(data, dict) else None)
    if not isinstance(value, list):
        where = "a top-level JSON array" if key is None else f"a JSON object with a {key!r} list"
        raise MalformedPayloadError(f"{what}: expected {where}, got {type(data).__name__}")
    return value


def clean(value: Any) -> str | None:
    """Stripped string, or None for None/empty/NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def first(*values: Any) -> Any:
    """First value that is not None/empty."""
    for value in values:
        if value not in (None, "", [], {}):
            return value
    return None


def dig(data: Any, *path: str | int) -> Any:
    """Nested lookup ``data[p1][p2]...`` returning None when any step is missing."""
    for step in path:
        if isinstance(data, dict):
            data = data.get(step)  # type: ignore[arg-type]
        elif isinstance(data, list) and isinstance(step, int) and -len(data) <= step < len(data):
            data = data[step]
        else:
            return None
    return data


#: Deepest nesting of a record that is read (objects and arrays; the record itself is level 1).
#: Real postings are shallow: schema.org JobPosting's deepest usual path, ``@graph`` →
#: ``JobPosting`` → ``baseSalary`` → ``value`` (``QuantitativeValue``) → ``minValue``, is 5 levels;
#: board APIs (Greenhouse, Lever, Workday) stay under 8. Deeper subtrees are dropped (None), so a
#: hostile record nested 500 levels (session 25 probe: a clip whose ``hiringOrganization`` nested
#: 500 objects raised RecursionError and, logged with locals, froze the app for 9.5 min) is read in
#: bounded recursion.
MAX_RECORD_DEPTH = 32


def prune_deep(value: Any, max_depth: int = MAX_RECORD_DEPTH) -> Any:
    """``value`` with every object or array below ``max_depth`` levels of nesting replaced by None
    (the same objects when nothing is that deep: only the paths above a pruned subtree are copied).
    Recursion depth is bounded by ``max_depth``."""
    if not isinstance(value, (dict, list)):
        return value
    if max_depth <= 0:
        return None
    if isinstance(value, dict):
        out = {k: prune_deep(v, max_depth - 1) for k, v in value.items()}
        return value if all(out[k] is v for k, v in value.items()) else out
    items = [prune_deep(v, max_depth - 1) for v in value]
    return value if all(a is b for a, b in zip(items, value)) else items


def jsonable(value: Any, _depth: int = MAX_RECORD_DEPTH) -> Any:
    """Deep copy of ``value`` made JSON-serializable (dates → ISO, NaN → None, others → str);
    objects and arrays nested below :data:`MAX_RECORD_DEPTH` levels become None."""
    if isinstance(value, (dict, list, tuple, set)) and _depth <= 0:
        return None
    if isinstance(value, dict):
        return {str(k): jsonable(v, _depth - 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v, _depth - 1) for v in value]
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "item"):  # numpy scalars
        try:
            return jsonable(value.item())
        except (TypeError, ValueError):
            pass
    return str(value)


def humanize_token(token: str | None) -> str:
    """Company display name from a board token: ``"acme-corp"`` → ``"Acme Corp"`` (keeps mixed case)."""
    if not token:
        return ""
    words = re.sub(r"[-_]+", " ", token.strip().split("/")[0]).strip()
    return words.title() if words == words.lower() else words


_WORK_MODES = {
    "remote": "remote",
    "fully remote": "remote",
    "telecommute": "remote",
    "hybrid": "hybrid",
    "onsite": "onsite",
    "on site": "onsite",
    "in office": "onsite",
    "office": "onsite",
}


def work_mode(value: Any) -> WorkModeHint | None:
    """Map a source's explicit work-mode value (``"ON_SITE"``, ``"OnSite"``, ``"Remote"``, ``"hybrid"``) to the hint."""
    text = clean(value)
    if not text:
        return None
    key = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    key = re.sub(r"[-_]+", " ", key).lower().strip()
    return _WORK_MODES.get(key)  # type: ignore[return-value]


def split_list(value: Any, sep: str = ",") -> list[str]:
    """``"USA, Canada"`` → ``["USA", "Canada"]``; lists pass through cleaned; None → []."""
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(sep)
    return [c for c in (clean(i) for i in items) if c]


def nonzero_salary(**parts: Any) -> dict[str, Any] | None:
    """A salary dict of ``parts`` when at least one amount (min/max) is a positive number, else None.

    RemoteOK, Jobicy, Himalayas, Landing.jobs report "no salary" as 0 or missing.
    """
    amounts = [v for k, v in parts.items() if "min" in k or "max" in k]
    for amount in amounts:
        try:
            if amount is not None and float(amount) > 0:
                return {k: v for k, v in parts.items() if v is not None}
        except (TypeError, ValueError):
            continue
    return None


def html_sections(*sections: tuple[str | None, str | None]) -> str | None:
    """Join ``(heading, html)`` pairs into one HTML body; empty parts are dropped."""
    out = []
    for heading, body in sections:
        if not clean(body):
            continue
        if heading:
            out.append(f"<h3>{html.escape(heading)}</h3>")
        out.append(str(body))
    return "\n".join(out) or None


def coerce_datetime(value: Any) -> datetime | None:
    """Best-effort UTC datetime from epoch s/ms, ISO 8601 or RFC 2822; None otherwise.

    Only used for the coarse ``SearchQuery.since`` filter; normalization proper is done by
    ``careercopilot.normalize``.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if text.isdigit():
        return coerce_datetime(int(text))
    try:
        parsed = datetime.fromisoformat(text.replace(" UTC", "+00:00"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
