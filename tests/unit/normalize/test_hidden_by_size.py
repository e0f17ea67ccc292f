"""Text hidden by its size (issue 11, attack102 item 4): a table of real-world forms, each read
by ``normalize.html.without_hidden`` (the rule of ``normalize.hidden_html``), and small print that
a reader does see, which must stay.

Old code: of the 16 HIDDEN rows, 8 passed as visible (line-height:0 with its overflow cut, twice;
inset(0 0 100% 0), inset(0 100% 0 0), a one-point polygon, matrix(0,0,0,0,0,0), scale:0,
zoom:0.01); of the 13 SHOWN rows, 4 were dropped (height:0 and width:0 with their overflow
shown, inset(60% 0 0 0), and the children of a font-size:0 row of inline blocks).

``<font size="0">`` (the prober's row) is in SHOWN: HTML's legacy font size clamps 0 to 1, which
is x-small — Chromium computes 10px for it — so it is small print, not hidden.
"""

from __future__ import annotations

import pytest

from careercopilot.normalize.html import clean_html_report, without_hidden

BAIT = "Rust Go GraphQL"

HIDDEN = [  # the brief's kinds first, then their neighbours
    "<p style='font-size:0'>{}</p>",
    "<p style='font-size:0px'>{}</p>",
    "<p style='font-size:0pt'>{}</p>",
    "<p style='font-size:0em'>{}</p>",
    "<p style='font-size:1px'>{}</p>",
    "<div style='line-height:0;overflow:hidden'>{}</div>",
    "<div style='line-height:0px; overflow: clip'>{}</div>",
    "<div style='height:0;overflow:hidden'>{}</div>",
    "<p style='transform:scale(0)'>{}</p>",
    "<p style='clip:rect(0 0 0 0);position:absolute'>{}</p>",
    "<p style='clip-path:inset(0 0 100% 0)'>{}</p>",
    "<p style='clip-path:inset(0 100% 0 0)'>{}</p>",
    "<p style='clip-path:polygon(0 0, 0 0, 0 0)'>{}</p>",
    "<p style='transform:matrix(0, 0, 0, 0, 0, 0)'>{}</p>",
    "<p style='scale:0'>{}</p>",
    "<span style='zoom:0.01'>{}</span>",
]

SHOWN = [
    "<font size='0'>{}</font>",
    "<font size='1'>{}</font>",
    "<small>{}</small>",
    "<p style='font-size:10px'>{}</p>",
    "<p style='font-size:x-small'>{}</p>",
    "<p style='font-size:0.7em'>{}</p>",
    "<div style='height:0'>{}</div>",
    "<div style='width:0'>{}</div>",
    "<div style='line-height:0'>{}</div>",
    "<p style='clip-path:inset(60% 0 0 0)'>{}</p>",
    "<span style='zoom:0'>{}</span>",
    "<p style='transform:matrix(1, 0, 0, 1, 5, 5)'>{}</p>",
    "<div style='font-size:0'><span style='display:inline-block;font-size:14px'>{}</span> </div>",
]


@pytest.mark.parametrize("row", HIDDEN)
def test_text_hidden_by_size_is_removed(row):
    hidden: list[str] = []
    out = without_hidden(f"<p>Python and SQL.</p>{row.format(BAIT)}<p>Apply now.</p>", hidden)
    assert BAIT not in out and "Python and SQL." in out and "Apply now." in out
    assert hidden == [BAIT]
    _, text, found = clean_html_report(f"<p>Python and SQL.</p>{row.format(BAIT)}")
    assert "Rust" not in text and found == [BAIT]


@pytest.mark.parametrize("row", SHOWN)
def test_small_print_a_reader_sees_stays(row):
    hidden: list[str] = []
    out = without_hidden(f"<p>Python and SQL.</p>{row.format(BAIT)}", hidden)
    assert BAIT in out and hidden == []
    _, text, _ = clean_html_report(f"<p>Python and SQL.</p>{row.format(BAIT)}")
    assert BAIT in text


def test_a_tiny_font_row_loses_only_its_own_text():
    hidden: list[str] = []
    out = without_hidden("<div style='font-size:0'>Haskell<span style='font-size:16px'>Python</span>Elixir"
                         "<b>Scala<i style='font-size:1rem'>SQL</i></b></div>", hidden)
    assert "Python" in out and "SQL" in out
    assert not any(w in out for w in ("Haskell", "Elixir", "Scala"))
    assert hidden == ["Haskell Elixir Scala"]
