"""Exactly one ``<h1>`` per page (issue 10 trial: the job page had three, the application page eight):
Radix ``rx.heading`` renders an ``<h1>`` unless told otherwise, so every call names its level with
``as_``, and only ``templates.page_title`` (the page's title, focused after navigation) uses h1.
The rendered pages are checked in ``tests/e2e/test_design_checks.py::test_one_h1_per_page``."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3] / "careercopilot"


def _headings():
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "heading" \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "rx":
                level = next((k.value for k in node.keywords if k.arg == "as_"), None)
                yield f"{path.relative_to(ROOT.parent)}:{node.lineno}", level


def test_every_heading_names_its_level():
    missing = [where for where, level in _headings() if level is None]
    assert not missing, "rx.heading without as_ renders an <h1>:\n" + "\n".join(missing)


def test_only_the_page_title_is_an_h1():
    h1 = [where for where, level in _headings()
          if isinstance(level, ast.Constant) and level.value == "h1"]
    assert len(h1) == 1 and h1[0].startswith("careercopilot/templates.py"), h1
