"""Addresses the SSRF guard refuses or admits (sec125 finding 3): the IANA special-purpose
registries, cloud metadata/platform endpoints and their IPv6 embeddings. Old code (``is_global``,
Python 3.11.7): 14 of the 52 refused rows were admitted; 2 of the 11 admitted rows (the NAT64 and
IPv4-mapped forms of a public address) were refused."""

from __future__ import annotations

import pytest

from careercopilot.connectors.netguard import is_public_ip

REFUSED = [
    # IPv4 special-purpose blocks is_global missed in 3.11.7
    "192.0.0.192",          # Oracle Cloud metadata
    "192.0.0.8",            # IPv4 dummy address (RFC 7600)
    "192.0.0.9",            # PCP anycast (RFC 7723)
    "192.0.0.10",           # TURN anycast (RFC 8155)
    "192.0.0.170",          # NAT64 discovery (RFC 8880)
    "192.0.0.254",
    "192.88.99.1",          # deprecated 6to4 relay anycast (RFC 7526)
    "192.31.196.1",         # AS112-v4
    "192.52.193.1",         # AMT
    "192.175.48.1",         # AS112 direct delegation
    "168.63.129.16",        # Azure platform endpoint
    # already refused (kept)
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "169.254.170.2", "100.100.100.200",
    "100.64.0.1", "0.0.0.0", "198.18.0.1", "192.0.2.1", "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255",
    # IPv6 special-purpose blocks
    "64:ff9b:1::1",         # local-use translation (RFC 8215)
    "3fff::1",              # documentation (RFC 9637)
    "5f00::1",              # SRv6 SIDs (RFC 9602)
    "2620:4f:8000::1",      # AS112 direct delegation
    "100::1", "2001:2::1", "2001:db8::1", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "fd20:ce::254",
    "fec0::1", "ff02::1",
    # IPv6 embeddings of refused IPv4 addresses
    "::ffff:192.0.0.192", "::ffff:168.63.129.16", "64:ff9b::192.0.0.192", "64:ff9b::a9fe:a9fe",  # NAT64 → metadata
    "64:ff9b::a8f:8110",    # NAT64 → 168.63.129.16
    "2002:c000:00c0::1",    # 6to4 of 192.0.0.192
    "2002:a83f:8110::1",    # 6to4 of 168.63.129.16
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",  # Teredo
    "::192.0.0.192",        # IPv4-compatible
    "::ffff:127.0.0.1", "::ffff:10.0.0.1",
]

ADMITTED = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "168.63.129.17", "192.0.1.1", "192.88.100.1",
            "2001:4860:4860::8888", "2606:4700:4700::1111", "64:ff9b::808:808", "::ffff:8.8.8.8", "2002:808:808::1"]


@pytest.mark.parametrize("address", REFUSED)
def test_refused(address):
    assert not is_public_ip(address)


@pytest.mark.parametrize("address", ADMITTED)
def test_admitted(address):
    assert is_public_ip(address)
