"""The edge as deployed: a real nginx on deploy/nginx.conf (rendered by tests/support/topology.py) in
front of TWO app processes (the backend under granian, :mod:`tests.support.obs_stack`) — attack
notes, session 12:

* B1 — an oversized body to any capped route is refused by nginx itself with 413 (it never reaches
  an app process), a body of exactly the edge's figure reaches the app; when the app answers early
  (its own 413 under a lowered ``CLIP_MAX_BYTES``, the Origin guard's 403) it reads the body first,
  so nginx never meets a closed socket. In every case no process is counted as failed: a victim's
  GETs all get 200 while the attack runs (before: four 15 MB posts gave everyone 502 "no live
  upstreams" for 5 s).
* W5 — nginx's access log holds no token (path segment, ``?token=``, Referer).
* W6 — a Host the site does not serve is refused at the edge; redirects never name another host.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections import Counter

import httpx
import pytest

from careercopilot.apiv1.body_limit import EDGE_LIMITS, app_limit
from tests.support import services
from tests.support import topology as topo
from tests.support.obs_stack import obs_stack

#: The apps run with a clip cap below nginx's (an operator lowered CLIP_MAX_BYTES): the app's own
#: early 413 then goes through nginx.
LOWERED_CLIP = 100_000
#: Routes whose app cap is the lowered clip cap in this set-up.
CLIP_PATHS = {"/api/v1/clips", "/clip/parse"}
ATTACK_BYTES = 15_000_000


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    """(nginx base URL, nginx folder, the app processes' URLs) with two app processes behind nginx."""
    tmp = tmp_path_factory.mktemp("edge")
    with obs_stack(tmp, CLIP_MAX_BYTES=str(LOWERED_CLIP)) as st:
        apps = [st.start_app(workers=1) for _ in range(2)]
        nginx_dir = tmp / "nginx"
        for sub in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
            (nginx_dir / sub).mkdir(parents=True, exist_ok=True)
        port = services.free_port()
        conf = nginx_dir / "nginx.conf"
        conf.write_text(topo.render_nginx(listen_port=port, app_ports=[int(a.base_url.rsplit(":", 1)[1]) for a in apps],
                                          folder=nginx_dir))
        with open(tmp / "nginx.log", "wb") as out:
            nginx = subprocess.Popen([topo.NGINX, "-c", str(conf), "-p", str(nginx_dir)], stdout=out,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            services.wait_until(lambda: httpx.get(f"{base}/healthz", timeout=3).status_code == 200, timeout=30,
                                what="nginx")
            yield base, nginx_dir, [a.base_url for a in apps]
        finally:
            services.stop_process_group(nginx)


def _post(client: httpx.Client, path: str, size: int, **headers: str) -> int | str:
    try:
        return client.post(path, content=b"x" * size, headers={"Content-Type": "application/octet-stream",
                                                                **headers}).status_code
    except httpx.HTTPError as exc:
        return type(exc).__name__


def _under_attack(base: str, attack) -> tuple[list, Counter]:
    """Run ``attack(client) -> list of statuses`` in 4 threads while a victim GETs /healthz every
    50 ms (and for 1 s after: a process counted as failed stays out for fail_timeout = 5 s, but the
    next requests already show it). Returns (attack statuses, victim statuses)."""
    results: list = []
    victim: Counter = Counter()
    done = threading.Event()

    def attacker():
        with httpx.Client(base_url=base, timeout=120) as c:
            results.extend(attack(c))

    def watcher():
        with httpx.Client(base_url=base, timeout=30) as c:
            end = None
            while end is None or time.monotonic() < end:
                if done.is_set() and end is None:
                    end = time.monotonic() + 1.0
                try:
                    victim[c.get("/healthz").status_code] += 1
                except httpx.HTTPError as exc:
                    victim[type(exc).__name__] += 1
                time.sleep(0.05)

    threads = [threading.Thread(target=attacker) for _ in range(4)]
    watch = threading.Thread(target=watcher)
    watch.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    watch.join()
    return results, victim


def _new_lines(nginx_dir, before: int, count: int) -> list[dict]:
    """The ``count`` access-log lines after the first ``before`` (nginx writes a line when the request
    ends, which for a refused body is after its rest was read and dropped: waited for)."""
    def written():
        lines = topo.access_log(nginx_dir)
        return lines[before:before + count] if len(lines) >= before + count else None

    return services.wait_until(written, timeout=30, what="nginx's access lines")


def _upstream_failures(nginx_dir) -> list[str]:
    """Lines of nginx's error log that mean an app process was (or could be) counted as failed."""
    text = (nginx_dir / "error.log").read_text() if (nginx_dir / "error.log").exists() else ""
    return [line for line in text.splitlines()
            if any(k in line for k in ("no live upstreams", "Broken pipe", "Connection reset", "upstream prematurely"))]


#: Every capped route (EDGE_LIMITS' paths) and further spellings of them nginx must cap the same.
ATTACK_PATHS = sorted({*EDGE_LIMITS.values(), "/api/v1/resumes", "/api/v1/clips/", "/auth/signup", "/auth/two-factor",
                       "/_upload/careercopilot", "/oauth/token", "/clip/parse/"})


def test_oversized_bodies_are_413_at_the_edge_and_the_site_stays_up(edge):
    base, nginx_dir, _ = edge
    before = len(topo.access_log(nginx_dir))
    # the attacker's 15 MB, or one byte past the cap where that is larger (/_upload: ~50 MiB)
    statuses, victim = _under_attack(base, lambda c: [(p, _post(c, p, max(ATTACK_BYTES, app_limit(p) + 1)))
                                                      for p in ATTACK_PATHS])
    print(f"\nattack: {Counter(s for _, s in statuses)}; victim: {victim}")
    assert {s for _, s in statuses} == {413}, [x for x in statuses if x[1] != 413]
    assert set(victim) == {200}, victim
    assert not _upstream_failures(nginx_dir)
    refused = [x for x in _new_lines(nginx_dir, before, 4 * len(ATTACK_PATHS) + sum(victim.values()))
               if x["method"] == "POST"]
    assert len(refused) == 4 * len(ATTACK_PATHS) and all(x["upstream"] == "" for x in refused)  # never proxied


@pytest.mark.parametrize("location", sorted(EDGE_LIMITS))
def test_edge_figure_is_the_apps(edge, location):
    """One byte over nginx's figure: 413 from nginx. Exactly the figure: the app gets it and, where
    the app's cap is the same figure, does not refuse it for its size."""
    base, nginx_dir, _ = edge
    path = EDGE_LIMITS[location]
    limit = app_limit(path)  # the default settings' figure = nginx's (unit test)
    with httpx.Client(base_url=base, timeout=120) as c:
        before = len(topo.access_log(nginx_dir))
        assert _post(c, path, limit + 1) == 413
        over = _new_lines(nginx_dir, before, 1)[0]
        assert (over["status"], over["upstream"]) == (413, ""), over  # nginx's own answer
        at = _post(c, path, limit)
    line = _new_lines(nginx_dir, before + 1, 1)[0]
    assert line["upstream"].startswith("127.0.0.1:"), line  # reached an app process
    if path in CLIP_PATHS:
        assert at == 413 and line["upstream_status"] == "413"  # the app's own, lowered cap
    else:
        assert at != 413 and isinstance(at, int) and at < 500, at


def test_early_answers_of_the_app_never_take_a_process_out(edge):
    """The app answers before reading: its own 413 (clip cap lowered below nginx's), the Origin
    guard's 403 on a large upload. With the body read first nginx gets the answer, and the victim
    never sees a 502."""
    base, nginx_dir, _ = edge
    cases = [("/api/v1/clips", 2_900_000, {}, 413), ("/clip/parse", 2_900_000, {"Origin": "http://localhost:3000"}, 413),
             ("/_upload", 20_000_000, {"Origin": "https://evil.example"}, 403),
             ("/_upload", 20_000_000, {}, 403)]
    statuses, victim = _under_attack(base, lambda c: [(p, _post(c, p, n, **h), want) for p, n, h, want in cases * 2])
    print(f"\nearly answers: {Counter(s for _, s, _ in statuses)}; victim: {victim}")
    assert all(s == want for _, s, want in statuses), statuses
    assert set(victim) == {200}, victim
    assert not _upstream_failures(nginx_dir)


# --- W5: no token in nginx's access log

SECRET = "tok" + "5e" * 20
#: (request target, the uri nginx must log). Tokens in path segments (signed export links, calendar
#: feeds, unsubscribe links, anything long), in query strings (reset, verify, any parameter), encoded.
LOGGED = [
    (f"/api/exports/{SECRET}", "/api/exports/{token}"),
    (f"/api/exports/{SECRET}?download=1", "/api/exports/{token}"),
    (f"/api/%65xports/{SECRET}", "/api/exports/{token}"),
    (f"/calendar/{SECRET}.ics", "/calendar/{token}.ics"),
    (f"/unsubscribe/{SECRET}", "/unsubscribe/{token}"),
    (f"/reset?token={SECRET}", "/reset"),
    (f"/reset/?token={SECRET}&x=1", "/reset/"),
    (f"/verify?token={SECRET}", "/verify"),
    (f"/login?next=/jobs&token={SECRET}", "/login"),
    (f"/api/v1/postings?q={SECRET}", "/api/v1/postings"),
    (f"/share/{SECRET}/view", "/share/{token}/view"),
    ("/api/v1/postings/1006", "/api/v1/postings/1006"),
]


def test_access_log_holds_no_token(edge):
    base, nginx_dir, _ = edge
    before = len(topo.access_log(nginx_dir))
    with httpx.Client(timeout=10) as c:
        for target, _ in LOGGED:
            url = httpx.URL(base).copy_with(raw_path=target.encode())
            c.send(httpx.Request("GET", url, headers={"Referer": f"https://site.example/reset?token={SECRET}"}))
    text = (nginx_dir / "access.log").read_text()
    assert SECRET not in text and SECRET[:24] not in text
    lines = _new_lines(nginx_dir, before, len(LOGGED))
    assert [x["uri"] for x in lines] == [want for _, want in LOGGED]
    assert {x["referer"] for x in lines} == {"https://site.example"}


# --- W6: Host header

def test_unknown_host_gets_no_answer_and_redirects_stay_on_the_site(edge):
    base, nginx_dir, apps = edge
    port = base.rsplit(":", 1)[1]
    before = len(topo.access_log(nginx_dir))
    with httpx.Client(base_url=base, timeout=10) as c:
        for host in ("evil.example", f"evil.example:{port}", "localhost.evil.example"):
            with pytest.raises(httpx.RemoteProtocolError):  # 444: closed without a response
                c.get("/healthz/", headers={"Host": host})
        for host in (f"localhost:{port}@evil.example", f"localhost:{port}/evil", f"localhost:{port} evil.example",
                     "localhost:99999999", ""):
            r = c.get("/healthz/", headers={"Host": host})
            assert r.status_code in (400, 421), (host, r.status_code, r.headers.get("location"))
        for host in (f"localhost:{port}", f"127.0.0.1:{port}", "localhost"):
            r = c.get("/healthz/", headers={"Host": host})
            assert (r.status_code, r.headers.get("location")) == (307, "/healthz"), host
    # none of the refused ones reached an app process
    refused = [x for x in _new_lines(nginx_dir, before, 11) if x["status"] in (444, 421, 400)]
    assert len(refused) >= 7 and all(x["upstream"] == "" for x in refused)
    # the app itself (reached past nginx): a redirect never names the Host or the bind address
    with httpx.Client(timeout=10) as c:
        for host in ("evil.example", "localhost:1@evil.example", "evil.example:443"):
            r = c.get(f"{apps[0]}/healthz/", headers={"Host": host})
            assert r.status_code == 307 and r.headers["location"] == "/healthz", (host, r.headers.get("location"))
            r = c.get(f"{apps[0]}/api/v1/applications/", headers={"Host": host})
            assert r.headers.get("location") == "/api/v1/applications", (host, r.headers.get("location"))
