"""``match`` (rank the current database's open postings for a resume file) and ``reindex``
(rebuild the vector index from the database)."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def match(
    resume: Path = typer.Option(..., "--resume", exists=True, dir_okay=False, readable=True,
                                help="Resume file (PDF, DOCX, TXT, Markdown)."),
    prefs: str = typer.Option(None, "--prefs", help='Preferences as JSON, e.g. \'{"needs_visa_sponsorship": true, '
                                                   '"work_modes": ["remote"], "salary_floor": 90000}\'.'),
    top: int = typer.Option(20, "--top", min=1, max=500, help="How many postings to print."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (score + full explanation)."),
) -> None:
    """Print ranked postings with score and explanation (nothing is stored)."""
    from careercopilot.config import settings
    from careercopilot.db import session_scope
    from careercopilot.normalize.documents import DocumentError
    from careercopilot.normalize.documents_extract import extract_text
    from careercopilot.services import matching

    try:
        text = extract_text(resume.read_bytes(), resume.name, max_pdf_pages=settings.resume_max_pages).text
    except DocumentError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    try:
        pref_dict = json.loads(prefs) if prefs else None
        if pref_dict is not None and not isinstance(pref_dict, dict):
            raise ValueError("--prefs must be a JSON object")
    except ValueError as exc:
        typer.echo(f"error: invalid --prefs: {exc}", err=True)
        raise typer.Exit(2) from None
    try:
        with session_scope() as s:
            rows = matching.match_resume_text(session=s, resume_text=text, prefs=pref_dict, top=top)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        typer.echo("no open postings are indexed yet (run ingestion, then jobs.matching.index_postings)")
    for i, r in enumerate(rows, 1):
        ex = r["explanation"]
        typer.echo(f"{i:3}. {r['score']:5.1f}  {r['title']} — {r['company']} ({r['location'] or 'n/a'})  {r['url']}")
        matched = ", ".join(s["skill"] for s in ex["matched_skills"][:6])
        # required and preferred ("nice to have") missing skills apart: a preferred one is no shortfall
        missing = ", ".join([s["skill"] for s in ex["missing_skills"] if s.get("required", True)][:6])
        nice = ", ".join([s["skill"] for s in ex["missing_skills"] if not s.get("required", True)][:6])
        typer.echo(f"       matched: {matched or '-'} | missing: {missing or '-'}"
                   + (f" | nice to have: {nice}" if nice else ""))
        for c in ex["checks"]:
            mark = {True: "✓", False: "✗", None: "?"}[c["ok"]]
            typer.echo(f"       {mark} {c['name']}: {c['reason']}")


def reindex(
    rescore: bool = typer.Option(False, "--rescore", help="Also re-score every user with an active resume "
                                                         "(after a model change; not needed to rebuild a lost index)."),
    replace_foreign_index: bool = typer.Option(
        False, "--replace-foreign-index",
        help="Rebuild even when the index (CHROMA_URL + CHROMA_DATABASE) records another database than "
             "DATABASE_URL — only after restoring over a lost database for good, never in a drill."),
) -> None:
    """Rebuild the Chroma vector index from the database (it is not in backups and has no replica).

    Embeds every open posting into new collections beside the live ones — search and matching
    keep answering from those meanwhile — then swaps them in, drops the old ones and other
    versions' collections (``services.matching.reindex_everything``, the path of the
    ``jobs.matching.reindex_all`` job); a failure midway leaves the old index live. The same model
    gives the same vectors, so stored scores stay valid and search answers as before.

    Refuses (exit 2, nothing touched) when the index records another database than
    DATABASE_URL: a restore drill must give the restored copy its own index
    (``CHROMA_DATABASE=restore_drill``), not rebuild the live one from the copy."""
    from careercopilot.db import session_scope
    from careercopilot.services import matching
    from careercopilot.services.matching.index_owner import ForeignIndexError

    def progress(pct: int, message: str | None = None) -> None:
        if message:
            typer.echo(f"{pct:3}% {message}")

    from careercopilot.services import index_handoff

    if index_handoff.index_holder() is not None and not replace_foreign_index:
        # the running app keeps the embedded index open (Chroma's PersistentClient is single-process):
        # it runs the rebuild (the reindex_all job, which also re-scores everyone) — trial55 F1
        from careercopilot.services.background import enqueue, job_status, wait_inline_jobs
        from jobs.matching import reindex_all

        handle = enqueue(reindex_all)
        typer.echo("the running app has the job index open: it rebuilds the index (and re-scores every user); "
                   "waiting for it…")
        wait_inline_jobs()
        done = job_status(handle.id)
        if done is None or done.status != "finished":
            typer.echo(f"error: the rebuild did not finish: {done.error if done else 'unknown job'}", err=True)
            raise typer.Exit(1)
        typer.echo(done.message or "re-indexed")
        return
    try:
        with session_scope() as s:
            counts = matching.reindex_everything(session=s, progress=progress,
                                                 replace_foreign=replace_foreign_index)
    except ForeignIndexError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if rescore:
        from careercopilot.services.background import enqueue
        from jobs.matching import rescore_user

        with session_scope() as s:
            users = matching.users_with_active_resume(session=s)
        for uid in users:
            enqueue(rescore_user, uid, user_id=uid)
        counts["rescore_enqueued"] = len(users)
    typer.echo(json.dumps(counts))


def pack_embeddings(
    out: Path = typer.Option(None, "--out", help="Pack file (default: the shipped careercopilot/data/demo_embeddings.npz)."),
) -> None:
    """Write the demo feed's embedding pack from this database (after `seed` with DEMO_FEED=on).

    The pack lets a new install's seed skip embedding the recorded demo feed
    (integrations/embedding_pack.py); `make demo-embeddings` runs the whole rebuild."""
    from careercopilot.db import session_scope
    from careercopilot.integrations import embedding_pack
    from careercopilot.services import matching

    with session_scope() as s:
        counts = matching.write_demo_pack(session=s, path=out or embedding_pack.PACK_PATH)
    typer.echo(json.dumps(counts))


def register(app: typer.Typer) -> None:
    """Attach the ``match``, ``reindex`` and ``pack-embeddings`` commands."""
    app.command("match")(match)
    app.command("reindex")(reindex)
    app.command("pack-embeddings")(pack_embeddings)
