"""Job sources: listing, admin-only management, the live/demo seed feed and due syncs.

Sources and their postings are shared by all users; adding, pausing/resuming and deleting
a source needs the admin role (``User.is_admin``) — other users get :class:`PermissionError`.
A new source is validated with a live test fetch before it is saved.

Seed feed (``python -m careercopilot seed``): with the network reachable, the key-free
aggregator feeds (:data:`AGGREGATOR_FEEDS`) and the public boards of
``careercopilot/data/board_tokens.json``; otherwise (or with ``settings.demo_feed == "on"``)
the recorded real payloads of ``careercopilot/data/demo_feed/`` as ``is_demo`` sources,
parsed by the same connector code (labeled "Demo feed (recorded payloads)" in the UI).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select, update

from careercopilot.config import settings
from careercopilot.connectors import REGISTRY, ConnectorError, HttpFetcher, SearchQuery
from careercopilot.models import JobPosting, Source, SyncRun, User

DATA = Path(__file__).resolve().parents[1] / "data"
DEMO_DIR = DATA / "demo_feed"
DEMO_LABEL = "Demo feed (recorded payloads)"
#: Key-free aggregator feeds enabled by the seed when the network is reachable (issue 3).
AGGREGATOR_FEEDS = ("remoteok", "remotive", "arbeitnow", "himalayas", "jobicy", "weworkremotely")
#: Host probed (TCP connect, 3 s) to decide between live feeds and the demo feed.
PROBE_HOST = ("remoteok.com", 443)
PROBE_TIMEOUT_S = 3.0
#: Default sync interval, seconds (6 h); bounds accepted from admins, seconds.
DEFAULT_INTERVAL_S = 6 * 3600
MIN_INTERVAL_S, MAX_INTERVAL_S = 15 * 60, 7 * 24 * 3600


#: Dotted path of the matching job that drops closed postings from the index.
INDEX_JOB = "jobs.matching.index_postings"


class SourceError(ValueError):
    """A source could not be added (unknown type, missing token, failed test fetch...)."""


@dataclass(frozen=True)
class ConnectorChoice:
    """One connector type as the "add source" form shows it."""

    key: str
    label: str
    token_label: str | None
    verified: bool


@dataclass(frozen=True)
class SourceView:
    """A source row plus its latest sync run, for the Sources page."""

    id: int
    type: str
    label: str
    name: str
    token: str
    status: str
    is_demo: bool
    verified: bool
    last_sync_at: datetime | None
    last_error: str
    new_count: int
    updated_count: int
    closed_count: int
    open_postings: int
    #: The latest run: its id and status (running | succeeded | failed | suspicious), and for
    #: a suspicious one how many open postings it would have closed out of how many.
    run_id: int | None = None
    run_status: str = ""
    withheld_count: int = 0
    open_before: int = 0
    fetched_count: int = 0


def connector_choices() -> list[ConnectorChoice]:
    """Every registered connector (registry order); ``verified=False`` for scraping (jobspy)."""
    return [ConnectorChoice(k, c.label, c.token_label, c.verified) for k, c in REGISTRY.items()]


def require_admin(*, session: Session, user_id: int | None) -> User:
    """The admin user ``user_id``; PermissionError when missing or not an admin."""
    user = session.get(User, user_id) if user_id is not None else None
    if user is None or not user.is_admin:
        raise PermissionError("only admins can add, pause or delete job sources")
    return user


def latest_runs(*, session: Session) -> dict[int, SyncRun]:
    """The newest sync run of every source (one row per source, whatever the history size)."""
    from sqlalchemy import func

    newest = select(func.max(SyncRun.id)).group_by(SyncRun.source_id)
    return {r.source_id: r for r in session.exec(select(SyncRun).where(col(SyncRun.id).in_(newest))).all()}


def list_sources(*, session: Session) -> list[SourceView]:
    """All sources (shared, readable by every signed-in user) with their latest run."""
    sources = session.exec(select(Source).order_by(Source.is_demo, Source.name)).all()
    runs = latest_runs(session=session)
    from sqlalchemy import func

    counts = dict(
        session.exec(
            select(JobPosting.source_id, func.count(JobPosting.id)).where(JobPosting.is_open).group_by(JobPosting.source_id)
        ).all()
    )
    out = []
    for s in sources:
        run, cls = runs.get(s.id), REGISTRY.get(s.type)
        out.append(SourceView(
            id=s.id, type=s.type, label=cls.label if cls else s.type, name=s.name, token=s.token or "",
            status=s.status, is_demo=s.is_demo, verified=cls.verified if cls else False,
            last_sync_at=s.last_sync_at, last_error=s.last_error or "",
            new_count=run.new_count if run else 0, updated_count=run.updated_count if run else 0,
            closed_count=run.closed_count if run else 0, open_postings=counts.get(s.id, 0),
            run_id=run.id if run else None, run_status=run.status if run else "",
            withheld_count=run.withheld_count if run else 0, open_before=(run.open_before or 0) if run else 0,
            fetched_count=run.fetched_count if run else 0,
        ))
    return out


def confirm_sync_run(*, session: Session, user_id: int, run_id: int, now: datetime | None = None) -> SyncRun:
    """Admin: apply a suspicious run after all — close the postings it did not see.

    Raises:
        PermissionError: not an admin.
        LookupError: no such run.
        SourceError: the run is not suspicious, a newer sync of the source already ran, or
            a sync of the source is queued or running now (its postings would be closed).
    """
    from careercopilot.models import BackgroundJob
    from careercopilot.services import ingest_closing
    from careercopilot.services.background import dedupe_key, enqueue
    from careercopilot.services.tx_hooks import on_commit

    require_admin(session=session, user_id=user_id)
    run = session.get(SyncRun, run_id)
    if run is None:
        raise LookupError(f"sync run {run_id} not found")
    if run.status != "suspicious":
        raise SourceError("only a suspicious sync (closing held back) can be confirmed")
    newer = session.exec(select(SyncRun.id).where(SyncRun.source_id == run.source_id, SyncRun.id > run.id,
                                                  SyncRun.status != "failed")).first()
    if newer is not None:
        raise SourceError("a newer sync of this source has run since; its result stands")
    live = session.exec(select(BackgroundJob.id).where(
        BackgroundJob.dedupe_key == dedupe_key("jobs.ingest.sync_source", f"[{run.source_id}]"),
        col(BackgroundJob.status).in_(("queued", "running")))).first()
    if live is not None:
        raise SourceError("a sync of this source is in progress; confirm after it ends")
    now = now or datetime.now(timezone.utc)
    closed = ingest_closing.close_missing(session=session, source_id=run.source_id, seen_ats_ids=set(run.seen_ats_ids or []),
                                  now=now)
    run.status, run.closed_count, run.seen_ats_ids = "succeeded", closed, None
    run.confirmed_by, run.confirmed_at = user_id, now
    session.add(run)
    session.flush()
    if closed:  # the closed postings leave the index
        on_commit(session, lambda: enqueue(INDEX_JOB))
    return run


def probe_source(
    *, source_type: str, token: str | None, base_url: str | None = None, company: str | None = None,
    fetcher: HttpFetcher | None = None,
) -> int:
    """Live test fetch of a would-be source; returns how many postings it yielded (may be 0).

    Raises:
        SourceError: unknown type, missing token, or the connector's error message.
    """
    from careercopilot.services.ingest_fetch import make_fetcher
    from careercopilot.connectors import get_source

    if source_type not in REGISTRY:
        raise SourceError(f"unknown source type {source_type!r}")
    try:
        connector = get_source(source_type, token=token, base_url=base_url, company=company, fetcher=fetcher or make_fetcher())
        return len(connector.fetch(SearchQuery(limit=5)))
    except ConnectorError as exc:
        from careercopilot.services.ingest_fetch import fetch_error_message

        reason = fetch_error_message(exc, url=getattr(exc, "url", None) or "", board=True)
        raise SourceError(f"Test fetch failed: {reason}") from exc


def check_source_config(*, source_type: str, token: str | None, base_url: str | None = None) -> None:
    """Refuse a token or base URL its connector does not accept (no network; the same check
    runs before every sync of a stored row, when the connector is built).

    Raises:
        SourceError: the connector's message (e.g. "Breezy HR company subdomain must be …").
    """
    from careercopilot.connectors import get_source
    from careercopilot.services.ingest_fetch import make_fetcher

    try:
        with make_fetcher() as fetcher:
            get_source(source_type, token=token, base_url=base_url, fetcher=fetcher)
    except ConnectorError as exc:
        raise SourceError(exc.message) from exc


def create_source(
    *, session: Session, user_id: int, source_type: str, token: str | None = None, name: str | None = None,
    company: str | None = None, base_url: str | None = None, interval_seconds: int = DEFAULT_INTERVAL_S,
    validate: bool = True, fetcher: HttpFetcher | None = None,
) -> Source:
    """Add a source (admin only) after a live test fetch (``validate``).

    Raises:
        PermissionError: not an admin.
        SourceError: unknown type, bad interval, a token/base URL the connector does not accept,
            duplicate (same type + token), failed test fetch.
    """
    require_admin(session=session, user_id=user_id)
    type = (source_type or "").strip().lower()
    token = (token or "").strip() or None
    company = (company or "").strip() or None
    cls = REGISTRY.get(type)
    if cls is None:
        raise SourceError(f"unknown source type {type!r}; choose one of {', '.join(REGISTRY)}")
    if cls.token_label and not token:
        raise SourceError(f"{cls.label} needs a {cls.token_label.lower()}")
    if not MIN_INTERVAL_S <= int(interval_seconds) <= MAX_INTERVAL_S:
        raise SourceError(f"sync interval must be between {MIN_INTERVAL_S} and {MAX_INTERVAL_S} seconds")
    check_source_config(source_type=type, token=token, base_url=base_url)
    dup = session.exec(select(Source).where(Source.type == type, Source.token == token, Source.is_demo.is_(False))).first()
    if dup is not None:
        raise SourceError(f"this source already exists: {dup.name}")
    if validate:
        probe_source(source_type=type, token=token, base_url=base_url, company=company, fetcher=fetcher)
    source = Source(
        type=type, token=token, company=company, base_url=(base_url or None),
        name=((name or "").strip() or (f"{company or token} ({cls.label})" if token else cls.label))[:200],
        interval_seconds=int(interval_seconds), created_by=user_id,
    )
    session.add(source)
    session.flush()
    return source


def set_paused(*, session: Session, user_id: int, source_id: int, paused: bool) -> Source:
    """Pause (no scheduled syncs) or resume a source (admin only); LookupError when missing."""
    require_admin(session=session, user_id=user_id)
    source = session.get(Source, source_id)
    if source is None:
        raise LookupError(f"source {source_id} not found")
    source.status = "paused" if paused else ("failing" if source.last_error else "active")
    session.add(source)
    return source


def delete_source(*, session: Session, user_id: int, source_id: int) -> None:
    """Delete a source (admin only). Its postings are closed and kept (``source_id`` → NULL)."""
    require_admin(session=session, user_id=user_id)
    source = session.get(Source, source_id)
    if source is None:
        raise LookupError(f"source {source_id} not found")
    now = datetime.now(timezone.utc)
    session.exec(
        update(JobPosting).where(JobPosting.source_id == source_id, JobPosting.is_open)
        .values(is_open=False, closed_at=now, index_pending=True)
    )
    session.delete(source)


def due_source_ids(*, session: Session, now: datetime | None = None) -> list[int]:
    """Ids of non-paused sources never synced or whose ``interval_seconds`` elapsed."""
    now = now or datetime.now(timezone.utc)
    out = []
    for s in session.exec(select(Source).where(Source.status != "paused")).all():
        if s.last_sync_at is None or now - s.last_sync_at >= timedelta(seconds=s.interval_seconds):
            out.append(s.id)
    return out


# ----------------------------------------------------------------------------- seed feed


@lru_cache(maxsize=1)
def demo_manifest() -> list[dict[str, Any]]:
    """Entries of ``data/demo_feed/manifest.json`` (type, token, company, name, files)."""
    return json.loads((DEMO_DIR / "manifest.json").read_text("utf-8"))["entries"]


def demo_recorded_at(type: str, token: str | None) -> datetime | None:
    """``recorded_at`` (ISO 8601, UTC) of the demo manifest entry ``(type, token)``, or ``None``."""
    for entry in demo_manifest():
        if entry["type"] == type and entry["token"] == token and entry.get("recorded_at"):
            try:
                dt = datetime.fromisoformat(str(entry["recorded_at"]).replace("Z", "+00:00"))
            except ValueError:
                return None
            return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
    return None


def demo_payloads(type: str, token: str | None) -> Iterator[Any]:
    """Recorded payloads of the demo source ``(type, token)`` (bytes, or page records for jsonld).

    Raises:
        ConnectorError: no recording for this source.
    """
    for entry in demo_manifest():
        if entry["type"] == type and entry["token"] == token:
            for name in entry["files"]:
                data = (DEMO_DIR / name).read_bytes()
                if type == "jsonld":  # {"pages": {key: {"url", "page"}}} — one page per payload
                    yield from json.loads(data)["pages"].values()
                else:
                    yield data
            return
    raise ConnectorError(f"no recorded demo payload for {type}/{token}", source=type)


def network_reachable(timeout: float = PROBE_TIMEOUT_S) -> bool:
    """Quick probe: TCP connect to :data:`PROBE_HOST` within ``timeout`` seconds (DNS included)."""
    result: list[bool] = []

    def probe() -> None:
        try:
            with socket.create_connection(PROBE_HOST, timeout=timeout):
                result.append(True)
        except OSError:
            result.append(False)

    t = threading.Thread(target=probe, daemon=True)
    t.start()
    t.join(timeout)
    return bool(result and result[0])


def use_demo_feed() -> bool:
    """``settings.demo_feed``: "on" → demo, "off" → live, "auto" → demo when the probe fails."""
    if settings.demo_feed == "on":
        return True
    if settings.demo_feed == "off":
        return False
    return not network_reachable()


def _ensure(session: Session, *, type: str, token: str | None, name: str, company: str | None, is_demo: bool) -> Source:
    q = select(Source).where(Source.type == type, Source.is_demo.is_(is_demo))
    q = q.where(Source.token.is_(None)) if token is None else q.where(Source.token == token)
    source = session.exec(q).first()
    if source is None:
        source = Source(type=type, token=token, name=name[:200], company=company, is_demo=is_demo)
        session.add(source)
        session.flush()
    return source


def ensure_demo_sources(*, session: Session) -> list[int]:
    """Create (idempotently) one ``is_demo`` source per recorded payload; returns their ids."""
    return [
        _ensure(session, type=e["type"], token=e["token"], name=f"{DEMO_LABEL}: {e['name']}",
                company=e["company"], is_demo=True).id
        for e in demo_manifest()
    ]


def ensure_live_sources(*, session: Session) -> list[int]:
    """Create (idempotently) the aggregator feeds and the committed public boards; returns ids."""
    ids = [_ensure(session, type=k, token=None, name=REGISTRY[k].label, company=None, is_demo=False).id
           for k in AGGREGATOR_FEEDS]
    boards = json.loads((DATA / "board_tokens.json").read_text("utf-8"))["boards"]
    for b in boards:
        label = REGISTRY[b["type"]].label
        ids.append(_ensure(session, type=b["type"], token=b["token"], name=f"{b['company']} ({label})",
                           company=b["company"], is_demo=False).id)
    return ids
