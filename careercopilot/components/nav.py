"""Navigation: the sidebar (≥ 768 px) and the phone top bar with a menu drawer (< 768 px).

Both render the same entries. Desktop links have ids ``nav-<label>``, drawer links
``mnav-<label>`` (lower case, spaces as ``-``: ``nav-saved-searches``); the current page's
link carries ``aria-current="page"``. Which of the
two is shown is decided by CSS (``assets/app.css``, breakpoint ``styles.MOBILE_MAX_PX``).

The inbox bell (:func:`inbox_bell`: ``#nav-bell`` in the sidebar, ``#mnav-bell`` in the phone top
bar) links to the inbox and shows the unread count; its accessible name says the count
("Notifications, 3 unread") and :func:`inbox_status` announces changes politely.
"""

from __future__ import annotations

import reflex as rx

from careercopilot import routes
from careercopilot.components.common import native_form

#: (label, route, lucide icon) of the main entries, in order.
NAV_ITEMS = (
    ("Dashboard", routes.DASHBOARD, "layout-dashboard"),
    ("Jobs", routes.JOBS, "briefcase"),
    # one name for the page in the menu, its title and the README (session-23 trial finding 8:
    # "Searches" opened a page titled "Saved searches"); the alerts are these searches' deliveries
    ("Saved searches", routes.ALERTS, "bookmark"),
    ("Applications", routes.APPLICATIONS, "kanban"),
    ("Resume", routes.RESUME, "file-text"),
    ("Preferences", routes.PREFERENCES, "sliders-horizontal"),
    ("Settings", routes.SETTINGS, "settings"),
    ("Outbox", routes.OUTBOX, "mail"),
)
#: The bell's badge shows at most this; more reads "99+".
BELL_MAX = 99
#: Shown only to admins.
ADMIN_ITEM = ("Admin", routes.ADMIN, "shield")


def _is_current(href: str, current: str) -> bool:
    return current == href or (href != "/" and current.startswith(href + "/"))


def nav_link(label: str, href: str, icon: str, *, current: str = "", prefix: str = "nav") -> rx.Component:
    """One entry (``aria-current="page"`` when ``current`` is this route or below it)."""
    attrs = {"aria-current": "page"} if _is_current(href, current) else {}
    return rx.el.a(
        rx.icon(icon, size=18, aria_hidden="true"),
        rx.el.span(label),
        href=href,
        id=f"{prefix}-{label.lower().replace(' ', '-')}",
        class_name="cc-nav-link",
        custom_attrs=attrs,
    )


def inbox_bell(unread, label, *, id_: str, current: str = "") -> rx.Component:
    """The bell linking to the inbox: an icon plus a badge with ``unread`` (an int Var; hidden at
    0); ``label`` (a str Var, e.g. "Notifications, 3 unread") is its accessible name and tooltip."""
    attrs = {"aria-current": "page"} if _is_current(routes.INBOX, current) else {}
    badge = rx.cond(
        unread > 0,
        rx.el.span(rx.cond(unread > BELL_MAX, f"{BELL_MAX}+", unread.to_string()), class_name="cc-bell-count",
                   id=f"{id_}-count", aria_hidden="true"),
        rx.fragment(),
    )
    return rx.el.a(rx.icon("bell", size=18, aria_hidden="true"), badge, href=routes.INBOX, id=id_,
                   class_name="cc-bell", aria_label=label, title=label, custom_attrs=attrs)


def inbox_status(text, **props) -> rx.Component:
    """A visually hidden polite live region (``role=status``) carrying ``text`` ("3 unread
    notifications"), so a change of the count is announced once, whichever bell is shown."""
    return rx.el.div(text, role="status", aria_live="polite", class_name="cc-sr-only", **props)


def theme_toggle(**props) -> rx.Component:
    """Light/dark switch; the choice is remembered in the browser (localStorage ``theme``)."""
    label = rx.color_mode_cond(light="Switch to dark mode", dark="Switch to light mode")
    return rx.icon_button(
        rx.color_mode_cond(light=rx.icon("moon", size=18), dark=rx.icon("sun", size=18)),
        on_click=rx.toggle_color_mode,
        **{"variant": "ghost", "color_scheme": "gray", "aria_label": label, "title": label, **props},
    )


def _entries(extra_items, is_admin, current: str, prefix: str) -> list[rx.Component]:
    links = [nav_link(*item, current=current, prefix=prefix) for item in (*NAV_ITEMS, *extra_items)]
    links.append(rx.cond(is_admin, nav_link(*ADMIN_ITEM, current=current, prefix=prefix), rx.fragment()))
    return links


def _account(user_email, id_prefix: str) -> rx.Component:
    return rx.vstack(
        rx.text(user_email, size="1", color_scheme="gray", id=f"{id_prefix}user-email",
                style={"overflow_wrap": "anywhere"}),
        native_form(
            rx.button("Log out", type="submit", variant="soft", color_scheme="gray", id="logout-button" if id_prefix == "nav-" else f"{id_prefix}logout-button",
                      width="100%"),
            action=routes.AUTH_LOGOUT,
            width="100%",
        ),
        spacing="2",
        width="100%",
    )


def brand(**props) -> rx.Component:
    """The product name, linking home."""
    return rx.el.a(
        rx.hstack(rx.icon("compass", size=22, color="var(--accent-9)", aria_hidden="true"),
                  rx.text("Career Copilot", weight="bold", size="4"), spacing="2", align="center"),
        href=routes.DASHBOARD, style={"text_decoration": "none", "color": "var(--gray-12)"}, **props,
    )


def sidebar(user_email, is_admin=False, extra_items=(), current: str = "", unread=None,
            bell_label=None) -> rx.Component:
    """Sidebar: brand, the inbox bell (when ``unread``/``bell_label`` Vars are given), theme
    toggle, entries, the signed-in email and Log out."""
    bell = inbox_bell(unread, bell_label, id_="nav-bell", current=current) if unread is not None else rx.fragment()
    return rx.el.nav(
        rx.hstack(brand(), rx.hstack(bell, theme_toggle(id="theme-toggle"), spacing="1", align="center"),
                  justify="between", align="center", width="100%", padding_bottom="var(--space-3)"),
        *_entries(extra_items, is_admin, current, "nav"),
        rx.spacer(),
        _account(user_email, "nav-"),
        class_name="cc-sidebar",
        aria_label="Main",
        id="sidebar",
    )


def topbar(user_email, is_admin=False, extra_items=(), current: str = "", unread=None,
           bell_label=None) -> rx.Component:
    """Phone top bar: brand, the inbox bell (as in :func:`sidebar`), theme toggle and a Menu
    button opening the navigation drawer."""
    bell = inbox_bell(unread, bell_label, id_="mnav-bell", current=current) if unread is not None else rx.fragment()
    drawer = rx.dialog.root(
        rx.dialog.trigger(
            rx.icon_button(rx.icon("menu", size=20), variant="soft", color_scheme="gray", aria_label="Open menu",
                           id="menu-button"),
        ),
        rx.dialog.content(
            rx.hstack(
                rx.dialog.title("Menu", size="4", margin="0"),
                rx.dialog.close(rx.icon_button(rx.icon("x", size=18), variant="ghost", color_scheme="gray",
                                               aria_label="Close menu", id="menu-close")),
                justify="between", align="center", width="100%", padding_bottom="var(--space-3)",
            ),
            rx.dialog.description("Go to another page of Career Copilot.", class_name="rt-sr-only",
                                  style={"position": "absolute", "width": "1px", "height": "1px", "overflow": "hidden",
                                         "clip": "rect(0 0 0 0)", "white_space": "nowrap"}),
            rx.el.nav(*_entries(extra_items, is_admin, current, "mnav"), aria_label="Main",
                      style={"display": "flex", "flex_direction": "column", "gap": "var(--space-1)"}),
            rx.box(_account(user_email, "mnav-"), padding_top="var(--space-5)", width="100%"),
            class_name="cc-drawer",
            id="menu-drawer",
        ),
    )
    return rx.el.header(
        brand(),
        rx.hstack(bell, theme_toggle(id="theme-toggle-mobile"), drawer, spacing="3", align="center"),
        class_name="cc-topbar",
    )
