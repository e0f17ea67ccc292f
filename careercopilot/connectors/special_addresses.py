"""Addresses an outbound request built from user or admin input must never reach (sec125 finding 3).

:func:`careercopilot.connectors.netguard.is_public_ip` relied on ``ipaddress``'s ``is_global``,
whose tables lag the registries: in Python 3.11.7 ``192.0.0.0/24`` (IETF protocol assignments —
Oracle Cloud's metadata service answers on 192.0.0.192), ``192.88.99.0/24`` (the deprecated 6to4
relay anycast), ``64:ff9b:1::/48``, ``3fff::/20``, ``5f00::/16`` and the AS112/AMT blocks all read
as global, and a cloud platform's own public-looking endpoint (Azure's 168.63.129.16) is global by
any registry. So the deny list is explicit, by source:

* every block of the IANA IPv4 Special-Purpose Address Registry
  (https://www.iana.org/assignments/iana-ipv4-special-registry/, RFC 6890 and its updates
  RFC 7335, 7600, 7723, 8155, 8190, 8880), plus multicast 224.0.0.0/4 (RFC 5771) — including
  the blocks the registry marks "globally reachable" (PCP/TURN anycast, AS112, AMT): none of them
  is a job board, careers page, model provider or mail relay;
* every block of the IANA IPv6 Special-Purpose Address Registry
  (https://www.iana.org/assignments/iana-ipv6-special-registry/, RFC 6890 and updates: RFC 6052,
  6666, 8215, 9602, 9637, 9780), plus multicast ff00::/8 (RFC 4291) and the deprecated site-local
  fec0::/10 (RFC 3879) — except ``64:ff9b::/96`` (NAT64, RFC 6052), ``2002::/16`` (6to4,
  RFC 3056) and ``::ffff:0:0/96`` (IPv4-mapped), whose embedded IPv4 address is judged instead
  (:func:`embedded_ipv4`; an IPv6-only network reaches every IPv4 site through NAT64);
* cloud metadata and platform endpoints (:data:`PLATFORM_ENDPOINTS`), each with its vendor's page.

A table of addresses and verdicts: ``tests/unit/connectors/test_special_addresses.py``.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: IANA IPv4 Special-Purpose Address Registry (all entries; sub-blocks of a listed block omitted),
#: and multicast (RFC 5771).
IPV4_SPECIAL = tuple(ipaddress.IPv4Network(n) for n in (
    "0.0.0.0/8",           # "this network" (RFC 791)
    "10.0.0.0/8",          # private-use (RFC 1918)
    "100.64.0.0/10",       # shared address space / CGNAT (RFC 6598)
    "127.0.0.0/8",         # loopback (RFC 1122)
    "169.254.0.0/16",      # link-local (RFC 3927)
    "172.16.0.0/12",       # private-use (RFC 1918)
    "192.0.0.0/24",        # IETF protocol assignments (RFC 6890): DS-Lite, dummy, PCP/TURN anycast, NAT64 discovery
    "192.0.2.0/24",        # TEST-NET-1 (RFC 5737)
    "192.31.196.0/24",     # AS112-v4 (RFC 7535)
    "192.52.193.0/24",     # AMT (RFC 7450)
    "192.88.99.0/24",      # deprecated 6to4 relay anycast (RFC 7526)
    "192.168.0.0/16",      # private-use (RFC 1918)
    "192.175.48.0/24",     # direct delegation AS112 service (RFC 7534)
    "198.18.0.0/15",       # benchmarking (RFC 2544)
    "198.51.100.0/24",     # TEST-NET-2 (RFC 5737)
    "203.0.113.0/24",      # TEST-NET-3 (RFC 5737)
    "224.0.0.0/4",         # multicast (RFC 5771)
    "240.0.0.0/4",         # reserved (RFC 1112), incl. limited broadcast 255.255.255.255/32 (RFC 8190)
))

#: IANA IPv6 Special-Purpose Address Registry, multicast and site-local — without the three
#: translation/embedding prefixes judged by their IPv4 address (module doc).
IPV6_SPECIAL = tuple(ipaddress.IPv6Network(n) for n in (
    "::/127",              # unspecified ::/128 and loopback ::1/128 (RFC 4291)
    "64:ff9b:1::/48",      # IPv4-IPv6 translation, local use (RFC 8215)
    "100::/64",            # discard-only (RFC 6666)
    "100:0:0:1::/64",      # dummy IPv6 prefix (RFC 9780)
    "2001::/23",           # IETF protocol assignments (RFC 2928): Teredo, PCP/TURN anycast, benchmarking, AMT, ORCHID
    "2001:db8::/32",       # documentation (RFC 3849)
    "2620:4f:8000::/48",   # direct delegation AS112 service (RFC 7534)
    "3fff::/20",           # documentation (RFC 9637)
    "5f00::/16",           # segment routing SRv6 SIDs (RFC 9602)
    "fc00::/7",            # unique-local (RFC 4193)
    "fe80::/10",           # link-local unicast (RFC 4291)
    "fec0::/10",           # site-local, deprecated (RFC 3879)
    "ff00::/8",            # multicast (RFC 4291)
))

#: Cloud metadata and platform services reachable from inside a VM (most are already in a special
#: block above; listed so a registry change can never open them).
PLATFORM_ENDPOINTS = tuple(ipaddress.ip_network(n) for n in (
    "169.254.169.254/32",  # AWS/GCP/Azure/OpenStack/DigitalOcean/Hetzner instance metadata (link-local)
    "169.254.170.2/32",    # AWS ECS task metadata/credentials endpoint
    "fd00:ec2::254/128",   # AWS IMDS over IPv6 (docs.aws.amazon.com, "Instance metadata service")
    "fd20:ce::254/128",    # Google Cloud metadata server over IPv6 (cloud.google.com, "About VM metadata")
    "100.100.100.200/32",  # Alibaba Cloud ECS metadata (alibabacloud.com, "Instance metadata")
    "192.0.0.192/32",      # Oracle Cloud Infrastructure legacy metadata (docs.oracle.com, "Getting Instance Metadata")
    "168.63.129.16/32",    # Azure platform: WireServer, DNS, health probes (learn.microsoft.com, "What is IP
                           # address 168.63.129.16?") — a public-looking address no registry marks special
))

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped (``::ffff:a.b.c.d``), NAT64 well-known-prefix
    (``64:ff9b::a.b.c.d``, RFC 6052), 6to4 (``2002:AABB:CCDD::``), Teredo (``2001:0::/32``: the
    client's address) or deprecated IPv4-compatible (``::a.b.c.d``) IPv6 address; else None."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if int(ip) >> 32 == 0 and int(ip) > 1:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def special_block(ip: IPAddress) -> str | None:
    """The special-purpose or platform network (text) that holds ``ip`` — or the IPv4 address an
    IPv6 form embeds — else None (``ip`` is an ordinary unicast address)."""
    for net in PLATFORM_ENDPOINTS:
        if ip.version == net.version and ip in net:
            return str(net)
    blocks = IPV4_SPECIAL if ip.version == 4 else IPV6_SPECIAL
    for net in blocks:
        if ip in net:
            return str(net)
    if ip.version == 6 and (inner := embedded_ipv4(ip)) is not None:
        return special_block(inner)
    return None
