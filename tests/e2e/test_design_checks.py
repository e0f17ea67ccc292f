"""Design-system checks over the routes of the seeded site (issue 10 stranger-trial findings), each a
kind checked on every page that can show it (measurements: ``tests/e2e/ui_probes.py``):

* focus indicators reach 3:1 against what they are drawn on (WCAG 2.2 SC 1.4.11 / 2.4.13) — Tab
  through the navigation and the main content of representative pages, light and dark, desktop
  sidebar and phone top bar;
* no interactive element under 24 × 24 px at 390 px on any route without the spacing or inline
  exception (WCAG 2.2 SC 2.5.8);
* no text cut by an ellipsis or line clamp without its full text in a ``title`` (a long
  application title / company / notes is added first), at 390 and 1280 px;
* every field with a ``maxlength`` says so once the limit cuts the text (``aria-describedby`` names
  a visible message with the limit);
* every table fits a 390 px phone: every route is visited, each table on it must be one listed in
  :data:`TABLE_PAGES` (where the seeded site gives it rows), one card per row with each value under
  its column name, every control on screen, and the page no wider than the viewport;
* the board says it scrolls sideways on phones and its stage links bring a column into view
  (keyboard too);
* exactly one ``<h1>`` per page; every form field named (not by an example placeholder) and no
  interactive element inside another (axe ``nested-interactive``, ``label``, ``select-name``…), on
  every route and in the states that show more controls (:data:`NAME_STATES`).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from careercopilot.components.tracker import STAGES
from tests.e2e.conftest import CSP_LISTENER
from tests.e2e.seeded_site import AXE_JS, VISITS
from tests.e2e.ui_probes import (
    FIELD_NAMES,
    FOCUS_RING,
    LIMIT_MESSAGE,
    LIMITED_FIELDS,
    ONE_H1,
    SILENT_CUTS,
    SMALL_TARGETS,
    TABLE_CARDS,
)

#: Pages whose Tab order covers every kind of background a ring is drawn on: page, cards, sidebar /
#: top bar, tables, solid accent and red buttons, text fields, checkboxes, selects, the board.
FOCUS_PAGES = ("/dashboard", "/jobs", "/applications", "/applications/{application}", "/sources", "/settings",
               "/preferences")
#: Tab stops checked from the top of a page (skip link + navigation) and from ``<main>``.
NAV_TABS, MAIN_TABS = 14, 30
LONG_COMPANY = "Consolidated Intercontinental Logistics and Freight Forwarding Holdings Group International"
LONG_TITLE = ("Senior Principal Staff Accessibility and Inclusive Design Systems Engineer for Enterprise Customer "
              "Platforms, Partner Integrations and Developer Experience (Remote, Europe, Middle East and Africa)")


def _context(browser, app_server, site, *, width: int, height: int = 844, scheme: str = "light",
             signed_in: bool = True):
    context = browser.new_context(base_url=app_server.url, viewport={"width": width, "height": height},
                                  color_scheme=scheme, storage_state=site["state"] if signed_in else None)
    context.set_default_timeout(30_000)
    context.add_init_script(CSP_LISTENER)
    context.add_init_script(f"try {{ localStorage.setItem('theme', '{scheme}'); }} catch (e) {{}}")
    return context


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_function("() => document.readyState === 'complete'")
    expect(page.locator("h1").first).to_be_visible(timeout=30_000)
    try:
        page.wait_for_load_state("networkidle", timeout=10_000)
    except Exception:  # a page that polls never goes idle; its content is there
        pass
    page.wait_for_timeout(300)


def _routes(site, signed_in: bool) -> list[str]:
    return [t.format(**site) for t, needs in VISITS.values() if needs == signed_in]


def _sweep(browser, app_server, site, width: int, check) -> list[str]:
    """``check(page, url) -> [failure]`` on every route (signed out and signed in) at ``width``."""
    failures: list[str] = []
    for signed_in in (False, True):
        context = _context(browser, app_server, site, width=width, signed_in=signed_in)
        page = context.new_page()
        for url in _routes(site, signed_in):
            _open(page, url)
            failures += [f"{url} {width}px: {f}" for f in check(page, url)]
        context.close()
    return failures


def _tab_stops(page, count: int) -> list[dict]:
    seen = []
    for _ in range(count):
        page.keyboard.press("Tab")
        probe = page.evaluate(FOCUS_RING)
        if probe is not None:
            seen.append(probe)
    return seen


@pytest.mark.parametrize("width,scheme", [(1280, "light"), (1280, "dark"), (390, "light"), (390, "dark")])
def test_focus_ring_contrast(browser, app_server, site, width, scheme):
    failures: list[str] = []
    for signed_in, urls in ((True, [u.format(**site) for u in FOCUS_PAGES]), (False, ["/login", "/signup"])):
        context = _context(browser, app_server, site, width=width, scheme=scheme, signed_in=signed_in)
        page = context.new_page()
        for url in urls:
            _open(page, url)
            page.evaluate("() => { document.activeElement && document.activeElement.blur && "
                          "document.activeElement.blur(); window.scrollTo(0, 0); }")
            stops = _tab_stops(page, NAV_TABS)
            page.evaluate("() => document.getElementById('main').focus()")
            stops += _tab_stops(page, MAIN_TABS)
            assert stops, f"{url}: Tab reached nothing"
            for s in stops:
                if not s["ring"]:
                    failures.append(f"{url} {width}px {scheme}: {s['el']} shows no focus outline")
                elif s["ratio"] < 3 or s["width"] < 2:
                    failures.append(f"{url} {width}px {scheme}: {s['el']} ring {s['colour']} {s['width']}px on "
                                    f"{s['background']} = {s['ratio']}:1")
        context.close()
    assert not failures, "\n".join(sorted(set(failures)))


def test_tap_targets_at_390(browser, app_server, site):
    failures = _sweep(browser, app_server, site, 390, lambda page, url: page.evaluate(SMALL_TARGETS))
    assert not failures, "targets under 24×24 px (WCAG 2.5.8):\n" + "\n".join(failures)


def _add_long_application(browser, app_server, site) -> None:
    context = _context(browser, app_server, site, width=1280)
    page = context.new_page()
    _open(page, "/applications")
    if page.locator("#board", has_text=LONG_COMPANY[:40]).count() == 0:
        page.fill("#manual-company", LONG_COMPANY)
        page.fill("#manual-title", LONG_TITLE)
        page.click("#manual-submit")
        expect(page.locator("#board")).to_contain_text(LONG_COMPANY[:40])
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_no_silent_truncation(browser, app_server, site, width):
    _add_long_application(browser, app_server, site)
    failures = _sweep(browser, app_server, site, width, lambda page, url: page.evaluate(SILENT_CUTS))
    assert not failures, "text cut without a way to read it:\n" + "\n".join(failures)


def _limit_checks(page, url: str) -> list[str]:
    failures = []
    fields = page.locator(LIMITED_FIELDS)
    for i in range(fields.count()):
        field = fields.nth(i)
        if not field.is_visible() or not field.is_editable():
            continue
        limit = int(field.get_attribute("maxlength") or 0)
        field.focus()
        page.keyboard.press("ControlOrMeta+a")
        page.keyboard.insert_text("x" * (limit + 5))
        got = field.evaluate(LIMIT_MESSAGE)
        who = field.get_attribute("id") or field.get_attribute("name") or f"field {i}"
        if got["value_length"] > limit:
            failures.append(f"{who}: typing went past maxlength={limit}")
        elif str(limit) not in got["message"] and f"{limit:,}" not in got["message"]:
            failures.append(f"{who}: cut at {limit} characters without saying so (message: {got['message']!r})")
        field.fill("")
    return failures


def test_fields_say_when_maxlength_cuts_text(browser, app_server, site):
    failures = _sweep(browser, app_server, site, 390, _limit_checks)
    assert not failures, "\n".join(failures)


def _list_tab(page) -> None:
    page.click("#tab-list")


#: Every table of the app: page (a ``VISITS`` template) → (ids of its tables, what shows them). The
#: seeded site (``tests/e2e/seeded_site.py``) gives each one at least one row.
TABLE_PAGES = {
    "/sources": (("sources-table",), None),
    "/applications": (("applications-table",), _list_tab),
    "/settings": (("llm-log", "identity-list", "token-list"), None),
    "/admin": (("admin-llm-table",), None),
    "/jobs/{posting}": (("score-breakdown",), None),
}


def test_tables_fit_a_phone(browser, app_server, site):
    """Every route at 390 px; a table on a page that ``TABLE_PAGES`` does not list for it fails (a new
    table gets measured with rows), and each listed one is measured with its rows — a long title and
    company among them, so a row that does not grow with its content shows."""
    _add_long_application(browser, app_server, site)
    listed = {url.format(**site): entry for url, entry in TABLE_PAGES.items()}
    seen: set[str] = set()

    def check(page, url: str) -> list[str]:
        ids, open_it = listed.get(url, ((), None))
        if open_it:
            open_it(page)
        for table_id in ids:
            expect(page.locator(f"#{table_id} tbody tr").first).to_be_visible()
        probe = page.evaluate(TABLE_CARDS)
        found = {t["id"]: t for t in probe["tables"]}
        seen.update(found)
        failures = [f"#{i} has no rows" for i in ids if i in found and found[i]["rows"] == 0]
        failures += [f"#{i} is not on the page" for i in ids if i not in found]
        failures += [f"#{i} is not listed in TABLE_PAGES for this page" for i in found if i not in ids]
        failures += [f"#{t['id']}: {p}" for t in probe["tables"] for p in t["problems"]]
        if found and probe["page"]["scroll"] > probe["page"]["width"]:
            failures.append(f"the page scrolls sideways ({probe['page']['scroll']} > {probe['page']['width']} px): "
                            f"{probe['page']['wide']}")
        return failures

    failures = _sweep(browser, app_server, site, 390, check)
    assert not failures, "tables that do not fit a phone:\n" + "\n".join(failures)
    assert seen >= {i for ids, _ in TABLE_PAGES.values() for i in ids}


def test_board_says_it_scrolls_on_a_phone(browser, app_server, site):
    context = _context(browser, app_server, site, width=390)
    page = context.new_page()
    _open(page, "/applications")
    expect(page.locator("#board-scroll-hint")).to_be_visible()
    links = page.locator("#board-stages a")
    expect(links).to_have_count(len(STAGES))
    board = page.locator("#board")
    last = page.locator(f"#stage-column-{STAGES[-1]}")

    def in_view() -> bool:
        b, c = board.bounding_box(), last.bounding_box()
        return c["x"] >= b["x"] - 1 and c["x"] + c["width"] <= b["x"] + b["width"] + 1

    assert not in_view(), "the last column should start off screen at 390 px"
    link = page.locator(f"#board-stage-link-{STAGES[-1]}")
    link.focus()
    page.keyboard.press("Enter")
    expect(last).to_be_focused()
    page.wait_for_function(f"""() => {{ const b = document.getElementById('board').getBoundingClientRect();
        const c = document.getElementById('stage-column-{STAGES[-1]}').getBoundingClientRect();
        return c.left >= b.left - 1 && c.right <= b.right + 1; }}""")
    context.close()


def test_one_h1_per_page(browser, app_server, site):
    failures = _sweep(browser, app_server, site, 390, lambda page, url: page.evaluate(ONE_H1))
    assert not failures, "\n".join(failures)
    context = _context(browser, app_server, site, width=390)
    page = context.new_page()
    _open(page, f"/jobs/{site['posting']}")  # the posting's title is the page's heading
    expect(page.locator("h1 #job-title")).not_to_have_text("Job")
    context.close()


#: axe rules on names and nesting, failed at any impact (the route sweep in test_a11y_routes fails only
#: serious/critical, and only on first renders).
NAME_RULES = ["nested-interactive", "label", "select-name", "button-name", "link-name", "aria-input-field-name",
              "aria-toggle-field-name", "input-button-name"]


def _save_search_open(page) -> None:
    page.click("#save-search-open")
    expect(page.locator("#save-search-name")).to_be_visible()


def _apply_followed(page) -> None:
    page.evaluate("() => document.getElementById('apply-link').addEventListener('click', (e) => e.preventDefault(),"
                  " {once: true})")  # the posting's site is not loaded; the click still tells the app
    page.click("#apply-link")
    expect(page.locator("#mark-applied")).to_be_visible()


#: page (a ``VISITS`` template or one with a query) → what to open first (None: as loaded).
NAME_STATES = {"/applications?view=list": None, "/jobs": _save_search_open, "/jobs/{posting}": _apply_followed}


def test_controls_are_named_and_not_nested(browser, app_server, site):
    def check(page, url: str) -> list[str]:
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
        found = page.evaluate("""async (rules) => {
            const r = await axe.run(document, {runOnly: {type: 'rule', values: rules}, resultTypes: ['violations']});
            return r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | '));
        }""", NAME_RULES)
        return found + page.evaluate(FIELD_NAMES)

    failures = _sweep(browser, app_server, site, 390, check)
    context = _context(browser, app_server, site, width=390)
    page = context.new_page()
    for url, open_it in NAME_STATES.items():
        url = url.format(**site)
        _open(page, url)
        if open_it:
            open_it(page)
        failures += [f"{url} (state) 390px: {f}" for f in check(page, url)]
    context.close()
    assert not failures, "\n".join(failures)
