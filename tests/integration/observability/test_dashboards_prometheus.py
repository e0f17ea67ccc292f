"""The Grafana dashboards and the alert rules against a REAL Prometheus (Debian package
``prometheus``, installed by ``make prometheus``) scraping the loopback backend (2 granian
processes) and 2 RQ workers after some traffic: every panel's every query returns data, and
Prometheus loads and evaluates the rules. Grafana itself is not in these registries: the
dashboard JSON is checked for the structure Grafana's provisioning needs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
import yaml

from tests.support import services
from tests.support.obs_stack import TOKEN

ROOT = Path(__file__).resolve().parents[3]
DASHBOARDS = sorted((ROOT / "deploy" / "grafana" / "dashboards").glob("*.json"))
RULES = ROOT / "deploy" / "prometheus" / "rules.yml"
PANEL_TYPES = {"timeseries", "stat", "gauge", "table", "bargauge"}


def _binary(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is not installed: run `make prometheus` (Debian package prometheus)"
    return path


def _targets():
    for path in DASHBOARDS:
        for panel in json.loads(path.read_text())["panels"]:
            for target in panel["targets"]:
                yield path.stem, panel["title"], target["expr"]


def test_dashboards_are_valid_grafana_json_and_provisioned():
    datasources = yaml.safe_load((ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text())
    uids = {d["uid"] for d in datasources["datasources"]}
    provider = yaml.safe_load((ROOT / "deploy/grafana/provisioning/dashboards/careercopilot.yml").read_text())
    assert provider["apiVersion"] == 1 and provider["providers"][0]["type"] == "file"
    assert {p.stem for p in DASHBOARDS} == {"api-performance", "database-health", "background-jobs", "business"}
    seen_uids = set()
    for path in DASHBOARDS:
        d = json.loads(path.read_text())
        assert d["uid"] not in seen_uids and len(d["uid"]) <= 40 and d["title"] and d["schemaVersion"] >= 36
        seen_uids.add(d["uid"])
        ids = [p["id"] for p in d["panels"]]
        assert len(ids) == len(set(ids)), f"{path.name}: duplicate panel ids"
        for p in d["panels"]:
            assert p["type"] in PANEL_TYPES and p["title"], p
            assert p["datasource"]["uid"] in uids, f"{path.name} {p['title']}: unknown datasource"
            assert set(p["gridPos"]) == {"x", "y", "w", "h"} and p["gridPos"]["x"] + p["gridPos"]["w"] <= 24
            assert p["targets"], f"{path.name} {p['title']}: no query"
            refs = [t["refId"] for t in p["targets"]]
            assert len(refs) == len(set(refs)) and all(t["expr"].strip() for t in p["targets"])


def test_alert_rules_pass_promtool():
    out = subprocess.run([_binary("promtool"), "check", "rules", str(RULES)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    names = {r["alert"] for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]}
    assert {"CareerCopilotHighErrorRate", "CareerCopilotQueueBacklog", "CareerCopilotReplicationLag",
            "CareerCopilotSourcesFailing", "CareerCopilotBackupTooOld"} <= names


def _traffic(stack) -> None:
    """Sign-ups and applications (rows), a 404 and a 401, jobs that fail (dead sources) and finish."""
    from careercopilot.db import session_scope
    from careercopilot.models import Source
    from careercopilot.services import applications, background, users

    with session_scope() as s:
        for i in range(3):
            u = users.create_user(session=s, email=f"dash{i}@example.com", password=f"Corr3ct-horse-battery-{i}!")
            applications.add_manual(session=s, user_id=u.id, company=f"Acme {i}", title="Engineer")
        src = Source(type="lever", token="dash-dead", name="Dead lever", base_url=f"http://127.0.0.1:{services.closed_port()}")
        s.add(src)
        s.flush()
        source_id = src.id
    background.enqueue("jobs.ingest.sync_source", source_id)
    background.enqueue("jobs.maintenance.prune_sync_history")
    for path in ("/healthz", "/readyz", "/no-such-route", "/metrics"):
        httpx.get(stack.app.base_url + path, timeout=10)


@pytest.fixture
def prometheus(stack, tmp_path):
    """Prometheus scraping the stack every second, with deploy/prometheus/rules.yml loaded."""
    token_file = tmp_path / "metrics_token"
    token_file.write_text(TOKEN)
    worker_targets = [w.metrics_url.split("/")[2] for w in stack.workers]
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(RULES)],
        "scrape_configs": [
            {"job_name": "careercopilot-app", "authorization": {"credentials_file": str(token_file)},
             "static_configs": [{"targets": [stack.app.base_url.split("/")[2]]}]},
            {"job_name": "careercopilot-worker", "authorization": {"credentials_file": str(token_file)},
             "static_configs": [{"targets": worker_targets}]},
        ],
    }
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = services.free_port()
    log_path = tmp_path / "prometheus.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([_binary("prometheus"), f"--config.file={tmp_path / 'prometheus.yml'}",
                                 f"--storage.tsdb.path={tmp_path / 'tsdb'}", f"--web.listen-address=127.0.0.1:{port}",
                                 "--log.level=warn"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        def all_up():
            if proc.poll() is not None:
                raise services.Fatal(f"prometheus exited {proc.returncode}: {services.tail(log_path)}")
            r = httpx.get(f"{url}/api/v1/query", params={"query": "up"}, timeout=5).json()
            ups = [float(x["value"][1]) for x in r["data"]["result"]]
            return len(ups) == 3 and all(v == 1 for v in ups)

        services.wait_until(all_up, timeout=60, interval=0.5, what="prometheus scraping 3 targets")
        yield url
    finally:
        services.stop_process_group(proc)


def test_every_panel_returns_data_from_a_real_prometheus(stack, prometheus):
    _traffic(stack)
    queries = list(_targets())
    assert len(queries) >= 20

    def empty():
        missing = []
        for dash, title, expr in queries:
            r = httpx.get(f"{prometheus}/api/v1/query", params={"query": expr}, timeout=10).json()
            assert r["status"] == "success", (dash, title, expr, r)
            if not r["data"]["result"]:
                missing.append((dash, title, expr))
        return missing

    try:
        services.wait_until(lambda: not empty(), timeout=90, interval=1.0, what="data in every panel")
    except TimeoutError:
        pytest.fail("panels without data:\n" + "\n".join(map(str, empty())))
    print(f"{len(queries)} panel queries over {len(DASHBOARDS)} dashboards all returned data")
    rules = httpx.get(f"{prometheus}/api/v1/rules", timeout=10).json()["data"]["groups"]
    loaded = [r for g in rules for r in g["rules"]]
    assert len(loaded) >= 10 and all(r["health"] == "ok" for r in loaded), [(r["name"], r.get("lastError")) for r in loaded]
