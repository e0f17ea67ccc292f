"""Helpers over a rendered Reflex component tree (``component.render()``: nested dicts with
``children`` and ``props``), shared by the UI unit tests."""

from __future__ import annotations


def find_node(tree, pred):
    """First node of a rendered component tree for which ``pred(node)`` holds (depth-first), or None."""
    if isinstance(tree, dict):
        if pred(tree):
            return tree
        for child in tree.get("children", []) or []:
            found = find_node(child, pred)
            if found:
                return found
    return None


def props_text(node) -> str:
    """A node's rendered props joined into one string (for substring checks)."""
    return " ".join(node.get("props", []))
