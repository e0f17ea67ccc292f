"""Property-ish robustness: junk input never raises and huge input is fast."""

import random
from datetime import datetime, timezone

import pytest

from careercopilot.normalize import (
    canonical_url,
    clean_html,
    company_key,
    content_hash,
    dedupe_key,
    detect_visa_sponsorship,
    find_salary_in_text,
    is_same_posting,
    normalize_posting,
    parse_location,
    parse_posted_at,
    parse_posted_before,
    parse_salary,
    title_key,
)

NOW = datetime(2026, 9, 18, 12, tzinfo=timezone.utc)
MB = 1_000_000


def _random_unicode(rng, n):
    return "".join(chr(rng.choice([rng.randint(0x20, 0x7E), rng.randint(0xA0, 0x2FFF), rng.randint(0x1F300, 0x1FAFF)])) for _ in range(n))


RNG = random.Random(1234)
JUNK = [
    None, "", " ", "\x00", "\n\n\t", 0, -1, 1.5, float("nan"), float("inf"), True, [], {}, (), [None], {"a": None},
    {"min": "abc", "max": []}, {"value": {"minValue": "x"}}, [{"min_cents": "x"}], object(),
    "€€€", "$-", "--", "k", "1e309", "9" * 400, "<<<>>>", "&&&;;", "&lt;" * 100, "\ud800",
    *(_random_unicode(RNG, RNG.randint(1, 300)) for _ in range(40)),
]


@pytest.mark.parametrize("value", JUNK, ids=range(len(JUNK)))
def test_functions_never_raise_on_junk(value):
    parse_salary(value)
    parse_salary(value, default_currency="EUR", context_text=value if isinstance(value, str) else None)
    find_salary_in_text(value)
    parse_location(value)
    parse_location(value, work_mode_hint=value)
    parse_posted_at(value, now=NOW)
    parse_posted_before(value, now=NOW)
    if isinstance(value, str) or value is None:
        clean_html(value)
        detect_visa_sponsorship(value)
        canonical_url(value)
        company_key(value)
        title_key(value)
        dedupe_key(value, value, value)
        is_same_posting(value, value, value, value, value, value)
    content_hash(value, value)


@pytest.mark.parametrize("value", [v for v in JUNK if isinstance(v, str) and v.strip()][:20])
def test_normalize_posting_junk(value):
    p = normalize_posting(
        source="x", ats_id="1", url=value, title="T" + value, company=value, location=value,
        work_mode_hint=value, description_html=value, posted_at=value, salary=value, employment_type=value,
        department=value, tags=[value], now=NOW,
    )
    assert p.title


def _huge_inputs():
    words = ("Senior engineer, salary $100k-$120k, we sponsor visas. Remote - US. Posted 3 days ago. " * 12000)[:MB]
    html = ("<p>para <b>bold</b> &amp; <a href='javascript:x'>l</a></p><script>x</script>" * 15000)[:MB]
    return [words, html, "9" * MB, "a" * MB, "€" * MB, "<" * MB, "&lt;p&gt;" * (MB // 9), _random_unicode(random.Random(7), 200_000)]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("value", _huge_inputs(), ids=["words", "html", "digits", "letters", "euros", "lt", "encoded", "unicode"])
def test_huge_strings_complete(value):
    """Megabyte inputs finish (the timeout trips on catastrophic backtracking, which takes
    minutes; no wall-clock bound, since the machine is shared)."""
    parse_salary(value)
    find_salary_in_text(value)
    parse_location(value)
    parse_posted_at(value, now=NOW)
    parse_posted_before(value, now=NOW)
    clean_html(value)
    detect_visa_sponsorship(value)
    canonical_url(value)
    company_key(value)
    title_key(value)
    content_hash(value)
