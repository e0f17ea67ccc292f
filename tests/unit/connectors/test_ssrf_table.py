"""Issue 9 finding 3: the SSRF guard against a table of address spellings and URL tricks.

Every URL goes through the one guarded fetcher (``HttpFetcher``; there is no unguarded one)
with a MockTransport that records requests and a DNS stub (no network, no /etc/hosts):
each attack must be refused with ZERO requests sent, and the user-facing text must be the
ONE neutral message for every refused or unreachable destination (no port/DNS oracle) —
only "not a web address" (a property of the text alone) has its own words.
"""

from __future__ import annotations

import httpx
import pytest

from careercopilot.connectors import BlockedURLError, ConnectorError, HttpFetcher, InvalidURLError
from careercopilot.connectors.netguard import NEUTRAL_MESSAGE, AllowList, vet_host, vet_url
from careercopilot.services import ingest_fetch
from tests.support.netstub import PUBLIC_IP, StubResolver

#: names the stub answers: the tricks that need a DNS answer
DNS = {
    "localhost": ["127.0.0.1", "::1"],
    "localtest.me": ["127.0.0.1"],  # a public name whose A record is loopback
    "metadata.google.internal": ["169.254.169.254"],
    "rebind.example": [PUBLIC_IP, "10.0.0.7"],  # one private answer among public ones
    "v6only.example": ["::1"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "intranet.corp.example": ["192.168.10.20"],
    "jobs.example.com": [PUBLIC_IP],
}

#: (URL, expected refusal): "blocked" = address refused (neutral text), "invalid" = not a web address
ATTACKS = [
    ("http://127.0.0.1:8080/admin", "blocked"),
    ("http://127.8.9.10/", "blocked"),
    ("http://2130706433/", "blocked"),  # decimal 127.0.0.1
    ("http://0x7f.1/", "blocked"),  # hex + short form
    ("http://0x7f000001/", "blocked"),
    ("http://127.1/", "blocked"),  # short form
    ("http://0177.0.0.1/", "invalid"),  # octal: httpx refuses the text; never resolved
    ("http://0/", "blocked"),  # 0.0.0.0
    ("http://0.0.0.0:5432/", "blocked"),
    ("http://[::1]/", "blocked"),
    ("http://[::]/", "blocked"),
    ("http://[::ffff:127.0.0.1]/", "blocked"),  # IPv4-mapped IPv6
    ("http://[::ffff:7f00:1]/", "blocked"),
    ("http://[0:0:0:0:0:ffff:169.254.169.254]/", "blocked"),
    ("http://[::127.0.0.1]/", "blocked"),  # IPv4-compatible
    ("http://[2002:7f00:1::]/", "blocked"),  # 6to4 of 127.0.0.1
    ("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "blocked"),  # Teredo of 127.0.0.1
    ("http://[fe80::1]/", "blocked"),
    ("http://[fc00::1]/", "blocked"),
    ("http://[ff02::1]/", "blocked"),
    ("http://localhost:6379/", "blocked"),
    ("http://localhost./", "blocked"),  # trailing dot
    ("http://LOCALHOST/", "blocked"),
    ("http://localtest.me/", "blocked"),  # DNS name resolving to 127.0.0.1
    ("http://v6only.example/", "blocked"),
    ("http://mapped.example/", "blocked"),
    ("http://rebind.example/", "blocked"),  # any private answer refuses
    ("http://intranet.corp.example/", "blocked"),
    ("http://metadata.google.internal/computeMetadata/v1/", "blocked"),
    ("http://169.254.169.254/latest/meta-data/", "blocked"),
    ("http://10.0.0.1/", "blocked"),
    ("http://172.16.0.1/", "blocked"),
    ("http://192.168.0.1/", "blocked"),
    ("http://100.64.0.1/", "blocked"),  # CGNAT
    ("http://198.18.0.1/", "blocked"),  # benchmarking range
    ("http://192.0.2.1/", "blocked"),  # documentation range
    ("http://224.0.0.1/", "blocked"),  # multicast
    ("http://240.0.0.1/", "blocked"),  # reserved
    ("http://255.255.255.255/", "blocked"),
    ("https://127.0.0.1:443/", "blocked"),
    ("http://nowhere.invalid/", "blocked"),  # no DNS answer: the same words as a private address
    ("http://example.com@127.0.0.1/", "invalid"),  # user-info trick
    ("http://jobs.example.com:x@127.0.0.1/", "invalid"),
    ("http://127.0.0.1%2f@jobs.example.com/", "invalid"),
    ("http://127.0.0.1\\@jobs.example.com/", "invalid"),  # backslash (WHATWG reads host 127.0.0.1)
    ("http:\\\\127.0.0.1\\", "invalid"),
    ("http://127.0.0.1 /", "invalid"),
    ("http://127.0.0.1\t/", "invalid"),
    ("http://loc\nalhost/", "invalid"),
    ("http://ⓛocalhost/", "invalid"),  # IDNA: circled letter
    ("http://１２７.０.０.１/", "invalid"),  # full-width digits
    ("http://127。0。0。1/", "blocked"),  # ideographic full stops: IDNA maps them to dots
    ("http://0x7f.0x0.0x0.0x1/", "blocked"),
    ("http://%31%32%37.0.0.1/", "invalid"),  # percent-encoded host
    ("http://127.0.0.1%00.jobs.example.com/", "invalid"),
    ("http://127.000.000.001/", "invalid"),
    ("http://xn--localhost-/", "invalid"),  # malformed A-label
    ("http://1.2.3.4.5/", "invalid"),  # numeric last label but no IPv4 address
    ("http://08.1.1.1/", "invalid"),
    ("http://127.0.0.1:80:80/", "invalid"),
    ("file:///etc/passwd", "invalid"),
    ("gopher://127.0.0.1:6379/_INFO", "invalid"),
    ("dict://127.0.0.1:11211/stat", "invalid"),
    ("ftp://127.0.0.1/", "invalid"),
    ("javascript:alert(1)", "invalid"),
    ("//127.0.0.1/", "invalid"),
]


class Recorder:
    def __init__(self, respond=None) -> None:
        self.requests: list[httpx.Request] = []
        self.respond = respond or (lambda request: httpx.Response(200, text="ok"))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.respond(request)


def fetcher(handler, *, allow=(), resolver=None) -> HttpFetcher:
    return HttpFetcher(transport=httpx.MockTransport(handler), per_host_interval_s=0, max_retries=0,
                       sleep=lambda s: None, allow_hosts=allow, resolver=resolver or StubResolver(DNS))


@pytest.mark.parametrize(("url", "expected"), ATTACKS, ids=[u for u, _ in ATTACKS])
def test_attack_is_refused_before_any_request(url: str, expected: str) -> None:
    handler = Recorder()
    with pytest.raises(BlockedURLError) as info:
        fetcher(handler).get_text(url)
    assert handler.requests == []
    exc = info.value
    if expected == "invalid":
        assert isinstance(exc, InvalidURLError)
    else:
        assert not isinstance(exc, InvalidURLError)
        assert exc.message == NEUTRAL_MESSAGE and exc.detail  # neutral words; the cause for the log
        assert ingest_fetch.fetch_error_message(exc, url=url) == ingest_fetch.UNREACHABLE


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("location", ["http://127.0.0.1:6379/", "http://localtest.me/", "//169.254.169.254/latest",
                                      "http://[::ffff:10.0.0.1]/", "file:///etc/passwd", "http://2130706433/"])
def test_redirect_to_an_internal_address_is_refused(status: int, location: str) -> None:
    handler = Recorder(lambda r: httpx.Response(status, headers={"location": location}))
    with pytest.raises(BlockedURLError):
        fetcher(handler).post_json("https://jobs.example.com/search", json={}) if status == 307 else \
            fetcher(handler).get_text("https://jobs.example.com/jobs")
    assert [str(r.url.host) for r in handler.requests] == [PUBLIC_IP]  # only the first, public hop


def test_connection_is_pinned_to_the_address_checked_once() -> None:
    """DNS rebinding: the resolver answers public first, loopback after; one lookup, pinned IP."""
    answers = iter([[PUBLIC_IP], ["127.0.0.1"]])
    asked: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        asked.append(host)
        return next(answers)

    handler = Recorder()
    assert fetcher(handler, resolver=rebinding).get_text("https://jobs.example.com/x") == "ok"
    request = handler.requests[0]
    assert request.url.host == PUBLIC_IP and request.headers["host"] == "jobs.example.com"
    assert request.extensions.get("sni_hostname") == "jobs.example.com"
    assert asked == ["jobs.example.com"]


def test_unreachable_causes_share_one_text() -> None:
    """Refused, reset, timeout, private, no DNS answer: one user-facing text (port-scan oracle closed)."""
    texts = set()
    for boom in (httpx.ConnectError("refused"), httpx.ReadError("reset"), httpx.ConnectTimeout("slow"),
                 httpx.ReadTimeout("slow")):
        def respond(request, boom=boom):
            raise boom
        with pytest.raises(Exception) as info:
            fetcher(Recorder(respond)).get_text("https://jobs.example.com/x")
        texts.add(ingest_fetch.fetch_error_message(info.value, url="https://jobs.example.com/x"))
    for url in ("http://127.0.0.1:22/", "http://127.0.0.1:1/", "http://intranet.corp.example/", "http://nowhere.invalid/"):
        with pytest.raises(BlockedURLError) as info:
            fetcher(Recorder()).get_text(url)
        texts.add(ingest_fetch.fetch_error_message(info.value, url=url))
    assert texts == {ingest_fetch.UNREACHABLE}


# --------------------------------------------------------------------------- the allowlist


@pytest.mark.parametrize(
    ("entries", "url", "allowed"),
    [
        (["127.0.0.1:8080"], "http://127.0.0.1:8080/x", True),
        (["127.0.0.1:8080"], "http://127.0.0.1:8081/x", False),  # host:port admits that port only
        (["127.0.0.1:8080"], "http://2130706433:8080/x", True),  # the same address, any spelling
        (["127.0.0.1:8080"], "http://localtest.me:8080/x", True),  # resolves to the listed address
        (["127.0.0.1"], "http://127.0.0.1:5432/", True),
        (["127.0.0.1"], "http://[::ffff:127.0.0.1]:5432/", True),
        (["127.0.0.1"], "http://10.0.0.1/", False),
        (["localhost"], "http://localhost:11434/v1", True),  # a name: connected to by name
        (["localhost"], "http://localhost./v1", True),
        (["localhost"], "http://127.0.0.1/", False),  # the name does not admit the address
        (["ollama:11434"], "http://ollama:11434/v1", True),
        (["ollama:11434"], "http://ollama:22/", False),
        (["10.0.0.0/8"], "http://10.20.30.40:9200/", True),
        (["10.0.0.0/8"], "http://rebind.example/", True),  # public + listed private answers
        (["10.0.0.0/8"], "http://192.168.10.20/", False),
        (["192.168.0.0/16"], "http://intranet.corp.example/", True),
        (["[::1]:8080"], "http://[::1]:8080/", True),
        (["[::1]:8080"], "http://v6only.example:8080/", True),
        (["[::1]:8080"], "http://[::1]:8081/", False),
        (["localhost"], "http://example.com@localhost/", False),  # user-info stays refused
        (["localhost"], "file:///etc/passwd", False),
    ],
)
def test_allowlist_entries(entries: list[str], url: str, allowed: bool) -> None:
    handler = Recorder()
    f = fetcher(handler, allow=entries)
    if allowed:
        assert f.get_text(url) == "ok" and len(handler.requests) == 1
    else:
        with pytest.raises(BlockedURLError):
            f.get_text(url)
        assert handler.requests == []


def test_redirect_from_an_allowed_port_to_another_port_is_refused() -> None:
    handler = Recorder(lambda r: httpx.Response(302, headers={"location": "http://127.0.0.1:6379/"}))
    with pytest.raises(BlockedURLError):
        fetcher(handler, allow=["127.0.0.1:8080"]).get_text("http://127.0.0.1:8080/start")
    assert len(handler.requests) == 1


def test_a_public_page_cannot_redirect_onto_an_allow_listed_local_host() -> None:
    """An admin lists the Ollama server for the LLM; a pasted public URL must not reach it by redirect."""
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.host == PUBLIC_IP:
            return httpx.Response(302, headers={"location": "http://127.0.0.1:11434/api/tags"})
        if request.url.path == "/start":
            return httpx.Response(302, headers={"location": "/api/tags"})
        return httpx.Response(200, text="models")

    handler = Recorder(respond)
    f = fetcher(handler, allow=["127.0.0.1:11434"])
    with pytest.raises(BlockedURLError):
        f.get_text("https://jobs.example.com/jobs")
    assert [r.url.host for r in handler.requests] == [PUBLIC_IP]
    assert f.get_text("http://127.0.0.1:11434/api/tags") == "models"  # named directly: allowed
    assert f.get_text("http://127.0.0.1:11434/start") == "models"  # local → the same listed host: allowed


@pytest.mark.parametrize("entry", ["http://x", "a:b", "10.0.0.0/8:80", "x/y", "[::1]x", "a:70000", "exa mple", "a@b"])
def test_malformed_allowlist_entries_are_refused_by_settings_and_guard(entry: str) -> None:
    from careercopilot.config import Settings

    with pytest.raises(ValueError):
        AllowList.parse([entry])
    with pytest.raises(ValueError, match="SSRF_ALLOW_HOSTS"):
        Settings(ssrf_allow_hosts=[entry])


@pytest.mark.parametrize("entry", ["127.0.0.1", "localhost", "localhost.", "[::1]:8080", "::1", "10.0.0.0/8",
                                   "ollama:11434", "smtp.lan:25", "fd00::/8", "host_name.internal"])
def test_valid_allowlist_entries_are_accepted_by_settings_and_guard(entry: str) -> None:
    from careercopilot.config import Settings

    assert AllowList.parse([entry])
    assert Settings(ssrf_allow_hosts=[entry]).ssrf_allow_hosts == [entry.lower()]


# --------------------------------------------------------------------------- non-HTTP destinations


def test_smtp_relay_needs_the_allowlist(monkeypatch: pytest.MonkeyPatch) -> None:
    from careercopilot.config import settings
    from careercopilot.services import outbound

    stub = StubResolver(DNS)
    monkeypatch.setattr(settings, "ssrf_allow_hosts", [])
    for host in ("127.0.0.1", "localhost", "2130706433", "intranet.corp.example", "[::1]"):
        with pytest.raises(BlockedURLError) as info:
            outbound.smtp_destination(host, 25, resolver=stub)
        assert info.value.message == NEUTRAL_MESSAGE
    assert outbound.smtp_destination("jobs.example.com", 587, resolver=stub) == PUBLIC_IP
    monkeypatch.setattr(settings, "ssrf_allow_hosts", ["127.0.0.1:1025", "localhost"])
    assert outbound.smtp_destination("127.0.0.1", 1025, resolver=stub) == "127.0.0.1"
    assert outbound.smtp_destination("localhost", 25, resolver=stub) == "localhost"
    with pytest.raises(BlockedURLError):
        outbound.smtp_destination("127.0.0.1", 25, resolver=stub)
    with pytest.raises(BlockedURLError):
        vet_host("127.0.0.1:25@x", 25, resolver=stub)


def test_llm_base_url_needs_the_allowlist(monkeypatch: pytest.MonkeyPatch) -> None:
    from careercopilot.config import settings
    from careercopilot.llm import LLMError
    from careercopilot.services import writing_providers

    monkeypatch.setattr(settings, "ssrf_allow_hosts", [])
    texts = set()
    for url in ("http://127.0.0.1:11434/v1/chat/completions", "http://[::1]:11434/v1", "http://0x7f.1:11434/v1",
                "http://169.254.169.254/v1"):
        with pytest.raises(LLMError) as info:
            writing_providers.llm_guard(url)
        assert info.value.kind == "blocked"
        texts.add(str(info.value))
    assert texts == {writing_providers.LLM_BLOCKED}  # one text, no address or cause
    monkeypatch.setattr(settings, "ssrf_allow_hosts", ["127.0.0.1:11434"])
    target = writing_providers.llm_guard("http://127.0.0.1:11434/v1/chat/completions")
    assert target.url == "http://127.0.0.1:11434/v1/chat/completions"
    with pytest.raises(LLMError):
        writing_providers.llm_guard("http://127.0.0.1:11435/v1/chat/completions")


def test_vet_url_is_the_same_rule_without_a_fetcher() -> None:
    stub = StubResolver(DNS)
    assert vet_url("https://jobs.example.com/x", resolver=stub).ip == PUBLIC_IP
    with pytest.raises(BlockedURLError):
        vet_url("https://localtest.me/x", resolver=stub)


@pytest.mark.parametrize("location", ["http://[::1", "https://\x00/", "http://a/\xff\xfe", "http://a/\ud800", "http://[::1]x/",
                                      "http:\\\\127.0.0.1", "http://exa mple.com/", "//[", "http://x:99999/",
                                      "http://xn--/", "http://xn--zz-/", "https://xn--a.example/", "http://a..b/",
                                      "http://\u3002/", "http://-a-.example/", "http://" + "a" * 64 + ".example/"])
def test_a_redirect_to_an_unusable_address_is_a_connector_error(location: str) -> None:
    """Session 13 attacker: a redirect to ``http:\\\\127.0.0.1`` raised httpx.InvalidURL out of the
    fetcher, past the pages' ``except ConnectorError``. Every malformed Location ends as a
    ConnectorError (neutral words) and never reaches a second host."""
    raw = location.encode("utf-8", "surrogatepass")  # the bytes a server sends (invalid UTF-8 too)
    handler = Recorder(lambda r: httpx.Response(302, headers=[(b"location", raw)]))
    with pytest.raises(ConnectorError):
        fetcher(handler).get_text("https://jobs.example.com/jobs")
    assert {str(r.url.host) for r in handler.requests} == {PUBLIC_IP}


@pytest.mark.parametrize(("headers", "body", "read"), [
    ({"content-encoding": "gzip"}, b"not gzip at all", "text"),
    ({"content-encoding": "deflate"}, b"\x00\x01 not deflate", "text"),
    ({"content-encoding": "gzip, gzip"}, b"\x1f\x8b broken", "json"),
    ({"content-type": "text/html; charset=idna"}, "Stellenangebot für Köche".encode(), "text"),
    ({"content-type": "application/json"}, b"[" * 100_000 + b"]" * 100_000, "json"),
    ({"content-type": "application/json"}, b'{"a": ' * 50_000 + b"1" + b"}" * 50_000, "json"),
])
def test_a_hostile_body_is_a_connector_error_or_text(headers, body, read) -> None:
    """Session 13 attacker, third round: a corrupt gzip/deflate body raised httpx.DecodingError, a
    charset=idna body UnicodeError and a deeply nested JSON body RecursionError out of the fetcher.
    Each ends as a ConnectorError (MalformedPayloadError) or, for text, as leniently decoded text."""
    handler = Recorder(lambda r: httpx.Response(200, headers=headers, stream=httpx.ByteStream(body)))  # as sent
    f = fetcher(handler)
    if read == "text":
        try:
            assert isinstance(f.get_text("https://jobs.example.com/jobs"), str)
        except ConnectorError:
            pass
    else:
        with pytest.raises(ConnectorError):
            f.get_json("https://jobs.example.com/jobs")
