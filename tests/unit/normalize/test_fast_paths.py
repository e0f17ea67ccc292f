"""The ingestion fast paths give exactly what the slow reference code gives.

Each optimization in normalize/ (see benchmarks/ingest.py) short-cuts a library or a
regex scan; these tests run both sides on every string of the recorded payloads plus
hand-made edge cases, so a fast path that drifts from its reference fails here.
"""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import ftfy
import pytest

from careercopilot.normalize import dates, html, location, salary_amounts, visa

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "job-boards"

EDGE_STRINGS = [
    "vehÃ\xadculos", "sÃ³ and â€™ ok", "line\r\nbreak", "ﬂuﬃeﬆ", "a\x85b", "cafe\u0301", "\x1b[36mblue\x1b[0m",
    "Ã©\nplain\n", "“quoted” — dash\nâ€œbadâ€\n", "tab\tand\x0bvt", "zero\u200bwidth\u00adsoft", "İstanbul ſ K",
    "<p>Hi &amp; bye</p><br/><a href=\"x>y\" title=\"t\">l</a><ul><li>one</li><li> two</li></ul>",
    "<table><tr><td>a</td><td>b</td></tr></table><h2>T</h2>  <p>\n x \n</p><hr><pre>a\n\nb</pre>",
    "&lt;p&gt;Range&amp;nbsp;$36&amp;mdash;$48&lt;/p&gt;", "<div><p>a&nbsp;b&#8203;c</p><script>x()</script></div>",
    "<p>Salary: USD 80,000 – 100,000 per year</p>", "We do not provide visa sponsorship.", "We SPONSOR H-1B visas!",
]


def _strings() -> list[str]:
    out: list[str] = list(EDGE_STRINGS)

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for f in sorted(FIXTURES.iterdir()):
        if f.suffix == ".json":
            walk(json.loads(f.read_text(encoding="utf-8")))
        elif f.suffix in {".html", ".rss"}:
            out.append(f.read_text(encoding="utf-8", errors="replace"))
    return out


STRINGS = _strings()


def test_fix_text_equals_ftfy_on_every_recorded_string():
    for s in STRINGS:
        expected = ftfy.fix_text(s, unescape_html=False, uncurl_quotes=False, fix_character_width=False)
        assert html.fix_text(s) == expected, s[:200]


@pytest.mark.parametrize("s", ["Ã©", "â€™", "a\r\nb", "\ufb01", "e\u0301", "x\x00y", "\ud800"])
def test_fix_text_noop_check_refuses_text_ftfy_would_change(s):
    assert not html._ftfy_is_noop(s)


def _mojibake_fuzz(n: int = 20_000, seed: int = 3) -> list[str]:
    """Short strings mixing ASCII with the characters ftfy's badness heuristic looks at."""
    import random

    from ftfy.badness import MOJIBAKE_CATEGORIES

    alphabet = sorted({c for v in MOJIBAKE_CATEGORIES.values() for c in v if c != "-"})
    alphabet += list("ÂÃÎÐØÙàŒœ°×²³√≈‚ÄâóвЂВГРСβ€ā¹¼½¾ΒΓΞΟ") + list("aZ .,?!\n\t1")
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) if rnd.random() < 0.5 else rnd.choice("ab c.") for _ in range(rnd.randint(1, 40)))
            for _ in range(n)]


def test_windowed_badness_check_equals_ftfy_is_bad():
    from ftfy.badness import is_bad

    hits = 0
    for s in STRINGS + _mojibake_fuzz() + ["Ã tail", "x" * 50 + "Ã " + "y" * 50, "ГўВЂВ™s", "œ\n"]:
        expected = is_bad(s)
        assert html._ftfy_is_bad_near_non_ascii(s) == expected, repr(s[:200])
        hits += expected
    assert hits > 1000  # the fuzz really reaches the heuristic's branches


def test_sanitized_text_extraction_equals_html_parser():
    seen = 0
    for s in STRINGS:
        if not html._REAL_TAG_RE.search(s):
            continue
        safe = html._cleaner().clean(html._unescape_encoded_html(s)).replace("\u00a0", " ").replace("&nbsp;", " ")
        assert html._sanitized_to_text(safe) == html.html_to_text(safe), s[:200]
        seen += 1
    assert seen > 20


def test_salary_precheck_never_hides_a_range():
    for s in STRINGS + ["£50k-£60k", "USD$ 1,000 - 2,000", "EUR  45.000 - 55.000", "Fr. 90'000 – 110'000"]:
        if not salary_amounts._may_have_marked_amount(s):
            assert salary_amounts._TEXT_RANGE_RE.search(s) is None, s[:200]


def test_visa_precheck_matches_the_case_insensitive_scan():
    for s in STRINGS:
        assert visa._mentions_term(s) == (visa._TERM_RE.search(s) is not None), s[:200]


def test_bulk_location_keys_equal_one_by_one():
    names = [alt for c in location._cities()[:3000] for alt in c.get("alternatenames") or ()]
    names += ["The Hague", "  São Paulo ", "Köln-Süd", "the  Bronx", "Ærøskøbing", "İzmir", "ß-straße", "--", "ǅ"]
    assert location._keys(names) == [location._key(n) for n in names]


def test_cached_location_equals_uncached():
    for s in [x for x in STRINGS if len(x) < 200] + ["Hybrid - London", "San Francisco, CA", "Remote (EU only)"]:
        assert location.parse_location(s) == location._parse_location(s, None)
        assert location.parse_location([s, "Berlin"]) == location._parse_location([s, "Berlin"], None)


def test_utc_suffix_fast_path_matches_dateutil():
    from datetime import datetime, timezone

    from dateutil import parser as du_parser

    for s in ["2026-09-18 13:27:28 UTC", "2026-09-18T13:27:28 GMT", "2026-09-18 13:27:28UTC"]:
        assert dates._UTC_SUFFIX_RE.match(s)
        expected = du_parser.parse(s).astimezone(UTC)
        assert dates.parse_posted_at(s, now=datetime(2026, 9, 30, tzinfo=UTC)) == expected
