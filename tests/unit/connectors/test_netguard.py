"""SSRF guard: every refused address class, schemes, DNS answers, and the allow-list."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from careercopilot.connectors.netguard import NEUTRAL_MESSAGE, BlockedURLError, is_public_ip, vet_url


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.8.9.10:8080/x",
        "http://localhost/",
        "http://[::1]/",
        "http://10.1.2.3/",
        "http://172.16.5.4/",
        "http://172.31.255.255/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://224.0.0.1/",
        "http://[ff02::1]/",
        "http://0.0.0.0/",
        "http://[::]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[2002:7f00:1::]/",  # 6to4 wrapping 127.0.0.1
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://240.0.0.1/",  # reserved
        "http://2130706433/",  # decimal form of 127.0.0.1
    ],
)
def test_refused_addresses(url: str) -> None:
    with pytest.raises(BlockedURLError) as info:
        vet_url(url)
    assert str(info.value).startswith(NEUTRAL_MESSAGE)  # the same words for every refusal
    assert "non-public" in (info.value.detail or "")  # the cause, for the server log


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/jobs", "gopher://example.com/", "javascript:alert(1)", "http:///nohost"])
def test_refused_schemes_and_shapes(url: str) -> None:
    with pytest.raises(BlockedURLError):
        vet_url(url)


def _fake_dns(monkeypatch: pytest.MonkeyPatch, *addresses: str) -> list[str]:
    calls: list[str] = []

    def fake(host: str, port: Any, *args: Any, **kw: Any) -> list[Any]:
        calls.append(host)
        out = []
        for a in addresses:
            family = socket.AF_INET6 if ":" in a else socket.AF_INET
            out.append((family, socket.SOCK_STREAM, 6, "", (a, port) if family == socket.AF_INET else (a, port, 0, 0)))
        return out

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return calls


def test_hostname_resolving_to_private_ip_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_dns(monkeypatch, "10.0.0.5")
    with pytest.raises(BlockedURLError) as info:
        vet_url("https://careers.evil.example/jobs")
    assert "10.0.0.5" in info.value.detail and "10.0.0.5" not in str(info.value)


def test_any_private_answer_among_public_ones_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_dns(monkeypatch, "93.184.216.34", "192.168.0.10")
    with pytest.raises(BlockedURLError) as info:
        vet_url("https://careers.mixed.example/")
    assert "192.168.0.10" in info.value.detail


def test_public_host_is_pinned_to_its_ip(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _fake_dns(monkeypatch, "93.184.216.34")
    vetted = vet_url("https://Jobs.Example.com:8443/open?id=1")
    assert vetted.ip == "93.184.216.34"
    assert vetted.connect_url == "https://93.184.216.34:8443/open?id=1"
    assert vetted.host_header == "jobs.example.com:8443"
    assert vetted.extensions == {"sni_hostname": "jobs.example.com"}
    assert calls == ["jobs.example.com"]


def test_public_ip_literals_pass() -> None:
    assert vet_url("http://93.184.216.34/").ip == "93.184.216.34"
    assert vet_url("http://[2606:4700:4700::1111]/").connect_url == "http://[2606:4700:4700::1111]/"


def test_unresolvable_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*a: Any, **kw: Any) -> Any:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(BlockedURLError) as info:
        vet_url("https://no-such-host.example/")
    assert "cannot resolve" in info.value.detail and str(info.value).startswith(NEUTRAL_MESSAGE)


def test_allow_list_skips_address_checks_but_not_scheme() -> None:
    vetted = vet_url("http://localhost:5000/x", allow_hosts={"LOCALHOST"})
    assert vetted.ip is None and vetted.connect_url == "http://localhost:5000/x"
    with pytest.raises(BlockedURLError):
        vet_url("ftp://localhost/x", allow_hosts={"localhost"})


def test_is_public_ip() -> None:
    assert is_public_ip("8.8.8.8") and is_public_ip("2001:4860:4860::8888")
    assert not is_public_ip("::ffff:10.0.0.1") and not is_public_ip("192.0.2.1")
