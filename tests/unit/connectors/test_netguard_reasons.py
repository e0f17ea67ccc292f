"""The SSRF guard records WHY it refused a URL (not a web address / no DNS answer /
non-public address) without refusing any less: every refusal is a BlockedURLError, a
non-public address is never reported as one of the two milder causes, and only "not a web
address" (a property of the text alone) has its own words — no DNS answer and a non-public
address read the same (issue 9 finding 3: no DNS oracle); the cause is in ``detail``."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from careercopilot.connectors.errors import BlockedURLError, InvalidURLError, UnresolvableHostError
from careercopilot.connectors.netguard import NEUTRAL_MESSAGE, vet_url


@pytest.mark.parametrize(
    "url",
    ["not a url", "jobs.example.com/p/1", "ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)",
     "https://", "http:///nohost", "http://exa mple.com/", "http://bad<host>.example/", ""],
)
def test_not_a_web_address(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: pytest.fail("no DNS lookup for a non-URL"))
    with pytest.raises(InvalidURLError):
        vet_url(url)


def test_unresolvable_host_names_the_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*a: Any, **kw: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(UnresolvableHostError) as info:
        vet_url("https://Careers.Nowhere.example./jobs")
    assert info.value.host == "careers.nowhere.example"
    assert isinstance(info.value, BlockedURLError)


def test_empty_dns_answer_is_unresolvable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [])
    with pytest.raises(UnresolvableHostError):
        vet_url("https://empty.example/")


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/", "http://localhost/", "http://[::1]/", "http://10.1.2.3/", "http://192.168.1.1/",
     "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
     "http://2130706433/", "http://0.0.0.0/", "http://100.64.0.1/"],
)
def test_non_public_addresses_are_plain_refusals(url: str) -> None:
    with pytest.raises(BlockedURLError) as info:
        vet_url(url)
    assert type(info.value) is BlockedURLError
    assert "non-public" in info.value.detail and str(info.value) == NEUTRAL_MESSAGE + f" (url: {url})"


def test_valid_idna_and_underscore_host_names_are_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(host: str, port: Any, *a: Any, **k: Any) -> list[Any]:
        asked.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    monkeypatch.setattr(socket, "getaddrinfo", answer)
    assert vet_url("https://jobs.münchen.example/1").ip == "93.184.216.34"
    assert vet_url("https://my_team.example/1").ip == "93.184.216.34"
    assert len(asked) == 2
