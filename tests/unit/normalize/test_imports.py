"""The normalize package is pure: it may import the stdlib, third-party
libraries and its own modules, but nothing else from ``careercopilot``."""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[3] / "careercopilot" / "normalize"
MINE = ["__init__.py", "salary.py", "location.py", "dates.py", "html.py", "visa.py", "dedupe.py", "posting.py"]
FORBIDDEN_TOP = {"reflex", "sqlmodel", "sqlalchemy", "rxconfig"}


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield 0, alias.name
        elif isinstance(node, ast.ImportFrom):
            yield node.level, node.module or ""


@pytest.mark.parametrize("name", MINE)
def test_no_imports_outside_normalize(name):
    for level, module in _imports(PKG / name):
        if level:
            assert level == 1, f"{name}: relative import leaves the package: {'.' * level}{module}"
        else:
            assert not module.startswith("careercopilot") or module.startswith("careercopilot.normalize"), f"{name}: {module}"
            assert module.split(".")[0] not in FORBIDDEN_TOP, f"{name}: {module}"


def test_init_does_not_import_other_engineers_modules():
    modules = {m for _, m in _imports(PKG / "__init__.py")}
    assert not modules & {"skills", "documents", "resume_fields", ".skills", ".documents", ".resume_fields"}


def test_package_import_is_light():
    import subprocess
    import sys

    code = (
        "import sys; import careercopilot.normalize as n; "
        "bad = [m for m in sys.modules if m.startswith('careercopilot.') and not m.startswith('careercopilot.normalize')"
        " or m.split('.')[0] in ('reflex', 'sqlmodel', 'sqlalchemy')]; print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(PKG.parents[1]), check=True)
    assert out.stdout.strip() == ""
