"""Headings of shown HTML (posting descriptions, application notes) sit below the page's sections, so a
page keeps one ``<h1>`` (issue 10 trial)."""

from __future__ import annotations

import pytest

from careercopilot.normalize.html import demote_headings, display_html
from careercopilot.services.application_notes import render_notes_html


@pytest.mark.parametrize("html,want", [
    ("<h1>About</h1>", "<h3>About</h3>"),
    ("<h2 id=x>Role</h2><p>h1 text</p>", "<h4 id=x>Role</h4><p>h1 text</p>"),
    ("<H1>Big</H1>", "<h3>Big</h3>"),
    ("<h5>a</h5><h6>b</h6>", "<h6>a</h6><h6>b</h6>"),
    ("<header>x</header><hr>", "<header>x</header><hr>"),
    ("<p>no headings</p>", "<p>no headings</p>"),
])
def test_demote_headings(html, want):
    assert demote_headings(html) == want


def test_descriptions_and_notes_bring_no_h1():
    assert "<h1" not in display_html("<h1>Senior Nurse</h1><p>Join us</p>")
    assert "<h3>Senior Nurse</h3>" in display_html("<h1>Senior Nurse</h1><p>Join us</p>")
    notes = render_notes_html("# Plan\n\n## Questions\n\ntext")
    assert "<h1" not in notes and "<h2" not in notes and "<h3>Plan</h3>" in notes and "<h4>Questions</h4>" in notes
