"""`resume` commands: parse a resume file offline (no database, nothing stored)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

resume_app = typer.Typer(help="Resume tools.", no_args_is_help=True)


def parse(
    file: Path = typer.Argument(..., help="Resume file: PDF, DOCX, TXT or Markdown (type sniffed from content)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON object instead of a summary."),
) -> None:
    """Extract the text, structured fields and skills of FILE.

    Exit code 2 with a message on stderr for a missing, oversized, corrupt, scanned
    (no text) or password-protected file.
    """
    from careercopilot.config import settings
    from careercopilot.normalize import documents, documents_extract
    from careercopilot.services.resumes import MAX_TEXT_CHARS, parse_text

    try:
        size = file.stat().st_size
        if not file.is_file():
            raise IsADirectoryError(str(file))
    except OSError as exc:
        typer.echo(f"error: cannot read {file}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None
    if size > documents.MAX_RESUME_BYTES:
        typer.echo(f"error: {file} is {size / 1_048_576:.1f} MB; resumes can be at most "
                   f"{documents.MAX_RESUME_BYTES // 1_048_576} MB.", err=True)
        raise typer.Exit(2)
    try:
        doc = documents_extract.extract_text(file.read_bytes(), file.name, max_pdf_pages=settings.resume_max_pages)
    except documents.DocumentError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    text = doc.text[:MAX_TEXT_CHARS]
    fields, skills = parse_text(text)
    result = {
        "file": str(file),
        "mime": doc.mime,
        "pages": doc.pages,
        "text_length": len(text),
        "warnings": list(doc.warnings),
        "fields": fields,
        "skills": skills,
    }
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{file}: {doc.mime}, {doc.pages or '?'} page(s), {len(text):,} characters")
    for key, value in fields.items():
        if value not in (None, "", [], {}):
            typer.echo(f"  {key}: {value}")
    typer.echo(f"  skills ({len(skills)}): {', '.join(skills)}")
    for warning in doc.warnings:
        typer.echo(f"  warning: {warning}")


resume_app.command("parse")(parse)


def register(app: typer.Typer) -> None:
    """Attach the ``resume`` command group."""
    app.add_typer(resume_app, name="resume")
