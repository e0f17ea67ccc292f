"""``renormalize``: re-run normalization over stored postings from their stored inputs."""

from __future__ import annotations

import typer

#: ``services.renormalize.RENORMALIZE_CHUNK`` (not imported here: every command loads this module).
_CHUNK = 500


def _fields(counts) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def renormalize(
    source_id: int = typer.Option(None, "--source", help="Only this source's postings (the Sources page shows "
                                                          "the id under each name); default: every stored posting."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Count what would change; write nothing."),
    chunk: int = typer.Option(_CHUNK, "--chunk", min=1, max=10_000,
                              help="Postings per transaction."),
) -> None:
    """Re-run the current normalizers on what each stored posting was read from at ingest (kept
    since revision 0017) and update the postings whose reading changed, in chunks; the changed ones
    are then re-indexed and re-scored as after a sync. Use it after an upgrade that improves place,
    pay or flag reading: stored postings otherwise keep their old reading until their source
    re-syncs (a recorded demo feed, a removed source or a URL import never does). Postings stored
    before 0017 have no inputs: they are counted and skipped; re-sync their source to store them.
    Running it twice changes nothing the second time."""
    from careercopilot.services.background import wait_inline_jobs
    from careercopilot.services.renormalize import renormalize_postings
    from jobs.ingest import _enqueue_index

    try:
        stats = renormalize_postings(source_id=source_id, dry_run=dry_run, chunk=chunk)
    except LookupError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    verb = "would change" if dry_run else "changed"
    typer.echo(f"re-normalized {stats.read - stats.skipped - stats.failed} of {stats.read} postings: "
               f"{stats.changed} {verb}" + (f" ({_fields(stats.fields)})" if stats.fields else ""))
    if stats.failed:
        typer.echo(f"{stats.failed} posting(s) whose stored inputs no longer normalize were kept as they are")
    if stats.no_inputs:
        where = ", ".join(f"source {sid}: {n}" if sid is not None else f"private postings: {n}"
                          for sid, n in sorted(stats.no_inputs.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))
        typer.echo(f"skipped {stats.skipped} posting(s) stored before their normalizer inputs were kept ({where}): "
                   "sync their source again (Sources page \"Sync now\", or `sync --source ID`) to store them; "
                   "private postings: import the URL again")
    if stats.changed and not dry_run:
        _enqueue_index()  # as after a sync: re-embeds the flagged rows, then re-scores them (jobs.matching)
        wait_inline_jobs()


def register(app: typer.Typer) -> None:
    """Attach the ``renormalize`` command."""
    app.command("renormalize")(renormalize)
