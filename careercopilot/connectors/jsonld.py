"""schema.org ``JobPosting`` JSON-LD from any careers page, plus "add posting from URL".

Rules (schema.org JobPosting; Google Search Central "Job posting structured data"):
``<script type="application/ld+json">`` blocks are read with ``extruct`` one by one, so one
broken block does not hide the others. Handled real-world quirks (see
tests/fixtures/job-boards/jsonld_pages.json): several ld+json scripts per page (an
``Organization`` next to the ``JobPosting``), ``@graph`` arrays with a ``WebPage`` node,
``@type`` given as a list (``["JobPosting"]``), ``\\u0040``-escaped keys, entity-encoded
``description`` HTML, and raw newlines/tabs inside JSON strings (invalid JSON: they are
escaped before parsing). ``jobLocationType: TELECOMMUTE`` is an explicit remote statement.

The source ALWAYS fetches through the SSRF guard (:mod:`careercopilot.connectors.netguard`),
because the URL comes from the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import httpx
from extruct.jsonld import JsonLdExtractor

from careercopilot.connectors.base import (
    JobSource,
    MalformedPayloadError,
    RawPosting,
    SearchQuery,
    clean,
    first,
    html_sections,
    load_json,
    prune_deep,
    split_list,
)
from careercopilot.connectors.errors import InvalidURLError, UnsupportedContentError
from careercopilot.connectors.http import HttpFetcher
from careercopilot.connectors.netguard import check_url_syntax
from careercopilot.normalize.hidden_html import drop_hidden
from careercopilot.normalize.html_guard import BoundedHtml, bound_markup
from careercopilot.normalize.page_employer import page_identity

_SCRIPT = re.compile(r"<script\b[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def repair_json_strings(text: str) -> str:
    """Escape raw control characters (newline, tab, ...) that appear INSIDE JSON strings.

    Such characters are invalid JSON (RFC 8259 §7) but common in hand-built ld+json.
    Characters outside strings are left alone.
    """
    out: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            elif ord(ch) < 0x20:
                out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\u{ord(ch):04x}"))
                continue
        elif ch == '"':
            in_string = True
        out.append(ch)
    return "".join(out)


def _is_job_posting(node: dict[str, Any]) -> bool:
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting" for t in types)


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        if _is_job_posting(node):
            yield node
        if "@graph" in node:
            yield from _walk(node["@graph"])


def extract_job_postings(page: str, *, base_url: str | None = None) -> list[dict[str, Any]]:
    """All ``JobPosting`` nodes of the page's JSON-LD blocks.

    Raises:
        MalformedPayloadError: the page has ld+json blocks but none of them parses.
    """
    scripts = _SCRIPT.findall(page)
    extractor = JsonLdExtractor()
    items: list[Any] = []
    failures = 0
    for body in scripts:
        doc = f'<html><head><script type="application/ld+json">{repair_json_strings(body)}</script></head></html>'
        try:
            items.extend(extractor.extract(doc, base_url=base_url))
        except Exception:  # noqa: BLE001 - extruct/jstyleson raise assorted errors for one bad block
            failures += 1
    if scripts and failures == len(scripts):
        raise MalformedPayloadError(f"none of the page's {len(scripts)} JSON-LD block(s) could be parsed", url=base_url)
    # a hostile page may nest @graph (or anything) hundreds of levels deep: bounded before the walk
    return list(_walk([prune_deep(item) for item in items]))


def page_metadata(page: str) -> dict[str, str]:
    """``og:*``/``twitter:*``/``name=`` meta tags and ``<title>`` of an HTML page (lower-cased keys)."""
    meta: dict[str, str] = {}
    for tag in _META.findall(page):
        attrs = {m.group(1).lower(): m.group(3) if m.group(3) is not None else m.group(4) for m in _ATTR.finditer(tag)}
        name = attrs.get("property") or attrs.get("name")
        if name and attrs.get("content") and name.lower() not in meta:
            meta[name.lower()] = attrs["content"]
    title = _TITLE.search(page)
    if title:
        import html as _html

        meta.setdefault("title", _html.unescape(re.sub(r"\s+", " ", title.group(1))).strip())
    return meta


def _text(value: Any) -> str | None:
    """A schema.org text property as text, None when it holds none. JSON-LD lets a property carry
    several values (a list: the first that is text is taken) and value objects
    (``{"@value": "Data Engineer", "@language": "en"}``: its ``@value``; JSON-LD 1.1 §4.2.4); a number
    is written as text; anything else (a bare object, a boolean) is no text — never its Python repr
    (attack145 finding 4: ``"['Senior Engineer', 'Ingeniero']"`` was stored as a title)."""
    if isinstance(value, list):
        return first(*(_text(v) for v in value[:20]))
    if isinstance(value, dict):
        return _text(value.get("@value")) if "@value" in value else None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return clean(value)
    return clean(value) if isinstance(value, str) else None


def _name(value: Any) -> str | None:
    """An Organization/Place's name (``{"name": …}``, a list of them, or a bare text)."""
    if isinstance(value, list):
        return first(*(_name(v) for v in value[:20]))
    if isinstance(value, dict) and "@value" not in value:
        return _text(value.get("name"))
    return _text(value)


def _host_company(url: str) -> str:
    host = httpx.URL(url).host
    return host.removeprefix("www.")


class JsonLdSource(JobSource):
    """Any careers page with schema.org JobPosting JSON-LD (token = the page URL)."""

    key = "jsonld"
    label = "Careers page (JSON-LD)"
    kind = "page"
    token_label = "Careers page URL"
    default_base_url = "{token}"

    def check_token(self, token: str | None) -> str | None:
        """The page URL, if it is an absolute http(s) URL (no user-info, backslash…); its host
        is vetted by the fetcher's SSRF guard at fetch time.

        Raises:
            InvalidURLError: not such a URL.
        """
        if token is not None:
            try:
                check_url_syntax(token)
            except InvalidURLError as exc:
                exc.source = self.key
                raise
        return token

    def iter_pages(self, query: SearchQuery) -> Iterator[Any]:
        """One SSRF-guarded GET of the page; yields ``{"url", "page"}``."""
        yield {"url": self.token, "page": self.fetcher.get_text(self.token)}

    def parse_payload(
        self, payload: bytes | str | dict | list, *, company: str | None = None, page_url: str | None = None
    ) -> list[RawPosting]:
        """Postings from one HTML page (str/bytes), a ``{"url", "page"}`` record, or a capture
        file ``{"pages": {name: {"url", "page"}}}``.

        Raises:
            MalformedPayloadError: ld+json present but unparseable, or a non-HTML payload.
        """
        if isinstance(payload, bytes):
            payload = payload.decode("utf-8", "replace")
        if isinstance(payload, str) and payload.lstrip().startswith("{"):
            try:
                payload = load_json(payload)
            except MalformedPayloadError:
                pass  # not a JSON record: treat as HTML
        if isinstance(payload, dict) and isinstance(payload.get("pages"), dict):
            # a capture file {"pages": {name: {"url", "page"}}} (tests/fixtures/job-boards/jsonld_pages.json)
            return [p for rec in payload["pages"].values() for p in self.parse_payload(rec, company=company)]
        if isinstance(payload, dict) and isinstance(payload.get("page"), str):
            page_url = page_url or payload.get("url")
            payload = payload["page"]
        if not isinstance(payload, str):
            raise MalformedPayloadError("JSON-LD source expects an HTML page", source=self.key)
        payload = bound_markup(payload).html  # linear; a page already bounded comes back as is
        page_url = page_url or self.token
        meta = page_metadata(payload)
        page_employer = page_identity(page_url, title=None, site_name=meta.get("og:site_name"))[1] if page_url else None
        fallback_company = first(company, page_employer, meta.get("og:site_name") if not page_url else None,
                                 _host_company(page_url) if page_url else None)
        nodes = extract_job_postings(payload, base_url=page_url)
        return self.map_records(nodes, lambda node: self.map_node(node, page_url=page_url, company=fallback_company))

    def map_node(self, node: dict[str, Any], *, page_url: str | None, company: str | None) -> RawPosting:
        """Map one JobPosting node (schema.org property names) to a :class:`RawPosting`."""
        identifier = node.get("identifier")
        ident = identifier.get("value") if isinstance(identifier, dict) else identifier
        url = first(clean(node.get("url")) if isinstance(node.get("url"), str) else None, page_url)
        loc_type = node.get("jobLocationType")
        location = {k: node[k] for k in ("jobLocation", "jobLocationType", "applicantLocationRequirements") if node.get(k)}
        regions = node.get("applicantLocationRequirements")
        regions = regions if isinstance(regions, list) else [regions] if regions else []
        salary = first(node.get("baseSalary"), node.get("estimatedSalary"))
        employment = node.get("employmentType")
        return self.posting(
            ats_id=first(_text(ident), _text(node.get("uniqueJobCode")), url),
            url=url,
            apply_url=url if node.get("directApply") is True else None,
            title=first(_text(node.get("title")), _text(node.get("name"))),
            company=first(_name(node.get("hiringOrganization")), company),
            location=location or None,
            work_mode_hint="remote" if "TELECOMMUTE" in str(loc_type or "").upper() else None,
            allowed_regions_hint=[n for n in (_name(r) for r in regions) if n] or None,
            description_html=html_sections(
                (None, _text(node.get("description"))),
                ("Responsibilities", _text(node.get("responsibilities"))),
                ("Qualifications", _text(node.get("qualifications"))),
            ),
            posted_at=_text(node.get("datePosted")),
            salary=salary,
            salary_currency_hint=first(_text(salary.get("currency")) if isinstance(salary, dict) else None,
                                       _text(node.get("salaryCurrency"))),
            employment_type=", ".join(split_list([e for e in employment if isinstance(e, str)]))
            if isinstance(employment, list) else _text(employment),
            department=_text(node.get("occupationalCategory")),
            tags=split_list(node.get("skills")) if isinstance(node.get("skills"), (str, list)) else [],
            work_hours=_work_hours(node.get("workHours")),
            raw=node,
        )


def _work_hours(value: Any) -> str | None:
    """schema.org ``workHours`` as text ("20-30 hours per week", "8am-5pm", "1st shift"; a list
    joined with "; "), None when absent or not text: read by ``normalize.work_hours``."""
    if isinstance(value, list):
        value = "; ".join(v for v in value if isinstance(v, str))
    text = clean(value) if isinstance(value, str) else None
    return text[:500] if text else None


@lru_cache(maxsize=1)
def _parse_only_fetcher() -> HttpFetcher:
    """One shared fetcher for :func:`posting_from_page`'s source, which never fetches: its
    transport refuses every request (the page is already in hand)."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("posting_from_page does not fetch", request=request)

    return HttpFetcher(transport=httpx.MockTransport(refuse), max_retries=0)


def _require_page(content_type: str, *, url: str, source: str) -> None:
    """Refuse bodies that are not web pages, by their declared ``Content-Type``.

    Accepted: no header (the body is sniffed by the parsers), any ``text/*``, and
    HTML/XML types (``application/xhtml+xml``). Everything else (``application/pdf``,
    ``image/*``, ``application/json``, ``application/octet-stream``…) raises
    :class:`UnsupportedContentError` naming the media type.
    """
    media = content_type.split(";", 1)[0].strip().lower()
    if not media or media.startswith("text/") or "html" in media or media.endswith("xml"):
        return
    raise UnsupportedContentError(f"the page is {media}, not HTML", content_type=media, source=source, url=url)


def fetch_url_posting(url: str, *, fetcher: HttpFetcher, company: str | None = None) -> RawPosting:
    """Fetch ONE posting page a user pasted: JSON-LD first, readable text otherwise.

    The page is fetched through the SSRF guard. Without JSON-LD, the body text comes from
    ``trafilatura``; the title and the employer from the URL, ``og:site_name`` and the page
    title (:func:`careercopilot.normalize.page_employer.page_identity`: an ATS board slug, not
    the ATS's host), the host name as the last resort.

    Raises:
        BlockedURLError: the URL is refused by the SSRF guard.
        UnsupportedContentError: the server says the body is not HTML/text (a PDF, an image…).
        ConnectorError: HTTP failures; MalformedPayloadError when the page has no usable content.
    """
    source = JsonLdSource(token=url, fetcher=fetcher, company=company)
    response = source.fetcher.request("GET", url)
    _require_page(response.headers.get("content-type", ""), url=url, source=source.key)
    return posting_from_page(response.text, url=url, company=company)


def _page_key(url: str) -> str:
    """A URL without its fragment and trailing slash (``…/jobs/7#apply`` is ``…/jobs/7``)."""
    return url.split("#", 1)[0].rstrip("/")


def posting_from_page(page: str, *, url: str, company: str | None = None) -> RawPosting:
    """The posting of ONE page already in hand (:func:`fetch_url_posting`'s parsing; the job
    clipper sends pages a browser rendered): JSON-LD first — the ``JobPosting`` whose ``url``
    is ``url`` when the page has several, else the first — readable text otherwise.

    Raises:
        MalformedPayloadError: the page has neither JobPosting JSON-LD nor readable posting text.
    """
    bounded = bound_markup(page)  # ONE linear pass before extruct/lxml/trafilatura (attack54 row 315)
    page = bounded.html
    source = JsonLdSource(token=url, fetcher=_parse_only_fetcher(), company=company)
    try:
        postings = source.parse_payload(page, company=company, page_url=url)
    except MalformedPayloadError as exc:
        exc.source, exc.url = exc.source or source.key, exc.url or url
        if "JSON-LD" not in exc.message:
            raise
        postings = []
    if postings:
        here = _page_key(url)
        same = [p for p in postings if _page_key(p.url) == here]
        # a node naming this page in its own "url" beats nodes that only inherited the page URL
        own = [p for p in same if isinstance(p.raw, dict) and isinstance(p.raw.get("url"), str)]
        return (own or same or postings)[0]
    import lxml.html
    import trafilatura

    meta = page_metadata(page)
    try:
        tree = lxml.html.document_fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    hidden = drop_hidden(tree, scripts=False) if tree is not None else []
    text = trafilatura.extract(tree if tree is not None else page, url=url, include_comments=False,
                               include_tables=True)
    page_title = clean(first(meta.get("og:title"), meta.get("twitter:title"), meta.get("title")))
    title, employer = page_identity(url, title=page_title, site_name=meta.get("og:site_name"))
    title = clean(title) or page_title
    if not title or not clean(text):
        raise MalformedPayloadError("page has neither JobPosting JSON-LD nor readable posting text", source=source.key, url=url)
    return source.posting(
        ats_id=url,
        url=url,
        title=title,
        company=first(company, employer, _host_company(url)),
        description_text=text,
        raw={"url": url, "meta": meta, "notes": _page_notes(bounded, hidden)},
    )


def _page_notes(bounded: BoundedHtml, hidden: list[str]) -> list[str]:
    """Sentences for the user about what the page's parsing left out (clip preview)."""
    notes = list(bounded.notes)
    if hidden:
        notes.append(f"{len(hidden)} hidden part(s) of the page (display:none, hidden, aria-hidden, zero-size or "
                     "off-screen) were left out of the description.")
    return notes
