"""A process that stores a resume exactly as the app's upload handler does
(``services.resumes.upload_resume`` inside ``session_scope``), but stops right after the
file is written and before the row is committed — where a kill -9 of the app mid-upload
leaves a file without a row (issue 9, finding 12).

Run: ``python -m tests.support.upload_crash USER_ID FILE``; prints ``STORED <key>`` once
the file is in storage (local disk or S3, from the usual settings), then waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from careercopilot.db import session_scope
from careercopilot.integrations.storage import get_storage
from careercopilot.services import resumes


class PausingStorage:
    """Delegates to the configured storage; after each ``put`` announces the key and stalls."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        self.inner.put(key, data, content_type)
        print(f"STORED {key}", flush=True)
        time.sleep(600)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def main(user_id: str, path: str) -> None:
    with session_scope() as s:
        resumes.upload_resume(session=s, user_id=int(user_id), filename=Path(path).name, data=Path(path).read_bytes(),
                              storage=PausingStorage(get_storage()))


if __name__ == "__main__":
    main(*sys.argv[1:3])
