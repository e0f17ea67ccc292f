"""``renormalize``: re-read stored postings through the current normalizers and re-score them."""

from __future__ import annotations

import typer


def renormalize(
    source_id: int = typer.Option(None, "--source", help="Only this source's postings (the Sources page shows "
                                                          "the id under each name); default: every stored posting."),
    batch: int = typer.Option(500, "--batch", min=1, max=10_000, help="Postings read per batch."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Count what would change; write nothing."),
) -> None:
    """Re-read stored postings' raw fields (location text, description, pay, employer) through the
    current normalizers and update the rows whose reading changed, in batches; then re-index and
    re-score the changed ones (services.renormalize). Use it after an upgrade that improves
    place, pay or employer reading: stored postings otherwise keep their old reading until their
    source re-syncs (a recorded demo feed, a removed source or a URL import never does)."""
    from careercopilot.db import session_scope
    from careercopilot.services.background import wait_inline_jobs
    from careercopilot.services.renormalize import renormalize_postings
    from jobs.ingest import _enqueue_index

    try:
        with session_scope() as s:
            stats = renormalize_postings(session=s, source_id=source_id, batch=batch, rescore=not dry_run)
            if dry_run:
                s.rollback()
    except LookupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    cols = ", ".join(f"{k} {v}" for k, v in sorted(stats.columns.items(), key=lambda kv: (-kv[1], kv[0])))
    verb = "would change" if dry_run else "changed"
    typer.echo(f"re-read {stats.read} postings: {stats.changed} {verb}" + (f" ({cols})" if cols else "")
               + (f", {stats.failed} unreadable (kept)" if stats.failed else ""))
    if stats.changed and not dry_run:
        _enqueue_index()  # re-describes the changed rows, then re-scores them (jobs.matching)
        wait_inline_jobs()


def register(app: typer.Typer) -> None:
    """Attach the ``renormalize`` command."""
    app.command("renormalize")(renormalize)
