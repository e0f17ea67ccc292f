"""Every failure the job clipper can meet gets its own message saying what to do (issue 14).

The extension's real background code (``clipper/src``: ``api.js``, ``auth.js``, ``background.js``)
runs in Node (``tests/support/clipper_harness.js``: a vm context with a stand-in ``browser``
namespace — in-memory ``storage.local``, ``runtime.onMessage``, a fixed page from
``scripting.executeScript``) and really calls a loopback HTTP server with Node's ``fetch``. That
is the cheapest level that runs the code the popup and the options page talk to; the whole
browser path (Chromium, the app's real API) is ``tests/e2e/test_clipper.py``.

Each case is one address prefix on the loopback server (``http://127.0.0.1:<port>/<case>``)
answering the way ``/api/v1`` documents (``careercopilot/apiv1/auth.py``, ``routes_clip.py``,
``body_limit.py``) or the way things that are not the API answer (a wrong address, a proxy, no
server, a TLS mismatch). Regression: a sign-in the app refused used to turn, on the next clip,
into "set your address, then sign in" although the address was set.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from careercopilot.services.clips import NO_POSTING

ROOT = Path(__file__).resolve().parents[3]
HARNESS = ROOT / "tests" / "support" / "clipper_harness.js"
TOKEN = "cc_pat_clipper-test-token"
PAGE = {"url": "https://jobs.example.org/postings/42", "html": "<html><body><h1>Data Engineer</h1></body></html>",
        "json_ld": None, "candidates": 0}
CLIP = {"type": "clip", "tabId": 7}
PROBLEM = {"Content-Type": "application/problem+json"}
HTML = {"Content-Type": "text/html; charset=utf-8"}
FAR_FUTURE_MS = 4_102_444_800_000  # 2100-01-01


def _problem(status: int, detail: str | None = None, **extra) -> tuple[int, dict, str]:
    body = {"type": "about:blank", "title": "x", "status": status, **({"detail": detail} if detail else {}), **extra}
    return status, PROBLEM, json.dumps(body)


@dataclass
class Case:
    """One failure: what the extension has stored, how the loopback server answers
    (``api``: every ``/api/v1`` call; ``oauth``: ``/oauth/token`` and ``/oauth/revoke``), the
    messages sent to the background, and what the last answer must say."""

    name: str
    code: str
    says: list[str]
    storage: str = "token"  # token | sign-in | none | raw
    raw_storage: dict = field(default_factory=dict)
    api: tuple[int, dict, str] | None = None
    oauth: tuple[int, dict, str] | None = None
    messages: list[dict] = field(default_factory=lambda: [CLIP])
    never_says: list[str] = field(default_factory=list)
    app_url: str | None = None  # default: this case's prefix on the loopback server


SIGNED_IN_SCOPE = "postings:write applications:write"
CASES = [
    Case("no address", "no-address", ["Set your Career Copilot address first", "options"], storage="none"),
    Case("an address without http(s)://", "bad-address", ['"copilot.example.org" is not a web address', "https://"],
         app_url="copilot.example.org"),
    Case("an address with a space", "bad-address", ["is not a web address"], app_url="http://copilot example.org"),
    Case("address but no token nor sign-in", "no-credential",
         ["Not signed in to Career Copilot at {app}", "then sign in (or paste a personal access token)"],
         storage="raw", never_says=["Set your Career Copilot address"]),
    Case("the user signed out in the options", "no-credential", ["Not signed in to Career Copilot at {app}"],
         storage="sign-in", oauth=(200, {"Content-Type": "application/json"}, "{}"),
         messages=[{"type": "signout"}, CLIP]),
    Case("nothing listens at the address", "unreachable", ["Can't reach Career Copilot at {app}", "is running"],
         app_url="closed", never_says=["certificate"]),
    Case("https address, TLS handshake fails", "unreachable", ["Can't reach Career Copilot at {app}", "certificate"],
         app_url="tls"),
    Case("401: personal token refused", "token",
         ["refused the token", "wrong, revoked or expired", "Settings → API tokens", "options"],
         api=_problem(401, "The token is unknown, revoked or expired."), never_says=["Set your", "Not signed in"]),
    Case("401: sign-in refused, its refresh refused too", "signed-out",
         ["You are signed out of Career Copilot", "Sign in again"], storage="sign-in",
         api=_problem(401, "The token is unknown, revoked or expired."),
         oauth=(400, {"Content-Type": "application/json"}, json.dumps({"error": "invalid_grant"})),
         never_says=["Set your", "Not signed in"]),
    Case("401 sign-in, then clipping again", "signed-out",
         ["You are signed out of Career Copilot", "Sign in again"], storage="sign-in",
         api=_problem(401, "The token is unknown, revoked or expired."),
         oauth=(400, {"Content-Type": "application/json"}, json.dumps({"error": "invalid_grant"})),
         messages=[CLIP, CLIP], never_says=["Set your", "Not signed in"]),
    Case("403: token lacks a scope", "scope",
         ["This token lacks the postings:write scope.", "postings: read & write", "Settings → API tokens"],
         api=_problem(403, "This token lacks the postings:write scope.")),
    Case("403: sign-in lacks a scope", "scope",
         ["This token lacks the postings:write scope.", "sign in again", "allow the clipper"], storage="sign-in",
         api=_problem(403, "This token lacks the postings:write scope."), never_says=["Settings → API tokens"]),
    Case("413: clip too large", "too-large", ["larger than 3000000 bytes", "Add posting from URL"],
         api=_problem(413, "The clip is larger than 3000000 bytes; send the posting's JSON-LD or a smaller page.")),
    Case("422: no posting on the page", "no-job", [NO_POSTING], api=_problem(422, NO_POSTING)),
    Case("422: the clip failed validation", "refused-clip",
         ["refused the clip", "url: String should have at most 2048 characters", "Add posting from URL"],
         api=_problem(422, "The request is not valid; see errors.", errors=[
             {"loc": ["body", "url"], "msg": "String should have at most 2048 characters", "type": "string_too_long"}])),
    Case("429 with Retry-After", "rate-limit", ["Too many requests", "try again in 17 s"],
         api=(429, {**PROBLEM, "Retry-After": "17"},
              json.dumps({"status": 429, "detail": "Too many requests with this token; retry in 17 s."}))),
    Case("429 from a proxy, no Retry-After", "rate-limit", ["Too many requests", "try again in a minute"],
         api=(429, HTML, "<html>slow down</html>")),
    Case("500: the app failed", "server", ["failed on this request (HTTP 500", "tell its operator"],
         api=_problem(500, "Internal Server Error")),
    Case("502: the proxy found no app", "unavailable", ["not available right now (HTTP 502", "Try again in a few"],
         api=(502, HTML, "<html><h1>502 Bad Gateway</h1></html>")),
    Case("503: app down for maintenance", "unavailable", ["not available right now (HTTP 503"],
         api=(503, HTML, "<html>maintenance</html>")),
    Case("404: the address is not Career Copilot", "not-api",
         ["{app} answered, but not as Career Copilot's API (HTTP 404)", "without a page path"],
         api=(404, HTML, "<html>Not found</html>")),
    Case("200 web page: the address is a login portal", "not-api",
         ["{app} answered, but not as Career Copilot's API (a web page", "without a page path"],
         api=(200, HTML, "<!doctype html><html><body>Sign in to the portal</body></html>")),
    Case("409: another refusal", "http", ["refused the request (HTTP 409", "try again"],
         api=_problem(409, "Conflict")),
]


class _Server(BaseHTTPRequestHandler):
    cases: dict[str, Case] = {}
    seen: list[tuple[str, str, dict, str]] = []

    def log_message(self, *args):  # quiet
        pass

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        prefix, _, rest = self.path.lstrip("/").partition("/")
        self.seen.append((prefix, f"{self.command} /{rest}", dict(self.headers), body))
        case = self.cases.get(prefix)
        answer = None
        if case is not None:
            answer = case.oauth if rest.startswith("oauth/") else case.api
        status, headers, text = answer or (404, HTML, "<html>no such case</html>")
        data = text.encode()
        self.send_response(status)
        for k, v in {**headers, "Content-Length": str(len(data))}.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def outcomes():
    """Run every case through the extension once → {case name: (app url, harness result, requests seen)}."""
    node = shutil.which("node")
    assert node, "node (Debian package nodejs) is needed to run the clipper's code"
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    port = server.server_address[1]
    _Server.cases = {_slug(c.name): c for c in CASES}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scenarios, urls = [], {}
    for case in CASES:
        base = f"http://127.0.0.1:{port}/{_slug(case.name)}"
        url = {"closed": f"http://127.0.0.1:{_closed_port()}", "tls": f"https://127.0.0.1:{port}/{_slug(case.name)}",
               None: base}.get(case.app_url, case.app_url)
        urls[case.name] = url
        storage = {"none": {}, "raw": {"appUrl": url}, "token": {"appUrl": url, "token": TOKEN},
                   "sign-in": {"appUrl": url, "signIn": {"appUrl": url, "accessToken": "eyJ.a.b",
                                                         "refreshToken": "cc_rt_first", "expiresAt": FAR_FUTURE_MS,
                                                         "scope": SIGNED_IN_SCOPE}}}[case.storage]
        scenarios.append({"name": case.name, "storage": storage, "page": PAGE, "messages": case.messages})
    try:
        done = subprocess.run([node, str(HARNESS), str(ROOT / "clipper")], input=json.dumps(scenarios),
                              capture_output=True, text=True, timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 0, done.stderr
    results = {r["name"]: r for r in json.loads(done.stdout)}
    return {c.name: (urls[c.name], results[c.name], [s for s in _Server.seen if s[0] == _slug(c.name)])
            for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_failure_has_its_own_message(outcomes, case):
    url, result, _ = outcomes[case.name]
    answer = result["answers"][-1]
    assert answer["ok"] is False, answer
    assert answer["code"] == case.code, answer
    for phrase in case.says:
        assert phrase.format(app=url) in answer["error"], answer["error"]
    for phrase in case.never_says:
        assert phrase not in answer["error"], answer["error"]


def test_the_codes_cover_every_documented_failure_with_distinct_wording(outcomes):
    """Every code api.js documents for ClipError (except the page-reading ones of background.js and
    the sign-in exchange of auth.js) has a case, and two codes never share a message."""
    doc = re.search(r"code ∈ (.*?)\(this file\)", (ROOT / "clipper" / "src" / "api.js").read_text(), re.S).group(1)
    documented = {c.strip(" *\n") for c in doc.replace("\n", " ").split(",") if c.strip(" *\n")}
    assert documented <= {c.code for c in CASES}, documented - {c.code for c in CASES}
    by_code: dict[str, set[str]] = {}
    for _, result, _ in outcomes.values():
        answer = result["answers"][-1]
        by_code.setdefault(answer["code"], set()).add(re.sub(r"https?://\S+|\"[^\"]*\"", "<url>", answer["error"]))
    for code, messages in by_code.items():
        others = set().union(*(m for c, m in by_code.items() if c != code))
        assert not messages & others, code


def test_a_refused_sign_in_is_forgotten_and_remembered_as_ended(outcomes):
    url, result, seen = outcomes["401 sign-in, then clipping again"]
    assert "signIn" not in result["storage"] and result["storage"]["signInEnded"] == url
    refreshes = [body for _, request, _, body in seen if request == "POST /oauth/token"]
    assert len(refreshes) == 1 and "grant_type=refresh_token" in refreshes[0] and "cc_rt_first" in refreshes[0]
    # the second clip asked nothing of the app: the extension knew the sign-in had ended
    assert [request for _, request, _, _ in seen] == ["POST /api/v1/clips", "POST /oauth/token"]


def test_signing_out_in_the_options_is_not_an_ended_sign_in(outcomes):
    _, result, seen = outcomes["the user signed out in the options"]
    assert result["answers"][0] == {"ok": True, "data": {"revoked": True}}
    assert "signIn" not in result["storage"] and "signInEnded" not in result["storage"]
    assert [request for _, request, _, _ in seen] == ["POST /oauth/revoke"]


def test_the_personal_token_is_sent_as_a_bearer_token(outcomes):
    _, _, seen = outcomes["401: personal token refused"]
    [(_, request, headers, body)] = seen
    assert request == "POST /api/v1/clips" and headers["Authorization"] == f"Bearer {TOKEN}"
    assert json.loads(body) == {"url": PAGE["url"], "html": PAGE["html"]}


def test_a_working_setup_clips(tmp_path):
    """The control: the same harness and server shape, an API that accepts → the posting comes back."""
    posting = {"posting": {"posting_id": 5, "title": "Data Engineer"}, "match": None, "application_id": None}
    case = Case("ok", "", [], api=(200, {"Content-Type": "application/json"}, json.dumps(posting)))
    _Server.cases = {"ok": case}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/ok"
    try:
        done = subprocess.run([shutil.which("node"), str(HARNESS), str(ROOT / "clipper")], capture_output=True,
                              text=True, timeout=60, input=json.dumps([{
                                  "name": "ok", "storage": {"appUrl": url + "/", "token": TOKEN}, "page": PAGE,
                                  "messages": [CLIP, {"type": "check"}]}]))
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 0, done.stderr
    [result] = json.loads(done.stdout)
    assert result["answers"] == [{"ok": True, "data": posting}, {"ok": True, "data": posting}]
