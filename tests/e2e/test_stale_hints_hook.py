"""The layout's stale-hint hook in chromium, on a static page (no app needed; ux100, issue 12
newcomer trial: character-limit hints lingered after the text was back under the limit).

The count note (``a11y._LIMIT_NOTES``) was updated on ``input`` events only, so a value the app
set — a box emptied after "Add all", a version restored, a form reset — left "19 of 20
characters" under a field holding less. A field's server message stayed while the person fixed
the text. Rows: how the value changes → what the note / message must show. The old hooks
(without ``stale_hints``) failed 5 of these 6 tests (the 4 note rows, the message test).
"""

from __future__ import annotations

import pytest

from careercopilot.components.a11y import _LIMIT_NOTES
from careercopilot.components.stale_hints import STALE_HINTS

PAGE = """<html><body><form id="f"><input id="t" maxlength="20"><p class="cc-field-error" id="t-error">Too long</p>
</form><script>{hooks}</script></body></html>"""


def _hooks(*bodies: str) -> str:
    return "\n".join("(function(){ const useEffect = (f) => f(); " + b + " })();" for b in bodies)


@pytest.fixture
def static_page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_content(PAGE.format(hooks=_hooks(_LIMIT_NOTES, STALE_HINTS)))
    yield page
    context.close()


def _note(page):
    return page.evaluate("(() => { const n = document.querySelector('.cc-limit-note'); "
                         "return n ? [n.hidden, n.textContent] : null; })()")


def _rerender(page):
    """What React does after a state update: DOM nodes change (the value property is no mutation)."""
    page.evaluate("document.body.appendChild(document.createElement('div'))")
    page.wait_for_timeout(150)


NOTE_ROWS = [
    ("the app empties the field", "document.getElementById('t').value = ''"),
    ("a shorter version is restored", "document.getElementById('t').value = 'Dear team'"),
    ("the form is reset", "document.getElementById('f').reset()"),
    ("a script sets it and fires change",
     "(() => { const t = document.getElementById('t'); t.value = 'ok'; t.dispatchEvent(new Event('change', {bubbles: true})); })()"),
]


@pytest.mark.parametrize("how,script", NOTE_ROWS, ids=[r[0] for r in NOTE_ROWS])
def test_count_note_follows_a_value_the_app_set(static_page, how, script):
    static_page.fill("#t", "x" * 19)
    assert _note(static_page) == [False, "19 of 20 characters"]
    static_page.evaluate(script)
    _rerender(static_page)
    assert _note(static_page)[0] is True, how


def test_field_message_goes_with_other_text_and_returns_with_the_same(static_page):
    error = static_page.locator("#t-error")
    static_page.fill("#t", "x" * 25)  # what was submitted when the message came (maxlength cuts to 20)
    static_page.evaluate("document.getElementById('t-error').textContent = 'Each title can be at most 15 characters'")
    _rerender(static_page)
    assert error.is_visible()
    static_page.fill("#t", "Pharmacy tech")  # fixed: the message was about other text
    _rerender(static_page)
    assert error.is_hidden()
    static_page.fill("#t", "x" * 20)  # the same text again: the message is true again
    _rerender(static_page)
    assert error.is_visible()
    static_page.fill("#t", "CPhT")
    static_page.evaluate("document.getElementById('t-error').textContent = 'A new message'")  # a new save's
    _rerender(static_page)
    assert error.is_visible()


def test_the_hook_is_quiet_when_nothing_changes(static_page):
    static_page.fill("#t", "x" * 19)
    count = static_page.evaluate("""() => new Promise((done) => { let n = 0;
        const o = new MutationObserver((m) => { n += m.length; });
        o.observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true});
        setTimeout(() => { o.disconnect(); done(n); }, 500); })""")
    assert count == 0
