"""Messages in URLs are one-shot (issue 10 trial finding: ``/login/?step=two-factor&error=
totp_invalid`` opened directly showed "That code is not valid", and a reload showed it again)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3] / "careercopilot"
MESSAGE_KEYS = {"error", "notice", "retry", "delete_error"}


def _readers() -> set[str]:
    """``Class.method`` of every state handler that reads a message parameter from the URL."""
    found = set()
    for path in sorted((ROOT / "state").rglob("*.py")) + sorted((ROOT / "pages").rglob("*.py")):
        for cls in (n for n in ast.parse(path.read_text("utf-8")).body if isinstance(n, ast.ClassDef)):
            for fn in (n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
                src = ast.unparse(fn)
                if "query_parameters" not in src:
                    continue
                keys = set(re.findall(r"\.get\('(\w+)'", src)) | set(re.findall(r'\.get\("(\w+)"', src))
                if keys & MESSAGE_KEYS or "delete_step(q)" in src:
                    found.add(f"{cls.name}.{fn.name}")
    return found


def _on_loads() -> list[str]:
    """The source text of every page's ``on_load=`` argument."""
    out = []
    for path in sorted((ROOT / "pages").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "on_load":
                out.append(ast.unparse(node.value))
    return out


def test_every_layout_strips_url_messages_after_the_page_loaded():
    """Both layouts carry the strip, so every page that reads a message loses it from the address
    once its on_load handlers ran (``is_hydrated`` back to true), not before: the readers get the
    query from the live ``window.location`` when their event is sent."""
    from careercopilot.state.url_messages import UrlMessageStrip

    src = (ROOT / "templates.py").read_text("utf-8")
    assert src.count("url_message_strip()") == 2  # the signed-in template and public_page
    readers = _readers()
    assert {"LoginState.load_messages", "SecurityState.load_security", "SettingsState.load_settings"} <= readers
    hooks = [str(h) for h in UrlMessageStrip.create().add_hooks()]
    effect = next(h for h in hooks if h.startswith("useEffect"))
    hydrated = "reflex___state____state.is_hydrated_rx_state_"
    # waits for is_hydrated false → true on this page, depends on it, and never evaluates strings
    assert f"if (!{hydrated}) {{ ccMessagesAwaitLoad.current = true; return; }}" in effect
    assert "if (!ccMessagesAwaitLoad.current) return;" in effect and effect.endswith(f"[{hydrated}]);")
    assert "eval" not in effect and "replaceState" in effect
    assert "rx.call_script(" not in (ROOT / "state" / "url_messages.py").read_text("utf-8")


@pytest.mark.parametrize(("query", "pending", "step", "error"), [
    # the trial: opened directly, no sign-in pending → step one, no error
    ({"step": "two-factor", "error": "totp_invalid"}, False, False, None),
    ({"step": "two-factor"}, False, False, None),
    # a real pending sign-in with a wrong code: the step and its error
    ({"step": "two-factor", "error": "totp_invalid"}, True, True, "totp_invalid"),
    ({"step": "two-factor"}, True, True, None),
    # step one keeps its own errors
    ({"error": "bad_credentials"}, False, False, "bad_credentials"),
    ({"error": "two_factor_expired"}, False, False, "two_factor_expired"),
    ({}, True, False, None),
])
def test_two_factor_step_needs_a_pending_sign_in(query, pending, step, error):
    from careercopilot.pages.login import login_step

    assert login_step(query, pending_sign_in=pending) == (step, error)
