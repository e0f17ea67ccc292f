"""Add posting from URL": one clear message per cause the user can act on (not a web address,
HTTP status, not a web page) and ONE neutral message for every destination that was refused
or did not answer (unknown host, private address, timeout, refused connection), so the texts
cannot be used as a port-scan or internal-DNS oracle (issue 9 finding 3). Every refusal is
still a ``BlockedURLError`` and no request leaves the process."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest
from sqlmodel import select

from careercopilot.connectors import BlockedURLError, ConnectorError, HttpFetcher
from careercopilot.models import JobPosting
from careercopilot.services import ingest_fetch, url_import

NOT_A_WEB_ADDRESS = "That is not a web address — paste the posting's full URL starting with https://"
UNREACHABLE = ingest_fetch.UNREACHABLE
HOST = "jobs.example.com"


class Recorder:
    """MockTransport handler that records requests and answers with ``respond(request)``."""

    def __init__(self, respond=None) -> None:
        self.requests: list[httpx.Request] = []
        self.respond = respond or (lambda request: httpx.Response(200, text="<html></html>",
                                                                  headers={"content-type": "text/html"}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.respond(request)


def fetcher_for(handler, allow=frozenset({HOST})) -> HttpFetcher:
    return HttpFetcher(transport=httpx.MockTransport(handler), per_host_interval_s=0, max_retries=0,
                       allow_hosts=allow, sleep=lambda s: None)


def import_error(session, user_id: int, url: str, handler) -> ConnectorError:
    with pytest.raises(ConnectorError) as info:
        url_import.add_posting_from_url(session=session, user_id=user_id, url=url, fetcher=fetcher_for(handler))
    assert session.exec(select(JobPosting)).all() == []
    return info.value


@pytest.fixture()
def no_dns(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every DNS lookup fails the way it does offline or for an unknown domain."""
    asked: list[str] = []

    def fail(host: str, *args: Any, **kw: Any) -> Any:
        asked.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    return asked


@pytest.mark.parametrize(
    "text",
    ["not a url", "ftp://example.com/jobs/1",
     "javascript:alert(1)", "https://", "http:///nohost", "http://exa mple.com/job"],
)
def test_text_that_is_not_a_web_address(session, users, no_dns, text):
    handler = Recorder()
    exc = import_error(session, users[1].id, text, handler)
    assert str(exc) == NOT_A_WEB_ADDRESS
    assert isinstance(exc, BlockedURLError)  # still refused by the guard
    assert handler.requests == [] and no_dns == []  # nothing was looked up or fetched


@pytest.mark.parametrize("text,host", [("jobs.example.com/p/1", "jobs.example.com"),
                                       ("www.initech.example/careers/42", "www.initech.example")])
def test_address_without_scheme_is_completed_with_https(session, users, no_dns, text, host):
    """Issue 10 trial finding: an address typed without https:// was refused instead of completed
    (``normalize.urls.complete_url``); it is now looked up like any https URL."""
    handler = Recorder()
    exc = import_error(session, users[1].id, text, handler)
    assert str(exc) != NOT_A_WEB_ADDRESS
    # the completed https URL went to the network: its host was looked up, or the request was sent
    assert no_dns[:1] == [host] or any(f"https://{host}/" in str(r) for r in handler.requests)


def test_host_that_does_not_resolve(session, users, no_dns):
    handler = Recorder()
    exc = import_error(session, users[1].id, "https://careers.nowhere-to-be-found.example/jobs/7", handler)
    assert str(exc) == UNREACHABLE
    assert isinstance(exc, BlockedURLError) and handler.requests == []
    assert no_dns == ["careers.nowhere-to-be-found.example"]


@pytest.mark.parametrize(
    "url",
    ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1/", "http://localhost:8080/x", "http://10.1.2.3/",
     "http://192.168.1.1/", "http://[::1]/", "http://[fe80::1]/", "http://100.64.0.1/", "http://0.0.0.0/"],
)
def test_private_local_and_link_local_addresses_get_the_neutral_message(session, users, url):
    handler = Recorder()
    exc = import_error(session, users[1].id, url, handler)
    assert str(exc) == UNREACHABLE and "only fetches public job pages" in str(exc)
    assert type(exc) is BlockedURLError and handler.requests == []


def test_public_name_resolving_to_a_private_address(session, users, monkeypatch):
    def private_answer(host: str, port: Any, *args: Any, **kw: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.0.10", port))]

    monkeypatch.setattr(socket, "getaddrinfo", private_answer)
    handler = Recorder()
    exc = import_error(session, users[1].id, "https://careers.rebind.example/jobs/1", handler)
    assert str(exc) == UNREACHABLE and handler.requests == []


def test_redirect_to_a_non_web_scheme_is_explained(session, users):
    handler = Recorder(lambda r: httpx.Response(302, headers={"location": "file:///etc/passwd"}))
    exc = import_error(session, users[1].id, f"https://{HOST}/jobs/1", handler)
    assert "That link redirects to file:" in str(exc) and "paste the posting's own https:// address" in str(exc)
    assert isinstance(exc, BlockedURLError) and len(handler.requests) == 1


def _raise(exc: Exception):
    def respond(request: httpx.Request) -> httpx.Response:
        raise exc

    return respond


@pytest.mark.parametrize(
    ("respond", "expected"),
    [
        (_raise(httpx.ReadTimeout("slow")), UNREACHABLE),
        (_raise(httpx.ConnectError("refused")), UNREACHABLE),
        (lambda r: httpx.Response(404), f"{HOST} answered HTTP 404: the page does not exist (the posting may have been removed)"),
        (lambda r: httpx.Response(410), f"{HOST} answered HTTP 410"),
        (lambda r: httpx.Response(403), f"{HOST} answered HTTP 403: the page needs a sign-in"),
        (lambda r: httpx.Response(503), f"{HOST} answered HTTP 503 (busy or failing); try again later."),
        (lambda r: httpx.Response(200, content=b"%PDF-1.7", headers={"content-type": "application/pdf"}),
         "That link opens a file (application/pdf), not a web page"),
        (lambda r: httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"}),
         "That link opens a file (image/png), not a web page"),
        (lambda r: httpx.Response(200, json={"jobs": []}), "That link opens a file (application/json), not a web page"),
        (lambda r: httpx.Response(200, text="<html><body></body></html>", headers={"content-type": "text/html"}),
         "No job posting could be read from that page."),
    ],
    ids=["timeout", "refused", "404", "410", "403", "503", "pdf", "png", "json", "empty-html"],
)
def test_fetch_failures_have_their_own_message(session, users, respond, expected):
    exc = import_error(session, users[1].id, f"https://{HOST}/jobs/1", Recorder(respond))
    assert expected in str(exc)
    assert (str(exc) == UNREACHABLE) == (expected == UNREACHABLE) and NOT_A_WEB_ADDRESS not in str(exc)
    assert "Traceback" not in str(exc) and "url:" not in str(exc)  # no technical detail for the job seeker


def test_html_page_without_content_type_is_still_read(session, users):
    page = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "JobPosting", "title": "Data Engineer", "hiringOrganization": {"name": "Initech"}, '
            '"description": "<p>Pipelines.</p>"}</script></head><body></body></html>')
    handler = Recorder(lambda r: httpx.Response(200, content=page.encode()))
    p = url_import.add_posting_from_url(session=session, user_id=users[1].id, url=f"https://{HOST}/jobs/2",
                                    fetcher=fetcher_for(handler))
    assert (p.title, p.company) == ("Data Engineer", "Initech")
