"""Forms keep what the user typed after a failed submit (passwords excepted) and a one-time
secret is shown where the user is (issue 10 trial finding, Settings → API tokens at 390 px)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3] / "careercopilot"


def _forms():
    """(file, rx.form call) for every state-handled form in views/pages/components."""
    for path in sorted(ROOT.glob("views/*.py")) + sorted(ROOT.glob("pages/*.py")) + sorted(ROOT.glob("components/*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "rx.form":
                yield path, node


def _handlers() -> dict[str, str]:
    out = {}
    for path in sorted((ROOT / "state").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                out[node.name] = ast.unparse(node)
    return out


def test_no_form_resets_before_its_outcome_is_known():
    bad = [f"{p.name}:{n.lineno}" for p, n in _forms()
           if any(k.arg == "reset_on_submit" and ast.unparse(k.value) == "True" for k in n.keywords)]
    assert not bad, "reset_on_submit=True empties the form even when the submit fails: " + ", ".join(bad)


def test_forms_with_a_password_clear_only_the_password_after_a_failure():
    handlers, missing = _handlers(), []
    for path, node in _forms():
        src = ast.unparse(node)
        if 'type_="password"' not in src and "type_='password'" not in src and "reauth_fields(" not in src:
            continue
        submit = next((ast.unparse(k.value) for k in node.keywords if k.arg == "on_submit"), "")
        name = submit.rsplit(".", 1)[-1]
        if "clear_fields(" not in handlers.get(name, ""):
            missing.append(f"{path.name}:{node.lineno} {submit}")
    assert not missing, "a failed submit must clear the password fields (state.form_feedback): " + ", ".join(missing)


def test_forms_with_a_password_are_found():
    names = {ast.unparse(k.value) for _, n in _forms() for k in n.keywords if k.arg == "on_submit"}
    assert {"T.submit_token", "S.confirm_totp", "S.disable_totp", "L.submit_choice"} <= names


def test_a_new_token_submit_clears_the_old_error_first():
    src = _handlers()["submit_token"]
    first_yield = src.index("yield\n")
    assert src.index("self.error = ") < first_yield < src.index("offload.cpu(_create")


def _render(component) -> str:
    return str(component.render())


def test_token_secret_warning_and_copy_sit_together_under_the_form():
    from careercopilot.views.api_tokens import tokens_section

    out = _render(tokens_section())
    form, panel = out.index('"token-form"'), out.index('"token-created"')
    secret, copy, warning = out.index('"token-secret"'), out.index('"token-copy"'), out.index("Copy it now: it is not shown again.")
    listing = out.index('"settings-tokens-empty"')
    assert form < panel < min(secret, copy, warning) and max(secret, copy, warning) < listing


def test_one_time_secrets_focus_their_copy_button_when_shown():
    """The panel's Copy button has autoFocus: React focuses it when the panel mounts, which
    scrolls it into view — no rx.call_script (its eval is blocked by the CSP)."""
    from careercopilot.views.api_tokens import tokens_section
    from careercopilot.views.security import _recovery_codes

    for out, copy in ((_render(tokens_section()), '"token-copy"'), (_render(_recovery_codes()), '"totp-codes-copy"')):
        button = out[out.rindex("{", 0, out.index(copy)):out.index("}", out.index(copy))]
        assert "autoFocus" in out[out.index(copy) - 400:out.index(copy) + 400], button


def test_fields_a_handler_clears_exist_and_no_handler_evaluates_script():
    """Every id given to clear_fields is a field some view renders (a renamed field would silently
    stay filled), and no state module builds rx.call_script (blocked by the CSP)."""
    import re

    views = "".join(p.read_text("utf-8") for p in sorted(ROOT.glob("views/*.py")) + sorted(ROOT.glob("pages/*.py")))
    state = {p.name: p.read_text("utf-8") for p in sorted((ROOT / "state").glob("*.py"))}
    ids = set()
    for src in state.values():
        for call in re.findall(r"clear_fields\(([^)]*)\)", src):
            ids |= set(re.findall(r'"([\w-]+)"', call))
        for prefix in re.findall(r'reauth_ids\("([\w-]+)"\)', src):
            ids |= {f"{prefix}-reauth-password"}
    assert {"token-name", "token-reauth-password", "llm-key", "detail-hide-reason"} <= ids
    for field_id in sorted(ids):
        prefix = field_id.removesuffix("-reauth-password")
        assert (f'"{field_id}"' in views or (prefix != field_id and f'reauth_fields("{prefix}")' in views)), field_id
    assert not [n for n, src in state.items() if "rx.call_script(" in src]
