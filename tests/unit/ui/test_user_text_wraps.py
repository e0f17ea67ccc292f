"""Long unbroken user text wraps wherever it is shown (issue 11 trial finding 10, session 22: a
20,000-character unbroken note made the application page one line 100,000+ px wide and froze
rotation at 390 px; the rendered notes were the one user-text display without a wrap rule).

Two checks of the source: ``assets/app.css`` gives ``overflow-wrap: anywhere`` to every kind of
element that shows user text (Radix text, headings, links, code, data-list values, text areas,
rendered user HTML, native selects capped to their box); and no component shows user text
outside them — every ``rx.html`` carries a wrapping class, and every raw element (``rx.el.*``)
with text from state sits inside a Radix text element or carries ``overflow_wrap="anywhere"``.
The rendered page is checked by ``tests/e2e`` (no page wider than the viewport)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CSS = (ROOT / "assets" / "app.css").read_text(encoding="utf-8")
#: Radix components whose element carries a class the wrap rule names (overflow-wrap inherits).
TEXT_CALLS = {"text", "heading", "link", "code", "badge", "button", "callout", "blockquote", "value", "quote_text"}
#: Classes of the wrap rule that components put on rendered user HTML.
HTML_CLASSES = ("cc-user-html", "job-description")
RAW_TEXT_ELEMENTS = {"span", "p", "div", "li", "td", "bdi", "strong", "em", "a", "dd", "dt", "pre"}


def _rules() -> dict[str, str]:
    """selector → declarations of app.css (top-level and inside @media, comments removed)."""
    css = re.sub(r"/\*.*?\*/", "", CSS, flags=re.S)
    out: dict[str, str] = {}
    for sel, body in re.findall(r"([^{}@]+)\{([^{}]*)\}", css):
        out[sel.strip()] = out.get(sel.strip(), "") + body
    return out


def _wrapped_selectors() -> set[str]:
    out = set()
    for sel, body in _rules().items():
        if re.search(r"overflow-wrap:\s*anywhere", body):
            out.update(s.strip() for s in sel.split(","))
    return out


@pytest.mark.parametrize("selector", [".rt-Text", ".rt-Heading", ".rt-Link", ".rt-Code", ".rt-DataListValue",
                                      ".rt-TextAreaInput", ".cc-user-html", ".job-description"])
def test_the_stylesheet_wraps_every_kind_of_user_text(selector):
    assert selector in _wrapped_selectors()


def test_native_selects_and_preformatted_user_text_stay_in_their_box():
    rules = _rules()
    assert any("select" in [s.strip() for s in sel.split(",")] and "max-width: 100%" in body
               for sel, body in rules.items()), "a long resume or provider name widened its <select>"
    assert any(".cc-user-html pre" in sel and "pre-wrap" in body for sel, body in rules.items())


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _is_rx(call: ast.Call, *, el: bool = False) -> bool:
    f = call.func
    if not isinstance(f, ast.Attribute):
        return False
    base = f.value
    if el:
        return isinstance(base, ast.Attribute) and base.attr == "el" and isinstance(base.value, ast.Name) \
            and base.value.id == "rx"
    while isinstance(base, ast.Attribute):
        base = base.value
    return isinstance(base, ast.Name) and base.id == "rx"


def _keywords_text(call: ast.Call) -> str:
    return " ".join(ast.unparse(k) for k in call.keywords)


def _wraps(call: ast.Call) -> bool:
    kw = _keywords_text(call)
    return "anywhere" in kw or "WRAP" in kw or any(c in kw for c in HTML_CLASSES)


def _dynamic(arg: ast.expr) -> bool:
    """A child that is state text: a state field (``A.card.title``, ``row["name"]``) or an
    ``rx.cond`` choosing one (literals, labels passed as parameters and component calls are not)."""
    if isinstance(arg, (ast.Attribute, ast.Subscript)):
        return True
    if isinstance(arg, ast.Call) and _is_rx(arg) and _name(arg) == "cond":
        return any(_dynamic(a) for a in arg.args[1:])
    return False


def _unwrapped(tree: ast.AST) -> list[int]:
    """Lines of ``rx.html`` without a wrapping class, and of raw elements with state text outside
    any Radix text element and without a wrap style."""
    out: list[int] = []

    def visit(node: ast.AST, inside_text: bool) -> None:
        if isinstance(node, ast.Call) and _is_rx(node):
            name = _name(node)
            if name == "html" and not _wraps(node):
                out.append(node.lineno)
            if _is_rx(node, el=True) and name in RAW_TEXT_ELEMENTS and not inside_text and not _wraps(node) \
                    and any(_dynamic(a) for a in node.args):
                out.append(node.lineno)
            inside_text = inside_text or (name in TEXT_CALLS and not _is_rx(node, el=True)) or _wraps(node)
        for child in ast.iter_child_nodes(node):
            visit(child, inside_text)

    visit(tree, False)
    return out


@pytest.mark.parametrize("source,bad", [
    ("rx.box(rx.html(A.notes_html), style=NOTES_PROSE)", True),
    ('rx.box(rx.html(A.notes_html, class_name="cc-user-html"))', False),
    ('rx.el.span(A.card.title, id="t")', True),
    ('rx.el.span(A.card.title, style={"overflow_wrap": "anywhere"})', False),
    ('rx.text(rx.el.strong(q["text"]), size="3")', False),
    ('rx.el.span("Applied", class_name="x")', False),
    ('rx.el.span(rx.cond(d.title != "", d.title, "Job"), id="job-title")', True),
])
def test_the_scan(source, bad):
    assert bool(_unwrapped(ast.parse(source))) is bad


def test_every_user_text_display_wraps():
    found = [f"{p.relative_to(ROOT)}:{line}" for base in ("views", "components", "pages")
             for p in sorted((ROOT / "careercopilot" / base).rglob("*.py"))
             for line in _unwrapped(ast.parse(p.read_text(encoding="utf-8")))]
    assert not found, "user text without a wrap rule (use rx.text, or overflow_wrap=\"anywhere\"):\n" + "\n".join(found)
