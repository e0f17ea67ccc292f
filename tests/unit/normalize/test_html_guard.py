"""The linear HTML guard (``normalize.html_guard``) against the shapes that cost parsers
quadratic time (attack54 rows 302/306/315) and the ones that must pass untouched.

The assertions count work the parsers will be handed (attributes per element, open elements,
output size) instead of timing it; ``benchmarks/html_guard_cost.py`` measures the time.
"""

from __future__ import annotations

import lxml.html
import pytest

from careercopilot.normalize.html_guard import MAX_ATTRIBUTES, MAX_DEPTH, bound_markup


def _attrs(n: int, name: str = "a{i}", value: str = "'x'") -> str:
    return " ".join(f"{name.format(i=i)}={value}" for i in range(n))


def _max_attrs(html: str) -> int:
    root = lxml.html.fromstring(f"<div>{html}</div>")
    return max(len(el.attrib) for el in root.iter() if isinstance(el.tag, str))


def _max_depth(html: str) -> int:
    root = lxml.html.fromstring(f"<div>{html}</div>")
    best = 0
    for el in root.iter():
        d = 0
        while el is not None:
            d, el = d + 1, el.getparent()
        best = max(best, d)
    return best


#: (name, html, most attributes per element after the guard, attributes dropped, tags dropped)
HOSTILE = [
    ("60k distinct attributes", f"<p {_attrs(60_000)}>Senior Python Engineer at Acme</p>", MAX_ATTRIBUTES, 60_000 - MAX_ATTRIBUTES, 0),
    ("attributes unquoted", f"<p {_attrs(5_000, value='x')}>t</p>", MAX_ATTRIBUTES, 5_000 - MAX_ATTRIBUTES, 0),
    ("attributes double-quoted, no spaces", "<p " + "".join(f'a{i}="x"' for i in range(5_000)) + ">t</p>",
     MAX_ATTRIBUTES, 5_000 - MAX_ATTRIBUTES, 0),
    ("attributes valueless", "<p " + " ".join(f"a{i}" for i in range(5_000)) + ">t</p>", MAX_ATTRIBUTES, 5_000 - MAX_ATTRIBUTES, 0),
    ("attributes slash-separated", "<p " + "/".join(f"a{i}='x'" for i in range(5_000)) + ">t</p>", MAX_ATTRIBUTES, 5_000 - MAX_ATTRIBUTES, 0),
    ("'>' inside quoted values", "<p " + " ".join(f"a{i}='>'" for i in range(5_000)) + ">t</p>", MAX_ATTRIBUTES, 5_000 - MAX_ATTRIBUTES, 0),
    ("namespace declarations", f"<p {_attrs(5_000, name='xmlns:n{i}')}>t</p>", MAX_ATTRIBUTES, 5_000 - MAX_ATTRIBUTES, 0),
    ("duplicate attribute name", f"<p {_attrs(5_000, name='a')}>t</p>", 1, 4_999, 0),
    ("duplicates in other case", "<p " + " ".join(("A" if i % 2 else "a") + "=x" for i in range(5_000)) + ">t</p>", 1, 4_999, 0),
    ("self-closing flood", f"<br {_attrs(5_000)}/>t", MAX_ATTRIBUTES, 5_000 - MAX_ATTRIBUTES, 0),
    ("flood on many elements", (f"<span {_attrs(100)}>x</span>") * 50, MAX_ATTRIBUTES, 50 * (100 - MAX_ATTRIBUTES), 0),
    ("20k nested div", "<div>" * 20_000 + "x" + "</div>" * 20_000, 0, 0, 2 * (20_000 - MAX_DEPTH)),
    ("20k unclosed b", "<b>" * 20_000 + "x", 0, 0, 20_000 - MAX_DEPTH),
]


@pytest.mark.parametrize("name,html,most,attrs_dropped,tags_dropped", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_shapes_are_bounded(name, html, most, attrs_dropped, tags_dropped):
    out = bound_markup(html)
    assert (out.dropped_attributes, out.dropped_tags) == (attrs_dropped, tags_dropped)
    assert len(out.html) <= len(html) + 1
    if most:
        assert _max_attrs(out.html) <= most
    assert out.notes and out.changed


def test_depth_after_the_guard_is_bounded_for_html5ever():
    import nh3

    out = bound_markup("<div>" * 5_000 + "deep" + "</div>" * 5_000).html
    assert out.count("<div>") == MAX_DEPTH and out.count("</div>") == MAX_DEPTH and "deep" in out
    assert "deep" in nh3.clean(out)
    assert _max_depth(out) <= MAX_DEPTH + 2


def test_the_text_of_dropped_tags_stays():
    out = bound_markup("<b>" * (MAX_DEPTH + 3) + "kept words" + "</b>" * (MAX_DEPTH + 3)).html
    assert "kept words" in out


#: Shapes that are linear in lxml and html5ever: passed through unchanged (the same string).
BENIGN = [
    ("normal posting", "<html><head><title>Engineer</title></head><body><div class='a' id='b' data-x='1'>"
                       "<p>Python <a href='https://x.example/a?b=c&amp;d'>link</a></p><br/><img src=x alt=''></div></body></html>"),
    ("long attribute value", "<p title='" + "x" * 200_000 + "'>t</p>"),
    ("huge text node", "<p>" + "word " * 100_000 + "</p>"),
    ("many small elements", "<span>x</span>" * 20_000),
    ("many comments", "<!-- c -->" * 20_000),
    ("comment holding a flood", f"<!-- <p {_attrs(5_000)}> -->"),
    ("CDATA holding a flood", f"<![CDATA[ <p {_attrs(5_000)}> ]]>"),
    ("script holding a flood", f"<script type='application/ld+json'>{{\"a\": \"<p {_attrs(5_000)}>\"}}</script>"),
    ("style holding deep markup", "<style>" + "<div>" * 5_000 + "</style>"),
    ("64 attributes exactly", f"<p {_attrs(MAX_ATTRIBUTES)}>t</p>"),
    ("256 levels exactly", "<div>" * MAX_DEPTH + "x" + "</div>" * MAX_DEPTH),
    ("void elements do not nest", "<div>" + "<br><img src=x><input><meta charset=utf-8><hr>" * 5_000 + "</div>"),
    ("stray < in text", "a < b and c <3 d <<< e <!x <? f"),
    ("unterminated tag at end", "<p a=1 b=2"),
    ("unterminated comment", "<p>x</p><!-- never closed <p a a a>"),
]


@pytest.mark.parametrize("name,html", BENIGN, ids=[b[0] for b in BENIGN])
def test_benign_shapes_pass_through_unchanged(name, html):
    out = bound_markup(html)
    assert out.html is html and not out.changed and out.notes == ()


def test_dropping_keeps_the_first_attributes_and_the_tag_shape():
    out = bound_markup("<a href='/jobs/7' class=x href='javascript:alert(1)'>Apply</a>").html
    assert out == "<a href='/jobs/7' class=x>Apply</a>"
    out = bound_markup(f"<img src=x {_attrs(100)} />").html
    assert out.startswith("<img src=x a0='x'") and out.endswith(" />") and "a62=" in out and "a63=" not in out
