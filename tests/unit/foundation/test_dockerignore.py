"""Finding 8 of issue 9: the image's build context holds no secrets, user data or local build output.
Since session 12 (attack notes, W4) ``.dockerignore`` is an allow-list: only what the Dockerfile
builds and runs from is sent, so a file nobody thought of stays out too.

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
    # what the attacker's list found the old deny-list let in (W4): the README's own curl examples
    # write export.zip and resume.pdf at the root; secrets and cloud credentials of a checkout
    "export.zip", "resume.pdf", "secrets.env", ".envrc", "deploy/tls/ca.crt", "deploy/tls/x", ".aws/credentials",
    ".ssh/id_ed25519", ".npmrc", ".git-credentials", "kubeconfig", "client_secret_123.apps.json", "backups/db.dump",
    "backups/2026-12-01/files.tar", "db.dump", "dump.sql", "uploaded_files/1/resume.docx",
    # ... and the same planted inside a folder the image needs
    "careercopilot/secrets.env", "careercopilot/.envrc", "careercopilot/export.zip", "careercopilot/dump.sql",
    "careercopilot/.aws/credentials", "jobs/.npmrc", "alembic/kubeconfig", "assets/client_secret_1.json",
    "careercopilot/backups/x.json", "careercopilot/uploaded_files/x.pdf", "careercopilot/data/x.dump",
    # other things of a working folder: tests, benchmarks, docs, the extension, CI, notes
    "tests/conftest.py", "benchmarks/ui_load.py", "clipper/manifest.json", "scripts/topology.sh", ".ci/x",
    "README.md", "notes.txt", "docker-compose.override.yml", "deploy/nginx.conf",
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


#: What the Dockerfile builds and runs from: `COPY requirements.txt`, then the app (`python -m
#: careercopilot`: the package, its data files, the RQ jobs, Alembic's migrations and ini read by
#: `migrate`), Reflex's config, the static assets and the frontend lock files `reflex export` installs from.
NEEDED_PREFIXES = ("careercopilot/", "jobs/", "alembic/", "assets/", "reflex.lock/")
NEEDED_FILES = ["requirements.txt", "rxconfig.py", "alembic.ini", "reflex.lock/package.json", "reflex.lock/bun.lock",
                "careercopilot/__main__.py", "careercopilot/data/onet/occupations.json", "alembic/env.py"]


@pytest.mark.parametrize("path", NEEDED_FILES)
def test_each_file_the_build_needs_is_sent(path):
    assert (ROOT / path).exists(), path
    assert context_files([path]) == [path]


def test_the_image_still_gets_everything_it_builds_and_runs_from():
    tracked = tracked_files()
    sent = set(context_files(tracked))
    needed = [f for f in tracked if f.startswith(NEEDED_PREFIXES) and not f.startswith("assets/external/")]
    needed += NEEDED_FILES
    assert len(needed) > 100
    missing = [f for f in needed if f not in sent]
    assert missing == []
    # and nothing else of the repository
    extra = sorted(f for f in sent if not f.startswith(NEEDED_PREFIXES) and f not in NEEDED_FILES)
    assert extra == []


def test_dockerignore_is_an_allow_list():
    lines = [x.strip() for x in (ROOT / ".dockerignore").read_text().splitlines() if x.strip() and not x.startswith("#")]
    assert lines[0] == "/*", "the first pattern must leave everything out; `!` lines bring back what the image needs"


def test_dockerfile_copies_the_whole_context_only_after_dependencies():
    text = (ROOT / "Dockerfile").read_text()
    assert "COPY . ." in text and text.index("COPY requirements.txt") < text.index("COPY . .")
