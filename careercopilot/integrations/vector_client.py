"""Chroma clients of the posting vector index: which store a client reaches and how it is made.

``make_client`` builds an ``HttpClient`` (a ``chroma run`` server, ``CHROMA_URL``) or an embedded
``PersistentClient`` on a folder (default ``settings.chroma_path``; one process at a time:
:mod:`careercopilot.integrations.vector_folder_lock`), on a Chroma database created when missing.
``_client_key`` names the store behind a client (the key of the in-process write log and the
caches, :mod:`careercopilot.integrations.vectors`); ``is_engine_error`` recognizes the embedded
engine's failure after another process wrote its folder (trial55 F1). Split out of ``vectors``
(tidy68); every name stays importable from there.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from careercopilot.config import settings

#: Chroma's own default database (``chromadb.config.DEFAULT_DATABASE``).
DEFAULT_DATABASE = "default_database"


def _client_key(client: Any) -> str:
    """Identity of the store behind ``client``: persist path or server URL plus the Chroma
    database (``…#<database>``), else the object id."""
    database = getattr(client, "database", None) or DEFAULT_DATABASE
    try:
        st = client.get_settings()
        if getattr(st, "chroma_server_host", None) and not getattr(st, "is_persistent", False):
            return f"http://{st.chroma_server_host}:{st.chroma_server_http_port}#{database}"
        if getattr(st, "persist_directory", None):
            return f"path:{st.persist_directory}#{database}"
    except Exception:  # noqa: BLE001 - unknown client type: fall back to the object's identity
        return f"id:{id(client)}"
    return f"id:{id(client)}"


def is_engine_error(exc: BaseException) -> bool:
    """True for Chroma's ``InternalError`` (its engine's state does not match the folder, e.g.
    "Error finding id" after another process wrote it), by class name: chromadb's error classes
    moved between releases."""
    return any(type(e).__name__ == "InternalError" for e in (exc, exc.__cause__, exc.__context__) if e is not None)


def make_client(*, chroma_url: str | None = None, path: str | None = None, database: str | None = None):
    """A Chroma client: ``HttpClient`` for ``chroma_url`` else ``PersistentClient(path)`` (telemetry off),
    on Chroma database ``database`` (default ``settings.chroma_database``), created when missing —
    a restore drill's own database keeps its collections apart from the live ones on the same
    server (README "Backups and restore")."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    database = database or settings.chroma_database
    cs = ChromaSettings(anonymized_telemetry=False)
    if chroma_url:
        u = urlparse(chroma_url)
        host, port, ssl = u.hostname or "127.0.0.1", u.port or (443 if u.scheme == "https" else 8000), u.scheme == "https"
        if database != DEFAULT_DATABASE:
            _ensure_database(ChromaSettings(anonymized_telemetry=False, chroma_api_impl="chromadb.api.fastapi.FastAPI",
                                            chroma_server_host=host, chroma_server_http_port=port,
                                            chroma_server_ssl_enabled=ssl), database)
        return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=cs, database=database)
    folder = path or str(settings.chroma_path)
    from pathlib import Path

    Path(folder).mkdir(parents=True, exist_ok=True)
    if database != DEFAULT_DATABASE:
        _ensure_database(ChromaSettings(anonymized_telemetry=False, is_persistent=True, persist_directory=folder),
                         database)
    return chromadb.PersistentClient(folder, settings=cs, database=database)


def _ensure_database(admin_settings: Any, database: str) -> None:
    """Create Chroma database ``database`` (default tenant) unless it exists."""
    import chromadb

    admin = chromadb.AdminClient(admin_settings)
    try:
        admin.get_database(database)
    except Exception:  # noqa: BLE001 - chromadb raises NotFoundError (or a ValueError in older clients)
        admin.create_database(database)
