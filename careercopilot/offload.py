"""Run blocking work off the event loop, on small bounded thread pools (issue 9, finding 14).

Reflex runs every event handler on the backend's single asyncio event loop: one blocking
call (a database query, an HTTP fetch, an argon2 hash) freezes every session served by
that process. Handlers and the async ``/auth/*`` routes therefore hand such work to one
of four pools and ``await`` it::

    rows = await offload.db(load_rows, user_id=uid)       # SQL, local files
    digest = await offload.cpu(hasher.hash, password)     # CPU-bound: hashing, parsing
    page = await offload.net(fetch_page, url)             # outbound HTTP (slow upstreams)
    read = await offload.parse(resumes.read_resume, data, name)  # a sandboxed document parse

One pool per kind keeps a kind from starving the others: ten slow upstream fetches
(each up to ``HTTP_TIMEOUT_SECONDS`` × retries) occupy network threads only, so page
loads still get database threads. Pools are created lazily per process and re-created
after ``fork`` (granian workers, RQ work-horses). The caller's ``contextvars`` (structlog
request context) are carried into the worker thread, as ``asyncio.to_thread`` does.

Sizes (threads per backend process):

* ``DB_THREADS`` = 8: below the SQLAlchemy pool's 10 kept + 5 overflow connections
  (:func:`careercopilot.db.make_engine`), so a thread never waits for a connection
  while holding a pool slot; SQLite serializes writers anyway.
* ``CPU_THREADS`` = 2: the machine class the project targets has 2 cores; argon2-cffi
  and lxml release the GIL, so more threads would only queue on the cores.
* ``NET_THREADS`` = 16: threads that mostly wait on sockets.
* ``PARSE_THREADS`` = 2: uploaded documents parsed in sandboxed child processes (up to a minute
  each for a hostile file): the threads only wait, each child takes a core. A burst of uploads
  queues here, never on the database threads or their connections (issue 9 probe, session 9:
  14 concurrent 30-page PDFs parsed on database threads froze other users for 62 s).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Literal, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

Kind = Literal["db", "cpu", "net", "parse"]

DB_THREADS = 8
CPU_THREADS = 2
NET_THREADS = 16
PARSE_THREADS = 2
_SIZES: dict[str, int] = {"db": DB_THREADS, "cpu": CPU_THREADS, "net": NET_THREADS, "parse": PARSE_THREADS}

_pools: dict[str, ThreadPoolExecutor] = {}
_lock = threading.Lock()


def executor(kind: Kind) -> ThreadPoolExecutor:
    """The process's pool for ``kind`` (created on first use). Raises KeyError for an unknown kind."""
    pool = _pools.get(kind)
    if pool is None:
        with _lock:
            pool = _pools.get(kind)
            if pool is None:
                pool = ThreadPoolExecutor(max_workers=_SIZES[kind], thread_name_prefix=f"offload-{kind}")
                _pools[kind] = pool
    return pool


async def run(kind: Kind, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` on the ``kind`` pool; returns its result or raises its exception."""
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, fn, *args, **kwargs)
    return await loop.run_in_executor(executor(kind), call)


async def db(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run database work (anything opening ``session_scope()``) or local-disk I/O off the event loop."""
    return await run("db", fn, *args, **kwargs)


async def cpu(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run CPU-bound work (password hashing, document parsing) off the event loop."""
    return await run("cpu", fn, *args, **kwargs)


async def parse(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a sandboxed document parse (a resume upload) off the event loop and off the database threads."""
    return await run("parse", fn, *args, **kwargs)


def parse_blocking(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """:func:`parse` for a synchronous caller (a plain ``def`` FastAPI route, run on Starlette's
    ~40-thread pool): ``fn`` runs on the 2 parse threads and this thread only waits for it, so a
    burst of API uploads or clips parses 2 at a time per process like the web page's, instead of
    40 at once holding the GIL (issue 11, attack102 item 2)."""
    ctx = contextvars.copy_context()
    return executor("parse").submit(functools.partial(ctx.run, fn, *args, **kwargs)).result()


#: How long a parse slot of a process that died mid-parse stays counted (seconds): longer than the
#: sandbox's time limit for one document (``normalize.document_sandbox``) plus its queue.
PARSE_SLOT_SECONDS = 600


#: How long a synchronous route waits for one of the user's parse slots before its 429, seconds
#: (16 clips of one page sent at once by the extension all get their answer: attack a12 W3's test).
PARSE_SLOT_WAIT_SECONDS = 30.0


def user_parse_slot(user_id: int, *, wait: bool = False):
    """A context manager: one of the user's ``UPLOADS_AT_ONCE_PER_USER`` parses at once
    (``services.ratelimit.at_once``); raises ``ratelimit.RateLimited`` when all are taken — at
    once, or with ``wait`` (a synchronous caller on Starlette's thread pool only: it sleeps) after
    :data:`PARSE_SLOT_WAIT_SECONDS` without a free slot."""
    from careercopilot.config import settings
    from careercopilot.services import ratelimit

    return ratelimit.at_once("parse-user", str(int(user_id)), limit=settings.uploads_at_once_per_user,
                             window_seconds=PARSE_SLOT_SECONDS, wait_seconds=PARSE_SLOT_WAIT_SECONDS if wait else 0.0)


async def net(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Run outbound network work (connector fetches, URL imports) off the event loop."""
    return await run("net", fn, *args, **kwargs)


def shutdown(wait: bool = False) -> None:
    """Stop every pool (tests, process exit); the next call creates fresh ones."""
    with _lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.shutdown(wait=wait, cancel_futures=True)


def _after_fork_in_child() -> None:
    # A forked child inherits the parent's pool objects but none of their threads.
    _pools.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
