"""A handler a page calls that can set its state's ``error`` has that error rendered on the page.

Session 21 trial 18 (a dental hygienist without a resume, in chromium): on an application's page
"Tailor my resume", "Interview prep", "Follow-up e-mail" and "Thank-you e-mail" did nothing at all —
``PrepState.start`` put "Upload your resume first…" into ``PrepState.error``, which only the writing
page renders. The same silence follows from any handler whose error var no part of the calling page
shows, so every (page, state, handler that assigns ``self.error``) is a row here.

A page's parts: the page module and, transitively, every ``careercopilot.views`` module it imports.
A handler counts as called by the page when ``<StateAlias>.<handler>`` appears in one of its parts;
the error counts as shown when ``<AnyAliasOfThatState>.error`` appears in one of them."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3] / "careercopilot"


@cache
def _state_setters() -> dict[tuple[str, str], dict[str, set[str]]]:
    """(module, class) → handler name → the ``self.<attr>`` names it assigns."""
    out: dict[tuple[str, str], dict[str, set[str]]] = {}
    for path in sorted((ROOT / "state").glob("*.py")):
        module = "careercopilot.state." + path.stem
        for cls in ast.parse(path.read_text("utf-8")).body:
            if not isinstance(cls, ast.ClassDef):
                continue
            methods: dict[str, set[str]] = {}
            for fn in cls.body:
                if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    methods[fn.name] = {
                        e.attr for n in ast.walk(fn)
                        for t in (n.targets if isinstance(n, ast.Assign) else
                                  [n.target] if isinstance(n, (ast.AugAssign, ast.AnnAssign)) else [])
                        for e in (t.elts if isinstance(t, ast.Tuple) else [t])
                        if isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name) and e.value.id == "self"
                    }
            out[(module, cls.name)] = methods
    return out


def _imports(path: Path) -> tuple[dict[str, tuple[str, str]], list[Path]]:
    """State aliases (name → (module, class)) and the views modules one file imports."""
    aliases, views = {}, []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.ImportFrom) or not node.module:
            continue
        for a in node.names:
            if node.module.startswith("careercopilot.state"):
                aliases[a.asname or a.name] = (node.module, a.name)
            elif node.module.startswith("careercopilot.views."):
                views.append(ROOT / "views" / (node.module.rsplit(".", 1)[-1] + ".py"))
            elif node.module == "careercopilot.views":
                views.append(ROOT / "views" / f"{a.name}.py")
    return aliases, [v for v in views if v.exists()]


def _parts(page: Path) -> list[tuple[str, dict[str, tuple[str, str]]]]:
    """(source, state aliases) of the page module and every views module it reaches."""
    seen, todo, out = set(), [page], []
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        aliases, views = _imports(path)
        out.append((path.read_text("utf-8"), aliases))
        todo.extend(views)
    return out


def _rows() -> list[tuple[str, str, str]]:
    """(page file, State class, handler) for every handler a page calls that assigns ``self.error``."""
    rows = set()
    setters = _state_setters()
    for page in sorted((ROOT / "pages").glob("*.py")):
        for src, aliases in _parts(page):
            for alias, key in aliases.items():
                for handler in set(re.findall(rf"\b{re.escape(alias)}\.(\w+)", src)):
                    if "error" in setters.get(key, {}).get(handler, set()):
                        rows.add((page.name, f"{key[0]}:{key[1]}", handler))
    return sorted(rows)


ROWS = _rows()


def test_the_table_covers_the_pages_with_failing_actions():
    """The scan finds the handlers of the trial's page and of a few others (it can fail if it finds none)."""
    assert len(ROWS) >= 20, ROWS
    assert ("application_detail.py", "careercopilot.state.writing_prep:PrepState", "start") in ROWS


@pytest.mark.parametrize(("page", "state", "handler"), ROWS, ids=[f"{p}-{s.rsplit(':', 1)[1]}.{h}" for p, s, h in ROWS])
def test_a_handlers_error_is_rendered_on_the_page_that_calls_it(page, state, handler):
    module, cls = state.split(":")
    shown = any(
        re.search(rf"\b{re.escape(alias)}\.error\b", src)
        for src, aliases in _parts(ROOT / "pages" / page)
        for alias, key in aliases.items() if key == (module, cls)
    )
    assert shown, f"{page} calls {cls}.{handler}, which sets {cls}.error, but no part of the page renders it"
