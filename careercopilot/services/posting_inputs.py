"""The normalizer's inputs of a stored posting: what ``normalize_posting`` was given at ingest, kept
on the row so ``renormalize`` (:mod:`careercopilot.services.renormalize`) re-runs the SAME reading
(trial17a finding 5: re-reading a row's stored *outputs* changed 448 of 1,005 freshly ingested
postings, because the outputs are not the inputs).

What is kept (``JobPosting.normalize_inputs``, revision 0017), one JSON document per posting::

    {"v": 1, "now": "<ISO 8601 UTC>", "shift_days": 0, "fields": {<RawPosting field>: value, …}}

* ``fields``: every :class:`~careercopilot.connectors.base.RawPosting` field that
  ``normalize_posting`` reads (``ingest_normalize._normalize_fields``: all but ``raw``, the
  connector's whole record, which the normalizer ignores and which is about as large again).
* ``now``: the reference time the reading used (relative dates such as "3 days ago", the stale
  flag); a demo source's recording time (``ingest_sync.demo_reference_time``).
* ``shift_days``: the whole days a demo source's dates were moved forward after reading
  (``services.demo_dates``); 0 for every other source.

Stored zlib-compressed (level 6): on the recorded demo feed (1,005 postings) the JSON is 4,146 bytes
a posting on average (max 13,449), compressed 1,954 (max 4,962) — 2.0 MB in all. Values a JSON
document cannot hold as they are (a connector's ``datetime`` for ``posted_at``) are tagged
(``{"$datetime": iso}``) and come back as the same type; anything else that would not come back
equal (a tuple, a non-string key, a set…) makes :func:`encode` return None and the posting is
stored without inputs (``renormalize`` counts it with the pre-0017 rows).

``inputs_hash`` (SHA-256 of the fields alone, not ``now``) tells a re-sync whether the source
changed a record whose reading did not change: then only the inputs are rewritten.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

__all__ = ["FORMAT_VERSION", "NormalizeInputs", "decode", "encode", "fields_hash", "stored_form"]

#: ``v`` of the stored document; a reader refuses other versions (ValueError).
FORMAT_VERSION = 1
_LEVEL = 6


@dataclass(frozen=True)
class NormalizeInputs:
    """One posting's normalizer inputs: ``fields`` (``normalize_posting`` keywords), ``now`` (UTC
    reference time) and ``shift_days`` (demo date shift applied after reading, whole days)."""

    fields: dict[str, Any]
    now: datetime
    shift_days: int = 0

    @property
    def shift(self) -> timedelta:
        return timedelta(days=self.shift_days)


def _tag(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    raise TypeError(f"not JSON: {type(value).__name__}")


def _untag(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$datetime" in obj:
            return datetime.fromisoformat(obj["$datetime"])
        if "$date" in obj:
            return date.fromisoformat(obj["$date"])
    return obj


def _fields_json(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_tag,
                      allow_nan=False)


def fields_hash(fields: dict[str, Any]) -> str | None:
    """SHA-256 hex of the fields' canonical JSON (sorted keys); None when they are not JSON."""
    try:
        return hashlib.sha256(_fields_json(fields).encode("utf-8")).hexdigest()
    except (TypeError, ValueError):
        return None


def stored_form(inputs: NormalizeInputs) -> tuple[bytes, str] | tuple[None, None]:
    """``(blob, fields hash)``: the stored form (zlib-compressed JSON, module doc) and
    :func:`fields_hash` of the fields, from one serialization; ``(None, None)`` when the fields
    would not come back equal from JSON (never raises)."""
    try:
        body = _fields_json(inputs.fields)
    except (TypeError, ValueError):
        return None, None
    if json.loads(body, object_hook=_untag) != inputs.fields:
        return None, None  # a tuple, a non-str key …: the reading of the stored copy could differ
    now = inputs.now if inputs.now.tzinfo else inputs.now.replace(tzinfo=timezone.utc)
    doc = (f'{{"v":{FORMAT_VERSION},"now":{json.dumps(now.astimezone(timezone.utc).isoformat())},'
           f'"shift_days":{int(inputs.shift_days)},"fields":{body}}}')
    return zlib.compress(doc.encode("utf-8"), _LEVEL), hashlib.sha256(body.encode("utf-8")).hexdigest()


def encode(inputs: NormalizeInputs) -> bytes | None:
    """The stored form of ``inputs`` (:func:`stored_form`), or None."""
    return stored_form(inputs)[0]


def decode(blob: bytes) -> NormalizeInputs:
    """The inputs of a stored blob. Raises ValueError for a damaged blob or another format version."""
    try:
        doc = json.loads(zlib.decompress(bytes(blob)).decode("utf-8"), object_hook=_untag)
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"unreadable normalizer inputs: {exc}") from None
    if not isinstance(doc, dict) or doc.get("v") != FORMAT_VERSION:
        raise ValueError(f"normalizer inputs of format {doc.get('v') if isinstance(doc, dict) else '?'}, "
                         f"expected {FORMAT_VERSION}")
    return NormalizeInputs(fields=doc["fields"], now=datetime.fromisoformat(doc["now"]),
                           shift_days=int(doc.get("shift_days") or 0))
