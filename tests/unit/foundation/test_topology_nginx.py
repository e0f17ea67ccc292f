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
