"""Double click/tap on create/submit buttons (stranger10 findings 7, 8): the guard's rule, and that
every handler that creates a row from a button or form consults it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from careercopilot.state.submit_guard import DOUBLE_SUBMIT_WINDOW_S, double_submit

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(("gap_s", "ignored"), [
    (0.0, True), (0.08, True), (0.5, True), (DOUBLE_SUBMIT_WINDOW_S - 0.01, True),
    (DOUBLE_SUBMIT_WINDOW_S, False), (5.0, False), (-1.0, False),  # a clock step back is not a repeat
])
def test_second_submit_within_the_window_is_ignored(gap_s, ignored):
    last: dict[str, float] = {}
    assert double_submit(last, "manual", now=100.0) is False
    assert double_submit(last, "manual", now=100.0 + gap_s) is ignored


def test_keys_are_independent_and_an_accepted_submit_restarts_the_window():
    last: dict[str, float] = {}
    assert not double_submit(last, "a", now=0) and not double_submit(last, "b", now=0.1)
    assert double_submit(last, "a", now=0.2)
    assert not double_submit(last, "a", now=10) and double_submit(last, "a", now=10.5)


#: (state module, handler) — the handlers that start a document for one target from one button: a
#: repeat within the window is a double click. Form handlers are not guarded by time: a quick
#: deliberate second submit (another name, the same name again to see the error) must be handled —
#: their buttons are busy while they run instead (the guard on them failed five e2e journeys).
CREATE_HANDLERS = [("writing", "start_cover_letter"), ("writing_prep", "start")]


@pytest.mark.parametrize(("module", "handler"), CREATE_HANDLERS)
def test_create_handlers_consult_the_guard(module, handler):
    tree = ast.parse((ROOT / "careercopilot" / "state" / f"{module}.py").read_text(encoding="utf-8"))
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef | ast.FunctionDef) and n.name == handler)
    called = {c.func.id for c in ast.walk(fn) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)}
    assert "double_submit" in called, f"state/{module}.py {handler} creates rows without the double-submit guard"
