"""Issue 9 finding 3, the kind: no outbound connection is opened outside the guarded paths.

Static check over the app's code (careercopilot/, jobs/): HTTP clients, SMTP connections and
raw sockets appear only in the modules that vet their destination with the SSRF guard, and
every LLM ``Provider`` is built with the guard. A new fetch path fails here until it goes
through ``HttpFetcher`` (or is added below with the reason it is safe).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

#: module → why its outbound calls are safe
ALLOWED = {
    "careercopilot/connectors/http.py": "HttpFetcher: every hop vetted by netguard.vet_url, pinned to the vetted IP",
    "careercopilot/llm/client.py": "Provider: guard(url) before every attempt, no redirects (checked below)",
    "careercopilot/services/mail/transport.py": "SMTP relay vetted by outbound.smtp_destination, pinned",
    "careercopilot/services/sources.py": "TCP probe of the fixed PROBE_HOST (remoteok.com:443), no input",
    "careercopilot/cli/serving.py": "operator CLI polling the app's own health URL",
    "careercopilot/readiness.py": "/readyz heartbeat of the operator's CHROMA_URL (the vector store's server), no input",
}
OUTBOUND_CALLS = {
    ("httpx", "Client"), ("httpx", "AsyncClient"), ("httpx", "get"), ("httpx", "post"), ("httpx", "request"),
    ("httpx", "stream"), ("httpx", "put"), ("httpx", "head"), ("smtplib", "SMTP"), ("smtplib", "SMTP_SSL"),
    ("socket", "create_connection"), ("urllib.request", "urlopen"), ("requests", "get"), ("requests", "post"),
    ("aiosmtplib", "send"), ("aiosmtplib", "SMTP"),
}


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _sources():
    for top in ("careercopilot", "jobs"):
        for path in sorted((ROOT / top).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_outbound_connections_only_in_guarded_modules() -> None:
    found: dict[str, set[str]] = {}
    for rel, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _dotted(node.func) or ""
                module, _, attr = name.rpartition(".")
                if (module, attr) in OUTBOUND_CALLS:
                    found.setdefault(rel, set()).add(name)
            elif isinstance(node, ast.ImportFrom) and node.module in {"httpx", "smtplib", "aiosmtplib", "requests",
                                                                       "urllib.request"}:
                names = {a.name for a in node.names}
                if names & {"Client", "AsyncClient", "get", "post", "SMTP", "SMTP_SSL", "urlopen", "send"}:
                    found.setdefault(rel, set()).add(f"from {node.module} import {sorted(names)}")
    unexpected = {rel: calls for rel, calls in found.items() if rel not in ALLOWED}
    assert unexpected == {}, "outbound connection outside the guarded paths: use ingest_fetch.make_fetcher() / HttpFetcher"
    assert set(found) >= {"careercopilot/connectors/http.py", "careercopilot/llm/client.py"}  # the check sees them


def test_every_llm_provider_is_built_with_the_guard() -> None:
    calls = []
    for rel, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _dotted(node.func) == "Provider":
                guard = next((k.value for k in node.keywords if k.arg == "guard"), None)
                calls.append((rel, _dotted(guard) if guard is not None else None))
    assert calls and all(g == "llm_guard" for _, g in calls), calls


def test_no_fetcher_is_built_without_the_settings_allowlist() -> None:
    """Services build fetchers through ingest_fetch.make_fetcher() (SSRF_ALLOW_HOSTS), never ad hoc."""
    for rel, tree in _sources():
        if rel.startswith("careercopilot/connectors/"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _dotted(node.func) in {"HttpFetcher", "connectors.HttpFetcher"}:
                assert rel == "careercopilot/services/ingest_fetch.py", rel
