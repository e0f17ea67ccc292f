"""Design tokens (issue 10): the focus ring's contrast and spacing through tokens only.

* The focus ring (:data:`careercopilot.styles.FOCUS_RING`, ``--cc-focus-ring`` in ``assets/app.css``)
  reaches 3:1 against every surface it is drawn on, in both colour modes (WCAG 2.2 SC 1.4.11 /
  2.4.13). Surface colours are Radix Themes 3 values (slate gray, indigo accent; translucent
  steps composited over the surface below them).
* Spacing and radii in UI code (``components/``, ``views/``, ``pages/``, ``templates.py``) and in
  ``assets/app.css`` name Radix tokens (``"1"``–``"9"``, ``var(--space-N)``, ``var(--radius-N)``),
  never ad-hoc px/em/rem lengths.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from careercopilot import styles

ROOT = Path(__file__).resolve().parents[3]
APP_CSS = ROOT / "assets" / "app.css"

#: Where a focus ring is drawn (the backdrop of an outside ring, or the fill under an inside one).
SURFACES = {
    "light": {
        "page": "#ffffff", "panel / card / sidebar / top bar": "#ffffff", "board column (gray-a2)": "#f9f9fb",
        "hovered row (gray-3)": "#f0f0f3", "current nav item (accent-a4)": "#e1e9ff",
        "soft callout (accent-a3)": "#edf2fe", "amber callout (amber-3)": "#fff7c2", "red callout (red-3)": "#feebec",
        "solid accent button (indigo-9)": "#3e63dd", "destructive button (red-11)": "#ce2c31",
        "green button (green-9)": "#30a46c",
    },
    "dark": {
        "page": "#111113", "panel / card / sidebar / top bar": "#18191b", "board column (gray-a2)": "#18191b",
        "hovered row (gray-3)": "#212225", "current nav item (accent-a4)": "#1d2e62",
        "soft callout (accent-a3)": "#182449", "amber callout (amber-3)": "#302008", "red callout (red-3)": "#3b1219",
        "solid accent button (indigo-9)": "#3e63dd", "green button (green-9)": "#30a46c",
    },
}


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    f = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * f[0] + 0.7152 * f[1] + 0.0722 * f[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1–21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#8da4ef", "#ffffff") == pytest.approx(2.4, abs=0.05)  # Radix indigo-8: the old ring


@pytest.mark.parametrize("mode,surface", [(m, s) for m, table in SURFACES.items() for s in table])
def test_focus_ring_reaches_3_to_1_on_every_surface(mode, surface):
    ring, under = styles.FOCUS_RING[mode], SURFACES[mode][surface]
    assert contrast(ring, under) >= 3, f"{mode} ring {ring} on {surface} {under}: {contrast(ring, under):.2f}:1"


def test_app_css_uses_the_focus_ring_tokens():
    css = APP_CSS.read_text(encoding="utf-8")
    assert f":root {{ --cc-focus-ring: {styles.FOCUS_RING['light']}; }}" in css
    assert re.search(r"\.dark[^{]*\{ --cc-focus-ring: " + styles.FOCUS_RING["dark"], css)
    assert "--focus-8: var(--cc-focus-ring) !important" in css  # Radix components' rings too
    rings = re.findall(r"outline:\s*2px solid ([^;]+);", css)
    assert rings and set(rings) == {"var(--cc-focus-ring)"}, rings


# ----------------------------------------------------------------------------------- spacing tokens
UI_FILES = sorted([f for d in ("components", "views", "pages") for f in (ROOT / "careercopilot" / d).glob("*.py")]
                  + [ROOT / "careercopilot" / "templates.py"])
SPACING_PROPS = re.compile(r"^(padding|margin|gap|row_gap|column_gap|spacing|border_radius|inset)(_\w+)?$")
AD_HOC = re.compile(r"(?<![\w-])-?\d*\.?\d+(px|em|rem)\b")


def _ad_hoc(source: str, label: str) -> list[str]:
    """``label:line prop=value`` for every spacing keyword / style-dict key with a raw length."""
    out = []
    for node in ast.walk(ast.parse(source)):
        pairs = []
        if isinstance(node, ast.Call):
            pairs = [(k.arg, k.value) for k in node.keywords if k.arg]
        elif isinstance(node, ast.Dict):
            pairs = [(k.value, v) for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)
                     and isinstance(k.value, str)]
        for key, value in pairs:
            key = key.replace("-", "_")
            if SPACING_PROPS.match(key) and isinstance(value, ast.Constant) and isinstance(value.value, str) \
                    and AD_HOC.search(value.value):
                out.append(f"{label}:{value.lineno} {key}={value.value!r}")
    return out


def test_ui_code_spaces_with_tokens():
    found = [hit for path in UI_FILES
             for hit in _ad_hoc(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert not found, "use styles.GAP_*/var(--space-N)/var(--radius-N), not raw lengths:\n" + "\n".join(found)


def test_app_css_spaces_with_tokens():
    css = re.sub(r"/\*.*?\*/", "", APP_CSS.read_text(encoding="utf-8"), flags=re.S)
    # a calc() over tokens (``calc((var(--cc-min-target) - 1em) / 2)``) is derived, not ad hoc
    found = [f"{m.group(1)}: {m.group(2)}" for m in re.finditer(r"(?<![\w-])((?:padding|margin|gap)[\w-]*|border-radius)"
                                                               r"\s*:\s*([^;}]+)", css)
             if AD_HOC.search(m.group(2)) and not (m.group(2).startswith("calc(") and "var(--" in m.group(2))]
    assert not found, found


@pytest.mark.parametrize("source,bad", [
    ("rx.box(padding='0.9em')", True), ("rx.box(margin_top='4px')", True), ("rx.box(style={'gap': '0.25em'})", True),
    ("rx.box(border_radius='10px')", True), ("rx.box(padding='var(--space-3)')", False), ("rx.box(spacing='2')", False),
    ("rx.box(width='12rem')", False), ("rx.box(border='1px solid var(--gray-5)')", False),
])
def test_the_scan_finds_raw_lengths(source, bad):
    assert bool(_ad_hoc(source, "probe")) is bad


# ------------------------------------------------------------------------- spacing scale, not CSS gap
def _bare_gap(source: str, label: str) -> list[str]:
    """``label:line gap=…`` for a layout keyword ``gap``/``row_gap``/``column_gap`` given a bare
    Radix step ("3"): it is passed through as the CSS ``gap: 3`` — invalid, so no gap at all."""
    return [f"{label}:{k.value.lineno} {k.arg}={k.value.value!r}"
            for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)
            for k in node.keywords if k.arg in ("gap", "row_gap", "column_gap")
            and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
            and re.fullmatch(r"\d+", k.value.value.strip())]


def test_layout_gaps_use_the_spacing_prop():
    """stranger10 findings 12/19: ``rx.flex(gap="3")`` rendered ``gap: 3`` (dropped by the browser):
    contact rows, saved-search buttons, the landing CTAs and stage chips touched. Use
    ``spacing="3"`` (the Radix scale) or ``gap="var(--space-3)"``."""
    found = [hit for path in UI_FILES for hit in _bare_gap(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert not found, "gap with a bare step is invalid CSS; use spacing=\"N\":\n" + "\n".join(found)


@pytest.mark.parametrize("source,bad", [
    ("rx.flex(gap='3')", True), ("rx.flex(row_gap='2')", True), ("rx.flex(spacing='3')", False),
    ("rx.flex(gap='var(--space-3)')", False),
])
def test_the_gap_scan(source, bad):
    assert bool(_bare_gap(source, "probe")) is bad
