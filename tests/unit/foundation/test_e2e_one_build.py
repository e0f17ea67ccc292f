"""e2e apps never share a checkout's ``.web`` (tests/support/app.py).

``reflex run --env prod`` bakes its backend port into the static build in ``.web``. A second app
started from the same checkout during the e2e session rebuilt that build with its own port; when
its module ended and it stopped, every later page of the session app opened its websocket to the
stopped port ("Cannot connect to server: websocket error") — 77 e2e failures in one CI run. Only
the session fixture may start an app from the checkout itself; any other app runs from
:func:`tests.support.app.copy_repo`.
"""

from __future__ import annotations

import ast
from pathlib import Path

E2E = Path(__file__).resolve().parents[2] / "e2e"


def _start_app_calls_on_the_checkout(path: Path) -> list[int]:
    """Line numbers of ``start_app(cwd=ROOT, …)`` calls in ``path``."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "start_app":
            for kw in node.keywords:
                if kw.arg == "cwd" and isinstance(kw.value, ast.Name) and kw.value.id == "ROOT":
                    lines.append(node.lineno)
    return lines


def test_only_the_session_fixture_starts_an_app_from_the_checkout():
    offenders = {p.name: lines for p in sorted(E2E.glob("*.py"))
                 if p.name != "conftest.py" and (lines := _start_app_calls_on_the_checkout(p))}
    assert offenders == {}, f"start the app from app_support.copy_repo(...) instead: {offenders}"


def test_the_check_sees_a_call_on_the_checkout(tmp_path):
    sample = tmp_path / "test_sample.py"
    sample.write_text("server = app_support.start_app(cwd=ROOT, data_dir=d, log_path=p)\n")
    assert _start_app_calls_on_the_checkout(sample) == [1]
