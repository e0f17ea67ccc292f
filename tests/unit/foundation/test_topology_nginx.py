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
    "remote_addr": "127.0.0.1", "request_method": "GET", "request_uri": "/x?a=1", "server_protocol": "HTTP/1.1",
    "status": "200", "body_bytes_sent": "512", "request_time": "0.004", "upstream_addr": "127.0.0.1:4101",
    "upstream_status": "200", "upstream_response_time": "0.003", "http_referer": "", "http_user_agent": "curl/8",
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
    assert re.findall(r"access_log (\S+) (\w+);", conf) == [(f"{tmp_path}/access.log", "json_access")]


def test_every_proxied_location_passes_nginx_request_id_to_the_app(tmp_path):
    conf = _render(tmp_path)
    locations = re.findall(r"location (\S+) \{(.*?)\n    \}", conf, re.S)
    assert {name for name, _ in locations} == {"/_event", "/assets/", "/"}
    for name, body in locations:
        # a location with its own proxy_set_header inherits none from the server: each sets it
        assert "proxy_pass http://app_servers;" in body, name
        assert "proxy_set_header X-Request-ID $request_id;" in body, name


def test_request_id_format_is_one_the_app_keeps():
    from careercopilot.request_context import REQUEST_ID

    assert REQUEST_ID.match(SAMPLES["request_id"])  # nginx: 32 hex characters (ngx_http_variables.c)
