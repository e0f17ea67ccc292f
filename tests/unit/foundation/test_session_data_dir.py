"""The test session never uses the checkout's ./data (tests/conftest.py: SESSION_DATA_DIR).

Why (tidy68): with ``make run`` serving from the same checkout, the app holds ./data/chroma's process
lock (integrations/vector_folder_lock.py); unit tests that indexed found it held, handed their jobs
to the app (services/index_handoff.py) and hung waiting for them. Every folder and file the embedded
default derives from DATA_DIR must lie in this pytest process's own temp folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from careercopilot.config import APP_URL_RECORD, Settings, settings

ROOT = Path(__file__).resolve().parents[3]


def _local_storage_root() -> Path:
    from careercopilot.integrations.storage import LocalStorage

    return LocalStorage().root


def _other_pytest_process_data_dir() -> Path:
    """DATA_DIR of another process that loads tests/conftest.py (as an xdist worker does)."""
    code = "import tests.conftest, careercopilot.config as c; print(c.settings.data_dir.resolve())"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    return Path(out.stdout.strip().splitlines()[-1])


#: Every path of the embedded default that comes from DATA_DIR (config/runtime.py, config/storage.py,
#: config/__init__.py, integrations/vectors.py, integrations/storage.py, a subprocess's environment).
PATHS = {
    "settings.data_dir": lambda: settings.data_dir,
    "chroma folder (the lock make run holds)": lambda: settings.chroma_path,
    "chroma process lock file": lambda: settings.chroma_path / ".cc-process.lock",
    "uploads folder": lambda: settings.uploads_dir,
    "SQLite file of the default DATABASE_URL": lambda: Path(
        Settings(_env_file=None, database_url=None).sqlalchemy_url.split("sqlite:///", 1)[1]),
    "app URL record": lambda: settings.data_dir / APP_URL_RECORD,
    "shared vector snapshots": lambda: settings.data_dir / "vector-snapshots",
    "LocalStorage default root": _local_storage_root,
    "a Settings built later in the session": lambda: Settings(_env_file=None).data_dir,
    "DATA_DIR a subprocess inherits": lambda: Path(os.environ.get("DATA_DIR", "data")),
}


@pytest.mark.parametrize("what", list(PATHS))
def test_session_paths_are_in_a_temp_folder_of_their_own(what):
    path = PATHS[what]().resolve()
    assert not path.is_relative_to(ROOT / "data"), f"{what} is the checkout's ./data: {path}"
    assert path.is_relative_to(Path(tempfile.gettempdir()).resolve()), f"{what} is not in a temp folder: {path}"


def test_each_pytest_process_has_its_own_data_dir():
    """xdist workers (one process each) must not share one folder either (two indexes, one lock)."""
    mine = settings.data_dir.resolve()
    other = _other_pytest_process_data_dir()
    assert other != mine and not other.is_relative_to(ROOT / "data")
