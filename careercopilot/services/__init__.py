"""Business services below the UI: they take a ``session`` keyword and never import reflex."""
