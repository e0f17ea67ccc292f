"""Which generation of a model version's collections is live: the pointer a re-index swaps.

A re-index builds new collections beside the live ones (``postings-<slug>--<generation>``,
``chunks-…``, ``changes-…``) while search and matching keep reading the live ones, then
records the new generation as live and drops the old collections
(``services.matching.reindex_everything``). A build that fails midway leaves the pointer — and
so the old index — as it was (dropping the collections first, as before, left search and
matching with an empty index for the whole rebuild: minutes for a real corpus).

The pointer lives beside the index's database record (:data:`vectors.OWNER_COLLECTION`,
``cc-index-owner``), in its metadata under :func:`pointer_key`: one key per model version, the
value the live generation ("" or absent = the original unsuffixed names, so an index built
before generations existed stays live as it is). Chroma has no collection rename or alias
(chromadb 1.5), so a pointer record is the swap; changing one metadata value is atomic.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

#: The collection holding the index's records (its database, the live generation per model).
OWNER_COLLECTION = "cc-index-owner"
#: Names of the collections that belong to one generation (suffix ``--<generation>``).
KINDS = ("postings", "chunks", "changes")


def pointer_key(slug: str) -> str:
    """The owner-collection metadata key holding the live generation of ``slug``'s collections
    (``cc_live_`` + the slug's 8-hex model digest: Chroma metadata keys stay short)."""
    return f"cc_live_{slug[-8:]}"


def names(slug: str, generation: str) -> tuple[str, str, str]:
    """(postings, chunks, changes) collection names of ``generation`` ("" = unsuffixed)."""
    suffix = f"--{generation}" if generation else ""
    return tuple(f"{kind}-{slug}{suffix}" for kind in KINDS)  # type: ignore[return-value]


def new_generation() -> str:
    """A fresh generation name: 12 hex characters."""
    return secrets.token_hex(6)


def owner_metadata(client: Any) -> dict[str, Any]:
    """The owner collection's metadata ({} when it does not exist yet)."""
    try:
        col = client.get_collection(OWNER_COLLECTION, embedding_function=None)
    except Exception:  # noqa: BLE001 - NotFoundError: nothing recorded yet
        return {}
    return dict(col.metadata or {})


def update_owner_metadata(client: Any, **values: str) -> None:
    """Set ``values`` in the owner collection's metadata, keeping its other keys (created when missing)."""
    col = client.get_or_create_collection(OWNER_COLLECTION, embedding_function=None, metadata=dict(values))
    current = dict(col.metadata or {})
    if any(current.get(k) != v for k, v in values.items()):
        col.modify(metadata={**current, **values})


def live_generation(client: Any, slug: str) -> str:
    """The live generation of ``slug``'s collections ("" = unsuffixed names)."""
    return str(owner_metadata(client).get(pointer_key(slug)) or "")


def build_beside(index: Any) -> Any:
    """An empty ``VectorIndex`` of a new generation beside ``index`` (same client and model), for
    a re-index to fill; the pointer is unchanged until :func:`promote` (:func:`discard` it when
    the build fails)."""
    return type(index)(index.client, model_version=index.model_version, generation=new_generation())


def promote(index: Any, built: Any, grace_seconds: float) -> list[str]:
    """Make ``built`` (from :func:`build_beside`) the live generation, move ``index`` onto it and
    drop the old generation's collections; returns their names.

    The swap is one metadata write (the pointer). The old docs collection is then marked retired
    (``cc_next``: other processes' version checks follow the pointer) and, when other processes
    may read it (``index._remote_writers``: an ``HttpClient``), kept ``grace_seconds`` before the
    drop; a process that still calls it afterwards follows on the failed call
    (``VectorIndex._followed``)."""
    old = [index.docs_name, index.chunks_name, index.changes_name]
    update_owner_metadata(index.client, **{pointer_key(built._slug): built.generation})
    try:
        index.docs.modify(metadata={**(index.docs.metadata or {}), "cc_next": built.generation or "-"})
    except Exception:  # noqa: BLE001 - already gone: nothing reads it
        pass
    index.follow()
    if index._remote_writers and grace_seconds > 0:
        time.sleep(grace_seconds)
    return [name for name in old if _delete(index.client, name)]


def discard(built: Any) -> None:
    """Delete a never promoted generation's collections (a re-index that failed)."""
    for name in (built.docs_name, built.chunks_name, built.changes_name):
        _delete(built.client, name)


def _delete(client: Any, name: str) -> bool:
    try:
        client.delete_collection(name)
        return True
    except Exception:  # noqa: BLE001 - absent collection
        return False
