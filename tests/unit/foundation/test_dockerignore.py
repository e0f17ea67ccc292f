"""Finding 8 of issue 9: the image's build context holds no secrets, user data or local build output.

No Docker engine here: the context list is built from ``.dockerignore`` with gitignore matching
(``pathspec``). Every pattern is anchored (``/x`` or ``**/x``, checked below), and for anchored
patterns Docker's rules (moby/patternmatcher: leading ``/`` dropped, ``**`` any depth, a match on a
parent directory excludes everything below it, later ``!`` lines re-include) select the same files.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pathspec
import pytest

ROOT = Path(__file__).resolve().parents[3]

#: Files a developer's checkout (or a running install) plants in the context folder.
PLANTED = [
    ".env", ".env.production", "deploy/.env", "careercopilot/.env.local",
    "data/careercopilot.db", "data/files/1/resume.pdf", "data/chroma/chroma.sqlite3", ".data/x",
    "careercopilot.db", "tests/tmp.sqlite",
    ".venv/bin/python", ".venv/lib/python3.11/site-packages/x.py", ".tools/bun/bin/bun",
    ".web/package.json", ".web/build/client/index.html", ".states/state.pkl", "node_modules/react/index.js",
    ".git/config", ".git/objects/ab/cdef", "test-results/e2e/app.log", "test-results/junit.xml",
    "benchmarks/.cache/corpus-100000.npy",
    "careercopilot/__pycache__/api.cpython-311.pyc", "jobs/worker.pyc", ".pytest_cache/v/cache/nodeids",
    "deploy/tls/server.key", "deploy/tls/server.pem", "assets/external/x.js",
]


def dockerignore_spec() -> pathspec.PathSpec:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    return pathspec.PathSpec.from_lines("gitwildmatch", lines)


def context_files(candidates: list[str]) -> list[str]:
    """The files of ``candidates`` that ``docker build`` would send (not ignored)."""
    spec = dockerignore_spec()
    return [f for f in candidates if not spec.match_file(f)]


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def test_every_pattern_is_anchored_so_docker_and_gitignore_rules_agree():
    for line in (ROOT / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        body = line[1:] if line.startswith("!") else line
        assert body.startswith(("/", "**/")), f"unanchored pattern {line!r}: Docker and gitignore differ on it"


@pytest.mark.parametrize("path", PLANTED)
def test_secrets_user_data_and_build_output_stay_out_of_the_context(path):
    assert context_files([path]) == [], f"{path} would be copied into the image"


def test_the_image_still_gets_everything_it_builds_and_runs_from():
    tracked = tracked_files()
    sent = set(context_files(tracked))
    needed = [f for f in tracked if f.startswith(("careercopilot/", "jobs/", "alembic/", "assets/", "reflex.lock/"))]
    needed += ["requirements.txt", "rxconfig.py", "alembic.ini", "Dockerfile", "Makefile"]
    assert len(needed) > 100
    missing = [f for f in needed if f not in sent]
    assert missing == []


def test_dockerfile_copies_the_whole_context_only_after_dependencies():
    text = (ROOT / "Dockerfile").read_text()
    assert "COPY . ." in text and text.index("COPY requirements.txt") < text.index("COPY . .")
