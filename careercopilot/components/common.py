"""Reusable building blocks: cards, empty states, stats, native form fields, notices."""

from __future__ import annotations

import reflex as rx

from careercopilot import styles


def card(*children, **props) -> rx.Component:
    """A bordered panel."""
    return rx.box(*children, **{**styles.CARD, **props})


def empty_state(title: str, hint: str, action_label: str | None = None, action_href: str | None = None, **props) -> rx.Component:
    """A friendly empty state telling the user what to do next."""
    return card(
        rx.vstack(
            rx.heading(title, size="4"),
            rx.text(hint, color_scheme="gray"),
            rx.link(rx.button(action_label or "Go"), href=action_href) if action_href else rx.fragment(),
            spacing="2",
        ),
        **props,
    )


def stat(label: str, value, **props) -> rx.Component:
    """A labeled number."""
    return card(
        rx.vstack(rx.text(label, size="2", color_scheme="gray"), rx.heading(value, size="6"), spacing="1"),
        **props,
    )


def notice(message, color: str = "red", **props) -> rx.Component:
    """A callout shown only when ``message`` is non-empty."""
    return rx.cond(
        message != "",
        rx.callout(message, color_scheme=color, role="alert" if color == "red" else "status", **props),
        rx.fragment(),
    )


def native_form(*children, action: str, **props) -> rx.Component:
    """A plain HTML POST form to a backend route (no websocket, so cookies can be set).

    The action is a same-origin path: the production build serves pages and backend
    routes on one port (and nginx proxies both), so the browser posts to this app.
    (An absolute backend URL would be baked in at prerender time with the build
    host's name and break form-action 'self'.)
    """
    return rx.el.form(*children, action=action, method="post", on_submit=None, **props)


def field(label: str, name: str, *, type_: str = "text", max_length: int = 254, id_: str | None = None, **props) -> rx.Component:
    """A labeled native input with a length cap."""
    element_id = id_ or name
    return rx.vstack(
        rx.el.label(label, html_for=element_id, style={"font_size": "0.9em"}),
        rx.input(id=element_id, name=name, type=type_, max_length=max_length, width="100%", **props),
        spacing="1",
        width="100%",
    )
