"""Shared style constants."""

ACCENT = "indigo"
SIDEBAR_WIDTH = "220px"
CONTENT_MAX_WIDTH = "1100px"
CARD = {"padding": "1em", "border_radius": "10px", "border": "1px solid var(--gray-5)", "background": "var(--color-panel-solid)"}
BASE = {"font_family": "Inter, system-ui, sans-serif"}
