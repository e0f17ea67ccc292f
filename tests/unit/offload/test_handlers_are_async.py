"""Static guard of finding 14 (issue 9): Reflex runs a synchronous handler ON the event loop,
so a handler that reaches the database, the network or the session check must be ``async``
and hand that work to :mod:`careercopilot.offload` (or ``asyncio.to_thread``).

Checked by parsing every state/page module: a sync ``@rx.event`` handler may not call any of
the blocking entry points below, and an ``async`` handler (or state method) may not open a
database session itself — only functions it passes to a pool may. The runtime guard is
blockbuster in the e2e app (tests/e2e) and in the AppHarness test (tests/integration)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
MODULES = sorted([*ROOT.glob("careercopilot/state/*.py"), *ROOT.glob("careercopilot/pages/*.py"),
                  *ROOT.glob("careercopilot/views/*.py"), ROOT / "careercopilot/templates.py"])
#: calls that do database or network I/O when made directly
BLOCKING = {"session_scope", "current_user_id", "session_user", "enqueue", "add_posting_from_url", "add_from_url",
            "get_storage"}


def _is_event(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for dec in fn.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        if isinstance(target, ast.Attribute) and target.attr == "event":
            return True
    return False


def _direct_calls(fn) -> list[ast.Call]:
    """Calls in ``fn``'s own body (nested defs and lambdas excluded: they run where they are sent)."""
    out, stack = [], list(fn.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Call):
            out.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return out


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for fn in (n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
            calls = {_name(c) for c in _direct_calls(fn)}
            where = f"{path.relative_to(ROOT)}:{fn.lineno} {cls.name}.{fn.name}"
            if isinstance(fn, ast.FunctionDef) and (_is_event(fn) or fn.name.startswith("_")):
                for bad in sorted(calls & BLOCKING):
                    found.append(f"{where}: synchronous, calls {bad}()")
            if isinstance(fn, ast.AsyncFunctionDef) and "session_scope" in calls:
                found.append(f"{where}: opens a database session on the event loop")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_handler_does_io_on_the_event_loop(path):
    assert _violations(path) == []


def test_the_guard_sees_a_blocking_handler(tmp_path):
    sample = tmp_path / "careercopilot" / "state" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        "import reflex as rx\n"
        "class S(rx.State):\n"
        "    @rx.event\n"
        "    def load(self):\n"
        "        uid = current_user_id(self)\n"
        "    @rx.event\n"
        "    async def save(self):\n"
        "        with session_scope() as s:\n"
        "            pass\n"
        "    @rx.event\n"
        "    async def fine(self):\n"
        "        def work():\n"
        "            with session_scope() as s:\n"
        "                pass\n"
        "        await offload.db(work)\n"
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = _violations(sample)
    finally:
        ROOT = saved
    assert [f.split(" ", 1)[1] for f in found] == [
        "S.load: synchronous, calls current_user_id()", "S.save: opens a database session on the event loop"]
