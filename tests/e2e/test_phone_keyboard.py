"""Issue 10 phone/keyboard trial findings, checked on the seeded site (``tests/e2e/seeded_site.py``);
layout/name/heading/target kinds are in ``test_design_checks.py`` (probes in ``ui_probes.py``).

* Applications: the List tab is in the URL (``?view=list``) and survives a reload;
* job page: Apply is one control (a link, one Tab stop); after it is followed, "Mark as applied"
  records the application at stage applied once (a second time changes nothing);
* Jobs: Enter in the search keeps focus in the search box (focus goes to the H1 only on a real page
  change); "Save this search" moves focus to its Name field;
* Dashboard: no default figure ("0", "never") is painted before the real ones;
* a right-to-left query is isolated inside "Results for “…”" (``<bdi>``).
"""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.test_design_checks import _context, _open


def test_applications_tab_is_in_the_url(browser, app_server, site):
    context = _context(browser, app_server, site, width=390)
    page = context.new_page()
    _open(page, "/applications")
    page.click("#tab-list")
    page.wait_for_url(lambda url: url.endswith("/applications?view=list"))
    expect(page.locator("#applications-table")).to_be_visible()
    page.reload()
    expect(page.locator("#tab-list")).to_have_attribute("aria-selected", "true", timeout=30_000)
    expect(page.locator("#applications-table")).to_be_visible()
    page.click("#tab-board")
    page.wait_for_url(lambda url: url.endswith("/applications"))
    context.close()


def test_apply_is_one_control_and_mark_as_applied_records_it_once(browser, app_server, site):
    context = _context(browser, app_server, site, width=1280)
    page = context.new_page()
    _open(page, "/jobs")
    # another posting than the seeded one (its application state is the other tests' business)
    links = page.locator("#job-list [id^=job-link-]")
    expect(links.nth(1)).to_be_visible(timeout=60_000)
    posting = (links.nth(1).get_attribute("id") or "").rsplit("-", 1)[-1]
    title = links.nth(1).inner_text().strip()
    _open(page, f"/jobs/{posting}")
    apply = page.locator("#apply-link")
    assert apply.evaluate("(a) => a.tagName === 'A' && !a.querySelector('button, a') && !a.closest('button')")
    # one Tab stop: Tab from the control before it lands on Apply, the next Tab leaves it
    apply.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    expect(apply).to_be_focused()
    page.keyboard.press("Tab")
    expect(apply).not_to_be_focused()
    # Enter on the one control opens the posting (here the app's own 404: no network in tests)
    apply.evaluate("(a) => a.setAttribute('href', '/no-such-page')")
    with context.expect_page() as popup:
        apply.focus()
        page.keyboard.press("Enter")
    popup.value.close()
    page.click("#mark-applied")
    expect(page.locator("#applied-status")).to_contain_text("Marked as applied")
    page.click("#applied-application-link")
    expect(page.locator("#detail-stage")).to_contain_text("applied", ignore_case=True, timeout=30_000)
    application = page.url.rstrip("/").rsplit("/", 1)[-1]
    # again: nothing new is recorded
    _open(page, f"/jobs/{posting}")
    page.evaluate("() => document.getElementById('apply-link').addEventListener('click', (e) => e.preventDefault(),"
                  " {once: true})")
    page.click("#apply-link")
    page.click("#mark-applied")
    expect(page.locator("#applied-status")).to_contain_text("stage applied")
    expect(page.locator("#applied-application-link")).to_have_attribute("href", f"/applications/{application}")
    _open(page, "/applications?view=list")
    expect(page.locator("#applications-table tbody tr", has_text=title[:40])).to_have_count(1)
    context.close()


def test_search_keeps_focus_and_save_search_focuses_its_field(browser, app_server, site):
    context = _context(browser, app_server, site, width=1280)
    page = context.new_page()
    _open(page, "/jobs")
    box = page.locator("#jobs-search")
    box.fill("engineer")
    box.press("Enter")
    page.wait_for_url(lambda url: "q=engineer" in url)
    expect(page.locator("#jobs-total")).to_contain_text("engineer", timeout=30_000)
    page.wait_for_timeout(500)  # past the focus manager's delay
    expect(page.locator("#jobs-search")).to_be_focused()
    page.click("#save-search-open")
    expect(page.locator("#save-search-name")).to_be_focused()
    # a real page change still focuses the new page's heading
    page.locator("#job-list [id^=job-link-]").first.click()
    expect(page.locator("#page-title")).to_be_focused(timeout=30_000)
    context.close()


_RECORD = """
window.__ccSeen = [];
const look = () => {
  for (const id of ['stat-open-postings', 'stat-last-sync']) {
    const el = document.getElementById(id);
    if (!el) continue;
    // what is painted: a skeleton's placeholder text is transparent and hidden from screen readers
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.rt-Skeleton, [aria-hidden=true]').forEach((n) => n.remove());
    const t = id + ':' + [...copy.querySelectorAll('p, span')].filter((n) => !n.querySelector('p, span'))
      .map((n) => n.textContent.trim()).filter(Boolean).join(' ');
    if (!window.__ccSeen.includes(t)) window.__ccSeen.push(t);
  }
  requestAnimationFrame(look);
};
requestAnimationFrame(look);
"""


def test_dashboard_paints_no_default_figures(browser, app_server, site):
    context = _context(browser, app_server, site, width=390)
    context.add_init_script(_RECORD)
    page = context.new_page()
    _open(page, "/dashboard")
    expect(page.locator("#stat-open-postings")).not_to_have_attribute("aria-busy", "true", timeout=30_000)
    page.wait_for_timeout(300)
    seen = page.evaluate("() => window.__ccSeen")
    shown = [t for t in seen if t.split(":", 1)[1] not in ("Open postings", "Job feed last synced")]
    assert shown, seen
    assert "stat-open-postings:Open postings 0" not in seen and not any(t.endswith("never") for t in seen), seen
    context.close()


def test_rtl_query_is_isolated_in_the_results_line(browser, app_server, site):
    context = _context(browser, app_server, site, width=390)
    page = context.new_page()
    _open(page, "/jobs?q=%D7%90%D7%97%D7%95%D7%AA")  # אחות (nurse)
    bdi = page.locator("#jobs-total bdi, #jobs-no-results bdi").first
    expect(bdi).to_have_text("אחות", timeout=30_000)
    context.close()
