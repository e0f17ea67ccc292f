"""Static guard: no event handler does slow work while holding Reflex's state lock.

Reflex runs a foreground ``@rx.event`` handler with the tab's state lock held from its first
line to its last — its ``await``\\ s included — and with Redis the lock expires after 10 s
(``LockExpiredError``: the handler's result is lost and the user sees nothing). Session 12's
trial hit that twice: the place picker's first search on a cold process (the GeoNames load)
and a resume upload (the sandboxed parse), and later place searches held the lock 1–4 s, so
every other event of the tab queued behind them.

Slow work (a document parse, an outbound fetch, a provider call, a file to object storage,
the place search) therefore runs in ``@rx.event(background=True)`` handlers, outside
``async with self:``, which is taken only to read inputs and write results. Checked by parsing
every state module: a reference to a slow entry point (:data:`SLOW`, or ``offload.parse`` /
``offload.net``) may appear neither in a foreground handler nor inside ``async with self`` of a
background one — also through the state's own helper methods (``self._x(...)``) and functions
defined in the handler (they run where they are sent, so a nested ``def`` sent to a pool from
a foreground handler still runs under the lock).

Upload handlers (a ``list[rx.UploadFile]`` parameter) cannot be background events in Reflex 0.10,
so they may do no more than read their file: every call in one must be on :data:`UPLOAD_CALLS`
(the session, the file's ``read``, ``uploads.hold``, a redirect) or start one of the state's own
background events — which takes the bytes with ``uploads.take`` and does the rest off the lock.

Not slow by this rule (measured well under 1 s): database reads and writes (``offload.db``),
argon2 hashing for tokens and two-factor steps (``offload.cpu``: 0.1–0.5 s) and enqueueing
an RQ job.
"""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted([*ROOT.glob("careercopilot/state/*.py"), *ROOT.glob("careercopilot/pages/*.py")])
#: Entry points that take seconds: the place search (cold GeoNames load 2–5 s), resume parsing
#: (sandboxed child process, up to a minute), posting imports and source test fetches (network,
#: timeout × retries), the LLM provider test call, storing a tracker import file (up to 50 MB to
#: object storage).
SLOW = {"place_suggestions", "search_places", "read_resume", "import_posting_async", "add_from_url",
        "test_connection", "store_import_upload"}
#: The only calls an upload handler may make (besides starting its state's background event):
#: who is signed in, reading the file, handing it over (``state/uploads.hold``), and the built-ins
#: and redirect its checks need.
UPLOAD_CALLS = {"current_user_id", "read", "hold", "redirect", "len", "str", "min"}
#: ``offload.<attr>`` lanes whose work is slow by definition.
SLOW_LANES = {"parse", "net"}


def _is_event(fn) -> tuple[bool, bool]:
    """(is an ``@rx.event``, is a background one)."""
    for dec in fn.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        if isinstance(target, ast.Attribute) and target.attr == "event":
            background = isinstance(dec, ast.Call) and any(
                k.arg == "background" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in dec.keywords)
            return True, background
    return False, False


def _is_lock(node: ast.AST) -> bool:
    return isinstance(node, ast.AsyncWith) and any(
        isinstance(i.context_expr, ast.Name) and i.context_expr.id == "self" for i in node.items)


def _slow_ref(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name) and node.id in SLOW:
        return node.id
    if isinstance(node, ast.Attribute):
        if node.attr in SLOW:
            return node.attr
        if node.attr in SLOW_LANES and isinstance(node.value, ast.Name) and node.value.id == "offload":
            return f"offload.{node.attr}"
    return None


def _locked_slow_refs(fn, methods: dict, locked: bool, seen: set[str]) -> list[str]:
    """Slow references in ``fn`` reached while the lock is held (``locked`` at the start)."""
    found: list[str] = []

    def walk(node: ast.AST, locked: bool) -> None:
        if _is_lock(node):
            locked = True
        if locked:
            if (ref := _slow_ref(node)) is not None:
                found.append(ref)
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"
                    and node.attr in methods and node.attr not in seen):
                seen.add(node.attr)
                found.extend(f"{r} (via self.{node.attr})"
                             for r in _locked_slow_refs(methods[node.attr], methods, True, seen))
        for child in ast.iter_child_nodes(node):
            walk(child, locked)

    for stmt in fn.body:
        walk(stmt, locked)
    return found


def _is_upload_handler(fn) -> bool:
    """Has a parameter annotated with ``UploadFile`` (``list[rx.UploadFile]``, as Reflex requires)."""
    return any(a.annotation is not None and "UploadFile" in ast.unparse(a.annotation)
               for a in [*fn.args.args, *fn.args.kwonlyargs])


def _upload_handler_extras(fn, cls_name: str, background_events: set[str]) -> list[str]:
    """The calls of an upload handler beyond reading its file and handing it over."""
    extras = []
    calls = sorted((n for n in ast.walk(fn) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset))
    for node in calls:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name in UPLOAD_CALLS:
            continue
        if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == cls_name
                and func.attr in background_events):
            continue
        extras.append(ast.unparse(func))
    return extras


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        funcs = [n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        methods = {f.name: f for f in funcs if not _is_event(f)[0]}
        background_events = {f.name for f in funcs if _is_event(f)[1]}
        for fn in funcs:
            event, background = _is_event(fn)
            if not event:
                continue
            if _is_upload_handler(fn):
                found.extend(f"{path.relative_to(ROOT)}:{fn.lineno} {cls.name}.{fn.name}: {call} in an upload handler"
                             for call in dict.fromkeys(_upload_handler_extras(fn, cls.name, background_events)))
            for ref in dict.fromkeys(_locked_slow_refs(fn, methods, not background, set())):
                where = "in a foreground handler" if not background else "inside `async with self`"
                found.append(f"{path.relative_to(ROOT)}:{fn.lineno} {cls.name}.{fn.name}: {ref} {where}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_handler_holds_the_state_lock_over_slow_work(path):
    assert _violations(path) == []


def test_the_guard_sees_slow_work_under_the_lock(tmp_path):
    sample = tmp_path / "careercopilot" / "state" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        "import reflex as rx\n"
        "class S(rx.State):\n"
        "    @rx.event\n"  # the old PreferencesState.search_places
        "    async def search(self, q):\n"
        "        self.found = await offload.cpu(preferences.place_suggestions, q)\n"
        "    @rx.event\n"  # the old ResumeState.submit_upload
        "    async def upload(self, files):\n"
        "        read = await offload.parse(resumes.read_resume, b'', 'cv')\n"
        "    @rx.event\n"  # the old LLMSettingsState.test_provider: a nested def sent to a thread
        "    async def test(self):\n"
        "        def go():\n"
        "            return wp.test_connection(provider_id=1)\n"
        "        await asyncio.to_thread(go)\n"
        "    @rx.event(background=True)\n"
        "    async def locked(self, q):\n"
        "        async with self:\n"
        "            await self._work(q)\n"
        "    async def _work(self, q):\n"
        "        return await offload.net(fetch, q)\n"
        "    @rx.event(background=True)\n"
        "    async def fine(self, q):\n"
        "        async with self:\n"
        "            self.q = q\n"
        "        found = await offload.cpu(place_suggestions, q)\n"
        "        read = await self._work(q)\n"
        "        async with self:\n"
        "            self.found = found\n"
        "    @rx.event\n"
        "    async def load(self):\n"
        "        self.rows = await offload.db(rows)\n"
        "    @rx.event\n"  # the old TrackerExchangeState.submit_import: stored the file under the lock
        "    async def imp(self, files: list[rx.UploadFile]):\n"
        "        data = await files[0].read(9)\n"
        "        upload_id = await asyncio.to_thread(exchange_uploads.store_import_upload, user_id=1, data=data)\n"
        "        handle = background.enqueue('jobs.x', upload_id)\n"
        "    @rx.event\n"  # a database write is quick, but not for an upload handler either
        "    async def up2(self, files: list[rx.UploadFile]):\n"
        "        uid = await current_user_id(self)\n"
        "        await offload.db(save, uid, await files[0].read())\n"
        "    @rx.event\n"  # the shape every upload handler has: read, hold, hand off
        "    async def up3(self, files: list[rx.UploadFile]):\n"
        "        uid = await current_user_id(self)\n"
        "        if uid is None:\n"
        "            return rx.redirect('/login')\n"
        "        data = await files[0].read(9)\n"
        "        if len(data) > 8:\n"
        "            return None\n"
        "        return S.fine(uploads.hold(files[0].filename or '', data))\n"
        "    @rx.event\n"  # handing off to a foreground event would run it under the lock again
        "    async def up4(self, files: list[rx.UploadFile]):\n"
        "        return S.load(uploads.hold('f', await files[0].read()))\n"
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = _violations(sample)
    finally:
        ROOT = saved
    assert [f.split(" ", 1)[1] for f in found] == [
        "S.search: place_suggestions in a foreground handler",
        "S.upload: offload.parse in a foreground handler",
        "S.upload: read_resume in a foreground handler",
        "S.test: test_connection in a foreground handler",
        "S.locked: offload.net (via self._work) inside `async with self`",
        "S.imp: asyncio.to_thread in an upload handler",
        "S.imp: background.enqueue in an upload handler",
        "S.imp: store_import_upload in a foreground handler",
        "S.up2: offload.db in an upload handler",
        "S.up4: S.load in an upload handler",
    ]


# ----------------------------------------------------------------------------- at run time
class LockProbe(SimpleNamespace):
    """Stands in for a background handler's state proxy: attributes, and ``async with self`` —
    the state lock — recorded in ``held``."""

    held = False

    async def __aenter__(self):
        assert not self.held, "the lock is not re-entrant"
        self.held = True
        return self

    async def __aexit__(self, *exc):
        self.held = False
        return False


def _run(handler, state: LockProbe, *args) -> None:
    """Run ``handler`` as Reflex does: a foreground one holds the lock from start to end."""
    async def go():
        if handler.is_background:
            await handler.fn(state, *args)
        else:
            state.held = True
            try:
                await handler.fn(state, *args)
            finally:
                state.held = False

    asyncio.run(go())


def _signed_in(monkeypatch, module) -> None:
    async def current_user_id(state):
        assert state.held, "the session is read under the lock"
        return 7

    monkeypatch.setattr(module, "current_user_id", current_user_id)


def test_place_search_runs_without_the_state_lock(monkeypatch):
    from careercopilot.services import preferences
    from careercopilot.state import preferences as prefs_state

    seen: list[bool] = []
    state = LockProbe(place_query="", suggestions=[], home="", _box_added="", _box_added_at=0.0)

    def slow_suggestions(query, **kw):  # the cold GeoNames load (the picker's whole reading of the text)
        seen.append(state.held)
        return {"suggestions": [{"kind": "city", "name": "Denver", "region": "CO", "country": "US"}],
                "places": [], "work_modes": [], "unresolved": []}

    monkeypatch.setattr(preferences, "read_location_text", slow_suggestions)
    _run(prefs_state.PreferencesState.search_places, state, "Denv")
    assert seen == [False]
    assert state.place_query == "Denv" and [c.label for c in state.suggestions] == ["Denver, CO, US"]


def test_resume_upload_parses_without_the_state_lock(monkeypatch):
    from careercopilot.services import resumes
    from careercopilot.state import resume as resume_state

    seen: list[tuple[str, bool]] = []
    state = LockProbe(error="old", notice="", uploading=False, versions=[], selected=None, reading=None,
                      _store_upload=resume_state.ResumeState._store_upload)
    _signed_in(monkeypatch, resume_state)

    def slow_read(data, name):  # the sandboxed parse
        seen.append(("parse", state.held))
        return "read"

    def add(uid, name, data, read):
        seen.append(("store", state.held))
        return 3, "Resume uploaded as version 3."

    def versions(uid, selected):
        seen.append(("list", state.held))
        return ["v3"], "detail", "reading"

    monkeypatch.setattr(resumes, "read_resume", slow_read)
    monkeypatch.setattr(resume_state, "_add", add)
    monkeypatch.setattr(resume_state, "_versions", versions)
    upload = SimpleNamespace(size=3, filename="cv.txt")

    async def read(n):
        return b"abc"

    upload.read = read
    state.held = True  # the upload handler itself is a foreground one: it only reads the file
    follow = asyncio.run(resume_state.ResumeState.submit_upload.fn(state, [upload]))
    state.held = False
    assert seen == [] and state.uploading and state.error == ""
    assert follow.handler.fn.__name__ == "process_upload" and resume_state.ResumeState.process_upload.is_background
    _run(resume_state.ResumeState.process_upload, state, follow.args[0][1]._var_value)
    assert seen == [("parse", False), ("store", False), ("list", False)]
    assert (state.error, state.notice, state.uploading) == ("", "Resume uploaded as version 3.", False)
    assert state.versions == ["v3"] and state.selected == "detail" and state.reading == "reading"


def test_tracker_import_stores_its_file_without_the_state_lock(monkeypatch):
    from careercopilot.services import background, exchange_uploads
    from careercopilot.state import tracker_exchange as te

    seen: list[tuple[str, bool]] = []
    state = LockProbe(error="old", summary="s", line_errors=["x"], progress=5, importing=False,
                      _start_import=te.TrackerExchangeState._start_import)
    _signed_in(monkeypatch, te)

    def store(*, user_id, data, filename):  # up to 50 MB to object storage
        seen.append(("store", state.held))
        assert (user_id, data, filename) == (7, b"Company,Job Title\n", "a.csv")
        return "u7-" + "0" * 32

    def enqueue(name, *args, **kw):
        seen.append(("enqueue", state.held))
        return SimpleNamespace(id="job-1")

    monkeypatch.setattr(exchange_uploads, "store_import_upload", store)
    monkeypatch.setattr(background, "enqueue", enqueue)
    upload = SimpleNamespace(size=18, filename="a.csv")

    async def read(n):
        return b"Company,Job Title\n"

    upload.read = read
    state.held = True  # the upload handler is a foreground one: it only reads the file
    follow = asyncio.run(te.TrackerExchangeState.submit_import.fn(state, [upload]))
    state.held = False
    assert seen == [] and state.importing and (state.error, state.summary, state.line_errors) == ("", "", [])
    assert follow.handler.fn.__name__ == "process_import" and te.TrackerExchangeState.process_import.is_background

    async def drain():
        return [e async for e in te.TrackerExchangeState.process_import.fn(state, follow.args[0][1]._var_value)]

    chained = asyncio.run(drain())
    assert seen == [("store", False), ("enqueue", False)]
    assert state.importing and state.error == ""
    assert [e.handler.fn.__name__ for e in chained] == ["poll_import"]
    assert [a[1]._var_value for a in chained[0].args] == ["job-1", "u7-" + "0" * 32]
