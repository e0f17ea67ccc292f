"""Hacker News "Ask HN: Who is hiring?" connector.

Endpoints (HN Search API by Algolia, hn.algolia.com/api):
``GET {base}/api/v1/search_by_date?tags=story,author_whoishiring&query=who is hiring`` finds
the latest monthly thread (skipped when the token is a thread id), then
``GET {base}/api/v1/items/{id}`` → ``{id, title, children: [{id, text, created_at, ...}]}``.
Each top-level comment is a free-text post whose first line follows the thread's rule
``Company | Role | Location | REMOTE/ONSITE | Salary | URL`` (order varies). Comments whose
first line has no ``|`` field separator (questions, meta replies) are skipped, as are
deleted/dead ones. ``text`` is HTML with entities (``&#x2F;``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from careercopilot.connectors.base import (
    ConnectorError,
    JobSource,
    RawPosting,
    SearchQuery,
    clean,
    dig,
    list_at,
    load_json,
)

ITEM_URL = "https://news.ycombinator.com/item?id={id}"
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r'href="([^"]+)"')
_URLISH = re.compile(r"(https?://\S+|\b[\w-]+(\.[\w-]+)+\.(com|io|co|ai|dev|org|net|app|xyz|tech|so)\b)", re.IGNORECASE)
_SALARY = re.compile(r"([$€£¥₹]|\b(usd|eur|gbp|cad|chf|aud)\b|\d+\s*k\b|\d{2,3},\d{3}|equity|salary)", re.IGNORECASE)
_EMPLOYMENT = re.compile(r"\b(full[- ]?time|part[- ]?time|contract(or)?|intern(ship)?|freelance|permanent)\b", re.IGNORECASE)
_MODES = (("remote", re.compile(r"\bremote\b", re.IGNORECASE)), ("hybrid", re.compile(r"\bhybrid\b", re.IGNORECASE)), ("onsite", re.compile(r"\b(on[- ]?site|in[- ]?office|in[- ]?person)\b", re.IGNORECASE)))
_ROLE = re.compile(r"\b(engineer|developer|designer|manager|scientist|architect|lead|head|director|analyst|swe|sre|devops|researcher|founding|cto|vp|specialist|administrator|writer|recruiter|marketer|product|data|ml|ai|frontend|backend|full[- ]?stack|staff|senior|principal)\b", re.IGNORECASE)


def _header(text: str) -> tuple[str, str | None]:
    """First paragraph as plain text, and the first link in it."""
    head = re.split(r"<p>|\n", text, maxsplit=1)[0]
    href = _HREF.search(head)
    return html.unescape(_TAG.sub("", head)).strip(), html.unescape(href.group(1)) if href else None


def parse_hiring_comment(text: str) -> dict[str, Any] | None:
    """Split a "Who is hiring" comment header into fields, or None when it is not a job post.

    Returns ``{company, title, locations, work_mode, salary, employment_type, url, extra}``.
    """
    head, link = _header(text)
    parts = [p.strip() for p in head.split("|") if p.strip()]
    if len(parts) < 2:
        return None
    company, rest = parts[0], parts[1:]
    fields: dict[str, Any] = {"company": company, "title": None, "locations": [], "salary": None, "employment_type": None, "url": link, "extra": []}
    modes: list[str] = []
    for part in rest:
        found = [mode for mode, rx in _MODES if rx.search(part)]
        if _URLISH.fullmatch(part) or part.startswith("http"):
            fields["url"] = fields["url"] or part
        elif _SALARY.search(part) and re.search(r"\d", part):
            fields["salary"] = fields["salary"] or part
        elif _EMPLOYMENT.fullmatch(part.strip()) or (_EMPLOYMENT.search(part) and len(part) < 25 and not found):
            fields["employment_type"] = fields["employment_type"] or part
        elif found:
            modes.extend(found)
            if len(part.split()) > 1 or part.lower() not in {"remote", "hybrid", "onsite", "on-site"}:
                fields["locations"].append(part)
        elif fields["title"] is None and _ROLE.search(part):
            fields["title"] = part
        else:
            fields["extra"].append(part)
    if fields["title"] is None:
        fields["title"] = fields["extra"].pop(0) if fields["extra"] else None
    # leftovers that look like places (contain a comma or capitalised words) are locations
    for part in list(fields["extra"]):
        if "," in part or (part[:1].isupper() and not part.isupper()):
            fields["locations"].append(part)
            fields["extra"].remove(part)
    unique = set(modes)
    fields["work_mode"] = unique.pop() if len(unique) == 1 else None
    return fields if fields["title"] else None


class HackerNewsSource(JobSource):
    """HN "Who is hiring?" thread (token = thread id; latest thread when omitted)."""

    key = "hackernews"
    label = "Hacker News: Who is hiring?"
    kind = "aggregator"
    token_label = None
    token_pattern, token_hint = r"[0-9]{1,12}", "a thread id (digits)"
    default_base_url = "https://hn.algolia.com"

    def latest_thread_id(self) -> str:
        """Id of the newest "Ask HN: Who is hiring?" story by the ``whoishiring`` account.

        Raises:
            ConnectorError: no such story in the search answer.
        """
        data = self.fetcher.get_json(
            f"{self.base_url}/api/v1/search_by_date",
            params={"tags": "story,author_whoishiring", "query": "who is hiring", "hitsPerPage": 5},
        )
        for hit in dig(data, "hits") or []:
            if isinstance(hit, dict) and "who is hiring" in str(hit.get("title", "")).lower():
                return str(hit.get("objectID") or hit.get("story_id"))
        raise ConnectorError("no 'Ask HN: Who is hiring?' thread found", source=self.key)

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the thread item (after finding it when no token is set)."""
        thread = self.token or self.latest_thread_id()
        yield self.fetcher.get_json(f"{self.base_url}/api/v1/items/{thread}")

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map the thread's top-level comments that are job posts (see module doc)."""
        data = load_json(payload, what="HN thread")
        children = list_at(data, "children", what="HN thread")

        def one(c: dict[str, Any]) -> RawPosting | None:
            text = c.get("text")
            if not text or c.get("deleted") or c.get("dead"):
                return None
            fields = parse_hiring_comment(text)
            if fields is None:
                return None
            return self.posting(
                ats_id=c["id"],
                url=ITEM_URL.format(id=c["id"]),
                apply_url=fields["url"] if str(fields["url"] or "").startswith("http") else None,
                title=fields["title"],
                company=fields["company"],
                location=(fields["locations"][0] if len(fields["locations"]) == 1 else fields["locations"]) or None,
                work_mode_hint=fields["work_mode"],
                description_html=text,
                posted_at=c.get("created_at") or c.get("created_at_i"),
                salary=fields["salary"],
                employment_type=clean(fields["employment_type"]),
                tags=fields["extra"],
                raw={k: v for k, v in c.items() if k != "children"},
            )

        return self.map_records(children, one)
