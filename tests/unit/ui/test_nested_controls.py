"""No interactive element inside another in the component source (issue 10 trial: the job page's Apply
was a link wrapping a button — two Tab stops, Enter on the first did nothing). A link styled as a button
is ``rx.button(rx.link(...), as_child=True)`` (one element: Radix Slot). The rendered pages are checked by
axe ``nested-interactive`` in ``tests/e2e/test_design_checks.py``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3] / "careercopilot"
LINKS = {"link"}
CONTROLS = {"button", "icon_button", "link", "checkbox", "switch", "input", "select", "text_area"}


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _as_child(call: ast.Call) -> bool:
    return any(k.arg == "as_child" and isinstance(k.value, ast.Constant) and k.value.value for k in call.keywords)


def _nested(tree: ast.AST) -> list[int]:
    """Lines of a control call with a control call among its positional children (``as_child`` excepted)."""
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _name(node) in CONTROLS and isinstance(node.func, ast.Attribute)):
            continue
        if _as_child(node):
            continue
        for arg in node.args:
            for inner in ast.walk(arg):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and _name(inner) in CONTROLS \
                        and isinstance(inner.func.value, ast.Name) and inner.func.value.id == "rx":
                    out.append(node.lineno)
                    break
    return out


@pytest.mark.parametrize("source,bad", [
    ('rx.link(rx.button("Apply"), href=u)', True),
    ('rx.button(rx.link("Open", href=u))', True),
    ('rx.button(rx.link("Apply", href=u), as_child=True)', False),
    ('rx.link("Apply", rx.icon("external-link"), href=u)', False),
])
def test_the_scan(source, bad):
    assert bool(_nested(ast.parse(source))) is bad


def test_no_control_inside_another():
    found = [f"{p.relative_to(ROOT.parent)}:{line}" for p in sorted(ROOT.rglob("*.py"))
             for line in _nested(ast.parse(p.read_text(encoding="utf-8")))]
    assert not found, "a control inside a control (use rx.button(rx.link(...), as_child=True)):\n" + "\n".join(found)
