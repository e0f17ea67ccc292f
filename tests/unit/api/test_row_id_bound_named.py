"""Every id bound of the API layers is :data:`careercopilot.routes.MAX_ROW_ID` by name (ux122
cleanup): a ``2**31 - 1`` literal per route/schema drifts when one of them is changed alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3] / "careercopilot"
#: Where the API's ids are bounded: the /api/v1 routes and schemas, the clipper API, the MCP tools.
API_FILES = sorted([*ROOT.glob("apiv1/*.py"), ROOT / "api_clip.py", *ROOT.glob("mcp/*.py")])


def _literal_bounds(path: Path) -> list[int]:
    """Lines of ``2 ** 31 - 1`` written out in ``path``'s code (docstrings are not code)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.right, ast.Constant)
                and node.right.value == 1 and isinstance(node.left, ast.BinOp) and isinstance(node.left.op, ast.Pow)
                and isinstance(node.left.left, ast.Constant) and node.left.left.value == 2):
            out.append(node.lineno)
    return out


@pytest.mark.parametrize("path", API_FILES, ids=[str(p.relative_to(ROOT)) for p in API_FILES])
def test_no_written_out_row_id_bound(path):
    assert _literal_bounds(path) == [], f"use routes.MAX_ROW_ID in {path.name}"


def test_the_bound_is_postgres_integer():
    from careercopilot.routes import MAX_ROW_ID

    assert MAX_ROW_ID == 2**31 - 1
