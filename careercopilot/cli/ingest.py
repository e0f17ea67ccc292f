"""Ingestion commands: seed, ingest (offline parse of a payload file), sync."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import typer


def seed() -> None:
    """Give a new install real postings (idempotent).

    Network reachable (3 s probe; DEMO_FEED=off forces it): adds the key-free aggregator feeds and
    the public boards of careercopilot/data/board_tokens.json, then enqueues their syncs
    (in-process jobs: waits for them). Otherwise (or DEMO_FEED=on): loads the recorded real
    payloads as the "Demo feed (recorded payloads)" through the same connector code.
    """
    from careercopilot.db import session_scope
    from careercopilot.services import ingest_sync, sources
    from careercopilot.services.background import enqueue, wait_inline_jobs
    from careercopilot.services.job_views import plural
    from jobs.ingest import _enqueue_index, sync_source

    if sources.use_demo_feed():
        with session_scope() as s:
            ids = sources.ensure_demo_sources(session=s)
        new = 0
        for source_id in ids:
            with session_scope() as s:
                run = ingest_sync.sync_source(session=s, source_id=source_id)
                new += run.new_count
                if run.status == "failed":
                    typer.echo(f"warning: demo source {source_id} failed: {run.error}", err=True)
        typer.echo(f"demo feed (recorded payloads): {plural(len(ids), 'source')}, {new} new postings")
        if new:
            # the shipped pack holds the demo feed's vectors (integrations/embedding_pack.py): seconds,
            # unless normalization changed since it was built (then ~0.8 s a posting on two CPU cores)
            typer.echo(f"indexing {plural(new, 'posting')} for matching (first start only; the app starts after it)…")
            _enqueue_index()
        wait_inline_jobs()
        return
    with session_scope() as s:
        ids = sources.ensure_live_sources(session=s)
        due = set(sources.due_source_ids(session=s)) & set(ids)
    for source_id in sorted(due):
        enqueue(sync_source, source_id)
    typer.echo(f"live feeds: {len(ids)} sources, {len(due)} syncs enqueued")
    wait_inline_jobs()


def ingest_file(
    source: str = typer.Option(..., "--source", help="Connector type (registry key, e.g. greenhouse)."),
    file: Path = typer.Option(..., "--file", exists=True, dir_okay=False, help="Recorded payload (one page)."),
    company: str = typer.Option(None, "--company", help="Company display name when the payload has none."),
    token: str = typer.Option(None, "--token", help="Board token, for connectors that need one (default: 'cli')."),
    as_json: bool = typer.Option(False, "--json", help="Print the normalized postings as a JSON array."),
    store: bool = typer.Option(False, "--store", help="Store them: sync the file into the source of this type "
                                                      "and token (created if missing) through the full pipeline."),
) -> None:
    """Parse and normalize one payload file and print the postings (no database needed);
    with ``--store``, load it into the database like a sync (quality flags, dedupe, index)."""
    from careercopilot.connectors import REGISTRY, ConnectorError, get_source
    from careercopilot.services.ingest_normalize import normalize_all

    cls = REGISTRY.get(source.strip().lower())
    if cls is None:
        typer.echo(f"error: unknown source {source!r}; known: {', '.join(REGISTRY)}", err=True)
        raise typer.Exit(2)
    if store:
        _store_file(cls, file, token=token or ("cli" if cls.token_label else None), company=company)
        return
    try:
        connector = get_source(cls.key, token=token or ("cli" if cls.token_label else None), company=company)
        raws = connector.finalize(connector.parse_payload(file.read_bytes(), company=company))
    except ConnectorError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    postings, skipped = normalize_all(raws, now=datetime.now(timezone.utc), quiet=True)
    if as_json:
        typer.echo(json.dumps([p.model_dump(mode="json") for p in postings], indent=2, ensure_ascii=False))
    else:
        for p in postings:
            typer.echo(f"{p.ats_id}\t{p.company}\t{p.title}\t{p.location.raw or ''}")
    if skipped:
        typer.echo(f"{skipped} record(s) skipped (could not be normalized)", err=True)


def _store_file(cls, file: Path, *, token: str | None, company: str | None) -> None:
    """``ingest --store``: the source (type, token) — created when missing — synced from ``file``."""
    from sqlmodel import select

    from careercopilot.db import session_scope
    from careercopilot.models import Source

    with session_scope() as s:
        src = s.exec(select(Source).where(Source.type == cls.key, Source.token == token,
                                          Source.is_demo.is_(False))).first()
        if src is None:
            src = Source(type=cls.key, token=token, name=f"{cls.label} (file)"[:200], company=company)
            s.add(src)
            s.flush()
        source_id = src.id
    _sync_file(source_id, file)


def _file_target(source_id: int) -> int:
    """The source a ``sync --source ID --file`` load goes into: ``ID`` itself, except for a demo
    source — then its own "<board> (loaded from files)" source of that connector type (created
    paused: it is never fetched from the network). A demo source is re-synced from its recording
    at every start, which closes every posting the recording does not list; a posting the operator
    loaded into it was closed at the next `make run` (trial55 F7), with the digest links to it.
    Kept apart, a demo re-sync closes only what the demo feed itself supplied."""
    from sqlmodel import select

    from careercopilot.connectors import REGISTRY
    from careercopilot.db import session_scope
    from careercopilot.models import Source

    with session_scope() as s:
        src = s.get(Source, source_id)
        if src is None or not src.is_demo:
            return source_id
        label = getattr(REGISTRY.get(src.type), "label", src.type)
        name = f"{label} (loaded from files)"[:200]
        own = s.exec(select(Source).where(Source.type == src.type, Source.token == src.token,
                                          Source.is_demo.is_(False), Source.name == name)).first()
        if own is None:
            own = Source(type=src.type, token=src.token, name=name, company=src.company, status="paused")
            s.add(own)
            s.flush()
        typer.echo(f"source {source_id} is the demo feed (re-synced from its recording at every start); "
                   f"loading it into source {own.id} \"{name}\" instead, so the next "
                   "start does not close these postings")
        return int(own.id)


def _sync_file(source_id: int, file: Path) -> None:
    """Sync one source from a recorded payload file; prints the counts, exit 1 on failure."""
    from careercopilot.db import session_scope
    from careercopilot.services import ingest_sync
    from careercopilot.services.background import wait_inline_jobs
    from jobs.ingest import _enqueue_index

    try:
        with session_scope() as s:
            run = ingest_sync.sync_source(session=s, source_id=source_id, payload=file.read_bytes())
            status, error = run.status, run.error
            counts = (run.new_count, run.updated_count, run.closed_count, run.fetched_count)
    except LookupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if status == "failed":
        typer.echo(f"source {source_id}: failed: {error}", err=True)
        raise typer.Exit(1)
    typer.echo(f"source {source_id}: {status}: {counts[0]} new, {counts[1]} updated, {counts[2]} closed "
               f"of {counts[3]} in {file.name}")
    _enqueue_index()
    wait_inline_jobs()


def sync(
    source_id: int = typer.Option(None, "--source",
                                  help="Source id to sync (the Sources page shows it under each name)."),
    all_: bool = typer.Option(False, "--all", help="Sync every non-paused source."),
    file: Path = typer.Option(None, "--file", exists=True, dir_okay=False,
                              help="Recorded payload to load into --source instead of fetching."),
) -> None:
    """Sync sources now, in this process, and wait (prints the counts); with ``--file``, load a
    recorded payload into that source through the full pipeline."""
    from sqlmodel import select

    from careercopilot.db import session_scope
    from careercopilot.models import Source
    from careercopilot.services.background import wait_inline_jobs
    from jobs.ingest import SyncFailed, sync_source

    if (source_id is None) == (not all_):
        typer.echo("error: give exactly one of --source ID or --all", err=True)
        raise typer.Exit(2)
    if file is not None:
        if source_id is None:
            typer.echo("error: --file needs --source ID", err=True)
            raise typer.Exit(2)
        _sync_file(_file_target(source_id), file)
        return
    with session_scope() as s:
        ids = [source_id] if source_id is not None else list(
            s.exec(select(Source.id).where(Source.status != "paused").order_by(Source.id)).all()
        )
    failed = 0
    for sid in ids:
        try:
            c = sync_source(sid)
            typer.echo(f"source {sid}: {c['status']}: {c['new']} new, {c['updated']} updated, "
                       f"{c['closed']} closed of {c['fetched']} fetched"
                       + (f"; closing held back ({c['withheld']} of {c['open_before']} open postings missing; "
                          "confirm on the Sources page)" if c["status"] == "suspicious" else ""))
        except (SyncFailed, LookupError) as exc:
            failed += 1
            typer.echo(f"source {sid}: failed: {exc}")
    wait_inline_jobs()
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    """Attach the ingestion commands."""
    app.command("seed")(seed)
    app.command("ingest")(ingest_file)
    app.command("sync")(sync)
