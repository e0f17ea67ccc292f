"""User text quoted inside UI copy is direction-isolated (issue 10 trial: "Results for “…”" with a
Hebrew query drew the closing quote on the wrong side). Any “ or ” right next to interpolated text —
a Var or an f-string field — in the UI modules fails: use ``components.common.quoted`` (``<bdi>``) or
``careercopilot.bidi.quote`` (U+2068/U+2069)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from careercopilot.bidi import FSI, PDI, quote

ROOT = Path(__file__).resolve().parents[3] / "careercopilot"
UI_DIRS = ("views", "pages", "components", "state")


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _sequences(tree: ast.AST):
    """Runs of neighbouring parts: call arguments, ``+`` chains, f-string pieces."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node.args
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            yield [node.left, node.right]
        elif isinstance(node, ast.JoinedStr):
            yield node.values


def _isolated(node: ast.AST) -> bool:
    """``rx.el.bdi(...)`` (what ``quoted`` renders)."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "bdi"


def _unisolated(tree: ast.AST) -> list[int]:
    lines = []
    for parts in _sequences(tree):
        for a, b in zip(parts, parts[1:]):
            if (_is_text(a) and a.value.endswith("“") and not _is_text(b) and not _isolated(b)) or \
               (_is_text(b) and b.value.startswith("”") and not _is_text(a) and not _isolated(a)):
                lines.append(a.lineno)
    return lines


def _ui_files() -> list[Path]:
    return sorted(p for d in UI_DIRS for p in (ROOT / d).rglob("*.py"))


@pytest.mark.parametrize("source,bad", [
    ('rx.text("Results for “" + q + "”")', True),
    ('rx.text("Saved “", name, "”.")', True),
    ('f"Deleted “{name}”."', True),
    ('rx.text("Saved ", quoted(name), ".")', False),
    ('rx.fragment("“", rx.el.bdi(value), "”")', False),
    ('f"Deleted {quote(name)}."', False),
    ('rx.text("choose “Save this search”")', False),
])
def test_the_scan_finds_quotes_around_interpolated_text(source, bad):
    assert bool(_unisolated(ast.parse(source))) is bad


def test_no_ui_module_quotes_user_text_without_isolating_it():
    found = [f"{p.relative_to(ROOT.parent)}:{line}" for p in _ui_files()
             for line in _unisolated(ast.parse(p.read_text(encoding="utf-8")))]
    assert not found, "quote user text with components.common.quoted / bidi.quote:\n" + "\n".join(found)


def test_quote_isolates_right_to_left_text():
    assert quote("שלום") == f"“{FSI}שלום{PDI}”"
    assert quote("nurse").strip("“”") == f"{FSI}nurse{PDI}"
