"""Issue 9 finding 3: per-connector token and base-URL syntax, checked when the connector is
built — i.e. when a source is created AND before every sync of a row already in the database.

A token lands in an API path or a host name (``https://{token}.breezy.hr``), so it never
carries ``/ : @ ? # %`` or ``..``; Workday careers URLs must be https on Workday's domains
unless the host is allow-listed. No network: construction does no I/O.
"""

from __future__ import annotations

import pytest

from careercopilot.connectors import REGISTRY, ConnectorError, HttpFetcher, get_source
from careercopilot.connectors.errors import InvalidTokenError, InvalidURLError

GOOD = [
    ("greenhouse", "vercel"), ("greenhouse", "sonyinteractiveentertainmentglobal"), ("greenhouse", "my_board-2"),
    ("lever", "spotify"), ("lever", "leverdemo-8"),
    ("ashby", "linear"), ("ashby", "Notion"), ("ashby", "kraken.com"),
    ("smartrecruiters", "Ubisoft2"), ("smartrecruiters", "BoschGroup"),
    ("recruitee", "channable"), ("breezy", "breezy"), ("breezy", "acme-corp"), ("workable", "northwind"),
    ("rippling", "rippling"), ("hackernews", "49522897"),
    ("workday", "nvidia/NVIDIAExternalCareerSite"),
    ("workday", "https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite"),
    ("workday", "https://wd3.myworkdaysite.com/recruiting/acme/External_Careers"),
    ("jsonld", "https://careers.example.com/jobs"), ("jobspy", "indeed, linkedin"),
]

HOSTILE = [
    # the probe's own tokens
    ("breezy", "127.0.0.1:8080/x?"), ("recruitee", "127.0.0.1:8080/x?"),
    ("workday", "http://127.0.0.1:8080/wday/x"),
    # host/label tricks for subdomain tokens
    ("breezy", "evil.com/"), ("breezy", "a.b"), ("breezy", "-acme"), ("breezy", "acme@evil.com"),
    ("recruitee", "x#"), ("recruitee", "%31%32%37"), ("workable", "a:1"), ("workable", "a/b"),
    # path tricks for slug tokens
    ("greenhouse", "../../admin"), ("greenhouse", "a/b"), ("greenhouse", "a?b=1"), ("greenhouse", "a#b"),
    ("greenhouse", "a.b"), ("greenhouse", "%2e%2e"), ("greenhouse", "a b"), ("greenhouse", "a\\b"),
    ("lever", "x/../../"), ("lever", "x@y"), ("rippling", "a:b"),
    ("ashby", ".."), ("ashby", "a..b"), ("ashby", ".hidden"), ("smartrecruiters", "a/b"),
    ("hackernews", "1/../2"), ("hackernews", "abc"),
    # Workday URLs off Workday's domains, other schemes/ports, user-info
    ("workday", "https://evil.example/en-US/Site"),
    ("workday", "https://nvidia.wd5.myworkdayjobs.com.evil.example/en-US/Site"),
    ("workday", "https://myworkdayjobs.com.evil.example/x/y"),
    ("workday", "http://nvidia.wd5.myworkdayjobs.com/en-US/Site"),
    ("workday", "https://nvidia.wd5.myworkdayjobs.com:8443/en-US/Site"),
    ("workday", "https://x@nvidia.wd5.myworkdayjobs.com/en-US/Site"),
    ("workday", "https://2130706433/x/y"), ("workday", "../x/site"), ("workday", "tenant/si:te"),
    ("workday", "tenant/../x"),
    # careers-page URLs that are not web addresses
    ("jsonld", "http://example.com@127.0.0.1/"), ("jsonld", "file:///etc/passwd"), ("jsonld", "http:\\\\x\\"),
    ("jobspy", "evil.com"), ("jobspy", "indeed,http://x"),
]


@pytest.mark.parametrize(("key", "token"), GOOD, ids=[f"{k}:{t}" for k, t in GOOD])
def test_real_tokens_are_accepted(key: str, token: str) -> None:
    source = get_source(key, token=token)
    assert source.base_url.startswith("https://") or key in ("jobspy",)


def test_workday_tokens_are_parsed() -> None:
    wd = get_source("workday", token="https://wd3.myworkdaysite.com/recruiting/acme/External_Careers")
    assert (wd.tenant, wd.site, wd.base_url) == ("acme", "External_Careers", "https://wd3.myworkdaysite.com")
    wd = get_source("workday", token="https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite")
    assert (wd.tenant, wd.site, wd.base_url) == ("nvidia", "NVIDIAExternalCareerSite", "https://nvidia.wd5.myworkdayjobs.com")


@pytest.mark.parametrize(("key", "token"), HOSTILE, ids=[f"{k}:{t}" for k, t in HOSTILE])
def test_hostile_tokens_are_refused_with_a_clear_message(key: str, token: str) -> None:
    with pytest.raises(ConnectorError) as info:
        get_source(key, token=token)
    exc = info.value
    assert isinstance(exc, (InvalidTokenError, InvalidURLError)) and exc.source == key
    if isinstance(exc, InvalidTokenError):
        assert REGISTRY[key].label in exc.message  # names the connector and what it expects


@pytest.mark.parametrize("base_url", ["ftp://mirror.example/", "http://user@mirror.example/", "http://mirror.example/?a=1",
                                      "http://mirror.example/#x", "javascript:alert(1)", "mirror.example/api",
                                      "http://mirror.example\\@127.0.0.1/", "https://{token}.evil.example"])
def test_bad_base_urls_are_refused(base_url: str) -> None:
    for key, token in (("greenhouse", "vercel"), ("remoteok", None), ("linkedin_dataset", None)):
        with pytest.raises(InvalidTokenError, match="base URL"):
            get_source(key, token=token, base_url=base_url)


def test_workday_url_on_an_allow_listed_host_is_accepted() -> None:
    url = "http://127.0.0.1:8080/en-US/Site"
    with pytest.raises(InvalidTokenError):
        get_source("workday", token=url, fetcher=HttpFetcher())
    wd = get_source("workday", token=url, fetcher=HttpFetcher(allow_hosts=["127.0.0.1:8080"]))
    assert (wd.tenant, wd.site, wd.base_url) == ("127", "Site", "http://127.0.0.1:8080")
    with pytest.raises(InvalidTokenError):  # the listed port only
        get_source("workday", token="http://127.0.0.1:8081/en-US/Site", fetcher=HttpFetcher(allow_hosts=["127.0.0.1:8080"]))


def test_every_connector_with_a_token_checks_it() -> None:
    """No connector builds a URL from an unchecked token (a new connector gets the default rule)."""
    for key, cls in REGISTRY.items():
        with pytest.raises(ConnectorError):
            get_source(key, token="127.0.0.1:1/x?")
