import hashlib

import pytest

from careercopilot.normalize.dedupe import (
    canonical_url,
    company_key,
    content_hash,
    dedupe_key,
    is_same_posting,
    location_key,
    title_key,
)
from careercopilot.normalize.location import Location


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Job-Boards.Greenhouse.io/vercel/jobs/123/?utm_source=li&gh_src=abc&gh_jid=123#apply",
         "https://job-boards.greenhouse.io/vercel/jobs/123?gh_jid=123"),
        ("https://jobs.lever.co/spotify/abc?lever-source=LinkedIn&lever-origin=applied", "https://jobs.lever.co/spotify/abc"),
        ("https://jobs.lever.co/x/abc?lever-source%5B%5D=LinkedIn", "https://jobs.lever.co/x/abc"),
        ("https://remoteOK.com/remote-jobs/remote-x-1137431", "https://remoteok.com/remote-jobs/remote-x-1137431"),
        ("https://a.example/?fbclid=1&b=2&a=1&gclid=z&ref=hn&source=x&UTM_Medium=m", "https://a.example?a=1&b=2"),
        ("https://a.example/", "https://a.example"),
        ("https://a.example/jobs/?id=7&ID=8", "https://a.example/jobs?ID=8&id=7"),
        ("  https://a.example/x  ", "https://a.example/x"),
        ("", ""),
        (None, ""),
        # one host, one port: default/empty ports and the root label's dot (session 13 attacker:
        # :443 and a trailing dot clipped one page as three postings)
        ("https://jobs.example.org:443/c/X", "https://jobs.example.org/c/X"),
        ("https://jobs.example.org./c/X", "https://jobs.example.org/c/X"),
        ("https://JOBS.example.org.:443/c/X/", "https://jobs.example.org/c/X"),
        ("http://jobs.example.org:80/c/X", "http://jobs.example.org/c/X"),
        ("https://jobs.example.org:/c/X", "https://jobs.example.org/c/X"),
        ("https://jobs.example.org:8443/c/X", "https://jobs.example.org:8443/c/X"),  # not a default port
        ("http://jobs.example.org:443/c/X", "http://jobs.example.org:443/c/X"),      # 443 is not http's
        ("https://[2001:db8::1]:443/c/X", "https://[2001:db8::1]/c/X"),
        ("https://[2001:db8::1]:8443/c/X", "https://[2001:db8::1]:8443/c/X"),
        ("https://user@jobs.example.org.:443/c/X", "https://user@jobs.example.org/c/X"),
        # second round: an empty userinfo and repeated slashes
        ("https://@jobs.example.org/careers/42", "https://jobs.example.org/careers/42"),
        ("https://@jobs.example.org:443/careers/42", "https://jobs.example.org/careers/42"),
        ("https://jobs.example.org//careers//42", "https://jobs.example.org/careers/42"),
        ("https://jobs.example.org///careers/42", "https://jobs.example.org/careers/42"),
        ("https://jobs.example.org/careers//42/", "https://jobs.example.org/careers/42"),
        ("https://jobs.example.org/careers/42?next=//x", "https://jobs.example.org/careers/42?next=%2F%2Fx"),
        # third round: nameless and repeated parameters, IPv4 hosts written another way
        ("https://jobs.example.org/careers/77?=", "https://jobs.example.org/careers/77"),
        ("https://jobs.example.org/careers/77?=x&id=1", "https://jobs.example.org/careers/77?id=1"),
        ("https://boards.example/j?gh_jid=5&gh_jid=5", "https://boards.example/j?gh_jid=5"),
        ("https://boards.example/j?a=1&a=2", "https://boards.example/j?a=1&a=2"),          # different values stay
        ("http://2130706433/j/5", "http://127.0.0.1/j/5"),
        ("http://0x7f.1/j/5", "http://127.0.0.1/j/5"),
        ("http://127.1/j/5", "http://127.0.0.1/j/5"),
        ("http://0177.0.0.1/j/5", "http://127.0.0.1/j/5"),
        ("http://203.0.113.9:80/j/5", "http://203.0.113.9/j/5"),
        ("http://1e100.example/j", "http://1e100.example/j"),                                 # a name, not a number
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Acme, Inc.", "acme"),
        ("ACME Inc", "acme"),
        ("Acme LLC", "acme"),
        ("Société Générale S.A.", "societe generale"),
        ("Foo GmbH & Co. KG", "foo"),
        ("Bar Pty Ltd", "bar"),
        ("Baz B.V.", "baz"),
        ("Spotify AB", "spotify"),
        ("Nokia Oyj", "nokia"),
        ("Tata Consultancy Services Pvt. Ltd.", "tata consultancy services"),
        ("Arm plc", "arm"),
        ("SAP SE", "sap"),
        ("Johnson & Johnson", "johnson and johnson"),
        ("Limited", "limited"),
        ("  Mercier   Consultancy Group ", "mercier consultancy group"),
        (None, ""),
    ],
)
def test_company_key(name, key):
    assert company_key(name) == key


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Sr. Software Engineer (m/w/d)", "senior software engineer"),
        ("Senior Software Engineer", "senior software engineer"),
        ("Backend Engineer (f/m/x)", "backend engineer"),
        ("Account Executive, Commercial", "account executive commercial"),
        ("Jr Dev", "junior developer"),
        ("Engineer II", "engineer 2"),
        ("Mecánico Automotriz", "mecanico automotriz"),
        (None, ""),
    ],
)
def test_title_key(title, key):
    assert title_key(title) == key


@pytest.mark.parametrize(
    ("location", "key"),
    [
        ("Hybrid - London", "gb:london"),
        (Location(city="Berlin", country="DE"), "de:berlin"),
        ("Remote - US", "remote:us"),
        (None, ":"),
    ],
)
def test_location_key(location, key):
    assert location_key(location) == key


def test_dedupe_key():
    assert dedupe_key("Vercel, Inc.", "Account Executive, Commercial", "Hybrid - London") == "vercel|account executive commercial|gb:london"
    assert dedupe_key("Vercel", "Account  Executive - Commercial", "London, UK") == "vercel|account executive commercial|gb:london"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("Acme Inc", "Sr. Software Engineer", "London"), ("ACME", "Software Engineer, Senior", "London, UK"), True),
        (("Acme Inc", "Senior Software Engineer", "London"), ("ACME", "Staff Software Engineer", "London, UK"), False),
        (("Acme Inc", "Software Engineer", None), ("Acme", "Software Engineer II", None), False),
        (("Acme Inc", "Backend Engineer", "London"), ("ACME", "Frontend Engineer", "London"), False),
        (("Acme Inc", "Backend Engineer", "London"), ("ACME", "Backend Engineer", "Berlin"), False),
        (("Acme Inc", "Backend Engineer", "Remote - US"), ("ACME", "Backend Engineer", "Remote"), True),
        (("Acme", "Backend Engineer", None), ("Acme Corp", "Backend Engineer (m/w/d)", "Berlin"), True),
        (("Acme", "Data Engineer", None), ("Acme", "Data Scientist", None), False),
        (("Acme", "", None), ("Acme", "", None), False),
    ],
)
def test_is_same_posting(a, b, same):
    assert is_same_posting(*a, *b) is same


def test_is_same_posting_threshold():
    assert is_same_posting("Acme", "Platform Engineer", None, "Acme", "Platform Engineers", None) is True
    assert is_same_posting("Acme", "Platform Engineer", None, "Acme", "Platform Engineers", None, threshold=99) is False


def test_content_hash():
    expected = hashlib.sha256("a b\x1fc".encode()).hexdigest()
    assert content_hash("a  b ", "c") == expected
    assert content_hash("a\nb", "c") == expected
    assert content_hash("ab", "c") != content_hash("a", "bc")
    assert content_hash(None, "x") == content_hash("", "x")
    assert len(content_hash()) == 64
