"""The job clipper end to end (issue 14, "Clipper") against the production build:

* the unpacked extension (``clipper/``) loaded into Debian's chromium (persistent context,
  ``--headless=new --load-extension``): its service worker starts; the options page takes the
  app address and a token made with the CLI (a wrong token is refused in clear words); each
  saved page (tests/fixtures/clipper: Greenhouse-hosted, Lever, Workday, LinkedIn; and two
  JSON-LD pages of tests/fixtures/job-boards/jsonld_pages.json), served from a loopback HTTP
  server, is clipped from the popup page (opened in a tab with ``?tab=<id>``): the popup shows
  the parsed title and a match score, the posting is stored for that user; one is saved to the
  board; a page with no job says so;
* "Sign in with Career Copilot" (authorization code + PKCE through ``chrome.identity.launchWebAuthFlow``
  and the app's real login and consent pages; the app lists the extension in ``OAUTH_CLIENTS``, see
  conftest): a posting is clipped with the JWT access token; an access token past its expiry and one
  the app refuses (401) are each replaced by a refresh, rotating the refresh token; every way a
  sign-in ends at the server (a spent refresh token replayed, the sign-in revoked) turns into a clean
  "signed out, sign in again" with the tokens gone; "Sign out" revokes the sign-in at the app;
* the bookmarklet once: offered on ``/clip``, run on a saved page by a signed-in user, it opens
  the ``/clip`` window, which shows the posting and its score and saves it to the board.
"""

from __future__ import annotations

import json
import re
import secrets
import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import CHROMIUM, ROOT, clipper_extension_id
from tests.e2e.pages import LoginPage, SignupPage, unique_email
from tests.support import services

EXTENSION = ROOT / "clipper"
FIXTURES = ROOT / "tests" / "fixtures"
CV = ("Robin Vale — Systems Administrator and IT support, Baltimore.\n"
      "Experience: Linux server administration, monitoring, backups, scripting in Bash and Python; "
      "WordPress sites for small businesses.\n"
      "Skills: Linux, Windows Server, Bash, Python, PHP, WordPress, networking, security.")
#: path on the loopback server → (fixture file or jsonld_pages.json key, title the popup shows)
PAGES = {
    "/riotgames/en/work-with-us/job/7977844": ("clipper/greenhouse_riotgames.html", "APAC Esports Partnership Manager"),
    "/lever/example/6f1f3c1e-4a52-4a4f-9d4f-2f1b2f0c1a11": ("clipper/lever_wordpress_developer.html",
                                                            "Lever Posting Fixture"),
    "/bah/BAH_Jobs/job/Annapolis-Junction-MD/Systems-Administrator-Intern_R0249565": (
        "clipper/workday_bah_systems_admin_intern.html", "Systems Administrator Intern"),
    "/linkedin/jobs/view/4392276998": ("clipper/linkedin_atos.html", "Entry-Level Automation Engineer"),
    "/jazzhr/apply/jIl4Gy4G0a": ("jazzhr", "Bathroom Remodeling Subcontractor Crews Wanted"),
    "/meta/profile/job_details/1650887963003826": ("meta", "Research Engineer - FAIR, SGT"),
}
NO_JOB = "/about"


class _Pages(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(scope="module")
def job_site(tmp_path_factory):
    """The saved pages on a loopback HTTP server (``http://127.0.0.1:<port><path>``)."""
    root = tmp_path_factory.mktemp("job-site")
    jsonld = json.loads((FIXTURES / "job-boards" / "jsonld_pages.json").read_text())["pages"]
    for path, (source, _) in PAGES.items():
        target = root / path.lstrip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = jsonld[source]["page"] if source in jsonld else (FIXTURES / source).read_text()
        if not text.lstrip().lower().startswith("<!doctype"):
            text = f"<!doctype html><html><head><meta charset='utf-8'></head><body>{text}</body></html>"
        target.write_text(text, encoding="utf-8")
    (root / "about").mkdir()
    (root / "about" / "index.html").write_text("<!doctype html><html><head><title>About us</title></head>"
                                               "<body><nav>Home</nav></body></html>")
    (root / "favicon.ico").write_bytes(b"")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Pages, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _cli(app_server, *args: str) -> str:
    done = subprocess.run([services.python(), "-m", "careercopilot", *args], cwd=app_server.cwd, env=app_server.env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def extension_context(tmp_path, playwright_instance):
    """Chromium with the unpacked extension; yields (context, extension id)."""
    ext = str(EXTENSION)
    context = playwright_instance.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, headless=False,
        args=["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--disable-extensions-except={ext}", f"--load-extension={ext}"])
    context.set_default_timeout(30_000)
    try:
        worker = context.service_workers[0] if context.service_workers else \
            context.wait_for_event("serviceworker", timeout=30_000)
        assert worker.url.startswith("chrome-extension://") and worker.url.endswith("/src/background.js")
        yield context, worker.url.split("/")[2]
    finally:
        context.close()


def _tab_id(popup, url: str) -> int:
    return popup.evaluate("async (u) => (await chrome.tabs.query({})).find((t) => t.url === u).id", url)


def _clip(context, ext_id: str, url: str):
    """Open ``url`` in a tab, then the popup page for that tab, press "Clip this job"."""
    job = context.new_page()
    job.goto(url)
    popup = context.new_page()
    popup.goto(f"chrome-extension://{ext_id}/popup.html")
    popup.goto(f"chrome-extension://{ext_id}/popup.html?tab={_tab_id(popup, job.url)}")
    popup.click("#clip")
    return job, popup


@pytest.mark.timeout(600)
def test_extension_clips_every_saved_page_and_saves_one(app_server, job_site, extension_context):
    context, ext_id = extension_context
    email = unique_email("clipper")
    _cli(app_server, "create-user", email, "--password", f"correct horse {secrets.token_hex(3)} 9")
    secret = _cli(app_server, "token", "create", "--user", email, "--name", "clipper", "--scopes",
                  "postings:write,applications:write,resumes:write", "--days", "7").strip().splitlines()[-1]
    api = f"{app_server.url}/api/v1"
    headers = {"Authorization": f"Bearer {secret}"}
    r = httpx.post(f"{api}/resumes", headers=headers, files={"file": ("cv.txt", CV.encode(), "text/plain")}, timeout=120)
    assert r.status_code == 201, r.text

    # options: a wrong token is refused in words, the right one accepted
    options = context.new_page()
    options.goto(f"chrome-extension://{ext_id}/options.html")
    options.fill("#app-url", app_server.url)
    options.fill("#token", "cc_pat_not-a-real-token")
    # what is typed before storage answers stays (CI run of 2026-12-06: the late load() emptied the
    # required address, so the click submitted nothing and the status stayed empty)
    expect(options.locator("body")).to_have_attribute("data-loaded", "true")
    expect(options.locator("#app-url")).to_have_value(app_server.url)
    options.click("#save")
    expect(options.locator("#status")).to_contain_text("refused the token", timeout=60_000)
    options.fill("#token", secret)
    options.click("#save")
    # the first ranked list after the resume upload loads the embedding model in the app: give it time
    expect(options.locator("#status")).to_contain_text("accepts this token", timeout=180_000)

    clipped = {}
    for path, (_, title) in PAGES.items():
        job, popup = _clip(context, ext_id, job_site + path)
        expect(popup.locator("#title")).to_contain_text(title, timeout=120_000)
        expect(popup.locator("#score")).to_have_text(re.compile(r"^\d{1,3}$"))
        expect(popup.locator("#error")).to_be_hidden()
        clipped[path] = popup
        job.close()
        # stored for this user, with the score the popup showed
        posting_id = popup.locator("#result").get_attribute("data-posting-id")
        stored = httpx.get(f"{api}/postings/{posting_id}", headers=headers, timeout=60).json()
        assert stored["posting"]["title"].startswith(title)
        assert str(round(stored["match"]["score"])) == popup.locator("#score").text_content()

    # save one to the board from the popup
    popup = clipped["/bah/BAH_Jobs/job/Annapolis-Junction-MD/Systems-Administrator-Intern_R0249565"]
    popup.click("#save")
    expect(popup.locator("#saved")).to_be_visible(timeout=60_000)
    apps = httpx.get(f"{api}/applications", headers=headers, timeout=30).json()["items"]
    assert [a["title"] for a in apps] == ["Systems Administrator Intern"] and apps[0]["stage"] == "saved"
    popup.screenshot(path=str(ROOT / "test-results" / "e2e" / "clipper-popup.png"))

    # a page without a job says so
    _, popup = _clip(context, ext_id, job_site + NO_JOB)
    expect(popup.locator("#error")).to_contain_text("no job posting", timeout=60_000)


SIGNED_IN = "Signed in. Career Copilot accepts this sign-in."
SIGNED_OUT = "You are signed out of Career Copilot"
LINKEDIN = "/linkedin/jobs/view/4392276998"
LEVER = "/lever/example/6f1f3c1e-4a52-4a4f-9d4f-2f1b2f0c1a11"


def _stored(page) -> dict | None:
    """The extension's stored sign-in (storage.local ``signIn``), read from one of its pages."""
    return page.evaluate("async () => (await chrome.storage.local.get('signIn')).signIn || null")


def _set_stored(page, **changes) -> None:
    page.evaluate("async (c) => { const s = (await chrome.storage.local.get('signIn')).signIn;"
                  " await chrome.storage.local.set({signIn: {...s, ...c}}); }", changes)


def _sign_in(context, options, email: str, password: str) -> dict:
    """Press "Sign in with Career Copilot"; in the window it opens, log in when the app asks, then
    approve on the consent page. → the stored sign-in."""
    with context.expect_page(timeout=30_000) as opened:
        options.click("#signin")
    flow = opened.value
    flow.wait_for_load_state()
    if "/login" in flow.url:  # no session in this browser yet: the login page comes first, then back
        LoginPage(flow).login(email, password)
    expect(flow.locator("body")).to_contain_text("Career Copilot clipper wants to use your Career Copilot account",
                                                 timeout=60_000)
    expect(flow.locator("body")).to_contain_text(email)
    flow.click("#oauth-approve")
    expect(options.locator("#status")).to_have_text(SIGNED_IN, timeout=60_000)
    expect(options.locator("#signin-state")).to_contain_text("Signed in to")
    expect(options.locator("#signout")).to_be_visible()
    stored = _stored(options)
    assert stored["accessToken"].count(".") == 2 and stored["refreshToken"].startswith("cc_rt_")
    return stored


def _clip_ok(context, ext_id: str, url: str, title: str, api: str, access_token: str | None = None) -> None:
    """Clip ``url`` from the popup; the popup shows ``title`` and the posting is stored for the user."""
    job, popup = _clip(context, ext_id, url)
    expect(popup.locator("#title")).to_contain_text(title, timeout=120_000)
    expect(popup.locator("#error")).to_be_hidden()
    posting_id = popup.locator("#result").get_attribute("data-posting-id")
    token = access_token or _stored(popup)["accessToken"]
    stored = httpx.get(f"{api}/postings/{posting_id}", headers={"Authorization": f"Bearer {token}"}, timeout=60)
    assert stored.status_code == 200 and stored.json()["posting"]["title"].startswith(title)
    job.close()
    popup.close()


def _replay(app_url: str, spent: dict) -> None:
    """An attacker presents a refresh token the extension already rotated away: the app revokes the sign-in."""
    r = httpx.post(f"{app_url}/oauth/token", data={"grant_type": "refresh_token", "client_id": "clipper",
                                                    "refresh_token": spent["refreshToken"]}, timeout=30)
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant", r.text


def _revoke(app_url: str, spent: dict) -> None:
    """The sign-in is revoked at the app (RFC 7009, as a password change does for all of them)."""
    r = httpx.post(f"{app_url}/oauth/revoke", data={"client_id": "clipper", "token": spent["accessToken"]}, timeout=30)
    assert r.status_code == 200, r.text


@pytest.mark.timeout(600, func_only=True)  # the session's app build is not this test's time
def test_extension_signs_in_refreshes_and_signs_out(app_server, job_site, extension_context):
    context, ext_id = extension_context
    assert ext_id == clipper_extension_id()  # the manifest key pins the id the app lists
    email, password = unique_email("clipper-oauth"), f"correct horse {secrets.token_hex(3)} 9"
    _cli(app_server, "create-user", email, "--password", password)
    api = f"{app_server.url}/api/v1"
    options = context.new_page()
    options.goto(f"chrome-extension://{ext_id}/options.html")
    expect(options.locator("#redirect-uri")).to_have_text(f"https://{ext_id}.chromiumapp.org/")
    expect(options.locator("#signin-state")).to_have_text("Not signed in.")
    options.fill("#app-url", app_server.url)

    # each way a sign-in ends at the app: the next clip says "signed out, sign in again", cleanly
    endings = {"a spent refresh token replayed": _replay, "the sign-in revoked": _revoke}
    for ending, end in endings.items():
        first = _sign_in(context, options, email, password)
        assert first["appUrl"] == app_server.url and "postings:write" in first["scope"]
        _clip_ok(context, ext_id, job_site + LINKEDIN, "Entry-Level Automation Engineer", api)
        assert _stored(options) == first  # a fresh access token is used as is

        # the access token is past its expiry: refreshed (rotated) before the call
        _set_stored(options, expiresAt=0)
        _clip_ok(context, ext_id, job_site + LEVER, "Lever Posting Fixture", api)
        second = _stored(options)
        assert second["refreshToken"] != first["refreshToken"] and second["accessToken"] != first["accessToken"]
        assert second["expiresAt"] > first["expiresAt"]

        # the app refuses the access token (401): one refresh, then the call again
        _set_stored(options, accessToken=second["accessToken"][:-4] + "AAAA")
        _clip_ok(context, ext_id, job_site + LINKEDIN, "Entry-Level Automation Engineer", api)
        third = _stored(options)
        assert third["refreshToken"] not in (first["refreshToken"], second["refreshToken"])

        end(app_server.url, first)
        job, popup = _clip(context, ext_id, job_site + LEVER)
        expect(popup.locator("#error")).to_contain_text(SIGNED_OUT, timeout=60_000)
        expect(popup.locator("#error")).to_contain_text("Sign in again")
        assert _stored(popup) is None, ending
        assert httpx.get(f"{api}/postings?limit=1", headers={"Authorization": f"Bearer {third['accessToken']}"},
                         timeout=30).status_code == 401
        job.close()
        popup.close()
        options.reload()
        expect(options.locator("#signin-state")).to_have_text("Not signed in.")
        expect(options.locator("#signin")).to_be_visible()

    # "Sign out" revokes at the app: neither token works any more, and clipping asks to set up
    signed_in = _sign_in(context, options, email, password)
    _clip_ok(context, ext_id, job_site + LINKEDIN, "Entry-Level Automation Engineer", api)
    options.click("#signout")
    expect(options.locator("#status")).to_have_text("Signed out.", timeout=30_000)
    expect(options.locator("#signin")).to_be_visible()
    assert _stored(options) is None
    r = httpx.post(f"{app_server.url}/oauth/token", data={"grant_type": "refresh_token", "client_id": "clipper",
                                                         "refresh_token": signed_in["refreshToken"]}, timeout=30)
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant", r.text
    assert httpx.get(f"{api}/postings?limit=1", headers={"Authorization": f"Bearer {signed_in['accessToken']}"},
                     timeout=30).status_code == 401
    job, popup = _clip(context, ext_id, job_site + LINKEDIN)
    expect(popup.locator("#error")).to_contain_text("then sign in (or paste a personal access token)",
                                                    timeout=60_000)


def test_bookmarklet_window_clips_and_saves(new_page, job_site):
    page, _ = new_page()
    SignupPage(page).open().signup_ok(unique_email("bookmarklet"))
    page.goto("/clip")
    link = page.locator("#clip-bookmarklet")
    expect(link).to_be_visible()
    code = unquote(link.get_attribute("href").removeprefix("javascript:"))
    page.goto(job_site + "/linkedin/jobs/view/4392276998")
    with page.context.expect_page() as opened:
        page.evaluate(code)
    window = opened.value
    # nothing is stored before the user confirms what the window read (attack a12 W1)
    expect(window.locator("#clip-confirm-title")).to_contain_text("Entry-Level Automation Engineer", timeout=120_000)
    expect(window.locator("#clip-site")).to_have_text("127.0.0.1")
    expect(window.locator("#clip-result")).to_be_hidden()
    window.click("#clip-store")
    expect(window.locator("#clip-title")).to_contain_text("Entry-Level Automation Engineer", timeout=120_000)
    expect(window.locator("#clip-score")).to_have_text(re.compile(r"^(\d{1,3}|–)$"))
    window.click("#clip-save")
    expect(window.locator("#clip-saved")).to_be_visible(timeout=60_000)
    window.screenshot(path=str(ROOT / "test-results" / "e2e" / "clipper-bookmarklet.png"))
    page.goto("/applications")
    expect(page.locator("#stage-column-saved")).to_contain_text("Entry-Level Automation Engineer", timeout=30_000)


#: A hostile page (attack a12 W1, /work/team/a12/www/clipcsrf.html): it opens the app's /clip,
#: waits for "cc-clip-ready" and posts a planted "job" of its own origin.
HOSTILE = """<!doctype html><html><body><button id=b>Show salary</button><script>
document.getElementById("b").onclick = () => {
  const A = %s;
  const w = window.open(A + "/clip", "cc_clip", "popup,width=480,height=700");
  addEventListener("message", (e) => {
    if (e.source === w && e.data === "cc-clip-ready") {
      w.postMessage({type: "cc-clip", url: location.href, html: "<html><head><title>Planted Engineer</title></head>"
        + "<body><h1>Planted Engineer</h1><p>" + "We need a Python engineer with Kubernetes and Docker. ".repeat(8)
        + "</p></body></html>"}, A);
      document.title = "SENT";
    }
  });
};
</script></body></html>"""


def test_hostile_page_cannot_store_a_posting_without_the_click(new_page, job_site, tmp_path):
    page, _ = new_page()
    SignupPage(page).open().signup_ok(unique_email("clip-hostile"))
    app = page.evaluate("location.origin")
    requests: list[str] = []
    page.context.on("request", lambda r: requests.append(f"{r.method} {r.url}"))
    # served from the job site's loopback server: another origin than the app
    page.route(job_site + "/hostile", lambda route: route.fulfill(
        status=200, content_type="text/html", body=HOSTILE % json.dumps(app)))
    page.goto(job_site + "/hostile")
    with page.context.expect_page() as opened:
        page.click("#b")
    window = opened.value
    expect(page).to_have_title("SENT", timeout=60_000)
    expect(window.locator("#clip-confirm-title")).to_have_text("Planted Engineer", timeout=120_000)
    expect(window.locator("#clip-site")).to_have_text("127.0.0.1")
    window.wait_for_timeout(2_000)  # time for anything the window would still send
    expect(window.locator("#clip-result")).to_be_hidden()
    assert any(r.endswith("/clip/preview") for r in requests), requests
    assert not [r for r in requests if "/clip/parse" in r or "/clip/save" in r], requests
    # only the user's click stores it (POST /clip/parse, the one storing route of the window)
    window.click("#clip-store")
    expect(window.locator("#clip-title")).to_have_text("Planted Engineer", timeout=120_000)
    assert [r for r in requests if r.endswith("/clip/parse")] == [f"POST {app}/clip/parse"], requests
