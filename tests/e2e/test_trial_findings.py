"""Issue 10 trial findings that lacked a test that fails on the bug (production build, chromium):

* the "Overdue · date" badge of a board card is not cut off: its box lies inside the card and
  its text inside the badge, at 390 and 1280 px;
* list-tab dates (applied, follow-up) and the stage badge stay on one line at 390 and 1280 px
  (the badge broke "applied" into "appli/ed" at 390 px);
* the "By source" chart's axis labels (real demo-feed source names, imported from a CSV) do not
  overlap each other and are not clipped by the chart, at 390 and 1280 px;
* the application page's "Resume used" dropdown (a long file name) does not overflow into
  the salary field at 390, 800 and 1280 px;
* a stage move shows ONE notice — on the board (menu) and on the application page — never an
  inline notice and a toast (counted by a MutationObserver for the whole time after the move);
* the login page focuses the email field, also after client-side navigation (from sign-up,
  after logging out); focus moves to the page heading after navigating (sidebar, phone menu,
  keyboard only);
* every time shown is in the user's zone (a Pacific/Auckland user: dashboard "last synced",
  Sources, resume versions, stage history, writing document versions, API token last use).
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.pages import DEFAULT_PASSWORD, LoginPage, Nav, SignupPage, move_card, unique_email
from tests.e2e.test_writing import RESUME
from tests.support import services

AUCKLAND = ZoneInfo("Pacific/Auckland")
MINUTE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")
#: Real source names of the demo feed (long ones: the trial's overlapping labels).
SOURCES = [
    "Demo feed (recorded payloads): LinkedIn Job Postings dataset (arshkon, April 2024)",
    "Demo feed (recorded payloads): NYC Jobs (NYC Open Data, snapshot 2019-12-17)",
    "Demo feed (recorded payloads): Hacker News: Who is hiring",
    "Demo feed (recorded payloads): Careers pages (JSON-LD)",
    "Demo feed (recorded payloads): We Work Remotely",
    "Demo feed (recorded payloads): Ubisoft (SmartRecruiters)",
    "manual",
]

#: Counts, from now on, the most text nodes that say ``window.__ccNeedle`` at any one time.
_COUNT_NOTICES = """(needle) => {
  window.__ccMax = 0;
  const count = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (walker.currentNode.textContent.includes(needle) && el && el.getClientRects().length) n += 1;
    }
    window.__ccMax = Math.max(window.__ccMax, n);
  };
  if (window.__ccObserver) window.__ccObserver.disconnect();
  window.__ccObserver = new MutationObserver(count);
  window.__ccObserver.observe(document.body, {childList: true, subtree: true, characterData: true});
  count();
}"""

#: Pairs of overlapping tick labels (rotated boxes, separating-axis test) and labels that stick
#: out of the chart's svg, for the chart ``#<id>``.
_LABEL_CLASHES = """(id) => {
  const el = document.getElementById(id), svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  const texts = [...svg.querySelectorAll('text.recharts-cartesian-axis-tick-value')].filter(t => t.textContent.trim());
  const quad = (t) => {
    const b = t.getBBox(), m = t.getScreenCTM();
    return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
      .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
  };
  const axes = (q) => [0, 1].map(i => { const dx = q[i + 1][0] - q[i][0], dy = q[i + 1][1] - q[i][1]; return [-dy, dx]; });
  const apart = (p, q) => [...axes(p), ...axes(q)].some(([ax, ay]) => {
    const proj = (r) => r.map(([x, y]) => x * ax + y * ay);
    const a = proj(p), b = proj(q), eps = 0.5 * Math.hypot(ax, ay);
    return Math.max(...a) <= Math.min(...b) + eps || Math.max(...b) <= Math.min(...a) + eps;
  });
  const quads = texts.map(quad), out = [], box = svg.getBoundingClientRect();
  for (let i = 0; i < quads.length; i++) {
    for (let j = i + 1; j < quads.length; j++) {
      if (!apart(quads[i], quads[j])) out.push('overlap: ' + texts[i].textContent + ' | ' + texts[j].textContent);
    }
    const xs = quads[i].map(p => p[0]), ys = quads[i].map(p => p[1]);
    if (Math.min(...xs) < box.left - 1 || Math.max(...xs) > box.right + 1 || Math.min(...ys) < box.top - 1
        || Math.max(...ys) > box.bottom + 1) out.push('clipped: ' + texts[i].textContent);
  }
  return {labels: texts.length, clashes: out};
}"""

#: Distinct line tops of the text inside an element (1 = the text is on one line).
#: Lines of a cell's value: the column name a stacked (phone) cell shows above it is not counted.
_LINES = """(el) => { const tops = new Set(), walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) { if (walker.currentNode.parentElement.closest('.cc-cell-label')) continue;
    const r = document.createRange(); r.selectNodeContents(walker.currentNode);
    for (const x of r.getClientRects()) if (x.width > 0) tops.add(Math.round(x.top + x.height / 2)); }
  return tops.size; }"""


def _cli(app_server, code: str) -> str:
    out = subprocess.run([services.python(), "-c", code], cwd=app_server.cwd, env=app_server.env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def _ready(page) -> None:
    page.wait_for_function("() => document.readyState === 'complete'")
    try:
        page.wait_for_load_state("networkidle", timeout=15_000)
    except Exception:  # pages that poll never go idle
        pass


def _add(page, company: str, title: str) -> str:
    page.fill("#manual-company", company)
    page.fill("#manual-title", title)
    page.click("#manual-submit")
    card = page.locator("#stage-column-saved [id^=app-card-]", has_text=title)
    expect(card).to_have_count(1, timeout=15_000)
    return (card.get_attribute("id") or "").rsplit("-", 1)[-1]


def _box(page, selector: str) -> dict:
    box = page.locator(selector).first.bounding_box()
    assert box, f"{selector} is not on screen"
    return box


def _inside(inner: dict, outer: dict, what: str) -> None:
    assert inner["x"] >= outer["x"] - 0.5 and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + 0.5, \
        f"{what}: {inner} sticks out of {outer}"
    assert inner["y"] >= outer["y"] - 0.5 and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + 0.5, \
        f"{what}: {inner} sticks out of {outer}"


def test_overdue_badge_and_list_dates_fit(page):
    SignupPage(page).open().signup_ok(unique_email("overdue"))
    page.goto("/applications")
    expect(page.locator("#manual-company")).to_be_visible(timeout=30_000)
    _ready(page)
    app_id = _add(page, "Overdue Logistics International", "Principal Reliability Engineer, Payments Platform")
    move_card(page, app_id, "applied")
    expect(page.locator(f"#stage-column-applied #app-card-{app_id}")).to_be_visible(timeout=15_000)
    page.goto(f"/applications/{app_id}")
    expect(page.locator("#follow-up-input")).to_be_visible(timeout=30_000)
    _ready(page)
    page.fill("#follow-up-input", "2026-09-28")  # long past: "Overdue · 2026-09-28"
    page.click("#details-save")
    expect(page.locator("#detail-follow-up-badge")).to_contain_text("Overdue", timeout=15_000)
    # one rule (issue 10): the dashboard says of the same follow-up what the board says
    page.goto("/dashboard")
    expect(page.locator("#followups-due")).to_contain_text("Overdue · 2026-09-28", timeout=30_000)

    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 844})
        page.goto("/applications")
        card = f"#app-card-{app_id}"
        badge = page.locator(f"{card} .rt-Badge", has_text="Overdue")
        expect(badge).to_be_visible(timeout=30_000)
        _ready(page)
        badge.scroll_into_view_if_needed()
        expect(badge).to_contain_text("2026-09-28")
        _inside(badge.bounding_box(), _box(page, card), f"overdue badge at {width}px")
        clipped = badge.evaluate("(b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1")
        assert not clipped, f"the badge's text is cut off inside the badge at {width}px"

        page.click("#tab-list")
        row = page.locator(f"#list-row-{app_id}")
        expect(row).to_be_visible(timeout=15_000)
        cells = row.locator("td")
        applied, follow_up = cells.nth(4), cells.nth(5)
        expect(applied).to_have_text(re.compile(r"\d{4}-\d{2}-\d{2}"))
        expect(follow_up).to_contain_text("2026-09-28")
        assert applied.evaluate(_LINES) == 1, f"the applied date wraps at {width}px"
        assert follow_up.evaluate(_LINES) == 1, f"the follow-up date wraps at {width}px"
        assert cells.nth(3).evaluate(_LINES) == 1, f"the stage badge breaks inside its word at {width}px"


def test_by_source_labels_do_not_overlap(page, tmp_path):
    SignupPage(page).open().signup_ok(unique_email("by-source"))
    lines = ["Company,Job Title,Source,Stage"] + [
        f"Company {i},Engineer {i},\"{src}\",{'applied' if i % 2 else 'saved'}" for i, src in enumerate(SOURCES)]
    csv = tmp_path / "huntr-export.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page.goto("/applications")
    expect(page.locator("#import-submit")).to_be_visible(timeout=30_000)
    _ready(page)
    page.locator("#import-upload input[type=file], [id$=import-upload] input[type=file], "
                 "#tracker-import input[type=file]").first.set_input_files(str(csv))
    page.click("#import-submit")
    expect(page.locator("#import-summary")).to_be_visible(timeout=60_000)

    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("/analytics")
        chart = page.locator("#chart-by-source")
        expect(chart).to_be_visible(timeout=30_000)
        _ready(page)
        chart.scroll_into_view_if_needed()
        page.wait_for_timeout(500)  # the responsive container measures itself
        found = page.evaluate(_LABEL_CLASHES, "chart-by-source")
        assert found["labels"] >= len(SOURCES), found
        assert not found["clashes"], f"at {width}px: {found['clashes']}"


def test_resume_select_stays_in_its_field(page, tmp_path):
    SignupPage(page).open().signup_ok(unique_email("resume-select"))
    resume = tmp_path / "jordan-avery-senior-staff-software-engineer-resume-2026-final-version-for-applications.txt"
    resume.write_text(RESUME, encoding="utf-8")
    page.goto("/resume")
    page.locator("#resume-upload input[type=file]").set_input_files(str(resume))
    page.locator("#resume-upload-button").click()
    expect(page.locator("#resume-skills")).to_contain_text("Python", timeout=60_000)
    page.goto("/applications")
    expect(page.locator("#manual-company")).to_be_visible(timeout=30_000)
    _ready(page)
    app_id = _add(page, "Selectco", "Backend Engineer")
    page.goto(f"/applications/{app_id}")
    select = page.locator("#resume-select")
    expect(select.locator("option")).to_have_count(2, timeout=30_000)
    select.select_option(index=1)
    for width in (390, 800, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(300)
        s, salary = _box(page, "#resume-select"), _box(page, "#salary-expectation")
        overlap_x = min(s["x"] + s["width"], salary["x"] + salary["width"]) - max(s["x"], salary["x"])
        overlap_y = min(s["y"] + s["height"], salary["y"] + salary["height"]) - max(s["y"], salary["y"])
        assert overlap_x <= 0 or overlap_y <= 0, f"at {width}px the select {s} overlaps the salary field {salary}"
        cell = select.evaluate_handle("(el) => el.parentElement").as_element().bounding_box()
        _inside(s, cell, f"resume select at {width}px")
        grid = select.evaluate_handle("(el) => el.closest('form')").as_element().bounding_box()
        _inside(s, grid, f"resume select at {width}px (form)")


def test_a_stage_move_shows_one_notice(page):
    SignupPage(page).open().signup_ok(unique_email("one-notice"))
    page.goto("/applications")
    expect(page.locator("#manual-company")).to_be_visible(timeout=30_000)
    _ready(page)
    app_id = _add(page, "Noticeco", "Support Engineer")
    page.evaluate(_COUNT_NOTICES, "Moved to")
    move_card(page, app_id, "applied")
    expect(page.locator(f"#stage-column-applied #app-card-{app_id}")).to_be_visible(timeout=15_000)
    expect(page.get_by_text("Moved to applied")).to_have_count(1, timeout=15_000)
    page.wait_for_timeout(1500)
    assert page.evaluate("window.__ccMax") == 1, "the board showed the move's notice more than once"

    page.goto(f"/applications/{app_id}")
    expect(page.locator("#detail-move")).to_be_visible(timeout=30_000)
    _ready(page)
    page.evaluate(_COUNT_NOTICES, "Moved to")
    move_card(page, "detail", "interviewing")
    expect(page.locator("#detail-stage")).to_have_text("interviewing", timeout=15_000)
    expect(page.get_by_text("Moved to interviewing")).to_have_count(1, timeout=15_000)
    page.wait_for_timeout(1500)
    assert page.evaluate("window.__ccMax") == 1, "the application page showed the move's notice more than once"


def _focused(page) -> dict:
    return page.evaluate("() => ({id: document.activeElement && document.activeElement.id, "
                         "tag: document.activeElement && document.activeElement.tagName, "
                         "text: document.activeElement && document.activeElement.textContent})")


def _wait_focus(page, element_id: str) -> None:
    try:
        page.wait_for_function("(id) => document.activeElement && document.activeElement.id === id", arg=element_id,
                               timeout=10_000)
    except Exception:
        raise AssertionError(f"focus is not on #{element_id} but on {_focused(page)}") from None


def test_focus_login_email_and_heading_after_navigation(new_page):
    page, _ = new_page()
    # client-side navigation sign-up → login: the email field gets focus
    page.goto("/signup")
    expect(page.locator("#to-login")).to_be_visible(timeout=30_000)
    _ready(page)
    page.click("#to-login")
    expect(page.locator("#login-submit")).to_be_visible(timeout=30_000)
    _wait_focus(page, "login-email")

    page.goto("/signup")
    SignupPage(page).signup_ok(unique_email("focus"))
    _ready(page)
    # sidebar link (mouse): the heading of the new page has focus
    page.click("#nav-jobs")
    expect(page.locator("#page-title")).to_have_text("Jobs", timeout=30_000)
    _wait_focus(page, "page-title")
    # keyboard only: focus a nav link, Enter → heading focused; Tab then continues inside the page
    page.locator("#nav-applications").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#page-title")).to_have_text("Applications", timeout=30_000)
    _wait_focus(page, "page-title")
    page.wait_for_timeout(1000)  # the page's data arrives: focus stays on the heading
    assert _focused(page)["id"] == "page-title", f"focus left the heading once the page loaded: {_focused(page)}"
    page.keyboard.press("Tab")
    inside_main = page.evaluate("() => !!document.activeElement.closest('main')")
    assert inside_main, f"Tab after navigation left the page content: {_focused(page)}"

    # phone: the menu drawer's link → drawer closed, heading focused
    page.set_viewport_size({"width": 390, "height": 844})
    page.click("#menu-button")
    page.locator("#mnav-analytics").click()
    expect(page.locator("#page-title")).to_have_text("Analytics", timeout=30_000)
    _wait_focus(page, "page-title")
    expect(page.locator("#menu-drawer")).to_have_count(0, timeout=10_000)

    # logging out lands on the login page with the email field focused
    page.set_viewport_size({"width": 1280, "height": 860})
    Nav(page).logout()
    _wait_focus(page, "login-email")


_TIMES = """
import json
from careercopilot.db import session_scope
from careercopilot.models import Source
from sqlmodel import select
with session_scope() as s:
    print(json.dumps({str(r.id): r.last_sync_at.isoformat() if r.last_sync_at else None
                      for r in s.exec(select(Source))}))
"""

_MAKE_DOCUMENT = """
from careercopilot.db import session_scope
from careercopilot.models import User
from careercopilot.services import writing_documents as docs
from sqlmodel import select
with session_scope() as s:
    user = s.exec(select(User).where(User.email == {email!r})).one()
    doc = docs.create_document(session=s, user_id=user.id, kind="cover_letter", application_id={application})
    docs.add_version(session=s, doc=doc, text="Dear hiring team, I would like to apply.", source="edit")
    doc.status = "ready"
    s.add(doc)
    s.flush()
    print("DOC", doc.id)
"""


def _aware(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _minute(moment: datetime) -> str:
    return moment.astimezone(AUCKLAND).strftime("%Y-%m-%d %H:%M")


def _just_now_in_auckland(text: str, what: str) -> None:
    """``text`` shows a minute within 3 minutes of now in Auckland (UTC is 13 h away)."""
    now = datetime.now(AUCKLAND).replace(tzinfo=None)
    shown = [datetime.strptime(m, "%Y-%m-%d %H:%M") for m in MINUTE.findall(text)]
    assert shown, f"{what}: no time in {text!r}"
    assert any(abs(s - now) <= timedelta(minutes=3) for s in shown), \
        f"{what}: {text!r} is not Auckland time (now {now:%Y-%m-%d %H:%M} there)"


def test_times_in_the_users_zone(browser, app_server, tmp_path):
    context = browser.new_context(base_url=app_server.url, timezone_id="Pacific/Auckland",
                                  viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    try:
        page = context.new_page()
        email = unique_email("auckland")
        page.goto("/signup")
        expect(page.locator("#signup-timezone")).to_have_value("Pacific/Auckland", timeout=30_000)
        SignupPage(page).signup_ok(email)
        synced = {k: _aware(v) for k, v in json.loads(_cli(app_server, _TIMES)).items() if v}
        assert synced, "the demo feed has synced sources"
        expect(page.locator("#stat-last-sync")).to_contain_text(_minute(max(synced.values())), timeout=30_000)

        page.goto("/sources")
        expect(page.locator("[id^=source-] .source-last-sync").first).to_be_visible(timeout=30_000)
        for sid, moment in list(synced.items())[:5]:
            expect(page.locator(f"#source-{sid} .source-last-sync")).to_have_text(_minute(moment))

        resume = tmp_path / "auckland-resume.txt"
        resume.write_text(RESUME, encoding="utf-8")
        page.goto("/resume")
        page.locator("#resume-upload input[type=file]").set_input_files(str(resume))
        page.locator("#resume-upload-button").click()
        expect(page.locator("#resume-versions")).to_contain_text("auckland-resume", timeout=60_000)
        _just_now_in_auckland(page.locator("#resume-versions").inner_text(), "resume versions")

        page.goto("/applications")
        expect(page.locator("#manual-company")).to_be_visible(timeout=30_000)
        _ready(page)
        app_id = _add(page, "Kiwi Ltd", "Platform Engineer")
        move_card(page, app_id, "applied")
        expect(page.locator(f"#stage-column-applied #app-card-{app_id}")).to_be_visible(timeout=15_000)
        page.goto(f"/applications/{app_id}")
        history = page.locator("#stage-history")
        expect(history).to_contain_text("applied", timeout=30_000)
        _just_now_in_auckland(history.inner_text(), "stage history")

        out = _cli(app_server, _MAKE_DOCUMENT.format(email=email, application=int(app_id)))
        doc = out.rsplit("DOC", 1)[1].strip()
        page.goto(f"/writing/{doc}")
        versions = page.locator("#doc-versions")
        expect(versions).to_contain_text("v1", timeout=30_000)
        _just_now_in_auckland(versions.inner_text(), "writing document versions")

        # an API token used once: its "last used" (it said "… UTC")
        page.goto("/settings")
        expect(page.locator("#token-submit")).to_be_visible(timeout=30_000)
        _ready(page)
        page.fill("#token-name", "tz script")
        page.fill("#token-reauth-password", DEFAULT_PASSWORD)  # re-authentication (services/reauth.py)
        page.click("#token-submit")
        secret = page.locator("#token-secret")
        expect(secret).to_contain_text("cc_pat_", timeout=30_000)
        used = httpx.get(f"{app_server.url}/api/v1/postings", headers={"Authorization": f"Bearer {secret.inner_text()}"},
                         timeout=60)
        assert used.status_code == 200, used.text[:500]
        row = page.locator("tr", has_text="tz script")
        for _ in range(6):  # the token's row reads its last use on load
            page.reload()
            expect(row).to_be_visible(timeout=30_000)
            if MINUTE.search(row.inner_text()):
                break
            page.wait_for_timeout(2000)
        expect(row).not_to_contain_text("UTC")
        _just_now_in_auckland(row.inner_text(), "API token last used")
    finally:
        context.close()


def test_login_page_focuses_email_on_load(new_page):
    page, _ = new_page()
    LoginPage(page).open()
    _wait_focus(page, "login-email")
    page.fill("#login-email", "nobody@example.com")  # typed straight into the focused field
    assert page.locator("#login-email").input_value() == "nobody@example.com"


def _not_body(page, what: str) -> str:
    try:
        page.wait_for_function("() => document.activeElement && document.activeElement !== document.body",
                               timeout=10_000)
    except Exception:
        raise AssertionError(f"{what}: focus fell to <body>") from None
    return _focused(page)["id"]


def test_keyboard_focus_survives_actions(new_page, tmp_path):
    """The keyboard-only trial at 390 px: after uploading a resume, saving a posting and moving a
    card, focus had fallen to <body> (Tab restarted at the skip link); saving a posting pushed
    the action row 77 px past the screen."""
    page, _ = new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    SignupPage(page).open().signup_ok(unique_email("keys"))

    resume = tmp_path / "keys-resume.txt"
    resume.write_text(RESUME, encoding="utf-8")
    page.goto("/resume")
    expect(page.locator("#resume-upload-button")).to_be_visible(timeout=30_000)
    _ready(page)
    page.locator("#resume-upload input[type=file]").set_input_files(str(resume))
    page.locator("#resume-upload-button").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#resume-skills")).to_contain_text("Python", timeout=120_000)
    assert _not_body(page, "after the upload") == "resume-upload-button"

    page.goto("/jobs")
    link = page.locator("#job-list [id^=job-link-]").first
    expect(link).to_be_visible(timeout=180_000)
    _ready(page)
    link.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#save-button")).to_be_visible(timeout=30_000)
    _ready(page)
    page.locator("#save-button").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#saved-applications-link")).to_be_visible(timeout=15_000)
    assert _not_body(page, "after Save") == "saved-applications-link"
    width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"the saved posting's page scrolls sideways: {width}"

    page.goto("/applications")
    card = page.locator("#stage-column-saved [id^=app-card-]").first
    expect(card).to_be_visible(timeout=30_000)
    _ready(page)
    app_id = (card.get_attribute("id") or "").rsplit("-", 1)[-1]
    page.locator(f"#move-{app_id}").focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#move-{app_id}-applied")).to_be_visible(timeout=10_000)
    page.locator(f"#move-{app_id}-applied").focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#stage-column-applied #app-card-{app_id}")).to_be_visible(timeout=15_000)
    assert _not_body(page, "after a move") == f"move-{app_id}", "focus is not on the moved card's menu"
    page.wait_for_timeout(800)  # smooth scroll-snap of the board
    seen = page.locator(f"#move-{app_id}").evaluate("""(el) => { const r = el.getBoundingClientRect(),
        b = document.getElementById('board').getBoundingClientRect();
        return r.left >= b.left - 1 && r.right <= b.right + 1; }""")
    assert seen, "the moved card's column is off screen on the phone"


def test_token_form_keeps_input_and_shows_the_secret_where_the_user_is(page):
    """Issue 10 trial finding (Settings → API tokens at 390 px): a wrong password cleared the
    Name, the next "Create token" did nothing visible and the old error stayed; the token and
    Copy were in a panel off-screen."""
    SignupPage(page).open().signup_ok(unique_email("token390"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/settings")
    expect(page.locator("#token-submit")).to_be_visible(timeout=30_000)
    _ready(page)
    page.fill("#token-name", "laptop script")
    page.fill("#token-reauth-password", "not-the-password-1")
    page.click("#token-submit")
    expect(page.locator("#token-error")).to_be_visible(timeout=30_000)
    expect(page.locator("#token-name")).to_have_value("laptop script")  # kept
    expect(page.locator("#token-reauth-password")).to_have_value("")  # passwords are not
    page.fill("#token-reauth-password", DEFAULT_PASSWORD)
    page.click("#token-submit")
    panel = page.locator("#token-created")
    expect(panel).to_be_visible(timeout=30_000)
    expect(page.locator("#token-error")).to_have_count(0)
    expect(panel).to_contain_text("not shown again")
    expect(panel.locator("#token-secret")).to_contain_text("cc_pat_")
    expect(page.locator("#token-copy")).to_be_focused(timeout=10_000)
    expect(panel).to_be_in_viewport()
    expect(page.locator("#token-name")).to_have_value("")  # emptied for the next token after success


def test_long_notes_collapse_behind_show_more(page):
    """Issue 10 trial finding: a 6,000-character note pushed Details, Contacts and History
    10,000 px down; it now shows ~12 lines and a keyboard-reachable "Show more"."""
    SignupPage(page).open().signup_ok(unique_email("notes"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/applications")
    expect(page.locator("#manual-company")).to_be_visible(timeout=30_000)
    _ready(page)
    app_id = _add(page, "Verbose Inc", "Writer")
    page.goto(f"/applications/{app_id}")
    expect(page.locator("#notes-input")).to_be_visible(timeout=30_000)
    _ready(page)
    page.fill("#notes-input", ("Long interview notes, every detail of the call. " * 125)[:6000])
    page.click("#notes-save")
    more = page.locator("#notes-rendered-more")
    expect(more).to_have_text("Show more", timeout=30_000)
    expect(more).to_have_attribute("aria-expanded", "false")
    cut = page.locator("#notes-rendered").bounding_box()["height"]
    assert cut < 450, f"collapsed notes are {cut} px tall"
    more.focus()
    page.keyboard.press("Enter")
    expect(more).to_have_attribute("aria-expanded", "true", timeout=15_000)
    expect(more).to_have_text("Show less")
    full = page.locator("#notes-rendered").bounding_box()["height"]
    assert full > 2 * cut, (cut, full)


def test_an_unbroken_company_name_does_not_widen_the_pages(page):
    """Newcomer trial of 2026-12-06: a 250-character company name without a space (the field takes
    300) made the application page scroll sideways (4,909 px at 1280, 4,649 at 390)."""
    SignupPage(page).open().signup_ok(unique_email("wide"))
    page.goto("/applications")
    expect(page.locator("#manual-company")).to_be_visible(timeout=30_000)
    _ready(page)
    company = "Widecorp" + "X" * 242
    app_id = _add(page, company, "Analyst")
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        for path in (f"/applications/{app_id}", "/applications"):
            page.goto(path)
            expect(page.get_by_text(company).first).to_be_visible(timeout=30_000)
            _ready(page)
            wide = page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
            assert wide[0] <= wide[1] + 1, f"{path} at {width} px scrolls sideways: {wide}"
