"""Rows of public job-posting datasets (CSV exports, JSON Lines, JSON arrays) as records.

Shared by the dataset connectors (:mod:`.nyc_jobs`, :mod:`.linkedin_dataset`): a payload
is one file or one API page; every row is a flat ``{column: value}`` mapping. Column names
are compared after :func:`column_key` so CSV export headers ("Business Title") and API
field names (``business_title``) read the same.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from careercopilot.connectors.errors import MalformedPayloadError

#: Largest dataset payload parsed (bytes of text): a guard against runaway files.
MAX_DATASET_BYTES = 200 * 1024 * 1024
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def column_key(name: str) -> str:
    """``"Full-Time/Part-Time indicator"`` → ``"full_time_part_time_indicator"``."""
    return _NON_ALNUM.sub("_", str(name).lower()).strip("_")


def dataset_rows(payload: bytes | str | dict | list, *, what: str) -> list[dict[str, Any]]:
    """Rows of a dataset payload, each with :func:`column_key` keys and ``None`` for blanks.

    Accepts a JSON array of objects, an object with a ``data``/``rows``/``results`` list,
    JSON Lines (one object a line; blank lines skipped) or CSV with a header row.

    Raises:
        MalformedPayloadError: none of these shapes, a JSON Lines line that is not an
            object, or a payload over :data:`MAX_DATASET_BYTES`.
    """
    if isinstance(payload, (bytes, bytearray)):
        if len(payload) > MAX_DATASET_BYTES:
            raise MalformedPayloadError(f"{what} is larger than {MAX_DATASET_BYTES} bytes")
        payload = bytes(payload).decode("utf-8-sig", errors="replace")
    rows: list[Any]
    if isinstance(payload, (dict, list)):
        rows = _rows_of(payload, what)
    else:
        text = payload.lstrip("\ufeff")
        head = text.lstrip()[:1]
        if head in ("[", "{"):
            try:
                data = json.loads(text)
            except ValueError:
                rows = _json_lines(text, what)
            else:  # one JSON object in a file is a JSON Lines file of one row
                rows = [data] if isinstance(data, dict) and not _has_rows(data) else _rows_of(data, what)
        else:
            rows = list(csv.DictReader(io.StringIO(text)))
            if not rows:
                raise MalformedPayloadError(f"{what}: expected CSV with a header row, JSON or JSON Lines")
    out = []
    for r in rows:
        if not isinstance(r, dict):
            raise MalformedPayloadError(f"{what}: expected rows of column → value, got {type(r).__name__}")
        out.append({column_key(k): (v if not (isinstance(v, str) and not v.strip()) else None)
                    for k, v in r.items() if k is not None})
    return out


def _has_rows(data: dict) -> bool:
    return any(isinstance(data.get(k), list) for k in ("data", "rows", "results"))


def _rows_of(data: Any, what: str) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and _has_rows(data):
        return next(data[k] for k in ("data", "rows", "results") if isinstance(data.get(k), list))
    raise MalformedPayloadError(f"{what}: expected a JSON array of rows (or an object with a 'data' list), "
                                f"got {type(data).__name__}")


def _json_lines(text: str, what: str) -> list[Any]:
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except ValueError as exc:
            raise MalformedPayloadError(f"{what}: line {n} is not JSON: {exc}") from exc
    return rows


def number(value: Any) -> float | None:
    """``"1713550000000.0"`` → 1713550000000.0; blanks and junk → ``None``."""
    if value is None or isinstance(value, bool):
        return None
    try:
        f = float(str(value).replace(",", "").strip())
    except ValueError:
        return None
    return f if f == f else None
