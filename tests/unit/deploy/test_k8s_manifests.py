"""Kubernetes manifests (deploy/k8s) validated against the Kubernetes API schemas with
``kubernetes-validate`` (strict: unknown fields fail), and kept in step with docker-compose.yml:
same environment (names, and values where compose does not interpolate), commands, ports and
probes for app, worker and cron; the worker HPA on the exported queue depth; network policies
mirroring the design's security groups (web → app → db/redis only)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import kubernetes_validate
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
K8S = ROOT / "deploy" / "k8s"
#: The Kubernetes version the manifests target (autoscaling/v2, networking.k8s.io/v1).
K8S_VERSION = "1.30.0"
SERVICES = ("app", "worker", "writer", "cron")


def _docs() -> list[tuple[str, dict]]:
    return [(p.name, d) for p in sorted(K8S.glob("*.yaml")) for d in yaml.safe_load_all(p.read_text()) if d]


DOCS = _docs()


def _kind(kind: str, name: str | None = None) -> list[dict]:
    return [d for _, d in DOCS if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.mark.parametrize(("file", "doc"), DOCS, ids=[f"{f}:{d['kind']}/{d['metadata']['name']}" for f, d in DOCS])
def test_manifest_is_valid_kubernetes(file, doc):
    kubernetes_validate.validate(doc, K8S_VERSION, strict=True)  # raises ValidationError


def test_the_validator_rejects_a_broken_manifest():
    bad = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"},
           "spec": {"selector": {}, "template": {"spec": {"containers": [{"name": "x", "imagee": "y"}]}}}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(bad, K8S_VERSION, strict=True)


def _container(name: str) -> dict:
    (dep,) = _kind("Deployment", name)
    return dep["spec"]["template"]["spec"]["containers"][0]


def _k8s_env(name: str) -> dict[str, str | None]:
    """Environment of a Deployment's container: envFrom ConfigMaps/Secrets plus env."""
    c = _container(name)
    env: dict[str, str | None] = {}
    for src in c.get("envFrom", []):
        if "configMapRef" in src:
            (cm,) = _kind("ConfigMap", src["configMapRef"]["name"])
            env.update(cm["data"])
        if "secretRef" in src:
            (sec,) = _kind("Secret", src["secretRef"]["name"])
            env.update({k: None for k in sec["stringData"]})  # secret values differ by design
    env.update({e["name"]: e.get("value") for e in c.get("env", [])})
    return env


@pytest.mark.parametrize("service", SERVICES)
def test_environment_agrees_with_compose(compose, service):
    mine = {k: str(v) for k, v in compose["services"][service]["environment"].items()}
    theirs = _k8s_env(service)
    assert set(mine) == set(theirs), {"compose only": set(mine) - set(theirs), "k8s only": set(theirs) - set(mine)}
    for key, value in mine.items():
        if "${" in value or theirs[key] is None or key in ("APP_URL", "TRUSTED_PROXIES"):
            continue  # interpolated/secret in compose, or per-site (public URL, proxy network)
        assert theirs[key] == value, f"{service} {key}: compose {value!r}, k8s {theirs[key]!r}"
    secrets = {k for k, v in theirs.items() if v is None}
    assert {"SECRET_KEY", "DATABASE_URL", "METRICS_TOKEN", "S3_SECRET_ACCESS_KEY"} <= secrets


@pytest.mark.parametrize("service", SERVICES)
def test_command_ports_and_probes_agree_with_compose(compose, service):
    svc, c = compose["services"][service], _container(service)
    assert c["command"] == svc["command"]
    ports = {p["containerPort"] for p in c["ports"]}
    check = svc["healthcheck"]["test"]
    url = urlsplit(next(part for part in check if part.startswith("http://")))
    if service == "app":
        port = int(svc["command"][svc["command"].index("--port") + 1])
    else:
        port = int(svc["environment"]["METRICS_PORT"])
        assert _k8s_env(service)["METRICS_PORT"] == str(port)
    assert url.port == port and port in ports
    probes = {(p["httpGet"]["path"], p["httpGet"]["port"]) for p in (c["readinessProbe"], c["livenessProbe"])}
    assert (url.path, url.port) in probes, f"{service}: compose checks {url.path}:{url.port}, k8s probes {probes}"
    assert all(port_ == port for _, port_ in probes)
    assert c["resources"]["requests"]["cpu"] and c["resources"]["requests"]["memory"]
    # the service in front (app) or the headless scrape service (worker, cron) targets the same port
    fronts = [s for s in _kind("Service") if s["spec"]["selector"] == {"app.kubernetes.io/name": service}]
    assert fronts and all(p["targetPort"] == port for s in fronts for p in s["spec"]["ports"])


def test_app_readiness_is_readyz_and_liveness_is_healthz():
    c = _container("app")
    assert c["readinessProbe"]["httpGet"]["path"] == "/readyz" and c["livenessProbe"]["httpGet"]["path"] == "/healthz"


def test_worker_autoscaler_uses_the_exported_queue_depth():
    (hpa,) = _kind("HorizontalPodAutoscaler", "worker")
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "worker"}
    names = {m["external"]["metric"]["name"] for m in hpa["spec"]["metrics"] if m["type"] == "External"}
    assert names == {"cc_rq_queue_depth"}
    exported = (ROOT / "careercopilot" / "metrics_collectors.py").read_text()
    assert '"cc_rq_queue_depth"' in exported
    queues = {m["external"]["metric"]["selector"]["matchLabels"]["queue"] for m in hpa["spec"]["metrics"]}
    from jobs.queues import QUEUES

    assert queues <= set(QUEUES)


def _policy(name: str) -> dict:
    (p,) = _kind("NetworkPolicy", name)
    return p["spec"]


def test_network_policies_mirror_the_security_groups():
    deny = _policy("default-deny")
    assert deny["podSelector"] == {} and set(deny["policyTypes"]) == {"Ingress", "Egress"}
    web = _policy("web")
    assert web["ingress"] == [{"ports": [{"protocol": "TCP", "port": 80}]}]
    assert web["egress"][0]["to"] == [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "app"}}}]
    app_from = [f for rule in _policy("app-ingress")["ingress"] for f in rule["from"]]
    assert {"podSelector": {"matchLabels": {"tier": "web"}}} in app_from
    assert all("podSelector" not in f or f["podSelector"] == {"matchLabels": {"tier": "web"}} for f in app_from)
    for name, port in (("database", 5432), ("redis", 6379)):
        p = _policy(name)
        assert p["ingress"] == [{"from": [{"podSelector": {"matchLabels": {"tier": "api"}}}],
                                 "ports": [{"protocol": "TCP", "port": port}]}]
        assert p["egress"] == [] and "Egress" in p["policyTypes"]
    # app, worker and cron pods are the api tier the database admits
    for service in SERVICES:
        (dep,) = _kind("Deployment", service)
        assert dep["spec"]["template"]["metadata"]["labels"]["tier"] == "api"
    (web_dep,) = _kind("Deployment", "web")
    assert web_dep["spec"]["template"]["metadata"]["labels"]["tier"] == "web"



def test_generations_have_a_worker_of_their_own(compose):
    """attack93 item 1: the writing queue is served by the writer alone; the general worker (no queue
    names: ``jobs.queues.GENERAL_QUEUES``) never takes a generation, so a silent model cannot hold it."""
    from jobs.queues import GENERAL_QUEUES, QUEUES, WRITING_QUEUE
    from jobs.writing import enrich_prep, generate_document

    assert generate_document.queue == enrich_prep.queue == WRITING_QUEUE and WRITING_QUEUE not in GENERAL_QUEUES
    assert set(QUEUES) == {*GENERAL_QUEUES, WRITING_QUEUE}
    for cmd in (compose["services"]["writer"]["command"], _container("writer")["command"]):
        assert cmd[-2:] == ["worker", WRITING_QUEUE]
    for cmd in (compose["services"]["worker"]["command"], _container("worker")["command"]):
        assert cmd[-1] == "worker"  # the general queues only
