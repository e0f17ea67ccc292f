"""Cross-page Reflex states."""
