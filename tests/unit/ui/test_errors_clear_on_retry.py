"""An error goes away when the user tries again (issue 10 trial finding: a stale upload error
stayed on the Resume page after choosing a new file; the same kind on other forms)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3] / "careercopilot"
#: Helpers that clear the error slots before they run the action.
CLEARING_HELPERS = {"_act", "_run", "_change"}
#: Handlers that set an error without being a retry: page loads, job polls, the drop zone's refusal.
#: (The background half of an upload is exempt as a hand-off: :func:`_continuations`.)
NOT_A_RETRY = ("load_", "poll_", "_reload", "reject_files")


def _error_assignments(fn: ast.AST) -> tuple[set[str], set[str]]:
    """(error attributes set to something else than "", error attributes set to "") in ``fn``."""
    sets, clears = set(), set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            targets = target.elts if isinstance(target, ast.Tuple) else [target]
            values = node.value.elts if isinstance(node.value, ast.Tuple) and isinstance(target, ast.Tuple) \
                else [node.value] * len(targets)
            for t, v in zip(targets, values):
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self" \
                        and t.attr.endswith("error"):
                    (clears if isinstance(v, ast.Constant) and v.value == "" else sets).add(t.attr)
    return sets, clears


def _calls(fn: ast.AST) -> set[str]:
    return {n.func.attr for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}


def _continuations(cls: ast.ClassDef) -> set[str]:
    """Handlers another handler of ``cls`` hands off to after clearing the error itself
    (``return Cls.process_upload(key)`` in a handler that set ``self.error = ""``): they finish
    that attempt, they are not a new one."""
    names = set()
    for fn in (n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
        if not _error_assignments(fn)[1]:
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Call) \
                    and isinstance(node.value.func, ast.Attribute) and isinstance(node.value.func.value, ast.Name) \
                    and node.value.func.value.id == cls.name:
                names.add(node.value.func.attr)
    return names


def test_every_action_clears_its_earlier_error():
    found = []
    for path in sorted((ROOT / "state").rglob("*.py")):
        for cls in (n for n in ast.parse(path.read_text("utf-8")).body if isinstance(n, ast.ClassDef)):
            handed_off = _continuations(cls)
            for fn in (n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
                if fn.name.startswith(NOT_A_RETRY) or fn.name in handed_off:
                    continue
                sets, clears = _error_assignments(fn)
                if sets - clears and not (_calls(fn) & CLEARING_HELPERS):
                    found.append(f"{path.relative_to(ROOT).as_posix()}:{fn.lineno} {cls.name}.{fn.name} "
                                 f"never clears {sorted(sets - clears)}")
    assert not found, "an earlier attempt's error would stay on screen: " + "; ".join(found)


def test_a_hand_off_is_exempt_only_from_a_clearing_handler():
    code = ("class S:\n    async def submit(self):\n        self.error = ''\n        return S.finish(1)\n"
            "    async def finish(self, k):\n        self.error = 'x'\n"
            "    async def other(self):\n        return S.more(1)\n")
    assert _continuations(ast.parse(code).body[0]) == {"finish"}


def test_the_scan_sees_a_stale_error():
    code = ("class S:\n    async def submit(self):\n        try:\n            go()\n"
            "        except E as exc:\n            self.form_error = str(exc)\n")
    fn = ast.parse(code).body[0].body[0]
    assert _error_assignments(fn) == ({"form_error"}, set())


def test_every_upload_zone_hides_its_error_once_a_new_file_is_chosen():
    for path in sorted((ROOT / "views").rglob("*.py")) + sorted((ROOT / "pages").rglob("*.py")):
        text = path.read_text("utf-8")
        if "rx.upload(" in text:
            assert "upload_notice(" in text, f"{path.name}: show the upload's error with components.common.upload_notice"


@pytest.mark.parametrize("upload_id", ["resume-upload", "tracker-import"])
def test_upload_notice_is_hidden_while_a_file_is_selected(upload_id):
    import reflex as rx

    from careercopilot.components.common import upload_notice

    class _S(rx.State):
        err: str = "That file could not be read."

    rendered = str(upload_notice(_S.err, upload_id, id="x-error").render())
    hide = f'(filesById["{upload_id}"] ? filesById["{upload_id}"].map((f) => f.name) : []).length > 0'
    assert hide in rendered
    # the selection decides first: with a file chosen the branch is an empty fragment
    assert rendered.index(hide) < rendered.index("x-error")
