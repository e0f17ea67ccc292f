"""The guards of a normal write, applied to each row an account import inserts (attack80 finding 1).

``services.data_import`` inserts with Core statements, which skip the ORM flush hook of
:mod:`careercopilot.text_guard` and every service that cleans a field on its normal path; a
hostile ``data.json`` then stored a SHARED posting (``owner_id`` null, ``source_id`` 1) that every
user saw, with raw ``<script>``, ``onerror`` and ``javascript:`` links in it, CRLF in the company
and U+202E in the title. :func:`guard_row` gives each row, whichever table, what its normal write
gives it:

* every table: :func:`careercopilot.text_guard.clean_row` (controls; one-line columns);
* ownership: the owning column (``user_id``, ``jobposting.owner_id``) is the target account,
  present or not in the file — an imported posting is always the target user's PRIVATE posting
  and never a source's (``source_id`` cleared), like ``services.url_import.store_posting``;
* ``jobposting``: the fields ``normalize.posting.normalize_posting`` cleans — one-line fields
  through ``clean_inline`` (tags, controls, bidi and zero-width characters), the description
  through ``normalize.html.clean_html`` (nh3) with its plain text derived from it, ``url``
  through ``canonical_url(http_url(…))`` (``""`` for ``javascript:``) and ``apply_url`` through
  ``http_url``, tags cleaned, ``company_key`` recomputed; a row whose title is empty after
  cleaning is skipped (``normalize_posting`` refuses it); a posting without HTML keeps its plain
  text (text_guard-cleaned; it is shown as text, never as markup);
* strings longer than their column are cut to it (PostgreSQL would refuse the whole import).
* ``application.url`` / ``contact.profile_url``: http(s) with a host or None
  (``services.applications.clean_url``), ``application.stage`` a :class:`PipelineStage`
  (else ``saved``);
* ``notification``: ``link`` an app path or ``""`` and a known ``kind`` (else the row is
  skipped), as ``services.notifications.notify`` writes them.

Shape: ``guard_row(table, values, user_id=…) -> dict | None`` (None: skip the row).
"""

from __future__ import annotations

from typing import Any

from careercopilot import text_guard
from careercopilot.models.application import PipelineStage
from careercopilot.services import ownership

#: One-line posting columns (``normalize_posting`` runs them through ``clean_inline``).
_POSTING_INLINE = ("title", "company", "department", "location_text", "city", "region")
#: Posting columns that hold a short code: cleaned like one-line text and cut to the column size.
_POSTING_CODES = ("source_type", "country", "work_mode", "salary_currency", "pay_period", "employment_type",
                  "visa_sponsorship")


def _web_url(value: Any) -> str | None:
    from careercopilot.normalize.urls import http_url

    return http_url(value)


def _posting(values: dict[str, Any], user_id: int) -> dict[str, Any] | None:
    from careercopilot.normalize.dedupe import canonical_url, company_key
    from careercopilot.normalize.html import clean_html
    from careercopilot.normalize.posting import clean_inline

    out = dict(values)
    out["owner_id"], out["source_id"] = user_id, None
    for col in _POSTING_INLINE:
        if out.get(col) is not None:
            out[col] = clean_inline(out[col]) or (None if col not in ("title", "company") else "")
    for col in _POSTING_CODES:
        if isinstance(out.get(col), str):
            out[col] = clean_inline(out[col]) or None
    if not out.get("title"):
        return None
    out["source_type"] = out.get("source_type") or "import"
    if "company" in out:
        out["company_key"] = company_key(out["company"] or "")
    if "url" in out:
        out["url"] = canonical_url(_web_url(out["url"])) if out["url"] else ""
    if "apply_url" in out:
        out["apply_url"] = _web_url(out["apply_url"])
    html = out.get("description_html") or ""
    if html:  # the plain text is derived from the sanitized HTML, as normalize_posting derives it
        out["description_html"], derived = clean_html(html)
        out["description_text"] = derived or out.get("description_text") or ""
    if isinstance(out.get("tags"), list):
        tags = [clean_inline(t) for t in out["tags"] if isinstance(t, str)]
        out["tags"] = [t for t in tags if t]
    return out


def guard_row(table: str, values: dict[str, Any], *, user_id: int) -> dict[str, Any] | None:
    """``values`` (column → value of one imported row of ``table``) as a normal write would store
    them for ``user_id`` (rules of the module docstring); None when that write would refuse the row."""
    owned = ownership.classify().get(table)
    out = dict(values)
    if owned is not None and owned.kind == "column":
        out[owned.column] = user_id
    if table == "jobposting":
        out = _posting(out, user_id)
        if out is None:
            return None
    elif table == "application":
        if "url" in out:
            out["url"] = _web_url(out["url"])
        if "stage" in out and out["stage"] not in {s.value for s in PipelineStage}:
            out["stage"] = PipelineStage.saved.value
    elif table == "contact":
        if "profile_url" in out:
            out["profile_url"] = _web_url(out["profile_url"])
    elif table == "notification":
        from careercopilot.services.notifications import NOTIFICATION_KINDS

        if out.get("kind") not in NOTIFICATION_KINDS:
            return None
        link = out.get("link")
        out["link"] = link if isinstance(link, str) and link.startswith("/") and not link.startswith("//") \
            and "\\" not in link else ""
    return _fit(table, text_guard.clean_row(table, out))


def _fit(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """Strings cut to their column's length (PostgreSQL refuses longer ones: the whole import failed)."""
    from sqlmodel import SQLModel

    cols = SQLModel.metadata.tables[table].c
    for key, value in values.items():
        length = getattr(cols[key].type, "length", None) if key in cols else None
        if isinstance(value, str) and length and len(value) > length:
            values[key] = value[:length]
    return values
