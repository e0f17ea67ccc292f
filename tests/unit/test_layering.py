"""Import layering (STYLE.md §1) checked by parsing every module with ``ast``.

connectors/normalize are leaves; services never touch the UI; components are pure;
jobs never import the UI; only careercopilot/config/__init__.py reads the environment (the
config package's section modules declare fields only).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = "careercopilot"

#: package folder → module prefixes it must never import
FORBIDDEN = {
    "careercopilot/connectors": ["careercopilot.db", "careercopilot.models", "careercopilot.services", "reflex",
                                 "careercopilot.state", "careercopilot.pages", "careercopilot.views",
                                 "careercopilot.components"],
    "careercopilot/llm": ["careercopilot.db", "careercopilot.models", "careercopilot.services", "reflex",
                          "careercopilot.state", "careercopilot.pages", "careercopilot.views",
                          "careercopilot.components"],
    "careercopilot/writing": ["careercopilot.db", "careercopilot.models", "careercopilot.services", "reflex",
                              "careercopilot.state", "careercopilot.pages", "careercopilot.views",
                              "careercopilot.components", "careercopilot.connectors"],
    "careercopilot/normalize": ["careercopilot.db", "careercopilot.models", "careercopilot.services", "reflex",
                                "careercopilot.state", "careercopilot.pages", "careercopilot.views",
                                "careercopilot.components", "careercopilot.connectors"],
    "careercopilot/services": ["reflex", "careercopilot.state", "careercopilot.pages", "careercopilot.views",
                               "careercopilot.components"],
    "careercopilot/components": ["careercopilot.state", "careercopilot.services", "careercopilot.db",
                                 "careercopilot.models", "careercopilot.pages", "careercopilot.views"],
    "careercopilot/apiv1": ["reflex", "careercopilot.state", "careercopilot.pages", "careercopilot.views",
                            "careercopilot.components"],
    "jobs": ["reflex", "careercopilot.state", "careercopilot.pages", "careercopilot.views",
             "careercopilot.components"],
}


def _modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Absolute module names imported by ``path`` (relative imports resolved)."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{alias.name}" for alias in node.names)  # `from careercopilot import db`
    return found


def _violations(path: Path, forbidden: list[str]) -> list[str]:
    return sorted(
        f"{path.relative_to(ROOT)} imports {imp}"
        for imp in imports_of(path)
        for bad in forbidden
        if imp == bad or imp.startswith(bad + ".")
    )


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_layering(folder):
    problems = [v for path in _modules(folder) for v in _violations(path, FORBIDDEN[folder])]
    assert not problems, "layering violations:\n" + "\n".join(problems)


def _env_reads(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os" \
                and node.attr in {"getenv", "environ", "environb", "putenv", "getenvb"}:
            hits.append(f"{path.relative_to(ROOT)}:{node.lineno} os.{node.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module == "os" \
                and any(a.name in {"getenv", "environ", "environb", "putenv"} for a in node.names):
            hits.append(f"{path.relative_to(ROOT)}:{node.lineno} from os import …")
    return hits


def test_only_config_reads_the_environment():
    allowed = ROOT / PKG / "config" / "__init__.py"
    hits = [h for folder in (PKG, "jobs") for path in _modules(folder) if path != allowed for h in _env_reads(path)]
    assert not hits, "read settings from careercopilot.config instead:\n" + "\n".join(hits)


def test_the_checker_sees_violations(tmp_path):
    """Guard against a checker that silently finds nothing."""
    bad = tmp_path / "careercopilot" / "normalize" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("import os\nfrom ..db import get_engine\nfrom careercopilot import models\nx = os.environ['A']\n")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = _violations(bad, FORBIDDEN["careercopilot/normalize"])
        assert any("careercopilot.db" in v for v in found)  # relative import resolved
        assert any("careercopilot.models" in v for v in found)  # `from pkg import module`
        assert _env_reads(bad)
    finally:
        ROOT = saved
