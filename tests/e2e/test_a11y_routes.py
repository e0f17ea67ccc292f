"""Every route of ``careercopilot.routes.PAGES`` in the production build, checked by axe-core
and for horizontal page scroll (issue 10 "Accessibility" and "Measures").

* axe-core (npm, pinned in the Makefile's ``axe`` target) is injected by Playwright into each
  page at 390 × 844 and 1280 × 900, light and dark: 0 violations of impact serious or critical.
* No horizontal page scroll (``documentElement.scrollWidth <= innerWidth``) at 360 and 390 px
  on every route (the board scrolls inside ``#board``, tables inside their card).
* No word of 3–20 letters broken across two lines at 360 and 390 px (:func:`_broken_words`): the
  page's ``overflow-wrap: anywhere`` (needed for user text longer than the screen) let a squeezed
  column break "Applications" into "Application/s" and "per" into "pe/r" (session-23 trial); a
  word that short fits any box a phone layout should give it, so its break is a layout fault.
* Screenshots of every route at 390 × 844 and 1280 × 900, light and dark, are kept in
  ``test-results/e2e/screens/`` (artefacts of the run).
* :data:`VISITS` must name exactly the routes of ``routes.PAGES``: a new page that this test
  does not visit fails it.

Signed-out routes (landing, login, sign-up, 404) are visited without a session; the others
as an admin with one application, one posting and one writing document.

States beyond a page's first render are checked too (:data:`STATES`): the Preferences place
picker with chosen places, open suggestions and the "could not find these places" callout;
Jobs with the profession-gap banner ("Nothing in your feed is a … job yet"). The demo feed has
postings of every profession, so the admin's stored scores are marked as other-profession
matches (:data:`_FORCE_STATES`) — the banner is rendered from real scores by the real page. One browser context
per (width, colour scheme) visits all routes (the build is shared by the e2e session).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from careercopilot import routes
from tests.e2e.conftest import ARTIFACTS, CSP_LISTENER
from tests.e2e.seeded_site import AXE_JS, VISITS

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ARTIFACTS / "screens"
#: axe impacts that fail the test.
BLOCKING_IMPACTS = ("serious", "critical")

def _place_picker_open(page) -> None:
    """Preferences: one place chosen, suggestions open for the next one."""
    expect(page.locator("#prefs-unresolved")).to_be_visible()
    page.fill("#prefs-locations", "Wellin")
    expect(page.locator("#prefs-suggestions button").first).to_be_visible(timeout=15_000)
    page.locator("#prefs-suggestions button").first.click()
    expect(page.locator("#prefs-places .prefs-place")).not_to_have_count(0, timeout=15_000)
    page.fill("#prefs-locations", "Auckl")
    expect(page.locator("#prefs-suggestions button").first).to_be_visible(timeout=15_000)


def _profession_gap(page) -> None:
    """Jobs: the profession-gap banner above the ranked list."""
    expect(page.locator("#jobs-profession-gap")).to_be_visible(timeout=30_000)
    expect(page.locator("#job-list [id^=job-link-]").first).to_be_visible(timeout=30_000)


def _inside_viewport(page, selector: str) -> None:
    """Every element matching ``selector`` ends inside the viewport (a row clipped by its card
    does not widen the page, so the page-width check alone missed it)."""
    rights = page.evaluate("(sel) => [...document.querySelectorAll(sel)].map(e => "
                           "Math.round(e.getBoundingClientRect().right))", selector)
    view = page.evaluate("() => window.innerWidth")
    assert rights and max(rights) <= view + 1, f"{selector} ends at {rights} px, the viewport is {view} px"


def _hide_reason_open(page) -> None:
    """Job detail: the "Not interested" reason row with a long reason typed in (trial: 421 px at 390)."""
    page.fill("#detail-hide-reason", "Too far away from home and the commute is more than ninety minutes")
    _inside_viewport(page, "#detail-hide-row, #detail-hide")


def _long_email_contact(page) -> None:
    """Application detail: a contact with a long email (trial: the row was 484 px at 390, its email
    and delete button off-screen)."""
    expect(page.locator("#contacts-list .contact-row").first).to_be_visible()
    _inside_viewport(page, "#contacts-list .contact-row, #contacts-list .contact-row a, "
                           "#contacts-list .contact-row button")


#: route → the state to reach on its page (after its first render was checked) and check again.
STATES = {routes.PREFERENCES: _place_picker_open, routes.JOBS: _profession_gap,
          routes.JOB_DETAIL: _hide_reason_open, routes.APPLICATION_DETAIL: _long_email_contact}


def test_every_route_is_visited():
    assert set(VISITS) == set(routes.PAGES), "add the new route to VISITS (and give it data if it needs some)"


def _wait_ready(page) -> None:
    """Hydrated and loaded: the page's ``<h1>`` is on screen and the network is quiet."""
    page.wait_for_function("() => document.readyState === 'complete'")
    expect(page.locator("h1").first).to_be_visible(timeout=30_000)
    try:
        page.wait_for_load_state("networkidle", timeout=10_000)
    except Exception:  # a page that polls (re-score progress) never goes idle; the content is there
        pass
    page.wait_for_timeout(300)


def _axe(page) -> list[dict]:
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    return page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').slice(0, 160))}));
    }""")


def _blocking(page, where: str) -> list[str]:
    """axe violations of a blocking impact on the page as it is now, one line each."""
    return [f"{where}: {v['impact']} {v['id']} ({v['help']}): " + json.dumps(v["nodes"])
            for v in _axe(page) if v["impact"] in BLOCKING_IMPACTS]


def _page_width(page) -> dict:
    """Page scroll width vs the viewport, and the outermost elements sticking out (to name the culprit)."""
    return page.evaluate("""() => {
        const view = window.innerWidth, wide = [];
        for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > view + 1 && r.width > 0 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > view + 1)) {
                wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + String(el.className).split(' ').slice(0, 3).join('.') + ' →' + Math.round(r.right));
            }
        }
        return {scroll: document.documentElement.scrollWidth, view, wide: wide.slice(0, 5)};
    }""")


def _broken_words(page) -> list[str]:
    """Words of 3–20 letters (not part of a longer token: URLs, e-mail addresses and codes may
    break) whose text spans two lines on the page as rendered, with the element holding them."""
    return page.evaluate(r"""() => {
        const out = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const word = /(?<![\p{L}\p{N}_\-\/@.:])\p{L}{3,20}(?![\p{L}\p{N}_\-\/@])/gu;
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || el.closest('script,style,noscript,[hidden],[aria-hidden=true]')) continue;
            for (const m of node.textContent.matchAll(word)) {
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const rects = Array.from(range.getClientRects()).filter(r => r.width > 0);
                if (rects.length > 1 && Math.abs(rects[rects.length - 1].top - rects[0].top) > 2) {
                    out.push(`"${m[0]}" in ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${String(el.className).split(' ').slice(0, 2).join('.')}`);
                }
            }
        }
        return out.slice(0, 8);
    }""")


def _visit_all(browser, app_server, site, *, width: int, height: int, scheme: str, run_axe: bool, shots: bool):
    failures: list[str] = []
    for signed_in in (False, True):
        context = browser.new_context(base_url=app_server.url, viewport={"width": width, "height": height},
                                      color_scheme=scheme, storage_state=site["state"] if signed_in else None,
                                      bypass_csp=True)
        context.set_default_timeout(30_000)
        context.add_init_script(CSP_LISTENER)
        context.add_init_script(f"try {{ localStorage.setItem('theme', '{scheme}'); }} catch (e) {{}}")
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
        for route, (template, needs_session) in VISITS.items():
            if needs_session != signed_in:
                continue
            url = template.format(**site)
            page.goto(url)
            _wait_ready(page)
            name = "root" if url == "/" else re.sub(r"[^a-z0-9]+", "-", url.strip("/").lower())
            dark = page.evaluate("() => document.documentElement.classList.contains('dark')")
            assert dark == (scheme == "dark"), f"{url}: colour scheme not applied ({scheme})"
            if shots:
                SCREENS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENS / f"{width}x{height}-{scheme}-{name}.png"), full_page=True)
            w = _page_width(page)
            if w["scroll"] > w["view"]:
                failures.append(f"{url} at {width}px: page scrolls sideways ({w['scroll']} > {w['view']} px): "
                                f"{w['wide']}")
            if width <= 390 and (broken := _broken_words(page)):
                failures.append(f"{url} at {width}px: words broken across lines: {broken}")
            if run_axe:
                failures += _blocking(page, f"{url} {width}px {scheme}")
            if route in STATES:
                STATES[route](page)
                page.wait_for_timeout(300)
                if shots:
                    page.screenshot(path=str(SCREENS / f"{width}x{height}-{scheme}-{name}-state.png"), full_page=True)
                w = _page_width(page)
                if w["scroll"] > w["view"]:
                    failures.append(f"{url} (state) at {width}px: page scrolls sideways: {w['wide']}")
                if run_axe:
                    failures += _blocking(page, f"{url} (state: {STATES[route].__name__}) {width}px {scheme}")
        failures += errors
        context.close()
    return failures


@pytest.mark.parametrize("width,height,scheme", [(390, 844, "light"), (390, 844, "dark"), (1280, 900, "light"),
                                                 (1280, 900, "dark")])
def test_axe_every_route(browser, app_server, site, width, height, scheme):
    failures = _visit_all(browser, app_server, site, width=width, height=height, scheme=scheme, run_axe=True,
                          shots=True)
    assert not failures, "\n".join(failures)


def test_no_horizontal_scroll_at_360(browser, app_server, site):
    failures = _visit_all(browser, app_server, site, width=360, height=780, scheme="light", run_axe=False,
                          shots=False)
    assert not failures, "\n".join(failures)
