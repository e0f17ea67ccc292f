import json
from pathlib import Path

import pytest

from careercopilot.normalize.html import clean_html, html_to_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "job-boards"


def test_entity_encoded_greenhouse_snippet():
    safe, text = clean_html("&lt;p&gt;Range&amp;nbsp;$36&amp;mdash;$48&lt;/p&gt;")
    assert text == "Range $36—$48"
    assert safe == "<p>Range $36—$48</p>"


def test_greenhouse_real_content_decoded():
    job = json.loads((FIXTURES / "greenhouse_hourly_pay_range.json").read_text())["jobs"][0]
    safe, text = clean_html(job["content"])
    assert "$36—$48 USD" in text
    assert "this is an hourly rate." in text
    for junk in ("&nbsp;", "&lt;", "&amp;", "<", ">"):
        assert junk not in text
    assert safe.startswith("<div><p><strong>Why Sony Interactive Entertainment?</strong></p>")
    assert "class=" not in safe and "target=" not in safe


def test_remoteok_mojibake_repaired():
    job = json.loads((FIXTURES / "remoteok.json").read_text())[2]
    safe, text = clean_html(job["description"])
    assert "vehículos" in text and "vehículos" in safe
    assert "Mecánico/a Automotriz" in text
    assert "Ã" not in text.split("vehÃ")[0]  # only the truncated tail may keep a fragment
    assert text.count("Ã") <= 1


def test_structure_kept_and_text_line_breaks():
    html = "<h2>About</h2><p>First&nbsp;para   with   spaces</p><ul><li>One</li><li>Two <strong>bold</strong></li></ul><p>A<br>B</p>"
    safe, text = clean_html(html)
    assert safe == "<h2>About</h2><p>First para   with   spaces</p><ul><li>One</li><li>Two <strong>bold</strong></li></ul><p>A<br>B</p>"
    assert text == "About\n\nFirst para with spaces\n\n- One\n- Two bold\n\nA\nB"


def test_links_get_rel_and_keep_http_only():
    safe, text = clean_html('<p><a href="https://ok.example/x" target="_blank" onclick="evil()">ok</a> <a href="javascript:alert(1)">bad</a></p>')
    assert safe == '<p><a href="https://ok.example/x" rel="noopener nofollow">ok</a> <a rel="noopener nofollow">bad</a></p>'
    assert text == "ok bad"


@pytest.mark.parametrize(
    ("html", "expected_safe", "expected_text"),
    [
        ('<img src=x onerror="alert(1)"><p>hi</p>', "<p>hi</p>", "hi"),
        ("<p>a</p><script>alert('x')</script><p>b</p>", "<p>a</p><p>b</p>", "a\n\nb"),
        ('<p>a<iframe src="https://evil.example">frame</iframe>b</p>', "<p>ab</p>", "ab"),
        ("<style>p{color:red}</style><p style=\"color:red\">x</p>", "<p>x</p>", "x"),
        ('<p onmouseover="steal()">x</p>', "<p>x</p>", "x"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', '<a rel="noopener nofollow">x</a>', "x"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<a rel="noopener nofollow">x</a>', "x"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;ok&lt;/p&gt;", "<p>ok</p>", "ok"),
        ("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;", "", ""),
        ("&amp;lt;p&amp;gt;Tom &amp;amp;amp; Jerry&amp;lt;/p&amp;gt;", "<p>Tom &amp; Jerry</p>", "Tom & Jerry"),
        ("<svg><script>alert(1)</script></svg><p>x</p>", "<p>x</p>", "x"),
        ("<!-- secret --><p>x</p>", "<p>x</p>", "x"),
        ("<form action='/x'><input value='y'><p>x</p></form>", "<p>x</p>", "x"),
    ],
)
def test_hostile_html(html, expected_safe, expected_text):
    safe, text = clean_html(html)
    assert safe == expected_safe
    assert text == expected_text
    low = safe.lower()
    for bad in ("<script", "onerror", "onclick", "onmouseover", "javascript:", "<iframe", "<style", "style=", "<svg"):
        assert bad not in low


@pytest.mark.parametrize("value", [None, ""])
def test_empty(value):
    assert clean_html(value) == ("", "")


def test_plain_text_input_keeps_lines():
    safe, text = clean_html("Line one\nLine two\n\nPara  two & <3")
    assert text == "Line one\nLine two\n\nPara two & <3"
    assert safe == "<p>Line one<br>Line two</p><p>Para two &amp; &lt;3</p>"


def test_soft_hyphen_and_zero_width_removed():
    assert clean_html("<p>co\u00adoperate\u200b now</p>")[1] == "cooperate now"


def test_html_to_text_direct():
    assert html_to_text("<table><tr><th>A</th><td>B</td></tr><tr><td>C</td></tr></table>") == "A B\nC"
    assert html_to_text(None) == ""
