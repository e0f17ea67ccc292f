"""A stand-in for the running embedded app (``make run``) in its own process, for tests that put
a CLI command beside it (trial55 F1): the app's start-up side of the index hand-off
(``services.index_handoff.HandoffLoop``, when the code has it), the process-wide vector index,
and the reads a rescore makes (``get_chunks`` of every indexed posting, a filtered query) in a loop.

Run: ``python -m tests.support.embedded_app STATUS_FILE STOP_FILE`` with DATA_DIR set. Every
round writes STATUS_FILE (JSON): ``{"pid", "rounds", "errors": [str], "ids": [indexed ids whose
chunks it read], "ready"}``; ends when STOP_FILE exists.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def main(status_file: str, stop_file: str) -> None:
    """Loop until ``stop_file`` exists (see module doc)."""
    from careercopilot.config import settings
    from careercopilot.integrations import vectors

    assert settings.run_jobs_inline and not settings.chroma_url
    loop = None
    try:
        from careercopilot.services.index_handoff import HandoffLoop
    except ImportError:  # code before the hand-off: the app simply opens the index
        HandoffLoop = None  # noqa: N806
    if HandoffLoop is not None:
        loop = HandoffLoop(poll_seconds=0.3)
        loop.start()
    index = vectors.get_index()
    errors: list[str] = []
    rounds, ids = 0, []
    while not Path(stop_file).exists():
        try:
            found = sorted(index.indexed_ids())
            chunks = index.get_chunks(found)
            ids = sorted(chunks)
            first = index.get_doc_vectors(found[:1]).get(found[0]) if found else None
            if first is not None:  # None: the app's own index job removed it meanwhile (a closed posting)
                index.query(first, k=5, filters=vectors.VectorFilter(viewer_id=1, country="US"))
        except Exception as exc:  # noqa: BLE001 - recorded for the test
            errors.append(f"{type(exc).__name__}: {exc}")
        rounds += 1
        tmp = Path(status_file + ".tmp")
        tmp.write_text(json.dumps({"pid": os.getpid(), "rounds": rounds, "errors": errors[-20:], "ids": ids,
                                   "ready": True}))
        tmp.replace(status_file)
        time.sleep(0.2)
    if loop is not None:
        loop.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
