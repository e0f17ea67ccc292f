"""The loopback topology's nginx config is rendered from deploy/nginx.conf (tests/support/topology.py)
and accepted by Debian's nginx (`make nginx`; `nginx -t`)."""

from __future__ import annotations

import re
import subprocess

from tests.support.topology import NGINX, render_nginx


def _render(tmp_path, ports=(4101, 4102, 4103)):
    for sub in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
    conf = render_nginx(listen_port=18080, app_ports=list(ports), folder=tmp_path)
    (tmp_path / "nginx.conf").write_text(conf)
    return conf


def test_upstream_lists_every_app_process_and_listens_on_loopback(tmp_path):
    conf = _render(tmp_path)
    upstream = re.search(r"upstream app_servers \{(.*?)\}", conf, re.S).group(1)
    assert re.findall(r"server (127\.0\.0\.1:\d+)", upstream) == ["127.0.0.1:4101", "127.0.0.1:4102", "127.0.0.1:4103"]
    assert "app:3000" not in conf
    assert "listen 127.0.0.1:18080;" in conf and "listen 80;" not in conf


def test_websocket_security_headers_and_immutable_assets(tmp_path):
    conf = _render(tmp_path)
    event = re.search(r"location /_event \{(.*?)\}", conf, re.S).group(1)
    assert "proxy_set_header Upgrade $http_upgrade" in event and "proxy_read_timeout 3600s" in event
    assert 'add_header X-Frame-Options "DENY" always;' in conf
    assert 'add_header X-Content-Type-Options "nosniff" always;' in conf
    assets = re.search(r"location /assets/ \{(.*?)\}", conf, re.S).group(1)
    assert 'Cache-Control "public, max-age=31536000, immutable"' in assets


def test_nginx_accepts_the_rendered_config(tmp_path):
    _render(tmp_path)
    out = subprocess.run([NGINX, "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr


# --- JSON access log with the request id (issue 15, observability)

#: A value per nginx variable of the log format, nasty where the variable is client-controlled.
SAMPLES = {
    "time_iso8601": "2026-12-05T00:00:00+00:00", "request_id": "0123456789abcdef0123456789abcdef",
    "remote_addr": "127.0.0.1", "request_method": "GET", "log_uri": "/x", "server_protocol": "HTTP/1.1",
    "status": "200", "body_bytes_sent": "512", "request_time": "0.004", "upstream_addr": "127.0.0.1:4101",
    "upstream_status": "200", "upstream_response_time": "0.003", "log_referer": "", "http_user_agent": "curl/8",
}


def _log_format(conf: str) -> str:
    """The ``json_access`` log_format's template: its quoted pieces joined, as nginx joins them."""
    m = re.search(r"log_format json_access escape=json ((?:'[^']*'\s*)+);", conf)
    assert m, "no `log_format json_access escape=json '…';` in the config"
    return "".join(re.findall(r"'([^']*)'", m.group(1)))


def test_access_log_is_json_with_the_request_id(tmp_path):
    import json

    conf = _render(tmp_path)
    template = _log_format(conf)
    variables = re.findall(r"\$(\w+)", template)
    assert "request_id" in variables and "upstream_addr" in variables and "request_time" in variables
    line = json.loads(re.sub(r"\$(\w+)", lambda m: SAMPLES[m.group(1)], template))  # every variable has a sample
    assert line["request_id"] == SAMPLES["request_id"] and line["status"] == 200 and line["request_time"] == 0.004
    # the server writes it under the run's folder, in that format (not the topology's old text one)
    assert set(re.findall(r"access_log (\S+) (\w+);", conf)) == {(f"{tmp_path}/access.log", "json_access")}


def _locations(conf: str) -> dict[str, tuple[str, list[str]]]:
    """Every ``location`` of the config → (its own directives' text, the names of its enclosing
    locations, outermost first). Nested blocks are cut out of their parent's text."""
    out: dict[str, tuple[str, list[str]]] = {}

    def walk(text: str, parents: list[str]) -> None:
        i = 0
        own = []
        while True:
            m = re.compile(r"location ([^{]+?) \{").search(text, i)
            if not m:
                own.append(text[i:])
                break
            own.append(text[i:m.start()])
            depth, j = 1, m.end()
            while depth:
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            name = m.group(1).strip()
            walk(text[m.end():j - 1], [*parents, name])
            i = j
        if parents:
            out[parents[-1]] = ("".join(own), parents[:-1])

    server = conf[conf.index("server {"):]
    walk(server, [])
    return out


def test_every_proxied_location_passes_nginx_request_id_to_the_app(tmp_path):
    conf = _render(tmp_path)
    locations = _locations(conf)
    assert {"/_event", "/assets/", "/", "/api/v1/", "/_upload", "/auth/"} <= set(locations)
    for name, (body, parents) in locations.items():
        if "return 404" in body:
            continue
        assert "proxy_pass http://app_servers;" in body, name
        # proxy_set_header is inherited only by a level that sets none of its own: the location (or
        # the nearest enclosing one that sets any) must set the request id
        setters = [n for n in [*parents, name] if "proxy_set_header" in locations[n][0]]
        assert setters, name
        assert "proxy_set_header X-Request-ID $request_id;" in locations[setters[-1]][0], name


# --- body limits at the edge = the app's (attack notes, session 12, B1)

def test_each_capped_route_has_the_apps_body_limit_at_the_edge(tmp_path):
    """Every location of ``body_limit.EDGE_LIMITS`` sets ``client_max_body_size`` to exactly the app's
    cap of a path it covers (default settings); the server default is below every app cap."""
    from careercopilot.apiv1.body_limit import EDGE_LIMITS, app_limit

    conf = _render(tmp_path)
    locations = _locations(conf)
    for name, path in EDGE_LIMITS.items():
        assert name in locations, f"deploy/nginx.conf has no `location {name}`"
        sizes = re.findall(r"client_max_body_size (\d+);", locations[name][0])
        assert sizes == [str(app_limit(path))], (name, path, sizes, app_limit(path))
    server_default = re.search(r"\n    client_max_body_size (\w+);", conf).group(1)
    assert server_default == "1m"
    assert min(app_limit(p) for p in EDGE_LIMITS.values()) <= 1_048_576 * 10
    # a location that sets a size names the bytes (no k/m suffix: nginx's m is MiB, the app counts bytes)
    assert not re.findall(r"client_max_body_size \d+[kKmMgG];", "\n".join(b for b, _ in locations.values()))


def test_upload_cap_covers_the_largest_upload():
    from careercopilot.apiv1.body_limit import FRAMING_BYTES, UPLOAD_MAX_BYTES
    from careercopilot.normalize.documents import MAX_RESUME_BYTES
    from careercopilot.services.exchange_uploads import MAX_IMPORT_BYTES

    assert UPLOAD_MAX_BYTES == max(MAX_IMPORT_BYTES, MAX_RESUME_BYTES) + FRAMING_BYTES


def test_only_connection_errors_mark_an_app_process_failed(tmp_path):
    """An answer of the app (4xx, its own 502/503) never counts as a failure, and a POST is never
    retried on the other process; the request body is buffered by nginx before it connects."""
    conf = _render(tmp_path)
    assert re.findall(r"\n\s*proxy_next_upstream ([^;]*);", conf) == ["error timeout"]
    assert "non_idempotent" not in conf
    assert "proxy_request_buffering off" not in conf


def test_access_log_has_no_raw_uri_or_referer(tmp_path):
    template = _log_format(_render(tmp_path))
    assert "$request_uri" not in template and "$args" not in template and "$query_string" not in template
    assert "$http_referer" not in template and '"uri":"$log_uri"' in template


def test_request_id_format_is_one_the_app_keeps():
    from careercopilot.request_context import REQUEST_ID

    assert REQUEST_ID.match(SAMPLES["request_id"])  # nginx: 32 hex characters (ngx_http_variables.c)


# --- /metrics is never served at the edge (ops15, finding 5)

#: Spellings of the metrics path a client may send; nginx decodes and merges slashes before it
#: matches locations, so each must reach the deny rule, token or not.
METRICS_SPELLINGS = ["/metrics", "/metrics?format=text", "/metrics/", "/metrics/x", "//metrics", "/%6Detrics",
                     "/./metrics", "/x/../metrics"]


def test_metrics_is_denied_through_nginx_even_with_the_token(tmp_path):
    """A real nginx (the rendered config) in front of a stub upstream that answers 200 to every
    path: /metrics in every spelling is 404 at the edge (the upstream never sees it), while
    other paths — /metricsx, /healthz — still reach the app."""
    import http.server
    import threading

    import httpx

    from tests.support import services

    seen: list[str] = []

    class Upstream(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            seen.append(self.path)
            body = b"upstream " + self.path.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    upstream = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = services.free_port()
    for sub in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True)
    conf = tmp_path / "nginx.conf"
    conf.write_text(render_nginx(listen_port=port, app_ports=[upstream.server_address[1]], folder=tmp_path))
    with open(tmp_path / "nginx.log", "wb") as out:
        nginx = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(tmp_path)], stdout=out, stderr=subprocess.STDOUT,
                                 start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        services.wait_until(lambda: httpx.get(f"{base}/healthz", timeout=3).status_code == 200, timeout=30, what="nginx")
        token = {"Authorization": "Bearer the-metrics-token"}
        with httpx.Client(base_url=base, timeout=5) as client:
            for path in METRICS_SPELLINGS:
                # a raw target (httpx would normalise "//", "/./" and "/../" away)
                r = client.send(httpx.Request("GET", httpx.URL(base).copy_with(raw_path=path.encode()), headers=token))
                assert r.status_code == 404, (path, r.status_code, r.text[:80])
            assert not [p for p in seen if "metrics" in p and not p.startswith("/metricsx")], seen
            assert client.get("/metricsx").text == "upstream /metricsx"
            assert client.get("/healthz").status_code == 200
    finally:
        services.stop_process_group(nginx)
        upstream.shutdown()
