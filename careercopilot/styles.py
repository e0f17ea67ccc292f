"""Design tokens: the one place that names spacing, type, colour and layout values.

Everything visual is built on Radix Themes (``rx.theme`` in ``rxconfig.py``: accent
:data:`ACCENT`, gray :data:`GRAY`, radius :data:`RADIUS`). Radix gives every token as a
CSS variable that follows light/dark mode by itself, so components name *roles* from
this module, never raw hex colours or pixel values:

* **Spacing** — the Radix space scale (``"1"``=4 px, ``"2"``=8, ``"3"``=12, ``"4"``=16,
  ``"5"``=24, ``"6"``=32, ``"7"``=40, ``"8"``=48, ``"9"``=64; CSS ``var(--space-N)``).
  Use the role names: :data:`GAP_INLINE` between inline items, :data:`GAP_STACK` between
  rows of a form or list, :data:`GAP_SECTION` between cards of a page.
* **Type scale** — Radix text/heading sizes ``"1"``–``"9"`` (12, 14, 16, 18, 20, 24, 28,
  35, 60 px). Roles: :data:`TYPE`.
* **Colour** — Radix colour names for ``color_scheme``: semantic roles in :data:`TONE`;
  pipeline stages in ``components.tracker.STAGE_COLORS``; match-score bands in
  ``careercopilot.schemas.SCORE_BANDS``. Text on a colour uses shade 11 or 12
  (``var(--gray-11)``), which keeps WCAG AA contrast in both modes.
* **Focus** — :data:`FOCUS_RING`: the keyboard focus ring's colour per mode (``--cc-focus-ring`` in
  ``assets/app.css``, which also points Radix's ``--focus-8`` at it), 2 px wide, ≥ 3:1 against
  every surface it is drawn on (WCAG 2.2 SC 1.4.11 / 2.4.13; ``tests/unit/ui/test_design_tokens.py``).
* **Target size** — :data:`MIN_TARGET_PX`: the smallest side of anything clickable (WCAG 2.2 SC 2.5.8).
* **Layout** — :data:`MOBILE_MAX_PX`: under it the sidebar becomes a top bar with a menu
  drawer (``assets/app.css`` holds the media queries and must use the same number).

Source of the scales: Radix Themes 3 tokens (https://www.radix-ui.com/themes/docs/theme/spacing,
…/typography, …/color).
"""

ACCENT = "indigo"
GRAY = "slate"
RADIUS = "medium"

#: Widest viewport (CSS px) that gets the phone layout: top bar + drawer instead of the sidebar.
MOBILE_MAX_PX = 767
SIDEBAR_WIDTH = "15rem"
CONTENT_MAX_WIDTH = "72rem"

#: Focus ring colour per colour mode: Radix slate-12 in light mode, white in dark. Not the accent: a
#: ring must reach 3:1 on the page AND next to solid indigo/red/green buttons, which only these do.
FOCUS_RING = {"light": "#1c2024", "dark": "#ffffff"}
#: Smallest width/height (CSS px) of a tap target (WCAG 2.2 SC 2.5.8); ``assets/app.css`` applies it.
MIN_TARGET_PX = 24

#: Spacing roles (Radix space scale steps).
GAP_INLINE = "2"
GAP_STACK = "3"
GAP_SECTION = "4"

#: Type roles → Radix size steps.
TYPE = {
    "page_title": "7",
    "section_title": "4",
    "card_title": "3",
    "body": "3",
    "small": "2",
    "caption": "1",
}

#: Semantic colour roles → Radix colour names (``color_scheme=``).
TONE = {
    "accent": ACCENT,
    "neutral": "gray",
    "success": "green",
    "warning": "amber",
    "danger": "red",
    "info": "blue",
}

#: A bordered panel (cards, empty states). Radix CSS variables follow the colour mode.
CARD = {
    "padding": "var(--space-4)",
    "border_radius": "var(--radius-4)",
    "border": "1px solid var(--gray-a5)",
    "background": "var(--color-panel-solid)",
    "min_width": "0",
    "max_width": "100%",
}
BASE = {"font_family": "var(--default-font-family)"}
