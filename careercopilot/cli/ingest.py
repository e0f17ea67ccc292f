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
    from careercopilot.services import ingest, sources
    from careercopilot.services.background import enqueue, wait_inline_jobs
    from jobs.ingest import _enqueue_index, sync_source

    if sources.use_demo_feed():
        with session_scope() as s:
            ids = sources.ensure_demo_sources(session=s)
        new = 0
        for source_id in ids:
            with session_scope() as s:
                run = ingest.sync_source(session=s, source_id=source_id)
                new += run.new_count
                if run.status != "succeeded":
                    typer.echo(f"warning: demo source {source_id} failed: {run.error}", err=True)
        typer.echo(f"demo feed (recorded payloads): {len(ids)} sources, {new} new postings")
        if new:
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
) -> None:
    """Parse and normalize one payload file and print the postings (no database needed)."""
    from careercopilot.connectors import REGISTRY, ConnectorError, get_source
    from careercopilot.services.ingest import normalize_all

    cls = REGISTRY.get(source.strip().lower())
    if cls is None:
        typer.echo(f"error: unknown source {source!r}; known: {', '.join(REGISTRY)}", err=True)
        raise typer.Exit(2)
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


def sync(
    source_id: int = typer.Option(None, "--source", help="Source id to sync."),
    all_: bool = typer.Option(False, "--all", help="Sync every non-paused source."),
) -> None:
    """Sync sources now, in this process, and wait (prints the counts)."""
    from sqlmodel import select

    from careercopilot.db import session_scope
    from careercopilot.models import Source
    from careercopilot.services.background import wait_inline_jobs
    from jobs.ingest import SyncFailed, sync_source

    if (source_id is None) == (not all_):
        typer.echo("error: give exactly one of --source ID or --all", err=True)
        raise typer.Exit(2)
    with session_scope() as s:
        ids = [source_id] if source_id is not None else list(
            s.exec(select(Source.id).where(Source.status != "paused").order_by(Source.id)).all()
        )
    failed = 0
    for sid in ids:
        try:
            c = sync_source(sid)
            typer.echo(f"source {sid}: succeeded: {c['new']} new, {c['updated']} updated, "
                       f"{c['closed']} closed of {c['fetched']} fetched")
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
