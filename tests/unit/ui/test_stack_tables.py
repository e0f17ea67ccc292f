"""Every table of the app stacks into one card per row on a phone (issue 10, stranger trial: the
API tokens, sign-in providers, LLM providers and writing-log tables scrolled sideways at 390 px).

The one pattern is ``components.common.stack_table`` + ``stack_row`` + ``stack_cell``: the root
carries ``cc-stack-table`` (``assets/app.css`` hides the header row below 768 px) and each cell
starts with a ``cc-cell-label`` naming its column. Checked two ways: every page's rendered tree
(whatever built the table), and the source (no ``rx.table.*`` / ``rx.el.table`` outside those
three functions). The e2e half is ``tests/e2e/test_design_checks.py::test_every_table_fits_a_phone``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import reflex as rx

from careercopilot import routes
from careercopilot.components.common import stack_cell, stack_row, stack_table

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "careercopilot"
#: The only functions allowed to build table parts (``careercopilot/components/common.py``).
PATTERN_FUNCTIONS = {"stack_table", "stack_row", "stack_cell"}
#: Ids of the tables the app has today (the sweep must see them all, or it is not looking).
KNOWN_TABLES = {"sources-table", "applications-table", "llm-log", "identity-list", "token-list", "admin-llm-table",
                "score-breakdown"}
TABLE_TAGS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"}


def _children(node) -> list:
    """Every nested node of a rendered tree, through conds (``true_value``/``false_value``), matches
    (``match_cases``/``default``) and foreach bodies: all dict values and list items."""
    if isinstance(node, dict):
        return [v for k, v in node.items() if k not in ("name", "props", "contents")]
    if isinstance(node, (list, tuple)):
        return list(node)
    return []


def _nodes(tree, pred, *, stop=lambda n: False) -> list[dict]:
    """Nodes for which ``pred`` holds, depth-first in document order, not descending into ``stop``
    nodes below ``tree`` (a nested table's cells belong to that table)."""
    found: list[dict] = []
    todo = list(reversed(_children(tree)))
    while todo:
        node = todo.pop()
        if isinstance(node, dict) and node.get("name") is not None:
            if pred(node):
                found.append(node)
            if stop(node):
                continue
        todo.extend(reversed(_children(node)))
    return found


def _named(part: str):
    """A Radix table part: ``RadixThemesTable.<part>``."""
    return lambda n: str(n.get("name", "")).endswith("Table." + part)


def _text(node) -> str:
    """The literal text under ``node`` (string children render as ``{"contents": '"text"'}``)."""
    parts: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict) and "contents" in n:
            parts.append(str(n["contents"]).strip('"'))
        stack.extend(reversed(_children(n)))
    return "".join(parts)


def _props(node) -> str:
    return " ".join(node.get("props", []))


def table_problems(tree) -> tuple[list[str], set[str]]:
    """``(problems, table ids)`` of a rendered tree: a table root without ``cc-stack-table``, a
    body cell without a first-child ``cc-cell-label``, labels that are not the column headers in
    order, a table without an id (the e2e check finds tables by id), a plain ``<table>`` element."""
    problems: list[str] = []
    ids: set[str] = set()
    is_root = _named("Root")
    for root in _nodes(tree, is_root):
        props = _props(root)
        ident = next((p.split(":", 1)[1].strip('"') for p in root.get("props", []) if p.startswith("id:")), "")
        where = ident or "a table without an id"
        if not ident:
            problems.append("a table has no id")
        ids.add(ident)
        if "cc-stack-table" not in props:
            problems.append(f"{where}: not a stacking table (use components.common.stack_table)")
        headers = [_text(h) for h in _nodes(root, _named("ColumnHeaderCell"), stop=is_root)]
        cells = _nodes(root, _named("Cell"), stop=is_root)
        labels = []
        for cell in cells:
            first = next(iter(cell.get("children") or []), None)
            if not (isinstance(first, dict) and first.get("name") == '"span"' and "cc-cell-label" in _props(first)):
                problems.append(f"{where}: a cell without its column name (use components.common.stack_cell)")
                continue
            labels.append(_text(first))
        if not cells:
            problems.append(f"{where}: no body cells")
        elif labels and labels != headers:
            problems.append(f"{where}: cell labels {labels} are not the column headers {headers}")
    plain = _nodes(tree, lambda n: str(n.get("name", "")).strip('"') in TABLE_TAGS)
    if plain:
        problems.append(f"plain table elements: {sorted({n['name'] for n in plain})}")
    return problems, ids


def _render(component) -> dict:
    return component.render()


class _Rows(rx.State):
    rows: list[dict[str, str]] = []
    admin: bool = False


@pytest.fixture(scope="module")
def pages():
    from careercopilot.careercopilot import app  # noqa: F401  (registers the pages)
    from careercopilot.templates import REGISTERED

    return {route: _render(REGISTERED[route].component()) for route in sorted(routes.PAGES)}


@pytest.mark.parametrize("route", sorted(routes.PAGES))
def test_every_table_of_a_page_stacks_on_a_phone(pages, route):
    problems, _ = table_problems(pages[route])
    assert problems == []


def test_the_sweep_sees_every_table(pages):
    """Guards the walk above: it must find the app's tables (inside conds and foreach too)."""
    seen = set().union(*(table_problems(tree)[1] for tree in pages.values()))
    assert KNOWN_TABLES <= seen


def _plain_row(r):
    return rx.table.row(rx.table.cell(r["a"]), rx.table.cell(r["b"]))


# Tables the check must refuse (what the stranger found, and near misses), and the pattern it accepts.
BAD_TABLES = {
    "plain Radix table": lambda: rx.table.root(
        rx.table.header(rx.table.row(rx.table.column_header_cell("A"), rx.table.column_header_cell("B"))),
        rx.table.body(rx.foreach(_Rows.rows, _plain_row)), id="t"),
    "stacking class, unlabelled cells": lambda: rx.table.root(
        rx.table.header(rx.table.row(rx.table.column_header_cell("A"), rx.table.column_header_cell("B"))),
        rx.table.body(rx.foreach(_Rows.rows, _plain_row)), id="t", class_name="cc-stack-table"),
    "one cell unlabelled": lambda: stack_table(
        ["A", "B"], _Rows.rows, lambda r: stack_row(stack_cell("A", r["a"]), rx.table.cell(r["b"])), id="t"),
    "labels in the wrong order": lambda: stack_table(
        ["A", "B"], _Rows.rows, lambda r: stack_row(stack_cell("B", r["b"]), stack_cell("A", r["a"])), id="t"),
    "a label that is not a column": lambda: stack_table(
        ["A", "B"], _Rows.rows, lambda r: stack_row(stack_cell("A", r["a"]), stack_cell("C", r["b"])), id="t"),
    "no id": lambda: stack_table(["A"], _Rows.rows, lambda r: stack_row(stack_cell("A", r["a"]))),
    "plain HTML table": lambda: rx.box(rx.el.table(rx.el.tbody(rx.el.tr(rx.el.td("x"))))),
}


@pytest.mark.parametrize("name", list(BAD_TABLES))
def test_the_check_refuses_tables_without_the_pattern(name):
    problems, _ = table_problems(_render(rx.box(BAD_TABLES[name]())))
    assert problems, name


def test_the_pattern_passes_with_a_conditional_column():
    table = stack_table(["A", ("B", _Rows.admin)], _Rows.rows,
                        lambda r: stack_row(stack_cell("A", r["a"]), rx.cond(_Rows.admin, stack_cell("B", r["b"]),
                                                                              rx.fragment())), id="t", size="1",
                        class_name="extra")
    tree = _render(rx.box(table))
    assert table_problems(tree) == ([], {"t"})
    assert 'className:"cc-stack-table extra"' in _props(_nodes(tree, _named("Root"))[0])


@pytest.mark.parametrize("label", ["", "   "])
def test_a_cell_needs_its_column_name(label):
    with pytest.raises(ValueError, match="column name"):
        stack_cell(label, "x")


def _table_calls(path: Path, root: Path = ROOT) -> list[str]:
    """``file:line`` of every ``rx.table.<part>`` / ``rx.el.<table tag>`` / ``rx.data_table`` use
    outside :data:`PATTERN_FUNCTIONS` of ``components/common.py``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed: set[int] = set()
    if path.relative_to(root) == Path("careercopilot", "components", "common.py"):
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef) and fn.name in PATTERN_FUNCTIONS:
                allowed |= {n.lineno for n in ast.walk(fn) if hasattr(n, "lineno")}
    hits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or node.lineno in allowed:
            continue
        chain = ast.unparse(node)
        if chain.startswith("rx.table.") or chain == "rx.data_table" \
                or (chain.startswith("rx.el.") and chain.split(".")[2] in TABLE_TAGS):
            hits.append(f"{path.relative_to(root)}:{node.lineno} {chain}")
    return hits


def test_no_module_builds_a_table_by_hand():
    hits = [h for p in sorted(PACKAGE.rglob("*.py")) for h in _table_calls(p)]
    assert hits == [], "build tables with components.common.stack_table / stack_row / stack_cell"


@pytest.mark.parametrize("module", ["views/x.py", "components/common.py"])
def test_the_source_check_sees_a_hand_built_table(tmp_path, module):
    """Guards the source scan: a module that builds a plain table is reported (in common.py too,
    outside the pattern's own functions)."""
    fake = tmp_path / "careercopilot" / module
    fake.parent.mkdir(parents=True)
    fake.write_text("import reflex as rx\nt = rx.table.root(rx.table.body())\nu = rx.el.td('x')\n"
                    "def stack_cell():\n    return rx.table.cell()\n", encoding="utf-8")
    hits = [h.split(" ", 1)[1] for h in _table_calls(fake, tmp_path)]
    assert sorted(hits) == sorted(["rx.table.root", "rx.table.body", "rx.el.td"]
                                  + (["rx.table.cell"] if module == "views/x.py" else []))
