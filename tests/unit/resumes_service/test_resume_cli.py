"""`python -m careercopilot resume parse FILE --json` on generated files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from resume_files import make_docx, make_pdf, make_scanned_pdf
from typer.testing import CliRunner

from careercopilot.cli import app

ROOT = Path(__file__).resolve().parents[3]


def test_parse_json_reports_text_length_fields_and_skills(tmp_path):
    path = tmp_path / "cv.docx"
    path.write_bytes(make_docx())
    result = CliRunner().invoke(app, ["resume", "parse", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["mime"].endswith("wordprocessingml.document")
    assert data["text_length"] > 100
    assert "jane.doe@example.com" in json.dumps(data["fields"])
    assert {"Python", "Kubernetes"} <= set(data["skills"])


def test_bad_files_exit_2_with_a_message(tmp_path):
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(make_scanned_pdf())
    for path in (scanned, tmp_path / "missing.pdf", tmp_path):
        result = CliRunner().invoke(app, ["resume", "parse", str(path), "--json"])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_runs_as_a_module(tmp_path):
    path = tmp_path / "cv.pdf"
    path.write_bytes(make_pdf())
    proc = subprocess.run([sys.executable, "-m", "careercopilot", "resume", "parse", str(path), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text_length"] > 100
