"""We Work Remotely RSS connector.

Feed (weworkremotely.com RSS, per category or all): ``GET {base}/remote-jobs.rss`` → RSS 2.0
``<item>``: ``title`` "Company: Role", ``region`` (applicant region, e.g. "Anywhere in the
World"), ``category``, ``type``, ``description`` (HTML, XML-escaped), ``pubDate`` (RFC 2822),
``guid``/``link``. All postings are remote. Parsed with :mod:`xml.etree.ElementTree`
(no DTDs/entities are expanded by it beyond the XML built-ins).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

from careercopilot.connectors.base import (
    JobSource,
    MalformedPayloadError,
    RawPosting,
    SearchQuery,
    clean,
    first,
)


def _text(item: ElementTree.Element, tag: str) -> str | None:
    el = item.find(tag)
    return clean(el.text) if el is not None else None


class WeWorkRemotelySource(JobSource):
    """We Work Remotely feed (key-free; token-free). ``feed_path`` picks a category feed."""

    key = "weworkremotely"
    label = "We Work Remotely"
    kind = "aggregator"
    token_label = None
    default_base_url = "https://weworkremotely.com"

    def __init__(self, *, feed_path: str = "/remote-jobs.rss", **kw: Any) -> None:
        super().__init__(**kw)
        self.feed_path = feed_path

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One GET of the RSS feed (text)."""
        yield self.fetcher.get_text(f"{self.base_url}{self.feed_path}")

    def parse_payload(self, payload: bytes | str | dict | list, *, company: str | None = None) -> list[RawPosting]:
        """Map RSS ``<item>`` elements (see module doc).

        Raises:
            MalformedPayloadError: not well-formed XML or not an RSS ``<channel>``.
        """
        if isinstance(payload, (dict, list)):
            raise MalformedPayloadError("We Work Remotely feed must be RSS XML text")
        try:
            root = ElementTree.fromstring(payload.encode() if isinstance(payload, str) else payload)
        except ElementTree.ParseError as exc:
            raise MalformedPayloadError(f"We Work Remotely feed is not well-formed XML: {exc}") from exc
        channel = root.find("channel")
        if channel is None:
            raise MalformedPayloadError(f"We Work Remotely feed has no RSS <channel> (root <{root.tag}>)")

        def one(item: ElementTree.Element) -> RawPosting:
            heading = _text(item, "title") or ""
            name, sep, role = heading.partition(": ")
            if not sep:
                name, role = "", heading
            link = first(_text(item, "link"), _text(item, "guid"))
            region = _text(item, "region")
            raw = {child.tag: (child.text or "").strip() for child in item}
            return self.posting(
                ats_id=first(_text(item, "guid"), link),
                url=link,
                title=role,
                company=first(clean(name), company),
                location=region,
                work_mode_hint="remote",
                description_html=_text(item, "description"),
                posted_at=_text(item, "pubDate"),
                employment_type=_text(item, "type"),
                department=_text(item, "category"),
                tags=[t for t in (_text(item, "category"),) if t],
                raw=raw,
            )

        return self.map_records(channel.findall("item"), one)
